// `eligo progression` as a user runs it on the bundled example people: exit codes, the JSON
// shape, the team view as a table, CSV and XLSX, and the usage errors.
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli_run.h"

using Catch::Matchers::Contains;
using eligo::test::run_eligo;
using nlohmann::json;

namespace {

const std::string kAsOf = " --as-of 2026-11-24";

std::string temp_path(const std::string& name) {
    return (std::filesystem::temp_directory_path() / ("eligo-progression-" + name)).string();
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace

TEST_CASE("eligo progression: Sam is ready for B, and C's homelessness months are met on 2027-02-03") {
    auto r = run_eligo("progression profiles/e-1042.json" + kAsOf, false);
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Contains("  attained:  level B (above the recorded level A, so the record may be behind)\n"));
    CHECK_THAT(r.out, Contains("  next:      level B (Practising): ready\n"));
    CHECK_THAT(r.out, Contains("working towards CIH Level 3 Certificate in Housing Practice; met once it is achieved"));
    CHECK_THAT(r.out, Contains("needs 24; met on 2027-02-03 if the current post continues\n"));
    CHECK_THAT(r.out, Contains("self-declared only on 2026-11-02"));
    CHECK_THAT(r.out, Contains("Career paths"));
    CHECK_THAT(r.out, !Contains("Sam Example"));
}

TEST_CASE("eligo progression --format json: the standing, gaps and career paths") {
    auto r = run_eligo("progression profiles/e-1042.json profiles/e-1305.json --format json" + kAsOf, false);
    REQUIRE(r.status == 0);
    json doc = json::parse(r.out);
    CHECK(doc["as_of"] == "2026-11-24");
    REQUIRE(doc["profiles"].size() == 2);
    const json& sam = doc["profiles"][0]["current"];
    CHECK(sam["role"] == "rehousing/rehousing-officer");
    CHECK(sam["attained"] == "B");
    CHECK(sam["readiness"] == "ready");
    CHECK(sam["earliest_met_on"] == "2027-02-03");
    bool found = false;
    for (const auto& g : sam["gaps"])
        if (g["kind"] == "time") {
            found = true;
            CHECK(g["part"] == "homelessness-24-months");
            CHECK(g["met_on"] == "2027-02-03");
            CHECK(g["current_posts"] == json::array({"employment[1]"}));
        }
    CHECK(found);
    const json& chris = doc["profiles"][1]["current"];
    CHECK(chris["next_level"] == "C");
    CHECK(chris["readiness"] == "not_ready");
    CHECK(chris["gap_counts"]["qualification"] == 1);
    // Chris is on Range 4: the promotions (Range 5 to 7) and the one role on a grade the order
    // does not rank (SO2) are listed, promotions first; the other 22 are counted.
    const json& paths = doc["profiles"][1]["career_paths"];
    CHECK(paths.size() == 13);
    CHECK(doc["profiles"][1]["career_paths_left_out"] == 22);
    for (std::size_t i = 0; i < paths.size(); ++i) CHECK(paths[i]["move"] == (i < 12 ? "promotion" : "unranked"));
    auto all = run_eligo("progression profiles/e-1305.json --format json --all-paths" + kAsOf, false);
    REQUIRE(all.status == 0);
    CHECK(json::parse(all.out)["profiles"][0]["career_paths"].size() == 35);
}

TEST_CASE("eligo progression: every bundled employee gets a report in every format") {
    for (const char* id : {"e-1042", "e-1187", "e-1305", "e-1419", "e-1533"})
        for (const char* format : {"text", "json", "markdown", "html"}) {
            INFO(id << " as " << format);
            auto r = run_eligo(std::string("progression profiles/") + id + ".json --format " + format + kAsOf, false);
            CHECK(r.status == 0);
            CHECK(r.out.size() > 1000);
        }
    auto morgan = run_eligo("progression profiles/e-1419.json" + kAsOf, false);
    CHECK_THAT(morgan.out, Contains("attained:  none (the recorded level A is not attained; see the gaps below)"));
    CHECK_THAT(morgan.out, Contains("full UK licence, occasional access to a vehicle"));
    CHECK_THAT(morgan.out, Contains("  13 gaps for levels A and B: 11 judgement, 2 other\n   Level A (Developing)\n"));
    auto jo = run_eligo("progression profiles/e-1187.json" + kAsOf, false);
    CHECK_THAT(jo.out, Contains("next:      level B (Practising): needs assessment"));
    CHECK_THAT(jo.out, Contains("record `cpd` in the profile"));
    auto html = run_eligo("progression profiles/e-1042.json --format html" + kAsOf, false);
    CHECK_THAT(html.out, Contains("<h1>Progression report: Sam Example (E-1042)</h1>"));
}

TEST_CASE("eligo progression: without current_role it says so and exits 2 (a data problem); --role gives career paths") {
    auto r = run_eligo("progression profiles/app-2031.json" + kAsOf);
    CHECK(r.status == 2);
    CHECK(r.out ==
          "profiles/app-2031.json: current_role: not recorded; progression starts from the role a person holds\n"
          "  give --role ROLE for the career paths to a role, or record current_role in the profile\n");
    auto paths = run_eligo("progression profiles/app-2031.json --role job-profiles/rehousing-officer --format json" + kAsOf, false);
    REQUIRE(paths.status == 0);
    json doc = json::parse(paths.out);
    const json& person = doc["profiles"][0];
    CHECK(person["current"].is_null());
    CHECK(person["problem"]["where"] == "current_role");
    REQUIRE(person["career_paths"].size() == 1);
    CHECK(person["career_paths"][0]["role"] == "job-profiles/rehousing-officer");
    CHECK(person["career_paths"][0]["entry"] == "needs_assessment");
}

TEST_CASE("eligo progression --summary: one row per person, as a table, CSV or XLSX") {
    auto r = run_eligo("progression profiles/ --summary" + kAsOf, false);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Contains("Team progression as of 2026-11-24"));
    CHECK_THAT(r.out, Contains("E-1042    rehousing/rehousing-officer                 A         B         B     yes "));
    CHECK_THAT(r.out, Contains("APP-2031  -"));
    CHECK_THAT(r.out, !Contains("Sam Example"));

    std::string csv = temp_path("team.csv");
    std::filesystem::remove(csv);
    auto c = run_eligo("progression profiles --summary --out " + csv + kAsOf);
    CHECK(c.status == 0);
    // The folder's README and schema are not profiles: counted, named with -v.
    CHECK(c.out == "eligo: warning: profiles: 2 files skipped (not *.json); -v names them\neligo: wrote 8 rows to " +
                       csv + "\n");
    std::string text = slurp(csv);
    CHECK(text.starts_with("ID,Name,Role,Role title,Recorded level,Attained level,Next level,Ready for next,"));
    CHECK_THAT(text, Contains("\r\nE-1042,Sam Example,rehousing/rehousing-officer,Rehousing Officer,A,B,B,yes,C,1,1,0,11,0,"
                              "2027-02-03,"));
    CHECK_THAT(text, Contains("\r\nE-1187,Jo Placeholder,rehousing/rehousing-officer,Rehousing Officer,A,A,B,needs assessment,"
                              "B,0,0,2,0,0,,\r\n"));
    CHECK(std::count(text.begin(), text.end(), '\n') == 9);

    std::string xlsx = temp_path("team.xlsx");
    std::filesystem::remove(xlsx);
    auto x = run_eligo("progression profiles --summary --out " + xlsx + kAsOf);
    CHECK(x.status == 0);
    std::string bytes = slurp(xlsx);
    CHECK(bytes.starts_with("PK\x03\x04"));
    CHECK(bytes.size() > 4000);
    // The sheet's name is inside the compressed workbook part: read it with unzip where there is one.
    if (std::system("command -v unzip >/dev/null 2>&1") == 0) {
        auto list = run_eligo("-q progression profiles --summary --out " + xlsx + kAsOf + " && unzip -p " + xlsx +
                              " xl/workbook.xml");
        CHECK_THAT(list.out, Contains("<sheet name=\"Team\""));
        CHECK_THAT(list.out, Contains("<sheet name=\"Gaps\""));
        CHECK_THAT(list.out, Contains("<sheet name=\"About\""));
    }
}

TEST_CASE("eligo progression: -o FILE takes a person's report too, and says what it wrote") {
    std::string file = (eligo::test::scratch_directory() / "e-1042.html").string();
    auto r = run_eligo("progression profiles/e-1042.json --format html -o " + file + kAsOf);
    CHECK(r.status == 0);
    CHECK(r.out == "eligo: wrote 1 report to " + file + "\n");
    CHECK_THAT(eligo::test::read_file(file), Contains("<h1>Progression report: Sam Example (E-1042)</h1>"));
    r = run_eligo("progression profiles/e-1042.json -o /dev/full" + kAsOf);
    CHECK(r.status == 6);
}

TEST_CASE("eligo progression --out-dir: one appraisal file per person, titled with them, with a sign-off box") {
    namespace fs = std::filesystem;
    fs::path dir = eligo::test::scratch_directory() / "appraisals";
    auto r = run_eligo("progression profiles/e-1042.json profiles/e-1187.json --format html --out-dir " + dir.string() + kAsOf);
    CHECK(r.status == 0);
    CHECK(r.out == "eligo: wrote 2 reports to " + dir.string() + "\n");
    std::string sam = eligo::test::read_file(dir / "E-1042.html");
    CHECK_THAT(sam, Contains("<title>Progression report: Sam Example (E-1042), Rehousing Officer</title>"));
    CHECK_THAT(sam, Contains("<h2>Sign-off</h2>"));
    CHECK_THAT(sam, Contains("<tr><th>Manager</th><td></td><td></td><td></td></tr>"));
    CHECK(sam.find("E-1187") == std::string::npos);  // each file holds one person
    CHECK(fs::exists(dir / "E-1187.html"));

    r = run_eligo("progression profiles/e-1042.json --format markdown --out-dir " + dir.string() + kAsOf);
    CHECK_THAT(eligo::test::read_file(dir / "E-1042.md"), Contains("| Manager | | | |\n| Employee | | | |\n"));

    // never among the profiles read, never with --out or --summary
    r = run_eligo("progression profiles --out-dir profiles" + kAsOf);
    CHECK(r.status == 1);
    CHECK_THAT(r.out, Contains("--out-dir: `profiles` holds the profiles being read ("));
    r = run_eligo("progression profiles --summary --out-dir " + dir.string() + kAsOf);
    CHECK(r.status == 1);
    CHECK(r.out == "--out-dir: writes one report per person, so it goes without --summary\n");
}

TEST_CASE("eligo progression: usage errors exit 1 with a hint") {
    auto r = run_eligo("progression profiles --summary --out team.txt" + kAsOf);
    CHECK(r.status == 1);
    CHECK(r.out == "--out: the team view is written to a file ending in .csv or .xlsx, got `team.txt`\n");
    r = run_eligo("progression profiles --summary --format json" + kAsOf);
    CHECK(r.status == 1);
    CHECK(r.out == "--format: the team view is a text table, or CSV or XLSX with --out\n"
                   "  give --out team.csv or --out team.xlsx\n");
    r = run_eligo("progression profiles --summary --role rehousing/rehousing-officer" + kAsOf);
    CHECK(r.status == 1);
    r = run_eligo("progression profiles/e-1042.json --role rehousing/rehousing-oficer" + kAsOf);
    CHECK(r.status == 1);
    CHECK_THAT(r.out, Contains("--role: unknown role `rehousing/rehousing-oficer`; did you mean `rehousing/rehousing-officer`, `rehousing/rehousing-manager` or `rehousing/senior-rehousing-officer`?"));
    r = run_eligo("progression profiles/e-1042.json --as-of 24/11/2026");
    CHECK(r.status == 1);
    CHECK(r.out == "--as-of: expected a date `YYYY-MM-DD`, got `24/11/2026`\n");
}

TEST_CASE("eligo progression: a bad profile exits 2 and the others are still done") {
    std::string bad = temp_path("bad.json");
    std::ofstream(bad) << "{\"id\": \"B-1\", \"employment\": [{\"start\": \"2024-02-30\"}]}";
    auto r = run_eligo("progression " + bad + " profiles/e-1305.json --summary" + kAsOf);
    CHECK(r.status == 2);
    CHECK_THAT(r.out, Contains(bad + ": employment[0].start: expected a date `YYYY-MM-DD`, got `2024-02-30`"));
    CHECK_THAT(r.out, Contains("E-1305"));
    CHECK_THAT(r.out, Contains("eligo: 1 of 2 profiles could not be read; the others were done"));
}

TEST_CASE("eligo progression: recorded at the top level but not attaining it reads as the step to meet it") {
    std::string text = eligo::test::read_file(std::string(ELIGO_SOURCE_DIR) + "/profiles/e-1042.json");
    auto at = text.find("\"level\": \"A\"");  // current_role
    REQUIRE(at != std::string::npos);
    text.replace(at, 12, "\"level\": \"C\"");
    std::string file = (eligo::test::scratch_directory() / "top.json").string();
    eligo::test::write_file(file, text);
    auto r = run_eligo("progression " + file + kAsOf, false);
    CHECK_THAT(r.out, Contains("  next:      meet the recorded level C (Accomplished/Expert) first, the top of the role: "
                               "not ready; see the gaps below\n"));
    CHECK_THAT(r.out, !Contains("next:      none"));
    CHECK_THAT(r.out, !Contains("top level"));
    // The appraisal reports say the same, and nowhere "none" for the next level or "top level".
    auto md = run_eligo("progression " + file + " --format markdown" + kAsOf, false);
    CHECK_THAT(md.out, Contains("| Next level | Meet the recorded level C (Accomplished/Expert) first, the top of the role: "
                                "not ready; see the gaps below |\n"));
    auto html = run_eligo("progression " + file + " --format html" + kAsOf, false);
    CHECK_THAT(html.out, Contains("Meet the recorded level C (Accomplished/Expert) first, the top of the role: not ready; "
                                  "see the gaps below"));
    for (const auto& out : {md.out, html.out}) {
        CHECK_THAT(out, !Contains("None above"));
        CHECK_THAT(out, !Contains("top level"));
    }
    // and the team view does not call them at the top
    auto team = run_eligo("progression " + file + " --summary" + kAsOf, false);
    CHECK_THAT(team.out, !Contains("top level"));
}
