// The `eligo` binary and the files it is given: an output never destroys an input, another
// output or a rule file, and the rules are found from any working directory.
#include <filesystem>

#include <catch2/catch.hpp>

#include "cli_run.h"

namespace fs = std::filesystem;
using eligo::test::read_file;
using eligo::test::run_eligo_apart;
using eligo::test::scratch_directory;
using eligo::test::write_file;

namespace {

const char* kApplicant = R"({"id":"A-1","driving":{"licence":"full_uk","vehicle_access":"daily"}})"
                         "\n";

std::string screen_args(const fs::path& in) {
    return "screen --role job-profiles/rehousing-officer --as-of 2026-11-24 -q " + in.string();
}

}  // namespace

TEST_CASE("eligo screen refuses an output that is an input, also through a link, and leaves it whole") {
    fs::path dir = scratch_directory() / "same-file";
    fs::path in = dir / "in.jsonl";
    write_file(in, kApplicant);
    fs::create_symlink(in, dir / "link.jsonl");

    auto r = run_eligo_apart(screen_args(in) + " --out " + in.string());
    CHECK(r.status == 1);
    CHECK(r.err == "--out: `" + in.string() + "` is the input `" + in.string() +
                       "`; writing it would destroy it\n  give another file\n");
    CHECK(read_file(in) == kApplicant);

    r = run_eligo_apart(screen_args(in) + " --out " + (dir / "link.jsonl").string());
    CHECK(r.status == 1);
    CHECK(read_file(in) == kApplicant);

    r = run_eligo_apart(screen_args(in) + " --errors " + in.string());
    CHECK(r.status == 1);
    CHECK(r.err.starts_with("--errors: `"));
    CHECK(read_file(in) == kApplicant);

    // Two outputs in one file would interleave
    std::string out = (dir / "out.jsonl").string();
    r = run_eligo_apart(screen_args(in) + " --out " + out + " --errors " + out);
    CHECK(r.status == 1);
    CHECK(r.err == "--errors: `" + out + "` is also the file of --out; each output needs its own file\n");
}

TEST_CASE("eligo docs and progression never write into the rules directory") {
    auto r = run_eligo_apart("docs --role job-profiles/rehousing-officer -o rules/ruleset.lua");
    CHECK(r.status == 1);
    CHECK(r.err == "--out: `rules/ruleset.lua` is in the rules directory rules; eligo never writes over its rules\n"
                   "  give a file outside it\n");
    CHECK(read_file(fs::path(ELIGO_SOURCE_DIR) / "rules" / "ruleset.lua").find("ruleset") != std::string::npos);
    r = run_eligo_apart("progression --summary --as-of 2026-11-24 profiles --out rules/team.csv");
    CHECK(r.status == 1);
    CHECK(!fs::exists(fs::path(ELIGO_SOURCE_DIR) / "rules" / "team.csv"));
}

TEST_CASE("the binary the build makes finds the source tree's rules from any working directory") {
    fs::path elsewhere = scratch_directory() / "elsewhere";
    fs::create_directories(elsewhere);
    auto r = run_eligo_apart("roles", "cd " + elsewhere.string() + " &&");
    CHECK(r.status == 0);
    CHECK(r.out.find("job-profiles/rehousing-officer") != std::string::npos);
}

TEST_CASE("an installed binary finds its share/eligo/rules, and says where it looked when there are none") {
    fs::path prefix = scratch_directory() / "prefix";
    fs::create_directories(prefix / "bin");
    fs::copy_file(ELIGO_BINARY, prefix / "bin" / "eligo", fs::copy_options::overwrite_existing);
    std::string run = "cd " + scratch_directory().string() + " && " + (prefix / "bin" / "eligo").string() + " roles";

    auto capture = [](const std::string& command) {
        std::string out;
        FILE* pipe = popen((command + " 2>&1").c_str(), "r");
        REQUIRE(pipe);
        char buffer[4096];
        std::size_t n;
        while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
        pclose(pipe);
        return out;
    };
    std::string out = capture(run);
    CHECK(out.find("rules: no rules directory found; looked in " + (prefix / "share" / "eligo" / "rules").string() + ", ") == 0);
    CHECK(out.find("give --rules DIR or set ELIGO_RULES") != std::string::npos);

    fs::create_directories(prefix / "share" / "eligo");
    fs::copy(fs::path(ELIGO_SOURCE_DIR) / "rules", prefix / "share" / "eligo" / "rules", fs::copy_options::recursive);
    out = capture(run);
    CHECK(out.find("job-profiles/rehousing-officer") != std::string::npos);
}

TEST_CASE("terminal escapes and bidi overrides in a profile id reach no text output as they are") {
    fs::path dir = scratch_directory() / "control-characters";
    fs::path in = dir / "p.json";
    write_file(in, R"({"id":"E-1\u001b[31mX\u202e","current_role":{"role":"rehousing/rehousing-officer","level":"A","since":"2025-01-01"}})");
    const std::string as_of = " --as-of 2026-01-01 ";
    for (const std::string& args :
         {"evaluate --role rehousing/rehousing-officer" + as_of + in.string(),
          "evaluate --role rehousing/rehousing-officer --format summary" + as_of + in.string(),
          "progression" + as_of + in.string(), "progression --summary" + as_of + in.string()}) {
        INFO(args);
        auto r = run_eligo_apart(args);
        CHECK(r.out.find("E-1\\x1b[31mX\\u{202e}") != std::string::npos);
        CHECK(r.out.find('\x1b') == std::string::npos);
        CHECK(r.out.find("\u202e") == std::string::npos);
    }
}
