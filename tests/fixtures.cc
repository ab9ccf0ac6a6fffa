#include "fixtures.h"

#include <fstream>
#include <regex>
#include <sstream>

#include <catch2/catch.hpp>

namespace eligo::test {

std::string source_file(const std::string& path) {
    std::ifstream in(std::string(ELIGO_SOURCE_DIR) + "/" + path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

Expected<std::shared_ptr<const RuleSet>> load_scripts(std::map<std::string, std::string> scripts, RuleLimits limits) {
    RuleLoadOptions options;
    options.directory = "rules";
    options.limits = limits;
    options.files = std::move(scripts);
    if (!options.files.count("lib/equivalences.lua"))
        options.files["lib/equivalences.lua"] = source_file("rules/lib/equivalences.lua");
    return load_rules(options);
}

// A role may be defined only in its framework's folder: the script goes in the folder its first
// role id names.
std::shared_ptr<const RuleSet> rules_from(const std::string& script) {
    static const std::regex role_id(R"(id\s*=\s*["']([a-z0-9-]+)/)");
    std::smatch m;
    std::string folder = std::regex_search(script, m, role_id) ? m[1].str() : "test";
    auto rules = load_scripts({{folder + "/role.lua", script}});
    INFO((rules ? std::string() : messages(rules.errors())));
    REQUIRE(rules);
    return *rules;
}

Profile profile_from(const std::string& json) {
    auto profile = parse_profile(json, "test.json");
    INFO((profile ? std::string() : messages(profile.errors())));
    REQUIRE(profile);
    return *profile;
}

CriterionResult evaluate_one(const RuleSet& rules, const Profile& profile, const std::string& id, const char* as_of,
                             const std::string& level) {
    ProfileIndex index(rules, profile, *Date::parse(as_of));
    for (const auto& l : rules.roles.front().levels)
        if (l.id == level)
            for (const auto& c : l.criteria)
                if (c.id == id) return evaluate_criterion(c, index);
    FAIL("no criterion " << id);
    return {};
}

std::string messages(const std::vector<Error>& errors) {
    std::string out;
    for (const auto& e : errors) out += e.to_string() + "\n";
    return out;
}

}  // namespace eligo::test
