// Impact of a rule change: what two rule sets decide differently for a profile, as data.
//
// The results inside point into both rule sets and the profile; keep all three alive while a
// diff is used. Words come last: `DiffReport`, at the end, writes a diff as text or JSON.
#pragma once

#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "eligo/date.h"
#include "eligo/result.h"
#include "eligo/rules.h"

namespace eligo {

/// Roles by id (or alias) in force in one rule set and not the other, each in its rule set's
/// order.
struct RoleSetDiff {
    std::vector<const Role*> added;    ///< in the new rule set only
    std::vector<const Role*> removed;  ///< in the old rule set only
};

/// A level whose cumulative verdict differs; nullopt where the level does not exist.
struct LevelChange {
    std::string level;
    std::optional<Verdict> before;
    std::optional<Verdict> after;
};

enum class CriterionChangeKind { changed, added, removed };

const char* to_string(CriterionChangeKind);

/// A criterion of a level, matched by level id and criterion id: a top-level one, or a member
/// of one (`within` names the top-level criterion) whose result flips though the whole may not.
/// `changed` means its outcome or whether it is essential differs; a new wording alone is not a
/// change. Members are compared only where both sides have them.
struct CriterionChange {
    CriterionChangeKind kind = CriterionChangeKind::changed;
    std::string level;
    std::string id;
    std::string within;  ///< the top-level criterion a member belongs to; empty at top level
    std::optional<CriterionResult> before;  ///< under the old rules; absent when added
    std::optional<CriterionResult> after;   ///< under the new rules; absent when removed
};

enum class GapChangeKind { opened, closed, moved };

const char* to_string(GapChangeKind);

/// A gap of the person's progression in a role (eligo/progression.h: the essential criteria not
/// met between the attained level and the next) that opens, closes, or whose projected date
/// (when waiting closes it) moves. Matched by level id and the id of the part the gap is about.
struct GapChange {
    GapChangeKind kind = GapChangeKind::opened;
    std::string level;
    std::string id;
    const Criterion* criterion = nullptr;  ///< the part's wording: the new rules', the old when closed
    std::optional<Date> before;            ///< projected date under the old rules, if any
    std::optional<Date> after;             ///< and under the new
};

enum class RolePresence { both, added, removed };

/// One role where something differs for a profile: a level verdict, the attained level, a
/// criterion's result, or a gap.
struct RoleChange {
    const Role* before = nullptr;  ///< null when the role was added
    const Role* after = nullptr;   ///< null when the role was removed
    std::optional<std::string> attained_before;
    std::optional<std::string> attained_after;
    std::vector<LevelChange> levels;       ///< levels whose verdict changed, in level order
    std::vector<CriterionChange> criteria;  ///< empty for a role added or removed as a whole
    std::vector<GapChange> gaps;            ///< empty for a role added or removed as a whole

    const Role& role() const { return after ? *after : *before; }
    RolePresence presence() const;
};

/// What changes for one profile: only the roles where something changes.
struct RuleDiff {
    const Profile* profile = nullptr;
    std::vector<RoleChange> roles;

    bool changed() const { return !roles.empty(); }
};

/// The roles in force on `as_of` in one rule set and not in the other. A role renamed with its
/// old id among its `aliases` is the same role.
RoleSetDiff diff_roles(const RuleSet& old, const RuleSet& now, Date as_of);

/// Evaluates `profile` under both rule sets as of `as_of` and compares, role by role, each role
/// in the version in force on that date. `roles` names the roles to compare (ids or aliases, in
/// either rule set); empty means every role of either, in the new rule set's order followed by
/// the removed ones. Gaps are those of the profile's progression: from its recorded level in its
/// current role, from the attained level in any other.
RuleDiff diff_profile(const RuleSet& old, const RuleSet& now, const Profile& profile, Date as_of,
                      const std::vector<std::string>& roles = {});

/// Changes counted over many profiles, for the summary of an impact report.
struct DiffSummary {
    /// A role and level's verdict moving from one value to another (nullopt: no such level).
    using Shift = std::tuple<std::string, std::string, std::optional<Verdict>, std::optional<Verdict>>;
    /// A role's attained level moving (nullopt: none attained, or no such role).
    using AttainedShift = std::tuple<std::string, std::optional<std::string>, std::optional<std::string>>;

    int profiles = 0;  ///< profiles compared
    int changed = 0;   ///< of which something changed
    /// Each kind of change, counted over every profile.
    int level_changes = 0;     ///< level verdicts that moved
    int criterion_flips = 0;   ///< criteria (or members) whose result or weight changed, added or removed
    int gaps_opened = 0;
    int gaps_closed = 0;
    int dates_moved = 0;       ///< gaps still open whose projected date moved
    std::map<Shift, int> levels;           ///< (role id, level id, before, after) -> profiles
    std::map<AttainedShift, int> attained;  ///< (role id, before, after) -> profiles

    void add(const RuleDiff& diff);
};

enum class DiffFormat { text, json };

struct DiffReportOptions {
    Date as_of;
    std::string old_label;  ///< where the old rules came from, e.g. their directory
    std::string new_label;
    DiffFormat format = DiffFormat::text;
};

/// Writes an impact report one profile at a time, then the summary: text for people (changed
/// profiles only, "no verdict changes" when there are none) or one JSON document for programs.
class DiffReport {
public:
    DiffReport(std::ostream& out, const RuleSet& old, const RuleSet& now, DiffReportOptions options);
    ~DiffReport();
    DiffReport(const DiffReport&) = delete;
    DiffReport& operator=(const DiffReport&) = delete;

    /// Counts the profile; writes it when something changed. `source` names its file.
    void add(const RuleDiff& diff, const std::string& source);
    /// Writes the summary and closes the document; called by the destructor if not before.
    void finish();
    const DiffSummary& summary() const { return summary_; }

private:
    std::ostream& out_;
    const RuleSet& old_;
    const RuleSet& now_;
    DiffReportOptions options_;
    DiffSummary summary_;
    bool finished_ = false;
};

}  // namespace eligo
