// Versions of a role: `effective_from` / `effective_until`, several versions of one id side by
// side when their periods do not overlap, and evaluation by the version in force on the as-of date.
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli_run.h"
#include "eligo/report.h"
#include "eligo/rule_test.h"
#include "fixtures.h"

using namespace eligo;
using nlohmann::json;

namespace {

Date day(const char* text) { return *Date::parse(text); }

// A version of role `t/r` whose one level asks for competency `k`; `fields` adds to the role.
std::string version(const std::string& title, const std::string& fields, const std::string& k = "k") {
    return "role { id = 't/r', title = '" + title + "'" + fields + ",\n  level { id = 'A', skills = { competency { id = '" +
           k + "', text = 'x' } } } }\n";
}

std::shared_ptr<const RuleSet> load(std::map<std::string, std::string> scripts) {
    auto rules = test::load_scripts(std::move(scripts));
    INFO((rules ? std::string() : test::messages(rules.errors())));
    REQUIRE(rules);
    return *rules;
}

std::string errors_of(std::map<std::string, std::string> scripts) {
    auto rules = test::load_scripts(std::move(scripts));
    REQUIRE_FALSE(rules);
    return test::messages(rules.errors());
}

const std::map<std::string, std::string> kTwoVersions = {
    {"t/r.lua", version("Old", ", effective_from = '2025-05-01', aliases = { 't/former' }", "old-k")},
    {"t/r-2027.lua", version("New", ", effective_from = '2027-04-01', aliases = { 't/former' }", "new-k")},
};

}  // namespace

TEST_CASE("versions: a role without effective_from is in force always") {
    auto rules = test::rules_from(version("Only", ""));
    const Role& role = rules->roles.front();
    CHECK_FALSE(role.effective_from);
    CHECK_FALSE(role.effective_until);
    CHECK(role.in_force(day("1900-01-01")));
    CHECK(role.in_force(day("2999-12-31")));
    CHECK(rules->find_role("t/r", day("1900-01-01")) == &role);
    CHECK(rules->find_role("t/r") == &role);
}

TEST_CASE("versions: a role with a period is in force only within it") {
    auto rules = test::rules_from(version("Only", ", effective_from = '2025-05-01', effective_until = '2026-04-30'"));
    CHECK(rules->find_role("t/r", day("2025-04-30")) == nullptr);
    CHECK(rules->find_role("t/r", day("2025-05-01")));
    CHECK(rules->find_role("t/r", day("2026-04-30")));
    CHECK(rules->find_role("t/r", day("2026-05-01")) == nullptr);
    CHECK(rules->find_role("t/r"));  // by id alone, whatever the date
}

TEST_CASE("versions: two versions of a role coexist; the one in force on the date is found") {
    auto rules = load(kTwoVersions);
    CHECK(rules->warnings.empty());
    REQUIRE(rules->roles.size() == 2);
    const Role& old_version = rules->roles[0];
    const Role& new_version = rules->roles[1];
    CHECK(old_version.title == "Old");
    CHECK(old_version.effective_until == day("2027-03-31"));  // ends the day before the next starts
    CHECK_FALSE(new_version.effective_until);
    CHECK(rules->find_role("t/r", day("2025-04-30")) == nullptr);
    CHECK(rules->find_role("t/r", day("2025-05-01")) == &old_version);
    CHECK(rules->find_role("t/r", day("2027-03-31")) == &old_version);
    CHECK(rules->find_role("t/r", day("2027-04-01")) == &new_version);
    CHECK(rules->find_role("t/former", day("2026-01-01")) == &old_version);
    CHECK(rules->find_role("t/r") == &new_version);  // the latest
    REQUIRE(rules->roles_in_force(day("2026-01-01")).size() == 1);
    CHECK(rules->roles_in_force(day("2026-01-01"))[0] == &old_version);
    CHECK(rules->roles_in_force(day("2020-01-01")).empty());
}

TEST_CASE("versions: a version without effective_from runs until the next one starts") {
    auto rules = load({{"t/r.lua", version("Old", "")}, {"t/r-2027.lua", version("New", ", effective_from = '2027-04-01'")}});
    CHECK(rules->find_role("t/r", day("1990-01-01"))->title == "Old");
    CHECK(rules->find_role("t/r", day("2027-03-31"))->title == "Old");
    CHECK(rules->find_role("t/r", day("2027-04-01"))->title == "New");
}

TEST_CASE("versions: overlapping periods are errors") {
    CHECK(errors_of({{"t/a.lua", version("A", ", effective_from = '2027-04-01'")},
                     {"t/b.lua", version("B", ", effective_from = '2027-04-01'")}}) ==
          "rules/t/b.lua:1: role `t/r` has two versions in force from 2027-04-01; the other is at rules/t/a.lua:1\n"
          "  two versions of a role each need their own `effective_from` date\n");
    CHECK(errors_of({{"t/a.lua", version("A", ", effective_from = '2025-05-01', effective_until = '2027-06-30'")},
                     {"t/b.lua", version("B", ", effective_from = '2027-04-01'")}}) ==
          "rules/t/b.lua:1: role `t/r` is in force from 2027-04-01 here, but the version at rules/t/a.lua:1 is in force "
          "until 2027-06-30\n"
          "  versions of a role must not overlap: end the earlier one on 2027-03-31 at the latest\n");
    CHECK(errors_of({{"t/a.lua", version("A", ", effective_until = '2027-04-01'")},
                     {"t/b.lua", version("B", ", effective_from = '2027-04-01'")}}) ==
          "rules/t/b.lua:1: role `t/r` is in force from 2027-04-01 here, but the version at rules/t/a.lua:1 is in force "
          "until 2027-04-01\n"
          "  versions of a role must not overlap: end the earlier one on 2027-03-31 at the latest\n");
    CHECK(errors_of({{"t/a.lua", version("A", "")}, {"t/b.lua", version("B", "")}}) ==
          "rules/t/b.lua:1: role id `t/r` is already defined at rules/t/a.lua:1\n"
          "  two versions of a role each need their own `effective_from` date\n");
}

TEST_CASE("versions: a gap between versions is a warning, and no version is in force in it") {
    auto rules = load({{"t/a.lua", version("A", ", effective_from = '2025-05-01', effective_until = '2026-12-31'")},
                       {"t/b.lua", version("B", ", effective_from = '2027-04-01'")}});
    CHECK(test::messages(rules->warnings) ==
          "rules/t/b.lua:1: no version of role `t/r` is in force from 2027-01-01 to 2027-03-31, between the version at "
          "rules/t/a.lua:1 and this one\n"
          "  an evaluation dated in between finds no role `t/r`\n");
    CHECK(rules->find_role("t/r", day("2027-02-01")) == nullptr);
    CHECK(rules->find_role("t/r", day("2026-12-31"))->title == "A");
    // consecutive periods leave no gap
    auto adjacent = load({{"t/a.lua", version("A", ", effective_until = '2027-03-31'")},
                          {"t/b.lua", version("B", ", effective_from = '2027-04-01'")}});
    CHECK(adjacent->warnings.empty());
}

TEST_CASE("versions: effective dates are dates, and a period ends after it starts") {
    CHECK(errors_of({{"t/r.lua", version("A", ", effective_from = '2027-4-1'")}}) ==
          "rules/t/r.lua:1: `effective_from` of `role` must be a date `YYYY-MM-DD`, got `2027-4-1`\n");
    CHECK(errors_of({{"t/r.lua", version("A", ", effective_until = 20270401")}}) ==
          "rules/t/r.lua:1: `effective_until` of `role` must be a string, got number\n");
    CHECK(errors_of({{"t/r.lua", version("A", ", effective_from = '2027-04-01', effective_until = '2027-03-01'")}}) ==
          "rules/t/r.lua:1: role `t/r` ends (`effective_until` 2027-03-01) before it starts (`effective_from` "
          "2027-04-01)\n");
}

TEST_CASE("versions: evaluation uses the version in force on the as-of date") {
    auto rules = load(kTwoVersions);
    Profile profile = test::profile_from(R"({"id": "P-1"})");
    ProfileResult all = evaluate(*rules, profile, {day("2026-01-01"), {}});
    REQUIRE(all.roles.size() == 1);
    CHECK(all.roles[0].role->title == "Old");
    ProfileResult named = evaluate(*rules, profile, {day("2027-05-01"), {"t/r"}});
    REQUIRE(named.roles.size() == 1);
    CHECK(named.roles[0].role->title == "New");
    CHECK(named.roles[0].levels[0].criteria[0].criterion->id == "new-k");
    CHECK(evaluate(*rules, profile, {day("2020-01-01"), {"t/r"}}).roles.empty());
    CHECK(evaluate(*rules, profile, {day("2020-01-01"), {}}).roles.empty());
}

TEST_CASE("versions: rule tests run against the version in force on their date") {
    auto rules = load(kTwoVersions);
    RuleTestReport report;
    run_rule_test_text(*rules, R"([
      {"name": "old", "role": "t/r", "as_of": "2026-01-01", "profile": {"id": "T-1"},
       "expect": {"A": "incomplete"}, "criteria": {"A/old-k": "unknown"}},
      {"name": "new", "role": "t/r", "as_of": "2027-05-01", "profile": {"id": "T-2"},
       "expect": {"A": "incomplete"}, "criteria": {"A/new-k": "unknown"}},
      {"name": "before", "role": "t/r", "as_of": "2020-01-01", "profile": {"id": "T-3"}, "expect": {"A": "incomplete"}}
    ])", "r.tests.json", report);
    REQUIRE(report.cases.size() == 3);
    CHECK(report.cases[0].passed());
    CHECK(report.cases[1].passed());
    REQUIRE(report.cases[2].failures.size() == 1);
    CHECK(report.cases[2].failures[0] == "role `t/r` is not in force on 2020-01-01");
}

TEST_CASE("versions: JSON names the rule set's effective_from and each version's period") {
    auto rules = load({{"ruleset.lua", "ruleset { name = 'n', version = '2', effective_from = '2025-05-01' }"},
                       {"t/r.lua", kTwoVersions.at("t/r.lua")},
                       {"t/r-2027.lua", kTwoVersions.at("t/r-2027.lua")}});
    json roles = json::parse(roles_json(*rules));
    CHECK(roles["ruleset"]["effective_from"] == "2025-05-01");
    CHECK(roles["ruleset"]["version"] == "2");
    REQUIRE(roles["roles"].size() == 2);
    CHECK(roles["roles"][0]["effective_from"] == "2025-05-01");
    CHECK(roles["roles"][0]["effective_until"] == "2027-03-31");
    CHECK(roles["roles"][1]["effective_from"] == "2027-04-01");
    CHECK_FALSE(roles["roles"][1].contains("effective_until"));

    std::ostringstream out;
    {
        JsonReport report(out, *rules, {day("2026-01-01"), std::nullopt, false});
    }
    CHECK(json::parse(out.str())["ruleset"]["effective_from"] == "2025-05-01");
    // a rule set that declares none says so
    auto unversioned = test::rules_from(version("Only", ""));
    CHECK(json::parse(roles_json(*unversioned))["ruleset"]["effective_from"].is_null());
    CHECK_FALSE(json::parse(roles_json(*unversioned))["roles"][0].contains("effective_from"));
}

TEST_CASE("versions: the command line lists periods and evaluates by the as-of date") {
    std::string dir = test::rule_directory("eligo-versions", kTwoVersions);
    test::CliRun r = test::run_eligo("roles --rules " + dir);
    CHECK(r.status == 0);
    INFO(r.out);
    CHECK(r.out.find("t/r  Old  [A]  from 2025-05-01  until 2027-03-31  eligo-versions/t/r.lua:1\n") != std::string::npos);
    CHECK(r.out.find("t/r  New  [A]  from 2027-04-01  eligo-versions/t/r-2027.lua:1\n") != std::string::npos);
    CHECK(r.out.find("1 role (2 versions); rule set rules unversioned, sha256:") != std::string::npos);

    r = test::run_eligo("evaluate tests/data/sam.json --rules " + dir + " --role t/r --as-of 2024-01-01");
    CHECK(r.status == 1);
    CHECK(r.out == "--role: role `t/r` is not in force on 2024-01-01\n"
                   "  `eligo roles` lists when each version of a role is in force\n");
    r = test::run_eligo("evaluate tests/data/sam.json --rules " + dir + " --role t/r --as-of 2027-05-01 --format json", false);
    REQUIRE(r.status == 0);
    CHECK(json::parse(r.out)["profiles"][0]["roles"][0]["title"] == "New");

    r = test::run_eligo("roles");
    CHECK(r.out.find("rule set medway-housing-frameworks ") != std::string::npos);
    CHECK(r.out.find(" (effective from 2025-05-01), sha256:") != std::string::npos);
    r = test::run_eligo("evaluate tests/data/sam.json --role rehousing/rehousing-officer --as-of 2026-11-24 --format json", false);
    REQUIRE(r.status == 0);
    CHECK(json::parse(r.out)["ruleset"]["effective_from"] == "2025-05-01");
}
