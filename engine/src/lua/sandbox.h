// A sandboxed Lua state: the only place (with loader.cc and custom.cc) that touches Lua.
//
// Each state has a counting allocator (memory limit) and a count hook (instruction limit).
// A limit hit sets a host-side flag that scripts cannot clear with `pcall`; the host judges a
// run by that flag. Scripts see an allowlist of the base library, read-only `string`, `table`,
// `math` and `utf8`, the rule constructors, and `require` of modules under the rules library.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "eligo/error.h"

struct lua_State;

namespace eligo::lua {

struct Limits {
    std::uint64_t instructions = 20'000'000;
    std::size_t memory_bytes = 64u << 20;
    /// Wall time for everything the state runs, from its creation; zero: no limit. Loading
    /// rules is bounded by this as well as by the per-script instruction budget.
    std::chrono::milliseconds time{0};
};

/// The text of the rules library modules, by module name (`lib.equivalences`), and the
/// display name of each (`rules/lib/equivalences.lua`).
struct Library {
    std::map<std::string, std::string> source;
    std::map<std::string, std::string> display;
};

class Sandbox {
public:
    Sandbox(Limits limits, const Library* library);
    ~Sandbox();
    Sandbox(const Sandbox&) = delete;
    Sandbox& operator=(const Sandbox&) = delete;

    lua_State* state() const { return L_; }

    /// Runs a script as text in a fresh global environment, with a fresh instruction budget.
    /// Leaves nothing on the stack. `display` names it in errors (`rules/x.lua`).
    std::optional<Error> run_script(const std::string& display, const std::string& source);

    /// Runs a library module as a trusted caller would and leaves its (writable) result on the
    /// stack; used by the loader to read the equivalence tables and the catalogue.
    std::optional<Error> run_module(const std::string& name);

    /// Calls the function below `nargs` arguments on the stack with a fresh budget of
    /// `instructions`; on success leaves `nresults` values.
    std::optional<Error> call(int nargs, int nresults, std::uint64_t instructions, const std::string& what);

    /// Starts a fresh instruction budget and clears the limit flags.
    void reset_budget(std::uint64_t instructions);

    // Host-side state reached from the allocator and the hook.
    struct Budget {
        std::size_t used = 0;
        std::size_t limit = 0;
        std::int64_t instructions_left = 0;
        bool memory_exceeded = false;
        bool instructions_exceeded = false;
        bool time_exceeded = false;
        bool print = true;  ///< `print` logs; off once the state evaluates profiles
        std::optional<std::chrono::steady_clock::time_point> deadline;
    };
    Budget& budget() { return budget_; }

private:
    std::optional<Error> error_from_stack(ErrorCode code, const std::string& fallback_where);
    void open_libraries();

    Limits limits_;
    const Library* library_;
    Budget budget_;
    lua_State* L_ = nullptr;
};

/// Splits a Lua error message `rules/x.lua:12: message` into an Error.
Error error_from_message(ErrorCode code, const std::string& message, const std::string& fallback_where);

}  // namespace eligo::lua
