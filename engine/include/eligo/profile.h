// The profile model: one employee or applicant, as the format (version 1) describes it.
//
// Absent and empty differ: an absent list is `std::nullopt` (not known), an empty list is known
// to hold nothing. Protected characteristics have no field here at all: the reader drops them,
// so no rule can ever reach them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "eligo/date.h"
#include "eligo/error.h"

namespace eligo {

struct CurrentRole {
    std::string role;
    std::string level;
    std::optional<Date> since;
};

struct Qualification {
    std::string kind;  ///< gcse, o_level, functional_skills, a_level, ..., cih, itil, other
    std::string subject;
    std::string title;
    std::optional<int> level;  ///< RQF level as recorded; the kind's default applies when absent
    std::string grade;
    std::string stage;
    std::optional<std::vector<std::string>> areas;
    bool in_progress = false;  ///< status `in_progress` ("working towards")
    std::optional<Date> awarded;
    std::string awarding_body;
};

struct Driving {
    std::string licence;         ///< full_uk, provisional_uk, non_uk, none; "" when absent
    std::string vehicle_access;  ///< daily, occasional, none; "" when absent
};

struct EmploymentPeriod {
    std::string employer;
    std::string employer_type;  ///< "" when absent
    std::string title;
    std::optional<std::vector<std::string>> areas;
    std::optional<bool> managerial;
    std::optional<Date> start;  ///< absent: the post counts for no check that needs its dates
    std::optional<Date> end;    ///< last day worked; absent while ongoing
    std::optional<double> hours_per_week;
};

struct CpdRecord {
    std::optional<Date> date;  ///< absent: the record counts for no check within a period
    std::optional<double> hours;
    std::string activity;
    bool verified = false;
};

struct TrainingRecord {
    std::string id;
    bool completed = false;  ///< status `completed`; otherwise in progress
    std::optional<Date> date;
};

struct Evidence {
    std::string competency;
    bool met = false;      ///< status `met`; otherwise `not_met`
    std::string source;    ///< manager, assessor, document, self
    std::string by;
    std::optional<Date> date;
    std::string note;
};

struct Profile {
    std::string id;
    std::string name;  ///< personal data: for reports only, never logged
    std::optional<CurrentRole> current_role;
    std::optional<std::vector<Qualification>> qualifications;
    std::optional<Driving> driving;
    std::optional<std::vector<EmploymentPeriod>> employment;
    std::optional<std::vector<CpdRecord>> cpd;
    std::optional<std::vector<TrainingRecord>> training;
    std::optional<std::vector<Evidence>> evidence;
};

/// Something the reader noticed but did not refuse, e.g. a protected characteristic it dropped.
struct Warning {
    std::string where;
    std::string message;
};

/// Lists of a profile a reader may leave out of what it returns.
struct ProfileLists {
    bool employment = true;
    bool cpd = true;
    bool training = true;
};

struct ProfileReadOptions {
    /// Reject a profile that carries a protected characteristic instead of dropping it, or a
    /// field the format does not define instead of ignoring it with a warning.
    bool strict = false;
    /// A text longer than this is refused unread (0: no limit). Profiles are a few kilobytes;
    /// the limit keeps one hostile or mistaken input from taking the memory of a batch.
    std::size_t max_bytes = 1u << 20;
    /// The lists to return. One not kept is still read and checked in full, so a record is
    /// refused or warned about exactly as when it is kept, but comes back absent: a screen
    /// keeps only the lists its statements read.
    ProfileLists keep{};
};

/// Reads one profile from JSON text. `source` names the file in error messages.
Expected<Profile> parse_profile(std::string_view json, const std::string& source,
                                const ProfileReadOptions& options = {},
                                std::vector<Warning>* warnings = nullptr);

/// The `id` of a profile's JSON text that could not be read as a profile, when its top level is
/// an object with a string `id` (a field error elsewhere leaves it readable); empty otherwise.
/// For naming a record in the outputs that list it as unreadable.
std::string profile_id_of(std::string_view json);

/// Reads a profile file (`.json`, one profile).
Expected<Profile> read_profile_file(const std::string& path,
                                    const ProfileReadOptions& options = {},
                                    std::vector<Warning>* warnings = nullptr);

/// The field names that profiles must not use (Equality Act 2010 protected characteristics).
const std::vector<std::string>& protected_fields();

/// Whether a field or column name denotes a protected characteristic, however it is written:
/// `date_of_birth`, `dateOfBirth`, `Date Of Birth`, `D.O.B.`, `Year of Birth`, `Gender`. The
/// JSON reader and the CSV header filter both ask this one question.
bool is_protected_name(std::string_view name);

}  // namespace eligo
