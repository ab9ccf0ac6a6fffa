// The JSON string writer of the reports: the same text as nlohmann's dump, byte for byte, for
// plain text, escapes, UTF-8 and bytes that are not UTF-8, wherever they fall in the string;
// and the reasons it writes, appended to a string that is reused.
#include <random>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "eligo/evaluate.h"
#include "eligo/explain.h"
#include "fixtures.h"
#include "support/json_text.h"

using namespace eligo;

namespace {

std::string written(std::string_view text) {
    std::string out = "x";  // appended to what is there
    append_json_string(out, text);
    return out.substr(1);
}

std::string dumped(const std::string& text) { return json_text(nlohmann::json(text)); }

}  // namespace

TEST_CASE("a JSON string: plain text copied, quotes, backslashes and control characters escaped") {
    CHECK(written("") == R"("")");
    CHECK(written("needs an assessed evidence record") == R"("needs an assessed evidence record")");
    CHECK(written(R"(cannot read qualifications[3].grade: "Pass*")") ==
          R"("cannot read qualifications[3].grade: \"Pass*\"")");
    CHECK(written("a\\b") == R"("a\\b")");
    CHECK(written("tab\there, line\nend\r\b\f") == R"("tab\there, line\nend\r\b\f")");
    CHECK(written(std::string_view("\x01\x1f\x00\x7f", 4)) == "\"\\u0001\\u001f\\u0000\x7f\"");
    CHECK(written("Café – “quoted”") == "\"Café – “quoted”\"");
    CHECK(written("bad \xff byte") == "\"bad \xef\xbf\xbd byte\"");
}

TEST_CASE("a JSON string: every byte at every place of a word is written as nlohmann writes it") {
    for (int byte = 0; byte < 256; ++byte)
        for (std::size_t at = 0; at < 40; ++at) {
            std::string text(40, 'a');
            text[at] = static_cast<char>(byte);
            INFO("byte " << byte << " at " << at);
            REQUIRE(written(text) == dumped(text));
            REQUIRE(written(text.substr(0, at + 1)) == dumped(text.substr(0, at + 1)));
        }
}

TEST_CASE("a JSON string: UTF-8 sequences, well formed or not, cut short or not") {
    std::string text;
    auto same = [&](std::string_view tail) {
        for (std::string_view lead : {"", "abcdefg", "abcdefgh", "abcdefghijklmno", "abcdefghijklmnopqrstuvw"}) {
            text.assign(lead).append(tail);
            REQUIRE(written(text) == dumped(text));
            text.append("z");
            REQUIRE(written(text) == dumped(text));
        }
    };
    for (int a = 0x80; a < 256; ++a)
        for (int b = 0; b < 256; ++b) {
            const char two[] = {static_cast<char>(a), static_cast<char>(b)};
            same({two, 2});
            for (int c : {0x41, 0x80, 0xbf, 0xc0}) {
                const char three[] = {static_cast<char>(a), static_cast<char>(b), static_cast<char>(c)};
                same({three, 3});
                for (int d : {0x41, 0x80, 0xbf}) {
                    const char four[] = {static_cast<char>(a), static_cast<char>(b), static_cast<char>(c),
                                         static_cast<char>(d)};
                    same({four, 4});
                }
            }
        }
}

TEST_CASE("a JSON string: random text of plain characters, escapes and UTF-8 fragments") {
    std::mt19937 random(20261124);
    const std::string pieces[] = {"a", "Z", " ", "\"", "\\", "\n", "\x01", "\x7f", "é", "€", "😀", "\xe2\x82", "\xff", "word"};
    for (int round = 0; round < 20000; ++round) {
        std::string text;
        for (int n = static_cast<int>(random() % 40); n > 0; --n) text += pieces[random() % std::size(pieces)];
        INFO(text);
        REQUIRE(written(text) == dumped(text));
    }
}

TEST_CASE("a reason appended to a string is the reason, after what the string held") {
    auto rules = test::rules_from(R"(role { id = 't/r', title = 'Test Role',
      level { id = 'A', name = 'Developing',
        skills = { competency { id = 'k', text = 'Skilled' }, competency { id = 'k2', text = 'More skilled' },
                   training { id = 't', text = 'Trained', training_id = 'a' } } } })");
    Profile p = test::profile_from(R"({"id":"E-1","evidence":[
        {"competency":"k2","status":"met","source":"manager","by":"M-55","date":"2026-01-10"}]})");
    ProfileResult result = evaluate(*rules, p, {*Date::parse("2026-11-24"), {}});
    const auto& criteria = result.roles.at(0).levels.at(0).criteria;
    REQUIRE(criteria.size() == 3);
    std::string out = "before: ";
    append_reason(out, criteria[0], p);
    CHECK(out == "before: no assessment recorded; needs an assessed evidence record");
    out.clear();
    append_reason(out, criteria[1], p);
    CHECK(out == "assessed as met by manager M-55 on 2026-01-10");
    out = "x";
    append_reason(out, criteria[2], p);
    CHECK(out == "x`training` not recorded in the profile");
    for (const auto& c : criteria) {
        std::string appended;
        append_reason(appended, c, p);
        CHECK(appended == reason(c, p));
    }
}
