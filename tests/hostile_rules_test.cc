// Hostile rule scripts: the corpus of tests/hostile-rules/, each an attack that someone with
// write access to one rule file could make (or a mistake that does the same), held to the
// outcome its header states. Each file is loaded as `attack/<file>` beside the bundled rules:
// - refused: the rule set does not load, every error names the attack's file (a limit is never
//   charged to an innocent script), and one of them holds the stated message;
// - loads: the rule set loads, and every bundled role gives the example profiles exactly the
//   results it gives without the file;
// - screened: as `loads`, and `eligo screen` of the example profiles on the attack's own role
//   gives the same rows at 1, 2 and 8 threads, each row holding the stated message; with an
//   `-- author:` line, `-v` shows that text on standard error (Lua's message, which is for the
//   rule author and never in a row).
// Every run is bounded by the sandbox's limits; none takes more than a few seconds.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli_run.h"
#include "eligo/evaluate.h"
#include "eligo/profile.h"
#include "eligo/report.h"
#include "fixtures.h"

namespace fs = std::filesystem;
using namespace eligo;

namespace {

const fs::path kSource = ELIGO_SOURCE_DIR;
const char* kAsOf = "2026-11-24";

struct Attack {
    std::string file;      ///< name in tests/hostile-rules
    std::string expect;    ///< refused, loads or screened
    std::string message;   ///< what the error or every screened row holds
    std::string author;    ///< screened: what `-v` shows the rule author on standard error
    std::string text;
};

// The `-- key: value` lines of a file's header.
Attack read_attack(const fs::path& path) {
    Attack a{path.filename().string(), "", "", "", test::read_file(path)};
    std::istringstream in(a.text);
    for (std::string line; std::getline(in, line) && line.starts_with("--");) {
        if (line.starts_with("-- expect: ")) a.expect = line.substr(11);
        if (line.starts_with("-- message: ")) a.message = line.substr(12);
        if (line.starts_with("-- author: ")) a.author = line.substr(11);
    }
    return a;
}

std::vector<Attack> corpus() {
    std::vector<Attack> attacks;
    for (const auto& entry : fs::directory_iterator(kSource / "tests" / "hostile-rules"))
        if (entry.path().extension() == ".lua") attacks.push_back(read_attack(entry.path()));
    std::sort(attacks.begin(), attacks.end(), [](const Attack& a, const Attack& b) { return a.file < b.file; });
    return attacks;
}

// Every script of the bundled rules, path below rules/ -> text.
const std::map<std::string, std::string>& bundled() {
    static const std::map<std::string, std::string> files = [] {
        std::map<std::string, std::string> found;
        fs::path root = kSource / "rules";
        for (const auto& entry : fs::recursive_directory_iterator(root))
            if (entry.path().extension() == ".lua")
                found[entry.path().lexically_relative(root).generic_string()] = test::read_file(entry.path());
        return found;
    }();
    return files;
}

std::vector<Profile> examples() {
    std::vector<Profile> profiles;
    for (const auto& entry : fs::directory_iterator(kSource / "profiles"))
        if (entry.path().extension() == ".json" && entry.path().filename() != "schema.json")
            profiles.push_back(test::profile_from(test::read_file(entry.path())));
    std::sort(profiles.begin(), profiles.end(), [](const Profile& a, const Profile& b) { return a.id < b.id; });
    return profiles;
}

// What the bundled roles say of every example profile, as the result contract's JSON.
std::string bundled_results(const RuleSet& rules) {
    EvaluateOptions options{*Date::parse(kAsOf), {}};
    for (const auto& role : rules.roles)
        if (!role.id.starts_with("attack/") && (options.roles.empty() || options.roles.back() != role.id))
            options.roles.push_back(role.id);
    ReportOptions report;
    report.as_of = *Date::parse(kAsOf);
    std::string all;
    for (const auto& profile : examples()) all += profile_result_json(evaluate(rules, profile, options), report) + "\n";
    return all;
}

// The example profiles twice over under distinct ids, as JSON Lines.
fs::path applicants() {
    fs::path file = test::scratch_directory() / "hostile-rules-applicants.jsonl";
    if (fs::exists(file)) return file;
    std::string lines;
    for (int copy = 1; copy <= 2; ++copy)
        for (const auto& entry : fs::directory_iterator(kSource / "profiles")) {
            if (entry.path().extension() != ".json" || entry.path().filename() == "schema.json") continue;
            auto doc = nlohmann::json::parse(test::read_file(entry.path()));
            doc["id"] = doc["id"].get<std::string>() + "-" + std::to_string(copy);
            lines += doc.dump() + "\n";
        }
    test::write_file(file, lines);
    return file;
}

std::string role_of(const Attack& a) { return "attack/" + a.file.substr(0, a.file.size() - 4); }

void refused(const Attack& a) {
    auto files = bundled();
    files["attack/" + a.file] = a.text;
    auto rules = test::load_scripts(files);
    REQUIRE_FALSE(rules);
    std::string all = test::messages(rules.errors());
    INFO(all);
    // `a | b`: either will do (a limit that two budgets can reach, depending on the build)
    bool found = false;
    for (std::size_t from = 0, to; from != std::string::npos; from = to == std::string::npos ? to : to + 3) {
        to = a.message.find(" | ", from);
        found = found || all.find(a.message.substr(from, to - from)) != std::string::npos;
    }
    CHECK(found);
    for (const auto& error : rules.errors()) CHECK(error.where.starts_with("rules/attack/" + a.file));
}

void loads_unchanged(const Attack& a) {
    static const std::string before = [] {
        auto rules = test::load_scripts(bundled());
        REQUIRE(rules);
        return bundled_results(**rules);
    }();
    auto files = bundled();
    files["attack/" + a.file] = a.text;
    auto rules = test::load_scripts(files);
    INFO((rules ? std::string() : test::messages(rules.errors())));
    REQUIRE(rules);
    CHECK(bundled_results(**rules) == before);
}

void screened_alike(const Attack& a) {
    std::string dir = test::rule_directory("hostile-rules-" + role_of(a).substr(7), {{"attack/" + a.file, a.text}});
    std::string args = "--rules " + dir + " screen " + applicants().string() + " --role " + role_of(a) +
                       " --as-of " + kAsOf + " --out - --threads ";
    auto one = test::run_eligo_apart(args + "1");
    one.out = test::without_about(one.out);
    INFO(one.err);
    REQUIRE(!one.out.empty());
    std::istringstream rows(one.out);
    int count = 0;
    for (std::string row; std::getline(rows, row); ++count) CHECK(row.find(a.message) != std::string::npos);
    CHECK(count == 16);
    if (!a.author.empty()) {
        auto verbose = test::run_eligo_apart("-v " + args + "1");
        CHECK(verbose.err.find(a.author) != std::string::npos);
        CHECK(test::without_about(verbose.out) == one.out);
        CHECK(one.out.find(a.author) == std::string::npos);
    }
    for (const char* threads : {"2", "8"}) {
        INFO("threads " << threads);
        auto many = test::run_eligo_apart(args + threads);
        many.out = test::without_about(many.out);
        CHECK(many.status == one.status);
        CHECK(many.out == one.out);
    }
}

}  // namespace

TEST_CASE("hostile rules: every attack in the corpus has the outcome its header states") {
    auto attacks = corpus();
    REQUIRE(attacks.size() >= 19);
    for (const auto& a : attacks) {
        INFO(a.file);
        REQUIRE_FALSE(a.message.empty());
        if (a.expect == "refused") {
            refused(a);
        } else if (a.expect == "loads") {
            loads_unchanged(a);
        } else if (a.expect == "screened") {
            loads_unchanged(a);
            screened_alike(a);
        } else {
            FAIL("`-- expect:` must be refused, loads or screened, not `" << a.expect << "`");
        }
    }
}
