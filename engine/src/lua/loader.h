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

/// Runs every script in `sandbox`, in order; returns the errors of those that failed.
std::vector<Error> run_scripts(Sandbox& sandbox, const RuleSources& sources);

}  // namespace eligo::lua
