// Impact of a rule change: the comparison as data, its report, and `eligo diff` run as a user would.
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "eligo/diff.h"
#include "eligo/explain.h"
#include "fixtures.h"

using namespace eligo;

namespace {

const Date kAsOf = *Date::parse("2026-11-24");

// A three-level role whose rules each test changes a little.
struct Officer {
    int months = 12;            // level A's experience threshold
    bool cpd = true;            // level B's CPD criterion present
    std::string level_c_extra;  // criteria added to level C's qualifications
};

Officer with_months(int months) {
    Officer o;
    o.months = months;
    return o;
}

Officer without_cpd() {
    Officer o;
    o.cpd = false;
    return o;
}

Officer with_level_c(const std::string& criteria) {
    Officer o;
    o.level_c_extra = criteria;
    return o;
}

std::string officer(const Officer& o) {
    return R"(
role { id = 'test/officer', title = 'Officer', grade = 'Range 4',
  level { id = 'A', name = 'Developing',
    experience = {
      experience { id = 'housing-months', months = )" +
           std::to_string(o.months) + R"(, areas = { 'housing' },
                   text = 'At least )" +
           std::to_string(o.months) + R"( months in housing' },
    },
  },
  level { id = 'B', name = 'Practising',
    qualifications = { )" +
           (o.cpd ? "cpd { id = 'cpd', text = 'Evidence CPD' }," : "") + R"( },
    skills = { competency { id = 'tact', text = 'Tact', desirable = true } },
  },
  level { id = 'C', name = 'Expert',
    qualifications = {
      qualification { id = 'level-3', min_level = 3, text = 'A Level 3 qualification' },
      )" + o.level_c_extra +
           R"(
    },
  },
}
)";
}

std::shared_ptr<const RuleSet> rules_of(std::map<std::string, std::string> scripts) {
    auto rules = test::load_scripts(std::move(scripts));
    INFO((rules ? std::string() : test::messages(rules.errors())));
    REQUIRE(rules);
    return *rules;
}

std::shared_ptr<const RuleSet> officer_rules(const Officer& o) { return rules_of({{"test/officer.lua", officer(o)}}); }

// 18 months in housing by the as-of date, recent CPD, a CIH Level 3: attains C under `Officer{}`.
const char* kPat = R"({"id":"P-1",
  "qualifications":[{"kind":"cih","title":"CIH Level 3 Certificate in Housing Practice","level":3,
                     "areas":["housing"],"status":"achieved"}],
  "employment":[{"employer_type":"local_authority","areas":["housing"],"start":"2025-05-24"}],
  "cpd":[{"date":"2026-06-01","hours":6,"activity":"refresher"}]})";

// As Pat, with a CIH Level 4 and 30 months.
const char* kLee = R"({"id":"P-2",
  "qualifications":[{"kind":"cih","title":"CIH Level 4 Certificate in Housing","level":4,
                     "areas":["housing"],"status":"achieved"}],
  "employment":[{"employer_type":"local_authority","areas":["housing"],"start":"2024-05-24"}],
  "cpd":[{"date":"2026-06-01","hours":6,"activity":"refresher"}]})";

// As Pat, with no CPD recorded (absent: unknown), so B and C are incomplete.
const char* kAl = R"({"id":"P-3",
  "qualifications":[{"kind":"cih","title":"CIH Level 3 Certificate in Housing Practice","level":3,
                     "areas":["housing"],"status":"achieved"}],
  "employment":[{"employer_type":"local_authority","areas":["housing"],"start":"2025-05-24"}]})";

const char* kCih4 = "cih { id = 'cih-level-4', min_level = 4, text = 'CIH Level 4 qualification' },";

std::vector<std::string> level_lines(const RoleChange& role) {
    std::vector<std::string> out;
    for (const auto& l : role.levels)
        out.push_back(l.level + " " + (l.before ? to_string(*l.before) : "none") + " -> " +
                      (l.after ? to_string(*l.after) : "none"));
    return out;
}

std::string text_report(const RuleSet& old, const RuleSet& now, const std::vector<Profile>& profiles,
                        DiffFormat format = DiffFormat::text) {
    std::ostringstream out;
    DiffReport report(out, old, now, {kAsOf, "old-rules", "new-rules", format});
    for (const auto& p : profiles) report.add(diff_profile(old, now, p, kAsOf), p.id + ".json");
    report.finish();
    return out.str();
}

}  // namespace

TEST_CASE("diff: a criterion added at level C fails whoever lacks it") {
    auto old = officer_rules({});
    auto now = officer_rules(with_level_c(kCih4));
    Profile pat = test::profile_from(kPat);
    RuleDiff diff = diff_profile(*old, *now, pat, kAsOf);
    REQUIRE(diff.changed());
    REQUIRE(diff.roles.size() == 1);
    const RoleChange& role = diff.roles[0];
    CHECK(role.role().id == "test/officer");
    CHECK(role.presence() == RolePresence::both);
    CHECK(role.attained_before == "C");
    CHECK(role.attained_after == "B");
    CHECK(level_lines(role) == std::vector<std::string>{"C eligible -> not_eligible"});
    REQUIRE(role.criteria.size() == 1);
    const CriterionChange& c = role.criteria[0];
    CHECK(c.kind == CriterionChangeKind::added);
    CHECK(c.level == "C");
    CHECK(c.id == "cih-level-4");
    CHECK_FALSE(c.before);
    REQUIRE(c.after);
    CHECK(c.after->outcome == Outcome::not_met);
    CHECK(c.after->criterion->text == "CIH Level 4 qualification");

    // Someone who holds it is not affected.
    Profile lee = test::profile_from(kLee);
    CHECK_FALSE(diff_profile(*old, *now, lee, kAsOf).changed());
}

TEST_CASE("diff: a threshold raised from 12 to 24 months moves the verdicts of every level above") {
    auto old = officer_rules(with_months(12));
    auto now = officer_rules(with_months(24));
    Profile pat = test::profile_from(kPat);  // 18 months
    RuleDiff diff = diff_profile(*old, *now, pat, kAsOf);
    REQUIRE(diff.roles.size() == 1);
    const RoleChange& role = diff.roles[0];
    CHECK(role.attained_before == "C");
    CHECK_FALSE(role.attained_after);
    CHECK(level_lines(role) == std::vector<std::string>{"A eligible -> not_eligible", "B eligible -> not_eligible",
                                                        "C eligible -> not_eligible"});
    REQUIRE(role.criteria.size() == 1);
    const CriterionChange& c = role.criteria[0];
    CHECK(c.kind == CriterionChangeKind::changed);
    CHECK(c.id == "housing-months");
    CHECK(c.before->outcome == Outcome::met);
    CHECK(c.after->outcome == Outcome::not_met);
    CHECK(c.before->criterion->text == "At least 12 months in housing");
    CHECK(c.after->criterion->text == "At least 24 months in housing");
    CHECK(reason(*c.before, pat).ends_with("; needs 12"));
    CHECK(reason(*c.after, pat).ends_with("; needs 24"));

    Profile lee = test::profile_from(kLee);  // 30 months: still met
    CHECK_FALSE(diff_profile(*old, *now, lee, kAsOf).changed());
}

TEST_CASE("diff: a threshold inside a criterion flips its member and closes a gap though no verdict moves") {
    // Level C: 24 months in housing and an assessed judgement, as one statement, and a CIH
    // Level 4. Pat has 18 months, no assessment and a Level 3, so C stays not eligible.
    auto level_c = [](int months) {
        std::string m = std::to_string(months);
        return "all_of { id = 'housing-and-tact', text = 'At least 2 years in housing, with tact',\n"
               "  experience { id = 'housing-long', months = " + m + ", areas = { 'housing' }, text = 'At least " + m +
               " months in housing' },\n"
               "  competency { id = 'tact-c', text = 'Tact' } }," + kCih4;
    };
    auto old = officer_rules(with_level_c(level_c(24)));
    auto now = officer_rules(with_level_c(level_c(18)));
    Profile pat = test::profile_from(kPat);
    RuleDiff diff = diff_profile(*old, *now, pat, kAsOf);
    REQUIRE(diff.roles.size() == 1);
    const RoleChange& role = diff.roles[0];
    CHECK(role.levels.empty());  // C stays not eligible: no verdict moves
    CHECK(role.attained_before == role.attained_after);
    REQUIRE(role.criteria.size() == 2);
    CHECK(role.criteria[0].id == "housing-and-tact");  // not met -> unknown: the judgement is still open
    CHECK(role.criteria[0].within.empty());
    CHECK(role.criteria[1].id == "housing-long");
    CHECK(role.criteria[1].within == "housing-and-tact");
    CHECK(role.criteria[1].before->outcome == Outcome::not_met);
    CHECK(role.criteria[1].after->outcome == Outcome::met);
    REQUIRE(role.gaps.size() == 1);
    CHECK(role.gaps[0].kind == GapChangeKind::closed);
    CHECK(role.gaps[0].level == "C");
    CHECK(role.gaps[0].id == "housing-long");
    CHECK(role.gaps[0].before == Date::parse("2027-05-24"));
    CHECK_FALSE(role.gaps[0].after);

    std::string text = text_report(*old, *now, {pat});
    CHECK(text.find("      C housing-long (changed, part of housing-and-tact): At least 18 months in housing\n"
                    "        was worded: At least 24 months in housing\n"
                    "        old [not met] ") != std::string::npos);
    CHECK(text.find("    gaps:\n      C housing-long (closed; was met on 2027-05-24 by waiting): At least 24 months in housing\n") !=
          std::string::npos);
    CHECK(text.find("\nSummary: 1 profile evaluated, 1 with changes\n"
                    "  0 level verdicts, 2 criterion results, 1 gap closed, 0 gaps opened, 0 projected dates moved\n") !=
          std::string::npos);
}

TEST_CASE("diff: a gap still open whose projected date moves is listed with both dates") {
    auto level_c = [](int months) {
        return "experience { id = 'housing-long', months = " + std::to_string(months) +
               ", areas = { 'housing' }, text = 'Long service in housing' },";
    };
    auto old = officer_rules(with_level_c(level_c(30)));
    auto now = officer_rules(with_level_c(level_c(24)));
    RuleDiff diff = diff_profile(*old, *now, test::profile_from(kPat), kAsOf);
    REQUIRE(diff.roles.size() == 1);
    REQUIRE(diff.roles[0].gaps.size() == 1);
    const GapChange& gap = diff.roles[0].gaps[0];
    CHECK(gap.kind == GapChangeKind::moved);
    CHECK(gap.before == Date::parse("2027-11-24"));
    CHECK(gap.after == Date::parse("2027-05-24"));
}

TEST_CASE("diff: a criterion removed is listed with its old result") {
    auto old = officer_rules({});
    auto now = officer_rules(without_cpd());
    Profile al = test::profile_from(kAl);  // no CPD: B and C incomplete before
    RuleDiff diff = diff_profile(*old, *now, al, kAsOf);
    REQUIRE(diff.roles.size() == 1);
    const RoleChange& role = diff.roles[0];
    CHECK(role.attained_before == "A");
    CHECK(role.attained_after == "C");
    CHECK(level_lines(role) == std::vector<std::string>{"B incomplete -> eligible", "C incomplete -> eligible"});
    REQUIRE(role.criteria.size() == 1);
    CHECK(role.criteria[0].kind == CriterionChangeKind::removed);
    CHECK(role.criteria[0].id == "cpd");
    CHECK(role.criteria[0].before->outcome == Outcome::unknown);
    CHECK_FALSE(role.criteria[0].after);

    // Pat met it: removing it changes nothing for Pat.
    Profile pat = test::profile_from(kPat);
    CHECK_FALSE(diff_profile(*old, *now, pat, kAsOf).changed());
}

TEST_CASE("diff: a desirable criterion made essential is responsible though its result is the same") {
    auto old = officer_rules({});
    std::string script = officer({});
    script.replace(script.find("desirable = true"), 16, "essential = true");
    auto now = rules_of({{"test/officer.lua", script}});
    Profile pat = test::profile_from(kPat);  // tact not assessed: unknown under both
    RuleDiff diff = diff_profile(*old, *now, pat, kAsOf);
    REQUIRE(diff.roles.size() == 1);
    CHECK(level_lines(diff.roles[0]) == std::vector<std::string>{"B eligible -> incomplete", "C eligible -> incomplete"});
    REQUIRE(diff.roles[0].criteria.size() == 1);
    CHECK(diff.roles[0].criteria[0].kind == CriterionChangeKind::changed);
    CHECK(diff.roles[0].criteria[0].id == "tact");
    CHECK(text_report(*old, *now, {pat}).find("      B tact (changed, now essential): Tact\n"
                                              "        old [unknown] no assessment recorded; needs an assessed evidence record\n") !=
          std::string::npos);
}

TEST_CASE("diff: roles added and removed are listed, and so are the verdicts they bring or take") {
    const std::string clerk = "role { id = 'test/clerk', title = 'Clerk', level { id = 'A', name = 'Only',\n"
                              "  qualifications = { qualification { id = 'q', min_level = 2, text = 'Level 2' } } } }\n";
    const std::string retired = "role { id = 'test/retired', title = 'Retired', level { id = 'A', name = 'Only',\n"
                                "  qualifications = { qualification { id = 'q', min_level = 2, text = 'Level 2' } } } }\n";
    auto old = rules_of({{"test/officer.lua", officer({})}, {"test/retired.lua", retired}});
    auto now = rules_of({{"test/officer.lua", officer({})}, {"test/clerk.lua", clerk}});
    RoleSetDiff roles = diff_roles(*old, *now, kAsOf);
    REQUIRE(roles.added.size() == 1);
    CHECK(roles.added[0]->id == "test/clerk");
    REQUIRE(roles.removed.size() == 1);
    CHECK(roles.removed[0]->id == "test/retired");

    Profile pat = test::profile_from(kPat);
    RuleDiff diff = diff_profile(*old, *now, pat, kAsOf);
    REQUIRE(diff.roles.size() == 2);  // the new rule set's order, then the removed roles
    CHECK(diff.roles[0].role().id == "test/clerk");
    CHECK(diff.roles[0].presence() == RolePresence::added);
    CHECK(level_lines(diff.roles[0]) == std::vector<std::string>{"A none -> eligible"});
    CHECK_FALSE(diff.roles[0].attained_before);
    CHECK(diff.roles[0].attained_after == "A");
    CHECK(diff.roles[0].criteria.empty());
    CHECK(diff.roles[1].role().id == "test/retired");
    CHECK(diff.roles[1].presence() == RolePresence::removed);
    CHECK(level_lines(diff.roles[1]) == std::vector<std::string>{"A eligible -> none"});

    // Named roles: only those are compared.
    diff = diff_profile(*old, *now, pat, kAsOf, {"test/retired"});
    REQUIRE(diff.roles.size() == 1);
    CHECK(diff.roles[0].role().id == "test/retired");
    CHECK_FALSE(diff_profile(*old, *now, pat, kAsOf, {"test/officer"}).changed());

    std::string text = text_report(*old, *now, {pat});
    CHECK(text.find("  role added:   test/clerk  Clerk\n  role removed: test/retired  Retired\n") != std::string::npos);
    CHECK(text.find("  test/clerk  Clerk  (role added)\n    attained: none -> A\n    level A: none -> eligible\n") !=
          std::string::npos);
}

TEST_CASE("diff: a role renamed with its old id as an alias is the same role") {
    std::string renamed = officer({});
    renamed.replace(renamed.find("id = 'test/officer'"), 19, "id = 'test/caseworker', aliases = { 'test/officer' }");
    auto old = officer_rules({});
    auto now = rules_of({{"test/caseworker.lua", renamed}});
    RoleSetDiff roles = diff_roles(*old, *now, kAsOf);
    CHECK(roles.added.empty());
    CHECK(roles.removed.empty());
    CHECK_FALSE(diff_profile(*old, *now, test::profile_from(kPat), kAsOf).changed());
}

TEST_CASE("diff: each role is compared in the version in force on the as-of date") {
    // The new rules add a version of the role from 2027: today's verdicts stand, 2027's change.
    std::string next = officer(with_level_c(kCih4));
    next.replace(next.find("grade = 'Range 4',"), 18, "grade = 'Range 4', effective_from = '2027-01-01',");
    auto old = officer_rules({});
    auto now = rules_of({{"test/officer.lua", officer({}) + next}});
    Profile pat = test::profile_from(kPat);
    CHECK_FALSE(diff_profile(*old, *now, pat, kAsOf).changed());
    RuleDiff diff = diff_profile(*old, *now, pat, *Date::parse("2027-02-01"));
    REQUIRE(diff.roles.size() == 1);
    CHECK(level_lines(diff.roles[0]) == std::vector<std::string>{"C eligible -> not_eligible"});
}

TEST_CASE("diff: unchanged rule sets change nothing") {
    auto old = officer_rules({});
    auto now = officer_rules({});
    std::vector<Profile> profiles = {test::profile_from(kPat), test::profile_from(kLee), test::profile_from(kAl)};
    DiffSummary summary;
    for (const auto& p : profiles) summary.add(diff_profile(*old, *now, p, kAsOf));
    CHECK(summary.profiles == 3);
    CHECK(summary.changed == 0);
    CHECK(summary.levels.empty());
    CHECK(text_report(*old, *now, profiles) ==
          "Impact of a rule change, as of 2026-11-24\n"
          "  old: old-rules  rules unversioned  " + old->digest + "\n"
          "  new: new-rules  rules unversioned  " + now->digest + "\n"
          "  the two rule sets are identical\n"
          "\n"
          "Summary: 3 profiles evaluated, 0 with changes; no verdict changes\n");
}

TEST_CASE("diff: the summary counts changes by role and level") {
    auto old = officer_rules({});
    auto now = officer_rules(with_level_c(kCih4));
    std::vector<Profile> profiles = {test::profile_from(kPat), test::profile_from(kLee), test::profile_from(kAl),
                                     test::profile_from(std::string(kPat).replace(7, 3, "P-4"))};
    std::string text = text_report(*old, *now, profiles);
    CHECK(text.find("\nSummary: 4 profiles evaluated, 3 with changes\n"
                    "  3 level verdicts, 3 criterion results, 0 gaps closed, 2 gaps opened, 0 projected dates moved\n"
                    "  test/officer C: 2 eligible -> not_eligible, 1 incomplete -> not_eligible\n"
                    "  test/officer attained: 2 C -> B\n") != std::string::npos);
    // Changed profiles only, each with its responsible criteria.
    CHECK(text.find("Profile P-2") == std::string::npos);
    CHECK(text.find("\nProfile P-1  (P-1.json)\n"
                    "  test/officer  Officer\n"
                    "    attained: C -> B\n"
                    "    level C: eligible -> not_eligible\n"
                    "    criteria:\n"
                    "      C cih-level-4 (added): CIH Level 4 qualification\n"
                    "        new [not met] ") != std::string::npos);
}

TEST_CASE("diff: the JSON document has a stable shape") {
    auto old = officer_rules(with_months(12));
    auto now = officer_rules(with_months(24));
    std::vector<Profile> profiles = {test::profile_from(kPat), test::profile_from(kLee)};
    std::string out = text_report(*old, *now, profiles, DiffFormat::json);
    CHECK(out == text_report(*old, *now, profiles, DiffFormat::json));  // deterministic
    auto doc = nlohmann::ordered_json::parse(out);
    std::vector<std::string> keys;
    for (const auto& [key, value] : doc.items()) keys.push_back(key);
    CHECK(keys == std::vector<std::string>{"as_of", "old", "new", "roles_added", "roles_removed", "profiles", "summary"});
    CHECK(doc["as_of"] == "2026-11-24");
    CHECK(doc["old"]["rules"] == "old-rules");
    CHECK(doc["new"]["digest"] == now->digest);
    CHECK(doc["roles_added"].empty());
    REQUIRE(doc["profiles"].size() == 1);  // changed profiles only
    const auto& p = doc["profiles"][0];
    CHECK(p.dump().starts_with(R"({"id":"P-1","file":"P-1.json","roles":[{"role":"test/officer","title":"Officer",)"
                               R"("role_change":"none","attained":{"before":"C","after":null},"levels":[)"
                               R"({"level":"A","before":"eligible","after":"not_eligible"},)"));
    const auto& c = p["roles"][0]["criteria"][0];
    CHECK(c["level"] == "A");
    CHECK(c["id"] == "housing-months");
    CHECK(c["change"] == "changed");
    CHECK(c["before"]["text"] == "At least 12 months in housing");
    CHECK(c["before"]["result"] == "met");
    CHECK(c["after"]["result"] == "not_met");
    CHECK(c["after"]["essential"] == true);
    CHECK(c["after"]["reason"].get<std::string>().ends_with("; needs 24"));
    CHECK(doc["summary"].dump() ==
          R"({"profiles":2,"changed":1,"kinds":{"level_verdicts":3,"criterion_results":1,"gaps_closed":0,)"
          R"("gaps_opened":1,"projected_dates_moved":0},"levels":[)"
          R"({"role":"test/officer","level":"A","before":"eligible","after":"not_eligible","count":1},)"
          R"({"role":"test/officer","level":"B","before":"eligible","after":"not_eligible","count":1},)"
          R"({"role":"test/officer","level":"C","before":"eligible","after":"not_eligible","count":1}],)"
          R"("attained":[{"role":"test/officer","before":"C","after":null,"count":1}]})");

    // No change: an empty list, still a document.
    doc = nlohmann::ordered_json::parse(text_report(*old, *old, profiles, DiffFormat::json));
    CHECK(doc["profiles"].empty());
    CHECK(doc["summary"]["changed"] == 0);
}

// ---- the command ----------------------------------------------------------------------------

namespace {

struct Run {
    int status = -1;
    std::string out;  // stdout, then stderr when asked for
};

Run run(const std::string& args, bool with_stderr = false) {
    std::string command = std::string("cd ") + ELIGO_SOURCE_DIR + " && " + ELIGO_BINARY + " " + args +
                          (with_stderr ? " 2>&1" : " 2>/dev/null");
    Run r;
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe);
    std::array<char, 4096> buffer;
    std::size_t n;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) r.out.append(buffer.data(), n);
    int status = pclose(pipe);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

std::string temp_dir(const std::string& name) {
    namespace fs = std::filesystem;
    fs::path dir = fs::path(std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "/tmp") / ("eligo-diff-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir.string();
}

// A rule directory holding the bundled equivalences and one officer script.
std::string rule_dir(const std::string& name, const std::string& script) {
    std::string dir = temp_dir(name);
    std::filesystem::create_directories(dir + "/lib");
    std::filesystem::create_directories(dir + "/test");
    std::ofstream(dir + "/lib/equivalences.lua") << test::source_file("rules/lib/equivalences.lua");
    std::ofstream(dir + "/test/officer.lua") << script;
    return dir;
}

}  // namespace

TEST_CASE("eligo diff: two rule directories, text and JSON, exit codes") {
    std::string old = rule_dir("old", officer({}));
    std::string now = rule_dir("new", officer(with_level_c(kCih4)));
    std::string profiles = temp_dir("profiles");
    std::ofstream(profiles + "/p-1.json") << kPat;
    std::ofstream(profiles + "/p-2.json") << kLee;
    const std::string base = "diff --old " + old + " --new " + now + " " + profiles + " --as-of 2026-11-24";

    Run r = run(base);
    CHECK(r.status == 0);
    CHECK(r.out.find("Profile P-1  (" + profiles + "/p-1.json)\n") != std::string::npos);
    CHECK(r.out.find("Profile P-2") == std::string::npos);
    CHECK(r.out.find("  test/officer C: 1 eligible -> not_eligible\n") != std::string::npos);

    r = run(base + " --format json");
    CHECK(r.status == 0);
    auto doc = nlohmann::json::parse(r.out);
    CHECK(doc["summary"]["profiles"] == 2);
    CHECK(doc["summary"]["changed"] == 1);

    // No change is not a failure.
    r = run("diff --old " + old + " --new " + old + " " + profiles + " --as-of 2026-11-24");
    CHECK(r.status == 0);
    CHECK(r.out.find("no verdict changes") != std::string::npos);

    // Without --as-of, today is used and said.
    r = run("diff --old " + old + " --new " + now + " " + profiles, true);
    CHECK(r.status == 0);
    CHECK(r.out.find("(today; give --as-of to reproduce this result)") != std::string::npos);

    // A bad profile is reported with file and field; the others are still compared; exit 2.
    std::ofstream(profiles + "/p-0.json") << R"({"id": "B-1", "employment": [{"start": "2024-02-30"}]})";
    r = run(base, true);
    CHECK(r.status == 2);
    CHECK(r.out.find(profiles + "/p-0.json: employment[0].start: expected a date `YYYY-MM-DD`, got `2024-02-30`") !=
          std::string::npos);
    CHECK(r.out.find("Profile P-1") != std::string::npos);
    CHECK(r.out.find("eligo: 1 of 3 profiles could not be read; the others were compared") != std::string::npos);
    std::filesystem::remove(profiles + "/p-0.json");

    // Unknown role: usage error with a hint.
    r = run(base + " --role test/oficer", true);
    CHECK(r.status == 1);
    CHECK(r.out.find("--role: unknown role `test/oficer` in both rule sets; did you mean `test/officer`?") !=
          std::string::npos);

    // A role in force in neither rule set on the date, and a missing --new: usage errors.
    std::string later = officer({});
    later.replace(later.find("grade = 'Range 4',"), 18, "grade = 'Range 4', effective_from = '2030-01-01',");
    std::string future = rule_dir("future", later);
    r = run("diff --old " + future + " --new " + future + " " + profiles + " --role test/officer --as-of 2026-11-24", true);
    CHECK(r.status == 1);
    CHECK(r.out.find("--role: role `test/officer` is not in force on 2026-11-24 in either rule set\n") != std::string::npos);
    CHECK(run("diff --old " + old + " " + profiles).status == 1);

    // Broken rules on either side: every problem listed, exit 3.
    std::string broken = rule_dir("broken", "role { id = 'test/r', title = 'R',\n  level { id = 'A', skills = { 42 } } }\n");
    r = run("diff --old " + broken + " --new " + broken + " " + profiles + " --as-of 2026-11-24", true);
    CHECK(r.status == 3);
    CHECK(r.out.find("eligo-diff-broken/test/officer.lua:2: expected a criterion") != std::string::npos);
    CHECK(r.out.find("eligo: the rules in " + broken + " could not be loaded (1 error)") != std::string::npos);
}
