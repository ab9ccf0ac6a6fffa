// Progression: where a person stands in their role, what is missing for the next level, when
// waiting closes a time-based gap, and which other roles are within reach.
//
// Results are data: gaps are records (what is held, what is needed, months served, a projected
// date) and the words come last, from the writers at the end of this header. A `Progression`
// points into the rule set and the profile it was computed from; keep both alive while it is
// used.
#pragma once

#include <array>
#include <iosfwd>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "eligo/date.h"
#include "eligo/error.h"
#include "eligo/evaluate.h"
#include "eligo/result.h"
#include "eligo/rules.h"

namespace eligo {

/// What kind of action closes a gap.
enum class GapKind {
    qualification,  ///< a qualification missing, lower than needed, or still in progress
    time,           ///< months of experience still to serve
    missing_data,   ///< the profile does not hold the data: record it (unknown is not failed)
    judgement,      ///< a statement to be assessed by a manager or assessor
    other,          ///< another fact: driving, CPD, training, a custom check
};

const char* to_string(GapKind);
inline constexpr GapKind kGapKinds[] = {GapKind::qualification, GapKind::time, GapKind::missing_data,
                                        GapKind::judgement, GapKind::other};

/// Why waiting does or does not close a time-based gap.
enum class Wait {
    met_on_date,                  ///< the current matching post closes it on `met_on`
    no_current_post,              ///< no post covers the as-of date: every period has ended
    current_post_does_not_count,  ///< a post is ongoing, but not one the requirement counts
    current_post_uncertain,       ///< the ongoing post may count, but lacks the data to decide
    post_ends_first,              ///< the matching post's recorded end comes before the need is met
};

const char* to_string(Wait);

/// Full time, in hours a week; a post recorded below it is part-time. The engine counts
/// part-time posts in full (the rules do not pro-rate hours), and the report says so.
inline constexpr double kFullTimeHours = 37;

/// A time-based requirement (`experience`) not yet met.
///
/// `met_on` is the earliest date D on which evaluating the same criterion as of D gives `met`,
/// the profile otherwise unchanged: the ongoing matching post (no end, or an end on or after the
/// as-of date) counts up to D. It is found by evaluating the criterion itself (the merged periods
/// and month arithmetic of criteria.cc), so it is consistent with it by construction.
struct TimeGap {
    double served = 0;  ///< months counted as of the as-of date
    double needed = 0;
    Wait wait = Wait::no_current_post;
    std::optional<Date> met_on;        ///< set when `wait` is `met_on_date`
    std::vector<int> current_posts;    ///< employment indices of the ongoing posts that count
    /// A counted post under kFullTimeHours adds time no full-time post covers: counted in full.
    bool part_time = false;
};

/// The evidence behind a judgement gap.
enum class EvidenceState {
    none,              ///< no evidence record for the competency
    self_declared,     ///< only the person's own declaration, which is never enough
    assessed_not_met,  ///< a manager, assessor or document recorded it as not met
};

const char* to_string(EvidenceState);

struct JudgementGap {
    std::string competency;
    EvidenceState state = EvidenceState::none;
    std::optional<int> evidence;  ///< index into `Profile::evidence` of the record that decided
    std::optional<Date> date;     ///< that record's date
    bool old = false;             ///< dated more than kEvidenceMaxAgeMonths before the as-of date
};

/// One thing that stands between the person and a level.
///
/// A top-level `all_of` gives one gap per member not met (each is a separate action); an
/// `any_of` or `at_least` gives one gap whose `options` are its members not met, `needed` of
/// which close it. Such a choice is counted once: as a time gap when waiting closes it
/// (`met_on`); otherwise under the kind of the option still open (the first unknown one when the
/// choice is unknown, else the first).
struct Gap {
    GapKind kind = GapKind::other;
    const Level* level = nullptr;
    const Criterion* criterion = nullptr;  ///< the level's criterion: the policy's statement
    CriterionResult result;                ///< the part this gap is about (the criterion or a member)

    std::vector<int> held;       ///< qualification: related qualifications held (indices)
    std::vector<int> completing; ///< qualification: in progress, and would meet it once achieved
    std::optional<TimeGap> time;
    std::vector<std::string> fields;  ///< missing_data: the profile fields to record
    std::optional<JudgementGap> judgement;
    std::vector<Gap> options;  ///< a choice: its members not met
    int needed = 0;            ///< a choice: how many of `options` must still be met
    std::optional<Date> met_on;  ///< when waiting closes this gap (a time gap, or a choice of them)

    /// The criterion this gap is about: `criterion` itself or one of its members.
    const Criterion& part() const { return *result.criterion; }
};

/// Whether the person is ready for the next level.
enum class Readiness {
    ready,             ///< the next level is eligible
    not_ready,         ///< a fact of it is not met
    needs_assessment,  ///< nothing failed, but a judgement or some data is still to come
    top_level,         ///< the highest level is attained: there is no next level
};

const char* to_string(Readiness);

/// How the recorded level (`current_role.level`) compares with the attained one.
enum class RecordStatus {
    matches,        ///< the recorded level is the attained one
    behind,         ///< a higher level is attained than recorded: the record may be behind
    ahead,          ///< the recorded level is not attained (lower or none is)
    unknown_level,  ///< the recorded level is not a level of the role
    none,           ///< no level recorded for this role
};

const char* to_string(RecordStatus);

/// A person's standing in one role.
///
/// Two questions, two levels. `next` is the step HR asks about: the level above the recorded one
/// ("is Sam ready to go from A to B?"), or above the attained one when no level is recorded for
/// this role. The gaps are what stands between the person and the levels they have not attained,
/// from the lowest of them up to `next`: for someone ready for `next` whose record is behind,
/// the gaps of the level after the attained one; for someone who does not meet their recorded
/// level, that level's gaps and the next one's.
struct Progression {
    const Role* role = nullptr;
    RoleResult result;                     ///< every level's verdict and every criterion's result
    std::optional<std::string> recorded;   ///< `current_role.level`, when this is the current role
    std::optional<Date> recorded_since;
    RecordStatus record = RecordStatus::none;
    std::optional<std::string> attained;   ///< the highest eligible level
    /// The highest level whose essential facts are all met, every judgement taken as met: how
    /// far the record of facts alone reaches.
    std::optional<std::string> facts_level;
    const Level* next = nullptr;           ///< null when there is no level above
    /// For `next`; with no level above a recorded level that is not attained, for the recorded
    /// level itself (the step is to meet it), never `top_level`.
    Readiness readiness = Readiness::top_level;
    std::vector<const Level*> gap_levels;  ///< the levels `gaps` are for, lowest first
    std::vector<Gap> gaps;                 ///< essential criteria not met, by level, in document order

    int count(GapKind kind) const;
    /// The earliest date a time-based gap closes by waiting.
    std::optional<Date> earliest_met_on() const;
};

/// How a career path's role compares with the current role by pay grade (the rules'
/// `grade_ranks`, lib/equivalences.lua).
enum class Move {
    promotion,  ///< a higher grade
    unranked,   ///< a grade (or no current role) that the rules do not rank
    lateral,    ///< the same grade
    lower,      ///< a lower grade, e.g. an apprentice post
};

const char* to_string(Move);

/// Another role the person might move to. Its progression has no recorded level, so `next` is
/// the level above the attained one and `gaps` are that level's: the first level's when none is
/// attained.
struct CareerPath {
    Progression progression;
    bool same_framework = false;              ///< the framework of the person's current role
    Readiness entry = Readiness::not_ready;   ///< for the role's first level
    Move move = Move::unranked;
};

/// Everything progression says about one person.
struct PersonProgression {
    const Profile* profile = nullptr;
    Date as_of;
    std::optional<Progression> current;  ///< absent when `problem` says why
    std::optional<Error> problem;        ///< no current role recorded, or not one of the rule set
    std::vector<CareerPath> paths;       ///< ranked, best first
    /// Paths to the same or a lower grade left out of `paths` (see `assess_person`).
    int paths_left_out = 0;
};

/// The person's standing in `role` as of the index's date. `recorded` is the level recorded
/// for it, if any.
Progression assess_role(const Role& role, const ProfileIndex& index, std::optional<std::string> recorded = {},
                        std::optional<Date> recorded_since = {});

/// The role a profile's `current_role` names, in its version in force on `as_of`. Errors: field
/// `current_role` when none is recorded ("not recorded; " + `why_needed`), `current_role.role`
/// when the rule set has no such role in force (with the nearest id as a hint).
Expected<const Role*> current_role_of(const RuleSet& rules, const Profile& profile, Date as_of,
                                      const std::string& why_needed);

/// The person's standing in their `current_role`, in the role's version in force on the as-of
/// date. Errors (field `current_role`): none recorded, or a role the rule set does not have.
Expected<Progression> assess_current_role(const ProfileIndex& index);

/// The gaps of one level: its essential criteria not met, each as a gap (see `Gap`).
std::vector<Gap> gaps_of(const LevelResult& level, const ProfileIndex& index);

/// The time gap of one `experience` criterion as of the index's date; nullopt when it is met or
/// not an experience criterion.
std::optional<TimeGap> time_gap(const Criterion& criterion, const ProfileIndex& index);

/// Career paths: the roles in force on the as-of date other than `current` (all when `only` is
/// empty, else the roles named there), ranked: promotions first, then roles whose grade cannot be
/// compared, lateral moves and lower grades (`Move`); within each, the current role's framework
/// first, then by readiness for the first level (ready, needs assessment, not ready), then fewer
/// gaps to it, then rule set order.
std::vector<CareerPath> career_paths(const ProfileIndex& index, const Role* current,
                                     const std::vector<const Role*>& only = {});

/// The whole picture for one person: the current role (or the problem) and, unless
/// `with_paths` is false, the career paths (to the `only` roles when any are named). Unless
/// `all_paths` or roles are named, paths to the same or a lower grade are left out and counted.
PersonProgression assess_person(const RuleSet& rules, const Profile& profile, Date as_of,
                                const std::vector<const Role*>& only = {}, bool with_paths = true,
                                bool all_paths = true);

// --- words --------------------------------------------------------------------------------------

/// What to do about a gap, in one plain-English sentence naming the data used, e.g. "21 months
/// in homelessness (2025-02-03 to 2026-11-24); needs 24; met on 2027-02-03 if the current post
/// continues". A choice's options are worded one by one.
std::string action(const Gap& gap, const Profile& profile);

enum class ProgressionFormat { text, json, markdown, html };

struct ProgressionReportOptions {
    Date as_of;  ///< named once at the top of a JSON document
    ProgressionFormat format = ProgressionFormat::text;
    /// Show each career path's gaps, not just their counts (when the paths were narrowed).
    bool path_details = false;
    /// The document holds one person (a file per person): an HTML title names them and their role.
    bool one_person = false;
};

/// Writes one or more people's progression: a text report, one JSON document, Markdown, or one
/// self-contained HTML document (a printable page per person). Text and JSON name people by id
/// only; Markdown and HTML are reports for an appraisal and show the person's name.
class ProgressionReport {
public:
    ProgressionReport(std::ostream& out, const RuleSet& rules, ProgressionReportOptions options);
    ~ProgressionReport();
    ProgressionReport(const ProgressionReport&) = delete;
    ProgressionReport& operator=(const ProgressionReport&) = delete;

    void add(const PersonProgression& person);
    /// Closes the document; called by the destructor if not called before.
    void finish();

private:
    void html_head(const PersonProgression* person);

    std::ostream& out_;
    const RuleSet& rules_;
    ProgressionReportOptions options_;
    int people_ = 0;
    bool finished_ = false;
};

/// One gap of a person in the team view, in words (the workbook's `Gaps` sheet).
struct TeamGap {
    std::string level;      ///< the level it stands in the way of
    GapKind kind = GapKind::other;
    std::string statement;  ///< the policy's wording of the statement (or of the member it is about)
    std::string action;     ///< what to do, as `action` words it
    std::optional<Date> met_on;  ///< when waiting closes it, if it does
};

/// One person's line of the team view.
struct TeamRow {
    std::string id;
    std::string name;  ///< personal data: CSV and XLSX only, never the text table or logs
    std::string role;  ///< role id, "" when none
    std::string role_title;  ///< the role's title, "" when the rules do not have the role
    std::string recorded;
    std::string attained;
    std::string next;
    std::optional<Readiness> readiness;
    std::string gap_levels;  ///< the levels the gaps are for, e.g. "C" or "A, B"
    std::array<int, std::size(kGapKinds)> gaps{};  ///< by kind, in kGapKinds order
    std::optional<Date> earliest_met_on;
    std::string note;  ///< "the record may be behind", or why there is no progression
    std::vector<TeamGap> gap_list;  ///< the gaps counted in `gaps`, by level, in document order
};

TeamRow team_row(const PersonProgression& person);

/// The team view's words for readiness for the next level: "yes", "no", "needs assessment",
/// "top level"; "" when unknown.
std::string ready_words(const std::optional<Readiness>& readiness);

/// The team view: one row per person.
struct TeamSummary {
    Date as_of;
    std::string ruleset;  ///< name and version
    std::string digest;
    std::vector<TeamRow> rows;
};

/// An aligned text table with a heading line naming the date and the rule set.
void write_team_text(std::ostream& out, const TeamSummary& team);
/// CSV (RFC 4180, a header row), for HR to filter.
void write_team_csv(std::ostream& out, const TeamSummary& team);
/// An XLSX workbook: a `Team` sheet (header row, filters, dates as dates), a `Gaps` sheet with
/// one row per gap (the person, the role, the level, the statement's wording, what to do and
/// the date waiting closes it), and an `About` sheet naming the date and the rule set. Role
/// titles stand beside role ids. Errors name `path`.
std::optional<Error> write_team_xlsx(const std::string& path, const TeamSummary& team);

}  // namespace eligo
