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
};

int run_roles(const Common& common, const RolesArgs& args) {
    auto rules = load(common);
    if (!rules) return kExitRules;
    if (args.format == "json") {
        std::cout << roles_json(*rules);
        return kExitOk;
    }
    std::size_t width = 0;
    for (const auto& role : rules->roles) width = std::max(width, role.id.size());
    for (const auto& role : rules->roles) {
        std::string levels;
        for (const auto& level : role.levels) levels += (levels.empty() ? "" : " ") + level.id;
        std::cout << role.id << std::string(width + 2 - role.id.size(), ' ') << role.title;
        if (!role.grade.empty()) std::cout << " (" << role.grade << ")";
        std::cout << "  [" << levels << "]";
        if (role.effective_from) std::cout << "  from " << role.effective_from->to_string();
        if (role.effective_until) std::cout << "  until " << role.effective_until->to_string();
        // Where this version is defined: a version published from an unexpected file shows.
        if (!role.where.empty()) std::cout << "  " << role.where;
        std::cout << '\n';
    }
    // Versions of one role follow each other: count the roles, and the versions when there are more.
    std::size_t distinct = 0;
    for (std::size_t i = 0; i < rules->roles.size(); ++i) distinct += i == 0 || rules->roles[i].id != rules->roles[i - 1].id;
    std::cout << distinct << (distinct == 1 ? " role" : " roles");
    if (distinct != rules->roles.size()) std::cout << " (" << rules->roles.size() << " versions)";
    std::cout << "; rule set " << rules->name << " " << rules->version;
    if (!rules->effective_from.empty()) std::cout << " (effective from " << rules->effective_from << ")";
    std::cout << ", " << rules->digest << '\n';
    return kExitOk;
}

}  // namespace

Command roles_command() {
    return {"roles", "list the roles of the rule set with their levels", [](CLI::App& sub, const Common& common) {
                auto args = std::make_shared<RolesArgs>();
                sub.add_option("--format", args->format, "text or json")
                    ->check(CLI::IsMember({"text", "json"}))
                    ->default_val("text");
                return [args, &common] { return run_roles(common, *args); };
            }};
}

}  // namespace eligo::cli
