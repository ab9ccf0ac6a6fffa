// The subcommands of `eligo`, each a function of its parsed arguments.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace eligo::cli {

inline constexpr const char* kVersion = "0.1.0";

inline constexpr int kExitOk = 0;
inline constexpr int kExitUsage = 1;
inline constexpr int kExitBadInput = 2;
inline constexpr int kExitRules = 3;
inline constexpr int kExitInternal = 4;
inline constexpr int kExitTestsFailed = 5;

struct Common {
    std::string rules;
    bool verbose = false;
    bool quiet = false;
};

struct RolesArgs {
    std::string format = "text";
};

struct EvaluateArgs {
    std::vector<std::string> profiles;
    std::vector<std::string> roles;
    std::string level;
    std::string as_of;
    std::string format = "text";
    std::string color = "auto";
    bool strict = false;
};

struct TestArgs {
    std::vector<std::string> paths;  ///< tests files or directories; default: the rules directory
};

int run_readings(const Common& common, const char* argv0);
int run_test(const Common& common, const TestArgs& args, const char* argv0);
int run_roles(const Common& common, const RolesArgs& args, const char* argv0);
int run_evaluate(const Common& common, const EvaluateArgs& args, const char* argv0);

}  // namespace eligo::cli
