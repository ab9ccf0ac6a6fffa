// Progression: gaps as records, dates projected consistently with the evaluator, readiness,
// career paths, and the words and formats of the reports.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "eligo/batch.h"
#include "eligo/progression.h"
#include "fixtures.h"

using namespace eligo;
using Catch::Matchers::Contains;
using Catch::Matchers::EndsWith;
using nlohmann::json;
using test::profile_from;
using test::rules_from;

namespace {

Date day(const char* text) { return *Date::parse(text); }

// A role whose only criterion is `experience { ... }` with the given fields.
std::shared_ptr<const RuleSet> experience_rules(const std::string& fields) {
    return rules_from("role { id = 't/r', title = 'T', level { id = 'A', experience = { experience { id = 'c', "
                      "text = 'Experience', " + fields + " } } } }");
}

const Criterion& only_criterion(const RuleSet& rules) { return rules.roles.front().levels.front().criteria.front(); }

Outcome outcome_on(const RuleSet& rules, const Profile& p, const Criterion& c, Date d) {
    ProfileIndex index(rules, p, d);
    return evaluate_criterion(c, index).outcome;
}

// The projected date is the first day on which evaluating the criterion gives met.
void check_first_met(const RuleSet& rules, const Profile& p, const Criterion& c, Date d) {
    INFO("projected " << d.to_string());
    CHECK(outcome_on(rules, p, c, d) == Outcome::met);
    CHECK(outcome_on(rules, p, c, d.add_days(-1)) != Outcome::met);
}

TimeGap projected(const RuleSet& rules, const Profile& p, const char* as_of) {
    ProfileIndex index(rules, p, day(as_of));
    auto gap = time_gap(only_criterion(rules), index);
    REQUIRE(gap);
    return *gap;
}

// A progression framework of three levels, written to exercise every kind of gap.
const char* kOfficer = R"(
role { id = 't/officer', title = 'Officer', grade = 'Range 4', framework = 'Test framework',
  level { id = 'A', name = 'Developing',
    qualifications = { cih { id = 'cih-2', text = 'CIH Level 2', min_level = 2 } },
    knowledge = { competency { id = 'law', text = 'Knowledge of the law' } } },
  level { id = 'B', name = 'Practising',
    experience = { experience { id = 'homeless-24', text = 'At least 24 months with homeless households',
                                months = 24, areas = { 'homelessness' } } },
    other = { cpd { id = 'cpd', text = 'Evidence of CPD' } } },
  level { id = 'C', name = 'Expert',
    qualifications = { any_of { id = 'cih-3-or-equivalent', text = 'CIH Level 3 or equivalent',
        cih { id = 'cih-3', text = 'CIH Level 3', min_level = 3 },
        qualification { id = 'housing-3', text = 'Housing qualification at Level 3', min_level = 3, areas = { 'housing' } } } },
    experience = { all_of { id = 'managing-12', text = 'A year managing staff, and managing them well',
        experience { id = 'managerial-12', text = '12 months managing staff', months = 12, managerial = true },
        competency { id = 'manages-well', text = 'Manages staff well' } } },
    skills = { competency { id = 'nice', text = 'Nice to have', desirable = true } } },
}
role { id = 't/senior', title = 'Senior Officer', framework = 'Test framework',
  level { id = 'A', name = 'Developing', qualifications = { cih { id = 'cih', text = 'A CIH qualification', min_level = 1 } } } }
role { id = 't/driver', title = 'Driver', framework = 'Another framework',
  level { id = 'A', name = 'Developing', other = { driving { id = 'licence', text = 'A full UK licence' } } } }
role { id = 't/clerk', title = 'Clerk', framework = 'Another framework',
  level { id = 'A', name = 'Developing', other = { training { id = 'induction', text = 'Induction', training_id = 'induction' } } } }
)";

// Someone recorded at A who meets B: CIH Level 2, the law assessed, 25 months in homelessness work
// and recent CPD; towards C: CIH Level 3 in progress and a post that does not manage staff.
const char* kSam = R"({"id":"E-1","name":"Sam <Example>",
  "current_role": {"role":"t/officer","level":"A","since":"2025-02-03"},
  "qualifications":[{"kind":"cih","title":"CIH Level 2 Certificate","level":2,"awarded":"2021-06-30"},
                    {"kind":"cih","title":"CIH Level 3 Certificate","level":3,"areas":["housing"],"status":"in_progress"}],
  "employment":[{"employer":"Council","areas":["homelessness"],"managerial":false,"start":"2024-10-01"}],
  "cpd":[{"date":"2026-09-01","hours":3,"activity":"refresher"}],
  "evidence":[{"competency":"law","status":"met","source":"manager","by":"M-1","date":"2025-06-01"},
              {"competency":"manages-well","status":"met","source":"self","date":"2025-08-01"}]})";

const Gap& gap_with_part(const std::vector<Gap>& gaps, const std::string& id) {
    for (const auto& g : gaps)
        if (g.part().id == id) return g;
    FAIL("no gap for " << id);
    return gaps.front();
}

}  // namespace

// --- the date a time-based requirement is met ---------------------------------------------------

TEST_CASE("progression: the projected date is the first day the criterion is met, as the evaluator counts") {
    auto rules = experience_rules("months = 24, areas = { 'homelessness' }");
    Profile p = profile_from(R"({"id":"x","employment":[
        {"areas":["homelessness"],"start":"2025-02-03"}]})");
    TimeGap t = projected(*rules, p, "2026-11-24");
    CHECK(t.wait == Wait::met_on_date);
    CHECK(t.needed == 24);
    CHECK(static_cast<int>(t.served) == 21);
    CHECK(t.current_posts == std::vector<int>{0});
    CHECK_FALSE(t.part_time);
    REQUIRE(t.met_on);
    CHECK(t.met_on->to_string() == "2027-02-03");
    check_first_met(*rules, p, only_criterion(*rules), *t.met_on);
}

TEST_CASE("progression: projection across month ends and leap years") {
    auto one_month = experience_rules("months = 1");
    // 2024-01-31 + 1 month is the leap day
    Profile leap = profile_from(R"({"id":"x","employment":[{"start":"2024-01-31"}]})");
    TimeGap t = projected(*one_month, leap, "2024-02-10");
    REQUIRE(t.met_on);
    CHECK(t.met_on->to_string() == "2024-02-29");
    check_first_met(*one_month, leap, only_criterion(*one_month), *t.met_on);
    // the same in a common year ends on the 28th
    Profile common = profile_from(R"({"id":"x","employment":[{"start":"2023-01-31"}]})");
    t = projected(*one_month, common, "2023-02-10");
    REQUIRE(t.met_on);
    CHECK(t.met_on->to_string() == "2023-02-28");
    check_first_met(*one_month, common, only_criterion(*one_month), *t.met_on);

    // a year from 2023-02-28 across the 2024 leap day
    auto year = experience_rules("months = 12");
    Profile across = profile_from(R"({"id":"x","employment":[{"start":"2023-02-28"}]})");
    t = projected(*year, across, "2023-06-01");
    REQUIRE(t.met_on);
    CHECK(t.met_on->to_string() == "2024-02-28");
    check_first_met(*year, across, only_criterion(*year), *t.met_on);

    // leftover days of a past period add to the ongoing one's (31 days of 30.4375 make a month)
    auto two = experience_rules("months = 2");
    Profile days = profile_from(R"({"id":"x","employment":[
        {"start":"2020-01-01","end":"2020-01-16"}, {"start":"2024-02-01"}]})");
    t = projected(*two, days, "2024-02-20");
    REQUIRE(t.met_on);
    CHECK(t.met_on->to_string() == "2024-03-16");
    check_first_met(*two, days, only_criterion(*two), *t.met_on);
}

TEST_CASE("progression: projections agree with the evaluator over many start and as-of dates") {
    auto rules = experience_rules("months = 7");
    for (const char* start : {"2023-01-29", "2023-01-30", "2023-01-31", "2023-08-31", "2023-12-31", "2024-02-29"})
        for (int offset : {0, 15, 100}) {
            Profile p = profile_from(std::string(R"({"id":"x","employment":[{"start":")") + start + "\"}]}");
            Date as_of = day(start).add_days(offset);
            ProfileIndex index(*rules, p, as_of);
            auto t = time_gap(only_criterion(*rules), index);
            REQUIRE(t);
            REQUIRE(t->met_on);
            INFO("start " << start << ", as of " << as_of.to_string());
            check_first_met(*rules, p, only_criterion(*rules), *t->met_on);
        }
}

TEST_CASE("progression: a post that starts on the as-of date is the current post") {
    auto rules = experience_rules("months = 3");
    Profile p = profile_from(R"({"id":"x","employment":[{"start":"2026-11-24"}]})");
    TimeGap t = projected(*rules, p, "2026-11-24");
    CHECK(t.current_posts == std::vector<int>{0});
    REQUIRE(t.met_on);
    CHECK(t.met_on->to_string() == "2027-02-24");
}

TEST_CASE("progression: part-time posts count in full, and the report says so") {
    auto rules = experience_rules("months = 12");
    Profile full = profile_from(R"({"id":"x","employment":[{"start":"2026-06-01","hours_per_week":37}]})");
    Profile part = profile_from(R"({"id":"x","employment":[{"start":"2026-06-01","hours_per_week":18.5}]})");
    TimeGap f = projected(*rules, full, "2026-11-24");
    TimeGap h = projected(*rules, part, "2026-11-24");
    CHECK_FALSE(f.part_time);
    CHECK(h.part_time);
    REQUIRE(h.met_on);
    CHECK(h.met_on == f.met_on);  // not pro-rated
    CHECK(h.met_on->to_string() == "2027-06-01");

    // a part-time post wholly inside a full-time one adds nothing, so nothing needs saying
    Profile inside = profile_from(R"({"id":"x","employment":[{"start":"2026-06-01","hours_per_week":37},
        {"start":"2026-07-01","end":"2026-09-30","hours_per_week":6}]})");
    CHECK_FALSE(projected(*rules, inside, "2026-11-24").part_time);

    ProfileIndex index(*rules, part, day("2026-11-24"));
    auto gaps = gaps_of(evaluate_role(rules->roles.front(), index).levels.front(), index);
    REQUIRE(gaps.size() == 1);
    CHECK_THAT(action(gaps.front(), part),
               EndsWith("; met on 2027-06-01 if the current post continues (part-time posts count in full: the rules do "
                        "not pro-rate hours)"));
}

TEST_CASE("progression: no projection when waiting cannot meet the requirement") {
    SECTION("every period ended before the as-of date") {
        auto rules = experience_rules("months = 36");
        Profile p = profile_from(R"({"id":"x","employment":[{"start":"2023-01-01","end":"2025-06-30"}]})");
        TimeGap t = projected(*rules, p, "2026-11-24");
        CHECK(t.wait == Wait::no_current_post);
        CHECK_FALSE(t.met_on);
        CHECK(t.current_posts.empty());
        // a post that ended yesterday has ended too
        Profile yesterday = profile_from(R"({"id":"x","employment":[{"start":"2026-01-01","end":"2026-11-23"}]})");
        CHECK(projected(*rules, yesterday, "2026-11-24").wait == Wait::no_current_post);
    }
    SECTION("the current post lacks what the requirement filters on: managing staff") {
        auto rules = experience_rules("months = 12, managerial = true");
        Profile p = profile_from(R"({"id":"x","employment":[{"managerial":false,"start":"2020-01-01"}]})");
        TimeGap t = projected(*rules, p, "2026-11-24");
        CHECK(t.wait == Wait::current_post_does_not_count);
        CHECK_FALSE(t.met_on);
    }
    SECTION("the post that counts has a recorded end before the need is met") {
        auto rules = experience_rules("months = 24");
        Profile p = profile_from(R"({"id":"x","employment":[{"start":"2026-01-01","end":"2027-06-30"}]})");
        TimeGap t = projected(*rules, p, "2026-11-24");
        CHECK(t.wait == Wait::post_ends_first);
        CHECK_FALSE(t.met_on);
        ProfileIndex index(*rules, p, day("2026-11-24"));
        auto gaps = gaps_of(evaluate_role(rules->roles.front(), index).levels.front(), index);
        REQUIRE(gaps.size() == 1);
        CHECK_THAT(action(gaps.front(), p), EndsWith("; the post that counts ends on 2027-06-30, before it is met"));
    }
    SECTION("a current post that may count but lacks data is missing data, not time") {
        auto rules = experience_rules("months = 12, areas = { 'housing' }");
        Profile p = profile_from(R"({"id":"x","employment":[{"start":"2020-01-01"}]})");
        ProfileIndex index(*rules, p, day("2026-11-24"));
        auto gaps = gaps_of(evaluate_role(rules->roles.front(), index).levels.front(), index);
        REQUIRE(gaps.size() == 1);
        CHECK(gaps.front().kind == GapKind::missing_data);
        CHECK(gaps.front().fields == std::vector<std::string>{"employment[0].areas"});
        REQUIRE(gaps.front().time);
        CHECK(gaps.front().time->wait == Wait::current_post_uncertain);
        CHECK(action(gaps.front(), p) == "record `employment[0].areas` in the profile: up to 82 months may count; needs 12");
    }
}

// --- gaps, readiness and the record --------------------------------------------------------------

TEST_CASE("progression: ready for the next level when the record is behind; the gaps are beyond it") {
    auto rules = rules_from(kOfficer);
    Profile p = profile_from(kSam);
    ProfileIndex index(*rules, p, day("2026-11-24"));
    auto current = assess_current_role(index);
    REQUIRE(current);
    const Progression& pr = *current;
    CHECK(pr.role->id == "t/officer");
    CHECK(pr.recorded == "A");
    CHECK(pr.attained == "B");
    CHECK(pr.record == RecordStatus::behind);
    REQUIRE(pr.next);
    CHECK(pr.next->id == "B");
    CHECK(pr.readiness == Readiness::ready);
    REQUIRE(pr.gap_levels.size() == 1);
    CHECK(pr.gap_levels.front()->id == "C");
    CHECK(pr.facts_level == "B");  // C's managerial experience is a fact not met

    // C: the any_of is one qualification gap; the all_of gives one gap per member; desirables none
    REQUIRE(pr.gaps.size() == 3);
    CHECK(pr.count(GapKind::qualification) == 1);
    CHECK(pr.count(GapKind::time) == 1);
    CHECK(pr.count(GapKind::judgement) == 1);
    const Gap& cih = pr.gaps[0];
    CHECK(cih.criterion->id == "cih-3-or-equivalent");
    CHECK(cih.needed == 1);
    REQUIRE(cih.options.size() == 2);
    CHECK(cih.options[0].completing == std::vector<int>{1});
    CHECK(action(cih, p) == "working towards CIH Level 3 Certificate; met once it is achieved");

    const Gap& managing = gap_with_part(pr.gaps, "managerial-12");
    CHECK(managing.criterion->id == "managing-12");
    CHECK(managing.kind == GapKind::time);
    REQUIRE(managing.time);
    CHECK(managing.time->wait == Wait::current_post_does_not_count);
    CHECK_FALSE(managing.met_on);
    CHECK_FALSE(pr.earliest_met_on());
    CHECK_THAT(action(managing, p), EndsWith("; the current post does not count towards it, so waiting will not meet it"));

    const Gap& well = gap_with_part(pr.gaps, "manages-well");
    REQUIRE(well.judgement);
    CHECK(well.judgement->state == EvidenceState::self_declared);
    CHECK(well.judgement->evidence == 1);
    CHECK(well.judgement->old);  // 2025-08-01 is more than 12 months before 2026-11-24
    CHECK(action(well, p) ==
          "to be assessed by a manager or assessor: self-declared only on 2025-08-01, over 12 months ago");
}

TEST_CASE("progression: not ready, with the gaps of the next level and the date waiting closes one") {
    auto rules = rules_from(kOfficer);
    const char* base = R"({"id":"E-2","current_role":{"role":"t/officer","level":"A"},
        "qualifications":[{"kind":"cih","title":"CIH Level 2 Certificate","level":2}],
        "employment":[{"areas":["homelessness"],"start":"%s","hours_per_week":37}]%s,
        "evidence":[{"competency":"law","status":"met","source":"manager","date":"2026-01-01"}]})";
    auto person = [&](const char* start, const char* cpd) {
        char buffer[1024];
        std::snprintf(buffer, sizeof buffer, base, start, cpd);
        return profile_from(buffer);
    };
    // 17 of 24 months: a fact not met, so not ready; CPD not recorded is missing data
    Profile p = person("2025-06-01", "");
    ProfileIndex index(*rules, p, day("2026-11-24"));
    auto pr = assess_current_role(index);
    REQUIRE(pr);
    CHECK(pr->record == RecordStatus::matches);
    CHECK(pr->next->id == "B");
    CHECK(pr->readiness == Readiness::not_ready);
    REQUIRE(pr->gaps.size() == 2);
    const Gap& time = pr->gaps[0];
    CHECK(time.kind == GapKind::time);
    REQUIRE(time.met_on);
    CHECK(time.met_on->to_string() == "2027-06-01");
    CHECK(pr->earliest_met_on() == time.met_on);
    check_first_met(*rules, p, time.part(), *time.met_on);
    CHECK_THAT(action(time, p), EndsWith("; needs 24; met on 2027-06-01 if the current post continues"));
    const Gap& cpd = pr->gaps[1];
    CHECK(cpd.kind == GapKind::missing_data);
    CHECK(cpd.fields == std::vector<std::string>{"cpd"});
    CHECK(action(cpd, p) == "record `cpd` in the profile");

    // the months served, CPD unrecorded: nothing failed, so it needs assessment (of the record)
    Profile served = person("2024-01-01", "");
    ProfileIndex served_index(*rules, served, day("2026-11-24"));
    auto waiting = assess_current_role(served_index);
    CHECK(waiting->readiness == Readiness::needs_assessment);
    CHECK(waiting->count(GapKind::missing_data) == 1);

    // CPD recorded as none: a fact not met, of the other kind
    Profile none = person("2024-01-01", R"(,"cpd":[])");
    ProfileIndex none_index(*rules, none, day("2026-11-24"));
    auto not_ready = assess_current_role(none_index);
    CHECK(not_ready->readiness == Readiness::not_ready);
    CHECK(not_ready->count(GapKind::other) == 1);
    CHECK(not_ready->gaps.size() == 1);
}

TEST_CASE("progression: a recorded level that is not attained lists its gaps and the next level's") {
    auto rules = rules_from(kOfficer);
    Profile p = profile_from(R"({"id":"E-3","current_role":{"role":"t/officer","level":"B"},
        "qualifications":[{"kind":"cih","title":"CIH Level 1 Award","level":1}], "cpd":[], "employment":[],
        "evidence":[{"competency":"law","status":"not_met","source":"assessor","by":"A-9","date":"2024-01-10"}]})");
    ProfileIndex index(*rules, p, day("2026-11-24"));
    auto pr = assess_current_role(index);
    REQUIRE(pr);
    CHECK_FALSE(pr->attained);
    CHECK(pr->record == RecordStatus::ahead);
    CHECK(pr->next->id == "C");
    CHECK(pr->readiness == Readiness::not_ready);
    REQUIRE(pr->gap_levels.size() == 3);
    CHECK(pr->gaps.front().level->id == "A");
    const Gap& cih = pr->gaps[0];
    CHECK(cih.kind == GapKind::qualification);
    CHECK(cih.held == std::vector<int>{0});
    CHECK(cih.completing.empty());
    const Gap& law = gap_with_part(pr->gaps, "law");
    CHECK(law.judgement->state == EvidenceState::assessed_not_met);
    CHECK(action(law, p) == "to be reassessed: assessed as not met by assessor A-9 on 2024-01-10, over 12 months ago");
    // the choice between two qualifications held against the same one reads as one line
    const Gap& c = gap_with_part(pr->gaps, "cih-3-or-equivalent");
    CHECK(action(c, p) == "holds CIH Level 1 Award (level 1, achieved); needs one of: CIH Level 3; Housing qualification at Level 3");
}

TEST_CASE("progression: the top level, no recorded level, and a recorded level the role lacks") {
    auto rules = rules_from(kOfficer);
    const char* all = R"({"id":"E-4","current_role":{"role":"t/officer"%s},
        "qualifications":[{"kind":"cih","level":3,"areas":["housing"]}], "cpd":[{"date":"2026-10-01"}],
        "employment":[{"areas":["homelessness"],"managerial":true,"start":"2020-01-01"}],
        "evidence":[{"competency":"law","status":"met","source":"manager"},
                    {"competency":"manages-well","status":"met","source":"manager"}]})";
    auto with_level = [&](const std::string& level) {
        char buffer[1024];
        std::snprintf(buffer, sizeof buffer, all, level.c_str());
        return profile_from(buffer);
    };
    Profile top = with_level(",\"level\":\"C\"");
    ProfileIndex index(*rules, top, day("2026-11-24"));
    auto pr = assess_current_role(index);
    REQUIRE(pr);
    CHECK(pr->attained == "C");
    CHECK_FALSE(pr->next);
    CHECK(pr->readiness == Readiness::top_level);
    CHECK(pr->gaps.empty());
    CHECK(pr->gap_levels.empty());

    Profile unrecorded = with_level("");
    ProfileIndex index2(*rules, unrecorded, day("2026-11-24"));
    CHECK(assess_current_role(index2)->record == RecordStatus::none);

    Profile odd = with_level(",\"level\":\"Z\"");
    ProfileIndex index3(*rules, odd, day("2026-11-24"));
    auto z = assess_current_role(index3);
    CHECK(z->record == RecordStatus::unknown_level);
    CHECK(z->readiness == Readiness::top_level);  // the next level is judged from the attained one
}

TEST_CASE("progression: evidence is old after 12 months, a judgement in a choice is what stays open") {
    auto rules = rules_from(R"(role { id = 't/r', title = 'T', level { id = 'A',
        skills = { competency { id = 'k', text = 'Skilled' },
                   any_of { id = 'either', text = 'Either', training { id = 'course', training_id = 'course' },
                            competency { id = 'j', text = 'Judged able' } } } } })");
    Profile p = profile_from(R"({"id":"x","training":[],"evidence":[
        {"competency":"k","status":"met","source":"self","date":"2025-12-01"}]})");
    ProfileIndex index(*rules, p, day("2026-11-24"));
    auto gaps = gaps_of(evaluate_role(rules->roles.front(), index).levels.front(), index);
    REQUIRE(gaps.size() == 2);
    CHECK_FALSE(gaps[0].judgement->old);  // under 12 months
    CHECK(action(gaps[0], p) == "to be assessed by a manager or assessor: self-declared only on 2025-12-01");
    CHECK(gaps[1].kind == GapKind::judgement);  // the training failed; the judgement may still meet it
    CHECK(gaps[1].needed == 1);
    CHECK_THAT(action(gaps[1], p), Contains("Judged able: to be assessed: no evidence recorded"));
}

TEST_CASE("progression: a choice of time-based members closes on the earliest date") {
    auto rules = rules_from(R"(role { id = 't/r', title = 'T', level { id = 'A',
        experience = { any_of { id = 'either', text = 'A year in housing or two in care',
            experience { id = 'housing', text = 'A year in housing', months = 12, areas = { 'housing' } },
            experience { id = 'care', text = 'Two years in care', months = 24, areas = { 'social_care' } } } } } })");
    Profile p = profile_from(R"({"id":"x","employment":[{"areas":["housing","social_care"],"start":"2026-05-01"}]})");
    ProfileIndex index(*rules, p, day("2026-11-24"));
    auto gaps = gaps_of(evaluate_role(rules->roles.front(), index).levels.front(), index);
    REQUIRE(gaps.size() == 1);
    CHECK(gaps[0].kind == GapKind::time);
    REQUIRE(gaps[0].met_on);
    CHECK(gaps[0].met_on->to_string() == "2027-05-01");
    check_first_met(*rules, p, *gaps[0].criterion, *gaps[0].met_on);
}

TEST_CASE("progression: current_role missing or unknown is an error naming the field") {
    auto rules = rules_from(kOfficer);
    Profile none = profile_from(R"({"id":"x"})");
    ProfileIndex index(*rules, none, day("2026-11-24"));
    auto pr = assess_current_role(index);
    REQUIRE_FALSE(pr);
    CHECK(pr.errors().front().to_string() == "current_role: not recorded; progression starts from the role a person holds");

    Profile typo = profile_from(R"({"id":"x","current_role":{"role":"t/oficer","level":"A"}})");
    ProfileIndex index2(*rules, typo, day("2026-11-24"));
    auto bad = assess_current_role(index2);
    REQUIRE_FALSE(bad);
    CHECK(bad.errors().front().to_string() == "current_role.role: unknown role `t/oficer`\n  did you mean `t/officer`?");

    // career paths still work
    PersonProgression person = assess_person(*rules, none, day("2026-11-24"));
    CHECK_FALSE(person.current);
    REQUIRE(person.problem);
    CHECK(person.paths.size() == 4);
}

TEST_CASE("progression: career paths, this framework first, then by readiness and gaps") {
    auto rules = rules_from(kOfficer);
    Profile p = profile_from(kSam);
    PersonProgression person = assess_person(*rules, p, day("2026-11-24"));
    std::vector<std::string> order;
    for (const auto& path : person.paths) order.push_back(path.progression.role->id);
    // t/senior: same framework, ready (a CIH qualification is held); then t/clerk and t/driver, each
    // missing one record, in rule set order (by id); no path is the current role
    CHECK(order == std::vector<std::string>{"t/senior", "t/clerk", "t/driver"});
    CHECK(person.paths[0].same_framework);
    CHECK(person.paths[0].entry == Readiness::ready);
    CHECK(person.paths[1].entry == Readiness::needs_assessment);
    CHECK(person.paths[1].progression.count(GapKind::missing_data) == 1);

    // --role narrows them
    PersonProgression narrowed = assess_person(*rules, p, day("2026-11-24"), {rules->find_role("t/clerk")});
    REQUIRE(narrowed.paths.size() == 1);
    CHECK(narrowed.paths[0].progression.role->id == "t/clerk");
    // and the team view skips them
    CHECK(assess_person(*rules, p, day("2026-11-24"), {}, false).paths.empty());
}

// --- reports --------------------------------------------------------------------------------------

namespace {

std::string report(const RuleSet& rules, const PersonProgression& person, ProgressionFormat format) {
    std::ostringstream out;
    {
        ProgressionReport r(out, rules, {person.as_of, format, false});
        r.add(person);
    }
    return out.str();
}

}  // namespace

TEST_CASE("progression report: text names the id only, the standing, the ladder and each gap") {
    auto rules = rules_from(kOfficer);
    Profile p = profile_from(kSam);
    PersonProgression person = assess_person(*rules, p, day("2026-11-24"));
    std::string text = report(*rules, person, ProgressionFormat::text);
    CHECK_THAT(text, Contains("Progression E-1  as of 2026-11-24"));
    CHECK_THAT(text, Contains("  recorded:  level A since 2025-02-03\n"));
    CHECK_THAT(text, Contains("  attained:  level B (above the recorded level A, so the record may be behind)\n"));
    CHECK_THAT(text, Contains("  next:      level B (Practising): ready\n"));
    CHECK_THAT(text, Contains("    B   Practising            eligible      attained, next\n"));
    CHECK_THAT(text, Contains("  3 gaps for level C: 1 qualification, 1 time, 1 judgement\n"));
    CHECK_THAT(text, Contains("    [ ] qualification CIH Level 3 or equivalent\n"
                              "                      working towards CIH Level 3 Certificate; met once it is achieved\n"));
    CHECK_THAT(text, Contains("    ready             t/senior  attained level A; facts reach level A\n"));
    CHECK_THAT(text, !Contains("Sam"));
}

TEST_CASE("progression report: JSON for programs") {
    auto rules = rules_from(kOfficer);
    Profile p = profile_from(kSam);
    PersonProgression person = assess_person(*rules, p, day("2026-11-24"));
    json doc = json::parse(report(*rules, person, ProgressionFormat::json));
    CHECK(doc["as_of"] == "2026-11-24");
    CHECK(doc["ruleset"]["digest"].get<std::string>().starts_with("sha256:"));
    const json& me = doc["profiles"][0];
    CHECK(me["id"] == "E-1");
    CHECK_FALSE(me.contains("name"));
    const json& c = me["current"];
    CHECK(c["role"] == "t/officer");
    CHECK(c["record"] == "behind");
    CHECK(c["next_level"] == "B");
    CHECK(c["readiness"] == "ready");
    CHECK(c["gap_levels"] == json::array({"C"}));
    CHECK(c["gap_counts"]["judgement"] == 1);
    CHECK(c["earliest_met_on"].is_null());
    const json& managing = c["gaps"][1];
    CHECK(managing["kind"] == "time");
    CHECK(managing["criterion"] == "managing-12");
    CHECK(managing["part"] == "managerial-12");
    CHECK(managing["months_needed"] == 12);
    CHECK(managing["wait"] == "current_post_does_not_count");
    CHECK(managing["met_on"].is_null());
    CHECK(c["gaps"][0]["options"][0]["working_towards"] == json::array({"qualifications[1]"}));
    CHECK(c["gaps"][2]["evidence_state"] == "self_declared");
    CHECK(c["gaps"][2]["evidence_old"] == true);
    CHECK(me["career_paths"].size() == 3);
    CHECK(me["career_paths"][0]["entry"] == "ready");
}

TEST_CASE("progression report: Markdown and self-contained HTML for an appraisal") {
    auto rules = rules_from(kOfficer);
    Profile p = profile_from(kSam);
    PersonProgression person = assess_person(*rules, p, day("2026-11-24"));
    std::string markdown = report(*rules, person, ProgressionFormat::markdown);
    CHECK_THAT(markdown, Contains("# Progression report: Sam \\<Example\\> (E-1)\n"));
    CHECK_THAT(markdown, Contains("| Rule set | "));
    CHECK_THAT(markdown, Contains("## Level ladder"));
    CHECK_THAT(markdown, Contains("- [ ] **Judgement.** Manages staff well  \n"));
    CHECK_THAT(markdown, Contains("## Appendix: the full explanation"));

    std::string html = report(*rules, person, ProgressionFormat::html);
    CHECK(html.starts_with("<!DOCTYPE html>"));
    CHECK_THAT(html, Contains("<h1>Progression report: Sam &lt;Example&gt; (E-1)</h1>"));
    CHECK_THAT(html, Contains("<div class=\"ladder\">"));
    CHECK_THAT(html, Contains("<span class=\"box\"></span>"));
    CHECK_THAT(html, !Contains("<Example>"));
    // self-contained: no stylesheet, script or image fetched from anywhere
    CHECK_THAT(html, !Contains("<link"));
    CHECK_THAT(html, !Contains("<script"));
    CHECK_THAT(html, !Contains("src="));
    CHECK(html.ends_with("</html>\n"));
}

// --- team view ----------------------------------------------------------------------------------

namespace {

TeamSummary team_of(const RuleSet& rules, const std::vector<Profile>& people) {
    TeamSummary team{day("2026-11-24"), rules.name + " " + rules.version, rules.digest, {}};
    for (const auto& p : people) team.rows.push_back(team_row(assess_person(rules, p, team.as_of, {}, false)));
    return team;
}

}  // namespace

TEST_CASE("team view: one row per person, as text, CSV and XLSX") {
    auto rules = rules_from(kOfficer);
    std::vector<Profile> people = {profile_from(kSam), profile_from(R"({"id":"=1+1","name":"Applicant, A"})")};
    TeamSummary team = team_of(*rules, people);
    REQUIRE(team.rows.size() == 2);
    const TeamRow& sam = team.rows[0];
    CHECK(sam.role == "t/officer");
    CHECK(sam.readiness == Readiness::ready);
    CHECK(sam.gap_levels == "C");
    CHECK(sam.gaps == std::array<int, 5>{1, 1, 0, 1, 0});
    CHECK(sam.note == "attained B above recorded A: the record may be behind");
    CHECK(team.rows[1].note == "no current_role recorded");

    std::ostringstream text;
    write_team_text(text, team);
    CHECK_THAT(text.str(), Contains("id    role       recorded  attained  next  ready  gaps for  qual  time  data  judge  other  earliest  note\n"));
    CHECK_THAT(text.str(), Contains("E-1   t/officer  A         B         B     yes    C         1     1     0     1      0      -         attained B"));
    CHECK_THAT(text.str(), !Contains("Sam"));

    std::ostringstream csv;
    write_team_csv(csv, team);
    CHECK(csv.str() ==
          "ID,Name,Role,Role title,Recorded level,Attained level,Next level,Ready for next,Gaps for level,Qualification gaps,"
          "Time gaps,Missing data,Judgements to assess,Other gaps,Earliest time gap closes,Note\r\n"
          "E-1,Sam <Example>,t/officer,Officer,A,B,B,yes,C,1,1,0,1,0,,attained B above recorded A: the record may be behind\r\n"
          "'=1+1,\"Applicant, A\",,,,,,,,,,,,,,no current_role recorded\r\n");

    namespace fs = std::filesystem;
    fs::path path = fs::temp_directory_path() / "eligo-progression-team.xlsx";
    fs::remove(path);
    REQUIRE_FALSE(write_team_xlsx(path.string(), team));
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(bytes.starts_with("PK\x03\x04"));
    CHECK(bytes.size() > 2000);
    CHECK_THAT(bytes, Contains("xl/worksheets/sheet1.xml"));  // names in a zip are stored as they are
    CHECK_THAT(bytes, Contains("xl/worksheets/sheet2.xml"));

    // Read back: the Team sheet has the role's title beside its id; the Gaps sheet one row per gap.
    auto sheet = [&](const std::string& name) {
        auto mapping = parse_csv_mapping(R"({"mapping": "eligo-csv/1", "id": "ID", "name": "Name"})", "mapping");
        REQUIRE(mapping);
        auto source = open_xlsx(path.string(), *mapping, TableOptions{.sheet = name});
        INFO((source ? std::string() : test::messages(source.errors())));
        REQUIRE(source);
        std::vector<std::vector<std::string>> rows;
        RawRecord record;
        while ((*source)->next(record)) rows.push_back(record.cells);
        return rows;
    };
    auto members = sheet("Team");
    REQUIRE(members.size() == 2);
    CHECK(std::vector<std::string>(members[0].begin(), members[0].begin() + 5) ==
          std::vector<std::string>{"E-1", "Sam <Example>", "t/officer", "Officer", "A"});
    auto gaps = sheet("Gaps");
    REQUIRE(gaps.size() == 3);  // Sam's three gaps for C; the applicant, with no role, has none
    for (const auto& row : gaps) {
        INFO(row.size());
        CHECK(std::vector<std::string>(row.begin(), row.begin() + 5) ==
              std::vector<std::string>{"E-1", "Sam <Example>", "t/officer", "Officer", "C"});
    }
    CHECK(gaps[0][5] == "qualification");
    CHECK(gaps[0][6] == "CIH Level 3 or equivalent");
    CHECK(gaps[0][7] == "working towards CIH Level 3 Certificate; met once it is achieved");
    CHECK(gaps[1][5] == "time");
    CHECK(gaps[1][6] == "12 months managing staff");
    CHECK(gaps[2][5] == "judgement");
    CHECK(gaps[2][6] == "Manages staff well");

    // A time gap that waiting closes has its date.
    std::vector<Profile> managing = {profile_from(R"({"id":"E-2","current_role":{"role":"t/officer","level":"B"},
      "qualifications":[{"kind":"cih","level":2,"awarded":"2021-06-30"}],
      "employment":[{"employer":"Council","areas":["homelessness"],"managerial":false,"start":"2024-06-01","end":"2026-05-31"},
                    {"employer":"Council","areas":["homelessness"],"managerial":true,"start":"2026-06-01"}],
      "cpd":[{"date":"2026-09-01","hours":3}],
      "evidence":[{"competency":"law","status":"met","source":"manager","date":"2025-06-01"}]})")};
    fs::remove(path);
    REQUIRE_FALSE(write_team_xlsx(path.string(), team_of(*rules, managing)));
    gaps = sheet("Gaps");
    REQUIRE_FALSE(gaps.empty());
    bool dated = false;
    for (const auto& row : gaps) dated = dated || (row.size() == 9 && !row[8].empty());
    CHECK(dated);

    auto error = write_team_xlsx("/nonexistent-directory/team.xlsx", team);
    REQUIRE(error);
    CHECK_THAT(error->to_string(), Contains("/nonexistent-directory/team.xlsx: "));
}

TEST_CASE("career paths: promotions first, each with its grade; lateral moves and lower grades only when asked for") {
    // The grade order is the rules' (`grade_ranks` in lib/equivalences.lua): Apprentice, then Range 2 to 7.
    auto rules = rules_from(R"(
role { id = 't/officer', title = 'Officer', grade = 'Range 4', framework = 'Test framework',
  level { id = 'A', name = 'Developing', other = { training { id = 'induction', text = 'Induction', training_id = 'induction' } } } }
role { id = 't/apprentice', title = 'Apprentice', grade = 'Apprentice', framework = 'Test framework',
  level { id = 'L2', name = 'Intermediate', other = { training { id = 'induction', text = 'Induction', training_id = 'induction' } } } }
role { id = 't/peer', title = 'Peer', grade = 'Range 4', framework = 'Test framework',
  level { id = 'A', name = 'Developing', other = { training { id = 'induction', text = 'Induction', training_id = 'induction' } } } }
role { id = 't/elsewhere', title = 'Elsewhere', grade = 'SO2', framework = 'Another framework',
  level { id = 'A', name = 'Developing', other = { training { id = 'induction', text = 'Induction', training_id = 'induction' } } } }
role { id = 't/senior', title = 'Senior', grade = 'Range 5', framework = 'Another framework',
  level { id = 'A', name = 'Developing', other = { training { id = 'induction', text = 'Induction', training_id = 'induction' } } } }
role { id = 't/assistant', title = 'Assistant', grade = 'Range 2', framework = 'Test framework',
  level { id = 'A', name = 'Developing', other = { training { id = 'induction', text = 'Induction', training_id = 'induction' } } } }
)");
    Profile p = profile_from(R"({"id":"P-1","current_role":{"role":"t/officer","level":"A"},
                                 "training":[{"id":"induction","status":"completed","date":"2025-01-01"}]})");
    auto ids = [](const PersonProgression& person) {
        std::vector<std::string> out;
        for (const auto& path : person.paths) out.push_back(path.progression.role->id + " " + to_string(path.move));
        return out;
    };
    // By default: the promotion, then the grade the order does not rank; three left out.
    auto person = assess_person(*rules, p, day("2026-11-24"), {}, true, false);
    CHECK(ids(person) == std::vector<std::string>{"t/senior promotion", "t/elsewhere unranked"});
    CHECK(person.paths_left_out == 3);
    // All of them: lateral, then lower (the same framework first within each).
    auto all = assess_person(*rules, p, day("2026-11-24"), {}, true, true);
    CHECK(ids(all) == std::vector<std::string>{"t/senior promotion", "t/elsewhere unranked", "t/peer lateral",
                                               "t/apprentice lower", "t/assistant lower"});
    CHECK(all.paths_left_out == 0);
    // Named roles are shown whatever their grade.
    const Role* peer = rules->find_role("t/peer");
    auto named = assess_person(*rules, p, day("2026-11-24"), {peer}, true, false);
    CHECK(ids(named) == std::vector<std::string>{"t/peer lateral"});

    std::ostringstream text;
    ProgressionReport(text, *rules, {day("2026-11-24")}).add(person);
    CHECK_THAT(text.str(), Contains("  Career paths (promotions first, then this framework first, then by readiness for the "
                                    "first level)\n"
                                    "    ready             t/senior     Range 5  attained level A;"));
    CHECK_THAT(text.str(), Contains("    ready             t/elsewhere  SO2      attained level A;"));
    CHECK_THAT(text.str(), Contains("    3 more at the same or a lower grade (lateral moves, apprentice posts); --all-paths "
                                    "lists them\n"));
    std::ostringstream markdown;
    ProgressionReport(markdown, *rules, {day("2026-11-24"), ProgressionFormat::markdown}).add(person);
    CHECK_THAT(markdown.str(), Contains("| Role | Grade | First level |"));
    CHECK_THAT(markdown.str(), Contains("| Senior (`t/senior`) | Range 5 | ready |"));
    std::ostringstream written;
    ProgressionReport(written, *rules, {day("2026-11-24"), ProgressionFormat::json}).add(person);
    auto doc = nlohmann::json::parse(written.str());
    CHECK(doc["profiles"][0]["career_paths"][0]["grade"] == "Range 5");
    CHECK(doc["profiles"][0]["career_paths"][0]["move"] == "promotion");
    CHECK(doc["profiles"][0]["career_paths_left_out"] == 3);
}
