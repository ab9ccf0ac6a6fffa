// The parse floors of the screen benchmark (engine/bench/baseline.h) stand for the least a
// screen that refuses malformed records must do before it reads anything: find out that the
// whole record is JSON. They must refuse what the engine refuses as JSON wherever in the record
// it lies (the hand-written baseline reads the qualifications only, and does not), or the
// floor would be measured low; and they must take every record the engine reads. Nothing here
// is timed.
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "applicants.h"
#include "baseline.h"
#include "eligo/profile.h"

namespace {

// `text` with the first `from` replaced by `to`; fails the test when `from` is not there.
std::string with(std::string text, const std::string& from, const std::string& to) {
    auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("parse floors: take what the engine reads, refuse what it refuses as JSON, wherever it lies") {
    eligo::bench::Generator generator(2026);
    eligo::bench::ParseFloor floor;
    std::string first;
    for (std::uint64_t i = 0; i < 200; ++i) {
        std::string line = generator.applicant(i);
        if (first.empty() && line.find("\"managerial\":false") != std::string::npos) first = line;
        INFO("applicant " << i);
        REQUIRE(eligo::parse_profile(line, "applicant"));
        CHECK(floor.dom(line));
        CHECK(floor.on_demand(line));
    }
    REQUIRE_FALSE(first.empty());

    // Each in a part of the record the baseline never reads.
    const std::vector<std::pair<const char*, std::string>> malformed = {
        {"a misspelt literal in a job", with(first, "\"managerial\":false", "\"managerial\":fals")},
        {"an unknown escape in an employer's name", with(first, "\"employer\":\"", "\"employer\":\"\\q")},
        {"a number beyond 64 bits", with(first, "\"managerial\":false", "\"managerial\":123456789012345678901234")},
        {"a comma too many in a list", with(first, "\"employment\":[", "\"employment\":[,")},
        {"text after the record", first + " x"},
        {"the record cut short", first.substr(0, first.size() - 1)},
    };
    for (const auto& [what, line] : malformed) {
        INFO(what);
        auto read = eligo::parse_profile(line, "applicant");
        REQUIRE_FALSE(read);
        CHECK(read.errors().front().code == eligo::ErrorCode::profile_syntax);
        CHECK_FALSE(floor.dom(line));
        CHECK_FALSE(floor.on_demand(line));
    }
}
