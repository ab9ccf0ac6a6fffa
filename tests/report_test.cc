// Reports: the JSON result contract and the reasons' wording.
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "eligo/explain.h"
#include "eligo/report.h"
#include "fixtures.h"
#include "support/text.h"

using namespace eligo;
using nlohmann::json;

namespace {

const char* kRole = R"(role { id = 't/r', title = 'Test Role',
  level { id = 'A', name = 'Developing',
    experience = { experience { id = 'exp', text = 'At least 24 months in housing', months = 24,
                                employer_types = { 'registered_provider' }, areas = { 'housing' } } },
    skills = { competency { id = 'k', text = 'Skilled', reading = 'a reading' },
               any_of { id = 'g', text = 'Either', training { training_id = 'a' }, training { training_id = 'b' } } } },
  level { id = 'B', name = 'Practising', skills = { competency { id = 'k2', text = 'More skilled', desirable = true } } },
})";

}  // namespace

TEST_CASE("the JSON document follows the result contract") {
    auto rules = test::rules_from(kRole);
    Profile p = test::profile_from(R"({"id":"E-1","name":"Private Person","employment":[
        {"employer_type":"registered_provider","areas":["housing"],"start":"2023-09-01","end":"2024-10-31"}],
        "training":[{"id":"b","status":"completed"}]})");
    Date as_of = *Date::parse("2026-11-24");
    ProfileResult result = evaluate(*rules, p, {as_of, {}});
    std::ostringstream out;
    {
        JsonReport report(out, *rules, {as_of, std::nullopt, false});
        report.add(result);
    }
    json doc = json::parse(out.str());
    CHECK(doc["as_of"] == "2026-11-24");
    CHECK(doc["ruleset"]["digest"].get<std::string>().starts_with("sha256:"));
    const json& role = doc["profiles"][0]["roles"][0];
    CHECK(doc["profiles"][0]["id"] == "E-1");
    CHECK(role["role"] == "t/r");
    CHECK(role["title"] == "Test Role");
    CHECK(role["attained"].is_null());
    const json& a = role["levels"][0];
    CHECK(a["level"] == "A");
    CHECK(a["verdict"] == "not_eligible");
    const json& exp = a["criteria"][0];
    for (const char* key : {"id", "category", "text", "kind", "essential", "result", "reason"}) CHECK(exp.contains(key));
    CHECK(exp["category"] == "experience");
    CHECK(exp["kind"] == "fact");
    CHECK(exp["result"] == "not_met");
    CHECK(exp["reason"] ==
          "14 months at registered provider employers in housing (2023-09-01 to 2024-11-01); needs 24");
    CHECK(exp["data"] == json::array({"employment[0]"}));
    CHECK(a["criteria"][1]["kind"] == "judgement");
    CHECK(a["criteria"][1]["result"] == "unknown");
    CHECK(a["criteria"][1]["reading"] == "a reading");
    CHECK(a["criteria"][2]["children"].size() == 2);
    CHECK(a["criteria"][2]["result"] == "met");
    CHECK(role["levels"][1]["desirable"] == json({{"met", 0}, {"total", 1}}));
    // names are never part of the result
    CHECK(out.str().find("Private Person") == std::string::npos);
}

TEST_CASE("an empty batch is still a valid document") {
    auto rules = test::rules_from(kRole);
    std::ostringstream out;
    { JsonReport report(out, *rules, {*Date::parse("2026-11-24"), std::nullopt, false}); }
    json doc = json::parse(out.str());
    CHECK(doc["profiles"].empty());
}

TEST_CASE("reasons name the data used") {
    auto rules = test::rules_from(kRole);
    Profile p = test::profile_from(R"({"id":"E-1","evidence":[
        {"competency":"k","status":"met","source":"manager","by":"M-55","date":"2025-01-10"}]})");
    auto r = test::evaluate_one(*rules, p, "k");
    // over 12 months before the as-of date (2026-11-24): met, and due for review
    CHECK(r.outcome == Outcome::met);
    CHECK(reason(r, p) == "assessed as met by manager M-55 on 2025-01-10; over 12 months old, due for review");
    Profile recent = test::profile_from(R"({"id":"E-2","evidence":[
        {"competency":"k","status":"met","source":"manager","by":"M-55","date":"2025-11-24"}]})");
    CHECK(reason(test::evaluate_one(*rules, recent, "k"), recent) == "assessed as met by manager M-55 on 2025-11-24");
    Profile old_not_met = test::profile_from(R"({"id":"E-3","evidence":[
        {"competency":"k","status":"not_met","source":"assessor","date":"2024-06-01"}]})");
    CHECK(reason(test::evaluate_one(*rules, old_not_met, "k"), old_not_met) ==
          "assessed as not met by assessor on 2024-06-01; over 12 months old, due for review");
    // and in the result contract, as data
    EvaluateOptions options{*Date::parse("2026-11-24"), {}};
    ReportOptions report;
    report.as_of = *Date::parse("2026-11-24");
    json old_doc = json::parse(profile_result_json(evaluate(*rules, p, options), report));
    json recent_doc = json::parse(profile_result_json(evaluate(*rules, recent, options), report));
    auto k_of = [](const json& doc) {
        for (const auto& c : doc["roles"][0]["levels"][0]["criteria"])
            if (c["id"] == "k") return c;
        return json();
    };
    CHECK(k_of(old_doc)["review"] == true);
    CHECK_FALSE(k_of(recent_doc).contains("review"));
    r = test::evaluate_one(*rules, p, "exp");
    CHECK(reason(r, p) == "`employment` not recorded in the profile");
    r = test::evaluate_one(*rules, test::profile_from(R"({"id":"x","training":[]})"), "g");
    CHECK(reason(r, p) == "0 of 2 met; needs any one");
}

TEST_CASE("a qualification is named by its title, else its kind in words and its subject") {
    Qualification q;
    q.kind = "gcse";
    q.subject = "Mathematics";
    CHECK(qualification_name(q) == "GCSE Mathematics");
    q.subject.clear();
    CHECK(qualification_name(q) == "GCSE");
    q.kind = "functional_skills";
    CHECK(qualification_name(q) == "Functional Skills");
    q.kind = "postgraduate";  // no word of its own
    CHECK(qualification_name(q) == "postgraduate");
    q.title = "CIH Level 3 Certificate in Housing Practice";
    q.subject = "Housing";
    CHECK(qualification_name(q) == "CIH Level 3 Certificate in Housing Practice");
}

TEST_CASE("HTML text escapes the five characters with a meaning in markup") {
    CHECK(text::html("") == "");
    CHECK(text::html("Housing Officer, level B (Practising)") == "Housing Officer, level B (Practising)");
    CHECK(text::html("&") == "&amp;");
    CHECK(text::html("<") == "&lt;");
    CHECK(text::html(">") == "&gt;");
    CHECK(text::html("\"") == "&quot;");
    CHECK(text::html("'") == "&#39;");
    CHECK(text::html("<b class=\"x\">Repairs & 'voids'</b>") == "&lt;b class=&quot;x&quot;&gt;Repairs &amp; &#39;voids&#39;&lt;/b&gt;");
    CHECK(text::html("&amp;") == "&amp;amp;");  // text, not markup: escaped again
}

TEST_CASE("the text tree shows verdicts and reasons, without colour when asked") {
    auto rules = test::rules_from(kRole);
    Profile p = test::profile_from(R"({"id":"E-1","employment":[]})");
    Date as_of = *Date::parse("2026-11-24");
    std::ostringstream out;
    write_text(out, evaluate(*rules, p, {as_of, {}}), {as_of, std::nullopt, false});
    std::string text = out.str();
    CHECK(text.find("Profile E-1  (as of 2026-11-24)") != std::string::npos);
    CHECK(text.find("Level A (Developing): not eligible") != std::string::npos);
    CHECK(text.find("[not met] At least 24 months in housing") != std::string::npos);
    CHECK(text.find("\033[") == std::string::npos);
}

TEST_CASE("the summary lines up its columns over every profile, by characters, without trailing spaces") {
    auto rules = test::rules_from(kRole);
    Date as_of = *Date::parse("2026-11-24");
    Profile short_id = test::profile_from(R"({"id":"É-1","training":[{"id":"b","status":"completed"}]})");
    Profile long_id = test::profile_from(R"({"id":"E-100000"})");
    std::ostringstream out;
    {
        SummaryTable table(out, {as_of, std::nullopt, false});
        table.add(evaluate(*rules, short_id, {as_of, {}}));
        table.add(evaluate(*rules, long_id, {as_of, {}}));
    }
    CHECK(out.str() ==
          "É-1       t/r  attained -  A incomplete (2 to check),  B incomplete\n"
          "E-100000  t/r  attained -  A incomplete (3 to check),  B incomplete\n");
}
