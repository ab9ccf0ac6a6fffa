// `evaluate --format jsonl`: a result line per profile, in input order, streamed through the
// batch pipeline, and how much each line explains (--explain).
#include <algorithm>
#include <functional>
#include <filesystem>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli_run.h"

namespace fs = std::filesystem;
using nlohmann::json;
namespace test = eligo::test;

namespace {

const char* kAsOf = " --as-of 2026-11-24";

std::vector<std::string> profile_lines() {
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(fs::path(ELIGO_SOURCE_DIR) / "profiles"))
        if (entry.path().extension() == ".json" && entry.path().filename() != "schema.json")
            files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    std::vector<std::string> lines;
    for (const auto& file : files) lines.push_back(json::parse(test::read_file(file)).dump());
    return lines;
}

// The example profiles `copies` times over, ids made unique, as a JSON Lines file.
fs::path example_input(const std::string& name, int copies, std::vector<std::string>* ids = nullptr) {
    std::string text;
    for (int copy = 0; copy < copies; ++copy)
        for (const auto& line : profile_lines()) {
            json profile = json::parse(line);
            profile["id"] = profile["id"].get<std::string>() + "-" + std::to_string(copy);
            if (ids) ids->push_back(profile["id"]);
            text += profile.dump() + "\n";
        }
    fs::path path = test::scratch_directory() / name;
    test::write_file(path, text);
    return path;
}

std::vector<json> rows(const std::string& out) {
    std::vector<json> parsed;
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);) parsed.push_back(json::parse(line));
    return parsed;
}

}  // namespace

TEST_CASE("evaluate jsonl: a line per profile in input order, the same bytes at 1 and 8 threads") {
    std::vector<std::string> ids;
    fs::path input = example_input("order.jsonl", 80, &ids);  // several units of work per thread
    const std::string args = " --format jsonl --explain reasons --role rehousing/rehousing-officer" + std::string(kAsOf);
    auto one = test::run_eligo_apart("evaluate " + input.string() + args + " --threads 1");
    auto eight = test::run_eligo_apart("evaluate " + input.string() + args + " --threads 8");
    REQUIRE(one.status == 0);
    REQUIRE(eight.status == 0);
    CHECK(eight.out == one.out);
    std::vector<json> lines = rows(one.out);
    REQUIRE(lines.size() == ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) CHECK(lines[i]["id"] == ids[i]);
}

TEST_CASE("evaluate jsonl: each line is the profile's element of the json document's profiles") {
    fs::path input = example_input("contract.jsonl", 1);
    auto lines = test::run_eligo_apart("evaluate " + input.string() + " --format jsonl --role rehousing/rehousing-officer" + kAsOf);
    auto threaded = test::run_eligo_apart("evaluate " + input.string() + " --format jsonl --threads 2 --role rehousing/rehousing-officer" + kAsOf);
    REQUIRE(lines.status == 0);
    std::vector<json> parsed = rows(lines.out);
    // The same profiles as files, through the one-document form.
    std::string files;
    for (const auto& line : profile_lines()) {
        json profile = json::parse(line);
        fs::path file = test::scratch_directory() / "contract" / (profile["id"].get<std::string>() + ".json");
        profile["id"] = profile["id"].get<std::string>() + "-0";
        test::write_file(file, profile.dump());
        files += " " + file.string();
    }
    auto doc = test::run_eligo_apart("evaluate" + files + " --format json --role rehousing/rehousing-officer" + kAsOf);
    REQUIRE(doc.status == 0);
    json profiles = json::parse(doc.out)["profiles"];
    REQUIRE(profiles.size() == parsed.size());
    for (const auto& p : profiles) CHECK(std::find(parsed.begin(), parsed.end(), p) != parsed.end());
    CHECK(threaded.out == lines.out);
}

TEST_CASE("evaluate jsonl: a bad line is reported with its line number and the others are written") {
    std::vector<std::string> lines = profile_lines();
    std::string text;
    for (std::size_t i = 0; i < lines.size(); ++i) text += (i == 3 ? std::string("{\"id\": \"BAD\", \"cpd\": 5}") : lines[i]) + "\n";
    fs::path input = test::scratch_directory() / "bad.jsonl";
    test::write_file(input, text);
    for (const char* threads : {" --threads 1", " --threads 2"}) {
        INFO(threads);
        auto r = test::run_eligo_apart("evaluate " + input.string() + " --format jsonl --explain verdicts" + threads + kAsOf);
        CHECK(r.status == 2);
        CHECK(rows(r.out).size() == lines.size() - 1);
        CHECK(r.err.find(input.string() + ":4: ") != std::string::npos);
        CHECK(r.err.find("eligo: 1 of " + std::to_string(lines.size()) +
                         " records could not be read (listed above); every other record was evaluated\n") != std::string::npos);
    }
    fs::path listed = test::scratch_directory() / "bad.errors";
    auto r = test::run_eligo_apart("evaluate " + input.string() + " --format jsonl --errors " + listed.string() + kAsOf);
    CHECK(r.status == 2);
    CHECK(test::read_file(listed).rfind(input.string() + ":4: ", 0) == 0);
}

TEST_CASE("evaluate jsonl: - reads standard input") {
    fs::path input = example_input("stdin.jsonl", 1);
    auto from_file = test::run_eligo_apart("evaluate " + input.string() + " --format jsonl --explain verdicts" + kAsOf);
    auto from_stdin = test::run_eligo_apart("evaluate - --format jsonl --explain verdicts" + std::string(kAsOf) + " < " + input.string());
    REQUIRE(from_stdin.status == 0);
    CHECK(rows(from_stdin.out).size() == profile_lines().size());
    CHECK(from_stdin.out == from_file.out);
}

TEST_CASE("evaluate jsonl: a stream of records needs --format jsonl") {
    auto r = test::run_eligo_apart("evaluate - --format json" + std::string(kAsOf) + " < /dev/null");
    CHECK(r.status == 1);
    CHECK(r.err.find("`-`: a stream of records (JSON Lines, CSV) is evaluated with --format jsonl\n") != std::string::npos);
}

TEST_CASE("evaluate --explain: full keeps the contract, reasons drops the wording, verdicts keeps levels only") {
    fs::path input = example_input("explain.jsonl", 1);
    auto line_of = [&](const char* explain) {
        auto r = test::run_eligo_apart("evaluate " + input.string() + " --format jsonl --role rehousing/rehousing-officer --explain " +
                                       explain + kAsOf);
        REQUIRE(r.status == 0);
        return rows(r.out).at(0);
    };
    json full = line_of("full"), reasons = line_of("reasons"), verdicts = line_of("verdicts");
    const json& full_role = full["roles"][0];
    const json& criterion = full_role["levels"][0]["criteria"][0];
    CHECK(criterion.contains("text"));
    CHECK(criterion.contains("type"));

    const json& reasons_role = reasons["roles"][0];
    CHECK(reasons_role["title"] == full_role["title"]);
    CHECK(reasons_role["attained"] == full_role["attained"]);
    const json& level = reasons_role["levels"][0];
    CHECK(level["verdict"] == full_role["levels"][0]["verdict"]);
    // No wording, reading or type at any depth; the outcome and the reason stay.
    std::function<void(const json&)> no_wording = [&](const json& c) {
        CHECK(!c.contains("text"));
        CHECK(!c.contains("reading"));
        CHECK(!c.contains("type"));
        CHECK(c.contains("result"));
        CHECK(c.contains("reason"));
        if (c.contains("children"))
            for (const auto& child : c["children"]) no_wording(child);
    };
    for (const auto& l : reasons_role["levels"])
        for (const auto& c : l["criteria"]) no_wording(c);
    CHECK(level["criteria"][0]["reason"] == criterion["reason"]);

    json expected_levels = json::array();
    for (const auto& l : full_role["levels"]) expected_levels.push_back({{"level", l["level"]}, {"verdict", l["verdict"]}});
    CHECK(verdicts == json{{"id", full["id"]},
                           {"roles", json::array({{{"role", full_role["role"]},
                                                   {"attained", full_role["attained"]},
                                                   {"levels", expected_levels}}})}});
}
