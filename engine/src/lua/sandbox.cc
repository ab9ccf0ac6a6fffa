#include "lua/sandbox.h"
#include "lua/rule_language.h"

#include <cstdlib>
#include <cstring>
#include <string_view>

#include <lua.hpp>
#include <spdlog/spdlog.h>

namespace eligo::lua {
namespace {

constexpr int kHookStep = 1000;  // instructions between two looks at the budget
constexpr int kFreezeDepth = 32;

// Lua and the host share these registry keys.
constexpr const char* kBase = "eligo.base";
constexpr const char* kModules = "eligo.modules";
constexpr const char* kLoading = "eligo.loading";
constexpr const char* kLibrary = "eligo.library";

Sandbox* sandbox_of(lua_State* L) { return *static_cast<Sandbox**>(lua_getextraspace(L)); }

// The counting allocator: refuses any growth past the limit and remembers that it did.
void* counting_alloc(void* ud, void* ptr, std::size_t osize, std::size_t nsize) {
    auto* budget = static_cast<Sandbox::Budget*>(ud);
    std::size_t old = ptr ? osize : 0;  // when ptr is null, osize is a type tag
    if (nsize == 0) {
        std::free(ptr);
        budget->used -= old;
        return nullptr;
    }
    if (nsize > old && budget->used - old + nsize > budget->limit) {
        budget->memory_exceeded = true;
        return nullptr;
    }
    void* block = std::realloc(ptr, nsize);
    if (block) budget->used = budget->used - old + nsize;
    return block;
}

// The count hook: spends the budget; once it is spent, raises on every call so that a script
// cannot carry on by catching the error.
void count_hook(lua_State* L, lua_Debug*) {
    auto& budget = sandbox_of(L)->budget();
    budget.instructions_left -= kHookStep;
    if (budget.deadline && std::chrono::steady_clock::now() > *budget.deadline) budget.time_exceeded = true;
    if (budget.instructions_left > 0 && !budget.time_exceeded) return;
    if (!budget.time_exceeded) budget.instructions_exceeded = true;
    lua_Debug ar;
    if (lua_getstack(L, 0, &ar) && lua_getinfo(L, "Sl", &ar) && ar.currentline > 0 && ar.source[0] == '@')
        lua_pushfstring(L, "%s:%d: instruction limit exceeded", ar.source + 1, ar.currentline);
    else
        lua_pushstring(L, "instruction limit exceeded");
    lua_error(L);
}

int deny_write(lua_State* L) {
    const char* key = lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2) : "?";
    return luaL_error(L, "attempt to change `%s` in a read-only table", key);
}

int proxy_len(lua_State* L) {
    lua_getmetatable(L, 1);
    lua_getfield(L, -1, "__index");
    lua_pushinteger(L, static_cast<lua_Integer>(lua_rawlen(L, -1)));
    return 1;
}

int proxy_pairs(lua_State* L) {
    lua_getmetatable(L, 1);
    lua_pushcfunction(L, [](lua_State* S) -> int {
        luaL_checktype(S, 1, LUA_TTABLE);
        lua_settop(S, 2);
        return lua_next(S, 1) ? 2 : (lua_pushnil(S), 1);
    });
    lua_getfield(L, -2, "__index");
    lua_pushnil(L);
    return 3;
}

// Replaces the table at the top of the stack with a read-only proxy of it, nested tables
// included. Only the host holds the original afterwards.
void freeze(lua_State* L, int depth) {
    if (depth > kFreezeDepth) luaL_error(L, "table nested too deeply to share");
    int t = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, t)) {
        if (lua_type(L, -1) != LUA_TTABLE) {
            lua_pop(L, 1);
            continue;
        }
        if (lua_getmetatable(L, -1)) {  // already a proxy (or not ours to change): leave it
            lua_pop(L, 2);
            continue;
        }
        freeze(L, depth + 1);
        lua_pushvalue(L, -2);  // t, key, proxy, key
        lua_insert(L, -2);     // t, key, key, proxy
        lua_rawset(L, t);      // assigning an existing key is allowed during traversal
    }
    lua_newtable(L);  // proxy
    lua_createtable(L, 0, 5);
    lua_pushvalue(L, t);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, deny_write);
    lua_setfield(L, -2, "__newindex");
    lua_pushcfunction(L, proxy_len);
    lua_setfield(L, -2, "__len");
    lua_pushcfunction(L, proxy_pairs);
    lua_setfield(L, -2, "__pairs");
    lua_pushliteral(L, "read-only");
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    lua_replace(L, t);
}

// Pushes a fresh global environment whose reads fall through to the frozen base.
void push_environment(lua_State* L) {
    lua_newtable(L);
    lua_createtable(L, 0, 2);
    lua_getfield(L, LUA_REGISTRYINDEX, kBase);
    lua_setfield(L, -2, "__index");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
}

// `setmetatable` without finalizers: Lua runs `__gc` metamethods with hooks switched off, so
// a finalizer could loop forever beyond the instruction limit.
int sandbox_setmetatable(lua_State* L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    int type = lua_type(L, 2);
    luaL_argexpected(L, type == LUA_TNIL || type == LUA_TTABLE, 2, "nil or table");
    if (type == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL) return luaL_error(L, "`__gc` metamethods are not allowed in rules");
        lua_pop(L, 1);
    }
    if (luaL_getmetafield(L, 1, "__metatable") != LUA_TNIL) return luaL_error(L, "cannot change a protected metatable");
    lua_settop(L, 2);
    lua_setmetatable(L, 1);
    return 1;
}

// `string.find` in plain mode only. Lua patterns run inside one C call, where no instruction
// hook fires, and a pattern such as `.-.-.-.-b` backtracks for hours on a long subject; rules
// describe data and need no patterns, so `match`, `gmatch` and `gsub` are gone too.
int sandbox_find(lua_State* L) {
    std::size_t length = 0, needle_length = 0;
    const char* subject = luaL_checklstring(L, 1, &length);
    const char* needle = luaL_checklstring(L, 2, &needle_length);
    lua_Integer init = luaL_optinteger(L, 3, 1);
    if (init < 0) init = static_cast<lua_Integer>(length) + init + 1;
    if (init < 1) init = 1;
    if (init > static_cast<lua_Integer>(length) + 1) {
        lua_pushnil(L);
        return 1;
    }
    std::string_view haystack(subject + init - 1, length - static_cast<std::size_t>(init - 1));
    std::size_t at = haystack.find(std::string_view(needle, needle_length));
    if (at == std::string_view::npos) {
        lua_pushnil(L);
        return 1;
    }
    lua_Integer start = init + static_cast<lua_Integer>(at);
    lua_pushinteger(L, start);
    lua_pushinteger(L, start + static_cast<lua_Integer>(needle_length) - 1);
    return 2;
}

// `print` logs at debug level while scripts load, for rule authors. Once a state evaluates
// custom criteria it sees profiles, so from then on `print` writes nothing: logs never hold
// profile data.
int sandbox_print(lua_State* L) {
    if (!sandbox_of(L)->budget().print) return 0;
    int n = lua_gettop(L);  // before the buffer, which may push a placeholder of its own
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (int i = 1; i <= n; ++i) {
        if (i > 1) luaL_addchar(&b, '\t');
        luaL_tolstring(L, i, nullptr);
        luaL_addvalue(&b);
    }
    luaL_pushresult(&b);
    lua_Debug ar;
    const char* where = "rules";
    int line = 0;
    if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "Sl", &ar) && ar.source[0] == '@') {
        where = ar.source + 1;
        line = ar.currentline;
    }
    spdlog::debug("{}:{}: print: {}", where, line, lua_tostring(L, -1));
    return 0;
}

// `require "lib.name"`: modules of the rules library only, each run once per state and shared
// read-only.
int sandbox_require(lua_State* L) {
    const char* name = luaL_checkstring(L, 1);
    lua_settop(L, 1);
    if (std::strncmp(name, "lib.", 4) != 0)
        return luaL_error(L, "require: `%s` is outside the rules library; only `lib.<name>` modules can be required",
                          name);
    lua_getfield(L, LUA_REGISTRYINDEX, kModules);
    if (lua_getfield(L, -1, name) != LUA_TNIL) return 1;
    lua_pop(L, 1);
    lua_getfield(L, LUA_REGISTRYINDEX, kLoading);
    if (lua_getfield(L, -1, name) != LUA_TNIL) return luaL_error(L, "require: `%s` requires itself", name);
    lua_pop(L, 1);
    lua_pushboolean(L, 1);
    lua_setfield(L, -2, name);
    lua_pop(L, 1);

    lua_getfield(L, LUA_REGISTRYINDEX, kLibrary);
    auto* library = static_cast<const Library*>(lua_touserdata(L, -1));
    lua_pop(L, 1);
    const std::string* source = nullptr;
    const std::string* display = nullptr;
    if (library) {
        auto it = library->source.find(name);
        if (it != library->source.end()) {
            source = &it->second;
            display = &library->display.at(name);
        }
    }
    if (!source) return luaL_error(L, "require: no module `%s` in the rules library", name);
    lua_pushfstring(L, "@%s", display->c_str());
    const char* chunkname = lua_tostring(L, -1);
    int status = luaL_loadbufferx(L, source->data(), source->size(), chunkname, "t");
    if (status != LUA_OK) return lua_error(L);
    push_environment(L);
    lua_setupvalue(L, -2, 1);
    lua_call(L, 0, 1);
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        lua_newtable(L);
    }
    if (lua_type(L, -1) == LUA_TTABLE) freeze(L, 0);
    lua_getfield(L, LUA_REGISTRYINDEX, kLoading);
    lua_pushnil(L);
    lua_setfield(L, -2, name);
    lua_pop(L, 1);
    lua_pushvalue(L, -1);
    lua_setfield(L, 2, name);  // cache in the modules table at index 2
    return 1;
}

// Copies the named fields of library table `lib` into a new table, freezes it and stores it
// in the base table at the top of the stack under `name`.
void share_library(lua_State* L, const char* name, std::initializer_list<const char*> drop) {
    int base = lua_gettop(L);
    lua_getglobal(L, name);
    int lib = lua_gettop(L);
    for (const char* field : drop) {  // removed from the real table: the string metatable reaches it
        lua_pushnil(L);
        lua_setfield(L, lib, field);
    }
    lua_newtable(L);
    lua_pushnil(L);
    while (lua_next(L, lib)) {
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, -4);
    }
    freeze(L, 0);
    lua_setfield(L, base, name);
    lua_pop(L, 1);
}

}  // namespace

Error error_from_message(ErrorCode code, const std::string& message, const std::string& fallback_where) {
    // `path:line: message` -> where = path:line
    std::size_t colon = message.find(':');
    while (colon != std::string::npos) {
        std::size_t digits = colon + 1;
        while (digits < message.size() && message[digits] >= '0' && message[digits] <= '9') ++digits;
        if (digits > colon + 1 && digits + 1 < message.size() && message[digits] == ':' && message[digits + 1] == ' ')
            return Error{code, message.substr(0, digits), message.substr(digits + 2), {}};
        colon = message.find(':', colon + 1);
    }
    return Error{code, fallback_where, message, {}};
}

Sandbox::Sandbox(Limits limits, const Library* library) : limits_(limits), library_(library) {
    budget_.limit = limits.memory_bytes;
    budget_.instructions_left = static_cast<std::int64_t>(limits.instructions);
    if (limits.time.count() > 0) budget_.deadline = std::chrono::steady_clock::now() + limits.time;
    L_ = lua_newstate(counting_alloc, &budget_);
    if (!L_) throw std::bad_alloc();
    *static_cast<Sandbox**>(lua_getextraspace(L_)) = this;
    open_libraries();
    lua_sethook(L_, count_hook, LUA_MASKCOUNT, kHookStep);
}

Sandbox::~Sandbox() {
    if (L_) lua_close(L_);
}

void Sandbox::open_libraries() {
    lua_State* L = L_;
    luaL_requiref(L, LUA_GNAME, luaopen_base, 1);
    luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 1);
    luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1);
    luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 1);
    luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 1);
    lua_settop(L, 0);

    lua_pushlightuserdata(L, const_cast<Library*>(library_));
    lua_setfield(L, LUA_REGISTRYINDEX, kLibrary);
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, kModules);
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, kLoading);

    // The base every script reads through to: an allowlist, not a denylist.
    lua_newtable(L);
    int base = lua_gettop(L);
    for (const char* name : {"assert", "error", "ipairs", "next", "pairs", "pcall", "select", "tonumber", "tostring",
                             "type", "xpcall", "getmetatable", "rawlen", "_VERSION"}) {
        lua_getglobal(L, name);
        lua_setfield(L, base, name);
    }
    lua_pushcfunction(L, sandbox_print);
    lua_setfield(L, base, "print");
    lua_pushcfunction(L, sandbox_setmetatable);
    lua_setfield(L, base, "setmetatable");
    lua_pushcfunction(L, sandbox_require);
    lua_setfield(L, base, "require");
    lua_getglobal(L, LUA_STRLIBNAME);
    lua_pushcfunction(L, sandbox_find);
    lua_setfield(L, -2, "find");
    lua_pop(L, 1);
    share_library(L, LUA_STRLIBNAME, {"dump", "match", "gmatch", "gsub"});
    share_library(L, LUA_TABLIBNAME, {});
    share_library(L, LUA_MATHLIBNAME, {"random", "randomseed"});
    share_library(L, LUA_UTF8LIBNAME, {});
    install_rule_language(L);
    lua_setfield(L, LUA_REGISTRYINDEX, kBase);

    // Strings share one metatable; hide it so no script can reach or change it.
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 2);

    // Nothing of the real globals stays reachable: scripts get their own environments.
    lua_pushglobaltable(L);
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        lua_pop(L, 1);
        lua_pushvalue(L, -1);
        lua_pushnil(L);
        lua_rawset(L, -4);
    }
    lua_pop(L, 1);
}

void Sandbox::reset_budget(std::uint64_t instructions) {
    budget_.instructions_left = static_cast<std::int64_t>(instructions);
    budget_.instructions_exceeded = false;
    // The deadline is not reset: it bounds everything the state runs.
    budget_.memory_exceeded = false;
}

std::optional<Error> Sandbox::error_from_stack(ErrorCode code, const std::string& fallback_where) {
    std::string message;
    if (lua_type(L_, -1) == LUA_TSTRING)
        message = lua_tostring(L_, -1);
    else
        message = std::string("error object is a ") + luaL_typename(L_, -1) + " value";
    lua_pop(L_, 1);
    if (budget_.time_exceeded) {
        Error e = error_from_message(ErrorCode::rules_limit, message, fallback_where);
        e.message = "time limit exceeded: loading took longer than " + std::to_string(limits_.time.count()) + " ms";
        e.hint = "scripts describe rules; none should take this long (the limit is RuleLimits::load_time)";
        return e;
    }
    if (budget_.instructions_exceeded) {
        Error e = error_from_message(ErrorCode::rules_limit, message, fallback_where);
        e.message = "instruction limit exceeded (" + std::to_string(limits_.instructions) + " instructions)";
        e.hint = "a loop that never ends, or far more work than describing rules needs";
        return e;
    }
    if (budget_.memory_exceeded)
        return Error{ErrorCode::rules_limit, fallback_where,
                     "memory limit exceeded (" + std::to_string(limits_.memory_bytes >> 20) + " MiB)",
                     "a table or string that grows without bound"};
    return error_from_message(code, message, fallback_where);
}

std::optional<Error> Sandbox::run_script(const std::string& display, const std::string& source) {
    reset_budget(limits_.instructions);
    std::string chunkname = "@" + display;
    if (luaL_loadbufferx(L_, source.data(), source.size(), chunkname.c_str(), "t") != LUA_OK)
        return error_from_stack(ErrorCode::rules_syntax, display);
    push_environment(L_);
    lua_setupvalue(L_, -2, 1);
    return call(0, 0, limits_.instructions, display);
}

std::optional<Error> Sandbox::run_module(const std::string& name) {
    reset_budget(limits_.instructions);
    if (!library_ || !library_->source.count(name))
        return Error{ErrorCode::rules_invalid, "", "no module `" + name + "` in the rules library", {}};
    auto it = library_->source.find(name);
    const std::string& display = library_->display.at(name);
    std::string chunkname = "@" + display;
    if (luaL_loadbufferx(L_, it->second.data(), it->second.size(), chunkname.c_str(), "t") != LUA_OK)
        return error_from_stack(ErrorCode::rules_syntax, display);
    push_environment(L_);
    lua_setupvalue(L_, -2, 1);
    return call(0, 1, limits_.instructions, display);
}

std::optional<Error> Sandbox::call(int nargs, int nresults, std::uint64_t instructions, const std::string& what) {
    reset_budget(instructions);
    int status = lua_pcall(L_, nargs, nresults, 0);
    if (status != LUA_OK) {
        ErrorCode code = status == LUA_ERRMEM ? ErrorCode::rules_limit : ErrorCode::rules_runtime;
        return error_from_stack(code, what);
    }
    // A script that swallowed a limit error with pcall is still judged by the flag.
    if (budget_.instructions_exceeded || budget_.memory_exceeded || budget_.time_exceeded) {
        lua_pop(L_, nresults);
        lua_pushliteral(L_, "limit exceeded");
        return error_from_stack(ErrorCode::rules_limit, what);
    }
    return std::nullopt;
}

}  // namespace eligo::lua
