// `eligo diff`: whom a rule change affects. Both rule sets are loaded and every profile is
// evaluated under each; the comparison is the library's (eligo/diff.h).
#include <algorithm>
#include <iostream>

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include "eligo/diff.h"
#include "eligo/profile.h"
#include "eligo/rules.h"

#include "cli.h"

namespace eligo::cli {
namespace {

struct DiffArgs {
    std::string old_rules;
    std::string new_rules;
    std::vector<std::string> profiles;
    std::vector<std::string> roles;
    std::string as_of;
    std::string format = "text";
    std::string out;
};

std::shared_ptr<const RuleSet> load_from(const Common& common, const std::string& directory) {
    Common from = common;
    from.rules = directory;
    return load(from);
}

// A named role must be in force on the as-of date in at least one of the two rule sets.
bool known_roles(const std::vector<std::string>& roles, const RuleSet& old, const RuleSet& now, Date as_of) {
    for (const auto& id : roles) {
        if (old.find_role(id, as_of) || now.find_role(id, as_of)) continue;
        if (old.find_role(id) || now.find_role(id)) {
            std::cerr << "--role: role `" << id << "` is not in force on " << as_of.to_string()
                      << " in either rule set\n  `eligo roles` lists when each version of a role is in force\n";
            return false;
        }
        std::vector<std::string> ids;
        for (const RuleSet* rules : {&old, &now})
            for (const auto& role : rules->roles)
                if (std::find(ids.begin(), ids.end(), role.id) == ids.end()) ids.push_back(role.id);
        std::cerr << "--role: unknown role `" << id << "` in both rule sets" << did_you_mean(id, ids)
                  << "\n  `eligo roles --rules DIR` lists them\n";
        return false;
    }
    return true;
}

int run_diff(const Common& common, const DiffArgs& args) {
    auto parsed = as_of_date(args.as_of);
    if (!parsed) return kExitUsage;
    Date as_of = *parsed;
    // Both are loaded before giving up, so the problems of each are listed at once.
    auto old_rules = load_from(common, args.old_rules);
    auto new_rules = load_from(common, args.new_rules);
    if (!old_rules || !new_rules) return kExitRules;
    if (!known_roles(args.roles, *old_rules, *new_rules, as_of)) return kExitUsage;

    bool ok = true;
    auto files = expand(args.profiles, ok);
    DiffReportOptions options{as_of, args.old_rules, args.new_rules,
                              args.format == "json" ? DiffFormat::json : DiffFormat::text};
    Output output(args.out);
    if (!output.open()) return kExitOutput;
    DiffReport report(output.stream(), *old_rules, *new_rules, options);
    int bad = 0;
    for (const auto& file : files) {
        auto profile = read_profile(file, {});
        if (!profile) {
            ++bad;
            continue;
        }
        spdlog::debug("comparing profile {}", profile->id);
        report.add(diff_profile(*old_rules, *new_rules, *profile, as_of, args.roles), file);
    }
    report.finish();
    if (bad > 0)
        std::cerr << "eligo: " << bad << " of " << files.size() << " profiles could not be read; the others were compared\n";
    return output.close(static_cast<std::size_t>(report.summary().profiles), bad > 0 || !ok ? kExitBadInput : kExitOk,
                        common, "profile");
}

}  // namespace

Command diff_command() {
    return {"diff", "show whose verdicts a rule change would change, and which criteria cause it",
            [](CLI::App& sub, const Common& common) {
                auto args = std::make_shared<DiffArgs>();
                sub.add_option("--old", args->old_rules, "the rule directory before the change")->required();
                sub.add_option("--new", args->new_rules, "the rule directory after the change")->required();
                sub.add_option("profiles", args->profiles, "profile files (.json) or directories of them")->required();
                sub.add_option("--role", args->roles, "role id (repeatable; default: every role of either rule set)");
                sub.add_option("--as-of", args->as_of, "evaluation date YYYY-MM-DD (default: today, printed)");
                sub.add_option("--format", args->format, "text (changed profiles and a summary) or json")
                    ->check(CLI::IsMember({"text", "json"}))
                    ->default_val("text");
                add_out_option(sub, args->out, "the impact report");
                return [args, &common] { return run_diff(common, *args); };
            }};
}

}  // namespace eligo::cli
