// The compiled rule set's queries: which version of a role is in force on a date.
#include <algorithm>

#include "eligo/rules.h"

namespace eligo {

bool Role::in_force(Date date) const {
    return (!effective_from || *effective_from <= date) && (!effective_until || date <= *effective_until);
}

namespace {

bool answers_to(const Role& role, const std::string& id_or_alias) {
    return role.id == id_or_alias ||
           std::find(role.aliases.begin(), role.aliases.end(), id_or_alias) != role.aliases.end();
}

}  // namespace

const Role* RuleSet::find_role(const std::string& id_or_alias, Date as_of) const {
    for (const auto& role : roles)
        if (answers_to(role, id_or_alias) && role.in_force(as_of)) return &role;
    return nullptr;
}

const Role* RuleSet::find_role(const std::string& id_or_alias) const {
    const Role* latest = nullptr;  // versions are in order, earliest first
    for (const auto& role : roles)
        if (answers_to(role, id_or_alias)) latest = &role;
    return latest;
}

namespace {

void add_competencies(const std::vector<Criterion>& criteria, std::vector<std::string>& ids) {
    for (const auto& c : criteria) {
        if (const auto* r = std::get_if<CompetencyRequirement>(&c.requirement)) ids.push_back(r->competency);
        add_competencies(c.children, ids);
    }
}

}  // namespace

std::vector<std::string> RuleSet::competencies() const {
    std::vector<std::string> ids;
    for (const auto& [id, _] : catalogue) ids.push_back(id);
    for (const auto& role : roles)
        for (const auto& level : role.levels) add_competencies(level.criteria, ids);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

std::vector<const Role*> RuleSet::roles_in_force(Date as_of) const {
    std::vector<const Role*> out;
    for (const auto& role : roles)
        if (role.in_force(as_of)) out.push_back(&role);
    return out;
}

}  // namespace eligo
