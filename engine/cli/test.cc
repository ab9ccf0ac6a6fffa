#include <iostream>

#include <CLI/CLI.hpp>

#include <spdlog/spdlog.h>

#include "eligo/rule_test.h"
#include "eligo/rules.h"

#include "cli.h"

namespace eligo::cli {
namespace {

struct TestArgs {
    std::vector<std::string> paths;  ///< tests files or directories; default: the rules directory
};

int run_test(const Common& common, const TestArgs& args) {
    std::string directory = rules_directory(common);
    if (directory.empty()) return kExitRules;
    Common with_rules = common;
    with_rules.rules = directory;
    auto rules = load(with_rules);
    if (!rules) return kExitRules;
    std::vector<std::string> paths = args.paths.empty() ? std::vector<std::string>{directory} : args.paths;
    RuleTestReport report = run_rule_tests(*rules, paths);
    for (const auto& c : report.cases) {
        if (c.passed()) {
            spdlog::debug("pass: {}: {}", c.file, c.name);
            continue;
        }
        std::cout << "FAIL " << c.file << ": " << c.name << '\n';
        for (const auto& f : c.failures) std::cout << "  " << f << '\n';
    }
    for (const auto& e : report.errors) std::cout << "ERROR " << e.to_string() << '\n';
    std::cout << report.passed() << " passed, " << report.failed() << " failed\n";
    if (report.cases.empty() && report.errors.empty()) {
        std::cerr << "eligo: no rule tests (*.tests.json) found\n";
        return kExitTestsFailed;
    }
    return report.failed() > 0 ? kExitTestsFailed : kExitOk;
}

}  // namespace

Command test_command() {
    return {"test", "run the rule tests (*.tests.json) written beside the rules", [](CLI::App& sub, const Common& common) {
                auto args = std::make_shared<TestArgs>();
                sub.add_option("paths", args->paths, "tests files or directories (default: the rules directory)");
                return [args, &common] { return run_test(common, *args); };
            }};
}

}  // namespace eligo::cli
