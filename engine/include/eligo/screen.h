// Pre-screening applicants for a post: facts only, judgement left to people.
//
// A screen looks at the essential facts of a role's levels up to the advertised one (verdicts
// are cumulative) and sorts an applicant into one of three outcomes: `reject` (an essential
// fact is not met), `incomplete` (an essential fact cannot be decided from the application) or
// `shortlist` (every essential fact is met). Judgement statements are never decided by the
// machine: whatever evidence an application holds, they become the interview's worklist, and a
// statement that mixes a fact with a judgement rejects only when no judgement could meet it.
// Desirable facts are counted, to rank the shortlist; they never reject.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "eligo/evaluate.h"
#include "eligo/result.h"
#include "eligo/rules.h"

namespace eligo {

enum class ScreenOutcome { shortlist, incomplete, reject };

const char* to_string(ScreenOutcome);

/// The post's role and level; the levels below it count too.
struct ScreenTarget {
    const Role* role = nullptr;
    std::size_t level = 0;  ///< index into `role->levels`

    const Level& target_level() const { return role->levels[level]; }
};

/// An essential statement the screen could not pass: not met, or not decidable from the data.
struct ScreenFinding {
    const Criterion* criterion = nullptr;  ///< the level's statement (what the audit counts)
    std::string level;                     ///< the level it belongs to
    CriterionResult result;                ///< what the data showed (the writers word it)
    std::vector<std::string> ask;          ///< profile fields to ask the applicant for (unknown only)
};

/// A judgement statement for the people who assess the applicant.
struct ScreenAssessment {
    const Criterion* criterion = nullptr;
    std::string level;
    bool essential = true;
};

struct ScreenResult {
    ScreenOutcome outcome = ScreenOutcome::shortlist;
    std::vector<ScreenFinding> not_met;   ///< essential facts not met; any one rejects
    std::vector<ScreenFinding> unknown;   ///< essential facts undecided (listed when not rejected)
    std::vector<ScreenAssessment> assess; ///< judgement statements to assess, in document order
    int desirable_met = 0;                ///< desirable facts met
    int desirable_total = 0;              ///< desirable facts of the levels screened
    std::vector<ScreenAssessment> desirable;  ///< the desirable facts met, in document order
    /// Statements whose custom (Lua) check raised an error for this applicant: undecided
    /// because of the rule, not the application.
    std::vector<ScreenAssessment> rule_errors;

    /// Every field to ask for, each once, in the order the statements come.
    std::vector<std::string> fields_to_ask() const;
};

/// What screening a target works out once, whatever the applicant: each statement of the
/// levels screened, in document order, with its level and whether it (or a member of it) is a
/// fact and whether one is a judgement, and the lists of a profile they read. A batch screens
/// every record with one plan.
class ScreenPlan {
public:
    explicit ScreenPlan(const ScreenTarget& target);

    struct Statement {
        const Criterion* criterion = nullptr;
        const std::string* level = nullptr;  ///< the id of the level it belongs to
        bool facts = false;                  ///< it, or a member, is a fact
        bool judgement = false;              ///< it, or a member, is a judgement
    };
    const std::vector<Statement>& statements() const { return statements_; }
    /// The lists of a profile that the statements read, judgements included; every list when
    /// one of them is a custom check, which may read any.
    const ProfileLists& lists_read() const { return lists_read_; }

private:
    std::vector<Statement> statements_;
    ProfileLists lists_read_{false, false, false};
};

/// Screens one prepared profile. Thread-safe: any number of threads may screen at once.
ScreenResult screen(const ScreenTarget& target, const ProfileIndex& index);
/// The same with the target's plan, worked out once for many profiles.
ScreenResult screen(const ScreenPlan& plan, const ProfileIndex& index);

/// The knock-out audit: outcomes counted and, per essential statement, how many applicants
/// it rejected on its own and in all, and for how many it was undecided. Audits of separate
/// threads add up with `merge`, so the figures do not depend on how the work was shared.
class ScreenAudit {
public:
    struct Line {
        const Criterion* criterion = nullptr;
        std::string level;
        std::uint64_t rejected_alone = 0;  ///< the only essential fact an applicant failed
        std::uint64_t rejected = 0;        ///< among the facts an applicant failed
        std::uint64_t unknown = 0;         ///< undecided for an applicant not rejected
    };

    explicit ScreenAudit(const ScreenTarget& target);

    void add(const ScreenResult& result);
    void add_bad_record() { ++bad_; }
    void merge(const ScreenAudit& other);

    std::uint64_t count(ScreenOutcome outcome) const { return outcomes_[static_cast<int>(outcome)]; }
    std::uint64_t screened() const { return count(ScreenOutcome::shortlist) + count(ScreenOutcome::incomplete) + count(ScreenOutcome::reject); }
    std::uint64_t bad_records() const { return bad_; }
    /// One line per essential statement that has a fact in it, in document order.
    const std::vector<Line>& lines() const { return lines_; }

private:
    std::uint64_t outcomes_[3] = {0, 0, 0};
    std::uint64_t bad_ = 0;
    std::vector<Line> lines_;
};

/// The sentence every screening output carries (UK GDPR Art. 22: decisions on judgement are
/// people's to make).
extern const char* const kScreenNotice;

}  // namespace eligo
