// JSON Lines cut into records by the workers, each from its own byte range of the file: every
// record, line number and sequence must be what reading the file in order gives, however the
// ranges fall (inside a line, on a newline, between the CR and LF of a CRLF, inside a line
// over the limit) and however many threads cut them.
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

// What a record was read as: where it is, its text, and its sequence.
struct Seen {
    std::string where;
    std::string text;
    std::uint64_t dropped = 0;
    std::uint64_t sequence = 0;
    bool operator==(const Seen&) const = default;
};

std::ostream& operator<<(std::ostream& out, const Seen& s) {
    return out << s.sequence << " " << s.where << " [" << s.text << "] dropped " << s.dropped;
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
    while (source->next(record)) seen.push_back({record.where(), record.text, record.dropped_bytes, seen.size()});
    REQUIRE_FALSE(source->failure());
    return seen;
}

// Every record, through the batch pipeline with ranges of `range_bytes` on `threads` threads.
std::vector<Seen> read_in_ranges(const std::vector<std::string>& paths, std::size_t max_line, unsigned threads,
                                 std::size_t range_bytes) {
    auto source = open(paths, max_line);
    batch::PipelineOptions options;
    options.threads = threads;
    options.batch_size = 3;
    options.range_bytes = range_bytes;
    StageTimes times;
    options.times = &times;
    std::vector<Seen> seen;
    auto failure = batch::run_pipeline<Seen>(
        *source, options,
        [](const RawRecord& record, std::uint64_t sequence) {
            batch::Done<Seen> done;
            done.item = Seen{record.where(), record.text, record.dropped_bytes, sequence};
            return done;
        },
        [&](batch::Done<Seen>& done) { seen.push_back(std::get<Seen>(done.item)); });
    REQUIRE_FALSE(failure);
    // A file of names could only have been cut on the workers.
    CHECK(times.split_ns > 0);
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
