// CSV exports cut into rows by the workers, each from its own byte range of the file: every row,
// row number, cell and sequence must be what reading the file in order gives, however the
// ranges fall (inside a quoted cell that holds a line break, between a CR and its LF) and
// however many threads read them. What the cutting cannot vouch for (a stray quote, text that
// is not UTF-8 where the Windows-1252 fallback applies) is read in order from there on.
#include <random>

#include <catch2/catch.hpp>

#include "batch/pipeline.h"
#include "cli_run.h"
#include "eligo/batch.h"

using namespace eligo;

namespace {

std::string temp_file(const std::string& name, const std::string& bytes) {
    auto path = test::scratch_directory() / "csv-range" / name;
    test::write_file(path, bytes);
    return path.string();
}

// What a row was read as: where it is, its cells, and its sequence.
struct Seen {
    std::string where;
    std::vector<std::string> cells;
    std::uint64_t sequence = 0;
    bool operator==(const Seen&) const = default;
};

std::ostream& operator<<(std::ostream& out, const Seen& s) {
    out << s.sequence << " " << s.where << " [";
    for (const auto& c : s.cells) out << "<" << c << ">";
    return out << "]";
}

struct Opened {
    std::unique_ptr<RecordSource> source;
    std::vector<std::string> notices;
};

std::unique_ptr<Opened> open(const std::string& path) {
    auto mapping = parse_csv_mapping(R"({"mapping": "eligo-csv/1", "id": "ID", "name": "Name"})", "mapping");
    REQUIRE(mapping);
    auto opened = std::make_unique<Opened>();
    TableOptions options;
    options.notice = [o = opened.get()](const std::string& message) { o->notices.push_back(message); };
    auto source = open_csv(path, *mapping, options);
    REQUIRE(source);
    opened->source = std::move(*source);
    return opened;
}

struct Read {
    std::vector<Seen> rows;
    std::vector<std::string> notices;
    bool split = false;  // some of it was cut on the workers
};

Read read_in_order(const std::string& path) {
    auto opened = open(path);
    Read read;
    RawRecord record;
    while (opened->source->next(record)) read.rows.push_back({record.where(), record.cells, read.rows.size()});
    REQUIRE_FALSE(opened->source->failure());
    read.notices = opened->notices;
    return read;
}

Read read_in_ranges(const std::string& path, unsigned threads, std::size_t range_bytes) {
    auto opened = open(path);
    batch::PipelineOptions options;
    options.threads = threads;
    options.batch_size = 3;
    options.range_bytes = range_bytes;
    StageTimes times;
    options.times = &times;
    Read read;
    auto failure = batch::run_pipeline<Seen>(
        *opened->source, options,
        [](const RawRecord& record, std::uint64_t sequence) {
            batch::Done<Seen> done;
            done.item = Seen{record.where(), record.cells, sequence};
            return done;
        },
        [&](batch::Done<Seen>& done) { read.rows.push_back(std::get<Seen>(done.item)); });
    INFO((failure ? failure->to_string() : std::string()));
    REQUIRE_FALSE(failure);
    read.notices = opened->notices;
    read.split = times.split_ns > 0;
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
std::string awkward_csv(std::uint32_t seed, std::size_t count, bool bom, const std::string& tail) {
    std::mt19937 random(seed);
    std::string text = bom ? "\xEF\xBB\xBF" : "";
    text += "\n ,  \r\nID,Name,Notes\r\n";  // blank rows before the header count as rows
    for (std::size_t i = 0; i < count; ++i) {
        switch (random() % 10) {
            case 0: text += "\n"; break;
            case 1: text += ",,\r\n"; break;
            case 2: text += " , ,\n"; break;
            default: {
                std::string ending = random() % 2 ? "\n" : "\r\n";
                text += "P-" + std::to_string(i) + "," + awkward_cell(random, i) + "," + awkward_cell(random, i) + ending;
            }
        }
    }
    return text + tail;
}

void check_every_way(const std::string& path, bool splits) {
    Read expected = read_in_order(path);
    REQUIRE(expected.rows.size() > 40);
    for (std::size_t range_bytes : {1, 2, 3, 7, 64, 1000, 100000})
        for (unsigned threads : {1u, 2u, 4u}) {
            INFO(path << ", ranges of " << range_bytes << " bytes, " << threads << " threads");
            Read read = read_in_ranges(path, threads, range_bytes);
            CHECK(read.rows == expected.rows);
            CHECK(read.notices == expected.notices);
            // A range as large as the file holds what the cutting cannot vouch for, if anything does.
            if (range_bytes < 1000) CHECK(read.split == splits);
        }
}

}  // namespace

TEST_CASE("a batch of CSV rows cut in byte ranges by several threads reads every row as reading in order does",
          "[range_read]") {
    check_every_way(temp_file("rows.csv", awkward_csv(3, 150, false, "")), true);
    // A byte-order mark, and a last row without a line break.
    check_every_way(temp_file("bom.csv", awkward_csv(4, 150, true, "P-last,\"no line break\",x")), true);
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
