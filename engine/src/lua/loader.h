// Internal: the rule files of a directory, read once, so that every Lua state built for the
// rule set (the loader's, and those that run `custom` criteria) sees exactly the same text.
#pragma once

#include <string>
#include <vector>

#include "lua/sandbox.h"

namespace eligo::lua {

struct Script {
    std::string display;  ///< `rules/rehousing/rehousing-officer.lua`
    std::string text;
};

struct RuleSources {
    std::vector<Script> scripts;  ///< every rule script, sorted by path
    Library library;              ///< the modules under `lib/`
    std::vector<std::string> files;  ///< every file read, as displayed
    std::string digest;           ///< `sha256:...`
};

/// Runs the scripts from `first` on in `sandbox`, in order, adding the errors of those that
/// fail to `errors`. Stops after a script that spends the sandbox (which must then be closed);
/// returns the index of the next script to run (the number of scripts when all have run).
std::size_t run_scripts(Sandbox& sandbox, const RuleSources& sources, std::size_t first, std::vector<Error>& errors);

}  // namespace eligo::lua
