// Each criterion type against the edge cases that matter. Rules are written inline in Lua.
#include <catch2/catch.hpp>

#include "eligo/explain.h"
#include "lua/custom.h"
#include "fixtures.h"

using namespace eligo;
using test::evaluate_one;
using test::profile_from;
using test::rules_from;

namespace {

std::shared_ptr<const RuleSet> one(const std::string& criterion) {
    return rules_from("role { id = 't/r', title = 'T', level { id = 'A', qualifications = { " + criterion + " } } }");
}

Outcome outcome(const std::shared_ptr<const RuleSet>& rules, const std::string& profile,
                const char* as_of = "2026-11-24") {
    return evaluate_one(*rules, profile_from(profile), "c", as_of).outcome;
}

}  // namespace

TEST_CASE("gcse: subjects, grades, legacy letters and synonyms") {
    auto rules = one("gcse { id = 'c', text = 't', subjects = { 'English', 'Mathematics' }, min_grade = '4' }");
    CHECK(outcome(rules, R"({"id":"x","qualifications":[
        {"kind":"gcse","subject":"English Language","grade":"5"},
        {"kind":"gcse","subject":"Maths","grade":"C"}]})") == Outcome::met);
    // D is below 4
    CHECK(outcome(rules, R"({"id":"x","qualifications":[
        {"kind":"gcse","subject":"English Language","grade":"5"},
        {"kind":"gcse","subject":"Maths","grade":"D"}]})") == Outcome::not_met);
    // English Literature alone is not English
    CHECK(outcome(rules, R"({"id":"x","qualifications":[
        {"kind":"gcse","subject":"English Literature","grade":"9"},
        {"kind":"gcse","subject":"Mathematics","grade":"9"}]})") == Outcome::not_met);
    // a grade not recorded: unknown, not failed
    CHECK(outcome(rules, R"({"id":"x","qualifications":[
        {"kind":"gcse","subject":"English Language","grade":"5"},
        {"kind":"gcse","subject":"Mathematics"}]})") == Outcome::unknown);
    // absent qualifications: unknown; empty: not met
    CHECK(outcome(rules, R"({"id":"x"})") == Outcome::unknown);
    CHECK(outcome(rules, R"({"id":"x","qualifications":[]})") == Outcome::not_met);
    // O levels and Functional Skills Level 2 count as the equivalence tables say
    CHECK(outcome(rules, R"({"id":"x","qualifications":[
        {"kind":"o_level","subject":"English Language","grade":"B"},
        {"kind":"functional_skills","subject":"Maths","level":2,"grade":"pass"}]})") == Outcome::met);
    CHECK(outcome(rules, R"({"id":"x","qualifications":[
        {"kind":"o_level","subject":"English Language","grade":"B"},
        {"kind":"functional_skills","subject":"Maths","level":1,"grade":"pass"}]})") == Outcome::not_met);
    // in progress does not count
    CHECK(outcome(rules, R"({"id":"x","qualifications":[
        {"kind":"gcse","subject":"English","grade":"5"},
        {"kind":"gcse","subject":"Mathematics","grade":"5","status":"in_progress"}]})") == Outcome::not_met);
}

TEST_CASE("gcse: a count of passes including named subjects") {
    auto rules = one("gcse { id = 'c', text = 't', subjects = { 'English', 'Mathematics' }, count = 5 }");
    std::string four = R"({"id":"x","qualifications":[
        {"kind":"gcse","subject":"English","grade":"5"}, {"kind":"gcse","subject":"Mathematics","grade":"4"},
        {"kind":"gcse","subject":"History","grade":"6"}, {"kind":"gcse","subject":"Geography","grade":"7"})";
    CHECK(outcome(rules, four + "]}") == Outcome::not_met);
    CHECK(outcome(rules, four + R"(, {"kind":"gcse","subject":"Art","grade":"A*"}]})") == Outcome::met);
    CHECK(outcome(rules, four + R"(, {"kind":"gcse","subject":"Art"}]})") == Outcome::unknown);
    auto r = evaluate_one(*rules, profile_from(four + "]}"), "c");
    CHECK(r.finding.have == 4);
    CHECK(r.finding.need == 5);
}

// Qualifications as applicants hold them. Each case was rejected (not met) before the
// equivalence tables learned it; the comment gives the outcome before.
TEST_CASE("gcse: O levels before 1975 are graded 1 to 9, 1 to 6 a pass") {
    auto rules = one("gcse { id = 'c', text = 't', subjects = { 'English', 'Mathematics' }, min_grade = '4' }");
    auto with = [](const char* english, const char* maths) {
        return std::string(R"({"id":"x","qualifications":[{"kind":"o_level","subject":"English Language","grade":")") +
               english + R"("},{"kind":"o_level","subject":"Mathematics","grade":")" + maths + R"("}]})";
    };
    CHECK(outcome(rules, with("1", "6")) == Outcome::met);      // before: not met (1 read as GCSE grade 1)
    CHECK(outcome(rules, with("3", "7")) == Outcome::not_met);  // 7 is below a pass, never GCSE grade 7
    CHECK(outcome(rules, with("B", "C")) == Outcome::met);      // letter grades from 1975
}

TEST_CASE("gcse: a double award is two passes with two grades") {
    auto rules = one("gcse { id = 'c', text = 't', subjects = { 'English', 'Mathematics' }, count = 5 }");
    std::string three = R"({"id":"x","qualifications":[
        {"kind":"gcse","subject":"English","grade":"5"}, {"kind":"gcse","subject":"Mathematics","grade":"4"},
        {"kind":"gcse","subject":"History","grade":"6"})";
    CHECK(outcome(rules, three + R"(, {"kind":"gcse","subject":"Combined Science","grade":"4-4"}]})") ==
          Outcome::met);  // before: unknown
    CHECK(outcome(rules, three + R"(, {"kind":"gcse","subject":"Combined Science","grade":"9-8"}]})") ==
          Outcome::met);  // before: unknown
    CHECK(outcome(rules, three + R"(, {"kind":"gcse","subject":"Double Science","grade":"CC"}]})") ==
          Outcome::met);  // before: unknown
    CHECK(outcome(rules, three + R"(, {"kind":"gcse","subject":"Double Science","grade":"cd"}]})") ==
          Outcome::not_met);  // one pass and one below: four in all
    auto r = evaluate_one(*rules, profile_from(three + R"(, {"kind":"gcse","subject":"Combined Science","grade":"5-4"}]})"), "c");
    CHECK(r.finding.have == 5);
    // two grades on a single-award subject cannot be read
    CHECK(outcome(rules, three + R"(, {"kind":"gcse","subject":"Art","grade":"CC"}, {"kind":"gcse","subject":"Music","grade":"4"}]})") ==
          Outcome::unknown);
}

TEST_CASE("gcse: grades in any case and subjects as applicants spell them") {
    auto rules = one("gcse { id = 'c', text = 't', subjects = { 'English', 'Mathematics' }, min_grade = 'c' }");
    CHECK(outcome(rules, R"({"id":"x","qualifications":[
        {"kind":"gcse","subject":"Eng Lang","grade":"c"},
        {"kind":"gcse","subject":"Math","grade":"b"}]})") == Outcome::met);  // before: not met
    CHECK(outcome(rules, R"({"id":"x","qualifications":[
        {"kind":"gcse","subject":"English Language & Literature","grade":" b "},
        {"kind":"gcse","subject":"maths","grade":"a*"}]})") == Outcome::met);  // before: not met
}

TEST_CASE("gcse: CSE, Scottish and Key Skills qualifications count as the tables read them") {
    auto rules = one("gcse { id = 'c', text = 't', subjects = { 'English', 'Mathematics' }, min_grade = '4' }");
    auto pair = [](const char* kind, const char* english, const char* maths, const char* extra = "") {
        return std::string(R"({"id":"x","qualifications":[{"kind":")") + kind +
               R"(","subject":"English","grade":")" + english + R"(")" + extra + R"(},{"kind":")" + kind +
               R"(","subject":"Mathematics","grade":")" + maths + R"(")" + extra + "}]}";
    };
    CHECK(outcome(rules, pair("cse", "1", "1")) == Outcome::met);  // before: an unknown kind, refused
    CHECK(outcome(rules, pair("cse", "1", "2")) == Outcome::not_met);
    CHECK(outcome(rules, pair("scottish_standard_grade", "3", "1")) == Outcome::met);
    CHECK(outcome(rules, pair("scottish_standard_grade", "4", "1")) == Outcome::not_met);
    CHECK(outcome(rules, pair("scottish_national_5", "C", "a")) == Outcome::met);
    CHECK(outcome(rules, pair("scottish_intermediate_2", "D", "A")) == Outcome::not_met);
    CHECK(outcome(rules, R"({"id":"x","qualifications":[
        {"kind":"key_skills","subject":"Communication","level":2},
        {"kind":"key_skills","subject":"Application of Number","level":2}]})") == Outcome::met);
    CHECK(outcome(rules, R"({"id":"x","qualifications":[
        {"kind":"key_skills","subject":"Communication","level":1},
        {"kind":"gcse","subject":"Maths","grade":"4"}]})") == Outcome::not_met);
}

TEST_CASE("qualification: a Scottish Higher counts where a rule asks for an A level") {
    auto rules = one("qualification { id = 'c', text = 't', kinds = { 'a_level' }, min_level = 3 }");
    CHECK(outcome(rules, R"({"id":"x","qualifications":[{"kind":"scottish_higher","subject":"History","grade":"B"}]})") ==
          Outcome::met);  // before: an unknown kind, refused
    CHECK(outcome(rules, R"({"id":"x","qualifications":[{"kind":"scottish_national_5","subject":"History","grade":"B"}]})") ==
          Outcome::not_met);
}

TEST_CASE("gcse: a grade or subject that cannot be read is unknown, naming the value") {
    auto rules = one("gcse { id = 'c', text = 't', subjects = { 'English', 'Mathematics' }, min_grade = '4' }");
    auto p = profile_from(R"({"id":"x","qualifications":[
        {"kind":"gcse","subject":"English","grade":"5"},
        {"kind":"gcse","subject":"Mathematics","grade":"Pass*"}]})");
    auto r = evaluate_one(*rules, p, "c");
    CHECK(r.outcome == Outcome::unknown);
    REQUIRE(r.finding.unreadable.size() == 1);
    CHECK(r.finding.unreadable[0] == std::pair<std::string, std::string>{"qualifications[1].grade", "Pass*"});
    CHECK(reason(r, p) == "1 pass at grade 4 or above (English); cannot read qualifications[1].grade: \"Pass*\"; "
                          "needs 2 including English and Mathematics");
    auto q = profile_from(R"({"id":"x","qualifications":[
        {"kind":"gcse","subject":"English","grade":"5"}, {"kind":"gcse","subject":"-","grade":"6"}]})");
    auto s = evaluate_one(*rules, q, "c");
    CHECK(s.outcome == Outcome::unknown);  // before: not met
    CHECK(reason(s, q) == "2 passes at grade 4 or above (English and -); cannot read qualifications[1].subject: \"-\"; "
                          "needs 2 including English and Mathematics");
}

TEST_CASE("gcse: reasons state the passes counted and the number needed") {
    auto rules = one("gcse { id = 'c', text = 't', subjects = { 'English', 'Mathematics' }, count = 5 }");
    auto p = profile_from(R"({"id":"x","qualifications":[
        {"kind":"gcse","subject":"English","grade":"5"}, {"kind":"gcse","subject":"Mathematics","grade":"4"},
        {"kind":"gcse","subject":"History","grade":"6"}, {"kind":"gcse","subject":"Geography","grade":"7"}]})");
    CHECK(reason(evaluate_one(*rules, p, "c"), p) ==
          "4 passes at grade 4 or above (English, Mathematics, History and Geography); "
          "needs 5 including English and Mathematics");
    auto d = profile_from(R"({"id":"x","qualifications":[
        {"kind":"gcse","subject":"English","grade":"5"}, {"kind":"gcse","subject":"Mathematics","grade":"4"},
        {"kind":"gcse","subject":"Combined Science","grade":"4-4"}, {"kind":"gcse","subject":"Geography","grade":"7"}]})");
    CHECK(reason(evaluate_one(*rules, d, "c"), d) ==
          "5 passes at grade 4 or above (English, Mathematics, Combined Science (double award) and Geography); "
          "needs 5 including English and Mathematics");
}

TEST_CASE("qualification: kind, level, area and working towards") {
    auto rules = one("any_of { id = 'c', text = 't', cih { min_level = 3 }, "
                     "qualification { min_level = 3, areas = { 'housing' } } }");
    CHECK(outcome(rules, R"({"id":"x","qualifications":[{"kind":"cih","level":3,"title":"CIH Level 3 Certificate in Housing Practice"}]})") ==
          Outcome::met);
    CHECK(outcome(rules, R"({"id":"x","qualifications":[{"kind":"cih","level":2,"title":"CIH Level 2"}]})") ==
          Outcome::not_met);
    CHECK(outcome(rules, R"({"id":"x","qualifications":[{"kind":"diploma","level":3,"title":"Diploma in Housing Management"}]})") ==
          Outcome::met);  // area from the title words
    CHECK(outcome(rules, R"({"id":"x","qualifications":[{"kind":"diploma","level":3,"title":"Diploma in Travel"}]})") ==
          Outcome::not_met);
    CHECK(outcome(rules, R"({"id":"x","qualifications":[{"kind":"diploma","level":3}]})") == Outcome::unknown);
    CHECK(outcome(rules, R"({"id":"x","qualifications":[{"kind":"cih","level":4,"status":"in_progress"}]})") ==
          Outcome::not_met);
    auto towards = one("cih { id = 'c', text = 't', min_level = 4, working_towards = true }");
    CHECK(outcome(towards, R"({"id":"x","qualifications":[{"kind":"cih","level":4,"status":"in_progress"}]})") ==
          Outcome::met);
    // the kind's default level: a degree is level 6
    auto degree = one("qualification { id = 'c', text = 't', min_level = 6 }");
    CHECK(outcome(degree, R"({"id":"x","qualifications":[{"kind":"degree","subject":"History"}]})") == Outcome::met);
    CHECK(outcome(degree, R"({"id":"x","qualifications":[{"kind":"diploma","subject":"History"}]})") == Outcome::unknown);
}

TEST_CASE("itil: stage order from the equivalence tables") {
    auto rules = one("itil { id = 'c', text = 't', stage = 'foundation' }");
    CHECK(outcome(rules, R"({"id":"x","qualifications":[{"kind":"itil","stage":"managing_professional"}]})") == Outcome::met);
    CHECK(outcome(rules, R"({"id":"x","qualifications":[{"kind":"itil","stage":"foundation","status":"in_progress"}]})") ==
          Outcome::not_met);
    auto higher = one("itil { id = 'c', text = 't', stage = 'practitioner' }");
    CHECK(outcome(higher, R"({"id":"x","qualifications":[{"kind":"itil","stage":"foundation"}]})") == Outcome::not_met);
    CHECK(outcome(higher, R"({"id":"x","qualifications":[{"kind":"itil"}]})") == Outcome::unknown);
}

TEST_CASE("driving: licence and vehicle access") {
    auto rules = one("driving { id = 'c', text = 't', licence = 'full_uk', vehicle_access = 'occasional' }");
    CHECK(outcome(rules, R"({"id":"x","driving":{"licence":"full_uk","vehicle_access":"daily"}})") == Outcome::met);
    CHECK(outcome(rules, R"({"id":"x","driving":{"licence":"full_uk","vehicle_access":"none"}})") == Outcome::not_met);
    CHECK(outcome(rules, R"({"id":"x","driving":{"licence":"provisional_uk","vehicle_access":"daily"}})") ==
          Outcome::not_met);
    CHECK(outcome(rules, R"({"id":"x","driving":{"licence":"full_uk"}})") == Outcome::unknown);
    CHECK(outcome(rules, R"({"id":"x"})") == Outcome::unknown);
    auto daily = one("driving { id = 'c', text = 't', vehicle_access = 'daily' }");
    CHECK(outcome(daily, R"({"id":"x","driving":{"licence":"full_uk","vehicle_access":"occasional"}})") ==
          Outcome::not_met);
    // A known value that fails decides it, whatever else is absent
    CHECK(outcome(rules, R"({"id":"x","driving":{"vehicle_access":"none"}})") == Outcome::not_met);
    CHECK(outcome(daily, R"({"id":"x","driving":{"vehicle_access":"occasional"}})") == Outcome::not_met);
    CHECK(outcome(rules, R"({"id":"x","driving":{"licence":"none"}})") == Outcome::not_met);
    // and every absent field that could decide it is named
    auto r = evaluate_one(*rules, profile_from(R"({"id":"x","driving":{}})"), "c");
    CHECK(r.outcome == Outcome::unknown);
    CHECK(r.finding.missing == std::vector<std::string>{"driving.licence", "driving.vehicle_access"});
}

TEST_CASE("experience: filters, merged overlaps, ongoing posts and leap days") {
    auto rules = one("experience { id = 'c', text = 't', months = 12, "
                     "employer_types = { 'local_authority', 'registered_provider' }, areas = { 'housing', 'customer_service' } }");
    // overlapping jobs are counted once: 2024-01-01..2024-08-31 and 2024-06-01..2024-11-30 = 11 months
    std::string overlap = R"({"id":"x","employment":[
        {"employer_type":"local_authority","areas":["housing"],"start":"2024-01-01","end":"2024-08-31"},
        {"employer_type":"registered_provider","areas":["customer_service"],"start":"2024-06-01","end":"2024-11-30"}]})";
    auto r = evaluate_one(*rules, profile_from(overlap), "c");
    CHECK(r.outcome == Outcome::not_met);
    CHECK(static_cast<int>(r.finding.have) == 11);
    REQUIRE(r.finding.periods.size() == 1);
    CHECK(r.finding.periods[0].end.to_string() == "2024-12-01");
    // an ongoing post counts up to the as-of date
    std::string ongoing = R"({"id":"x","employment":[
        {"employer_type":"local_authority","areas":["housing"],"start":"2024-03-01"}]})";
    CHECK(outcome(rules, ongoing, "2025-03-01") == Outcome::met);
    CHECK(outcome(rules, ongoing, "2025-02-28") == Outcome::not_met);
    // a leap-day start: 2024-02-29 to 2025-02-28 inclusive is a full year
    std::string leap = R"({"id":"x","employment":[
        {"employer_type":"local_authority","areas":["housing"],"start":"2024-02-29","end":"2025-02-27"}]})";
    CHECK(outcome(rules, leap) == Outcome::met);
    // wrong employer type does not count
    CHECK(outcome(rules, R"({"id":"x","employment":[
        {"employer_type":"private","areas":["housing"],"start":"2020-01-01","end":"2023-01-01"}]})") == Outcome::not_met);
    // missing areas: the period might count, so unknown, naming the field
    auto unknown = evaluate_one(*rules, profile_from(R"({"id":"x","employment":[
        {"employer_type":"local_authority","start":"2020-01-01","end":"2023-01-01"}]})"), "c");
    CHECK(unknown.outcome == Outcome::unknown);
    CHECK(unknown.finding.missing == std::vector<std::string>{"employment[0].areas"});
    // every field that would decide it is named, not only the first
    auto both = evaluate_one(*rules, profile_from(R"({"id":"x","employment":[
        {"start":"2020-01-01","end":"2023-01-01"}]})"), "c");
    CHECK(both.finding.missing == std::vector<std::string>{"employment[0].employer_type", "employment[0].areas"});
    // a post that starts after the as-of date does not count
    CHECK(outcome(rules, R"({"id":"x","employment":[
        {"employer_type":"local_authority","areas":["housing"],"start":"2027-01-01"}]})") == Outcome::not_met);
    // absent employment: unknown; empty: not met
    CHECK(outcome(rules, R"({"id":"x"})") == Outcome::unknown);
    CHECK(outcome(rules, R"({"id":"x","employment":[]})") == Outcome::not_met);
}

TEST_CASE("experience: managerial posts only") {
    auto rules = one("experience { id = 'c', text = 't', months = 24, managerial = true }");
    CHECK(outcome(rules, R"({"id":"x","employment":[{"managerial":true,"start":"2020-01-01","end":"2022-12-31"}]})") ==
          Outcome::met);
    CHECK(outcome(rules, R"({"id":"x","employment":[{"managerial":false,"start":"2020-01-01","end":"2022-12-31"}]})") ==
          Outcome::not_met);
    CHECK(outcome(rules, R"({"id":"x","employment":[{"start":"2020-01-01","end":"2022-12-31"}]})") == Outcome::unknown);
}

TEST_CASE("undated records: a CPD record without a date or a post without a start counts only when it could decide") {
    auto cpd = one("cpd { id = 'c', text = 't', within_months = 12 }");
    auto r = evaluate_one(*cpd, profile_from(R"({"id":"x","cpd":[{"hours":2}]})"), "c");
    CHECK(r.outcome == Outcome::unknown);
    CHECK(r.finding.missing == std::vector<std::string>{"cpd[0].date"});
    // a dated record in the period decides it; the undated one does not matter
    CHECK(outcome(cpd, R"({"id":"x","cpd":[{"hours":2},{"date":"2026-01-01"}]})") == Outcome::met);
    auto hours = one("cpd { id = 'c', text = 't', min_hours = 10 }");
    CHECK(outcome(hours, R"({"id":"x","cpd":[{"date":"2026-01-01","hours":10},{"hours":1}]})") == Outcome::met);
    r = evaluate_one(*hours, profile_from(R"({"id":"x","cpd":[{"date":"2026-01-01","hours":4},{"hours":6}]})"), "c");
    CHECK(r.outcome == Outcome::unknown);
    CHECK(r.finding.missing == std::vector<std::string>{"cpd[1].date"});

    auto months = one("experience { id = 'c', text = 't', months = 12, employer_types = { 'local_authority' } }");
    r = evaluate_one(*months, profile_from(R"({"id":"x","employment":[{"employer_type":"local_authority"}]})"), "c");
    CHECK(r.outcome == Outcome::unknown);
    CHECK(r.finding.missing == std::vector<std::string>{"employment[0].start"});
    // a post that could not count anyway, or enough dated service, decides it
    CHECK(outcome(months, R"({"id":"x","employment":[{"employer_type":"private"}]})") == Outcome::not_met);
    CHECK(outcome(months, R"({"id":"x","employment":[{"employer_type":"local_authority"},
        {"employer_type":"local_authority","start":"2020-01-01"}]})") == Outcome::met);
}

TEST_CASE("cpd: records within the window before the as-of date") {
    auto rules = one("cpd { id = 'c', text = 't', within_months = 12 }");
    CHECK(outcome(rules, R"({"id":"x","cpd":[{"date":"2025-11-24"}]})") == Outcome::met);
    CHECK(outcome(rules, R"({"id":"x","cpd":[{"date":"2025-11-23"}]})") == Outcome::not_met);
    CHECK(outcome(rules, R"({"id":"x","cpd":[{"date":"2026-12-01"}]})") == Outcome::not_met);  // future
    CHECK(outcome(rules, R"({"id":"x","cpd":[]})") == Outcome::not_met);
    CHECK(outcome(rules, R"({"id":"x"})") == Outcome::unknown);
    auto hours = one("cpd { id = 'c', text = 't', min_hours = 10 }");
    CHECK(outcome(hours, R"({"id":"x","cpd":[{"date":"2026-01-01","hours":6},{"date":"2026-02-01","hours":4}]})") ==
          Outcome::met);
    CHECK(outcome(hours, R"({"id":"x","cpd":[{"date":"2026-01-01","hours":6}]})") == Outcome::not_met);
    CHECK(outcome(hours, R"({"id":"x","cpd":[{"date":"2026-01-01","hours":6},{"date":"2026-02-01"}]})") ==
          Outcome::unknown);
}

TEST_CASE("training: completed, in progress, absent") {
    auto rules = one("training { id = 'c', text = 't', training_id = 'role-training/t/r' }");
    CHECK(outcome(rules, R"({"id":"x","training":[{"id":"role-training/t/r","status":"completed"}]})") == Outcome::met);
    CHECK(outcome(rules, R"({"id":"x","training":[{"id":"role-training/t/r","status":"in_progress"}]})") ==
          Outcome::not_met);
    CHECK(outcome(rules, R"({"id":"x","training":[{"id":"other","status":"completed"}]})") == Outcome::not_met);
    CHECK(outcome(rules, R"({"id":"x"})") == Outcome::unknown);
}

TEST_CASE("competency: met only by assessed evidence; the latest assessment decides") {
    auto rules = one("competency { id = 'c', text = 'Knowledge of the Homelessness Reduction Act 2017' }");
    CHECK(outcome(rules, R"({"id":"x"})") == Outcome::unknown);
    CHECK(outcome(rules, R"({"id":"x","evidence":[]})") == Outcome::unknown);  // no assessment is not a failure
    CHECK(outcome(rules, R"({"id":"x","evidence":[{"competency":"c","status":"met","source":"manager"}]})") ==
          Outcome::met);
    CHECK(outcome(rules, R"({"id":"x","evidence":[{"competency":"c","status":"met","source":"self"}]})") ==
          Outcome::unknown);
    CHECK(outcome(rules, R"({"id":"x","evidence":[
        {"competency":"c","status":"met","source":"manager","date":"2024-01-01"},
        {"competency":"c","status":"not_met","source":"assessor","date":"2025-01-01"}]})") == Outcome::not_met);
    CHECK(outcome(rules, R"({"id":"x","evidence":[
        {"competency":"c","status":"met","source":"manager","date":"2024-01-01"},
        {"competency":"c","status":"not_met","source":"self","date":"2025-01-01"}]})") == Outcome::met);
}

TEST_CASE("groups: any_of, all_of and at_least with unknown members") {
    auto any = one("any_of { id = 'c', text = 't', training { training_id = 'a' }, competency { id = 'k' } }");
    // one member unknown, the other not met: unknown
    CHECK(outcome(any, R"({"id":"x","training":[]})") == Outcome::unknown);
    CHECK(outcome(any, R"({"id":"x","training":[{"id":"a","status":"completed"}]})") == Outcome::met);
    CHECK(outcome(any, R"({"id":"x","training":[],"evidence":[{"competency":"k","status":"not_met","source":"manager"}]})") ==
          Outcome::not_met);
    auto all = one("all_of { id = 'c', text = 't', training { training_id = 'a' }, competency { id = 'k' } }");
    CHECK(outcome(all, R"({"id":"x","training":[{"id":"a","status":"completed"}]})") == Outcome::unknown);
    CHECK(outcome(all, R"({"id":"x","training":[]})") == Outcome::not_met);
    auto two = one("at_least { id = 'c', text = 't', n = 2, training { training_id = 'a' }, training { training_id = 'b' }, "
                   "training { training_id = 'c' } }");
    CHECK(outcome(two, R"({"id":"x","training":[{"id":"a","status":"completed"},{"id":"c","status":"completed"}]})") ==
          Outcome::met);
    CHECK(outcome(two, R"({"id":"x","training":[{"id":"a","status":"completed"}]})") == Outcome::not_met);
    // a group of a fact and a judgement is a judgement
    CHECK(all->roles[0].levels[0].criteria[0].kind == Kind::judgement);
    CHECK(all->roles[0].levels[0].criteria[0].children[0].kind == Kind::fact);
}

TEST_CASE("custom: a sandboxed function decides, with its reason") {
    auto rules = one("custom { id = 'c', text = 't', check = function(p, as_of) "
                     "if p.driving == nil then return nil, 'no driving record' end "
                     "return p.driving.licence == 'full_uk', 'licence ' .. p.driving.licence .. ' as of ' .. as_of end }");
    auto r = evaluate_one(*rules, profile_from(R"({"id":"x","driving":{"licence":"full_uk"}})"), "c");
    CHECK(r.outcome == Outcome::met);
    CHECK(r.finding.note == "licence full_uk as of 2026-11-24");
    CHECK(outcome(rules, R"({"id":"x","driving":{"licence":"none"}})") == Outcome::not_met);
    CHECK(outcome(rules, R"({"id":"x"})") == Outcome::unknown);
}

TEST_CASE("custom: the profile view leaves out award dates and free text, and says whether a qualification is held") {
    auto rules = one("custom { id = 'c', text = 't', check = function(p) "
                     "local q, later, c = p.qualifications[1], p.qualifications[2], p.cpd[1] "
                     "return q.awarded == nil and q.title == nil and c.activity == nil and c.hours == 3 "
                     "and q.held == true and later.held == false and q.subject == 'English' end }");
    CHECK(outcome(rules, R"({"id":"x","qualifications":[
        {"kind":"gcse","subject":"English","grade":"5","title":"GCSE English","awarded":"1990-08-20"},
        {"kind":"degree","level":6,"awarded":"2030-07-01"}],
        "cpd":[{"date":"2026-01-01","hours":3,"activity":"Course"}]})") == Outcome::met);
}

TEST_CASE("custom: a function that loops or errors is unknown, a rule fault, with a reason that never quotes the error") {
    auto loops = one("custom { id = 'c', text = 't', check = function(p) while true do end end }");
    Profile x = profile_from(R"({"id":"x"})");
    auto r = evaluate_one(*loops, x, "c");
    CHECK(r.outcome == Outcome::unknown);
    CHECK(r.finding.rule_failed);
    CHECK(r.finding.note.empty());
    CHECK(reason(r, x) == "the rule's custom check failed, so this is undecided; the rule author can see why with -v");
    // the runner keeps the error for the author's log (`-v`)
    auto stopped = loops->custom->run(1, x, Date::parse("2026-11-24").value());
    CHECK(stopped.failed);
    CHECK(stopped.reason.find("instruction limit exceeded") != std::string::npos);
    auto errors = one("custom { id = 'c', text = 't', check = function(p) return p.nope.deeper end }");
    r = evaluate_one(*errors, x, "c");
    CHECK(r.outcome == Outcome::unknown);
    CHECK(r.finding.rule_failed);
    CHECK(errors->custom->run(1, x, Date::parse("2026-11-24").value()).reason.find("rules/t/role.lua:1:") !=
          std::string::npos);
    // and the state is still usable afterwards
    CHECK(evaluate_one(*loops, x, "c").outcome == Outcome::unknown);
    // the fault is found by role, level and criterion
    RoleResult role = evaluate_role(errors->roles[0], ProfileIndex(*errors, x, Date::parse("2026-11-24").value()));
    auto faults = rule_faults(role);
    REQUIRE(faults.size() == 1);
    CHECK(faults[0].criterion->id == "c");
    CHECK(rule_fault_warning(faults[0]) ==
          "role `t/r` level `A` criterion `c`: its custom check stopped with an error, so it is undecided (a fault in "
          "the rules, not in the profile; run with -v to see why)");
}

TEST_CASE("as of a date, records dated after it do not count") {
    // a qualification awarded later was not held
    auto cih = one("qualification { id = 'c', text = 't', kinds = { 'cih' }, min_level = 3 }");
    std::string awarded = R"({"id":"x","qualifications":[{"kind":"cih","level":3,"awarded":"2026-12-01"}]})";
    CHECK(outcome(cih, awarded, "2026-11-24") == Outcome::not_met);
    CHECK(outcome(cih, awarded, "2026-12-01") == Outcome::met);
    auto gcse = one("gcse { id = 'c', text = 't', subjects = { 'English' }, count = 1 }");
    std::string passed = R"({"id":"x","qualifications":[{"kind":"gcse","subject":"English","grade":"5","awarded":"2027-08-20"}]})";
    CHECK(outcome(gcse, passed, "2026-11-24") == Outcome::not_met);
    CHECK(outcome(gcse, passed, "2027-08-20") == Outcome::met);
    // training completed later was not completed
    auto training = one("training { id = 'c', text = 't', training_id = 'induction' }");
    std::string trained = R"({"id":"x","training":[{"id":"induction","status":"completed","date":"2026-12-01"}]})";
    CHECK(outcome(training, trained, "2026-11-24") == Outcome::not_met);
    CHECK(outcome(training, trained, "2026-12-02") == Outcome::met);
    // an assessment made later was not known; the one before it decides
    auto competency = one("competency { id = 'c', text = 't' }");
    std::string assessed = R"({"id":"x","evidence":[
        {"competency":"c","status":"not_met","source":"manager","date":"2026-06-01"},
        {"competency":"c","status":"met","source":"manager","date":"2026-12-01"}]})";
    CHECK(outcome(competency, assessed, "2026-11-24") == Outcome::not_met);
    CHECK(outcome(competency, assessed, "2026-12-01") == Outcome::met);
    CHECK(outcome(competency, R"({"id":"x","evidence":[{"competency":"c","status":"met","source":"manager","date":"2026-12-01"}]})",
                  "2026-11-24") == Outcome::unknown);
}
