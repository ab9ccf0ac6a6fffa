#include "lua/sandbox.h"
#include "lua/rule_language.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include <lua.hpp>
#include <spdlog/spdlog.h>

namespace eligo::lua {
namespace {

constexpr int kHookStep = 200;  // instructions between two looks at the budget and the clock
constexpr int kFreezeDepth = 32;
constexpr std::uint64_t kBytesPerInstruction = 64;  // work a C function does for one instruction
constexpr lua_Integer kMaxRepBytes = 16 << 20;      // `string.rep` builds no more than this

// Lua and the host share these registry keys.
constexpr const char* kBase = "eligo.base";
constexpr const char* kModules = "eligo.modules";
constexpr const char* kLoading = "eligo.loading";
constexpr const char* kLibrary = "eligo.library";

Sandbox* sandbox_of(lua_State* L) { return *static_cast<Sandbox**>(lua_getextraspace(L)); }

bool spent(const Sandbox::Budget& b) { return b.instructions_exceeded || b.memory_exceeded || b.time_exceeded; }

// `file:line` of the innermost Lua function running, or empty.
std::string current_place(lua_State* L) {
    lua_Debug ar;
    for (int level = 0; lua_getstack(L, level, &ar); ++level)
        if (lua_getinfo(L, "Sl", &ar) && ar.currentline > 0 && ar.source[0] == '@')
            return std::string(ar.source + 1) + ":" + std::to_string(ar.currentline);
    return {};
}

void count_hook(lua_State* L, lua_Debug*);

// Once a budget is spent the hook runs at every instruction, so no Lua code can go on.
void make_final(Sandbox::Budget& b) {
    if (!b.L) return;
    if (b.where.empty()) b.where = current_place(b.L);
    lua_sethook(b.L, count_hook, LUA_MASKCOUNT, 1);
}

// Spends `units` instructions and looks at the clock; marks the budget spent when it is.
void spend(Sandbox::Budget& b, std::uint64_t units) {
    if (spent(b)) return;
    constexpr std::uint64_t cap = std::uint64_t{1} << 62;
    b.instructions_left -= static_cast<std::int64_t>(units < cap ? units : cap);
    if (b.deadline && std::chrono::steady_clock::now() > *b.deadline)
        b.time_exceeded = true;
    else if (b.instructions_left <= 0)
        b.instructions_exceeded = true;
    if (spent(b)) make_final(b);
}

[[noreturn]] void raise_limit(lua_State* L) {
    make_final(sandbox_of(L)->budget());
    lua_pushliteral(L, "limit exceeded");  // the host words it from the budget
    lua_error(L);
    std::abort();  // not reached: lua_error does not return
}

// The counting allocator: refuses any growth past the limit and remembers that it did. Every
// allocation is charged to the instruction budget by its size, so work done inside one
// instruction or one C call (a concatenation, `string.rep`, `upper`) is paid for.
void* counting_alloc(void* ud, void* ptr, std::size_t osize, std::size_t nsize) {
    auto* budget = static_cast<Sandbox::Budget*>(ud);
    std::size_t old = ptr ? osize : 0;  // when ptr is null, osize is a type tag
    if (nsize == 0) {
        std::free(ptr);
        budget->used -= old;
        return nullptr;
    }
    if (nsize > old && budget->used - old + nsize > budget->limit) {
        if (!spent(*budget)) {
            budget->memory_exceeded = true;
            make_final(*budget);
        }
        return nullptr;
    }
    if (nsize > old && budget->L) spend(*budget, (nsize - old) / kBytesPerInstruction);
    void* block = std::realloc(ptr, nsize);
    if (block) budget->used = budget->used - old + nsize;
    return block;
}

// The count hook: spends the budget; once it is spent, raises at every instruction so that a
// script cannot carry on by catching the error.
void count_hook(lua_State* L, lua_Debug*) {
    auto& budget = sandbox_of(L)->budget();
    spend(budget, kHookStep);
    if (spent(budget)) raise_limit(L);
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

// The iterator `pairs` returns for a proxy: walks the table behind it, held as an upvalue, so
// that neither the iterator's state nor its results ever hand out that table.
int proxy_next(lua_State* L) {
    lua_settop(L, 2);
    lua_pushvalue(L, 2);
    if (!lua_next(L, lua_upvalueindex(1))) return (lua_pushnil(L), 1);
    return 2;
}

int proxy_pairs(lua_State* L) {
    lua_getmetatable(L, 1);
    lua_getfield(L, -1, "__index");
    lua_pushcclosure(L, proxy_next, 1);
    lua_pushvalue(L, 1);  // the state is the proxy itself
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
void new_environment(lua_State* L) {
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

// `xpcall` whose message handler runs after the error has unwound. Lua calls a handler from
// inside the function that raised, and a limit is raised from the count hook, where hooks are
// off: a handler that loops would never be stopped. Called here, it runs under the budget as
// any other code (and, once the budget is spent, stops at its first instruction).
int sandbox_xpcall(lua_State* L) {
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, 1);
    for (int i = 3; i <= n; ++i) lua_pushvalue(L, i);
    if (lua_pcall(L, n - 2, LUA_MULTRET, 0) == LUA_OK) {
        lua_pushboolean(L, 1);
        lua_insert(L, n + 1);
        return lua_gettop(L) - n;
    }
    lua_pushvalue(L, 2);
    lua_insert(L, -2);
    lua_pcall(L, 1, 1, 0);  // an error in the handler is returned in place of its result
    lua_pushboolean(L, 0);
    lua_insert(L, -2);
    return 2;
}

// Knuth-Morris-Pratt: the first place of `needle` in `haystack` in time linear in both, where
// a naive search takes the product of their lengths (minutes for a near-miss of megabytes).
// The prefix table lives in Lua memory, under the memory limit.
std::size_t find_linear(lua_State* L, std::string_view haystack, std::string_view needle) {
    if (needle.empty()) return 0;
    if (needle.size() > haystack.size()) return std::string_view::npos;
    auto* border = static_cast<std::size_t*>(lua_newuserdatauv(L, needle.size() * sizeof(std::size_t), 0));
    border[0] = 0;
    for (std::size_t i = 1, k = 0; i < needle.size(); ++i) {
        while (k > 0 && needle[i] != needle[k]) k = border[k - 1];
        if (needle[i] == needle[k]) ++k;
        border[i] = k;
    }
    std::size_t found = std::string_view::npos;
    for (std::size_t i = 0, k = 0; i < haystack.size(); ++i) {
        while (k > 0 && haystack[i] != needle[k]) k = border[k - 1];
        if (haystack[i] == needle[k]) ++k;
        if (k == needle.size()) {
            found = i + 1 - needle.size();
            break;
        }
    }
    lua_pop(L, 1);
    return found;
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
    std::size_t at = find_linear(L, haystack, std::string_view(needle, needle_length));
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
    new_environment(L);
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

// How a wrapped library function is charged before it runs.
enum class Cost { strings, rep, move, shift, sort, concat, unpack };

// The elements between `first` and `last` (arguments), or 0; in floating point so that
// `2^53` or `math.mininteger` cannot overflow.
double span(lua_State* L, int first, int last, lua_Integer first_default) {
    double from = lua_isnoneornil(L, first) ? static_cast<double>(first_default) : lua_tonumber(L, first);
    double to = lua_isnoneornil(L, last) ? static_cast<double>(luaL_len(L, 1)) : lua_tonumber(L, last);
    return to >= from ? to - from + 1 : 0;
}

std::uint64_t units(double work) { return work >= 1e18 ? std::uint64_t{1} << 62 : static_cast<std::uint64_t>(work); }

// Charges the call about to be made for the work it will do, then makes it. The function and
// its cost are upvalues; a spent budget raises before any work.
int charged(lua_State* L) {
    auto cost = static_cast<Cost>(lua_tointeger(L, lua_upvalueindex(2)));
    double work = 1;
    switch (cost) {
        case Cost::strings:  // scans its string arguments
            for (int i = 1; i <= lua_gettop(L); ++i)
                if (lua_type(L, i) == LUA_TSTRING) work += static_cast<double>(lua_rawlen(L, i)) / kBytesPerInstruction;
            break;
        case Cost::rep: {
            std::size_t len = 0, sep = 0;
            luaL_checklstring(L, 1, &len);
            lua_Integer n = luaL_checkinteger(L, 2);
            luaL_optlstring(L, 3, "", &sep);
            double bytes = n > 0 ? static_cast<double>(n) * static_cast<double>(len + sep) : 0;
            if (bytes > kMaxRepBytes) {
                char size[32];
                std::snprintf(size, sizeof size, "%.0f", bytes);
                return luaL_error(L, "string.rep: a result of %s bytes is over the limit of %d", size,
                                  static_cast<int>(kMaxRepBytes));
            }
            work += bytes / kBytesPerInstruction;
            break;
        }
        case Cost::move:  // table.move(a1, f, e, t [,a2])
            luaL_checktype(L, 1, LUA_TTABLE);
            work += span(L, 2, 3, 1);
            break;
        case Cost::shift:  // table.insert(list, pos, v) and table.remove(list, pos) move the rest
            if (lua_type(L, 1) == LUA_TTABLE && lua_gettop(L) >= (lua_toboolean(L, lua_upvalueindex(3)) ? 3 : 2))
                work += static_cast<double>(lua_rawlen(L, 1));
            break;
        case Cost::sort:
            if (lua_type(L, 1) == LUA_TTABLE) {
                double n = static_cast<double>(lua_rawlen(L, 1));
                work += n * (n > 1 ? std::log2(n) : 1);
            }
            break;
        case Cost::concat:  // table.concat(list [,sep [,i [,j]]])
            luaL_checktype(L, 1, LUA_TTABLE);
            work += span(L, 3, 4, 1);
            break;
        case Cost::unpack:  // table.unpack(list [,i [,j]])
            luaL_checktype(L, 1, LUA_TTABLE);
            work += span(L, 2, 3, 1);
            break;
    }
    charge(L, units(work));
    // Called in this frame, so that its errors name the script's line and the function.
    return lua_tocfunction(L, lua_upvalueindex(1))(L);
}

// Replaces every function of the library table at the top of the stack with a charged one.
void charge_library(lua_State* L, std::initializer_list<std::pair<const char*, Cost>> costs) {
    int lib = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, lib)) {
        if (lua_type(L, -1) != LUA_TFUNCTION) {
            lua_pop(L, 1);
            continue;
        }
        Cost cost = Cost::strings;
        for (const auto& [name, c] : costs)
            if (std::strcmp(lua_tostring(L, -2), name) == 0) cost = c;
        lua_pushinteger(L, static_cast<lua_Integer>(cost));
        lua_pushboolean(L, std::strcmp(lua_tostring(L, -3), "insert") == 0);  // insert shifts at 3 arguments
        lua_pushcclosure(L, charged, 3);
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, lib);  // assigning an existing key is allowed during traversal
    }
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

// Lua calls this on an error outside any protected call, then aborts. Every allocating call is
// protected (see sandbox.h), so reaching it is a bug in eligo; say so rather than die silently.
int panic(lua_State* L) {
    const char* message = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "error object is not a string";
    spdlog::critical("internal error: the rules sandbox failed outside a protected call: {}", message);
    return 0;
}

}  // namespace

void charge(lua_State* L, std::uint64_t units) {
    auto& budget = sandbox_of(L)->budget();
    spend(budget, units);
    if (spent(budget)) raise_limit(L);
}

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
    lua_atpanic(L_, panic);
    open_libraries();
    budget_.L = L_;
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
                             "type", "getmetatable", "rawlen", "_VERSION"}) {
        lua_getglobal(L, name);
        lua_setfield(L, base, name);
    }
    lua_pushcfunction(L, sandbox_print);
    lua_setfield(L, base, "print");
    lua_pushcfunction(L, sandbox_setmetatable);
    lua_setfield(L, base, "setmetatable");
    lua_pushcfunction(L, sandbox_xpcall);
    lua_setfield(L, base, "xpcall");
    lua_pushcfunction(L, sandbox_require);
    lua_setfield(L, base, "require");
    lua_getglobal(L, LUA_STRLIBNAME);
    lua_pushcfunction(L, sandbox_find);
    lua_setfield(L, -2, "find");
    lua_pop(L, 1);
    lua_getglobal(L, LUA_STRLIBNAME);
    charge_library(L, {{"rep", Cost::rep}});
    lua_getglobal(L, LUA_TABLIBNAME);
    charge_library(L, {{"move", Cost::move}, {"concat", Cost::concat}, {"insert", Cost::shift},
                       {"remove", Cost::shift}, {"sort", Cost::sort}, {"unpack", Cost::unpack}});
    lua_getglobal(L, LUA_UTF8LIBNAME);
    charge_library(L, {});
    lua_pop(L, 3);
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

void Sandbox::push_environment() { new_environment(L_); }

void Sandbox::reset_budget(std::uint64_t instructions) {
    if (spent()) return;  // a spent state stays spent: its owner closes it
    budget_.instructions_left = static_cast<std::int64_t>(instructions);
    budget_.deadline.reset();
    if (limits_.time.count() > 0) budget_.deadline = std::chrono::steady_clock::now() + limits_.time;
    budget_.limit = limits_.memory_bytes;
    budget_.where.clear();
}

std::optional<Error> Sandbox::error_from_stack(ErrorCode code, const std::string& fallback_where) {
    std::string message;
    if (lua_type(L_, -1) == LUA_TSTRING)
        message = lua_tostring(L_, -1);
    else
        message = std::string("error object is a ") + luaL_typename(L_, -1) + " value";
    lua_pop(L_, 1);
    if (!spent()) return error_from_message(code, message, fallback_where);
    // A limit names the budget that was spent and the line that was running.
    std::string where = budget_.where.empty() ? fallback_where : budget_.where;
    if (budget_.time_exceeded)
        return Error{ErrorCode::rules_limit, where,
                     "time limit exceeded (" + std::to_string(limits_.time.count()) + " ms)",
                     "a loop that never ends, or far more work than describing rules needs"};
    if (budget_.instructions_exceeded)
        return Error{ErrorCode::rules_limit, where,
                     "instruction limit exceeded (" + std::to_string(instructions_) + " instructions)",
                     "a loop that never ends, or far more work than describing rules needs"};
    return Error{ErrorCode::rules_limit, where,
                 "memory limit exceeded (" + std::to_string(limits_.memory_bytes >> 20) + " MiB)",
                 "a table or string that grows without bound"};
}

std::optional<Error> Sandbox::run_script(const std::string& display, const std::string& source) {
    reset_budget(limits_.instructions);
    std::string chunkname = "@" + display;
    if (luaL_loadbufferx(L_, source.data(), source.size(), chunkname.c_str(), "t") != LUA_OK)
        return error_from_stack(ErrorCode::rules_syntax, display);
    new_environment(L_);
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
    new_environment(L_);
    lua_setupvalue(L_, -2, 1);
    return call(0, 1, limits_.instructions, display);
}

std::optional<Error> Sandbox::call(int nargs, int nresults, std::uint64_t instructions, const std::string& what) {
    instructions_ = instructions;
    if (spent()) {  // never reached by a careful owner; refuse rather than run
        lua_pop(L_, nargs + 1);
        lua_pushliteral(L_, "limit exceeded");
        return error_from_stack(ErrorCode::rules_limit, what);
    }
    reset_budget(instructions);
    int status = lua_pcall(L_, nargs, nresults, 0);
    if (status != LUA_OK) {
        ErrorCode code = status == LUA_ERRMEM ? ErrorCode::rules_limit : ErrorCode::rules_runtime;
        return error_from_stack(code, what);
    }
    // A script that swallowed a limit error is still judged by the flag.
    if (spent()) {
        lua_pop(L_, nresults);
        lua_pushliteral(L_, "limit exceeded");
        return error_from_stack(ErrorCode::rules_limit, what);
    }
    return std::nullopt;
}

}  // namespace eligo::lua
