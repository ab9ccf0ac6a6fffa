// Fuzz target: the batch readers. The first byte chooses the reader, the rest is the input:
// even, JSON Lines; odd, a CSV export read through examples/screening/ats-mapping.json. Every
// record is decoded, then the whole input is screened for the Range 4 Rehousing Officer person
// specification through the JSON Lines writer. Besides crashes and sanitizer reports, it traps
// when a documented property fails:
// - every record names its place (`where()` is not empty) and its line or row only grows;
// - a record that cannot be decoded gives at least one error, none with an empty message;
// - the screen gives one row per good record and one report per bad record, in input order.
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "eligo/batch.h"
#include "eligo/rules.h"
#include "eligo/screen_output.h"
#include "eligo/screen_run.h"

namespace {

void require(bool property) {
    if (!property) __builtin_trap();
}

std::shared_ptr<const eligo::RuleSet> rules;
std::shared_ptr<const eligo::CsvMapping> mapping;

// The input as a file that the readers open by name, without touching the disk.
class MemoryFile {
public:
    explicit MemoryFile(std::string_view bytes) : fd_(memfd_create("batch", 0)) {
        require(fd_ >= 0);
        for (std::size_t done = 0; done < bytes.size();) {
            ssize_t n = write(fd_, bytes.data() + done, bytes.size() - done);
            require(n > 0);
            done += static_cast<std::size_t>(n);
        }
        path_ = "/proc/self/fd/" + std::to_string(fd_);
    }
    ~MemoryFile() { close(fd_); }
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;
    const std::string& path() const { return path_; }

private:
    int fd_;
    std::string path_;
};

// Counts what the screen writes, checking the order.
class Counting final : public eligo::ScreenSink {
public:
    std::uint64_t rows = 0, bad_records = 0, next = 0;
    void row(const eligo::ScreenRow& row) override {
        require(row.sequence == next++);
        ++rows;
    }
    void bad(const eligo::BadRecord& record) override {
        require(record.sequence == next++);
        require(!record.errors.empty());
        ++bad_records;
    }
    std::optional<eligo::Error> finish(const eligo::ScreenAudit&, const std::vector<eligo::BatchWarning>&) override {
        return std::nullopt;
    }
};

eligo::Expected<std::unique_ptr<eligo::RecordSource>> open(bool csv, const std::string& path) {
    if (csv) return eligo::open_csv(path, mapping);
    return eligo::open_jsonl(path, 1u << 16);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    eligo::RuleLoadOptions load;
    load.directory = ELIGO_SOURCE_DIR "/rules";
    auto loaded = eligo::load_rules(load);
    require(static_cast<bool>(loaded));
    rules = *loaded;
    auto m = eligo::load_csv_mapping(ELIGO_SOURCE_DIR "/examples/screening/ats-mapping.json");
    require(static_cast<bool>(m));
    mapping = *m;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    bool csv = (data[0] & 1) != 0;
    MemoryFile file(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));

    // Every record alone.
    auto source = open(csv, file.path());
    if (!source) {
        require(!source.errors().empty());  // e.g. a CSV header without the mapped columns
        return 0;
    }
    eligo::ProfileReadOptions options;
    options.max_bytes = 1u << 16;
    eligo::RawRecord record;
    std::uint64_t records = 0, good = 0, last = 0;
    while ((*source)->next(record)) {
        require(!record.where().empty());
        require(record.number > last);
        last = record.number;
        std::vector<eligo::Warning> warnings;
        auto profile = record.decoder->decode(record, options, &warnings);
        if (profile) {
            ++good;
        } else {
            require(!profile.errors().empty());
            for (const auto& e : profile.errors()) require(!e.message.empty());
        }
        ++records;
    }

    // The same input screened: one row or one report per record, in order.
    auto again = open(csv, file.path());
    require(static_cast<bool>(again));
    const eligo::Role* role = rules->find_role("job-profiles/rehousing-officer");
    require(role != nullptr);
    Counting sink;
    eligo::ScreenRunOptions run;
    run.target = {role, 0};
    run.as_of = *eligo::Date::parse("2026-11-24");
    run.read = options;
    // Two workers and small batches, so that most inputs pass through several batches taken
    // in turns at reading and writing.
    run.threads = 2;
    run.batch_size = 3;
    auto summary = eligo::run_screen(**again, *rules, run, sink);
    require(sink.rows == good);
    require(sink.rows + sink.bad_records == records);
    require(summary.audit.screened() == good);
    return 0;
}
