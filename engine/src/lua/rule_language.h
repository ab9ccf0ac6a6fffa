// The rule language's constructors (`role`, `level`, `gcse`, `any_of`, ...), installed into a
// sandbox's base. A constructor tags its table with its type and the `file:line` of the call;
// `role` and `ruleset` also register the table so the loader can find it afterwards.
#pragma once

#include <string>
#include <vector>

struct lua_State;

namespace eligo::lua {

inline constexpr const char* kRolesKey = "eligo.roles";
inline constexpr const char* kRulesetsKey = "eligo.rulesets";
inline constexpr const char* kCustomKey = "eligo.custom";
/// Constructed table -> its internal fields (`__type`, `__where`, `__custom`), kept where no
/// script can reach them, so that no script can forge a criterion or blame another file.
inline constexpr const char* kMadeKey = "eligo.made";

/// Every constructor name, in the order the language reference lists them.
const std::vector<std::string>& constructor_names();

/// Adds the constructors to the base table at the top of the stack and creates the registry
/// lists they fill.
void install_rule_language(lua_State* L);

}  // namespace eligo::lua
