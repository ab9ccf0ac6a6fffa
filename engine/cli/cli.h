// Shared by the subcommands of `eligo`: the global options, exit codes, and the few steps every
// command takes (finding and loading the rules, expanding profile arguments).
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "eligo/date.h"

namespace CLI {
class App;
}

namespace eligo {
struct Profile;
struct ProfileReadOptions;
struct Role;
struct RuleSet;
}

namespace eligo::cli {

inline constexpr const char* kVersion = "0.1.0";

inline constexpr int kExitOk = 0;
inline constexpr int kExitUsage = 1;
inline constexpr int kExitBadInput = 2;
inline constexpr int kExitRules = 3;
inline constexpr int kExitInternal = 4;
inline constexpr int kExitTestsFailed = 5;
inline constexpr int kExitOutput = 6;

/// Options every command shares, filled in before a command runs.
struct Common {
    std::string rules;
    bool verbose = false;
    bool quiet = false;
    std::string argv0;
};

/// A subcommand: `add` registers its options on `sub` and returns the function that runs it.
struct Command {
    const char* name;
    const char* description;
    std::function<std::function<int()>(CLI::App& sub, const Common& common)> add;
};

/// --rules, then $ELIGO_RULES, then the bundled rules beside the executable or its prefix.
std::string rules_directory(const Common& common);

/// Loads the rules, printing every problem as `file:line: message`; null when they failed.
std::shared_ptr<const RuleSet> load(const Common& common);

/// Files as given; a directory stands for its `*.json` profiles (sorted). Sets `ok` to false
/// when a directory holds none.
std::vector<std::string> expand(const std::vector<std::string>& inputs, bool& ok);

/// The profile in `file`, its warnings logged; nullopt, with its errors printed, when it cannot
/// be read. The caller counts the file as bad and goes on to the next.
std::optional<Profile> read_profile(const std::string& file, const ProfileReadOptions& options);

/// The evaluation date of `--as-of`: the date given, or today (printed on standard error so
/// the result can be reproduced); nullopt, with the message printed, when it is not a date.
std::optional<Date> as_of_date(const std::string& argument);

/// The role `--role ID` names, in the version in force on `as_of` (any version when `as_of` is
/// not given); null, with the reason and a hint printed, when there is none.
const Role* find_role_option(const RuleSet& rules, const std::string& id, std::optional<Date> as_of);

/// Whether to colour standard output: `always`, `never`, or `auto` (a terminal, no NO_COLOR).
bool colour_wanted(const std::string& choice);

Command roles_command();
Command evaluate_command();
Command test_command();
Command readings_command();
Command progression_command();
Command docs_command();
Command check_command();
Command diff_command();
Command screen_command();
Command serve_command();
Command admin_command();

}  // namespace eligo::cli
