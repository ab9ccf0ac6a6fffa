// The `eligo` command line: parses arguments and dispatches; the work is in the library.
#include <iostream>

#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "cli.h"

namespace {

void configure_logging(bool verbose, bool quiet) {
    auto logger = spdlog::stderr_color_mt("eligo");
    logger->set_pattern("eligo: %^%l%$: %v");
    logger->set_level(verbose ? spdlog::level::debug : quiet ? spdlog::level::err : spdlog::level::warn);
    spdlog::set_default_logger(logger);
}

}  // namespace

int main(int argc, char** argv) {
    using namespace eligo::cli;
    // The subcommands, in the order `--help` lists them.
    const std::vector<Command> commands = {
        roles_command(),
        evaluate_command(),
        progression_command(),
        test_command(),
        readings_command(),
        docs_command(),
        check_command(),
        diff_command(),
        screen_command(),
        serve_command(),
        admin_command(),
    };

    CLI::App app{"eligo: who meets the requirements of a job level, and why"};
    app.require_subcommand(1);
    app.fallthrough();
    app.set_version_flag("--version", std::string("eligo ") + kVersion);
    Common common;
    common.argv0 = argv[0];
    common.args.assign(argv + 1, argv + argc);
    app.add_option("--rules", common.rules, "rule directory (default: $ELIGO_RULES, then the bundled rules)");
    app.add_flag("-v,--verbose", common.verbose, "log what is being done (profile ids only, never names)");
    app.add_flag("-q,--quiet", common.quiet, "log errors only");
    app.footer("Exit status: 0 done; 1 usage error; 2 bad input (a profile could not be read; the others were "
               "still evaluated); 3 the rules could not be loaded, or a custom check stopped with an error; 4 internal "
               "error; 5 rule tests failed; 6 the output could not be written.");

    std::vector<std::pair<CLI::App*, std::function<int()>>> runners;
    for (const auto& command : commands) {
        CLI::App* sub = app.add_subcommand(command.name, command.description);
        runners.emplace_back(sub, command.add(*sub, common));
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? kExitOk : kExitUsage;
    }
    configure_logging(common.verbose, common.quiet);
    try {
        // Whatever a command returns, output it could not write is a failure of its own.
        for (auto& [sub, run] : runners)
            if (sub->parsed()) return checked_stdout(run());
    } catch (const std::exception& e) {
        spdlog::critical("internal error: {}", e.what());
        return kExitInternal;
    }
    return kExitUsage;
}
