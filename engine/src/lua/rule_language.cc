#include "lua/rule_language.h"

#include <cstring>

#include <lua.hpp>

namespace eligo::lua {
namespace {

void append_to_registry_list(lua_State* L, const char* key, int value_index) {
    lua_getfield(L, LUA_REGISTRYINDEX, key);
    lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, -1));
    lua_pushvalue(L, value_index);
    lua_rawseti(L, -2, n + 1);
    lua_pop(L, 1);
}

// A custom check must be a pure function of its arguments: one that captures a variable of
// the script (anything but its environment) could carry one applicant's data into the next
// applicant's verdict, and make a result depend on order and threads.
void refuse_state(lua_State* L, int f) {
    for (int i = 1;; ++i) {
        const char* name = lua_getupvalue(L, f, i);
        if (!name) return;
        lua_pop(L, 1);
        if (std::strcmp(name, "_ENV") != 0)
            luaL_error(L, "`check` of `custom` uses `%s` from outside the function; a check may read only its "
                          "arguments and the rules library (`require` inside the function), so that no state "
                          "passes from one applicant to the next", name);
    }
}

int construct(lua_State* L) {
    const char* type = lua_tostring(L, lua_upvalueindex(1));
    if (lua_type(L, 1) != LUA_TTABLE)
        return luaL_error(L, "`%s` takes a table: write `%s { ... }`", type, type);
    lua_settop(L, 1);
    if (lua_getmetatable(L, 1)) return luaL_error(L, "`%s` takes a plain table", type);
    for (const char* internal : {"__type", "__where", "__custom"}) {
        lua_pushstring(L, internal);
        if (lua_rawget(L, 1) != LUA_TNIL)
            return luaL_error(L, "`%s` is internal to eligo; a script cannot set it", internal);
        lua_pop(L, 1);
    }
    lua_getfield(L, LUA_REGISTRYINDEX, kMadeKey);  // 2: the internal fields of every table made
    lua_newtable(L);                               // 3: this table's
    lua_pushvalue(L, 1);
    lua_pushvalue(L, 3);
    lua_rawset(L, 2);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_setfield(L, 3, "__type");
    // Where the criterion was written: the nearest caller outside the rules library, so that a
    // criterion built by a shared pattern in lib/ is placed in the role file that uses it.
    lua_Debug ar;
    bool placed = false;
    for (int level = 1; !placed && lua_getstack(L, level, &ar); ++level) {
        if (!lua_getinfo(L, "Sl", &ar) || ar.source[0] != '@' || ar.currentline <= 0) continue;
        if (std::strstr(ar.source, "/lib/") != nullptr && level < 8) continue;
        lua_pushfstring(L, "%s:%d", ar.source + 1, ar.currentline);
        lua_setfield(L, 3, "__where");
        placed = true;
    }
    if (!placed && lua_getstack(L, 1, &ar) && lua_getinfo(L, "Sl", &ar) && ar.source[0] == '@') {
        lua_pushfstring(L, "%s:%d", ar.source + 1, ar.currentline);
        lua_setfield(L, 3, "__where");
    }
    std::string_view kind = type;
    if (kind == "role") append_to_registry_list(L, kRolesKey, 1);
    if (kind == "ruleset") append_to_registry_list(L, kRulesetsKey, 1);
    if (kind == "custom") {
        lua_getfield(L, 1, "check");  // 4
        if (lua_type(L, -1) != LUA_TFUNCTION)
            return luaL_error(L, "`custom` needs `check = function(p, as_of) ... end`");
        refuse_state(L, 4);
        append_to_registry_list(L, kCustomKey, 4);
        lua_getfield(L, LUA_REGISTRYINDEX, kCustomKey);
        lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, -1));
        lua_pop(L, 2);
        lua_pushinteger(L, n);
        lua_setfield(L, 3, "__custom");
    }
    lua_settop(L, 1);
    return 1;
}

}  // namespace

const std::vector<std::string>& constructor_names() {
    static const std::vector<std::string> names = {
        "ruleset",  "role",       "level",   "gcse",       "qualification", "cih",      "itil",
        "apprenticeship", "driving", "experience", "cpd", "training", "competency", "any_of",
        "all_of",   "at_least",   "custom"};
    return names;
}

void install_rule_language(lua_State* L) {
    int base = lua_gettop(L);
    for (const auto& name : constructor_names()) {
        lua_pushstring(L, name.c_str());
        lua_pushcclosure(L, construct, 1);
        lua_setfield(L, base, name.c_str());
    }
    for (const char* key : {kRolesKey, kRulesetsKey, kCustomKey}) {
        lua_newtable(L);
        lua_setfield(L, LUA_REGISTRYINDEX, key);
    }
    lua_newtable(L);
    lua_createtable(L, 0, 1);
    lua_pushliteral(L, "k");
    lua_setfield(L, -2, "__mode");
    lua_setmetatable(L, -2);
    lua_setfield(L, LUA_REGISTRYINDEX, kMadeKey);
}

}  // namespace eligo::lua
