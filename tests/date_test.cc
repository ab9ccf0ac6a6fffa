#include <catch2/catch.hpp>

#include "eligo/date.h"

using eligo::Date;
using eligo::not_a_day;

TEST_CASE("dates parse strictly as ISO YYYY-MM-DD") {
    CHECK(Date::parse("2024-02-29"));
    CHECK_FALSE(Date::parse("2023-02-29"));
    CHECK_FALSE(Date::parse("2024-13-01"));
    CHECK_FALSE(Date::parse("2024-1-01"));
    CHECK_FALSE(Date::parse("01/02/2024"));
    CHECK_FALSE(Date::parse("2024-02-2x"));
    CHECK(Date::parse("2024-02-29")->to_string() == "2024-02-29");
    CHECK(Date::parse("1970-01-01")->days() == 0);
}

TEST_CASE("adding months clamps to the end of the month") {
    CHECK(Date::parse("2024-01-31")->add_months(1).to_string() == "2024-02-29");
    CHECK(Date::parse("2023-01-31")->add_months(1).to_string() == "2023-02-28");
    CHECK(Date::parse("2024-02-29")->add_months(12).to_string() == "2025-02-28");
    CHECK(Date::parse("2024-03-01")->add_months(-12).to_string() == "2023-03-01");
}

TEST_CASE("months between counts whole calendar months and leftover days") {
    auto span = eligo::months_between(*Date::parse("2024-03-01"), *Date::parse("2025-03-01"));
    CHECK(span.months == 12);
    CHECK(span.days == 0);
    span = eligo::months_between(*Date::parse("2021-02-01"), *Date::parse("2024-03-01"));
    CHECK(span.months == 37);
    span = eligo::months_between(*Date::parse("2024-01-15"), *Date::parse("2024-03-10"));
    CHECK(span.months == 1);
    CHECK(span.days == 24);
    span = eligo::months_between(*Date::parse("2024-02-29"), *Date::parse("2025-02-28"));
    CHECK(span.months == 12);  // a leap day start completes its year on the last day of February
    span = eligo::months_between(*Date::parse("2025-01-01"), *Date::parse("2024-01-01"));
    CHECK(span.months == 0);
    CHECK(span.days == 0);
}

TEST_CASE("a well-formed date that is not a real day says why") {
    CHECK(not_a_day("2026-02-30") == " (there is no 30 February 2026)");
    CHECK(not_a_day("2023-02-29") == " (there is no 29 February 2023)");
    CHECK(not_a_day("2026-13-01") == " (there is no month 13)");
    CHECK(not_a_day("2024-02-29").empty());  // a real day
    CHECK(not_a_day("30/02/2026").empty());  // not the shape: the message's `YYYY-MM-DD` says it
}
