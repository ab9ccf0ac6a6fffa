// A sandboxed Lua state: the only place (with loader.cc and custom.cc) that touches Lua.
//
// Each state has a counting allocator (memory limit) and a count hook (instruction and time
// limits). Scripts see an allowlist of the base library, read-only `string`, `table`, `math`
// and `utf8`, the rule constructors, and `require` of modules under the rules library.
//
// The invariants this file keeps:
// - Limits are final. Once the instruction, memory or time budget of a run is spent, the hook
//   fires at every instruction and raises, and every library function raises before it does
//   any work, so neither `pcall`, `xpcall` nor `goto` can carry the script on. The host judges
//   a run by a flag scripts cannot reach.
// - C functions are charged. Every library function that can loop in proportion to its
//   arguments is wrapped: it is charged to the instruction budget by the bytes and elements it
//   handles, before it does the work (`string.rep`, `table.move`, `table.concat`, ...), and
//   `string.find` is plain and linear in its subject and needle.
// - Budgets are per run. Each script, module and call starts with a fresh instruction budget
//   and its own deadline, so a limit names only the script (and line) that ran over.
// - A state that hit a limit is spent (`spent()`): its owner closes it and never runs anything
//   else in it. The loader starts a fresh state for the scripts after it; the custom runner
//   drops it instead of returning it to the pool.
// - Allocation outside a protected call never fails on the budget: the host lifts the limit
//   while it reads the state (`host_reads`), and pushes profiles inside `lua_pcall`. A panic
//   handler names the failure rather than aborting in silence.
// - Shared tables are read-only proxies that never hand out the table behind them, even
//   through `pairs`; every script has its own global environment.
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
    /// Wall time for each script, module or call run in the state; zero: no limit.
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

    /// Pushes a fresh global environment, reading through to the shared base.
    void push_environment();

    /// The wall time each later run may take; zero: no limit.
    void set_time_limit(std::chrono::milliseconds time) { limits_.time = time; }

    /// Starts a fresh instruction budget and deadline. A spent state stays spent.
    void reset_budget(std::uint64_t instructions);

    /// Whether a run hit a limit; a spent state must not run anything more.
    bool spent() const { return budget_.instructions_exceeded || budget_.memory_exceeded || budget_.time_exceeded; }

    /// Lifts the memory limit while the host reads what scripts built (no Lua code runs then),
    /// so that no unprotected API call fails on the budget.
    void host_reads() { budget_.limit = static_cast<std::size_t>(-1); }

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
        lua_State* L = nullptr;   ///< set once the state exists
        std::string where;        ///< `file:line` where a limit was hit, when known
    };
    Budget& budget() { return budget_; }

private:
    std::optional<Error> error_from_stack(ErrorCode code, const std::string& fallback_where);
    void open_libraries();

    Limits limits_;
    const Library* library_;
    Budget budget_;
    std::uint64_t instructions_ = 0;  ///< the budget of the current run, for messages
    lua_State* L_ = nullptr;
};

/// Charges `units` instructions of work done by a C function to the running script; raises
/// when the budget (or the deadline) is spent.
void charge(lua_State* L, std::uint64_t units);

/// Splits a Lua error message `rules/x.lua:12: message` into an Error.
Error error_from_message(ErrorCode code, const std::string& message, const std::string& fallback_where);

}  // namespace eligo::lua
