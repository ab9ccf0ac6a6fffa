// The `eligo` command line: parses arguments and dispatches; the work is in the library.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "commands.h"

namespace {

void configure_logging(bool verbose, bool quiet) {
    auto logger = spdlog::stderr_color_mt("eligo");
    logger->set_pattern("eligo: %^%l%$: %v");
    logger->set_level(verbose ? spdlog::level::debug : quiet ? spdlog::level::err : spdlog::level::warn);
    spdlog::set_default_logger(logger);
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"eligo: who meets the requirements of a job level, and why"};
    app.require_subcommand(1);
    app.fallthrough();
    app.set_version_flag("--version", std::string("eligo ") + eligo::cli::kVersion);
    eligo::cli::Common common;
    app.add_option("--rules", common.rules, "rule directory (default: $ELIGO_RULES, then the bundled rules)");
    app.add_flag("-v,--verbose", common.verbose, "log what is being done (profile ids only, never names)");
    app.add_flag("-q,--quiet", common.quiet, "log errors only");
    app.footer("Exit status: 0 done; 1 usage error; 2 bad input (a profile could not be read; the others were "
               "still evaluated); 3 the rules could not be loaded; 4 internal error; 5 rule tests failed.");

    auto* roles = app.add_subcommand("roles", "list the roles of the rule set with their levels");
    eligo::cli::RolesArgs roles_args;
    roles->add_option("--format", roles_args.format, "text or json")
        ->check(CLI::IsMember({"text", "json"}))
        ->default_val("text");

    auto* evaluate = app.add_subcommand("evaluate", "evaluate profiles against roles, with an explanation per criterion");
    eligo::cli::EvaluateArgs eval_args;
    evaluate->add_option("profiles", eval_args.profiles, "profile files (.json) or directories of them")->required();
    evaluate->add_option("--role", eval_args.roles, "role id (repeatable; default: every role)");
    evaluate->add_option("--level", eval_args.level, "show only this level (verdicts stay cumulative)");
    evaluate->add_option("--as-of", eval_args.as_of, "evaluation date YYYY-MM-DD (default: today, printed)");
    evaluate->add_option("--format", eval_args.format, "text (a tree), summary (a line per role) or json")
        ->check(CLI::IsMember({"text", "summary", "json"}))
        ->default_val("text");
    evaluate->add_flag("--strict", eval_args.strict, "reject profiles that carry a protected characteristic");
    evaluate->add_option("--color", eval_args.color, "auto, always or never")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->default_val("auto");

    auto* test = app.add_subcommand("test", "run the rule tests (*.tests.json) written beside the rules");
    eligo::cli::TestArgs test_args;
    test->add_option("paths", test_args.paths, "tests files or directories (default: the rules directory)");

    auto* readings = app.add_subcommand("readings", "list the readings the rule authors chose for ambiguous wording (Markdown)");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? 0 : eligo::cli::kExitUsage;
    }
    configure_logging(common.verbose, common.quiet);
    try {
        if (*roles) return eligo::cli::run_roles(common, roles_args, argv[0]);
        if (*readings) return eligo::cli::run_readings(common, argv[0]);
        if (*test) return eligo::cli::run_test(common, test_args, argv[0]);
        if (*evaluate) return eligo::cli::run_evaluate(common, eval_args, argv[0]);
    } catch (const std::exception& e) {
        spdlog::critical("internal error: {}", e.what());
        return eligo::cli::kExitInternal;
    }
    return eligo::cli::kExitUsage;
}
