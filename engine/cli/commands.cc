#include "commands.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include <spdlog/spdlog.h>

#include "eligo/evaluate.h"
#include "eligo/profile.h"
#include "eligo/report.h"
#include "eligo/rule_test.h"
#include "eligo/rules.h"

namespace eligo::cli {
namespace {

namespace fs = std::filesystem;

// --rules, then $ELIGO_RULES, then the bundled rules beside the executable or its prefix.
std::string rules_directory(const Common& common, const char* argv0) {
    if (!common.rules.empty()) return common.rules;
    if (const char* env = std::getenv("ELIGO_RULES"); env && *env) return env;
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec) exe = fs::absolute(argv0, ec);
    fs::path dir = exe.parent_path();
    for (const fs::path& candidate : {dir / "rules", dir / ".." / "rules", dir / ".." / "share" / "eligo" / "rules"})
        if (fs::exists(candidate / "lib" / "equivalences.lua", ec)) {
            // Shown relative to the working directory when it is below it, so messages stay short.
            fs::path rel = fs::relative(candidate, fs::current_path(), ec);
            return !ec && !rel.empty() && *rel.begin() != ".." ? rel.string() : fs::weakly_canonical(candidate, ec).string();
        }
    return "rules";
}

std::shared_ptr<const RuleSet> load(const Common& common, const char* argv0) {
    RuleLoadOptions options;
    options.directory = rules_directory(common, argv0);
    spdlog::debug("loading rules from {}", options.directory);
    auto rules = load_rules(options);
    if (!rules) {
        for (const auto& e : rules.errors()) std::cerr << e.to_string() << '\n';
        std::cerr << "eligo: the rules in " << options.directory << " could not be loaded ("
                  << rules.errors().size() << (rules.errors().size() == 1 ? " error)\n" : " errors)\n");
        return nullptr;
    }
    spdlog::debug("loaded {} roles, digest {}", (*rules)->roles.size(), (*rules)->digest);
    return *rules;
}

std::vector<std::string> expand(const std::vector<std::string>& inputs, bool& ok) {
    std::vector<std::string> files;
    for (const auto& input : inputs) {
        std::error_code ec;
        if (fs::is_directory(input, ec)) {
            std::vector<std::string> found;
            for (const auto& entry : fs::directory_iterator(input, ec))
                if (entry.is_regular_file() && entry.path().extension() == ".json" &&
                    entry.path().filename() != "schema.json")
                    found.push_back(entry.path().string());
            std::sort(found.begin(), found.end());
            if (found.empty()) {
                std::cerr << input << ": no profile files (*.json) in this directory\n";
                ok = false;
            }
            files.insert(files.end(), found.begin(), found.end());
        } else {
            files.push_back(input);
        }
    }
    return files;
}

bool colour_wanted(const std::string& choice) {
    if (choice == "always") return true;
    if (choice == "never") return false;
    const char* no_color = std::getenv("NO_COLOR");
    return isatty(STDOUT_FILENO) && !(no_color && *no_color);
}

}  // namespace

int run_roles(const Common& common, const RolesArgs& args, const char* argv0) {
    auto rules = load(common, argv0);
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
        std::cout << "  [" << levels << "]\n";
    }
    std::cout << rules->roles.size() << " roles; rule set " << rules->name << " " << rules->version << ", "
              << rules->digest << '\n';
    return kExitOk;
}

int run_evaluate(const Common& common, const EvaluateArgs& args, const char* argv0) {
    Date as_of;
    if (args.as_of.empty()) {
        as_of = today();
        std::cerr << "eligo: as of " << as_of.to_string() << " (today; give --as-of to reproduce this result)\n";
    } else if (auto d = Date::parse(args.as_of)) {
        as_of = *d;
    } else {
        std::cerr << "--as-of: expected a date `YYYY-MM-DD`, got `" << args.as_of << "`\n";
        return kExitUsage;
    }
    auto rules = load(common, argv0);
    if (!rules) return kExitRules;
    for (const auto& id : args.roles) {
        if (rules->find_role(id)) continue;
        std::vector<std::string> ids;
        for (const auto& role : rules->roles) ids.push_back(role.id);
        std::string hint = nearest(id, ids);
        std::cerr << "--role: unknown role `" << id << "`" << (hint.empty() ? "" : "; did you mean `" + hint + "`?")
                  << "\n  `eligo roles` lists them\n";
        return kExitUsage;
    }
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
    std::optional<JsonReport> json;
    if (args.format == "json") json.emplace(std::cout, *rules, report);
    int bad = 0, done = 0;
    for (const auto& file : files) {
        std::vector<Warning> warnings;
        auto profile = read_profile_file(file, read_options, &warnings);
        for (const auto& w : warnings) spdlog::warn("{}: {}", w.where, w.message);
        if (!profile) {
            for (const auto& e : profile.errors()) std::cerr << e.to_string() << '\n';
            ++bad;
            continue;
        }
        spdlog::debug("evaluating profile {}", profile->id);
        ProfileResult result = evaluate(*rules, *profile, options);
        if (json) {
            json->add(result);
        } else if (args.format == "summary") {
            write_summary(std::cout, result, report);
        } else {
            if (done > 0) std::cout << '\n';
            write_text(std::cout, result, report);
        }
        ++done;
    }
    if (json) json->finish();
    if (bad > 0)
        std::cerr << "eligo: " << bad << " of " << files.size() << " profiles could not be read; the others were evaluated\n";
    return bad > 0 || !ok ? kExitBadInput : kExitOk;
}

int run_readings(const Common& common, const char* argv0) {
    auto rules = load(common, argv0);
    if (!rules) return kExitRules;
    write_readings(std::cout, *rules);
    return kExitOk;
}

int run_test(const Common& common, const TestArgs& args, const char* argv0) {
    std::string directory = rules_directory(common, argv0);
    Common with_rules = common;
    with_rules.rules = directory;
    auto rules = load(with_rules, argv0);
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

}  // namespace eligo::cli
