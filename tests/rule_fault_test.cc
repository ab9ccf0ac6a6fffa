// A custom check that stops with an error, run through the `eligo` binary: the criterion is
// undecided with a plain reason, every output and log at the normal level leaves Lua's message
// out (HR and recruiters read them), a warning names the check and the profile, `-v` shows the
// rule author the message, and the run exits 3.
#include <filesystem>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli_run.h"

using Catch::Matchers::Contains;
using eligo::test::read_file;
using eligo::test::run_eligo_apart;
using eligo::test::scratch_directory;
using eligo::test::write_file;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kAsOf = " --as-of 2026-11-24";
const std::string kReason = "the rule's custom check failed, so this is undecided; the rule author can see why with -v";
// Lua's message for P1, who has no CPD record: it quotes the script.
const std::string kLuaError = "rules/t/custom.lua:5: cpd expected for P1";

struct Fixture {
    std::string rules;
    fs::path people = scratch_directory() / "rule-fault" / "people";
    Fixture() {
        rules = eligo::test::rule_directory(scratch_directory().filename().string() + "/rule-fault/rules",
                                            {{"t/custom.lua", R"(
role { id = 't/custom', title = 'Custom', grade = 'Range 3', level { id = 'A', other = {
  custom { id = 'fragile', text = 'Something only a script can check', kind = 'fact',
    check = function(p)
      if p.cpd == nil then error('cpd expected for ' .. p.id) end
      return true, 'fine'
    end },
} } }
)"}});
        write_file(people / "p1.json", R"({"id": "P1", "current_role": {"role": "t/custom", "level": "A"}})");
        write_file(people / "p2.json", R"({"id": "P2", "current_role": {"role": "t/custom", "level": "A"}, "cpd": []})");
    }
    std::string p1() const { return (people / "p1.json").string(); }
    std::string p2() const { return (people / "p2.json").string(); }
    std::string warning(const std::string& where) const {
        return "eligo: warning: " + where +
               ": profile `P1`: role `t/custom` level `A` criterion `fragile`: its custom check stopped with an error, "
               "so it is undecided (a fault in the rules, not in the profile; run with -v to see why)\n";
    }
};

}  // namespace

TEST_CASE("rule fault: evaluate says the check failed, warns by profile id, and exits 3") {
    Fixture f;
    auto r = run_eligo_apart("--rules " + f.rules + " evaluate " + f.p1() + " --format json" + kAsOf);
    CHECK(r.status == 3);
    auto criterion = json::parse(r.out)["profiles"][0]["roles"][0]["levels"][0]["criteria"][0];
    CHECK(criterion["result"] == "unknown");
    CHECK(criterion["reason"] == kReason);
    CHECK(r.err == f.warning(f.p1()));
    CHECK_THAT(r.out, !Contains("cpd expected"));

    // the text tree and a file written with -o leave Lua's message out too
    fs::path out = scratch_directory() / "rule-fault" / "out.txt";
    r = run_eligo_apart("--rules " + f.rules + " evaluate " + f.p1() + " -o " + out.string() + kAsOf);
    CHECK(r.status == 3);
    CHECK_THAT(read_file(out), Contains(kReason));
    CHECK_THAT(read_file(out) + r.err, !Contains("cpd expected"));

    // a check that runs is no fault
    r = run_eligo_apart("--rules " + f.rules + " evaluate " + f.p2() + kAsOf);
    CHECK(r.status == 0);
    CHECK(r.err.empty());
}

TEST_CASE("rule fault: -v shows the rule author Lua's message, on standard error only") {
    Fixture f;
    auto r = run_eligo_apart("-v --rules " + f.rules + " evaluate " + f.p1() + " --format json" + kAsOf);
    CHECK(r.status == 3);
    CHECK_THAT(r.err, Contains("eligo: debug: rules/t/custom.lua:3: custom check `fragile` stopped with an error for "
                               "profile `P1`: " + kLuaError + "\n"));
    CHECK_THAT(r.out, !Contains("cpd expected"));
}

TEST_CASE("rule fault: evaluate --format jsonl counts the fault over the batch and exits 3") {
    Fixture f;
    fs::path lines = scratch_directory() / "rule-fault" / "people.jsonl";
    write_file(lines, R"({"id": "P1"})" "\n" R"({"id": "P2", "cpd": []})" "\n" R"({"id": "P3"})" "\n");
    auto r = run_eligo_apart("--rules " + f.rules + " evaluate " + lines.string() + " --format jsonl" + kAsOf);
    CHECK(r.status == 3);
    CHECK_THAT(r.out, Contains(kReason));
    CHECK_THAT(r.out + r.err, !Contains("cpd expected"));
    CHECK_THAT(r.err, Contains("eligo: warning: role `t/custom` level `A` criterion `fragile`: its custom check stopped "
                               "with an error, so it is undecided (a fault in the rules, not in the profile; run with -v "
                               "to see why) (2 records, first " + lines.string() + ":1, profile `P1`)\n"));
}

TEST_CASE("rule fault: screen leaves the applicant undecided, keeps Lua's message out of rows, exits 3") {
    Fixture f;
    fs::path lines = scratch_directory() / "rule-fault" / "applicants.jsonl";
    write_file(lines, R"({"id": "P1"})" "\n" R"({"id": "P2", "cpd": []})" "\n");
    auto r = run_eligo_apart("--rules " + f.rules + " screen " + lines.string() + " --role t/custom --out -" + kAsOf);
    CHECK(r.status == 3);
    CHECK_THAT(r.out, Contains(kReason));
    CHECK_THAT(r.out + r.err, !Contains("cpd expected"));
    CHECK_THAT(r.err, Contains("its custom check stopped with an error, so it was left undecided (a fault in the rules, "
                               "not in the application; the rule author sees why with -v, or with `eligo test`)"));
}

TEST_CASE("rule fault: progression reports leave Lua's message out, warn and exit 3") {
    Fixture f;
    for (const char* format : {"text", "json", "markdown", "html"}) {
        INFO(format);
        auto r = run_eligo_apart("--rules " + f.rules + " progression " + f.p1() + " --format " + format + kAsOf);
        CHECK(r.status == 3);
        CHECK_THAT(r.out, Contains("custom check failed"));
        CHECK_THAT(r.out, !Contains("cpd expected"));
        CHECK(r.err == f.warning(f.p1()));
    }
    auto team = run_eligo_apart("--rules " + f.rules + " progression --summary " + f.p1() + kAsOf);
    CHECK(team.status == 3);
    CHECK(team.err == f.warning(f.p1()));
}
