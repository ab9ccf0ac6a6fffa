// The command line's contract, the same for every command: where output goes (-o/--out), the
// exit status of a failed write, "wrote N rows to FILE", and paths a user can open.
#include <filesystem>

#include <catch2/catch.hpp>

#include "cli_run.h"

using namespace eligo;

namespace {

const char* kRole = "role { id = 'x/r', title = 'R',\n"
                    "  level { id = 'A', qualifications = { training { id = 'tr', text = 'Trained', training_id = 'x' } } } }\n";

const char* kCase = R"([{"name": "trained", "role": "x/r", "as_of": "2026-11-24",
  "profile": {"id": "T-1", "training": [{"id": "x", "status": "completed"}]}, "expect": {"A": "eligible"}}])";

}  // namespace

TEST_CASE("contract: a full disk on standard output exits 6, whatever the command") {
    for (const std::string args : {"roles", "evaluate profiles/e-1042.json --as-of 2026-11-24",
                                   "progression profiles/e-1042.json --as-of 2026-11-24", "check", "test",
                                   "diff --old rules --new rules profiles/e-1042.json --as-of 2026-11-24"}) {
        INFO(args);
        test::CliOutput r = test::run_eligo_apart(args + " >/dev/full");
        CHECK(r.status == 6);
        CHECK(r.err.find("eligo: standard output could not be written in full (") != std::string::npos);
    }
}

TEST_CASE("eligo test: -o FILE, wrote N cases, a role without a tests file, --format, and a failed write") {
    namespace fs = std::filesystem;
    std::string dir = test::rule_directory("eligo-test-contract", {{"x/r.lua", kRole}, {"x/r.tests.json", kCase},
                                                                   {"y/s.lua", std::string(kRole).replace(13, 3, "y/s")}});
    fs::path out = test::scratch_directory() / "results.xml";
    test::CliOutput r = test::run_eligo_apart("--rules " + dir + " test --format junit -o " + out.string());
    CHECK(r.status == 0);
    CHECK(r.out.empty());
    CHECK(r.err.find(dir + "/y/s.lua: warning: role `y/s` has no tests file; write its cases in " + dir + "/y/s.tests.json\n") !=
          std::string::npos);
    CHECK(r.err.ends_with("eligo: wrote 1 case to " + out.string() + "\n"));
    CHECK(test::read_file(out).find("<testcase classname=\"" + dir + "/x/r.tests.json\" name=\"trained\"/>") !=
          std::string::npos);

    // Tests files named: no warning about the roles they leave out.
    r = test::run_eligo_apart("--rules " + dir + " test --format json " + dir + "/x/r.tests.json");
    CHECK(r.err.find("warning") == std::string::npos);
    CHECK(r.out.find("\"passed\": 1") != std::string::npos);

    r = test::run_eligo_apart("--rules " + dir + " test --run nothing");
    CHECK(r.status == 5);
    CHECK(r.err.ends_with("eligo: no rule tests (*.tests.json) found matching --run `nothing`\n"));

    r = test::run_eligo_apart("--rules " + dir + " test -o /dev/full");
    CHECK(r.status == 6);
    CHECK(r.err.ends_with("/dev/full: the output could not be written in full (No space left on device)\n"));
    r = test::run_eligo_apart("--rules " + dir + " test -o /nonexistent/results.txt");
    CHECK(r.status == 6);
    CHECK(r.err.ends_with("\n/nonexistent/results.txt: cannot write here (No such file or directory)\n"));
}

TEST_CASE("contract: roles and docs write to -o/--out FILE, say so, and a failed write exits 6") {
    namespace fs = std::filesystem;
    for (const std::string command : {"roles", "roles --format json", "docs", "docs --format html"}) {
        INFO(command);
        fs::path out = test::scratch_directory() / "listing.out";
        test::CliOutput r = test::run_eligo_apart(command + " -o " + out.string());
        CHECK(r.status == 0);
        CHECK(r.out.empty());
        CHECK(r.err.find("eligo: wrote ") != std::string::npos);
        CHECK(r.err.ends_with(" to " + out.string() + "\n"));
        CHECK(test::read_file(out).find("rehousing/rehousing-officer") != std::string::npos);
        r = test::run_eligo_apart(command + " --out /dev/full");
        CHECK(r.status == 6);
        CHECK(r.err.starts_with("/dev/full: the output could not be written in full ("));
    }
}

TEST_CASE("check and test name files relative to the working directory when below it") {
    std::string dir = test::rule_directory("eligo-relative", {{"x/r.lua", std::string(kRole) + "role { id = 'x/R' }\n"}});
    std::string parent = std::filesystem::path(dir).parent_path().string();
    test::CliOutput r = test::run_eligo_apart("check " + dir, "cd " + parent + " &&");
    CHECK(r.status == 1);
    CHECK(r.out.starts_with("eligo-relative/x/r.lua:3: error: "));
    r = test::run_eligo_apart("--rules " + dir + " test", "cd " + parent + " &&");
    CHECK(r.status == 3);
    CHECK(r.err.starts_with("eligo-relative/x/r.lua:3: "));
}

TEST_CASE("contract: a near-miss role id lists every close match; a date that is no day says so") {
    test::CliOutput r = test::run_eligo_apart("evaluate profiles/e-1042.json --role rehousing-officer --as-of 2026-11-24");
    CHECK(r.status == 1);
    CHECK(r.err.find("--role: unknown role `rehousing-officer`; did you mean `job-profiles/rehousing-officer`, "
                     "`rehousing/assistant-rehousing-officer`, `rehousing/rehousing-officer`, "
                     "`rehousing/senior-rehousing-officer` or `residents-services/rehousing-officer`?") != std::string::npos);
    r = test::run_eligo_apart("evaluate profiles/e-1042.json --as-of 2026-02-30");
    CHECK(r.status == 1);
    CHECK(r.err == "--as-of: expected a date `YYYY-MM-DD`, got `2026-02-30` (there is no 30 February 2026)\n");
}
