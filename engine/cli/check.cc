// `eligo check [DIR]`: every problem of a rule directory, compiler style (`file:line: error:
// message`), so that an editor can jump to each and CI can refuse a broken rule set.
#include <chrono>
#include <iostream>

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include "eligo/rules.h"

#include "cli.h"

namespace eligo::cli {
namespace {

// `check` exits 1 when the rules have an error (0 with warnings only), like a compiler.
constexpr int kExitProblems = 1;

struct CheckArgs {
    std::string directory;  ///< default: the rules directory the other commands use
};

void print(const Error& problem, const char* severity, const std::string& directory) {
    if (!problem.where.empty()) std::cout << openable_path(problem.where, directory) << ": ";
    std::cout << severity << ": " << problem.message << '\n';
    if (!problem.hint.empty()) std::cout << "  " << problem.hint << '\n';
}

std::string counted(std::size_t n, const char* noun) {
    return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

int run_check(const Common& common, const CheckArgs& args) {
    RuleLoadOptions options;
    options.directory = args.directory.empty() ? rules_directory(common) : args.directory;
    if (options.directory.empty()) return kExitRules;
    auto start = std::chrono::steady_clock::now();
    RuleDiagnostics found = check_rules(options);
    auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    spdlog::debug("checked {} in {:.1f} ms", options.directory, ms);
    // Each file named so that an editor or CI run here can open it.
    for (const auto& e : found.errors) print(e, "error", options.directory);
    for (const auto& w : found.warnings) print(w, "warning", options.directory);
    std::cout << counted(found.errors.size(), "error") << ", " << counted(found.warnings.size(), "warning") << '\n';
    return found.errors.empty() ? kExitOk : kExitProblems;
}

}  // namespace

Command check_command() {
    return {"check", "load every rule script and report all problems as file:line: error|warning: message",
            [](CLI::App& sub, const Common& common) {
                auto args = std::make_shared<CheckArgs>();
                sub.add_option("dir", args->directory, "rule directory (default: --rules, $ELIGO_RULES, the bundled rules)");
                return [args, &common] { return run_check(common, *args); };
            }};
}

}  // namespace eligo::cli
