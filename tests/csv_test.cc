// CSV exports read through a mapping file: quoting, rows, the mapping's checks, and every cell
// error named by its row and column.
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include "batch/csv_mapping.h"
#include "cli_run.h"
#include "eligo/batch.h"
#include "fixtures.h"

using namespace eligo;

namespace {

std::string data(const std::string& name) { return std::string(ELIGO_SOURCE_DIR) + "/tests/data/csv/" + name; }

// A file of the test's own, byte for byte (CRLF, BOM and missing final newlines survive).
std::string temp_file(const std::string& name, const std::string& bytes) {
    auto dir = std::filesystem::temp_directory_path() / ("eligo-csv-test-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    std::string path = (dir / name).string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

std::shared_ptr<const CsvMapping> mapping_from(const std::string& json) {
    auto mapping = load_csv_mapping(temp_file("mapping.json", json));
    INFO((mapping ? std::string() : test::messages(mapping.errors())));
    REQUIRE(mapping);
    return *mapping;
}

std::string mapping_errors(const std::string& json) {
    auto mapping = load_csv_mapping(temp_file("mapping.json", json));
    REQUIRE_FALSE(mapping);
    return test::messages(mapping.errors());
}

// One small mapping for the reading tests: a reference, a name, free text and one record.
const char* const kSmall = R"({
  "mapping": "eligo-csv/1",
  "id": "Ref",
  "name": "Name",
  "free_text": ["Notes"],
  "qualifications": {"fields": {"kind": {"value": "other"}, "title": "Title"}}
})";

// The mapping of tests/data/csv/applicants.csv (here rather than beside it: every .json file
// under tests/data is checked as a profile).
const char* const kApplicantsMapping = R"({
  "mapping": "eligo-csv/1",
  "date_formats": ["DD/MM/YYYY", "YYYY-MM-DD"],
  "id": "Ref",
  "name": "Full Name",
  "free_text": ["Statement"],
  "driving": {
    "licence": {"column": "Licence", "values": {"Full UK": "full_uk", "Provisional": "provisional_uk", "None": "none"}}
  },
  "qualifications": {
    "repeat": 2,
    "fields": {
      "kind": {"column": "Qual {n} Type", "values": {"GCSE": "gcse", "CIH": "cih", "Degree": "degree"}},
      "subject": "Qual {n} Subject",
      "grade": "Qual {n} Grade",
      "level": "Qual {n} Level",
      "awarded": "Qual {n} Date"
    }
  },
  "employment": {
    "repeat": 2,
    "fields": {
      "employer": "Employer {n}",
      "employer_type": {"column": "Employer {n} Sector",
                        "values": {"Council": "local_authority", "Housing Association": "registered_provider", "Private": "private"}},
      "areas": {"column": "Job {n} Areas", "split": ";",
                "values": {"Housing": "housing", "Homelessness": "homelessness", "Customer Service": "customer_service",
                           "Housing Options": ["housing", "homelessness"]}},
      "managerial": {"column": "Job {n} Managed Staff", "values": {"Yes": true, "No": false}},
      "start": "Job {n} Start",
      "end": "Job {n} End",
      "hours_per_week": "Job {n} Hours"
    }
  }
})";

// The records and the source they came from: a record's decoder lives as long as its source.
struct Rows {
    std::unique_ptr<RecordSource> source;
    std::vector<RawRecord> records;
    std::vector<std::string> ignored;
    std::uint64_t bytes_read = 0;
    std::optional<std::uint64_t> bytes_total;
    std::optional<Error> failure;
};

Rows read_all(const std::string& path, std::shared_ptr<const CsvMapping> mapping) {
    Rows rows;
    auto source = open_csv(path, std::move(mapping), TableOptions{.ignored = &rows.ignored});
    INFO((source ? std::string() : test::messages(source.errors())));
    REQUIRE(source);
    rows.source = std::move(*source);
    RawRecord record;
    while (rows.source->next(record)) rows.records.push_back(record);
    rows.bytes_read = rows.source->bytes_read();
    rows.bytes_total = rows.source->bytes_total();
    rows.failure = rows.source->failure();
    return rows;
}

Expected<Profile> decode(const RawRecord& record, ProfileReadOptions options = {}) {
    return record.decoder->decode(record, options, nullptr);
}

Profile decoded(const RawRecord& record) {
    auto profile = decode(record);
    INFO((profile ? std::string() : test::messages(profile.errors())));
    REQUIRE(profile);
    return *profile;
}

std::string title_of(const RawRecord& record) {
    Profile p = decoded(record);
    REQUIRE(p.qualifications);
    REQUIRE(p.qualifications->size() == 1);
    return p.qualifications->front().title;
}

}  // namespace

TEST_CASE("csv: quoted cells keep commas and doubled quotes and line breaks; rows count rows not lines") {
    std::string path = temp_file("quoting.csv",
                                 "Ref,Name,Notes,Title\n"
                                 "A-1,Ann,\"first line\nsecond line\nthird\",\"Housing, Level 3\"\n"
                                 "A-2,Bo,,\"The \"\"CIH\"\" award\"\n"
                                 "A-3,Cy,\"a \"\"quoted\"\", multi\nline note\",\"two\nlines\"\n"
                                 "A-4,Di,,plain\n");
    Rows rows = read_all(path, mapping_from(kSmall));
    REQUIRE(rows.records.size() == 4);
    CHECK(rows.records[0].number == 2);
    CHECK(rows.records[1].number == 3);
    CHECK(rows.records[2].number == 4);
    CHECK(rows.records[3].number == 5);
    CHECK(rows.records[3].where() == path + " row 5");
    CHECK(rows.records[0].cells[2] == "first line\nsecond line\nthird");
    CHECK(title_of(rows.records[0]) == "Housing, Level 3");
    CHECK(title_of(rows.records[1]) == "The \"CIH\" award");
    CHECK(title_of(rows.records[2]) == "two\nlines");
    CHECK(title_of(rows.records[3]) == "plain");
}

TEST_CASE("csv: CRLF line ends and a UTF-8 BOM and no final newline read like plain LF") {
    std::string lf = temp_file("lf.csv", "Ref,Name,Notes,Title\nA-1,Ann,,\"x\ny\"\nA-2,Bo,,Caf\xC3\xA9 award\n");
    std::string crlf = temp_file("crlf.csv",
                                 "\xEF\xBB\xBFRef,Name,Notes,Title\r\nA-1,Ann,,\"x\ny\"\r\nA-2,Bo,,Caf\xC3\xA9 award");
    auto mapping = mapping_from(kSmall);
    Rows a = read_all(lf, mapping);
    Rows b = read_all(crlf, mapping);
    REQUIRE(a.records.size() == 2);
    REQUIRE(b.records.size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        CHECK(a.records[i].number == b.records[i].number);
        CHECK(a.records[i].cells == b.records[i].cells);
    }
    CHECK(b.records[1].number == 3);
    CHECK(decoded(b.records[0]).id == "A-1");
    CHECK(title_of(b.records[1]) == "Caf\xC3\xA9 award");
}

TEST_CASE("csv: a semicolon separator is read when the mapping says so") {
    std::string mapping = kSmall;
    mapping.replace(mapping.find("\"id\""), 0, "\"delimiter\": \";\", ");
    std::string path = temp_file("semicolon.csv", "Ref;Name;Notes;Title\nA-1;Ann;;\"Housing; Level 3, with commas\"\n");
    Rows rows = read_all(path, mapping_from(mapping));
    REQUIRE(rows.records.size() == 1);
    CHECK(title_of(rows.records[0]) == "Housing; Level 3, with commas");
}

TEST_CASE("csv: blank rows are skipped but counted as a spreadsheet numbers them") {
    std::string path = temp_file("blank.csv", "Ref,Name,Notes,Title\r\n\r\nA-1,Ann,,x\r\n,,,\r\n   \r\nA-2,Bo,,y\r\n\r\n");
    Rows rows = read_all(path, mapping_from(kSmall));
    REQUIRE(rows.records.size() == 2);
    CHECK(rows.records[0].number == 3);
    CHECK(rows.records[1].number == 6);
}

TEST_CASE("csv: a row with the wrong number of cells is an error and the next row is still read") {
    std::string path = temp_file("cells.csv", "Ref,Name,Notes,Title\nA-1,Ann,x\nA-2,Bo,,Housing, Level 3\nA-3,Cy,,ok\n");
    Rows rows = read_all(path, mapping_from(kSmall));
    REQUIRE(rows.records.size() == 3);
    auto short_row = decode(rows.records[0]);
    REQUIRE_FALSE(short_row);
    CHECK(test::messages(short_row.errors()) == path + " row 2: row has 3 cells, the header 4\n");
    auto long_row = decode(rows.records[1]);
    REQUIRE_FALSE(long_row);
    CHECK(test::messages(long_row.errors()) == path + " row 3: row has 5 cells, the header 4\n");
    CHECK(decoded(rows.records[2]).id == "A-3");
}

TEST_CASE("csv: bytes read and the file's size report progress") {
    std::string text = "Ref,Name,Notes,Title\nA-1,Ann,,x\n";
    Rows rows = read_all(temp_file("progress.csv", text), mapping_from(kSmall));
    CHECK(rows.bytes_read == text.size());
    CHECK(rows.bytes_total == text.size());
    CHECK_FALSE(rows.failure);
}

TEST_CASE("csv: a quote left open stops the reading with an error rather than taking the memory") {
    std::string text = "Ref,Name,Notes,Title\nA-1,Ann,,x\nA-2,Bo,\"never closed,y\n";
    text += std::string(1200 * 1024, 'z');
    std::string path = temp_file("open-quote.csv", text);
    Rows rows = read_all(path, mapping_from(kSmall));
    CHECK(rows.records.size() == 1);
    REQUIRE(rows.failure);
    CHECK(rows.failure->to_string() ==
          path + " row 3: row is over 1 MiB; reading stopped\n"
                 "  is a double quote left open? every quoted cell needs its closing quote");
}

TEST_CASE("csv: an export of an applicant tracking system becomes profiles") {
    std::string path = data("applicants.csv");
    Rows rows = read_all(path, mapping_from(kApplicantsMapping));
    REQUIRE(rows.records.size() == 3);

    Profile p = decoded(rows.records[0]);
    CHECK(p.id == "T-1");
    CHECK(p.name == "Robin Sample");
    REQUIRE(p.driving);
    CHECK(p.driving->licence == "full_uk");
    CHECK(p.driving->vehicle_access.empty());
    REQUIRE(p.qualifications);
    REQUIRE(p.qualifications->size() == 2);
    CHECK((*p.qualifications)[0].kind == "gcse");
    CHECK((*p.qualifications)[0].grade == "5");
    CHECK((*p.qualifications)[0].awarded->to_string() == "2012-08-20");
    CHECK((*p.qualifications)[1].kind == "cih");
    CHECK((*p.qualifications)[1].level == 3);
    CHECK((*p.qualifications)[1].awarded->to_string() == "2023-06-01");
    REQUIRE(p.employment);
    REQUIRE(p.employment->size() == 2);
    const auto& first = (*p.employment)[0];
    CHECK(first.employer_type == "local_authority");
    CHECK(*first.areas == std::vector<std::string>{"housing", "customer_service"});
    CHECK(first.managerial == false);
    CHECK(first.end->to_string() == "2024-02-29");
    CHECK(first.hours_per_week == 37);
    const auto& second = (*p.employment)[1];
    CHECK(second.employer_type == "registered_provider");  // table cells match regardless of case
    CHECK(*second.areas == std::vector<std::string>{"housing", "homelessness"});
    CHECK(second.managerial == true);
    CHECK_FALSE(second.end);
    CHECK(second.hours_per_week == 22.5);
    CHECK_FALSE(p.cpd);
    CHECK_FALSE(p.current_role);
}

TEST_CASE("csv: fields to ask an applicant for are named by the export's columns") {
    // The first qualification and employment slots are blank: the profile's first records come
    // from the second slots, and their fields are asked for by the second slots' columns.
    std::string header;
    {
        std::ifstream in(data("applicants.csv"));
        std::getline(in, header);
    }
    std::string row = "T-9,Sam Sample,,,,Full UK,,,,,,CIH,Housing,,3,2023-06-01,,,,,,,,"
                      "Estuary Homes,,Housing,Yes,01/03/2024,,22.5";
    Rows rows = read_all(temp_file("ask.csv", header + "\n" + row + "\n"), mapping_from(kApplicantsMapping));
    REQUIRE(rows.records.size() == 1);
    const RawRecord& record = rows.records[0];
    REQUIRE(decode(record));
    std::vector<std::string> fields = {"driving.licence", "qualifications[0].grade", "employment[0].employer_type",
                                       "qualifications", "cpd[0].hours", "driving.vehicle_access", "driving"};
    record.decoder->name_fields(record, fields);
    // a list as a whole spans many numbered columns, and unmapped fields have none: they stay
    CHECK(fields == std::vector<std::string>{"column `Licence`", "column `Qual 2 Grade`", "column `Employer 2 Sector`",
                                             "qualifications", "cpd[0].hours", "driving.vehicle_access",
                                             "column `Licence`"});
}

TEST_CASE("csv: cell errors name the row, the column and the cell as written, and come all at once") {
    std::string path = data("applicants.csv");
    Rows rows = read_all(path, mapping_from(kApplicantsMapping));
    REQUIRE(rows.records.size() == 3);

    // Row 3 leaves the first qualification and job blank: the second ones are [0] to the
    // reader, and the messages still name the columns of the second.
    auto bad = decode(rows.records[1]);
    REQUIRE_FALSE(bad);
    CHECK(test::messages(bad.errors()) ==
          path + " row 3: column `Licence`: unknown value `Full EU`; expected one of `Full UK`, `Provisional`, `None`\n"
                 "  did you mean `Full UK`?\n" +
              path + " row 3: column `Job 2 Start`: expected a date DD/MM/YYYY or YYYY-MM-DD, got `2022.01.05`\n" +
              path + " row 3: column `Qual 2 Level`: expected an RQF level, a whole number from 1 to 8 (cell `Level 6`)\n" +
              path + " row 3: column `Job 2 Hours`: expected a number, got string (cell `full time`)\n");
    CHECK(bad.errors().front().code == ErrorCode::profile_field);

    auto backwards = decode(rows.records[2]);
    REQUIRE_FALSE(backwards);
    CHECK(test::messages(backwards.errors()) ==
          path + " row 4: column `Job 2 End`: ends before it starts (2020-06-01) (cell `31/05/2019`)\n");
}

TEST_CASE("csv: dates are read in the mapping's formats and must be calendar dates") {
    std::string mapping = R"({"mapping": "eligo-csv/1", "date_formats": ["D/M/YYYY", "DD-MMM-YYYY"], "id": "Ref",
      "employment": {"fields": {"start": "Start", "end": "End"}}})";
    auto m = mapping_from(std::string(mapping).replace(mapping.find("D/M/YYYY"), 8, "DD/MM/YYYY"));
    std::string path = temp_file("dates.csv", "Ref,Start,End\nA-1,1/3/2024,05-Sep-2025\nA-2,31/02/2024,\n");
    Rows rows = read_all(path, m);
    REQUIRE(rows.records.size() == 2);
    Profile p = decoded(rows.records[0]);
    CHECK((*p.employment)[0].start->to_string() == "2024-03-01");
    CHECK((*p.employment)[0].end->to_string() == "2025-09-05");
    auto bad = decode(rows.records[1]);
    REQUIRE_FALSE(bad);
    CHECK(test::messages(bad.errors()) == path + " row 3: column `Start`: `31/02/2024` is not a calendar date\n");
    CHECK(iso_date("2024-03-01", {"YYYY-MM-DD"}) == "2024-03-01");
    CHECK_FALSE(iso_date("2024-03-01x", {"YYYY-MM-DD"}));
    CHECK_FALSE(iso_date("24/03/01", {"DD/MM/YYYY"}));
}

TEST_CASE("csv: a mapped column missing from the header fails the opening naming it") {
    std::string path = temp_file("missing.csv", "Ref,Full name,Notes,Title\nA-1,Ann,,x\n");
    std::string mapping = kSmall;
    mapping.replace(mapping.find("\"Name\""), 6, "\"Full Name\"");
    mapping.replace(mapping.find("\"Title\""), 7, "\"Qualification\"");
    auto source = open_csv(path, mapping_from(mapping));
    REQUIRE_FALSE(source);
    CHECK(test::messages(source.errors()) ==
          path + ": column `Full Name` (for `name`) is not in the header\n"
                 "  did you mean `Full name`?\n" +
              path + ": column `Qualification` (for `qualifications.title`) is not in the header\n");

    auto empty = open_csv(temp_file("empty.csv", "\n\n"), mapping_from(kSmall));
    REQUIRE_FALSE(empty);
    CHECK(empty.errors().front().message == "the file is empty; expected a header row naming the columns");
}

TEST_CASE("csv: protected columns are never read and are listed once when the file opens") {
    std::string path = temp_file("protected.csv",
                                 "Ref,Name,Gender,Date of Birth,Ethnic origin,Do you consider yourself disabled?,"
                                 "Notes,Title\nA-1,Ann,F,01/01/1990,x,No,,y\nA-2,Bo,M,02/02/1980,z,Yes,,w\n");
    Rows rows = read_all(path, mapping_from(kSmall));
    CHECK(rows.ignored ==
          std::vector<std::string>{"Gender", "Date of Birth", "Ethnic origin", "Do you consider yourself disabled?"});
    ProfileReadOptions strict;
    strict.strict = true;
    CHECK(decode(rows.records[0], strict));

    CHECK(is_protected_column("DOB"));
    CHECK(is_protected_column("Sexual Orientation"));
    CHECK(is_protected_column("Religion or belief"));
    CHECK(is_protected_column("Marital / civil partnership status"));
    CHECK(is_protected_column("Age"));
    CHECK(is_protected_column("Pregnant?"));
    CHECK_FALSE(is_protected_column("Qualification 1 Stage"));
    CHECK_FALSE(is_protected_column("Average hours"));
    CHECK_FALSE(is_protected_column("Managed Staff"));
}

TEST_CASE("csv: the name and free text never reach any field but the name") {
    std::string path = temp_file("blind.csv",
                                 "Ref,Name,Notes,Title\n"
                                 "A-1,Secret Person,\"Secret statement, Medway Council, CIH Level 3\",Housing award\n");
    Rows rows = read_all(path, mapping_from(kSmall));
    Profile p = decoded(rows.records[0]);
    CHECK(p.name == "Secret Person");
    std::vector<std::string> texts = {p.id};
    for (const auto& q : *p.qualifications)
        for (const auto& s : {q.kind, q.subject, q.title, q.grade, q.stage, q.awarding_body}) texts.push_back(s);
    for (const auto& s : texts) CHECK(s.find("Secret") == std::string::npos);
}

TEST_CASE("csv: the mapping refuses to feed a field from the name or free text or a protected column") {
    std::string path = temp_file("mapping.json", "");
    CHECK(mapping_errors(R"({"mapping": "eligo-csv/1", "id": "Ref", "name": "Name", "free_text": ["Statement"],
        "employment": {"fields": {"start": "Start", "title": "Statement", "employer": "Name"}},
        "driving": {"licence": "Gender"}})") ==
          path + ": driving.licence: column `Gender` holds a protected characteristic; eligo never reads it\n" +
              path + ": employment.fields.title: column `Statement` is free text (`free_text`); it feeds no field\n" +
              path + ": employment.fields.employer: column `Name` is the `name` column; names feed nothing else\n");
    CHECK(mapping_errors(R"({"mapping": "eligo-csv/1", "id": "Ref",
        "qualifications": {"repeat": 3, "fields": {"kind": "Type {n}", "grade": "Qualification {n} Date of Birth"}}})") ==
          path + ": qualifications.fields.grade: column `Qualification 1 Date of Birth` holds a protected characteristic; "
                 "eligo never reads it\n");
}

TEST_CASE("csv: mapping errors name the mapping's field with the nearest valid name") {
    std::string path = temp_file("mapping.json", "");
    CHECK(mapping_errors(R"({"mapping": "eligo-csv/1", "id": "Ref", "nmae": "Name",
        "employment": {"repaet": 2, "fields": {"start": "Start {n}", "employr": "Employer {n}"}}})") ==
          path + ": nmae: unknown key `nmae`\n  did you mean `name`?\n" +
              path + ": employment.repaet: unknown key `repaet`\n  did you mean `repeat`?\n" +
              path + ": employment.fields.employr: unknown field `employr`; employment has employer, employer_type, "
                     "title, areas, managerial, start, end, hours_per_week\n  did you mean `employer`?\n");
    CHECK(mapping_errors(R"({"id": "Ref", "driving": {"licence": {"column": "Licence", "values": {"Full UK": "full",
        "None": "none", "none ": "none"}}}, "qualifications": {"fields": {"grade": "Grade"}}})") ==
          path + ": mapping: required; the first line of a mapping is \"mapping\": \"eligo-csv/1\"\n" +
              path + ": qualifications.fields: `kind` is required: every qualifications record has one (a column, or a "
                     "constant `{\"value\": ...}`)\n" +
              path + ": driving.licence.values.Full UK: unknown value `full`; expected one of full_uk, provisional_uk, "
                     "non_uk, none (did you mean `full_uk`?)\n" +
              path + ": driving.licence.values.none : listed twice (cells are matched without regard to case)\n");
    CHECK(mapping_errors(R"({"mapping": "eligo-csv/1", "id": "Ref", "date_formats": ["DD/MM/YYYY", "MM/DD/YYYY", "DD.MM.YY"],
        "employment": {"fields": {"start": {"value": "2024-02-30"}, "managerial": {"column": "M", "split": ","}}}})") ==
          path + ": date_formats[1]: formats `DD/MM/YYYY` and `MM/DD/YYYY` read the same dates two ways; keep one\n" +
              path + ": date_formats[2]: unknown format `DD.MM.YY`; a format has DD, MM (or MMM for Jan, Feb, ...) and "
                     "YYYY once each, between separators\n" +
              path + ": employment.fields.start.value: expected a date `YYYY-MM-DD`\n" +
              path + ": employment.fields.managerial.split: only a list field (`areas`) can be split\n");
    std::string syntax = mapping_errors("{\"mapping\": \"eligo-csv/1\",\n  \"id\": \"Ref\",,\n}");
    CHECK(syntax.rfind(path + ":2:15: invalid JSON: syntax error", 0) == 0);
}

TEST_CASE("csv: an unlisted value of a translated column is an error and a null translation leaves the field out") {
    auto mapping = mapping_from(R"({"mapping": "eligo-csv/1", "id": "Ref",
      "driving": {"licence": {"column": "Licence", "values": {"Full UK": "full_uk", "Prefer not to say": null}},
                  "vehicle_access": {"column": "Car", "values": {"Daily": "daily"}, "default": "none"}}})");
    std::string path = temp_file("translate.csv", "Ref,Licence,Car\nA-1,prefer NOT to say,\nA-2,Full,Daily\n");
    Rows rows = read_all(path, mapping);
    Profile p = decoded(rows.records[0]);
    REQUIRE(p.driving);
    CHECK(p.driving->licence.empty());
    CHECK(p.driving->vehicle_access == "none");
    auto bad = decode(rows.records[1]);
    REQUIRE_FALSE(bad);
    CHECK(test::messages(bad.errors()) ==
          path + " row 3: column `Licence`: unknown value `Full`; expected one of `Full UK`, `Prefer not to say`\n"
                 "  did you mean `Full UK`?\n");
}

TEST_CASE("csv: cells a translation table does not list are read as the field reads any cell") {
    auto mapping = mapping_from(R"({"mapping": "eligo-csv/1", "id": "Ref", "date_formats": ["DD/MM/YYYY"],
      "employment": {"repeat": 2, "fields": {"employer": "Employer {n}", "start": "Start {n}",
        "end": {"column": "End {n}", "values": {"Present": null, "Ongoing": null}},
        "hours_per_week": {"column": "Hours {n}", "values": {"Full time": 37}},
        "managerial": {"column": "Managed {n}", "values": {"Team leader": true}},
        "employer_type": {"column": "Sector {n}", "values": {"Council": "local_authority"}}}}})");
    std::string path = temp_file("passes-on.csv",
                                 "Ref,Employer 1,Start 1,End 1,Hours 1,Managed 1,Sector 1,Employer 2,Start 2,End 2,Hours 2,Managed 2,Sector 2\n"
                                 "A-1,Medway,01/02/2024,present,Full time,Team leader,Council,Kent,01/01/2020,31/01/2024,22.5,No,private\n"
                                 "A-2,Medway,01/01/2024,31/02/2024,,,Retail,,,,,,\n");
    Rows rows = read_all(path, mapping);
    Profile p = decoded(rows.records[0]);
    REQUIRE(p.employment->size() == 2);
    const auto& now = (*p.employment)[0];
    const auto& before = (*p.employment)[1];
    CHECK_FALSE(now.end);
    CHECK(now.hours_per_week == 37);
    CHECK(now.managerial == true);
    CHECK(now.employer_type == "local_authority");
    CHECK(before.end == Date::from_ymd(2024, 1, 31));
    CHECK(before.hours_per_week == 22.5);
    CHECK(before.managerial == false);
    CHECK(before.employer_type == "private");  // the profile's own word needs no translation
    auto bad = decode(rows.records[1]);
    REQUIRE_FALSE(bad);
    CHECK(test::messages(bad.errors()) ==
          path + " row 3: column `End 1`: `31/02/2024` is not a calendar date\n" +
              path + " row 3: column `Sector 1`: unknown value `Retail`; expected one of `Council`\n");
}

TEST_CASE("csv: a name made of several columns is joined in order, blanks left out") {
    auto mapping = mapping_from(R"({"mapping": "eligo-csv/1", "id": "Ref", "name": ["First Name", "Last Name"]})");
    std::string path = temp_file("names.csv", "Ref,Last Name,First Name\nA-1,Example,Ann\nA-2,Solo,\nA-3,,\n");
    Rows rows = read_all(path, mapping);
    CHECK(decoded(rows.records[0]).name == "Ann Example");
    CHECK(decoded(rows.records[1]).name == "Solo");
    CHECK(decoded(rows.records[2]).name.empty());
    CHECK(mapping_errors(R"({"mapping": "eligo-csv/1", "id": "Ref", "name": ["First Name", ""],
        "employment": {"fields": {"employer": "First Name"}}})")
              .find(": name[1]: expected a column name, got an empty string\n") != std::string::npos);
    CHECK(mapping_errors(R"({"mapping": "eligo-csv/1", "id": "Ref", "name": ["First Name", "Last Name"],
        "employment": {"fields": {"employer": "Last Name"}}})")
              .find(": employment.fields.employer: column `Last Name` is the `name` column; names feed nothing else\n") !=
          std::string::npos);
}

TEST_CASE("csv: repeated groups skip blank instances; all blank is absent or empty when the mapping says so") {
    std::string group = R"({"mapping": "eligo-csv/1", "id": "Ref",
      "qualifications": {"repeat": 3, "fields": {"kind": {"value": "gcse"}, "subject": "Subject {n}", "grade": "Grade {n}"}}})";
    std::string path = temp_file("groups.csv",
                                 "Ref,Subject 1,Grade 1,Subject 2,Grade 2,Subject 3,Grade 3\n"
                                 "A-1,,,Maths,4,,\nA-2,,,,,,\n");
    Rows rows = read_all(path, mapping_from(group));
    Profile one = decoded(rows.records[0]);
    REQUIRE(one.qualifications);
    REQUIRE(one.qualifications->size() == 1);
    CHECK(one.qualifications->front().subject == "Maths");
    CHECK(one.qualifications->front().kind == "gcse");
    CHECK_FALSE(decoded(rows.records[1]).qualifications);

    std::string empty = group;
    empty.replace(empty.find("\"repeat\""), 0, "\"when_blank\": \"empty\", ");
    rows = read_all(path, mapping_from(empty));
    Profile none = decoded(rows.records[1]);
    REQUIRE(none.qualifications);
    CHECK(none.qualifications->empty());
}

TEST_CASE("csv: a file that is not UTF-8 is read as Windows-1252, said once, naming the file") {
    std::string text = "Ref,Name,Notes,Title\nA-1,Ren\xE9,,Caf\xE9 \x80 award\nA-2,Zo\xEB,,\xA3 Diploma \x81\n";
    std::string path = temp_file("latin.csv", text);
    std::vector<std::string> notices;
    TableOptions options{.notice = [&](const std::string& n) { notices.push_back(n); }};
    auto source = open_csv(path, mapping_from(kSmall), options);
    REQUIRE(source);
    RawRecord record;
    REQUIRE((*source)->next(record));
    Profile p = decoded(record);
    CHECK(p.name == "Ren\xC3\xA9");
    CHECK(p.qualifications->front().title == "Caf\xC3\xA9 \xE2\x82\xAC award");
    REQUIRE((*source)->next(record));
    p = decoded(record);
    CHECK(p.name == "Zo\xC3\xAB");
    // 0x81 is no character in Windows-1252: the replacement character stands for it.
    CHECK(p.qualifications->front().title == "\xC2\xA3 Diploma \xEF\xBF\xBD");
    CHECK(notices == std::vector<std::string>{
                         path + " row 2: not UTF-8 text; the file is read as Windows-1252 (--encoding names another)"});
}

TEST_CASE("csv: an encoding given by option or mapping is read through iconv; UTF-8 given outright is strict") {
    // Latin-1 and a byte-order mark before the header, as some exports write it whatever their encoding.
    std::string path = temp_file("given.csv", "\xEF\xBB\xBFRef,Name,Notes,Title\nA-1,Ren\xE9,,\xC0 la carte\n");
    std::vector<std::string> notices;
    auto say = [&](const std::string& n) { notices.push_back(n); };
    auto source = open_csv(path, mapping_from(kSmall), TableOptions{.encoding = "iso-8859-1", .notice = say});
    REQUIRE(source);
    RawRecord record;
    REQUIRE((*source)->next(record));
    CHECK(decoded(record).qualifications->front().title == "\xC3\x80 la carte");
    CHECK(notices.empty());

    std::string mapping = kSmall;
    mapping.replace(mapping.find("\"id\""), 0, "\"encoding\": \"utf-8\", ");
    Rows strict = read_all(path, mapping_from(mapping));
    auto bad = decode(strict.records[0]);
    REQUIRE_FALSE(bad);
    CHECK(test::messages(bad.errors()) ==
          path + " row 2: column `Name`: not UTF-8 text\n"
                 "  save the export as \"CSV UTF-8\", or give its encoding: --encoding windows-1252\n" +
              path + " row 2: column `Title`: not UTF-8 text\n"
                     "  save the export as \"CSV UTF-8\", or give its encoding: --encoding windows-1252\n");
    // The option wins over the mapping.
    source = open_csv(path, mapping_from(mapping), TableOptions{.encoding = "latin1"});
    REQUIRE(source);
    REQUIRE((*source)->next(record));
    CHECK(decoded(record).name == "Ren\xC3\xA9");

    auto unknown = open_csv(path, mapping_from(kSmall), TableOptions{.encoding = "latin-9000"});
    REQUIRE_FALSE(unknown);
    CHECK(test::messages(unknown.errors()) ==
          "--encoding: unknown encoding `latin-9000`\n"
          "  iconv names them: windows-1252, iso-8859-1, iso-8859-15, utf-8 (`iconv -l` lists all)\n");
    mapping = kSmall;
    mapping.replace(mapping.find("\"id\""), 0, "\"encoding\": \"ebcdic-9000\", ");
    CHECK(mapping_errors(mapping).find(": encoding: unknown encoding `ebcdic-9000`; expected a name such as \"utf-8\", "
                                       "\"windows-1252\" or \"iso-8859-1\"\n") != std::string::npos);
}

TEST_CASE("csv: the example export and its mapping read as documented") {
    std::string dir = std::string(ELIGO_SOURCE_DIR) + "/examples/screening/";
    auto mapping = load_csv_mapping(dir + "ats-mapping.json");
    INFO((mapping ? std::string() : test::messages(mapping.errors())));
    REQUIRE(mapping);
    Rows rows = read_all(dir + "applicants.csv", *mapping);
    CHECK(rows.ignored == std::vector<std::string>{"Gender", "Date of Birth"});
    REQUIRE(rows.records.size() == 12);
    std::vector<std::string> failed, ids;
    for (const auto& r : rows.records)
        if (auto p = decode(r); !p) {
            failed.push_back(test::messages(p.errors()));
            ids.push_back(r.decoder->id_of(r));
        }
    REQUIRE(failed.size() == 1);
    CHECK(failed.front() == dir + "applicants.csv row 10: row has 75 cells, the header 74\n");
    // Unreadable, yet its reference is in its cell: the outputs name it.
    CHECK(ids == std::vector<std::string>{"R4-0109"});
}

TEST_CASE("eligo screen: the example saved by Excel as plain CSV (Windows-1252) screens as the UTF-8 one") {
    std::string dir = std::string(ELIGO_SOURCE_DIR) + "/examples/screening/";
    std::string args = " --mapping " + dir + "ats-mapping.json --role job-profiles/rehousing-officer --as-of 2026-11-24 -q --out -";
    std::string utf8 = dir + "applicants.csv", cp1252 = dir + "applicants-windows-1252.csv";
    auto expected = test::run_eligo_apart("screen " + utf8 + args);
    auto got = test::run_eligo_apart("screen " + cp1252 + args);
    CHECK(got.status == expected.status);
    std::string want = test::without_about(expected.out);
    got.out = test::without_about(got.out);
    for (auto at = want.find(utf8); at != std::string::npos; at = want.find(utf8, at)) want.replace(at, utf8.size(), cp1252);
    CHECK(got.out == want);
    CHECK(got.err.find(cp1252 + " row 2: not UTF-8 text; the file is read as Windows-1252 (--encoding names another)\n") !=
          std::string::npos);
    // Names come through as written: the first applicant is Zoë.
    auto named = test::run_eligo_apart("screen " + cp1252 + args + " --show-names");
    CHECK(named.out.find("\"id\":\"R4-0101\",\"name\":\"Zo\xC3\xAB Example\"") != std::string::npos);
}

TEST_CASE("eligo screen --check-mapping: every problem once by column and value, with its rows; exit 0 only when all read") {
    std::string mapping = temp_file("check-mapping.json", R"({"mapping": "eligo-csv/1", "id": "Ref", "date_formats": ["DD/MM/YYYY"],
      "employment": {"fields": {"employer_type": {"column": "Employer 1 Sector", "values": {"Council": "local_authority"}},
                                "start": "Job 1 Start", "hours_per_week": "Job 1 Hours"}}})");
    std::string path = temp_file("check.csv",
                                 "Ref,Employer 1 Sector,Job 1 Start,Job 1 Hours\n"
                                 "A-1,Retail,01/01/2020,37\nA-2,Retail,01/01/2020,full\nA-3,Council,01/01/2020,37\n"
                                 "A-4,retail,31/02/2020,37\nA-5,Retail,01/01/2020,full\n");
    auto r = test::run_eligo_apart("screen --check-mapping --mapping " + mapping + " " + path);
    CHECK(r.status == 2);
    CHECK(r.out == path + ": column `Employer 1 Sector`: unknown value `Retail`; expected one of `Council`; in 3 rows (2, 3, 6)\n" +
                       path + ": column `Employer 1 Sector`: unknown value `retail`; expected one of `Council`; in 1 row (5)\n" +
                       path + ": column `Job 1 Hours`: expected a number, got string (cell `full`); in 2 rows (3, 6)\n" +
                       path + ": column `Job 1 Start`: `31/02/2020` is not a calendar date; in 1 row (5)\n"
                              "5 records: 1 would be read, 4 would not\n");
    CHECK(r.err.empty());

    std::string clean = temp_file("clean.csv", "Ref,Employer 1 Sector,Job 1 Start,Job 1 Hours\nA-3,Council,01/01/2020,37\n");
    r = test::run_eligo_apart("screen --check-mapping --mapping " + mapping + " " + clean);
    CHECK(r.status == 0);
    CHECK(r.out == "1 record: 1 would be read, 0 would not\n");

    r = test::run_eligo_apart("screen --check-mapping " + clean);
    CHECK(r.status == 1);
    CHECK(r.err == "--check-mapping: give --mapping FILE, the mapping to try on the inputs\n");
    r = test::run_eligo_apart("screen " + clean + " --mapping " + mapping);
    CHECK(r.status == 1);
    CHECK(r.err == "--role is required: the post's role id (`eligo roles` lists them)\n");
}

TEST_CASE("csv: a mapping and an export held in memory read as from files, and a row gives back its profile JSON") {
    auto bad = parse_csv_mapping(R"({"mapping": "eligo-csv/1"})", "mapping");
    REQUIRE_FALSE(bad);
    CHECK(bad.errors().front().where.starts_with("mapping"));
    auto mapping = parse_csv_mapping(kSmall, "mapping");
    REQUIRE(mapping);

    std::string text = "Ref,Name,Notes,Title\nA-1,Ann,,\"Housing, Level 3\"\n";
    std::FILE* file = fmemopen(text.data(), text.size(), "rb");
    REQUIRE(file);
    auto source = open_csv(file, "body", *mapping);
    REQUIRE(source);
    RawRecord record;
    REQUIRE((*source)->next(record));
    CHECK(record.where() == "body row 2");
    auto json = record.decoder->profile_text(record);
    REQUIRE(json);
    auto profile = parse_profile(*json, "again");
    REQUIRE(profile);
    CHECK(profile->id == "A-1");
    CHECK(profile->name == "Ann");
    CHECK_FALSE((*source)->next(record));
}
