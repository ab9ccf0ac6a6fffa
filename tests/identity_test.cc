// Identity: `screen` and `evaluate --format json|jsonl` give the bytes they gave when
// tests/expected/identity.sha256 was recorded, on the example profiles and on 10,000 synthetic
// applicants (the benchmarks' generator, fixed seed, with a few unreadable and blank lines among
// them), at one thread and at three. It guards the optimisations of the batch path: making a run
// faster must not change a byte of what it writes. Nothing here is timed.
//
// After a deliberate change of rules or wording, the failure prints every digest as the file
// should then read; review the change in the outputs (tests/expected/examples-*) and replace it.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "applicants.h"
#include "cli_run.h"

namespace fs = std::filesystem;
namespace test = eligo::test;

namespace {

const char* const kAsOf = " --as-of 2026-11-24";
const char* const kScreenRole = " --role rehousing/rehousing-officer --level B";
const char* const kEvaluateRoles = " --role rehousing/rehousing-officer --role housing-options/triage-officer";

// A run of `eligo ARGS` in `directory` whose standard output (hundreds of megabytes for the
// full explanation of 10,000 profiles) goes straight into sha256sum rather than into memory;
// a screen's About block (the time of the run, the command) is left out first.
// The digest of a short text (standard error), by the same program.
std::string sha256_of(const std::string& text) {
    const fs::path file = test::scratch_directory() / "identity-text";
    test::write_file(file, text);
    FILE* pipe = popen(("sha256sum < " + file.string()).c_str(), "r");
    REQUIRE(pipe);
    char buffer[128] = {};
    std::size_t n = fread(buffer, 1, sizeof buffer - 1, pipe);
    pclose(pipe);
    return std::string(buffer, std::min<std::size_t>(n, 64));
}

struct Digested {
    int status = -1;
    std::string digest;  ///< of standard output
    std::string err;     ///< standard error
};

Digested run_digested(const std::string& directory, const std::string& args) {
    static int count = 0;
    ++count;
    const fs::path err = test::scratch_directory() / ("identity-stderr-" + std::to_string(count));
    const fs::path status = test::scratch_directory() / ("identity-status-" + std::to_string(count));
    std::string command = "cd " + directory + " && { timeout -k 5 300 " + ELIGO_BINARY + " " + args + " 2>" +
                          err.string() + "; echo $? >" + status.string() + "; } | sed -e '/^{\"about\":/d' -e '/^# /d' | sha256sum";
    Digested d;
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe);
    char buffer[128] = {};
    std::size_t n = fread(buffer, 1, sizeof buffer - 1, pipe);
    pclose(pipe);
    d.digest = std::string(buffer, std::min<std::size_t>(n, 64));
    d.err = test::read_file(err);
    d.status = std::atoi(test::read_file(status).c_str());
    return d;
}

// The generated input: 10,000 applicants as JSON Lines, with an unreadable line and a blank
// line after every 2,500th (so that bad records and line numbers are covered), and the first
// 2,000 of them again as one file each, for `evaluate --format json`.
struct Generated {
    std::string directory = (test::scratch_directory() / "identity").string();
    fs::path lines = fs::path(directory) / "applicants.jsonl";
    fs::path files = fs::path(directory) / "files";

    Generated() {
        eligo::bench::Generator generator(2026);
        std::string text;
        fs::create_directories(files);
        for (std::uint64_t n = 0; n < 10000; ++n) {
            std::string applicant = generator.applicant(n);
            text += applicant;
            text += '\n';
            if (n % 2500 == 2499) text += "{\"id\": \"BROKEN-" + std::to_string(n) + "\", \"qualifications\": [\n   \n";
            if (n < 2000) test::write_file(files / ("app-" + std::to_string(100000 + n) + ".json"), applicant + '\n');
        }
        test::write_file(lines, text);
    }
};

const Generated& generated() {
    static const Generated made;
    return made;
}

std::map<std::string, std::string> stored_digests() {
    std::map<std::string, std::string> out;
    std::istringstream in(test::read_file(fs::path(ELIGO_SOURCE_DIR) / "tests/expected/identity.sha256"));
    std::string hex, name;
    while (in >> hex >> name) out[name] = hex;
    return out;
}

}  // namespace

TEST_CASE("identity: screen and evaluate write the recorded bytes, at one thread and at three", "[identity]") {
    const Generated& input = generated();
    // The generated input is read from its own directory, so that records are named
    // `applicants.jsonl:17` whatever the scratch directory is; the examples from the sources.
    const std::string lines = "applicants.jsonl", files = "files";
    // name -> the arguments of the run whose standard output (and, for the generated JSON Lines
    // with their unreadable lines, standard error) is digested, and whether it is also run at
    // three threads, which must give the same bytes.
    struct Run {
        std::string name, args;
        bool threaded;
    };
    const std::vector<Run> runs = {
        {"examples.screen.jsonl", "screen profiles/" + std::string(kScreenRole) + kAsOf + " --format jsonl -q", true},
        {"examples.screen.csv", "screen profiles/" + std::string(kScreenRole) + kAsOf + " --format csv -q", true},
        {"examples.evaluate.json", "evaluate profiles/ --format json" + std::string(kAsOf), false},
        {"examples.evaluate.jsonl", "evaluate profiles/ --format jsonl" + std::string(kAsOf), true},
        {"generated.screen.jsonl", "screen " + lines + kScreenRole + kAsOf + " --format jsonl -q", true},
        {"generated.screen.csv", "screen " + lines + kScreenRole + kAsOf + " --format csv -q", true},
        {"generated.evaluate.jsonl", "evaluate " + lines + kEvaluateRoles + kAsOf + " --format jsonl", true},
        {"generated.evaluate.reasons.jsonl",
         "evaluate " + lines + kEvaluateRoles + kAsOf + " --format jsonl --explain reasons", false},
        {"generated-files.evaluate.json", "evaluate " + files + kEvaluateRoles + kAsOf + " --format json", false},
    };
    std::map<std::string, std::string> actual;
    for (const auto& [name, args, threaded] : runs) {
        bool bad_lines = name.starts_with("generated.");
        for (const char* threads : {" --threads 1", " --threads 3"}) {
            bool one = std::string(threads) == " --threads 1";
            if (!threaded && !one) continue;
            // `evaluate --format json` takes no --threads.
            std::string command = args + (threaded || args.find("jsonl") != std::string::npos ? threads : "");
            INFO(command);
            Digested run = run_digested(name.starts_with("examples.") ? ELIGO_SOURCE_DIR : input.directory, command);
            CHECK(run.status == (bad_lines ? 2 : 0));  // 2: some records could not be read
            REQUIRE(run.digest.size() == 64);
            // The same bytes at any thread count: the digest of one thread is the one recorded.
            auto [out, fresh] = actual.emplace(name, run.digest);
            if (!fresh) CHECK(out->second == run.digest);
            if (bad_lines) {
                auto [err, first] = actual.emplace(name + ":errors", sha256_of(run.err));
                if (!first) CHECK(err->second == sha256_of(run.err));
            }
        }
    }
    std::string file;
    for (const auto& [name, hex] : actual) file += hex + "  " + name + "\n";
    INFO("tests/expected/identity.sha256 for these outputs:\n" << file);
    std::map<std::string, std::string> stored = stored_digests();
    for (const auto& [name, hex] : actual) {
        INFO(name);
        CHECK(stored[name] == hex);
    }
    CHECK(stored.size() == actual.size());
}
