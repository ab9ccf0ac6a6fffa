#include <iostream>

#include <CLI/CLI.hpp>

#include "eligo/report.h"
#include "eligo/rules.h"

#include "cli.h"

namespace eligo::cli {
namespace {

int run_readings(const Common& common) {
    auto rules = load(common);
    if (!rules) return kExitRules;
    write_readings(std::cout, *rules);
    return kExitOk;
}

}  // namespace

Command readings_command() {
    return {"readings", "list the readings the rule authors chose for ambiguous wording (Markdown)",
            [](CLI::App&, const Common& common) { return [&common] { return run_readings(common); }; }};
}

}  // namespace eligo::cli
