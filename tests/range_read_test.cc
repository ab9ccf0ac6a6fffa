// Inputs cut into records by the workers, each from its own byte range of the file: every
// record, line or row number and sequence must be what reading the file in order gives, however
// the ranges fall and however many threads cut them.
//
// JSON Lines: ranges that fall inside a line, on a newline, between the CR and LF of a CRLF,
// inside a line over the limit. CSV exports: ranges that would fall inside a quoted cell holding
// a line break; what the cutting cannot vouch for (a stray quote, text that is not UTF-8 where
// the Windows-1252 fallback applies, rows ended by a lone CR) is read in order from there on.
#include <filesystem>
#include <random>

#include <catch2/catch.hpp>

#include "batch/pipeline.h"
#include "cli_run.h"
#include "eligo/batch.h"

using namespace eligo;

namespace {

std::string temp_file(const std::string& name, const std::string& bytes) {
    auto path = test::scratch_directory() / "range-read" / name;
    test::write_file(path, bytes);
    return path.string();
}

// What a record was read as: where it is, its text (a line) or cells (a row), and its sequence.
struct Seen {
    std::string where;
    std::string text;
    std::vector<std::string> cells;
    std::uint64_t dropped = 0;
    std::uint64_t sequence = 0;
    bool operator==(const Seen&) const = default;
};

std::ostream& operator<<(std::ostream& out, const Seen& s) {
    out << s.sequence << " " << s.where << " [" << s.text << "]";
    for (const auto& c : s.cells) out << "<" << c << ">";
    return out << " dropped " << s.dropped;
}

Seen seen_as(const RawRecord& record, std::uint64_t sequence) {
    return {record.where(), record.text, record.cells, record.dropped_bytes, sequence};
}

// Every record of `source` through the batch pipeline with ranges of `range_bytes` on `threads`
// threads; `split` tells whether any of it was cut on the workers.
std::vector<Seen> read_through_pipeline(RecordSource& source, unsigned threads, std::size_t range_bytes, bool& split) {
    batch::PipelineOptions options;
    options.threads = threads;
    options.batch_size = 3;
    options.range_bytes = range_bytes;
    StageTimes times;
    options.times = &times;
    std::vector<Seen> seen;
    auto failure = batch::run_pipeline<Seen>(
        source, options,
        [](const RawRecord& record, std::uint64_t sequence) {
            batch::Done<Seen> done;
            done.item = seen_as(record, sequence);
            return done;
        },
        [&](batch::Done<Seen>& done) { seen.push_back(std::get<Seen>(done.item)); });
    INFO((failure ? failure->to_string() : std::string()));
    REQUIRE_FALSE(failure);
    split = times.split_ns > 0;
    return seen;
}

std::unique_ptr<RecordSource> open(const std::vector<std::string>& paths, std::size_t max_line) {
    std::vector<std::unique_ptr<RecordSource>> sources;
    for (const auto& path : paths) {
        auto source = open_jsonl(path, max_line);
        REQUIRE(source);
        sources.push_back(std::move(*source));
    }
    return sources.size() == 1 ? std::move(sources.front()) : chain(std::move(sources));
}

// Every record, read in order with next().
std::vector<Seen> read_in_order(const std::vector<std::string>& paths, std::size_t max_line) {
    auto source = open(paths, max_line);
    std::vector<Seen> seen;
    RawRecord record;
    while (source->next(record)) seen.push_back(seen_as(record, seen.size()));
    REQUIRE_FALSE(source->failure());
    return seen;
}

// Every record, through the batch pipeline with ranges of `range_bytes` on `threads` threads.
std::vector<Seen> read_in_ranges(const std::vector<std::string>& paths, std::size_t max_line, unsigned threads,
                                 std::size_t range_bytes) {
    auto source = open(paths, max_line);
    bool split = false;
    std::vector<Seen> seen = read_through_pipeline(*source, threads, range_bytes, split);
    // A file of names could only have been cut on the workers.
    CHECK(split);
    return seen;
}

// Lines of every awkward kind: blank ones, spaces only, CRLF, one over the limit, short and
// long ones, and no newline at the end.
std::string awkward_lines(std::uint32_t seed, std::size_t count, bool final_newline) {
    std::mt19937 random(seed);
    std::string text;
    for (std::size_t i = 0; i < count; ++i) {
        switch (random() % 8) {
            case 0: text += "\n"; break;
            case 1: text += "  \t \n"; break;
            case 2: text += "{\"id\":\"crlf-" + std::to_string(i) + "\"}\r\n"; break;
            case 3: text += std::string(40 + random() % 30, 'x') + "\n"; break;  // over the limit of 32
            case 4: text += "\r\n"; break;
            default: text += "{\"id\":\"p" + std::to_string(i) + "\"," + std::string(random() % 12, ' ') + "}\n"; break;
        }
    }
    if (!final_newline && !text.empty()) text.pop_back();
    return text;
}

// --- CSV exports ---------------------------------------------------------------------------

struct Opened {
    std::unique_ptr<RecordSource> source;
    std::vector<std::string> notices;
};

std::unique_ptr<Opened> open_csv_file(const std::string& path, char separator = ',') {
    auto mapping = parse_csv_mapping(R"({"mapping": "eligo-csv/1", "id": "ID", "name": "Name", "delimiter": ")" +
                                         std::string(1, separator) + "\"}",
                                     "mapping");
    REQUIRE(mapping);
    auto opened = std::make_unique<Opened>();
    TableOptions options;
    options.notice = [o = opened.get()](const std::string& message) { o->notices.push_back(message); };
    auto source = open_csv(path, *mapping, options);
    REQUIRE(source);
    opened->source = std::move(*source);
    return opened;
}

struct CsvRead {
    std::vector<Seen> rows;
    std::vector<std::string> notices;
    bool split = false;  // some of it was cut on the workers
};

CsvRead read_csv_in_order(const std::string& path, char separator) {
    auto opened = open_csv_file(path, separator);
    CsvRead read;
    RawRecord record;
    while (opened->source->next(record)) read.rows.push_back(seen_as(record, read.rows.size()));
    REQUIRE_FALSE(opened->source->failure());
    read.notices = opened->notices;
    return read;
}

CsvRead read_csv_in_ranges(const std::string& path, char separator, unsigned threads, std::size_t range_bytes) {
    auto opened = open_csv_file(path, separator);
    CsvRead read;
    read.rows = read_through_pipeline(*opened->source, threads, range_bytes, read.split);
    read.notices = opened->notices;
    return read;
}

// A cell of every awkward kind a spreadsheet writes: quoted with the separator, a line break
// (LF or CRLF) or a doubled quote inside, empty, spaces, accented text.
std::string awkward_cell(std::mt19937& random, std::size_t i) {
    switch (random() % 9) {
        case 0: return "\"Smith, Jo\"";
        case 1: return "\"first line\nsecond line\"";
        case 2: return "\"windows\r\nbreak\"";
        case 3: return "\"she said \"\"yes\"\"\"";
        case 4: return "";
        case 5: return "  ";
        case 6: return "\"\"";
        case 7: return "Zo\xC3\xAB " + std::to_string(i);
        default: return "plain " + std::to_string(i);
    }
}

// Rows with awkward cells, LF and CRLF endings, blank rows of every kind, and `tail` after them.
std::string awkward_csv(std::uint32_t seed, std::size_t count, bool bom, const std::string& tail, char separator = ',') {
    std::mt19937 random(seed);
    const std::string sep(1, separator);
    std::string text = bom ? "\xEF\xBB\xBF" : "";
    text += "\n " + sep + "  \r\nID" + sep + "Name" + sep + "Notes\r\n";  // blank rows before the header count as rows
    for (std::size_t i = 0; i < count; ++i) {
        switch (random() % 10) {
            case 0: text += "\n"; break;
            case 1: text += sep + sep + "\r\n"; break;
            case 2: text += " " + sep + " " + sep + "\n"; break;
            default: {
                std::string ending = random() % 2 ? "\n" : "\r\n";
                text += "P-" + std::to_string(i) + sep + awkward_cell(random, i) + sep + awkward_cell(random, i) + ending;
            }
        }
    }
    return text + tail;
}

void check_every_way(const std::string& path, bool splits, char separator = ',') {
    CsvRead expected = read_csv_in_order(path, separator);
    REQUIRE(expected.rows.size() > 40);
    for (std::size_t range_bytes : {1, 2, 3, 7, 64, 1000, 100000})
        for (unsigned threads : {1u, 2u, 4u}) {
            INFO(path << ", ranges of " << range_bytes << " bytes, " << threads << " threads");
            CsvRead read = read_csv_in_ranges(path, separator, threads, range_bytes);
            CHECK(read.rows == expected.rows);
            CHECK(read.notices == expected.notices);
            // A range as large as the file holds what the cutting cannot vouch for, if anything does.
            if (range_bytes < 1000) CHECK(read.split == splits);
        }
}

}  // namespace

TEST_CASE("a batch of JSON Lines cut in byte ranges by several threads reads every record as reading in order does",
          "[range_read]") {
    const std::size_t max_line = 32;
    for (bool final_newline : {true, false}) {
        std::string path = temp_file(final_newline ? "lines.jsonl" : "no-final-newline.jsonl",
                                     awkward_lines(final_newline ? 7 : 8, 120, final_newline));
        auto expected = read_in_order({path}, max_line);
        REQUIRE(expected.size() > 40);
        for (std::size_t range_bytes : {1, 2, 3, 5, 17, 64, 1000, 100000})
            for (unsigned threads : {1u, 2u, 4u}) {
                INFO(path << ", ranges of " << range_bytes << " bytes, " << threads << " threads");
                CHECK(read_in_ranges({path}, max_line, threads, range_bytes) == expected);
            }
    }
}

TEST_CASE("a batch of several JSON Lines files cut in ranges numbers each file's lines from 1", "[range_read]") {
    std::string first = temp_file("first.jsonl", awkward_lines(1, 30, true));
    std::string empty = temp_file("empty.jsonl", "");
    std::string blank = temp_file("blank.jsonl", "\n\n  \n");
    std::string last = temp_file("last.jsonl", awkward_lines(2, 30, false));
    std::vector<std::string> paths{first, empty, blank, last};
    auto expected = read_in_order(paths, 0);
    REQUIRE(expected.back().where.starts_with(last + ":"));
    for (std::size_t range_bytes : {1, 4, 50, 0})
        for (unsigned threads : {1u, 3u}) {
            INFO("ranges of " << range_bytes << " bytes, " << threads << " threads");
            CHECK(read_in_ranges(paths, 0, threads, range_bytes) == expected);
        }
}

TEST_CASE("a JSON Lines source read in order stays in order", "[range_read]") {
    std::string path = temp_file("in-order.jsonl", "{\"id\":\"a\"}\n{\"id\":\"b\"}\n");
    auto source = open_jsonl(path);
    REQUIRE(source);
    InputRange range;
    CHECK((*source)->claim(range, 1 << 20) == Claim::range);
    auto again = open_jsonl(path);
    REQUIRE(again);
    RawRecord record;
    REQUIRE((*again)->next(record));
    // Once a record was read with next(), the rest is not handed out in ranges.
    CHECK((*again)->claim(range, 1 << 20) == Claim::serial);
}


TEST_CASE("a batch of CSV rows cut in byte ranges by several threads reads every row as reading in order does",
          "[range_read]") {
    check_every_way(temp_file("rows.csv", awkward_csv(3, 150, false, "")), true);
    // A byte-order mark, and a last row without a line break.
    check_every_way(temp_file("bom.csv", awkward_csv(4, 150, true, "P-last,\"no line break\",x")), true);
    // Semicolons, as Excel writes in most of Europe: a quoted cell opens after one.
    check_every_way(temp_file("semicolons.csv", awkward_csv(11, 150, false, "", ';')), true, ';');
    // A last row ending inside a quoted cell that never closes: read in order from the range it is in.
    check_every_way(temp_file("open-quote.csv", awkward_csv(5, 120, false, "P-open,\"never closed\n,x\n")), true);
}

TEST_CASE("a batch of CSV rows falls back to reading in order where the cutting cannot vouch for the rows",
          "[range_read]") {
    // A quote inside an unquoted cell: the parser keeps it as text; from its range on, the
    // rows are read in order.
    std::string stray = awkward_csv(6, 60, false, "") + "P-stray,ab\"c,x\nP-next,y\",w\nP-more,\"x\ny\"\n" +
                        awkward_csv(7, 60, false, "");
    check_every_way(temp_file("stray-quote.csv", stray), true);
    // Text that is not UTF-8 (Windows-1252 é): read as Windows-1252, said once, with its row.
    std::string latin = awkward_csv(8, 60, false, "") + "P-latin,Ren\xE9,x\n" + awkward_csv(9, 60, false, "");
    check_every_way(temp_file("latin.csv", latin), true);
    // Rows ended by a lone CR (old Mac): no line feed to cut at, so read in order throughout.
    std::string mac = "ID,Name,Notes\r";
    for (int i = 0; i < 60; ++i) mac += "P-" + std::to_string(i) + ",\"a\rb\",c\r";
    check_every_way(temp_file("mac.csv", mac), false);
}

TEST_CASE("a CSV file cut short while its ranges are read says where it stopped", "[range_read]") {
    std::string path = temp_file("cut-short.csv", awkward_csv(10, 60, false, ""));
    auto opened = open_csv_file(path);
    InputRange range;
    REQUIRE(opened->source->claim(range, 200) == Claim::range);
    REQUIRE(range.end - range.begin > 10);
    std::filesystem::resize_file(path, range.begin + 10);
    std::vector<RawRecord> records;
    std::uint64_t lines = 0;
    CHECK(range.source->read_range(range, records, lines) == 0);
    auto failure = opened->source->failure();
    REQUIRE(failure);
    CHECK(failure->to_string() == path + ": read error at byte " + std::to_string(range.begin + 10) +
                                      ": the file is shorter than when it was read (was it changed while being screened?)");
    // No more ranges once the input has failed.
    CHECK(opened->source->claim(range, 200) == Claim::end);
}

TEST_CASE("a JSON Lines file cut short while its ranges are read says where it stopped", "[range_read]") {
    std::string text;
    for (int i = 0; i < 50; ++i) text += "{\"id\":\"p" + std::to_string(i) + "\"}\n";
    std::string path = temp_file("cut-short.jsonl", text);
    auto source = open_jsonl(path);
    REQUIRE(source);
    InputRange first, second;
    REQUIRE((*source)->claim(first, 100) == Claim::range);
    REQUIRE((*source)->claim(second, 100) == Claim::range);
    std::filesystem::resize_file(path, second.begin + 3);
    std::vector<RawRecord> records;
    std::uint64_t lines = 0;
    CHECK(second.source->read_range(second, records, lines) == 0);  // its first line starts past the end
    auto failure = (*source)->failure();
    REQUIRE(failure);
    CHECK(failure->to_string() == path + ": read error at byte " + std::to_string(second.begin + 3) +
                                      ": the file is shorter than when it was read (was it changed while being screened?)");
    CHECK((*source)->claim(second, 100) == Claim::end);
}
