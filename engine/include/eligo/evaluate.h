// Evaluation: a profile against the roles of a rule set, as of a date.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "eligo/date.h"
#include "eligo/profile.h"
#include "eligo/result.h"
#include "eligo/rules.h"

namespace eligo {

/// A qualification as the rules see it, after the equivalence tables are applied.
struct IndexedQualification {
    int index = 0;                 ///< position in `Profile::qualifications`
    const Qualification* source = nullptr;
    /// Canonical subject name, or the recorded one. Views into the rule set's equivalence
    /// index or into the profile, both of which outlive the index.
    std::string_view subject;
    std::optional<int> level;      ///< recorded, or the kind's default
    std::optional<int> grade;      ///< on the 9-1 scale, for graded school qualifications
    std::optional<int> second_grade;  ///< a double award's second grade ("4-4")
    bool grade_unreadable = false;    ///< a grade was recorded but is in no table
    bool subject_unreadable = false;  ///< a subject was recorded but names nothing ("?", "-")
    std::string_view kind;         ///< the recorded kind, or the kind it counts as
    /// Whether its areas are known: recorded, implied by its kind, or readable from a title or
    /// subject (see `ProfileIndex::in_any_area`).
    bool areas_known = false;
    int stage_rank = 0;
};

/// A profile prepared once for many evaluations: equivalences applied, periods clipped.
class ProfileIndex {
public:
    ProfileIndex(const RuleSet& rules, const Profile& profile, Date as_of);

    const Profile& profile() const { return *profile_; }
    Date as_of() const { return as_of_; }
    const std::vector<IndexedQualification>& qualifications() const { return qualifications_; }
    /// Whether `q` is in one of `areas`: those recorded, or else those its kind implies and
    /// those its title or subject names. Worked out for the areas asked about only, when asked.
    bool in_any_area(const IndexedQualification& q, const std::vector<std::string>& areas) const;
    /// The title and the subject of `q` in lower case, joined by a space: the text its areas and
    /// a requirement's title words are looked for in. The title is the first
    /// `q.source->title.size()` characters.
    std::string_view lowered_words(const IndexedQualification& q) const;
    /// Latest evidence record per competency id (by date, then by position).
    const Evidence* evidence_for(const std::string& competency) const;
    /// The same for a requirement, by its slot when the rules set one.
    const Evidence* evidence_for(const CompetencyRequirement& requirement) const;
    const RuleSet& rules() const { return *rules_; }

private:
    void index_evidence(const std::vector<Evidence>& records);

    const RuleSet* rules_;
    const Profile* profile_;
    Date as_of_;
    const EquivalenceIndex* lookup_;  ///< the rule set's, or own_lookup_
    std::shared_ptr<const EquivalenceIndex> own_lookup_;  ///< for rules without one
    std::vector<IndexedQualification> qualifications_;
    /// Every qualification's lowered title and subject, one after the other, lowered once when
    /// the profile is indexed; `words_at_` holds, by position, where each one's are and the
    /// areas its kind implies (an entry of the rule set's tables; null when none).
    std::string words_;
    struct Words {
        std::size_t start = 0;
        std::size_t length = 0;
        const std::vector<std::string>* kind_areas = nullptr;
    };
    std::vector<Words> words_at_;
    /// The deciding record per competency, sorted by competency: keys are views into the
    /// profile, so indexing a profile allocates no string and no tree node per record.
    std::vector<std::pair<std::string_view, const Evidence*>> evidence_;
    /// The same by `RuleSet::competency_slots`: per slot, 1 + the position in `evidence_` of its
    /// deciding record, or 0. A whole framework asks for hundreds of slots, so a slot is found
    /// in one step; the table ends at the last slot the profile has a record for, and holds
    /// positions rather than pointers, as clearing it is most of indexing a profile's evidence.
    std::vector<std::uint32_t> by_slot_;
};

struct EvaluateOptions {
    Date as_of;
    std::vector<std::string> roles;  ///< role ids; empty means every role
};

/// Evaluates one role. Levels are cumulative: a level's verdict covers the levels below it.
RoleResult evaluate_role(const Role& role, const ProfileIndex& index);

/// Evaluates a profile against the chosen roles (all when none are named), each in the version
/// in force on the as-of date. Unknown role ids, and roles not in force on that date, must be
/// checked by the caller with `RuleSet::find_role`; they are skipped here.
ProfileResult evaluate(const RuleSet& rules, const Profile& profile, const EvaluateOptions& options);

/// A custom check that stopped with an error while evaluating a role: a fault in the rules, not
/// in the profile. The criterion is left unknown.
struct RuleFault {
    const Role* role = nullptr;
    const Level* level = nullptr;
    const Criterion* criterion = nullptr;  ///< the check itself (a member, when in a group)
};

/// Every custom check of `result` that stopped with an error, in document order.
std::vector<RuleFault> rule_faults(const RoleResult& result);

/// Evaluates one criterion (and its members); exposed for tests and tools.
CriterionResult evaluate_criterion(const Criterion& criterion, const ProfileIndex& index);

// --- facts only: what the records decide without any judgement ------------------------------

/// Whether `criterion` (or a member of it) is of `kind`.
bool has_kind(const Criterion& criterion, Kind kind);

/// The outcome on facts alone, every judgement in it taken as met (`judgements_met`) or as not
/// met. The screen and progression both ask this question; this is the one answer.
Outcome facts_outcome(const CriterionResult& result, bool judgements_met = true);

/// The profile fields whose absence leaves the facts of `result` undecided, each once, in the
/// order of its members: the leaf's own `Finding::missing`, and for a group those of its
/// members whose facts are undecided.
std::vector<std::string> fields_to_decide(const CriterionResult& result);

}  // namespace eligo
