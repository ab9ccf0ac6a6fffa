#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

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

TEST_CASE("an expected value that is no verdict or outcome is an error of the tests file, with the nearest word") {
    auto rules = test::rules_from(R"(role { id = 't/r', title = 'T',
      level { id = 'A', qualifications = { training { id = 'tr', text = 'Trained', training_id = 'x' } } } })");
    RuleTestReport report;
    run_rule_test_text(*rules, R"([
      {"role": "t/r", "as_of": "2026-11-24", "profile": {"id": "T-1"}, "expect": {"A": "eligble"}},
      {"role": "t/r", "as_of": "2026-11-24", "profile": {"id": "T-2"}, "criteria": {"A/tr": "not met"}},
      {"role": "t/r", "as_of": "2026-11-24", "profile": {"id": "T-3"}, "expect": {"A": "incomplete"}}
    ])", "r.tests.json", report);
    REQUIRE(report.errors.size() == 2);
    CHECK(report.errors[0].to_string() ==
          "r.tests.json: case 1: expect.A: `eligble` is not a verdict (eligible, not_eligible, incomplete)\n"
          "  did you mean `eligible`?");
    CHECK(report.errors[1].to_string() ==
          "r.tests.json: case 2: criteria.A/tr: `not met` is not an outcome (met, not_met, unknown)\n"
          "  did you mean `not_met`?");
    REQUIRE(report.cases.size() == 1);  // the cases that could not be judged are not counted as passed
    CHECK(report.passed() == 1);
    CHECK(report.failed() == 2);
}

namespace {

// Level A: 12 months in housing inside an `all_of` with a training record.
const char* kThresholdRole = R"(role { id = 't/r', title = 'T',
  level { id = 'A', experience = {
    all_of { id = 'both', text = 'Trained, and a year in housing',
      training { id = 'tr', text = 'Trained', training_id = 'x' },
      experience { id = 'year', months = 12, areas = { 'housing' }, text = 'A year in housing' } } } } })";

std::string housing_case(const std::string& name, const std::string& start, bool trained) {
    return R"({"name": ")" + name + R"(", "role": "t/r", "as_of": "2026-11-24", "profile": {"id": "T",
      "training": [)" + (trained ? R"({"id": "x", "status": "completed"})" : "") + R"(],
      "employment": [{"employer_type": "local_authority", "areas": ["housing"], "start": ")" + start + R"("}]}})";
}

const CriterionCoverage& entry(const RuleTestReport& report, const std::string& id) {
    for (const auto& c : report.coverage.at(0).criteria)
        if (c.criterion->id == id) return c;
    FAIL("no coverage entry " << id);
    throw;
}

}  // namespace

TEST_CASE("coverage: criteria decided both ways, and a threshold pinned just below and at it") {
    auto rules = test::rules_from(kThresholdRole);
    RuleTestReport report;
    // 23 months: met, untrained. A year is then tested far above only.
    run_rule_test_text(*rules, "[" + housing_case("far above", "2024-12-24", false) + "]", "r.tests.json", report);
    REQUIRE(report.coverage.size() == 1);
    CHECK(report.coverage[0].cases == 1);
    CHECK_FALSE(entry(report, "both").decided_both_ways());
    CHECK_FALSE(entry(report, "year").pinned());
    std::ostringstream text;
    write_rule_tests(text, report, RuleTestFormat::text, true);
    CHECK(text.str() == "1 passed, 0 failed\n\nCoverage\n"
                        "  t/r: 1 case; 3 criteria not decided both ways, 1 threshold not pinned on both sides\n"
                        "    A/both: never met\n"
                        "    A/tr: never met\n"
                        "    A/year: never not met\n"
                        "    A/year: threshold 12 months: no case just below it (11 months) or at it (12 months)\n");

    // 11 months (not met, trained) and 12 months (met, trained): every criterion both ways, the threshold pinned.
    run_rule_test_text(*rules, "[" + housing_case("just below", "2025-12-24", true) + "," +
                                   housing_case("at", "2025-11-24", true) + "]",
                       "r.tests.json", report);
    CHECK(report.coverage[0].cases == 3);
    for (const auto& c : report.coverage[0].criteria) {
        INFO(c.criterion->id);
        CHECK(c.decided_both_ways());
        CHECK(c.pinned());
    }
}

TEST_CASE("rule tests with --run: only the cases whose name or role matches") {
    auto rules = test::rules_from(kThresholdRole);
    std::string cases = "[" + housing_case("far above", "2024-12-24", false) + "," + housing_case("just below", "2025-12-24", true) + "]";
    RuleTestReport report;
    run_rule_test_text(*rules, cases, "r.tests.json", report, {"below"});
    REQUIRE(report.cases.size() == 1);
    CHECK(report.cases[0].name == "just below");
    report = {};
    run_rule_test_text(*rules, cases, "r.tests.json", report, {"t/*"});
    CHECK(report.cases.size() == 2);
    report = {};
    run_rule_test_text(*rules, cases, "r.tests.json", report, {"nothing"});
    CHECK(report.cases.empty());
}

TEST_CASE("rule test results as JSON and JUnit XML") {
    auto rules = test::rules_from(kThresholdRole);
    RuleTestReport report;
    run_rule_test_text(*rules, R"([{"name": "a <b>", "role": "t/r", "as_of": "2026-11-24", "profile": {"id": "T"},
                                    "expect": {"A": "eligible"}}])", "r.tests.json", report);
    std::ostringstream junit;
    write_rule_tests(junit, report, RuleTestFormat::junit, false);
    CHECK(junit.str().starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                  "<testsuites name=\"eligo test\" tests=\"1\" failures=\"1\" errors=\"0\">\n"
                                  "  <testsuite name=\"r.tests.json\" tests=\"1\" failures=\"1\">\n"
                                  "    <testcase classname=\"r.tests.json\" name=\"a &lt;b&gt;\">\n"
                                  "      <failure message=\"level A: expected eligible, got incomplete\">"));
    CHECK(junit.str().ends_with("</failure>\n    </testcase>\n  </testsuite>\n</testsuites>\n"));
    std::ostringstream json;
    write_rule_tests(json, report, RuleTestFormat::json, true);
    auto doc = nlohmann::json::parse(json.str());
    CHECK(doc["passed"] == 0);
    CHECK(doc["failed"] == 1);
    CHECK(doc["cases"][0]["name"] == "a <b>");
    CHECK(doc["cases"][0]["failures"][0] == "level A: expected eligible, got incomplete");
    CHECK(doc["coverage"][0]["role"] == "t/r");
    CHECK(doc["coverage"][0]["thresholds_not_pinned"][0]["criterion"] == "A/year");
}
