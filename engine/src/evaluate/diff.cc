// Impact of a rule change: one profile evaluated under two rule sets, compared role by role.
#include "eligo/diff.h"

#include <algorithm>
#include <set>

#include "eligo/evaluate.h"
#include "eligo/profile.h"
#include "eligo/progression.h"

namespace eligo {
namespace {

// The same role under both rule sets; either side is null when the role exists in one only.
struct RolePair {
    const Role* before = nullptr;
    const Role* after = nullptr;
    bool operator==(const RolePair&) const = default;
};

// The old rule set's role for a role of the new one, in the version in force on `as_of`: the
// same id, or one of its aliases (a renamed role keeps its old id as an alias).
const Role* counterpart(const RuleSet& old, const Role& role, Date as_of) {
    if (const Role* r = old.find_role(role.id, as_of)) return r;
    for (const auto& alias : role.aliases)
        if (const Role* r = old.find_role(alias, as_of)) return r;
    return nullptr;
}

// Every role in force on `as_of` in either rule set: the new one's order, then the roles it no
// longer has.
std::vector<RolePair> all_pairs(const RuleSet& old, const RuleSet& now, Date as_of) {
    std::vector<RolePair> pairs;
    std::set<const Role*> matched;
    for (const Role* role : now.roles_in_force(as_of)) {
        const Role* before = counterpart(old, *role, as_of);
        if (before) matched.insert(before);
        pairs.push_back({before, role});
    }
    for (const Role* role : old.roles_in_force(as_of))
        if (!matched.count(role)) pairs.push_back({role, nullptr});
    return pairs;
}

// The named roles, each looked up in both rule sets; names in force in neither are skipped.
std::vector<RolePair> named_pairs(const RuleSet& old, const RuleSet& now, const std::vector<std::string>& ids,
                                  Date as_of) {
    std::vector<RolePair> pairs;
    for (const auto& id : ids) {
        RolePair pair;
        pair.after = now.find_role(id, as_of);
        pair.before = pair.after ? counterpart(old, *pair.after, as_of) : old.find_role(id, as_of);
        if (!pair.before && !pair.after) continue;
        if (std::find(pairs.begin(), pairs.end(), pair) == pairs.end()) pairs.push_back(pair);
    }
    return pairs;
}

const LevelResult* find_level(const RoleResult* role, const std::string& id) {
    if (!role) return nullptr;
    for (const auto& level : role->levels)
        if (level.level->id == id) return &level;
    return nullptr;
}

const CriterionResult* find_criterion(const LevelResult* level, const std::string& id) {
    if (!level) return nullptr;
    for (const auto& c : level->criteria)
        if (c.criterion->id == id) return &c;
    return nullptr;
}

// Level ids of either result: the new one's order, then the levels it no longer has.
std::vector<std::string> level_ids(const RoleResult* before, const RoleResult* after) {
    std::vector<std::string> ids;
    for (const RoleResult* side : {after, before})
        if (side)
            for (const auto& level : side->levels)
                if (std::find(ids.begin(), ids.end(), level.level->id) == ids.end()) ids.push_back(level.level->id);
    return ids;
}

std::optional<Verdict> verdict_of(const LevelResult* level) {
    return level ? std::optional<Verdict>(level->verdict) : std::nullopt;
}

const CriterionResult* find_child(const CriterionResult& parent, const std::string& id) {
    for (const auto& c : parent.children)
        if (c.criterion->id == id) return &c;
    return nullptr;
}

// The members of a criterion present on both sides whose result flips, depth first: a threshold
// inside an `all_of` can change its member's result while the whole stays not met.
void compare_members(const std::string& level, const std::string& within, const CriterionResult& old,
                     const CriterionResult& now, std::vector<CriterionChange>& out) {
    for (const auto& member : now.children) {
        const CriterionResult* was = find_child(old, member.criterion->id);
        if (!was) continue;
        if (was->outcome != member.outcome)
            out.push_back({CriterionChangeKind::changed, level, member.criterion->id, within, *was, member});
        compare_members(level, within, *was, member, out);
    }
}

// A level's criteria that were added, removed, or decide differently, each followed by its
// members that flip: the new order, then the removed ones. A criterion added or removed that
// the person meets changes nothing for them and is not listed.
void compare_criteria(const std::string& level, const LevelResult* before, const LevelResult* after,
                      std::vector<CriterionChange>& out) {
    if (after)
        for (const auto& now : after->criteria) {
            const std::string& id = now.criterion->id;
            const CriterionResult* old = find_criterion(before, id);
            if (!old) {
                if (now.outcome != Outcome::met) out.push_back({CriterionChangeKind::added, level, id, "", std::nullopt, now});
                continue;
            }
            if (old->outcome != now.outcome || old->criterion->essential != now.criterion->essential)
                out.push_back({CriterionChangeKind::changed, level, id, "", *old, now});
            compare_members(level, id, *old, now, out);
        }
    if (before)
        for (const auto& old : before->criteria)
            if (!find_criterion(after, old.criterion->id) && old.outcome != Outcome::met)
                out.push_back({CriterionChangeKind::removed, level, old.criterion->id, "", old, std::nullopt});
}

const Gap* find_gap(const std::vector<Gap>& gaps, const std::string& level, const std::string& id) {
    for (const auto& g : gaps)
        if (g.level->id == level && g.part().id == id) return &g;
    return nullptr;
}

// Gaps that open or close, and those open on both sides whose projected date moves: the new
// order, then the closed ones.
void compare_gaps(const std::vector<Gap>& before, const std::vector<Gap>& after, std::vector<GapChange>& out) {
    for (const auto& now : after) {
        const Gap* old = find_gap(before, now.level->id, now.part().id);
        if (!old)
            out.push_back({GapChangeKind::opened, now.level->id, now.part().id, &now.part(), std::nullopt, now.met_on});
        else if (old->met_on != now.met_on)
            out.push_back({GapChangeKind::moved, now.level->id, now.part().id, &now.part(), old->met_on, now.met_on});
    }
    for (const auto& old : before)
        if (!find_gap(after, old.level->id, old.part().id))
            out.push_back({GapChangeKind::closed, old.level->id, old.part().id, &old.part(), old.met_on, std::nullopt});
}

std::optional<RoleChange> compare(const RolePair& pair, const Progression* old_progression,
                                  const Progression* new_progression) {
    const RoleResult* before = old_progression ? &old_progression->result : nullptr;
    const RoleResult* after = new_progression ? &new_progression->result : nullptr;
    RoleChange change;
    change.before = pair.before;
    change.after = pair.after;
    if (before) change.attained_before = before->attained;
    if (after) change.attained_after = after->attained;
    for (const auto& id : level_ids(before, after)) {
        const LevelResult* old = find_level(before, id);
        const LevelResult* now = find_level(after, id);
        if (verdict_of(old) != verdict_of(now)) change.levels.push_back({id, verdict_of(old), verdict_of(now)});
        // A role added or removed as a whole is the change; its criteria are not listed.
        if (before && after) compare_criteria(id, old, now, change.criteria);
    }
    if (before && after) compare_gaps(old_progression->gaps, new_progression->gaps, change.gaps);
    if (change.levels.empty() && change.attained_before == change.attained_after && change.criteria.empty() &&
        change.gaps.empty())
        return std::nullopt;
    return change;
}

// The person's standing in `role`, from the level recorded when it is their current role (under
// its id or one of its aliases), as progression reports it.
Progression assess_on(const Role& role, const ProfileIndex& index, const Profile& profile) {
    const auto& current = profile.current_role;
    bool held = current && (current->role == role.id ||
                            std::find(role.aliases.begin(), role.aliases.end(), current->role) != role.aliases.end());
    if (!held || current->level.empty()) return assess_role(role, index);
    return assess_role(role, index, current->level, current->since);
}

}  // namespace

const char* to_string(GapChangeKind k) {
    return k == GapChangeKind::opened ? "opened" : k == GapChangeKind::closed ? "closed" : "moved";
}

const char* to_string(CriterionChangeKind k) {
    return k == CriterionChangeKind::changed ? "changed" : k == CriterionChangeKind::added ? "added" : "removed";
}

RolePresence RoleChange::presence() const {
    return before && after ? RolePresence::both : after ? RolePresence::added : RolePresence::removed;
}

RoleSetDiff diff_roles(const RuleSet& old, const RuleSet& now, Date as_of) {
    RoleSetDiff diff;
    std::vector<RolePair> pairs = all_pairs(old, now, as_of);
    for (const auto& pair : pairs)
        if (!pair.before) diff.added.push_back(pair.after);
    for (const auto& pair : pairs)
        if (!pair.after) diff.removed.push_back(pair.before);
    return diff;
}

RuleDiff diff_profile(const RuleSet& old, const RuleSet& now, const Profile& profile, Date as_of,
                      const std::vector<std::string>& roles) {
    RuleDiff diff;
    diff.profile = &profile;
    // Each rule set has its own equivalence tables, so each gets its own index.
    ProfileIndex old_index(old, profile, as_of);
    ProfileIndex new_index(now, profile, as_of);
    for (const auto& pair : roles.empty() ? all_pairs(old, now, as_of) : named_pairs(old, now, roles, as_of)) {
        std::optional<Progression> before, after;
        if (pair.before) before = assess_on(*pair.before, old_index, profile);
        if (pair.after) after = assess_on(*pair.after, new_index, profile);
        if (auto change = compare(pair, before ? &*before : nullptr, after ? &*after : nullptr))
            diff.roles.push_back(std::move(*change));
    }
    return diff;
}

void DiffSummary::add(const RuleDiff& diff) {
    ++profiles;
    if (!diff.changed()) return;
    ++changed;
    for (const auto& role : diff.roles) {
        const std::string& id = role.role().id;
        for (const auto& level : role.levels) ++levels[{id, level.level, level.before, level.after}];
        if (role.attained_before != role.attained_after) ++attained[{id, role.attained_before, role.attained_after}];
        level_changes += static_cast<int>(role.levels.size());
        criterion_flips += static_cast<int>(role.criteria.size());
        for (const auto& gap : role.gaps)
            ++(gap.kind == GapChangeKind::opened ? gaps_opened : gap.kind == GapChangeKind::closed ? gaps_closed : dates_moved);
    }
}

}  // namespace eligo
