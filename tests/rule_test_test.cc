#include <catch2/catch.hpp>

#include "eligo/rule_test.h"
#include "fixtures.h"

using namespace eligo;

TEST_CASE("rule tests compare verdicts and criteria, and explain failures") {
    auto rules = test::rules_from(R"(role { id = 't/r', title = 'T',
      level { id = 'A', qualifications = { training { id = 'tr', text = 'Trained', training_id = 'x' } },
                        skills = { competency { id = 'k', text = 'Skilled' } } } })");
    RuleTestReport report;
    run_rule_test_text(*rules, R"([
      {"name": "passes", "role": "t/r", "as_of": "2026-11-24", "assess": "all",
       "profile": {"id": "T-1", "training": [{"id": "x", "status": "completed"}]},
       "expect": {"A": "eligible"}, "criteria": {"A/tr": "met", "A/k": "met"}},
      {"name": "wrong expectation", "role": "t/r", "as_of": "2026-11-24",
       "profile": {"id": "T-2", "training": []},
       "expect": {"A": "eligible"}},
      {"name": "assess_except leaves a judgement open", "role": "t/r", "as_of": "2026-11-24", "assess": "all",
       "assess_except": ["k"], "profile": {"id": "T-3", "training": [{"id": "x", "status": "completed"}]},
       "expect": {"A": "incomplete"}},
      {"name": "unknown role", "role": "t/none", "as_of": "2026-11-24", "profile": {"id": "T-4"}}
    ])", "r.tests.json", report);
    REQUIRE(report.cases.size() == 4);
    CHECK(report.cases[0].passed());
    CHECK_FALSE(report.cases[1].passed());
    CHECK(report.cases[1].failures[0] == "level A: expected eligible, got not_eligible");
    CHECK(report.cases[1].failures[1].find("A/tr: not_met: no training record `x`") != std::string::npos);
    CHECK(report.cases[2].passed());
    CHECK(report.cases[3].failures[0] == "unknown role `t/none`");
    CHECK(report.passed() == 2);
    CHECK(report.failed() == 2);
}

TEST_CASE("a malformed tests file is an error, not a crash") {
    auto rules = test::rules_from("role { id = 't/r', title = 'T', level { id = 'A' } }");
    RuleTestReport report;
    run_rule_test_text(*rules, "{", "bad.tests.json", report);
    run_rule_test_text(*rules, "{}", "obj.tests.json", report);
    run_rule_test_text(*rules, R"([{"role": 5}])", "types.tests.json", report);
    CHECK(report.errors.size() == 3);
    CHECK(report.failed() == 3);
}
