// Batch input: profiles read one record at a time from JSON Lines, a directory of profile files
// or a CSV export of an applicant tracking system, so a batch of any size is streamed.
//
// Reading is split in two so that the costly half runs on worker threads: a RecordSource cuts
// the input into raw records (a line, a file, a CSV row), one thread at a time, and the
// record's RecordDecoder turns it into a Profile on any thread (decoders are immutable).
#pragma once

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "eligo/error.h"
#include "eligo/profile.h"

namespace eligo {

class RecordDecoder;

/// One record as read, not yet decoded.
struct RawRecord {
    std::string source;        ///< the input as named to the user ("-" reads as "stdin")
    std::uint64_t number = 0;  ///< line (JSON Lines), row (CSV; the header is row 1), or 0 (a whole file)
    std::string text;          ///< JSON text: a line, or a whole file
    std::vector<std::string> cells;  ///< a CSV row
    /// Non-zero when the record was longer than its source's limit: its length in bytes; the
    /// text was not kept, and decoding reports the size.
    std::uint64_t dropped_bytes = 0;
    const RecordDecoder* decoder = nullptr;

    /// Where the record is, for messages: `file:17`, `file row 17`, or `file`.
    std::string where() const;
    /// The same, into `out` (replacing what it held), to reuse its buffer.
    void where_into(std::string& out) const;
};

/// Turns raw records into profiles. Safe to call from several threads at once.
class RecordDecoder {
public:
    virtual ~RecordDecoder() = default;
    /// Errors name the record (`where()`) and the field, or the CSV column.
    virtual Expected<Profile> decode(const RawRecord& record, const ProfileReadOptions& options,
                                     std::vector<Warning>* warnings) const = 0;
    /// Renames profile field paths (`employment[1].employer_type`) to what the input calls
    /// them where it can, e.g. "column `Job 2 Sector`" for a CSV export, so that a request for
    /// missing information names what the applicant filled in. Paths it cannot name stay.
    virtual void name_fields(const RawRecord& record, std::vector<std::string>& fields) const {
        (void)record;
        (void)fields;
    }
    /// The record as the profile JSON it is read from (for a CSV row, the JSON its mapping
    /// makes of it), so that a decoded record can be kept as a profile; nullopt when a field of
    /// it could not be converted.
    virtual std::optional<std::string> profile_text(const RawRecord& record) const {
        return record.text;
    }
    /// The id of a record that could not be decoded, when it can still be told (its JSON is
    /// sound and the id a string, or a table row's id cell is filled); empty otherwise.
    virtual std::string id_of(const RawRecord& record) const {
        return record.dropped_bytes > 0 ? std::string() : profile_id_of(record.text);
    }
};

class RecordSource;

/// A byte range of an input that a worker cuts into records itself (RecordSource::claim).
struct InputRange {
    const RecordSource* source = nullptr;  ///< cuts it, with read_range
    std::size_t input = 0;                 ///< which input of a chain: line numbers start again at each
    std::uint64_t begin = 0, end = 0;      ///< bytes; a record belongs to the range it starts in
    bool last = false;                     ///< the input's last range: read on to the input's end
    std::uint64_t rows = 0;                ///< rows the range holds, where the claim counted them (CSV)
};

/// What RecordSource::claim found next.
enum class Claim {
    range,   ///< a range for a worker to read with read_range
    serial,  ///< this part of the input is read record by record with next()
    end,     ///< nothing is left
};

/// Cuts one input into raw records. `next` and `claim` are used by one thread at a time;
/// `read_range` by any number at once.
class RecordSource {
public:
    virtual ~RecordSource() = default;
    /// Reads the next record into `record`; false at the end of the input.
    virtual bool next(RawRecord& record) = 0;
    /// Claims the next range of the input, of about `want_bytes`, for a worker to cut into
    /// records with read_range, so that the cutting runs on every worker instead of one at a
    /// time. A source that cannot be read at an offset (a pipe, a table) answers `serial`.
    virtual Claim claim(InputRange& range, std::size_t want_bytes) {
        (void)range;
        (void)want_bytes;
        return Claim::serial;
    }
    /// Reads the records that start in `range` into `records` from index 0, reusing the
    /// elements there and adding more as needed; returns how many it read. `lines` receives the
    /// lines that start in the range, blank ones included, and each record's `number` counts
    /// from 1 within the range: the caller adds the lines of the input's earlier ranges.
    virtual std::size_t read_range(const InputRange& range, std::vector<RawRecord>& records,
                                   std::uint64_t& lines) const {
        (void)range;
        (void)records;
        lines = 0;
        return 0;
    }
    /// Bytes consumed so far, and the input's size when it is known (not for a pipe).
    virtual std::uint64_t bytes_read() const = 0;
    virtual std::optional<std::uint64_t> bytes_total() const = 0;
    /// Something that stopped the input part-way (a read error); empty when it ended normally.
    virtual std::optional<Error> failure() const { return std::nullopt; }
};

/// JSON Lines: one profile per line; blank lines are skipped. `-` reads standard input.
/// A line longer than `max_line_bytes` (0: no limit) is not kept in memory: it becomes a
/// record that reports its size, and reading carries on at the next line.
Expected<std::unique_ptr<RecordSource>> open_jsonl(const std::string& path, std::size_t max_line_bytes = 0);

/// Profile files, one profile each (`.json`). A file over `max_bytes` (0: no limit) is not
/// read: its record reports its size.
std::unique_ptr<RecordSource> open_profile_files(std::vector<std::string> paths, std::size_t max_bytes = 0);

/// How the columns of a CSV export feed the profile fields: see docs/screening.md.
class CsvMapping;

/// Reads a mapping file (JSON); every problem is reported with its field.
Expected<std::shared_ptr<const CsvMapping>> load_csv_mapping(const std::string& path);
/// The same from the mapping's text; errors are placed at `where`.
Expected<std::shared_ptr<const CsvMapping>> parse_csv_mapping(std::string text, const std::string& where);

/// How a table (a CSV file or a workbook) is opened.
struct TableOptions {
    /// Receives, once, the header's columns that hold protected characteristics (never read).
    std::vector<std::string>* ignored = nullptr;
    /// A workbook's sheet by name; empty for the first sheet.
    std::string sheet{};
    /// A CSV file's character set, any name iconv knows; over the mapping's `encoding`. Empty:
    /// UTF-8, and a cell that is not UTF-8 is read as Windows-1252 (said once to `notice`).
    std::string encoding{};
    /// Told what was assumed about the input, once per file: "FILE row N: not UTF-8 ...".
    std::function<void(const std::string&)> notice{};
    /// A workbook's shared strings are held in memory while its sheet is read: past this many
    /// bytes (a few kilobytes a row is usual) the workbook is refused.
    std::size_t max_shared_strings_bytes = 256u << 20;
};

/// A CSV file read through a mapping (RFC 4180 quoting, embedded newlines, a UTF-8 BOM, comma
/// or semicolon separators, UTF-8 or another character set through iconv). The header row is read and checked against the mapping when the
/// file opens: a mapped column missing from the header is an error naming it.
Expected<std::unique_ptr<RecordSource>> open_csv(const std::string& path, std::shared_ptr<const CsvMapping> mapping,
                                                 const TableOptions& options = {});

/// The same from an open stream, which the source closes; `name` names it in messages (e.g. a
/// CSV held in memory, opened with fmemopen).
Expected<std::unique_ptr<RecordSource>> open_csv(std::FILE* file, const std::string& name,
                                                 std::shared_ptr<const CsvMapping> mapping,
                                                 const TableOptions& options = {});

/// A workbook (`.xlsx`) read through the same mapping as a CSV export: the first sheet, or the
/// one `options.sheet` names; its first row that is not blank is the header. Shared and inline
/// strings, numbers and booleans are read as the cell shows them, and a day number in a date
/// column becomes that date.
Expected<std::unique_ptr<RecordSource>> open_xlsx(const std::string& path, std::shared_ptr<const CsvMapping> mapping,
                                                  const TableOptions& options = {});

/// One problem of a mapping's reading, with every record it stops.
struct RecordProblem {
    std::string source;                  ///< the input, as records name it
    std::string message;                 ///< the same for every record: column, value and what was expected
    std::string hint;
    std::vector<std::uint64_t> records;  ///< rows (a table), lines (JSON Lines), or 0 (a whole file)
};

/// What reading every record of an input would give, without screening any.
struct ReadCheck {
    std::uint64_t records = 0;
    std::uint64_t unreadable = 0;
    /// Grouped by input, column and value: one entry for "`Employer 1 Sector`: unknown value
    /// `Retail`" in 57 rows, not 57 messages. Ordered by input, then column, most records first.
    std::vector<RecordProblem> problems;
    std::optional<Error> failure;  ///< an input stopped part-way
};

/// Decodes every record of `source` (on this thread) and groups the problems.
ReadCheck check_records(RecordSource& source, const ProfileReadOptions& options);


/// Several inputs read one after the other, in the order given.
std::unique_ptr<RecordSource> chain(std::vector<std::unique_ptr<RecordSource>> sources);

/// A profile id carried by more than one record, with every place it was seen, in input order.
struct RepeatedId {
    std::string id;
    std::vector<std::string> places;  ///< `file:17`, `file row 17` or `file`, as records name them
};

/// Finds the profile ids that more than one record carries. Records may be added from several
/// threads at once and in any order, each with its sequence in the input, so that the workers
/// that read the records keep the register side by side; the ids found are listed in input
/// order, the first place of each first.
///
/// Memory: 64 to 128 bytes per distinct id, and about 1 MiB at least (a 64-bit hash of the id,
/// its first place and sequence, in tables kept at most half full, of which one of 2 MiB or more
/// is allocated in huge pages; the place's file name kept once per file), and no allocation per
/// record. Two different ids with the same hash would be taken for one: with 64 bits that is
/// about one chance in 10^7 for a million records.
class IdRegister {
public:
    IdRegister();
    ~IdRegister();
    IdRegister(const IdRegister&) = delete;
    IdRegister& operator=(const IdRegister&) = delete;

    /// Notes that the record at `where`, the `sequence`-th of the input (from 0), has profile id
    /// `id`; true when a record added before had it. Safe from several threads at once.
    bool add(std::string_view id, std::string_view where, std::uint64_t sequence);
    /// Starts bringing into the cache what `add(id, ...)` will look at: called as soon as a
    /// record's id is known, the work on the record hides the wait. Changes nothing.
    void prefetch(std::string_view id) const;
    /// The same for a caller that adds every record itself, in input order: the sequence is the
    /// count of records added so far. Not to be mixed with the form above.
    bool add(std::string_view id, std::string_view where);
    /// Every id seen more than once, in the order of their second record in the input, each
    /// with its places in input order; empties the register.
    std::vector<RepeatedId> take();

private:
    struct State;
    std::unique_ptr<State> state_;
};

/// A record that could not be read, with every problem found in it.
struct BadRecord {
    std::uint64_t sequence = 0;
    std::string where;
    std::vector<Error> errors;
    std::string id;  ///< when it could still be told (RecordDecoder::id_of); empty otherwise
};

/// A warning of the reader, counted over the batch: the same message (e.g. a protected
/// characteristic dropped) is reported once with how many records carried it.
struct BatchWarning {
    std::string message;
    std::string first;  ///< where it was first seen
    std::uint64_t count = 0;
};

/// How far a batch has gone, for a progress line.
struct BatchProgress {
    std::uint64_t records = 0;
    std::uint64_t bytes = 0;
    std::optional<std::uint64_t> total_bytes;
};

/// Time spent in each stage of a batch run, summed over its threads (nanoseconds). Reading
/// (claiming a range, or cutting records from an input that cannot be split) and writing are
/// done by one thread at a time; their share of the total is what bounds how far more threads
/// can speed a run up. Cutting a claimed range into records (`split_ns`) runs on every worker.
struct StageTimes {
    std::atomic<std::uint64_t> read_ns{0};
    std::atomic<std::uint64_t> split_ns{0};
    std::atomic<std::uint64_t> process_ns{0};
    std::atomic<std::uint64_t> write_ns{0};
};

}  // namespace eligo
