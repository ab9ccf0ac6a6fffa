// The sandbox: what a rule script can and cannot reach, and the limits it runs under.
#include <catch2/catch.hpp>

#include "fixtures.h"

using namespace eligo;

namespace {

// Loads a script that should fail, returning every message.
std::string load_error(const std::string& script, RuleLimits limits = {}) {
    auto rules = test::load_scripts({{"bad/role.lua", script}}, limits);
    REQUIRE_FALSE(rules);
    return test::messages(rules.errors());
}

std::string role_with(const std::string& extra) {
    return extra + "\nrole { id = 't/r', title = 'T', level { id = 'A' } }";
}

}  // namespace

TEST_CASE("forbidden libraries and functions are not there") {
    for (const char* name : {"os", "io", "debug", "package", "dofile", "loadfile", "load", "loadstring",
                             "collectgarbage", "rawset", "rawget", "rawequal", "coroutine", "require_anything"}) {
        INFO(name);
        std::string script = std::string("assert(") + name + " == nil, '" + name + " is reachable')";
        auto rules = test::load_scripts({{"t/r.lua", role_with(script)}});
        CHECK(rules);
    }
    CHECK(load_error("string.dump(function() end)").find("rules/bad/role.lua:1:") != std::string::npos);
    CHECK(test::load_scripts({{"t/r.lua", role_with("assert(string.dump == nil and math.random == nil)")}}));
}

TEST_CASE("a script's globals do not leak into another script") {
    auto rules = test::load_scripts({{"a/one.lua", "leaked = 42\nrole { id = 'a/one', title = 'One', level { id = 'A' } }"},
                                     {"b/two.lua", "assert(leaked == nil, 'leaked')\n"
                                                   "role { id = 'b/two', title = 'Two', level { id = 'A' } }"}});
    INFO((rules ? "" : test::messages(rules.errors())));
    CHECK(rules);
}

TEST_CASE("shared tables cannot be changed") {
    CHECK(load_error("string.upper = nil").find("read-only") != std::string::npos);
    CHECK(load_error("getmetatable('').__index = {}").find("rules/bad/role.lua:1:") != std::string::npos);
    CHECK(load_error("local eq = require 'lib.equivalences'\neq.gcse_grades['U'] = 9").find("rules/bad/role.lua:2:") !=
          std::string::npos);
    CHECK(load_error("setmetatable(string, {})").find("protected metatable") != std::string::npos);
    // library data reads fine
    CHECK(test::load_scripts(
        {{"t/r.lua", role_with("local eq = require 'lib.equivalences'\nassert(eq.gcse_grades['C'] == 4)")}}));
}

TEST_CASE("require reaches only the rules library") {
    CHECK(load_error("require 'os'").find("outside the rules library") != std::string::npos);
    CHECK(load_error("require 'lib.nothing'").find("no module `lib.nothing`") != std::string::npos);
}

TEST_CASE("an infinite loop is stopped by the instruction limit, even inside pcall") {
    RuleLimits limits;
    limits.instructions = 200'000;
    std::string message = load_error("while true do end", limits);
    CHECK(message.find("rules/bad/role.lua:1: instruction limit exceeded") != std::string::npos);
    message = load_error("for i = 1, 100 do pcall(function() while true do end end) end\n" + role_with(""), limits);
    CHECK(message.find("instruction limit exceeded") != std::string::npos);
}

TEST_CASE("a rule set that takes too long to load is stopped by the time limit") {
    // Each script stays within its instruction budget; together they would run for minutes.
    RuleLimits limits;
    limits.instructions = 4'000'000'000;
    limits.load_time = std::chrono::milliseconds(200);
    std::string message = load_error("local n = 0\nfor i = 1, 4000000000 do n = n + 1 end", limits);
    CHECK(message.find("rules/bad/role.lua:2: time limit exceeded (200 ms)") != std::string::npos);
    message = load_error("for i = 1, 1000 do pcall(function() while true do end end) end\n" + role_with(""), limits);
    CHECK(message.find("time limit exceeded") != std::string::npos);
}

TEST_CASE("a memory bomb is stopped by the memory limit") {
    RuleLimits limits;
    limits.memory_bytes = 8u << 20;
    std::string message = load_error("local t = {} for i = 1, 1e9 do t[i] = string.rep('x', 1000) .. i end", limits);
    CHECK(message.find("memory limit exceeded") != std::string::npos);
    message = load_error("local s = string.rep('x', 1 << 30)", limits);
    CHECK(message.find("rules/bad/role.lua:1: string.rep: a result of 1073741824 bytes is over the limit of "
                       "16777216") != std::string::npos);
}

TEST_CASE("binary chunks are refused") {
    // `load` is gone; a script file holding bytecode does not load either.
    std::string message = load_error(std::string("\x1bLua\x54\x00", 6));
    CHECK(message.find("rules/bad/role.lua") != std::string::npos);
}

TEST_CASE("syntax and runtime errors carry file and line") {
    CHECK(load_error("role {\n  id = 't/r'\n  title = 'x' }").find("rules/bad/role.lua:3:") != std::string::npos);
    CHECK(load_error("\n\nerror('boom')").find("rules/bad/role.lua:3: boom") != std::string::npos);
}


TEST_CASE("deep recursion is stopped with the script's name and line") {
    std::string message = load_error("local function f(n) return f(n + 1) + 1 end\nf(1)");
    CHECK(message.find("rules/bad/role.lua:1:") != std::string::npos);
    CHECK(message.find("stack overflow") != std::string::npos);
}

TEST_CASE("huge strings hit the memory limit, however they are built") {
    RuleLimits limits;
    limits.memory_bytes = 16u << 20;
    // 4 MiB built once (twice that while `rep` builds it), then a concatenation of 20 MiB
    CHECK(load_error("local s = ('x'):rep(1 << 22)\nlocal t = s .. s .. s .. s .. s", limits)
              .find("rules/bad/role.lua:2: memory limit exceeded (16 MiB)") != std::string::npos);
    CHECK(load_error("local s = 'x' for i = 1, 40 do s = s .. s end", limits).find("memory limit exceeded") !=
          std::string::npos);
    CHECK(load_error("local t = {} for i = 1, 1e8 do t[#t + 1] = i end", limits).find("memory limit exceeded") !=
          std::string::npos);
}

TEST_CASE("a finalizer that never ends cannot hang loading or closing") {
    RuleLimits limits;
    limits.instructions = 100'000;
    // Lua runs finalizers with hooks off, beyond any instruction limit: they are refused.
    CHECK(load_error("setmetatable({}, { __gc = function() while true do end end })", limits)
              .find("rules/bad/role.lua:1: `__gc` metamethods are not allowed in rules") != std::string::npos);
    // a finalizer added to the metatable afterwards is never registered by Lua
    auto rules = test::load_scripts(
        {{"t/r.lua", role_with("local mt = {}\nsetmetatable({}, mt)\nmt.__gc = function() while true do end end")}},
        limits);
    CHECK(rules);
}

TEST_CASE("an error object that is not a string is reported, not run") {
    std::string message = load_error("error(setmetatable({}, { __tostring = function() while true do end end }))");
    CHECK(message.find("error object is a table value") != std::string::npos);
}

TEST_CASE("a script cannot swallow the memory limit with pcall") {
    RuleLimits limits;
    limits.memory_bytes = 8u << 20;
    std::string message =
        load_error("pcall(function() local t = {} for i = 1, 1e9 do t[i] = ('y'):rep(100) .. i end end)\n" +
                       role_with(""),
                   limits);
    CHECK(message.find("memory limit exceeded") != std::string::npos);
}

TEST_CASE("string patterns, which run beyond the instruction limit, are not available") {
    CHECK(test::load_scripts({{"t/r.lua", role_with("assert(string.match == nil and string.gsub == nil and "
                                                     "string.gmatch == nil and ('x').match == nil)")}}));
    // find is plain: pattern characters are literal, and a catastrophic pattern is just text
    CHECK(test::load_scripts({{"t/r.lua", role_with("assert(('a.c'):find('.') == 2)\n"
                                                     "assert(string.find(('a'):rep(100000), '.-.-.-.-.-b') == nil)\n"
                                                     "assert(string.find('housing officer', 'officer') == 9)\n"
                                                     "assert(string.find('abc', 'c', -1) == 3)")}}));
}

TEST_CASE("limits are final: pcall, xpcall and goto cannot carry a script on") {
    RuleLimits limits;
    limits.instructions = 200'000;
    for (const char* script : {"while true do pcall(function() while true do end end) end",
                               "::again:: pcall(function() while true do end end) goto again",
                               "while true do xpcall(function() while true do end end, function() while true do end end) end"}) {
        INFO(script);
        CHECK(load_error(script, limits) ==
              "rules/bad/role.lua:1: instruction limit exceeded (200000 instructions)\n"
              "  a loop that never ends, or far more work than describing rules needs\n");
    }
}

TEST_CASE("xpcall still returns the results, or the handler's answer to the error") {
    CHECK(test::load_scripts({{"t/r.lua", role_with(
        "local ok, a, b = xpcall(function(x, y) return x + y, 'two' end, print, 1, 2)\n"
        "assert(ok == true and a == 3 and b == 'two')\n"
        "local ok2, m = xpcall(function() error('bad', 0) end, function(e) return e .. '!' end)\n"
        "assert(ok2 == false and m == 'bad!')\n"
        "local ok3, m3 = xpcall(function() error('bad', 0) end, function(e) error('worse', 0) end)\n"
        "assert(ok3 == false and m3 == 'worse')")}}));
}

TEST_CASE("C functions that loop in proportion to their arguments are charged to the budget") {
    RuleLimits limits;
    limits.instructions = 1'000'000;
    CHECK(load_error("table.move({}, 1, 2^53, 1, {})", limits).starts_with(
        "rules/bad/role.lua:1: instruction limit exceeded (1000000 instructions)"));
    CHECK(load_error("local t = {} for i = 1, 1e5 do t[i] = i end\nwhile true do table.sort(t) end", limits)
              .starts_with("rules/bad/role.lua:2: instruction limit exceeded"));
    CHECK(load_error("local s = ('x'):rep(1 << 20)\nwhile true do local u = s:upper() end", limits)
              .starts_with("rules/bad/role.lua:2: instruction limit exceeded"));
    // the plain search is linear: a near-miss needle of half the haystack is found not to occur
    CHECK(test::load_scripts({{"t/r.lua", role_with("local hay = ('a'):rep(1 << 21)\n"
                                                     "assert(hay:find(('a'):rep(1 << 20) .. 'b', 1, true) == nil)\n"
                                                     "assert(('xxabab'):find('abab') == 3)")}}));
}

TEST_CASE("a read-only proxy never hands out the table behind it, even through pairs") {
    CHECK(load_error("local _, s = pairs(string)\ns.rep = nil").find("rules/bad/role.lua:2: attempt to change `rep`") !=
          std::string::npos);
    CHECK(load_error("local _, eq = pairs(require 'lib.equivalences')\neq.gcse_grades = {}")
              .find("rules/bad/role.lua:2: attempt to change `gcse_grades`") != std::string::npos);
    CHECK(test::load_scripts({{"t/r.lua", role_with("local n = 0 for k, v in pairs(string) do n = n + 1 end\n"
                                                     "assert(n > 5)")}}));
}

TEST_CASE("the load deadline names only the script that ran over") {
    RuleLimits limits;
    limits.load_time = std::chrono::milliseconds(100);
    limits.instructions = 4'000'000'000;
    auto rules = test::load_scripts({{"a/a.lua", "role { id = 'a/a', title = 'A', level { id = 'A' } }"},
                                     {"b/slow.lua", "while true do end"},
                                     {"c/c.lua", "role { id = 'c/c', title = 'C', level { id = 'A' } }"}},
                                    limits);
    REQUIRE_FALSE(rules);
    CHECK(test::messages(rules.errors()) ==
          "rules/b/slow.lua:1: time limit exceeded (100 ms)\n"
          "  a loop that never ends, or far more work than describing rules needs\n");
}

TEST_CASE("a file defines only the roles of its own folder") {
    auto rules = test::load_scripts({{"a/r.lua", "role { id = 'b/r', title = 'R', level { id = 'A' } }"}});
    REQUIRE_FALSE(rules);
    CHECK(test::messages(rules.errors()) ==
          "rules/a/r.lua:1: role `b/r` belongs in folder `b`, not in folder `a`\n"
          "  a role's id is `<framework folder>/<name>`; a file may define only the roles of its own folder\n");
}

TEST_CASE("internal fields cannot be forged") {
    CHECK(load_error("role { id = 'bad/role', title = 'T', __where = 'rules/x.lua:1', level { id = 'A' } }")
              .starts_with("rules/bad/role.lua:1: `__where` is internal to eligo; a script cannot set it"));
    CHECK(load_error("role { id = 'bad/role', title = 'T', level { id = 'A', other = { { __type = 'custom', "
                     "__custom = 1, text = 'x' } } } }")
              .find("expected a criterion such as") != std::string::npos);
}

TEST_CASE("criteria nested too deeply are refused at their line, not a crash") {
    for (int n : {100, 150, 5000}) {
        INFO(n);
        std::string script = "local c = competency { id = 'x', text = 'X' }\nfor i = 1, " + std::to_string(n) +
                             " do c = any_of { c } end\nrole { id = 'bad/role', title = 'T', level { id = 'A', "
                             "other = { c } } }";
        std::string message = load_error(script);
        CHECK(message.find("criteria nested more than 32 levels deep") != std::string::npos);
        CHECK(message.starts_with("rules/bad/role.lua:2: "));
    }
}

TEST_CASE("a custom check that keeps state between applicants is refused") {
    std::string message = load_error("local previous = ''\nrole { id = 'bad/role', title = 'T', level { id = 'A', other = {"
                                     " custom { text = 'x', check = function(p) previous = p.id return true end } } } }");
    CHECK(message.starts_with("rules/bad/role.lua:2: `check` of `custom` uses `previous` from outside the function"));
}
