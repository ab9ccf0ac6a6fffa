#include <algorithm>
#include <iostream>

#include <CLI/CLI.hpp>

#include "eligo/report.h"
#include "eligo/rules.h"

#include "cli.h"

namespace eligo::cli {
namespace {

struct RolesArgs {
    std::string format = "text";
    std::string out;
};

// One line per role version: id, title, grade, levels, period and the file that defines it.
void write_roles_text(std::ostream& out, const RuleSet& rules) {
    std::size_t width = 0;
    for (const auto& role : rules.roles) width = std::max(width, role.id.size());
    for (const auto& role : rules.roles) {
        std::string levels;
        for (const auto& level : role.levels) levels += (levels.empty() ? "" : " ") + level.id;
        out << role.id << std::string(width + 2 - role.id.size(), ' ') << role.title;
        if (!role.grade.empty()) out << " (" << role.grade << ")";
        out << "  [" << levels << "]";
        if (role.effective_from) out << "  from " << role.effective_from->to_string();
        if (role.effective_until) out << "  until " << role.effective_until->to_string();
        // Where this version is defined: a version published from an unexpected file shows.
        if (!role.where.empty()) out << "  " << role.where;
        out << '\n';
    }
    // Versions of one role follow each other: count the roles, and the versions when there are more.
    std::size_t distinct = 0;
    for (std::size_t i = 0; i < rules.roles.size(); ++i) distinct += i == 0 || rules.roles[i].id != rules.roles[i - 1].id;
    out << distinct << (distinct == 1 ? " role" : " roles");
    if (distinct != rules.roles.size()) out << " (" << rules.roles.size() << " versions)";
    out << "; rule set " << rules.name << " " << rules.version;
    if (!rules.effective_from.empty()) out << " (effective from " << rules.effective_from << ")";
    out << ", " << rules.digest << '\n';
}

int run_roles(const Common& common, const RolesArgs& args) {
    auto rules = load(common);
    if (!rules) return kExitRules;
    if (!outputs_safe({{"--out", args.out}}, {}, rules_directory(common))) return kExitUsage;
    Output output(args.out);
    if (!output.open()) return kExitOutput;
    if (args.format == "json")
        output.stream() << roles_json(*rules);
    else
        write_roles_text(output.stream(), *rules);
    return output.close(rules->roles.size(), kExitOk, common, "role version");
}

}  // namespace

Command roles_command() {
    return {"roles", "list the roles of the rule set with their levels", [](CLI::App& sub, const Common& common) {
                auto args = std::make_shared<RolesArgs>();
                sub.add_option("--format", args->format, "text or json")
                    ->check(CLI::IsMember({"text", "json"}))
                    ->default_val("text");
                add_out_option(sub, args->out, "the list");
                return [args, &common] { return run_roles(common, *args); };
            }};
}

}  // namespace eligo::cli
