// Suggestions for misspelt names: every "did you mean" in eligo's messages comes from here.
#include <catch2/catch.hpp>

#include "eligo/error.h"
#include "support/text.h"

TEST_CASE("nearest: a close spelling, or a name contained in another, is suggested; a far one is not") {
    std::vector<std::string> fields = {"qualifications", "employment", "driving", "cpd"};
    CHECK(eligo::nearest("qualifcations", fields) == "qualifications");  // a letter dropped
    CHECK(eligo::nearest("employment_history", fields) == "employment");  // an extension of it
    CHECK(eligo::nearest("employ", fields) == "employment");              // a prefix of it
    CHECK(eligo::nearest("cp", fields) == "cpd");
    CHECK(eligo::nearest("salary", fields).empty());
    CHECK(eligo::nearest("ment", fields) == "employment");  // four letters found inside it
    CHECK(eligo::nearest("abc", {}).empty());
}

TEST_CASE("control characters and bidi overrides in messages are neutralised, never acted on") {
    using eligo::text::printable;
    CHECK(printable("ok \x1b[31mred\x1b[0m") == "ok \\x1b[31mred\\x1b[0m");
    CHECK(printable(std::string("a\0b", 3)) == "a\\x00b");
    CHECK(printable("line\nforged") == "line\\x0aforged");
    CHECK(printable("\xE2\x80\xAE" "evil" "\xE2\x81\xA6") == "\\u{202e}evil\\u{2066}");
    CHECK(printable("\xC2\x9B" "2J") == "\\u{009b}2J");
    CHECK(printable("Zoë – fine") == "Zoë – fine");
    eligo::Error e{eligo::ErrorCode::profile_field, "in.jsonl:3", "unknown role `x\x1b]0;owned\x07`", "did you\nmean"};
    CHECK(e.to_string() == "in.jsonl:3: unknown role `x\\x1b]0;owned\\x07`\n  did you\\x0amean");
}

TEST_CASE("CSV cells starting with TAB or CR are guarded like formulas") {
    CHECK(eligo::text::inert("\t=1+1") == "'\t=1+1");
    CHECK(eligo::text::inert("\r=1+1") == "'\r=1+1");
    CHECK(eligo::text::inert("plain") == "plain");
}
