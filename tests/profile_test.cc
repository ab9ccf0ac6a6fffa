#include <catch2/catch.hpp>

#include "eligo/batch.h"
#include "eligo/profile.h"
#include "fixtures.h"

using namespace eligo;

TEST_CASE("a full profile reads into the model") {
    Profile p = test::profile_from(test::source_file("tests/data/sam.json"));
    CHECK(p.id == "E-1042");
    REQUIRE(p.current_role);
    CHECK(p.current_role->role == "rehousing/rehousing-officer");
    REQUIRE(p.qualifications);
    CHECK(p.qualifications->size() == 5);
    CHECK((*p.qualifications)[3].level == 3);
    CHECK((*p.qualifications)[4].in_progress);
    REQUIRE(p.employment);
    CHECK_FALSE((*p.employment)[1].end);
    CHECK((*p.employment)[0].end->to_string() == "2024-02-29");
    CHECK(p.driving->licence == "full_uk");
    CHECK(p.evidence->front().met);
}

TEST_CASE("absent lists stay absent and empty lists stay empty") {
    Profile absent = test::profile_from(R"({"id": "A-1"})");
    CHECK_FALSE(absent.qualifications);
    CHECK_FALSE(absent.employment);
    CHECK_FALSE(absent.driving);
    Profile empty = test::profile_from(R"({"id": "A-2", "qualifications": [], "employment": [], "cpd": []})");
    REQUIRE(empty.qualifications);
    CHECK(empty.qualifications->empty());
    REQUIRE(empty.employment);
    CHECK(empty.employment->empty());
}

TEST_CASE("lists not kept are checked as ever and come back absent") {
    ProfileReadOptions none;
    none.keep = ProfileLists{false, false, false};
    // Good records: the lists are left out, everything else is read.
    std::string good = test::source_file("tests/data/sam.json");
    auto full = parse_profile(good, "sam.json");
    auto lean = parse_profile(good, "sam.json", none);
    REQUIRE(full);
    REQUIRE(lean);
    CHECK(full->employment);
    CHECK_FALSE(lean->employment);
    CHECK_FALSE(lean->cpd);
    CHECK_FALSE(lean->training);
    CHECK(lean->qualifications->size() == full->qualifications->size());
    CHECK(lean->evidence->size() == full->evidence->size());
    // A problem in a list not kept refuses the record, or warns, as when it is kept.
    for (const char* json : {
             R"({"id":"E-1","employment":[{"employer":"Council","start":"2024-13-01"}]})",
             R"({"id":"E-2","employment":[{"employer_type":"council","start":"2020-01-01","end":"2019-01-01"}]})",
             R"({"id":"E-3","employment":[{"areas":["housing","gardening"],"title":7}]})",
             R"({"id":"E-4","cpd":[{"date":"2026-01-01","hours":-2,"activity":"Course","colour":"red"}]})",
             R"({"id":"E-5","training":[{"status":"done"}],"cpd":["not a record"]})",
             R"({"id":"E-6","employment":[{"employer":"A","start":"2020-01-01","ethnicity":"x","rank":1}],"cpd":[{"activity":"Reading"}]})",
         }) {
        INFO(json);
        std::vector<Warning> kept_warnings, lean_warnings;
        auto kept = parse_profile(json, "p.json", {}, &kept_warnings);
        auto left = parse_profile(json, "p.json", none, &lean_warnings);
        REQUIRE(static_cast<bool>(kept) == static_cast<bool>(left));
        if (!kept) {
            std::vector<std::string> a, b;
            for (const auto& e : kept.errors()) a.push_back(e.to_string());
            for (const auto& e : left.errors()) b.push_back(e.to_string());
            CHECK(a == b);
            CHECK_FALSE(a.empty());
        }
        REQUIRE(kept_warnings.size() == lean_warnings.size());
        for (std::size_t i = 0; i < kept_warnings.size(); ++i) {
            CHECK(kept_warnings[i].where == lean_warnings[i].where);
            CHECK(kept_warnings[i].message == lean_warnings[i].message);
        }
    }
}

TEST_CASE("syntax errors name the file, line and column") {
    auto p = parse_profile("{\n  \"id\": \"X\",\n  \"qualifications\": [,]\n}", "bad.json");
    REQUIRE_FALSE(p);
    CHECK(p.errors().front().where == "bad.json:3:22");
    CHECK(p.errors().front().code == ErrorCode::profile_syntax);
}

TEST_CASE("field errors name the field path and what was expected") {
    auto p = parse_profile(R"({"id": "X", "employment": [{"start": "2020-01-01"}, {"start": "2024-13-01"}]})", "p.json");
    REQUIRE_FALSE(p);
    CHECK(p.errors().front().to_string() ==
          "p.json: employment[1].start: expected a date `YYYY-MM-DD`, got `2024-13-01` (there is no month 13)");

    p = parse_profile(R"({"id": "X", "qualifications": [{"kind": "gsce"}]})", "p.json");
    REQUIRE_FALSE(p);
    CHECK(p.errors().front().message.find("qualifications[0].kind: unknown value `gsce`") == 0);
    CHECK(p.errors().front().message.find("did you mean `gcse`?") != std::string::npos);

    p = parse_profile(R"({"name": "No Id"})", "p.json");
    REQUIRE_FALSE(p);
    CHECK(p.errors().front().message == "id: required field is missing");

    p = parse_profile(R"({"id": "X", "qualifications": [{"kind": "cih", "level": 9}]})", "p.json");
    REQUIRE_FALSE(p);
    CHECK(p.errors().front().message == "qualifications[0].level: expected an RQF level, a whole number from 1 to 8");

    p = parse_profile(R"({"id": "X", "employment": [{"start": "2024-01-01", "end": "2023-01-01"}]})", "p.json");
    REQUIRE_FALSE(p);
    CHECK(p.errors().front().message == "employment[0].end: ends before it starts (2024-01-01)");
}

TEST_CASE("every field error of a profile is reported, not just the first") {
    auto p = parse_profile(R"({"id": 7, "cpd": [{"date": "yesterday"}], "driving": {"licence": "full"}})", "p.json");
    REQUIRE_FALSE(p);
    CHECK(p.errors().size() == 3);
}

TEST_CASE("protected characteristics are dropped with a warning, or rejected under strict") {
    std::string json = R"({"id": "X", "date_of_birth": "1990-01-01", "religion": "none", "qualifications": []})";
    std::vector<Warning> warnings;
    auto p = parse_profile(json, "p.json", {}, &warnings);
    REQUIRE(p);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0].message.find("protected characteristic `date_of_birth` dropped") != std::string::npos);

    auto strict = parse_profile(json, "p.json", {.strict = true});
    REQUIRE_FALSE(strict);
    CHECK(strict.errors().front().message.find("protected characteristic `date_of_birth` is not allowed") !=
          std::string::npos);
}

TEST_CASE("a protected characteristic inside a record is named as one, at its path") {
    std::string json = R"({"id": "X",
        "qualifications": [{"kind": "gcse", "subject": "English", "grade": "5", "age": 16}],
        "employment": [{"start": "2020-01-01", "disability": "none"}],
        "driving": {"licence": "full_uk", "sex": "F"}})";
    std::vector<Warning> warnings;
    auto p = parse_profile(json, "p.json", {}, &warnings);
    REQUIRE(p);
    REQUIRE(warnings.size() == 3);
    CHECK(warnings[0].message == "qualifications[0].age: protected characteristic `age` dropped; rules never read it");
    CHECK(warnings[1].message == "driving.sex: protected characteristic `sex` dropped; rules never read it");
    CHECK(warnings[2].message ==
          "employment[0].disability: protected characteristic `disability` dropped; rules never read it");
    CHECK(p->qualifications->front().grade == "5");

    auto strict = parse_profile(json, "p.json", {.strict = true});
    REQUIRE_FALSE(strict);
    REQUIRE(strict.errors().size() == 3);
    CHECK(strict.errors()[0].message ==
          "qualifications[0].age: protected characteristic `age` is not allowed in a profile (rejected under --strict)");
}

TEST_CASE("a field given twice is refused whether the format knows its name or not") {
    auto p = parse_profile(R"({"id": "X", "id": "Y", "cpd": [{"date": "2024-01-01", "hours": 1, "hours": 2}],
                               "extra": 1, "extra": 2})",
                           "p.json");
    REQUIRE_FALSE(p);
    REQUIRE(p.errors().size() == 3);
    CHECK(p.errors()[0].message == "id: field given twice; keep one");
    CHECK(p.errors()[1].message == "extra: field given twice; keep one");
    CHECK(p.errors()[2].message == "cpd[0].hours: field given twice; keep one");
}

TEST_CASE("unknown top-level fields are warned about with a suggestion") {
    std::vector<Warning> warnings;
    auto p = parse_profile(R"({"id": "X", "qualification": []})", "p.json", {}, &warnings);
    REQUIRE(p);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].message == "qualification: unknown field `qualification` ignored; did you mean `qualifications`?");
}

TEST_CASE("a missing file is an io error naming it") {
    auto p = read_profile_file("no/such/profile.json");
    REQUIRE_FALSE(p);
    CHECK(p.errors().front().code == ErrorCode::io);
    CHECK(p.errors().front().where == "no/such/profile.json");
}

TEST_CASE("the size limit holds while reading: a device or pipe that never ends is stopped at it") {
    ProfileReadOptions options;
    options.max_bytes = 4096;
    auto p = read_profile_file("/dev/zero", options);
    REQUIRE_FALSE(p);
    CHECK(p.errors().front().to_string() ==
          "/dev/zero: profile is over the limit of 4096 bytes (a profile is a few kilobytes; is this the right file?)");
    // and a batch of profile files treats a device the same way
    auto source = open_profile_files({"/dev/zero"}, 4096);
    RawRecord record;
    REQUIRE(source->next(record));
    CHECK(record.dropped_bytes == 4097);
}

TEST_CASE("dates outside a plausible range are refused, naming the field") {
    for (const char* date : {"0000-01-01", "9999-12-31", "1899-12-31", "2100-01-01"}) {
        auto p = parse_profile(std::string(R"({"id": "X", "cpd": [{"date": ")") + date + R"("}]})", "p.json");
        REQUIRE_FALSE(p);
        CHECK(p.errors().front().to_string() == std::string("p.json: cpd[0].date: date `") + date +
                                                    "` is outside the plausible range 1900-01-01 to 2099-12-31");
    }
    CHECK(parse_profile(R"({"id": "X", "cpd": [{"date": "1900-01-01"}, {"date": "2099-12-31"}]})", "p.json"));
}

TEST_CASE("a post without a start and a CPD record without a date keep the profile, with a warning") {
    std::vector<Warning> warnings;
    auto p = parse_profile(R"({"id": "X", "employment": [{"employer_type": "local_authority"}], "cpd": [{"hours": 2}]})",
                           "p.json", {}, &warnings);
    REQUIRE(p);
    CHECK_FALSE((*p->employment)[0].start);
    CHECK_FALSE((*p->cpd)[0].date);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0].message == "employment[0].start: not recorded; the post counts for no check that needs its dates");
    CHECK(warnings[1].message == "cpd[0].date: not recorded; the record counts for no check within a period");
}

TEST_CASE("a syntax error never quotes the profile's text") {
    auto p = parse_profile("{\"id\": \"P-1\", \"name\": \"Jo Marker\xff\"}", "p.json");
    REQUIRE_FALSE(p);
    CHECK(p.errors().front().to_string().find("Marker") == std::string::npos);
    CHECK(p.errors().front().to_string().find("ill-formed UTF-8") != std::string::npos);
}

TEST_CASE("a field given twice is refused, wherever it is") {
    auto p = parse_profile(R"({"id": "P-1", "id": "P-2", "driving": {"licence": "full_uk", "licence": "none"}})", "p.json");
    REQUIRE_FALSE(p);
    CHECK(test::messages(p.errors()) == "p.json: id: field given twice; keep one\n"
                                  "p.json: driving.licence: field given twice; keep one\n");
}

TEST_CASE("a UTF-8 byte-order mark before the profile is accepted") {
    auto p = parse_profile("\xEF\xBB\xBF{\"id\": \"P-1\"}", "p.json");
    REQUIRE(p);
    CHECK(p->id == "P-1");
}

TEST_CASE("a profile over the size limit is refused unread") {
    std::string big = R"({"id": "P-1", "name": ")" + std::string(2000, 'x') + "\"}";
    auto p = parse_profile(big, "p.json", {.max_bytes = 1000});
    REQUIRE_FALSE(p);
    CHECK(p.errors().front().code == ErrorCode::profile_limit);
    CHECK(p.errors().front().to_string() ==
          "p.json: profile is " + std::to_string(big.size()) +
              " bytes, over the limit of 1000 (a profile is a few kilobytes; is this the right file?)");
    CHECK(parse_profile(big, "p.json", {.max_bytes = 0}));
}

TEST_CASE("nesting beyond any profile's shape is refused with a message") {
    std::string deep = R"({"id": "P-1", "x": )" + std::string(5000, '[') + std::string(5000, ']') + "}";
    auto p = parse_profile(deep, "p.json");
    REQUIRE_FALSE(p);
    CHECK(p.errors().front().to_string() == "p.json: invalid JSON: nested deeper than 1024 levels");
}
