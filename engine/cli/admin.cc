// `eligo admin`: the workspace's administration from the command line, on its database file.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <CLI/CLI.hpp>

#include "admin.h"
#include "auth.h"
#include "cli.h"
#include "store/store.h"
#include "workspace.h"

namespace eligo::cli {
namespace {

struct AdminArgs {
    std::string db;
    bool demo = false;
    std::string name, role, user, to;
    std::string person, applicant;
    long long vacancy = 0;
    int retention_days = service::kDefaultRetentionDays;
};

// `erase`: a person's personal data, or one applicant's.
int erase(service::Store& store, const AdminArgs& args) {
    if (args.person.empty() == args.applicant.empty()) {
        std::cerr << "erase: give --person ID, or --applicant ID with --vacancy N\n";
        return kExitUsage;
    }
    auto refusal = args.person.empty() ? service::erase_applicant(store, args.vacancy, args.applicant)
                                       : service::erase_person(store, args.person);
    if (refusal) {
        std::cerr << *refusal << '\n';
        return kExitUsage;
    }
    return kExitOk;
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// One user per role, and the bundled profiles as people of the demo manager.
int init_demo(const Common& common, service::Store& store) {
    for (const auto& role : service::user_roles()) {
        auto added = service::add_user(store, role, role);
        if (added.index() == 1) {
            std::cerr << std::get<1>(added) << '\n';
            return kExitUsage;
        }
        std::cout << role << " " << std::get<0>(added) << '\n';
    }
    auto profiles = std::filesystem::path(rules_directory(common)).parent_path() / "profiles";
    bool ok = true;
    for (const auto& file : expand({profiles.string()}, ok)) {
        if (file.find("schema.json") != std::string::npos) continue;
        bool employee = std::filesystem::path(file).filename().string().rfind("e-", 0) == 0;
        if (!employee) continue;
        if (auto refusal = service::import_person(store, read_file(file), "manager", "assessor", "admin")) {
            std::cerr << file << ": " << *refusal << '\n';
            return kExitBadInput;
        }
    }
    return kExitOk;
}

int run(const Common& common, const std::string& action, const AdminArgs& args) {
    service::init_crypto();
    service::Store store(args.db);
    if (action == "init") return args.demo ? init_demo(common, store) : kExitOk;
    if (action == "add-user") {
        auto added = service::add_user(store, args.name, args.role);
        if (added.index() == 1) {
            std::cerr << std::get<1>(added) << '\n';
            return kExitUsage;
        }
        std::cout << std::get<0>(added) << '\n';
        return kExitOk;
    }
    if (action == "token") {
        auto token = service::new_token(store, args.user);
        if (!token) {
            std::cerr << "--user: no user `" << args.user << "`\n";
            return kExitUsage;
        }
        std::cout << *token << '\n';
        return kExitOk;
    }
    if (action == "erase") return erase(store, args);
    if (action == "purge") {
        std::cout << service::purge_applicants(store, args.retention_days) << '\n';
        return kExitOk;
    }
    store.backup(args.to);
    return kExitOk;
}

}  // namespace

Command admin_command() {
    return {"admin", "administer a workspace database: init, add-user, token, backup, erase, purge",
            [](CLI::App& sub, const Common& common) {
                auto args = std::make_shared<AdminArgs>();
                auto action = std::make_shared<std::string>();
                sub.require_subcommand(1);
                auto add = [&](const char* name, const char* description) {
                    CLI::App* a = sub.add_subcommand(name, description);
                    a->add_option("--db", args->db, "the workspace database file")->required();
                    a->callback([action, name] { *action = name; });
                    return a;
                };
                add("init", "create the database (and with --demo, users and people to try it)")
                    ->add_flag("--demo", args->demo, "one user per role, passwords printed once; the bundled employees");
                CLI::App* user = add("add-user", "add a user; prints the new password once");
                user->add_option("--name", args->name, "the user's name")->required();
                user->add_option("--role", args->role, "admin, hr, manager, assessor, recruiter or author")->required();
                add("token", "print a new API token for a user")->add_option("--user", args->user)->required();
                add("backup", "copy the database with SQLite's online backup")->add_option("--to", args->to)->required();
                CLI::App* erase = add("erase", "erase a person's personal data (decisions' outcomes, hashes and the audit stay), or one applicant");
                erase->add_option("--person", args->person, "the person's id");
                erase->add_option("--applicant", args->applicant, "an applicant's id, with --vacancy");
                erase->add_option("--vacancy", args->vacancy, "the applicant's vacancy");
                add("purge", "remove the applicants of vacancies closed longer ago than the retention period; says how many")
                    ->add_option("--retention-days", args->retention_days, "days kept after a vacancy closes")
                    ->default_val(service::kDefaultRetentionDays)
                    ->check(CLI::Range(0, 36500));
                return [args, action, &common] {
                    try {
                        return run(common, *action, *args);
                    } catch (const std::runtime_error& e) {
                        std::cerr << e.what() << '\n';
                        return kExitBadInput;
                    }
                };
            }};
}

}  // namespace eligo::cli
