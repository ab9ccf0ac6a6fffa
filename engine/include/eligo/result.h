// Evaluation results as plain data. Words come later (see explain.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "eligo/date.h"

namespace eligo {

struct Criterion;
struct Level;
struct Role;
struct Profile;

enum class Outcome { met, not_met, unknown };
enum class Verdict { eligible, not_eligible, incomplete };

const char* to_string(Outcome);
const char* to_string(Verdict);

struct DateRange {
    Date start;
    Date end;  ///< exclusive
};

/// What a criterion compared: the data used and the numbers behind the outcome.
/// Evidence older than this many months before the as-of date is marked for review: one annual
/// Performance Appraisal Review cycle. A met judgement stays met however old its evidence; the
/// age is a prompt to refresh an assessment, never a verdict.
inline constexpr int kEvidenceMaxAgeMonths = 12;

struct Finding {
    std::vector<int> used;        ///< indices into the profile list the criterion reads
    std::vector<int> uncertain;   ///< entries that might count but lack data
    double have = 0;              ///< months, records, hours, passes or members met
    double possible = 0;          ///< what `have` could reach if every uncertain entry counted
    double need = 0;
    std::vector<DateRange> periods;       ///< merged periods counted (experience)
    std::vector<std::string> lacking;     ///< subjects or items still missing
    /// Every absent profile field that leaves it unknown, as paths (`employment[0].areas`),
    /// each once; recording one would decide it or bring it closer. Empty unless unknown.
    std::vector<std::string> missing;
    /// Recorded values that could not be read: field path and value, e.g.
    /// {"qualifications[3].grade", "Pass*"}. They make the criterion unknown, never not met.
    std::vector<std::pair<std::string, std::string>> unreadable;
    std::string note;                     ///< free detail: custom reasons, evidence source
    /// A custom check stopped with an error: a fault in the rules. Its Lua message is for the rule
    /// author only (logged at debug level), never part of a result.
    bool rule_failed = false;
    /// The assessment used is older than kEvidenceMaxAgeMonths before the as-of date: due for
    /// review. It never changes the outcome.
    bool review = false;
};

struct CriterionResult {
    const Criterion* criterion = nullptr;
    Outcome outcome = Outcome::unknown;
    Finding finding;
    std::vector<CriterionResult> children;
};

struct LevelResult {
    const Level* level = nullptr;
    Verdict verdict = Verdict::incomplete;  ///< cumulative over this level and those below
    std::vector<CriterionResult> criteria;  ///< this level's own
};

struct RoleResult {
    const Role* role = nullptr;
    std::vector<LevelResult> levels;
    std::optional<std::string> attained;  ///< highest eligible level, if any
};

struct ProfileResult {
    const Profile* profile = nullptr;
    std::vector<RoleResult> roles;
};

}  // namespace eligo
