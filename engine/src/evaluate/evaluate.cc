// Levels and roles: cumulative verdicts from criterion outcomes.
#include "eligo/evaluate.h"

namespace eligo {
namespace {

// Combines essential outcomes: not_eligible beats incomplete beats eligible.
Verdict combine(Verdict a, Verdict b) {
    if (a == Verdict::not_eligible || b == Verdict::not_eligible) return Verdict::not_eligible;
    if (a == Verdict::incomplete || b == Verdict::incomplete) return Verdict::incomplete;
    return Verdict::eligible;
}

Verdict verdict_of(Outcome o) {
    return o == Outcome::met ? Verdict::eligible : o == Outcome::not_met ? Verdict::not_eligible : Verdict::incomplete;
}

}  // namespace

RoleResult evaluate_role(const Role& role, const ProfileIndex& index) {
    RoleResult result;
    result.role = &role;
    Verdict below = Verdict::eligible;
    result.levels.reserve(role.levels.size());
    for (const auto& level : role.levels) {
        LevelResult lr;
        lr.level = &level;
        lr.criteria.reserve(level.criteria.size());  // a result is large: moving them as the vector grew was a tenth of the time
        Verdict own = Verdict::eligible;
        for (const auto& criterion : level.criteria) {
            lr.criteria.push_back(evaluate_criterion(criterion, index));
            if (criterion.essential) own = combine(own, verdict_of(lr.criteria.back().outcome));
        }
        lr.verdict = combine(below, own);
        below = lr.verdict;
        if (lr.verdict == Verdict::eligible) result.attained = level.id;
        result.levels.push_back(std::move(lr));
    }
    return result;
}

ProfileResult evaluate(const RuleSet& rules, const Profile& profile, const EvaluateOptions& options) {
    ProfileResult result;
    result.profile = &profile;
    ProfileIndex index(rules, profile, options.as_of);
    result.roles.reserve(options.roles.empty() ? rules.roles.size() : options.roles.size());
    // Each role in the version in force on the as-of date.
    if (options.roles.empty()) {
        for (const Role* role : rules.roles_in_force(options.as_of)) result.roles.push_back(evaluate_role(*role, index));
    } else {
        for (const auto& id : options.roles)
            if (const Role* role = rules.find_role(id, options.as_of)) result.roles.push_back(evaluate_role(*role, index));
    }
    return result;
}

const char* to_string(Outcome o) {
    return o == Outcome::met ? "met" : o == Outcome::not_met ? "not_met" : "unknown";
}

const char* to_string(Verdict v) {
    return v == Verdict::eligible ? "eligible" : v == Verdict::not_eligible ? "not_eligible" : "incomplete";
}

}  // namespace eligo
