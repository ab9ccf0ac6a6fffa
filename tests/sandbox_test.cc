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
    CHECK(message.find("rules/bad/role.lua:2: time limit exceeded: loading took longer than 200 ms") != std::string::npos);
    message = load_error("for i = 1, 1000 do pcall(function() while true do end end) end\n" + role_with(""), limits);
    CHECK(message.find("time limit exceeded") != std::string::npos);
}

TEST_CASE("a memory bomb is stopped by the memory limit") {
    RuleLimits limits;
    limits.memory_bytes = 8u << 20;
    std::string message = load_error("local t = {} for i = 1, 1e9 do t[i] = string.rep('x', 1000) .. i end", limits);
    CHECK(message.find("memory limit exceeded") != std::string::npos);
    message = load_error("local s = string.rep('x', 1 << 30)", limits);
    CHECK(message.find("memory limit exceeded") != std::string::npos);
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
    CHECK(load_error("local s = ('x'):rep(1 << 28)", limits).find("memory limit exceeded") != std::string::npos);
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
