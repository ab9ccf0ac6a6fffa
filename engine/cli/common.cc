#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include <spdlog/spdlog.h>

#include "cli.h"
#include "eligo/profile.h"
#include "eligo/rules.h"

namespace eligo::cli {

namespace fs = std::filesystem;

// --rules, then $ELIGO_RULES, then the bundled rules beside the executable or its prefix.
std::string rules_directory(const Common& common) {
    if (!common.rules.empty()) return common.rules;
    if (const char* env = std::getenv("ELIGO_RULES"); env && *env) return env;
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec) exe = fs::absolute(common.argv0, ec);
    fs::path dir = exe.parent_path();
    for (const fs::path& candidate : {dir / "rules", dir / ".." / "rules", dir / ".." / "share" / "eligo" / "rules"})
        if (fs::exists(candidate / "lib" / "equivalences.lua", ec)) {
            // Shown relative to the working directory when it is below it, so messages stay short.
            fs::path rel = fs::relative(candidate, fs::current_path(), ec);
            return !ec && !rel.empty() && *rel.begin() != ".." ? rel.string() : fs::weakly_canonical(candidate, ec).string();
        }
    return "rules";
}

std::shared_ptr<const RuleSet> load(const Common& common) {
    RuleLoadOptions options;
    options.directory = rules_directory(common);
    spdlog::debug("loading rules from {}", options.directory);
    auto rules = load_rules(options);
    if (!rules) {
        for (const auto& e : rules.errors()) std::cerr << e.to_string() << '\n';
        std::cerr << "eligo: the rules in " << options.directory << " could not be loaded ("
                  << rules.errors().size() << (rules.errors().size() == 1 ? " error)\n" : " errors)\n");
        return nullptr;
    }
    for (const auto& w : (*rules)->warnings) spdlog::warn("{}", w.to_string());
    spdlog::debug("loaded {} roles, digest {}", (*rules)->roles.size(), (*rules)->digest);
    return *rules;
}

std::string extension(const std::string& path) {
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext;
}

namespace {

// Every profile file below `directory`, at any depth, in sorted order: `.json` in any case
// (the profile schema aside); `.jsonl` into `jsonl` when the command reads JSON Lines. Every
// other file is skipped; -v counts and names them, so none goes unseen.
void list_directory(const std::string& directory, std::vector<std::string>& found, std::vector<std::string>* jsonl,
                    std::error_code& ec) {
    std::vector<std::string> skipped;
    for (auto it = fs::recursive_directory_iterator(directory, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        if (!it->is_regular_file()) continue;
        std::string ext = extension(it->path().string());
        if (ext == ".json" && it->path().filename() != "schema.json") found.push_back(it->path().string());
        else if (ext == ".jsonl" && jsonl) jsonl->push_back(it->path().string());
        else skipped.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    if (jsonl) std::sort(jsonl->begin(), jsonl->end());
    std::sort(skipped.begin(), skipped.end());
    for (const auto& file : skipped) spdlog::debug("{}: skipped, not a profile file", file);
    if (!skipped.empty())
        spdlog::debug("{}: {} skipped (not {})", directory,
                      skipped.size() == 1 ? std::string("1 file") : std::to_string(skipped.size()) + " files",
                      jsonl ? "*.json or *.jsonl" : "*.json");
}

}  // namespace

std::vector<std::string> expand(const std::vector<std::string>& inputs, bool& ok, std::vector<std::string>* jsonl) {
    std::vector<std::string> files;
    for (const auto& input : inputs) {
        std::error_code ec;
        if (fs::is_directory(input, ec)) {
            std::vector<std::string> found;
            std::size_t lines_before = jsonl ? jsonl->size() : 0;
            list_directory(input, found, jsonl, ec);
            if (ec) {
                std::cerr << input << ": cannot read this directory (" << ec.message() << ")\n";
                ok = false;
            } else if (found.empty() && (!jsonl || jsonl->size() == lines_before)) {
                std::cerr << input << ": no profile files (*.json" << (jsonl ? " or *.jsonl" : "")
                          << ") in this directory or below it\n";
                ok = false;
            }
            files.insert(files.end(), found.begin(), found.end());
        } else {
            files.push_back(input);
        }
    }
    return files;
}

std::optional<Profile> read_profile(const std::string& file, const ProfileReadOptions& options) {
    std::vector<Warning> warnings;
    auto profile = read_profile_file(file, options, &warnings);
    for (const auto& w : warnings) spdlog::warn("{}: {}", w.where, w.message);
    if (!profile) {
        for (const auto& e : profile.errors()) std::cerr << e.to_string() << '\n';
        return std::nullopt;
    }
    return std::move(*profile);
}

const Role* find_role_option(const RuleSet& rules, const std::string& id, std::optional<Date> as_of) {
    if (const Role* role = as_of ? rules.find_role(id, *as_of) : rules.find_role(id)) return role;
    if (as_of && rules.find_role(id)) {
        std::cerr << "--role: role `" << id << "` is not in force on " << as_of->to_string()
                  << "\n  `eligo roles` lists when each version of a role is in force\n";
        return nullptr;
    }
    std::vector<std::string> ids;
    for (const auto& role : rules.roles) ids.push_back(role.id);
    std::string hint = nearest(id, ids);
    std::cerr << "--role: unknown role `" << id << "`" << (hint.empty() ? "" : "; did you mean `" + hint + "`?")
              << "\n  `eligo roles` lists them\n";
    return nullptr;
}

bool colour_wanted(const std::string& choice) {
    if (choice == "always") return true;
    if (choice == "never") return false;
    const char* no_color = std::getenv("NO_COLOR");
    return isatty(STDOUT_FILENO) && !(no_color && *no_color);
}

std::optional<Date> as_of_date(const std::string& argument) {
    if (argument.empty()) {
        Date now = today();
        std::cerr << "eligo: as of " << now.to_string() << " (today; give --as-of to reproduce this result)\n";
        return now;
    }
    auto date = Date::parse(argument);
    if (!date) std::cerr << "--as-of: expected a date `YYYY-MM-DD`, got `" << argument << "`\n";
    return date;
}

}  // namespace eligo::cli
