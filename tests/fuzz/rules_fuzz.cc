// Fuzz target: the rule loader and checker. The bytes are the text of one role script,
// `fuzz/role.lua`, loaded beside the bundled `ruleset.lua` and `lib/*.lua` (read once, at start)
// under low limits so that one input stays fast. A rule set that loads is then evaluated for the
// bundled example profiles and rendered (results, readings, roles, framework documents), so that
// `custom` checks run and every writer sees the author's strings.
//
// Besides crashes and sanitizer reports, it traps when a documented property fails:
// - a refusal gives at least one error, and no error or warning has an empty message;
// - `check_rules` agrees with `load_rules`: errors exactly when the rules do not load.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "eligo/docs.h"
#include "eligo/evaluate.h"
#include "eligo/profile.h"
#include "eligo/report.h"
#include "eligo/rules.h"

namespace {

namespace fs = std::filesystem;

void require(bool property) {
    if (!property) __builtin_trap();
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The bundled rule library, path below the rules directory -> text.
std::map<std::string, std::string> bundled_library() {
    const fs::path rules = fs::path(ELIGO_SOURCE_DIR) / "rules";
    std::map<std::string, std::string> files;
    files["ruleset.lua"] = read_file(rules / "ruleset.lua");
    for (const auto& entry : fs::directory_iterator(rules / "lib"))
        if (entry.path().extension() == ".lua")
            files["lib/" + entry.path().filename().string()] = read_file(entry.path());
    return files;
}

// The bundled example profiles that read (none, while the reader is broken: the target still runs).
std::vector<eligo::Profile> example_profiles() {
    std::vector<eligo::Profile> profiles;
    for (const auto& entry : fs::directory_iterator(fs::path(ELIGO_SOURCE_DIR) / "profiles")) {
        if (entry.path().extension() != ".json" || entry.path().filename() == "schema.json") continue;
        if (auto profile = eligo::read_profile_file(entry.path().string())) profiles.push_back(std::move(*profile));
    }
    return profiles;
}

const std::map<std::string, std::string>* library;
const std::vector<eligo::Profile>* profiles;

void check_messages(const std::vector<eligo::Error>& errors) {
    for (const auto& error : errors) require(!error.message.empty());
}

// Evaluates and renders everything the loaded rules allow, for the checkers' sake.
void exercise(const eligo::RuleSet& rules) {
    std::ostringstream out;
    out << eligo::roles_json(rules);
    eligo::write_readings(out, rules);
    eligo::write_docs_markdown(out, rules, {});
    eligo::write_docs_html(out, rules, {});
    const auto as_of = eligo::Date::from_ymd(2026, 11, 24);
    eligo::ReportOptions options;
    options.as_of = as_of;
    for (const auto& profile : *profiles) {
        auto result = eligo::evaluate(rules, profile, {.as_of = as_of, .roles = {}});
        out << eligo::profile_result_json(result, options);
        eligo::write_text(out, result, options);
        eligo::write_summary(out, result, options);
    }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    library = new std::map<std::string, std::string>(bundled_library());
    profiles = new std::vector<eligo::Profile>(example_profiles());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    eligo::RuleLoadOptions options;
    options.directory = "rules";
    options.files = *library;
    options.files["fuzz/role.lua"] = std::string(reinterpret_cast<const char*>(data), size);
    options.limits = {.instructions = 2'000'000, .custom_instructions = 200'000, .memory_bytes = 32u << 20};

    auto rules = eligo::load_rules(options);
    if (rules) {
        check_messages((*rules)->warnings);
        exercise(**rules);
    } else {
        require(!rules.errors().empty());
        check_messages(rules.errors());
    }

    auto diagnostics = eligo::check_rules(options);
    check_messages(diagnostics.errors);
    check_messages(diagnostics.warnings);
    require(diagnostics.errors.empty() == static_cast<bool>(rules));
    return 0;
}
