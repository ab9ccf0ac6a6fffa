// The `eligo` binary, run as a user would: exit codes, JSON against the contract, messages.
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli_run.h"

using nlohmann::json;

namespace {

struct Run {
    int status = -1;
    std::string out;  // stdout and stderr, in that order when both are captured
};

// A shell command's standard output and exit status.
Run run_shell(const std::string& command) {
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

Run run(const std::string& args, bool with_stderr = false) {
    return run_shell(std::string("cd ") + ELIGO_SOURCE_DIR + " && " + ELIGO_BINARY + " " + args +
                     (with_stderr ? " 2>&1" : " 2>/dev/null"));
}

std::string temp_file(const std::string& name, const std::string& text) {
    std::string path = std::string(std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "/tmp") + "/eligo-cli-" + name;
    std::ofstream(path) << text;
    return path;
}

}  // namespace

TEST_CASE("eligo roles lists the bundled roles") {
    Run r = run("roles");
    CHECK(r.status == 0);
    CHECK(r.out.find("rehousing/rehousing-officer") != std::string::npos);
    CHECK(r.out.find("[A B C]") != std::string::npos);
    // each version says which file defines it
    CHECK(r.out.find("rules/rehousing/rehousing-officer.lua:") != std::string::npos);
    Run j = run("roles --format json");
    REQUIRE(j.status == 0);
    json doc = json::parse(j.out);
    CHECK(doc["roles"].size() >= 3);
    for (const auto& role : doc["roles"]) {
        std::string id = role["id"], where = role["defined_at"];
        CHECK(where.starts_with("rules/" + id.substr(0, id.find('/')) + "/"));
    }
}

TEST_CASE("eligo evaluate --format json prints the result contract") {
    Run r = run("evaluate tests/data/sam.json --role rehousing/rehousing-officer --as-of 2026-11-24 --format json");
    REQUIRE(r.status == 0);
    json doc = json::parse(r.out);
    CHECK(doc["as_of"] == "2026-11-24");
    CHECK(doc["ruleset"]["digest"].get<std::string>().size() == 7 + 64);
    const json& role = doc["profiles"][0]["roles"][0];
    CHECK(role["role"] == "rehousing/rehousing-officer");
    REQUIRE(role["levels"].size() == 3);
    for (const auto& level : role["levels"]) {
        CHECK((level["verdict"] == "eligible" || level["verdict"] == "not_eligible" || level["verdict"] == "incomplete"));
        for (const auto& c : level["criteria"]) {
            CHECK(c["text"].get<std::string>().size() > 3);
            CHECK((c["result"] == "met" || c["result"] == "not_met" || c["result"] == "unknown"));
            CHECK((c["kind"] == "fact" || c["kind"] == "judgement"));
            CHECK(!c["reason"].get<std::string>().empty());
        }
    }
    CHECK((role["attained"].is_null() || role["attained"].is_string()));
}

TEST_CASE("eligo evaluate: text output is plain when piped and names no one") {
    Run r = run("evaluate tests/data/sam.json --role rehousing/rehousing-officer --as-of 2026-11-24");
    CHECK(r.status == 0);
    CHECK(r.out.find("Profile E-1042") != std::string::npos);
    CHECK(r.out.find("Level A") != std::string::npos);
    CHECK(r.out.find("\033[") == std::string::npos);
    CHECK(r.out.find("Sam Example") == std::string::npos);
}

TEST_CASE("eligo evaluate: without --as-of the date used is printed") {
    Run r = run("evaluate tests/data/sam.json --role rehousing/rehousing-officer", true);
    CHECK(r.status == 0);
    CHECK(r.out.find("(today; give --as-of to reproduce this result)") != std::string::npos);
}

TEST_CASE("eligo evaluate: usage errors exit 1 with a hint") {
    Run r = run("evaluate tests/data/sam.json --role rehousing/rehousing-oficer", true);
    CHECK(r.status == 1);
    CHECK(r.out.find("did you mean `rehousing/rehousing-officer`, `rehousing/rehousing-manager` or `rehousing/senior-rehousing-officer`?") != std::string::npos);
    r = run("evaluate tests/data/sam.json --as-of 24/11/2026", true);
    CHECK(r.status == 1);
    CHECK(r.out.find("--as-of: expected a date `YYYY-MM-DD`, got `24/11/2026`") != std::string::npos);
    CHECK(run("frobnicate").status == 1);
}

TEST_CASE("eligo evaluate: a bad profile exits 2 and the others are still evaluated") {
    std::string bad = temp_file("bad.json", "{\"id\": \"B-1\", \"employment\": [{\"start\": \"2024-02-30\"}]}");
    Run r = run("evaluate " + bad + " tests/data/sam.json --role rehousing/rehousing-officer --as-of 2026-11-24", true);
    CHECK(r.status == 2);
    CHECK(r.out.find(bad + ": employment[0].start: expected a date `YYYY-MM-DD`, got `2024-02-30`") != std::string::npos);
    CHECK(r.out.find("Profile E-1042") != std::string::npos);
    CHECK(r.out.find("1 of 2 profiles could not be read") != std::string::npos);
}

TEST_CASE("eligo evaluate: protected characteristics warn, or reject under --strict") {
    std::string p = temp_file("protected.json", "{\"id\": \"P-1\", \"religion\": \"x\", \"qualifications\": []}");
    Run r = run("evaluate " + p + " --role rehousing/rehousing-officer --as-of 2026-11-24", true);
    CHECK(r.status == 0);
    CHECK(r.out.find("protected characteristic `religion` dropped") != std::string::npos);
    r = run("evaluate " + p + " --strict --role rehousing/rehousing-officer --as-of 2026-11-24", true);
    CHECK(r.status == 2);
}

TEST_CASE("eligo: broken rules exit 3 with file and line") {
    std::string dir = std::string(std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "/tmp") + "/eligo-cli-rules";
    std::system(("rm -rf " + dir + " && mkdir -p " + dir + "/lib " + dir + "/x && cp " + ELIGO_SOURCE_DIR +
                 "/rules/lib/equivalences.lua " + dir + "/lib/")
                    .c_str());
    std::ofstream(dir + "/x/r.lua") << "role { id = 'x/r', title = 'R',\n  level { id = 'A', skills = { 42 } } }\n";
    Run r = run("roles --rules " + dir, true);
    CHECK(r.status == 3);
    CHECK(r.out.find("eligo-cli-rules/x/r.lua:2: expected a criterion") != std::string::npos);
}

TEST_CASE("eligo --help lists the commands and exit codes") {
    Run r = run("--help");
    CHECK(r.status == 0);
    for (const char* word : {"roles", "evaluate", "test", "Exit status"}) CHECK(r.out.find(word) != std::string::npos);
}

TEST_CASE("a directory of profiles is read at any depth, .JSON and .jsonl included, skipped files counted") {
    namespace fs = std::filesystem;
    fs::path dir = eligo::test::scratch_directory() / "nested-profiles";
    fs::remove_all(dir);
    std::string one = eligo::test::read_file(fs::path(ELIGO_SOURCE_DIR) / "profiles/e-1042.json");
    json two = json::parse(eligo::test::read_file(fs::path(ELIGO_SOURCE_DIR) / "profiles/e-1187.json"));
    eligo::test::write_file(dir / "top/E-1042.JSON", one);
    eligo::test::write_file(dir / "top/deeper/more.jsonl", two.dump() + "\n");
    eligo::test::write_file(dir / "top/deeper/notes.txt", "not a profile\n");
    // before: evaluate found no profile files in the directory; screen read neither
    auto screen = eligo::test::run_eligo_apart("-v screen --role job-profiles/rehousing-officer --as-of 2026-11-24 --format jsonl " +
                                               dir.string());
    CHECK(screen.out.find("\"E-1042\"") != std::string::npos);
    CHECK(screen.out.find("\"E-1187\"") != std::string::npos);
    CHECK(screen.err.find(dir.string() + ": 1 file skipped (not *.json or *.jsonl)") != std::string::npos);
    auto verbose = eligo::test::run_eligo_apart("-v evaluate --role job-profiles/rehousing-officer --as-of 2026-11-24 " +
                                                dir.string());
    CHECK(verbose.status == 0);
    CHECK(verbose.err.find("notes.txt: skipped, not a profile file") != std::string::npos);
    CHECK(verbose.err.find("more.jsonl: skipped, not a profile file") != std::string::npos);
}

TEST_CASE("eligo evaluate --format summary: each person's current role, columns aligned; none recorded exits 2") {
    auto r = eligo::test::run_eligo_apart("evaluate profiles/e-1042.json profiles/e-1533.json profiles/app-2031.json "
                                          "--format summary --as-of 2026-11-24");
    CHECK(r.status == 2);
    CHECK(r.out ==
          "E-1042  rehousing/rehousing-officer         attained B   A eligible,   B eligible,   C not eligible (2 not met, 10 to check)\n"
          "E-1533  tenant-services/housing-apprentice  attained L3  L2 eligible,  L3 eligible,  L4 not eligible (1 not met)\n");
    CHECK(r.err ==
          "profiles/app-2031.json: current_role: not recorded; the summary shows the role a person holds\n"
          "  give --role ROLE or --all-roles, or record current_role in the profile\n"
          "eligo: 1 of 3 profiles have no current_role the rules know; the others were evaluated\n");
}

TEST_CASE("eligo evaluate --format summary --all-roles: every role, for people with no current role too") {
    Run r = run("evaluate profiles/app-2031.json --format summary --all-roles --as-of 2026-11-24");
    CHECK(r.status == 0);
    const std::string pad(24, ' ');
    CHECK(r.out.find("APP-2031  housing-options/triage-officer" + pad + "attained -  A incomplete (31 to check),") == 0);
    CHECK(r.out.find("\nAPP-2031  job-profiles/rehousing-officer" + pad + "attained -  A incomplete (14 to check)\n") !=
          std::string::npos);
    Run both = run("evaluate profiles/app-2031.json --format summary --all-roles --role rehousing/rehousing-officer", true);
    CHECK(both.status == 1);
    CHECK(both.out == "--all-roles: goes without --role, which names the roles to show\n");
}

TEST_CASE("evaluate and progression: a progress line on a terminal only, never over results or with --quiet") {
    namespace fs = std::filesystem;
    const fs::path out = eligo::test::scratch_directory() / "progress-out";
    const std::string as_of = " --as-of 2026-11-24";
    const std::vector<std::string> runs = {"evaluate profiles/ --format json -o " + out.string() + as_of,
                                           "evaluate profiles/ --format jsonl -o " + out.string() + as_of,
                                           "progression profiles/e-1042.json profiles/e-1187.json -o " + out.string() + as_of};
    // Standard error a file: no line, nothing redrawn.
    for (const auto& args : runs) {
        INFO(args);
        auto r = eligo::test::run_eligo_apart(args);
        CHECK(r.status == 0);
        CHECK(r.err.find('\r') == std::string::npos);
        CHECK(r.err.find("records") == std::string::npos);
    }
    // On a terminal (`script` gives the run one): records counted, and the line cleared at the end.
    if (std::system("command -v script >/dev/null 2>&1") != 0) return;
    auto on_terminal = [](const std::string& args) {
        return run_shell(std::string("cd ") + ELIGO_SOURCE_DIR + " && script -qec \"" + ELIGO_BINARY + " " + args +
                         "\" /dev/null");
    };
    for (const auto& args : runs) {
        INFO(args);
        auto r = on_terminal(args);
        CHECK(r.status == 0);
        CHECK(r.out.find(" records") != std::string::npos);  // results go to a file: only the line and the report
        CHECK(r.out.find("\r\033[K") != std::string::npos);
        CHECK(on_terminal("-q " + args).out.find(" records") == std::string::npos);
    }
    // Results on the terminal itself: no line across them.
    auto shown = on_terminal("evaluate profiles/ --format json" + as_of);
    CHECK(shown.out.find("\033[K") == std::string::npos);
}
