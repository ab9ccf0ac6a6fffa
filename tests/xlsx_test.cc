// Workbooks (.xlsx) read through a mapping as CSV exports are: every workbook is written here
// by libxlsxwriter, as Excel would save it, so the tests keep no binary file.
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>
#include <xlsxwriter.h>
#include <zip.h>

#include "batch/csv_mapping.h"
#include "batch/rows.h"
#include "cli_run.h"
#include "eligo/batch.h"
#include "fixtures.h"

using namespace eligo;

namespace {

std::string temp_path(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() / ("eligo-xlsx-test-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    return (dir / name).string();
}

std::shared_ptr<const CsvMapping> mapping_from(const std::string& json) {
    std::string path = temp_path("mapping.json");
    std::ofstream(path, std::ios::binary) << json;
    auto mapping = load_csv_mapping(path);
    INFO((mapping ? std::string() : test::messages(mapping.errors())));
    REQUIRE(mapping);
    return *mapping;
}

const char* const kMapping = R"({
  "mapping": "eligo-csv/1",
  "date_formats": ["DD/MM/YYYY"],
  "id": "Ref",
  "name": "Name",
  "qualifications": {"fields": {"kind": {"value": "other"}, "title": "Title"}},
  "employment": {"fields": {"employer": "Employer", "start": "Start", "hours_per_week": "Hours", "managerial": "Managed"}}
})";

struct Records {
    std::unique_ptr<RecordSource> source;  // owns the records' decoder
    std::vector<RawRecord> records;
    std::optional<Error> failure;
};

Records read_all(const std::string& path, const std::string& sheet = "") {
    Records out;
    auto source = open_xlsx(path, mapping_from(kMapping), TableOptions{.sheet = sheet});
    INFO((source ? std::string() : test::messages(source.errors())));
    REQUIRE(source);
    out.source = std::move(*source);
    RawRecord record;
    while (out.source->next(record)) out.records.push_back(record);
    out.failure = out.source->failure();
    return out;
}

Profile decoded(const RawRecord& record) {
    auto profile = record.decoder->decode(record, {}, nullptr);
    INFO((profile ? std::string() : test::messages(profile.errors())));
    REQUIRE(profile);
    return *profile;
}

// A workbook's parts written as they are given, for what libxlsxwriter never writes.
void write_zip(const std::string& path, const std::vector<std::pair<std::string, std::string>>& parts) {
    zipFile zip = zipOpen64(path.c_str(), APPEND_STATUS_CREATE);
    REQUIRE(zip);
    for (const auto& [name, text] : parts) {
        REQUIRE(zipOpenNewFileInZip64(zip, name.c_str(), nullptr, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                      Z_DEFAULT_COMPRESSION, 0) == ZIP_OK);
        REQUIRE(zipWriteInFileInZip(zip, text.data(), static_cast<unsigned>(text.size())) == ZIP_OK);
        REQUIRE(zipCloseFileInZip(zip) == ZIP_OK);
    }
    REQUIRE(zipClose(zip, nullptr) == ZIP_OK);
}

const char* const kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const char* const kRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// A workbook as some other writers save it: prefixed names, the 1904 date system, a sheet
// part named outright, cells without references, and the `sheet` XML given.
std::string hand_made_workbook(const std::string& name, const std::string& sheet) {
    std::string path = temp_path(name);
    std::string book = std::string("<x:workbook xmlns:x=\"") + kMain + "\" xmlns:r=\"" + kRelationships +
                       "\"><x:workbookPr date1904=\"1\"/><x:sheets><x:sheet name=\"Data\" sheetId=\"7\" r:id=\"rId9\"/>"
                       "</x:sheets></x:workbook>";
    std::string rels = std::string("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                   "<Relationship Id=\"rId9\" Type=\"") + kRelationships +
                       "/worksheet\" Target=\"/xl/sheets/data.xml\"/></Relationships>";
    write_zip(path, {{"xl/workbook.xml", book}, {"xl/_rels/workbook.xml.rels", rels}, {"xl/sheets/data.xml", sheet}});
    return path;
}

const char* const kHeader[] = {"Ref", "Name", "Employer", "Start", "Hours", "Managed", "Title"};

std::string inline_cell(const std::string& text, const std::string& prefix = "x:") {
    return "<" + prefix + "c t=\"inlineStr\"><" + prefix + "is><" + prefix + "t>" + text + "</" + prefix + "t></" + prefix +
           "is></" + prefix + "c>";
}

std::string header_row(const std::string& prefix) {
    std::string row = "<" + prefix + "row>";
    for (const char* name : kHeader) row += inline_cell(name, prefix);
    return row + "</" + prefix + "row>";
}

void header(lxw_worksheet* sheet) {
    for (lxw_col_t c = 0; c < 7; ++c) worksheet_write_string(sheet, 0, c, kHeader[c], nullptr);
}

// Two sheets as a recruiter's export has them: the applicants first, an archive second. Row 3
// is left blank and row 4 skips cells, as Excel stores them.
std::string shared_strings_workbook() {
    std::string path = temp_path("applicants.xlsx");
    lxw_workbook* book = workbook_new(path.c_str());
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Applicants");
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    header(sheet);
    worksheet_write_number(sheet, 1, 0, 1001, nullptr);
    worksheet_write_string(sheet, 1, 1, "Ann Example", nullptr);
    worksheet_write_string(sheet, 1, 2, "Medway Council", nullptr);
    lxw_datetime start = {2019, 4, 1, 0, 0, 0};
    worksheet_write_datetime(sheet, 1, 3, &start, date);
    worksheet_write_formula_num(sheet, 1, 4, "=30+7.5", nullptr, 37.5);
    worksheet_write_boolean(sheet, 1, 5, 1, nullptr);
    lxw_rich_string_tuple plain = {nullptr, const_cast<char*>("Level 3 ")};
    lxw_rich_string_tuple strong = {bold, const_cast<char*>("Diploma")};
    lxw_rich_string_tuple* title[] = {&plain, &strong, nullptr};
    worksheet_write_rich_string(sheet, 1, 6, title, nullptr);
    worksheet_write_string(sheet, 3, 0, "R-2", nullptr);
    worksheet_write_number(sheet, 3, 3, 45000, nullptr);  // a date column's day number, unformatted
    worksheet_write_boolean(sheet, 3, 5, 0, nullptr);
    worksheet_write_string(sheet, 4, 0, "R-3", nullptr);
    worksheet_write_string(sheet, 4, 3, "soon", nullptr);
    lxw_worksheet* archive = workbook_add_worksheet(book, "Archive 2025");
    header(archive);
    worksheet_write_string(archive, 1, 0, "OLD-1", nullptr);
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);
    return path;
}

}  // namespace

TEST_CASE("xlsx: shared strings, numbers, booleans, formulas, rich text and skipped cells read as CSV cells") {
    std::string path = shared_strings_workbook();
    Records rows = read_all(path);
    REQUIRE_FALSE(rows.failure);
    REQUIRE(rows.records.size() == 3);
    CHECK(rows.records[0].where() == path + " row 2");
    Profile first = decoded(rows.records[0]);
    CHECK(first.id == "1001");
    CHECK(first.name == "Ann Example");
    REQUIRE(first.employment);
    REQUIRE(first.employment->size() == 1);
    const auto& job = first.employment->front();
    CHECK(job.employer == "Medway Council");
    CHECK(job.start == Date::from_ymd(2019, 4, 1));
    CHECK(job.hours_per_week == 37.5);
    CHECK(job.managerial == true);
    REQUIRE(first.qualifications);
    CHECK(first.qualifications->front().title == "Level 3 Diploma");

    // Row 3 is blank: the next record is row 4, its skipped cells empty.
    CHECK(rows.records[1].where() == path + " row 4");
    Profile second = decoded(rows.records[1]);
    CHECK(second.id == "R-2");
    REQUIRE(second.employment);
    CHECK(second.employment->front().employer.empty());
    CHECK(second.employment->front().start == Date::from_ymd(2023, 3, 15));
    CHECK(second.employment->front().managerial == false);
    CHECK_FALSE(second.qualifications);

    auto third = rows.records[2].decoder->decode(rows.records[2], {}, nullptr);
    REQUIRE_FALSE(third);
    CHECK(test::messages(third.errors()) == path + " row 5: column `Start`: expected a date DD/MM/YYYY, got `soon`\n");
}

TEST_CASE("xlsx: --sheet chooses a sheet by name; an unknown name lists the sheets") {
    std::string path = shared_strings_workbook();
    Records archive = read_all(path, "Archive 2025");
    REQUIRE(archive.records.size() == 1);
    CHECK(decoded(archive.records[0]).id == "OLD-1");
    auto wrong = open_xlsx(path, mapping_from(kMapping), TableOptions{.sheet = "Archive 2052"});
    REQUIRE_FALSE(wrong);
    CHECK(test::messages(wrong.errors()) ==
          path + ": no sheet `Archive 2052`; its sheets are `Applicants`, `Archive 2025`\n"
                 "  did you mean `Archive 2025`?\n");
}

TEST_CASE("xlsx: inline strings, as a workbook written row by row stores them") {
    std::string path = temp_path("inline.xlsx");
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook* book = workbook_new_opt(path.c_str(), &options);
    lxw_worksheet* sheet = workbook_add_worksheet(book, nullptr);
    lxw_format* italic = workbook_add_format(book);
    format_set_italic(italic);
    header(sheet);
    worksheet_write_string(sheet, 1, 0, "IN-1", nullptr);
    worksheet_write_string(sheet, 1, 2, "Caf\xC3\xA9 & Co <Ltd>", nullptr);
    lxw_rich_string_tuple a = {nullptr, const_cast<char*>("NVQ ")};
    lxw_rich_string_tuple b = {italic, const_cast<char*>("Level 2")};
    lxw_rich_string_tuple* title[] = {&a, &b, nullptr};
    worksheet_write_rich_string(sheet, 1, 6, title, nullptr);
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);

    Records rows = read_all(path);
    REQUIRE(rows.records.size() == 1);
    Profile p = decoded(rows.records[0]);
    CHECK(p.id == "IN-1");
    CHECK(p.employment->front().employer == "Caf\xC3\xA9 & Co <Ltd>");
    CHECK(p.qualifications->front().title == "NVQ Level 2");
}

TEST_CASE("xlsx: prefixed names, the 1904 date system, cells without references, a sheet part named outright") {
    std::string sheet = std::string("<x:worksheet xmlns:x=\"") + kMain + "\"><x:sheetData>" + header_row("x:") + "<x:row>" +
                        inline_cell("H-1") + "<x:c/>" + inline_cell("Kent &amp; Co") + "<x:c><x:v>43000</x:v></x:c></x:row>"
                        "</x:sheetData></x:worksheet>";
    Records rows = read_all(hand_made_workbook("hand-made.xlsx", sheet));
    REQUIRE_FALSE(rows.failure);
    REQUIRE(rows.records.size() == 1);
    CHECK(rows.records[0].where().ends_with("hand-made.xlsx row 2"));
    Profile p = decoded(rows.records[0]);
    CHECK(p.id == "H-1");
    CHECK(p.name.empty());
    CHECK(p.employment->front().employer == "Kent & Co");
    CHECK(p.employment->front().start == Date::from_ymd(2021, 9, 23));  // 43000 days after 1 January 1904
}

TEST_CASE("xlsx: a cell pointing to a shared string the workbook lacks stops the reading, naming its row") {
    std::string sheet = std::string("<worksheet xmlns=\"") + kMain + "\"><sheetData>" + header_row("") +
                        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>4</v></c></row></sheetData></worksheet>";
    std::string path = hand_made_workbook("missing-string.xlsx", sheet);
    Records rows = read_all(path);
    CHECK(rows.records.empty());
    REQUIRE(rows.failure);
    CHECK(rows.failure->to_string() == path + ": row 2: a cell points to shared string `4`, which the workbook does not have");
}

TEST_CASE("xlsx: a row numbered out of order is the next row, so every record has its own number") {
    std::string sheet = std::string("<worksheet xmlns=\"") + kMain + "\"><sheetData>" + header_row("") +
                        "<row r=\"5\">" + inline_cell("A-5", "") + "</row><row r=\"3\">" + inline_cell("A-3", "") +
                        "</row><row r=\"0\">" + inline_cell("A-0", "") + "</row></sheetData></worksheet>";
    std::string path = hand_made_workbook("out-of-order.xlsx", sheet);
    Records rows = read_all(path);
    REQUIRE(rows.records.size() == 3);
    CHECK(rows.records[0].where() == path + " row 5");
    CHECK(rows.records[1].where() == path + " row 6");
    CHECK(rows.records[2].where() == path + " row 7");
}

TEST_CASE("xlsx: a row with cells past the header is an error, and costs no more than the header") {
    std::string sheet = std::string("<worksheet xmlns=\"") + kMain + "\"><sheetData>" + header_row("") +
                        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>W-1</t></is></c>"
                        "<c r=\"XFD2\" t=\"inlineStr\"><is><t>far</t></is></c></row></sheetData></worksheet>";
    std::string path = hand_made_workbook("wide.xlsx", sheet);
    Records rows = read_all(path);
    REQUIRE(rows.records.size() == 1);
    CHECK(rows.records[0].cells.size() == 8);  // the header's 7, and one for what lies past them
    auto bad = rows.records[0].decoder->decode(rows.records[0], {}, nullptr);
    REQUIRE_FALSE(bad);
    CHECK(test::messages(bad.errors()) == path + " row 2: row has cells past the header's 7 columns\n");
}

TEST_CASE("xlsx: shared strings past the limit refuse the workbook rather than take the memory") {
    std::string path = shared_strings_workbook();
    auto refused = open_xlsx(path, mapping_from(kMapping), TableOptions{.max_shared_strings_bytes = 64});
    REQUIRE_FALSE(refused);
    CHECK(test::messages(refused.errors()) ==
          path + ": its shared strings are over 64 bytes; reading stopped\n"
                 "  a workbook of applications holds a few kilobytes of text a row: is this the right file?\n");
    CHECK(open_xlsx(path, mapping_from(kMapping), TableOptions{.max_shared_strings_bytes = 4096}));
}

TEST_CASE("xlsx: a day number in a date column is a date of the 1900 or 1904 system") {
    CHECK(workbook_date(1, false) == Date::from_ymd(1900, 1, 1));
    CHECK(workbook_date(59, false) == Date::from_ymd(1900, 2, 28));
    CHECK_FALSE(workbook_date(60, false));  // 29 February 1900, which Excel counts and never was
    CHECK(workbook_date(61, false) == Date::from_ymd(1900, 3, 1));
    CHECK(workbook_date(45000.75, false) == Date::from_ymd(2023, 3, 15));
    CHECK(workbook_date(0, true) == Date::from_ymd(1904, 1, 1));
    CHECK(workbook_date(1, true) == Date::from_ymd(1904, 1, 2));
    CHECK(workbook_date(2957003, true) == Date::from_ymd(9999, 12, 31));
    CHECK(workbook_date(2958465, false) == Date::from_ymd(9999, 12, 31));
    CHECK_FALSE(workbook_date(2958466, false));
    CHECK_FALSE(workbook_date(-3, false));
    CHECK_FALSE(workbook_date(1e7, false));
}

TEST_CASE("xlsx: a file that is not a workbook is one clear error, not an error per line") {
    std::string path = temp_path("not-a-workbook.xlsx");
    std::ofstream(path, std::ios::binary) << "Ref,Name\nA-1,Ann\nA-2,Bo\n";
    auto opened = open_xlsx(path, mapping_from(kMapping));
    REQUIRE_FALSE(opened);
    std::string expected = path + ": not an XLSX workbook: it cannot be opened as a ZIP archive\n"
                                  "  is it damaged, or an older .xls saved with a new name? save it again as .xlsx\n";
    CHECK(test::messages(opened.errors()) == expected);

    // A workbook cut short (a download that stopped) loses the archive's directory at its end.
    std::string whole = test::read_file(shared_strings_workbook());
    std::string cut = temp_path("cut.xlsx");
    std::ofstream(cut, std::ios::binary) << whole.substr(0, whole.size() / 2);
    auto damaged = open_xlsx(cut, mapping_from(kMapping));
    REQUIRE_FALSE(damaged);
    CHECK(damaged.errors().front().message == "not an XLSX workbook: it cannot be opened as a ZIP archive");

    std::string mapping = temp_path("cli-mapping.json");
    std::ofstream(mapping, std::ios::binary) << kMapping;
    auto r = test::run_eligo("screen --role job-profiles/rehousing-officer --as-of 2026-11-24 -q --mapping " + mapping +
                             " " + path);
    CHECK(r.status == 2);
    CHECK(r.out == expected);
}

TEST_CASE("eligo screen: the example export saved as a workbook screens as the CSV does") {
    // The example CSV's cells, row for row, into a workbook; its dates as Excel stores dates.
    std::string dir = std::string(ELIGO_SOURCE_DIR) + "/examples/screening/";
    std::string csv = dir + "applicants.csv";
    auto mapping = load_csv_mapping(dir + "ats-mapping.json");
    REQUIRE(mapping);
    std::string first_line = test::read_file(csv).substr(3);  // after the byte-order mark
    first_line = first_line.substr(0, first_line.find('\n'));
    std::string path = temp_path("applicants.xlsx");
    lxw_workbook* book = workbook_new(path.c_str());
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Export");
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_col_t c = 0;
    for (std::size_t at = 0, end = 0; end != std::string::npos; at = end + 1, ++c) {
        end = first_line.find(',', at);
        worksheet_write_string(sheet, 0, c, first_line.substr(at, end - at).c_str(), nullptr);
    }
    auto source = open_csv(csv, *mapping);
    REQUIRE(source);
    RawRecord record;
    while ((*source)->next(record)) {
        auto row = static_cast<lxw_row_t>(record.number - 1);
        for (std::size_t i = 0; i < record.cells.size(); ++i) {
            const std::string& cell = record.cells[i];
            auto column = static_cast<lxw_col_t>(i);
            int d = 0, m = 0, y = 0;
            if (cell.size() == 10 && std::sscanf(cell.c_str(), "%2d/%2d/%4d", &d, &m, &y) == 3) {
                lxw_datetime when = {y, m, d, 0, 0, 0};
                worksheet_write_datetime(sheet, row, column, &when, date);
            } else if (!cell.empty()) {
                worksheet_write_string(sheet, row, column, cell.c_str(), nullptr);
            }
        }
    }
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);

    std::string args = " --mapping " + dir + "ats-mapping.json --role job-profiles/rehousing-officer --as-of 2026-11-24 -q --out -";
    auto from_csv = test::run_eligo_apart("screen " + csv + args);
    auto from_xlsx = test::run_eligo_apart("screen " + path + args);
    CHECK(from_xlsx.status == from_csv.status);
    std::string expected = test::without_about(from_csv.out);
    from_xlsx.out = test::without_about(from_xlsx.out);
    for (auto at = expected.find(csv); at != std::string::npos; at = expected.find(csv, at))
        expected.replace(at, csv.size(), path);
    // The one record that cannot be read has its row; a workbook's row is cut at the header's width.
    const std::string too_wide = "row has 75 cells, the header 74";
    REQUIRE(expected.find(too_wide) != std::string::npos);
    expected.replace(expected.find(too_wide), too_wide.size(), "row has cells past the header's 74 columns");
    CHECK(from_xlsx.out == expected);
    CHECK(from_xlsx.err == path + ": ignored (protected characteristics, never read): \"Gender\", \"Date of Birth\"\n" +
                               path + " row 10: row has cells past the header's 74 columns\n"
                                      "eligo: 1 of 12 records could not be read (listed above); every other record was screened\n");

    // This workbook is kept in examples/screening/ for recruiters to try (made by this test once,
    // copied from its temporary file): it screens as the one just made, so as the CSV.
    std::string example = dir + "applicants.xlsx";
    auto from_example = test::run_eligo_apart("screen " + example + args);
    CHECK(from_example.status == from_xlsx.status);
    std::string made = from_xlsx.out;
    for (auto at = made.find(path); at != std::string::npos; at = made.find(path, at))
        made.replace(at, path.size(), example);
    CHECK(test::without_about(from_example.out) == made);
}

TEST_CASE("xlsx: Excel's _xHHHH_ escapes in cell text read as the characters they stand for") {
    std::string path = temp_path("escapes.xlsx");
    lxw_workbook* book = workbook_new(path.c_str());
    lxw_worksheet* sheet = workbook_add_worksheet(book, nullptr);
    header(sheet);
    worksheet_write_string(sheet, 1, 0, "ESC-1", nullptr);
    worksheet_write_string(sheet, 1, 2, "Medway_x000D_\nCouncil_x0009_Housing_x00E9_", nullptr);  // shared string
    worksheet_write_string(sheet, 1, 6, "Level_x005F_x0033_ Diploma", nullptr);  // a literal _x0033_
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);

    Records rows = read_all(path);
    REQUIRE(rows.records.size() == 1);
    Profile p = decoded(rows.records[0]);
    CHECK(p.employment->front().employer == "Medway\nCouncil\tHousing\xC3\xA9");
    CHECK(p.qualifications->front().title == "Level_x0033_ Diploma");
}

TEST_CASE("eligo screen: an .xls or .ods input is refused, saying how to save it") {
    std::string mapping = temp_path("refuse-mapping.json");
    std::ofstream(mapping, std::ios::binary) << kMapping;
    for (const char* name : {"applicants.xls", "applicants.ods"}) {
        INFO(name);
        std::string input = temp_path(name);
        std::ofstream(input, std::ios::binary) << "not read";
        auto r = test::run_eligo_apart("screen --role job-profiles/rehousing-officer --as-of 2026-11-24 -q --mapping " +
                                       mapping + " " + input);
        CHECK(r.status == 2);
        CHECK(r.err == input + (std::string(name).ends_with(".xls") ? ": .xls workbooks" : ": .ods spreadsheets") +
                           " cannot be read; save it as .xlsx (Excel Workbook) or .csv\n");
    }
}
