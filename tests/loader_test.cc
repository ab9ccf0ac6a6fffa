// Rule compilation: what a script describes, and every mistake reported with file and line.
#include <algorithm>
#include <filesystem>
#include <functional>
#include <set>

#include <catch2/catch.hpp>

#include "cli_run.h"
#include "fixtures.h"

using namespace eligo;

namespace {

std::string errors_of(const std::string& script) {
    auto rules = test::load_scripts({{"t/r.lua", script}});
    REQUIRE_FALSE(rules);
    return test::messages(rules.errors());
}

}  // namespace

TEST_CASE("a role compiles into levels and criteria") {
    auto rules = test::rules_from(R"(
role {
  id = 't/r', title = 'Test Role', posts = { '1', '2' }, grade = 'Range 4',
  level { id = 'A', name = 'Developing',
    qualifications = { cih { id = 'cih3', text = 'CIH Level 3', min_level = 3 } },
    knowledge = { competency { id = 'k', text = 'Knows', reading = 'assessed at appraisal' } },
  },
  level { id = 'B', skills = { competency { id = 'k2', text = 'Skill' } } },
}
)");
    const Role& role = rules->roles.front();
    CHECK(role.id == "t/r");
    CHECK(role.posts == std::vector<std::string>{"1", "2"});
    REQUIRE(role.levels.size() == 2);
    const Criterion& c = role.levels[0].criteria[0];
    CHECK(c.type == "cih");
    CHECK(c.category == Category::qualifications);
    CHECK(c.where == "rules/t/role.lua:5");
    CHECK(std::get<QualificationRequirement>(c.requirement).kinds == std::vector<std::string>{"cih"});
    CHECK(role.levels[0].criteria[1].reading == "assessed at appraisal");
    CHECK(role.levels[0].criteria[1].kind == Kind::judgement);
    CHECK(rules->digest.starts_with("sha256:"));
}

TEST_CASE("the digest covers every file loaded") {
    std::string role = "role { id = 't/r', title = 'T', level { id = 'A' } }";
    auto a = test::load_scripts({{"t/r.lua", role}});
    auto b = test::load_scripts({{"t/r.lua", role + " "}});
    auto c = test::load_scripts({{"t/r.lua", role}});
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(c);
    CHECK((*a)->digest != (*b)->digest);
    CHECK((*a)->digest == (*c)->digest);
}

TEST_CASE("a misspelt field suggests the nearest valid one") {
    std::string e = errors_of("role { id = 't/r', title = 'T', level { id = 'A', qualifications = {\n"
                              "  gcse { id = 'g', text = 't', subjects = { 'English' }, minimum_grade = '4' } } } }");
    CHECK(e.find("rules/t/r.lua:2: unknown field `minimum_grade` in `gcse`\n  did you mean `min_grade`?") !=
          std::string::npos);
}

TEST_CASE("every mistake is reported, each with its file and line") {
    std::string e = errors_of(R"(role { id = 'Bad Id', title = 'T',
  level { id = 'A',
    qualifications = {
      gcse { id = 'g', text = 't', subjects = { 'Klingon' } },
      experience { id = 'e', text = 't' },
      cih { id = 'c', text = 't' },
      { id = 'plain' },
      experience { id = 'e2', text = 't', months = 12, areas = { 'houseing' } },
      competency { text = 'no id' },
      training { id = 'tr', training_id = 'x' },
    },
  },
  level { id = 'A' },
})");
    CHECK(e.find("rules/t/r.lua:1: role id `Bad Id` must be `<framework>/<role>`") != std::string::npos);
    CHECK(e.find("rules/t/r.lua:4: unknown subject `Klingon`") != std::string::npos);
    CHECK(e.find("rules/t/r.lua:5: `experience` needs `months`") != std::string::npos);
    CHECK(e.find("rules/t/r.lua:6: `cih` needs `min_level`") != std::string::npos);
    CHECK(e.find("expected a criterion such as `competency") != std::string::npos);
    CHECK(e.find("rules/t/r.lua:8: unknown value `houseing` in `areas` of `experience`\n  did you mean `housing`?") !=
          std::string::npos);
    CHECK(e.find("rules/t/r.lua:9: `competency` needs `id`") != std::string::npos);
    CHECK(e.find("rules/t/r.lua:10: `training` needs `text`") != std::string::npos);
    CHECK(e.find("has level `A` twice") != std::string::npos);
}

TEST_CASE("duplicate ids are refused") {
    auto rules = test::load_scripts({{"a/one.lua", "role { id = 'a/r', title = 'T', level { id = 'A' } }"},
                                     {"a/two.lua", "role { id = 'a/r', title = 'T', level { id = 'A' } }"}});
    REQUIRE_FALSE(rules);
    CHECK(test::messages(rules.errors()).find("role id `a/r` is already defined at rules/a/one.lua:1") !=
          std::string::npos);
    std::string e = errors_of("role { id = 't/r', title = 'T', level { id = 'A', skills = {\n"
                              "  competency { id = 'k', text = 'x' },\n  competency { id = 'k', text = 'y' } } } }");
    CHECK(e.find("rules/t/r.lua:3: criterion id `k` is used twice in this level") != std::string::npos);
}

TEST_CASE("a competency outside the catalogue belongs to one role") {
    std::string role = "role { id = 't/%s', title = 'T', level { id = 'A', skills = { competency { id = 'same', text = 'x' } } } }";
    char one[256], two[256];
    std::snprintf(one, sizeof one, role.c_str(), "one");
    std::snprintf(two, sizeof two, role.c_str(), "two");
    auto rules = test::load_scripts({{"t/one.lua", one}, {"t/two.lua", two}});
    REQUIRE_FALSE(rules);
    CHECK(test::messages(rules.errors()).find("competency `same` is used by 2 roles but is not in the shared catalogue") !=
          std::string::npos);
    // in the catalogue, it may be shared, and takes the catalogue's wording when the role gives none
    auto shared = test::load_scripts(
        {{"t/one.lua", one},
         {"t/two.lua", "role { id = 't/two', title = 'T', level { id = 'A', skills = { competency { id = 'same' } } } }"},
         {"lib/competencies.lua", "return { same = { text = 'The same statement', category = 'skills' } }"}});
    INFO((shared ? "" : test::messages(shared.errors())));
    REQUIRE(shared);
    CHECK((*shared)->find_role("t/two")->levels[0].criteria[0].text == "The same statement");
}

TEST_CASE("the bundled rules load") {
    RuleLoadOptions options;
    options.directory = std::string(ELIGO_SOURCE_DIR) + "/rules";
    auto rules = load_rules(options);
    INFO((rules ? "" : test::messages(rules.errors())));
    REQUIRE(rules);
    CHECK((*rules)->find_role("rehousing/rehousing-officer"));
    CHECK((*rules)->find_role("tenant-services/tenancy-management-officer"));
    CHECK((*rules)->find_role("job-profiles/rehousing-officer"));
    CHECK((*rules)->files.front().starts_with("rules/"));

    // Every competency requirement, in groups too, has the slot of its id among all the ids
    // required, which are sorted and each listed once: evaluation finds evidence by the slot.
    const RuleSet& set = **rules;
    CHECK(std::is_sorted(set.competency_slots.begin(), set.competency_slots.end()));
    CHECK(std::adjacent_find(set.competency_slots.begin(), set.competency_slots.end()) == set.competency_slots.end());
    std::set<std::string> required;
    std::function<void(const std::vector<Criterion>&)> walk = [&](const std::vector<Criterion>& criteria) {
        for (const auto& c : criteria) {
            if (const auto* r = std::get_if<CompetencyRequirement>(&c.requirement)) {
                REQUIRE(r->slot >= 0);
                REQUIRE(static_cast<std::size_t>(r->slot) < set.competency_slots.size());
                CHECK(set.competency_slots[static_cast<std::size_t>(r->slot)] == r->competency);
                required.insert(r->competency);
            }
            walk(c.children);
        }
    };
    for (const auto& role : set.roles)
        for (const auto& level : role.levels) walk(level.criteria);
    CHECK(required.size() > 100);
    CHECK(required == std::set<std::string>(set.competency_slots.begin(), set.competency_slots.end()));
}

TEST_CASE("criteria built by a shared pattern in lib/ are placed where the role uses them") {
    auto rules = test::load_scripts(
        {{"lib/patterns.lua", "local M = {}\nfunction M.trained(t)\n  return training { id = t.id, text = t.text,\n"
                              "    training_id = 'x', reading = 'shared reading' }\nend\nreturn M"},
         {"t/r.lua", "local patterns = require 'lib.patterns'\nrole { id = 't/r', title = 'T', level { id = 'A',\n"
                     "  qualifications = {\n    patterns.trained { id = 'tr', text = 'Trained' } } } }"}});
    INFO((rules ? std::string() : test::messages(rules.errors())));
    REQUIRE(rules);
    const Criterion& c = (*rules)->roles.front().levels.front().criteria.front();
    CHECK(c.where == "rules/t/r.lua:4");
    CHECK(c.reading == "shared reading");
}

TEST_CASE("a script that is not UTF-8 text is refused with its line") {
    auto loaded = test::load_scripts({{"t/r.lua", "role { id = 't/r', title = 'T',\n  level { id = 'A', skills = {\n"
                                                  "    competency { id = 'k', text = 'caf\xE9' } } } }"}});
    REQUIRE_FALSE(loaded);
    CHECK(test::messages(loaded.errors()).find("rules/t/r.lua:3: not valid UTF-8 text (byte") != std::string::npos);
}

TEST_CASE("a rules directory's links stay inside it, loops are rule errors, and a huge script is refused") {
    namespace fs = std::filesystem;
    const std::string role = "role { id = 'r/x', title = 'X', level { id = 'A' } }";
    fs::path dir = test::rule_directory("links", {{"r/x.lua", role}});
    fs::path outside = test::scratch_directory() / "outside";
    test::write_file(outside / "stolen.lua", "role { id = 'r/stolen', title = 'S', level { id = 'A' } }");
    auto load = [&] {
        RuleLoadOptions options;
        options.directory = dir.string();
        return load_rules(options);
    };
    REQUIRE(load());

    fs::create_directory_symlink(dir, dir / "r" / "again");  // a loop
    auto looped = load();
    REQUIRE_FALSE(looped);
    CHECK(test::messages(looped.errors()) ==
          "links/r/again: a symbolic link loop: this directory is reached twice\n  remove the link\n");
    fs::remove(dir / "r" / "again");

    fs::create_directory_symlink(outside, dir / "r" / "elsewhere");  // out of the directory
    auto escaped = load();
    REQUIRE_FALSE(escaped);
    CHECK(test::messages(escaped.errors()) ==
          "links/r/elsewhere: a symbolic link out of the rules directory is not followed\n"
          "  copy the file into the rules directory\n");
    fs::remove(dir / "r" / "elsewhere");

    // a link to a file inside the directory is followed
    test::write_file(dir / "store" / "y.txt", "role { id = 'r/y', title = 'Y', level { id = 'A' } }");
    fs::create_symlink(dir / "store" / "y.txt", dir / "r" / "y.lua");
    auto linked = load();
    REQUIRE(linked);
    CHECK((*linked)->find_role("r/y") != nullptr);
    fs::remove(dir / "r" / "y.lua");

    test::write_file(dir / "r" / "big.lua", "-- " + std::string(5u << 20, 'x') + "\n");
    auto big = load();
    REQUIRE_FALSE(big);
    CHECK(test::messages(big.errors()) ==
          "links/r/big.lua: script is 5242884 bytes, over the limit of 4194304\n"
          "  a rule script is a few kilobytes; is this the right file?\n");
}
