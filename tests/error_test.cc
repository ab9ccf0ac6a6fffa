// Suggestions for misspelt names: every "did you mean" in eligo's messages comes from here.
#include <catch2/catch.hpp>

#include "eligo/error.h"

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
