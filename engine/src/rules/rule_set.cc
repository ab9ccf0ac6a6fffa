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

std::vector<const Role*> RuleSet::roles_in_force(Date as_of) const {
    std::vector<const Role*> out;
    for (const auto& role : roles)
        if (role.in_force(as_of)) out.push_back(&role);
    return out;
}

}  // namespace eligo
