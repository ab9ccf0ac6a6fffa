// Levels are cumulative; verdicts follow the result contract.
#include <atomic>
#include <thread>

#include <catch2/catch.hpp>

#include "fixtures.h"

using namespace eligo;

namespace {

const char* kRole = R"(
role { id = 't/r', title = 'T',
  level { id = 'A', name = 'Developing',
    qualifications = { training { id = 'a', text = 'A fact', training_id = 'a' } },
    skills = { competency { id = 'k', text = 'A judgement' },
               competency { id = 'nice', text = 'Nice to have', desirable = true } } },
  level { id = 'B', name = 'Practising',
    experience = { experience { id = 'b', text = 'A year', months = 12 } } },
  level { id = 'C', name = 'Accomplished',
    qualifications = { training { id = 'c', text = 'Another fact', training_id = 'c' } } },
}
)";

RoleResult run(const std::string& profile_json) {
    static auto rules = test::rules_from(kRole);
    static std::vector<Profile> keep;  // results point into the profile
    keep.push_back(test::profile_from(profile_json));
    ProfileIndex index(*rules, keep.back(), *Date::parse("2026-11-24"));
    return evaluate_role(rules->roles.front(), index);
}

std::vector<std::string> verdicts(const RoleResult& r) {
    std::vector<std::string> out;
    for (const auto& l : r.levels) out.push_back(to_string(l.verdict));
    return out;
}

}  // namespace

TEST_CASE("a level's verdict covers every level below it") {
    // A met, B met, C fails: attained B
    auto r = run(R"({"id":"x","training":[{"id":"a","status":"completed"}],
        "employment":[{"start":"2020-01-01"}],
        "evidence":[{"competency":"k","status":"met","source":"manager"}]})");
    CHECK(verdicts(r) == std::vector<std::string>{"eligible", "eligible", "not_eligible"});
    CHECK(r.attained == "B");

    // A's judgement not yet assessed: every level is at best incomplete
    r = run(R"({"id":"x","training":[{"id":"a","status":"completed"},{"id":"c","status":"completed"}],
        "employment":[{"start":"2020-01-01"}]})");
    CHECK(verdicts(r) == std::vector<std::string>{"incomplete", "incomplete", "incomplete"});
    CHECK_FALSE(r.attained);

    // A fails a fact: not eligible everywhere, even where C's own criteria are met
    r = run(R"({"id":"x","training":[{"id":"c","status":"completed"}],"employment":[{"start":"2020-01-01"}],
        "evidence":[{"competency":"k","status":"met","source":"manager"}]})");
    CHECK(verdicts(r) == std::vector<std::string>{"not_eligible", "not_eligible", "not_eligible"});

    // unknown below, failed above: not eligible beats incomplete
    r = run(R"({"id":"x","training":[{"id":"a","status":"completed"}]})");
    CHECK(verdicts(r) == std::vector<std::string>{"incomplete", "incomplete", "not_eligible"});
}

TEST_CASE("desirable criteria never decide a verdict") {
    auto r = run(R"({"id":"x","training":[{"id":"a","status":"completed"}],
        "evidence":[{"competency":"k","status":"met","source":"manager"},
                    {"competency":"nice","status":"not_met","source":"manager"}]})");
    CHECK(to_string(r.levels[0].verdict) == std::string("eligible"));
    CHECK(r.levels[0].criteria[2].outcome == Outcome::not_met);
}

TEST_CASE("evaluate picks the named roles, or all of them") {
    auto rules = test::rules_from(kRole);
    Profile p = test::profile_from(R"({"id":"x"})");
    EvaluateOptions options{*Date::parse("2026-11-24"), {}};
    CHECK(evaluate(*rules, p, options).roles.size() == 1);
    options.roles = {"t/r"};
    CHECK(evaluate(*rules, p, options).roles.size() == 1);
    options.roles = {"t/none"};
    CHECK(evaluate(*rules, p, options).roles.empty());
}

TEST_CASE("one rule set serves many threads at once, custom criteria included") {
    auto rules = test::rules_from(R"(role { id = 't/r', title = 'T', level { id = 'A',
        qualifications = { training { id = 'a', text = 'A fact', training_id = 'a' } },
        skills = { custom { id = 'c', text = 'Custom', check = function(p, as_of)
            local n = 0
            for _ in ipairs(p.training or {}) do n = n + 1 end
            return n > 0, n .. ' training records'
        end } } } })");
    Profile with = test::profile_from(R"({"id":"x","training":[{"id":"a","status":"completed"}]})");
    Profile without = test::profile_from(R"({"id":"y","training":[]})");
    std::atomic<int> wrong{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < 200; ++i) {
                const Profile& p = (i + t) % 2 ? with : without;
                ProfileResult r = evaluate(*rules, p, {*Date::parse("2026-11-24"), {}});
                Verdict expected = &p == &with ? Verdict::eligible : Verdict::not_eligible;
                if (r.roles[0].levels[0].verdict != expected) ++wrong;
            }
        });
    for (auto& thread : threads) thread.join();
    CHECK(wrong == 0);
}

TEST_CASE("the index keeps one deciding evidence record per competency, whatever the order") {
    auto rules = test::rules_from(kRole);
    auto record = [](std::string competency, std::string source, const char* date, std::string note) {
        Evidence e;
        e.competency = std::move(competency);
        e.source = std::move(source);
        if (date) e.date = Date::parse(date);
        e.note = std::move(note);
        return e;
    };
    Profile p;
    p.evidence = std::vector<Evidence>{
        record("k", "manager", "2025-01-01", "older assessed"),
        record("m", "self", nullptr, "only self"),
        record("k", "self", "2026-06-01", "newer but self"),
        record("k", "assessor", "2026-01-01", "latest assessed"),
        record("a", "manager", "2027-01-01", "after the as-of date"),
        record("m", "self", nullptr, "later self, same date"),
        record("k", "manager", "2026-01-01", "same date, later position"),
    };
    ProfileIndex index(*rules, p, *Date::parse("2026-11-24"));
    REQUIRE(index.evidence_for("k"));
    CHECK(index.evidence_for("k")->note == "same date, later position");
    REQUIRE(index.evidence_for("m"));
    CHECK(index.evidence_for("m")->note == "later self, same date");
    CHECK(index.evidence_for("a") == nullptr);
    CHECK(index.evidence_for("zz") == nullptr);
}
