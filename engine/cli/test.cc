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
    bool coverage = false;
    std::string run;
    std::string format = "text";
    std::string out;
};

RuleTestFormat format_of(const std::string& name) {
    return name == "json" ? RuleTestFormat::json : name == "junit" ? RuleTestFormat::junit : RuleTestFormat::text;
}

int run_test(const Common& common, const TestArgs& args) {
    // Paths relative to the working directory, so an editor or CI there can open every message's file.
    std::string directory = rules_directory(common);
    if (directory.empty()) return kExitRules;
    directory = relative_path(directory);
    Common with_rules = common;
    with_rules.rules = directory;
    auto rules = load(with_rules, true);
    if (!rules) return kExitRules;
    std::vector<std::string> paths;
    for (const auto& p : args.paths) paths.push_back(relative_path(p));
    if (paths.empty()) {
        paths.push_back(directory);
        for (const auto& w : roles_without_tests(*rules, directory))
            std::cerr << w.where << ": warning: " << w.message << '\n';
    }
    Output output(args.out);
    if (!output.open()) return kExitOutput;
    RuleTestReport report = run_rule_tests(*rules, paths, {args.run});
    for (const auto& c : report.cases)
        if (c.passed()) spdlog::debug("pass: {}: {}", c.file, c.name);
    write_rule_tests(output.stream(), report, format_of(args.format), args.coverage);
    int status = report.failed() > 0 ? kExitTestsFailed : kExitOk;
    if (report.cases.empty() && report.errors.empty()) {
        std::cerr << "eligo: no rule tests (*.tests.json) found" << (args.run.empty() ? "" : " matching --run `" + args.run + "`")
                  << '\n';
        status = kExitTestsFailed;
    }
    return output.close(report.cases.size(), status, common, "case");
}

}  // namespace

Command test_command() {
    return {"test", "run the rule tests (*.tests.json) written beside the rules", [](CLI::App& sub, const Common& common) {
                auto args = std::make_shared<TestArgs>();
                sub.add_option("paths", args->paths,
                               "tests files or directories (default: the rules directory, warning of roles without one)");
                sub.add_flag("--coverage", args->coverage,
                             "list per role the criteria no case decides both ways and the thresholds no case pins on both sides");
                sub.add_option("--run", args->run, "only the cases whose name or role matches PATTERN (`*` and `?` allowed)")
                    ->option_text("PATTERN");
                sub.add_option("--format", args->format, "text, json or junit (XML for a CI server)")
                    ->check(CLI::IsMember({"text", "json", "junit"}))
                    ->default_val("text");
                add_out_option(sub, args->out, "the results");
                return [args, &common] { return run_test(common, *args); };
            }};
}

}  // namespace eligo::cli
