// Everything a rule script can reach through its globals, compared with the allowlist, so a
// new opening (a library or function added by mistake) cannot appear unnoticed.
#include <algorithm>
#include <set>

#include <catch2/catch.hpp>
#include <lua.hpp>

#include "batch/csv_mapping.h"
#include "eligo/profile.h"
#include "lua/sandbox.h"

namespace {

// Names reachable from the table at the top of the stack, following read-only proxies.
void walk(lua_State* L, const std::string& prefix, std::set<const void*>& seen, std::vector<std::string>& out) {
    int t = lua_gettop(L);
    if (lua_getmetatable(L, t)) {  // a proxy: its contents are behind __index
        lua_getfield(L, -1, "__index");
        lua_replace(L, t);
        lua_pop(L, 1);
    }
    lua_pushnil(L);
    while (lua_next(L, t)) {
        std::string name = prefix + (lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?");
        out.push_back(name);
        if (lua_type(L, -1) == LUA_TTABLE && seen.insert(lua_topointer(L, -1)).second) {
            walk(L, name + ".", seen, out);
        }
        lua_pop(L, 1);
    }
}

}  // namespace

TEST_CASE("the sandbox base holds exactly the allowlist") {
    eligo::lua::Library library;
    eligo::lua::Sandbox sandbox({}, &library);
    lua_State* L = sandbox.state();
    lua_getfield(L, LUA_REGISTRYINDEX, "eligo.base");
    std::set<const void*> seen;
    std::vector<std::string> names;
    walk(L, "", seen, names);
    std::sort(names.begin(), names.end());
    std::string got;
    for (const auto& n : names) got += n + " ";

    // Debian builds Lua with the 5.3 math compatibility functions (math.pow, math.log10, ...);
    // they compute and reach nothing.
    const std::string expected =
        "_VERSION all_of any_of apprenticeship assert at_least cih competency cpd custom driving error "
        "experience gcse getmetatable ipairs itil level math math.abs math.acos math.asin math.atan "
        "math.atan2 math.ceil math.cos math.cosh math.deg math.exp math.floor math.fmod math.frexp math.huge "
        "math.ldexp math.log math.log10 math.max math.maxinteger math.min math.mininteger math.modf math.pi "
        "math.pow math.rad math.sin math.sinh math.sqrt math.tan math.tanh math.tointeger math.type math.ult "
        "next pairs pcall print qualification rawlen require role ruleset select setmetatable string "
        "string.byte string.char string.find string.format string.len string.lower "
        "string.pack string.packsize string.rep string.reverse string.sub string.unpack "
        "string.upper table table.concat table.insert table.move table.pack table.remove table.sort "
        "table.unpack tonumber tostring training type utf8 utf8.char utf8.charpattern utf8.codepoint "
        "utf8.codes utf8.len utf8.offset xpcall ";
    CHECK(got == expected);

    // And the real global table is empty: nothing is reachable around the base.
    lua_pushglobaltable(L);
    lua_pushnil(L);
    CHECK(lua_next(L, -2) == 0);
}

TEST_CASE("protected names are found however they are written, by the JSON reader and the CSV filter alike") {
    for (const char* name : {"Gender", "DOB", "dateOfBirth", "DateOfBirth", "Year of Birth", "Born", "Birthday",
                             "D.O.B.", "date-of-birth", "SexualOrientation", "Do you consider yourself disabled?",
                             "ethnic_origin", "maritalStatus"}) {
        INFO(name);
        CHECK(eligo::is_protected_name(name));
        CHECK(eligo::is_protected_column(name));
    }
    for (const char* name : {"stage", "title", "employer", "hours_per_week", "awarded", "Start date", "Message"}) {
        INFO(name);
        CHECK_FALSE(eligo::is_protected_name(name));
    }
}
