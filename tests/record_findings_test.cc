// No applicant counted twice unnoticed, no evidence or field silently ignored: repeated ids,
// evidence for a competency the rules do not define, misspelt fields under --strict, and the
// counts a run ends with.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <numeric>
#include <random>
#include <thread>

#include "eligo/batch.h"
#include "eligo/profile.h"
#include "eligo/profile_check.h"
#include "eligo/rules.h"

#include "cli_run.h"

using namespace eligo;
using namespace eligo::test;
using Catch::Matchers::Contains;

namespace {

const std::string kAsOf = " --as-of 2026-11-24";
const std::string kScreen = "screen --role job-profiles/rehousing-officer --as-of 2026-11-24 ";

std::string line_of(const std::string& file) {
    std::string text = read_file(std::filesystem::path(ELIGO_SOURCE_DIR) / file);
    std::string line;
    for (char c : text)
        if (c != '\n') line += c;
    return line + "\n";
}

}  // namespace

TEST_CASE("IdRegister: repeated ids with every place, first place first, in constant form") {
    IdRegister ids;
    CHECK_FALSE(ids.add("A-1", "in.jsonl:1"));
    CHECK_FALSE(ids.add("A-2", "in.jsonl:2"));
    CHECK(ids.add("A-1", "in.jsonl:7"));
    CHECK_FALSE(ids.add("B-1", "export.csv row 2"));
    CHECK(ids.add("A-1", "export.csv row 9"));
    CHECK(ids.add("B-1", "export.csv row 10"));
    CHECK_FALSE(ids.add("C-1", "people/c-007.json"));
    CHECK(ids.add("C-1", "people/c-1.json"));
    auto repeated = ids.take();
    REQUIRE(repeated.size() == 3);
    CHECK(repeated[0].id == "A-1");
    CHECK(repeated[0].places == std::vector<std::string>{"in.jsonl:1", "in.jsonl:7", "export.csv row 9"});
    CHECK(repeated[1].id == "B-1");
    CHECK(repeated[1].places == std::vector<std::string>{"export.csv row 2", "export.csv row 10"});
    // A file name's own digits (with a leading zero) come back as written.
    CHECK(repeated[2].places == std::vector<std::string>{"people/c-007.json", "people/c-1.json"});
    CHECK(ids.take().empty());
}

TEST_CASE("IdRegister: many ids, as its table grows, keep their first places") {
    IdRegister ids;
    const int n = 20000;
    for (int i = 0; i < n; ++i) REQUIRE_FALSE(ids.add("P-" + std::to_string(i), "big.jsonl:" + std::to_string(i + 1)));
    // Every 997th id again, from the last down, in a second file.
    std::vector<int> again;
    for (int i = n - 1; i >= 0; i -= 997) again.push_back(i);
    for (std::size_t k = 0; k < again.size(); ++k)
        REQUIRE(ids.add("P-" + std::to_string(again[k]), "more.jsonl:" + std::to_string(k + 1)));
    REQUIRE_FALSE(ids.add("P-new", "more.jsonl:999"));
    auto repeated = ids.take();
    REQUIRE(repeated.size() == again.size());
    for (std::size_t k = 0; k < again.size(); ++k) {
        CHECK(repeated[k].id == "P-" + std::to_string(again[k]));
        CHECK(repeated[k].places == std::vector<std::string>{"big.jsonl:" + std::to_string(again[k] + 1),
                                                             "more.jsonl:" + std::to_string(k + 1)});
    }
}

TEST_CASE("IdRegister: records added from several threads, in any order, are listed in input order") {
    // 30,000 records over 9,000 ids, some ids three or more times, across two files.
    const std::uint64_t n = 30000;
    std::vector<std::pair<std::string, std::string>> records;  // id, place; the index is the sequence
    std::mt19937_64 random(17);
    for (std::uint64_t i = 0; i < n; ++i) {
        std::string file = i < n / 2 ? "a.jsonl:" + std::to_string(i + 1) : "b.csv row " + std::to_string(i - n / 2 + 2);
        records.emplace_back("P-" + std::to_string(random() % 9000), file);
    }
    // What reading in order finds: each repeated id's places in order, ids by their second record.
    std::map<std::string, std::vector<std::uint64_t>> seen;
    for (std::uint64_t i = 0; i < n; ++i) seen[records[i].first].push_back(i);
    std::vector<std::pair<std::uint64_t, std::string>> by_second;
    for (const auto& [id, at] : seen)
        if (at.size() > 1) by_second.emplace_back(at[1], id);
    std::sort(by_second.begin(), by_second.end());

    std::vector<std::uint64_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), random);
    IdRegister ids;
    ids.prefetch("P-0");  // before there is any table
    const unsigned threads = 4;
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < threads; ++t)
        workers.emplace_back([&, t] {
            // Each worker also asks for the slot of the record after next, as a screen does
            // before it adds a record, while the others add records and grow the tables.
            for (std::size_t k = t; k < order.size(); k += threads) {
                if (k + 2 * threads < order.size()) ids.prefetch(records[order[k + 2 * threads]].first);
                ids.add(records[order[k]].first, records[order[k]].second, order[k]);
            }
        });
    for (auto& w : workers) w.join();

    auto repeated = ids.take();
    REQUIRE(repeated.size() == by_second.size());
    for (std::size_t k = 0; k < repeated.size(); ++k) {
        const std::string& id = by_second[k].second;
        REQUIRE(repeated[k].id == id);
        std::vector<std::string> places;
        for (std::uint64_t i : seen[id]) places.push_back(records[i].second);
        REQUIRE(repeated[k].places == places);
    }
}

TEST_CASE("ProfileCheck: evidence for a competency the rules do not define is named, with the nearest id") {
    RuleLoadOptions options;
    options.directory = std::string(ELIGO_SOURCE_DIR) + "/rules";
    auto rules = load_rules(options);
    REQUIRE(rules);
    ProfileCheck check(**rules);
    Profile p;
    p.id = "E-1";
    p.evidence = std::vector<Evidence>{};
    Evidence good;
    good.competency = check.competencies().front();
    Evidence bad;
    bad.competency = good.competency + "x";
    p.evidence->push_back(good);
    p.evidence->push_back(bad);
    std::vector<Warning> warnings;
    check.check(p, "e.json", warnings);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].where == "e.json");
    CHECK(warnings[0].message == "evidence[1].competency: the rules define no competency `" + bad.competency +
                                     "`, so this evidence counts for nothing; did you mean `" + good.competency + "`?");
}

TEST_CASE("a repeated id is reported by screen, evaluate and progression, each record kept, exit 2") {
    auto dir = scratch_directory() / "repeated";
    std::string app = line_of("profiles/app-2031.json");
    write_file(dir / "in.jsonl", app + line_of("profiles/app-2032.json") + app);
    std::string in = (dir / "in.jsonl").string();

    auto s = run_eligo_apart(kScreen + in + " --out " + (dir / "out.csv").string());
    CHECK(s.status == 2);
    CHECK_THAT(s.err, Contains("eligo: warning: 2 records have the id `APP-2031` (" + in + ":1, " + in +
                               ":3); each was screened on its own row\n"
                               "eligo: 1 id is carried by more than one record; check whether one person was "
                               "entered twice\n"));
    std::string csv = read_file(dir / "out.csv");
    std::size_t rows = 0;
    for (std::size_t at = csv.find("APP-2031"); at != std::string::npos; at = csv.find("APP-2031", at + 1)) ++rows;
    CHECK(rows == 2);  // both kept

    auto e = run_eligo_apart("evaluate " + in + " --format jsonl --role job-profiles/rehousing-officer" + kAsOf);
    CHECK(e.status == 2);
    CHECK_THAT(e.err, Contains("eligo: warning: 2 records have the id `APP-2031` (" + in + ":1, " + in +
                               ":3); each was evaluated on its own line\n"));

    // On two threads, over ranges of the file read side by side: places and ids in input order.
    std::string many;
    for (int line = 1; line <= 600; ++line)
        many += line == 1 || line == 300 || line == 600 ? app : line_of("profiles/app-2032.json");
    write_file(dir / "many.jsonl", many);
    std::string m = (dir / "many.jsonl").string();
    auto t = run_eligo_apart(kScreen + m + " --threads 2 --out " + (dir / "many.csv").string());
    CHECK(t.status == 2);
    std::string places;
    for (int line = 2; line <= 11; ++line) places += (line > 2 ? ", " : "") + m + ":" + std::to_string(line);
    CHECK_THAT(t.err, Contains("eligo: warning: 597 records have the id `APP-2032` (" + places + " and 587 more); "
                               "each was screened on its own row\n"
                               "eligo: warning: 3 records have the id `APP-2031` (" + m + ":1, " + m + ":300, " + m +
                               ":600); each was screened on its own row\n"));

    // Profile files: the same person saved twice under two names.
    write_file(dir / "people" / "a.json", read_file(std::filesystem::path(ELIGO_SOURCE_DIR) / "profiles/e-1042.json"));
    write_file(dir / "people" / "b.json", read_file(std::filesystem::path(ELIGO_SOURCE_DIR) / "profiles/e-1042.json"));
    std::string people = (dir / "people").string();
    auto f = run_eligo_apart("evaluate " + people + " --format summary" + kAsOf);
    CHECK(f.status == 2);
    CHECK_THAT(f.err, Contains("eligo: warning: 2 records have the id `E-1042` (" + people + "/a.json, " + people +
                               "/b.json); each was evaluated on its own\n"));
    auto p = run_eligo_apart("progression " + people + kAsOf);
    CHECK(p.status == 2);
    CHECK_THAT(p.err, Contains("(" + people + "/a.json, " + people + "/b.json); each has its own report\n"));

    // One record each: nothing said, exit 0.
    auto once = run_eligo_apart(kScreen + "profiles/app-2031.json profiles/app-2032.json --out -");
    CHECK(once.status == 0);
    CHECK_THAT(once.err, !Contains("records have the id"));
}

TEST_CASE("evidence the rules cannot use is a warning with the nearest id; the run counts records with warnings") {
    auto dir = scratch_directory() / "evidence";
    std::string record = line_of("profiles/e-1042.json");
    std::string misspelt = record;
    std::string id = "housing-act-1996-parts-6-7";
    misspelt.replace(misspelt.find(id), id.size(), "housing-act-1996-part-6-7");
    misspelt.replace(misspelt.find("E-1042"), 6, "E-9001");
    write_file(dir / "in.jsonl", record + misspelt);
    std::string in = (dir / "in.jsonl").string();
    auto e = run_eligo_apart("evaluate " + in + " --format jsonl --role rehousing/rehousing-officer" + kAsOf);
    CHECK(e.status == 0);  // a warning, not a data error
    CHECK_THAT(e.err, Contains("eligo: warning: evidence[0].competency: the rules define no competency "
                               "`housing-act-1996-part-6-7`, so this evidence counts for nothing; did you mean "
                               "`housing-act-1996-parts-6-7`? (1 record, first " + in + ":2)\n"));
    CHECK_THAT(e.err, Contains("eligo: 1 record had warnings\n"));

    auto s = run_eligo_apart(kScreen + in + " --out -");
    CHECK(s.status == 0);
    CHECK_THAT(s.err, Contains("did you mean `housing-act-1996-parts-6-7`? (1 record, first " + in + ":2)"));
    CHECK_THAT(s.err, Contains("eligo: 1 record had warnings\n"));

    write_file(dir / "people" / "e.json", misspelt);
    std::string file = (dir / "people" / "e.json").string();
    auto f = run_eligo_apart("evaluate " + file + " --role rehousing/rehousing-officer" + kAsOf);
    CHECK(f.status == 0);
    CHECK_THAT(f.err, Contains("eligo: warning: " + file + ": evidence[0].competency: the rules define no competency "
                               "`housing-act-1996-part-6-7`"));
}

TEST_CASE("a misspelt profile field is ignored with a warning, and refused under --strict with the nearest name") {
    std::string json = R"({"id": "A-1", "qualifcations": [], "evidence": [{"competency": "x", "status": "met",)"
                       R"( "source": "manager", "by": "M-1", "date": "2025-01-01", "nte": "seen"}]})";
    std::vector<Warning> warnings;
    auto lenient = parse_profile(json, "a.json", {}, &warnings);
    REQUIRE(lenient);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0].message == "qualifcations: unknown field `qualifcations` ignored; did you mean `qualifications`?");

    ProfileReadOptions strict;
    strict.strict = true;
    auto refused = parse_profile(json, "a.json", strict, nullptr);
    REQUIRE_FALSE(refused);
    REQUIRE(refused.errors().size() == 2);
    CHECK(refused.errors()[0].to_string() ==
          "a.json: qualifcations: unknown field `qualifcations` (refused under --strict); did you mean `qualifications`?");
    CHECK_THAT(refused.errors()[1].to_string(), Contains("evidence[0].nte: unknown field `nte` (refused under --strict); did you mean `note`?"));

    auto dir = scratch_directory() / "strict";
    write_file(dir / "in.jsonl", json + "\n");
    auto s = run_eligo_apart(kScreen + (dir / "in.jsonl").string() + " --strict --out -");
    CHECK(s.status == 2);
    CHECK_THAT(s.err, Contains(":1: qualifcations: unknown field `qualifcations` (refused under --strict); did you "
                               "mean `qualifications`?"));
}

TEST_CASE("a directory's files that are not profiles are counted, and named with -v") {
    auto dir = scratch_directory() / "skipped";
    write_file(dir / "e.json", read_file(std::filesystem::path(ELIGO_SOURCE_DIR) / "profiles/e-1042.json"));
    write_file(dir / "notes.txt", "not a profile\n");
    write_file(dir / "deep" / "scan.pdf", "%PDF\n");
    std::string d = dir.string();
    auto r = run_eligo_apart("evaluate " + d + " --format summary" + kAsOf);
    CHECK(r.status == 0);
    CHECK_THAT(r.err, Contains("eligo: warning: " + d + ": 2 files skipped (not *.json); -v names them\n"));
    auto v = run_eligo_apart("-v evaluate " + d + " --format summary" + kAsOf);
    CHECK_THAT(v.err, Contains(d + "/notes.txt: skipped, not a profile file"));
    CHECK_THAT(v.err, Contains(d + "/deep/scan.pdf: skipped, not a profile file"));
    auto q = run_eligo_apart("-q evaluate " + d + " --format summary" + kAsOf);
    CHECK_THAT(q.err, !Contains("skipped"));
}
