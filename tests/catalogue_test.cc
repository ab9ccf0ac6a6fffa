// The bundled rule set against the role catalogue (docs/roles.md): every role and level present,
// with the identifiers other tools rely on.
#include <map>
#include <regex>
#include <sstream>
#include <set>

#include <catch2/catch.hpp>

#include "fixtures.h"

using namespace eligo;

TEST_CASE("every role and level of docs/roles.md is in the bundled rules, and nothing else") {
    std::string catalogue = test::source_file("docs/roles.md");
    // Table rows: | `framework/role` | title | post | grade | levels |
    std::regex row(R"(\|\s*`([a-z0-9-]+/[a-z0-9-]+)`\s*\|[^\n]*\|\s*([A-Z0-9 ]+?)\s*\|\s*\n)");
    std::map<std::string, std::vector<std::string>> expected;
    for (auto it = std::sregex_iterator(catalogue.begin(), catalogue.end(), row); it != std::sregex_iterator(); ++it) {
        std::istringstream levels((*it)[2].str());
        std::vector<std::string> ids;
        for (std::string id; levels >> id;) ids.push_back(id);
        expected[(*it)[1].str()] = ids;
    }
    REQUIRE(expected.size() == 36);

    RuleLoadOptions options;
    options.directory = std::string(ELIGO_SOURCE_DIR) + "/rules";
    auto rules = load_rules(options);
    INFO((rules ? std::string() : test::messages(rules.errors())));
    REQUIRE(rules);
    std::set<std::string> loaded;
    for (const auto& role : (*rules)->roles) {
        loaded.insert(role.id);
        INFO(role.id);
        CHECK(expected.count(role.id) == 1);
        std::vector<std::string> levels;
        for (const auto& level : role.levels) levels.push_back(level.id);
        CHECK(levels == expected[role.id]);
        CHECK_FALSE(role.title.empty());
        CHECK_FALSE(role.source.empty());
        for (const auto& level : role.levels) CHECK_FALSE(level.criteria.empty());
    }
    for (const auto& [id, levels] : expected) {
        INFO(id);
        CHECK(loaded.count(id) == 1);
    }
}

TEST_CASE("every bundled role has rule tests covering each of its levels") {
    RuleLoadOptions options;
    options.directory = std::string(ELIGO_SOURCE_DIR) + "/rules";
    auto rules = load_rules(options);
    REQUIRE(rules);
    for (const auto& role : (*rules)->roles) {
        INFO(role.id);
        std::string tests = test::source_file("rules/" + role.id + ".tests.json");
        REQUIRE_FALSE(tests.empty());
        for (const auto& level : role.levels) {
            INFO(level.id);
            for (const char* verdict : {"eligible", "not_eligible", "incomplete"})
                CHECK(tests.find("\"" + level.id + "\": \"" + verdict + "\"") != std::string::npos);
        }
    }
}

namespace {

// Every criterion and member whose shown text is empty or only its type.
void wordless(const Criterion& c, const std::string& where, std::vector<std::string>& out) {
    if (c.text.empty() || c.text == c.type) out.push_back(where + "/" + c.id + " shows `" + c.text + "`");
    for (const auto& m : c.children) wordless(m, where, out);
}

}  // namespace

TEST_CASE("every criterion a user sees carries words from the policy, members of a group too") {
    RuleLoadOptions options;
    options.directory = std::string(ELIGO_SOURCE_DIR) + "/rules";
    auto rules = load_rules(options);
    REQUIRE(rules);
    std::vector<std::string> found;
    for (const auto& role : (*rules)->roles)
        for (const auto& level : role.levels)
            for (const auto& c : level.criteria) wordless(c, role.id + " " + level.id, found);
    CHECK(found == std::vector<std::string>{});
}
