#include <iostream>

#include <CLI/CLI.hpp>

#include <optional>

#include <spdlog/spdlog.h>

#include "eligo/evaluate.h"
#include "eligo/profile.h"
#include "eligo/report.h"
#include "eligo/rules.h"

#include "cli.h"

namespace eligo::cli {
namespace {

struct EvaluateArgs {
    std::vector<std::string> profiles;
    std::vector<std::string> roles;
    std::string level;
    std::string as_of;
    std::string format = "text";
    std::string color = "auto";
    bool strict = false;
    std::string out;
};

int run_evaluate(const Common& common, const EvaluateArgs& args) {
    auto parsed = as_of_date(args.as_of);
    if (!parsed) return kExitUsage;
    Date as_of = *parsed;
    auto rules = load(common);
    if (!rules) return kExitRules;
    for (const auto& id : args.roles)
        if (!find_role_option(*rules, id, as_of)) return kExitUsage;
    if (!args.level.empty()) {
        bool found = false;
        for (const auto& role : rules->roles)
            for (const auto& level : role.levels) found = found || level.id == args.level;
        if (!found) {
            std::cerr << "--level: no role has a level `" << args.level << "`\n";
            return kExitUsage;
        }
    }

    bool ok = true;
    auto files = expand(args.profiles, ok);
    ReportOptions report{as_of, args.level.empty() ? std::nullopt : std::optional<std::string>(args.level),
                         colour_wanted(args.color)};
    EvaluateOptions options{as_of, args.roles};
    ProfileReadOptions read_options{args.strict};
    Output output(args.out);
    if (!output.open()) return kExitOutput;
    std::ostream& out = output.stream();
    if (output.to_file()) report.colour = false;
    std::optional<JsonReport> json;
    if (args.format == "json") json.emplace(out, *rules, report);
    int bad = 0, done = 0;
    for (const auto& file : files) {
        auto profile = read_profile(file, read_options);
        if (!profile) {
            ++bad;
            continue;
        }
        spdlog::debug("evaluating profile {}", profile->id);
        ProfileResult result = evaluate(*rules, *profile, options);
        if (json) {
            json->add(result);
        } else if (args.format == "summary") {
            write_summary(out, result, report);
        } else {
            if (done > 0) out << '\n';
            write_text(out, result, report);
        }
        ++done;
    }
    if (json) json->finish();
    if (bad > 0)
        std::cerr << "eligo: " << bad << " of " << files.size() << " profiles could not be read; the others were evaluated\n";
    return output.close(static_cast<std::size_t>(done), bad > 0 || !ok ? kExitBadInput : kExitOk, common, "profile");
}

}  // namespace

Command evaluate_command() {
    return {"evaluate", "evaluate profiles against roles, with an explanation per criterion",
            [](CLI::App& sub, const Common& common) {
                auto args = std::make_shared<EvaluateArgs>();
                sub.add_option("profiles", args->profiles, "profile files (.json) or directories of them")->required();
                sub.add_option("--role", args->roles, "role id (repeatable; default: every role)");
                sub.add_option("--level", args->level, "show only this level (verdicts stay cumulative)");
                sub.add_option("--as-of", args->as_of, "evaluation date YYYY-MM-DD (default: today, printed)");
                sub.add_option("--format", args->format, "text (a tree), summary (a line per role) or json")
                    ->check(CLI::IsMember({"text", "summary", "json"}))
                    ->default_val("text");
                sub.add_flag("--strict", args->strict, "reject profiles that carry a protected characteristic");
                add_out_option(sub, args->out);
                sub.add_option("--color", args->color, "auto, always or never")
                    ->check(CLI::IsMember({"auto", "always", "never"}))
                    ->default_val("auto");
                return [args, &common] { return run_evaluate(common, *args); };
            }};
}

}  // namespace eligo::cli
