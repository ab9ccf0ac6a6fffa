// CSV exports read through a mapping: libcsv cuts the file into rows on the reading thread, and
// a CsvDecoder (the mapping resolved against the header) turns a row into a profile's JSON text
// on any thread, then into a Profile through the one profile reader that JSON files use too.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <deque>
#include <functional>
#include <mutex>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <csv.h>

#include "batch/csv_mapping.h"
#include "batch/rows.h"
#include "support/encoding.h"
#include "support/text.h"
#include "support/vocabulary.h"

namespace eligo {
namespace {

constexpr std::size_t kChunk = 64 * 1024;
// A row of an application is a few kilobytes; past this a quote was most likely left open and
// the rest of the file is being read as one cell.
constexpr std::size_t kMaxRowBytes = 1u << 20;

std::string backticked(std::string_view s) { return "`" + std::string(s) + "`"; }

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

// ---------------------------------------------------------------------------------------------
// Rows as libcsv reports them, counted as the file's rows are numbered (the header is row 1).

// Not strict: a stray quote in a cell is kept as text rather than failing the file. Every line
// break is reported so that blank lines count as rows, as a spreadsheet shows them.
void init_parser(csv_parser& parser, char delimiter) {
    csv_init(&parser, CSV_APPEND_NULL | CSV_REPALL_NL);
    csv_set_delim(&parser, static_cast<unsigned char>(delimiter));
}

// Every CR and LF outside quotes ends a row, but the LF of a CRLF.
struct RowEnds {
    bool after_cr = false;
    // At libcsv's row end `end`, with no cell since the last: whether a row ends here.
    bool ends_row(int end, bool no_cells) {
        bool crlf = no_cells && end == '\n' && after_cr;
        after_cr = end == '\r';
        return !crlf;
    }
};

// A row whose cells are all empty or spaces: counted, never a record.
bool blank_row(const std::vector<std::string>& cells) {
    return std::all_of(cells.begin(), cells.end(), [](const std::string& c) { return trimmed(c).empty(); });
}

// ---------------------------------------------------------------------------------------------
// Cutting: where a CSV file can be split into byte ranges that begin with a row, so that the
// workers parse the ranges side by side.

// A row longer than this is left to reading in order, which reports rows past kMaxRowBytes.
constexpr std::size_t kMaxCutRow = kMaxRowBytes / 2;

struct CsvScan {
    enum What {
        cut,     ///< `end` is just past a line feed that ends a row, at or after the offset asked
        more,    ///< no such line feed in the text given: give more of the file
        unsafe,  ///< the text holds what only reading in order can be trusted with
    } what = more;
    std::size_t end = 0;
    std::uint64_t rows = 0;  ///< rows ended before `end`, as the reader counts them (CRLF once)
};

// The first of `"`, LF or CR in text[i, n), or n.
std::size_t next_special(const char* text, std::size_t i, std::size_t n) {
#ifdef __SSE2__
    const __m128i quote = _mm_set1_epi8('"'), lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
    for (; i + 16 <= n; i += 16) {
        __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text + i));
        __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, lf)),
                                   _mm_cmpeq_epi8(bytes, cr));
        if (int mask = _mm_movemask_epi8(hit)) return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    }
#endif
    for (; i < n; ++i)
        if (text[i] == '"' || text[i] == '\n' || text[i] == '\r') return i;
    return n;
}

// Scans `text`, which starts with a row, for the first line feed at or after `from` that ends a
// row (outside quotes); with `rows_wanted`, for the line feed that ends that many rows instead.
// Only the plain RFC 4180 forms are trusted: a quote that opens a cell right after a
// separator or a line break, and one that closes it right before one (or a doubled quote
// inside). Anything else (a stray quote, spaces around a quoted cell, a very long row) is
// `unsafe`: the parser has readings of its own for those, so the rest of the file is read in
// order, exactly as it always was. `at_end`: the text reaches the end of the file.
CsvScan scan_csv(std::string_view text, std::size_t from, char delimiter, bool at_end, std::uint64_t rows_wanted = 0) {
    CsvScan scan;
    const char* t = text.data();
    std::size_t n = text.size(), row_start = 0;
    bool quoted = false;
    for (std::size_t i = 0; i < n;) {
        if (quoted) {
            const void* q = std::memchr(t + i, '"', n - i);
            if (!q) break;
            i = static_cast<std::size_t>(static_cast<const char*>(q) - t);
            if (i + 1 == n) {
                if (!at_end) return scan;  // more: a doubled quote may straddle the end
                quoted = false;
                ++i;
                continue;
            }
            char after = t[i + 1];
            if (after == '"') {
                i += 2;
            } else if (after == delimiter || after == '\n' || after == '\r') {
                quoted = false;
                ++i;
            } else {
                scan.what = CsvScan::unsafe;
                return scan;
            }
            continue;
        }
        std::size_t j = next_special(t, i, n);
        if (j == n) break;
        char c = t[j];
        if (c == '"') {
            if (j > 0 && t[j - 1] != delimiter && t[j - 1] != '\n' && t[j - 1] != '\r') {
                scan.what = CsvScan::unsafe;
                return scan;
            }
            quoted = true;
            i = j + 1;
            continue;
        }
        // A row ends at every CR and LF outside quotes, but a LF right after a CR (CRLF).
        bool crlf = c == '\n' && j > 0 && t[j - 1] == '\r';
        if (!crlf) ++scan.rows;
        if (j - row_start > kMaxCutRow) {
            scan.what = CsvScan::unsafe;
            return scan;
        }
        row_start = j + 1;
        bool done = rows_wanted ? scan.rows == rows_wanted : j >= from;
        if (done && c == '\n') {
            scan.what = CsvScan::cut;
            scan.end = j + 1;
            return scan;
        }
        if (done && rows_wanted && (j + 1 == n || t[j + 1] != '\n')) {
            scan.what = CsvScan::unsafe;  // the rows end with a lone CR: no line feed to cut at
            return scan;
        }
        i = j + 1;
    }
    if (n - row_start > kMaxCutRow || (at_end && quoted)) {
        scan.what = CsvScan::unsafe;
        return scan;
    }
    if (at_end && !rows_wanted) {
        scan.what = CsvScan::cut;
        scan.end = n;
    }
    return scan;
}

// Reads `size` bytes at `offset`, fewer at the end of the file; false on a read error (errno).
bool read_at(int fd, std::uint64_t offset, std::size_t size, std::string& out) {
    out.resize(size);
    std::size_t got = 0;
    while (got < size) {
        ssize_t n = ::pread(fd, out.data() + got, size - got, static_cast<off_t>(offset + got));
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return false;
        if (n == 0) break;
        got += static_cast<std::size_t>(n);
    }
    out.resize(got);
    return true;
}

// ---------------------------------------------------------------------------------------------
// Decoding: the mapping resolved against one file's header.

/// A field of the mapping bound to its column's position in this file (-1 for a constant).
struct Binding {
    const FieldRule* rule = nullptr;
    int index = -1;
    std::string column;  ///< the column's name, `{n}` filled in
};

struct ObjectPlan {
    std::string key;
    std::vector<Binding> fields;
};

struct ListPlan {
    std::string key;
    bool blank_is_empty = false;
    std::vector<std::vector<Binding>> instances;  ///< every group's instances, in order
};

/// Which column fed which profile field path, so the reader's errors can name the column.
using Trace = std::vector<std::pair<std::string, const Binding*>>;

class CsvDecoder final : public RecordDecoder {
public:
    CsvDecoder(std::shared_ptr<const CsvMapping> mapping, std::size_t columns, const RowReader& reader)
        : mapping_(std::move(mapping)), columns_(columns), workbook_(reader.workbook()), date1904_(reader.date1904()) {}

    Binding id;
    std::vector<Binding> name;  ///< the name's columns, in order
    std::vector<ObjectPlan> objects;
    std::vector<ListPlan> lists;

    Expected<Profile> decode(const RawRecord& record, const ProfileReadOptions& options,
                             std::vector<Warning>* warnings) const override {
        std::string where = record.where();
        // A sheet pads short rows and keeps one cell of a long one (see RowReader::header_width).
        if (record.cells.size() != columns_ && workbook_)
            return Error{ErrorCode::profile_syntax, where,
                         "row has cells past the header's " + std::to_string(columns_) + " columns", {}};
        if (record.cells.size() != columns_)
            return Error{ErrorCode::profile_syntax, where,
                         "row has " + std::to_string(record.cells.size()) + " cells, the header " +
                             std::to_string(columns_),
                         {}};
        std::vector<Error> errors;
        std::string json = profile_json(record, where, errors, nullptr);
        // Fields in error are left out, and the reader still checks the rest: every problem of
        // the row is reported at once.
        auto profile = parse_profile(json, where, options, warnings);
        if (profile && errors.empty()) return profile;
        if (profile) return errors;
        // Say which column each field came from: the row written again, keeping the trace.
        Trace trace;
        std::vector<Error> again;
        profile_json(record, where, again, &trace);
        for (Error e : profile.errors()) {
            e.message = with_column(e.message, trace, record);
            // A field left out for a bad cell is "missing" to the reader: said once is enough.
            bool said = std::any_of(errors.begin(), errors.end(), [&](const Error& earlier) {
                auto end = earlier.message.find("`: ");
                return end != std::string::npos && e.message.starts_with(earlier.message.substr(0, end + 3));
            });
            if (!said) errors.push_back(std::move(e));
        }
        return errors;
    }

    std::string id_of(const RawRecord& record) const override {
        if (id.index < 0 || static_cast<std::size_t>(id.index) >= record.cells.size()) return {};
        return record.cells[static_cast<std::size_t>(id.index)];
    }

    std::optional<std::string> profile_text(const RawRecord& record) const override {
        if (record.cells.size() != columns_) return std::nullopt;
        std::vector<Error> errors;
        std::string json = profile_json(record, record.where(), errors, nullptr);
        if (!errors.empty()) return std::nullopt;
        return json;
    }

    void name_fields(const RawRecord& record, std::vector<std::string>& fields) const override {
        if (record.cells.size() != columns_) return;
        Trace trace;  // built once, when a list's field is asked for
        bool traced = false;
        for (auto& field : fields) {
            if (std::string columns = object_columns(field); !columns.empty()) {
                field = std::move(columns);
                continue;
            }
            const std::string* column = object_column(field);
            if (!column) {
                if (!traced) {
                    std::vector<Error> ignored;
                    profile_json(record, record.where(), ignored, &trace);
                    traced = true;
                }
                for (const auto& [path, fed_by] : trace)
                    if (path == field) column = &fed_by->column;
            }
            if (column) field = "column " + backticked(*column);
        }
    }

private:
    std::shared_ptr<const CsvMapping> mapping_;
    std::size_t columns_;
    bool workbook_;  ///< cells from a workbook: UTF-8 always, dates may be day numbers
    bool date1904_;

    // The columns of a whole object (`driving`) as one request: "columns `Licence`, `Car`".
    std::string object_columns(std::string_view key) const {
        std::vector<std::string> names;
        for (const auto& object : objects)
            if (object.key == key)
                for (const auto& b : object.fields)
                    if (!b.rule->is_constant()) names.push_back(backticked(b.column));
        if (names.empty()) return {};
        std::string out = names.size() == 1 ? "column " : "columns ";
        for (std::size_t i = 0; i < names.size(); ++i) out += (i ? ", " : "") + names[i];
        return out;
    }

    // The column of an object's field (`driving.licence`), whether or not the row fills it.
    const std::string* object_column(std::string_view path) const {
        auto dot = path.find('.');
        if (dot == std::string_view::npos) return nullptr;
        for (const auto& object : objects) {
            if (object.key != path.substr(0, dot)) continue;
            for (const auto& b : object.fields)
                if (!b.rule->is_constant() && b.rule->key == path.substr(dot + 1)) return &b.column;
        }
        return nullptr;
    }

    std::string cell_text(const RawRecord& record, const Binding& b, std::vector<Error>& errors,
                          const std::string& where) const {
        std::string_view raw = trimmed(record.cells[static_cast<std::size_t>(b.index)]);
        // The reader has turned any other character set into UTF-8; what is left is a file said to be UTF-8.
        if (!text::valid_utf8(raw)) {
            errors.push_back({ErrorCode::profile_field, where, "column " + backticked(b.column) + ": not UTF-8 text",
                              "save the export as \"CSV UTF-8\", or give its encoding: --encoding windows-1252"});
            return {};
        }
        return std::string(raw);
    }

    static bool blank(const RawRecord& record, const Binding& b) {
        return b.index < 0 || trimmed(record.cells[static_cast<std::size_t>(b.index)]).empty();
    }

    // Appends `"key": value` for one field; false (nothing appended) when the field is absent.
    bool append_field(std::string& out, const RawRecord& record, const Binding& b, const std::string& path,
                      std::vector<Error>& errors, const std::string& where, Trace* trace) const {
        const FieldRule& rule = *b.rule;
        std::string value;
        if (rule.is_constant()) {
            value = rule.constant;
        } else if (blank(record, b)) {
            value = rule.fallback;
        } else {
            std::string cell = cell_text(record, b, errors, where);
            if (!cell.empty()) value = cell_json(cell, b, errors, where);
        }
        if (trace && !rule.is_constant()) trace->emplace_back(path, &b);
        if (value.empty()) return false;
        out += out.back() == '{' ? "" : ",";
        text::append_json_string(out, rule.key);
        out += ':';
        out += value;
        return true;
    }

    // A cell as the JSON value of its field; "" when it says nothing or is in error.
    std::string cell_json(const std::string& cell, const Binding& b, std::vector<Error>& errors,
                          const std::string& where) const {
        const FieldRule& rule = *b.rule;
        if (rule.kind == CellKind::tags) return tags_json(cell, b, errors, where);
        if (!rule.values.empty()) {
            if (const std::string* to = rule.translate(cell)) return *to;
            // A cell the table does not list is read as the field reads any cell ("Present"
            // listed as null, real dates still dates); a word the field does not know is named
            // against the table, whose words the export uses.
            if (!knows(rule, cell)) {
                unlisted(cell, b, errors, where);
                return {};
            }
        }
        std::string out;
        switch (rule.kind) {
            case CellKind::date: {
                if (workbook_) {
                    if (auto day = serial_date(cell)) {
                        text::append_json_string(out, day->to_string());
                        return out;
                    }
                }
                auto iso = iso_date(cell, mapping_->date_formats);
                if (!iso) {
                    std::string formats;
                    for (const auto& f : mapping_->date_formats) formats += (formats.empty() ? "" : " or ") + f;
                    errors.push_back({ErrorCode::profile_field, where,
                                      "column " + backticked(b.column) + ": expected a date " + formats + ", got " +
                                          backticked(cell),
                                      {}});
                } else if (!Date::parse(*iso)) {
                    errors.push_back({ErrorCode::profile_field, where,
                                      "column " + backticked(b.column) + ": " + backticked(cell) + " is not a calendar date",
                                      {}});
                } else {
                    text::append_json_string(out, *iso);
                }
                return out;
            }
            case CellKind::number: {
                double number = 0;
                auto [end, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), number);
                if (ec != std::errc() || end != cell.data() + cell.size() || !std::isfinite(number)) {
                    text::append_json_string(out, cell);  // the reader says what was expected
                    return out;
                }
                char shortest[32];
                auto written = std::to_chars(shortest, shortest + sizeof shortest, number);
                return std::string(shortest, written.ptr);
            }
            case CellKind::boolean: {
                std::string word = folded(cell);
                if (word == "yes" || word == "y" || word == "true") return "true";
                if (word == "no" || word == "n" || word == "false") return "false";
                text::append_json_string(out, cell);
                return out;
            }
            default: text::append_json_string(out, cell); return out;
        }
    }

    // A workbook stores a date as its day number, shown as a date by the cell's format.
    std::optional<Date> serial_date(const std::string& cell) const {
        double serial = 0;
        auto [end, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), serial);
        if (ec != std::errc() || end != cell.data() + cell.size()) return std::nullopt;
        return workbook_date(serial, date1904_);
    }

    std::string tags_json(const std::string& cell, const Binding& b, std::vector<Error>& errors,
                          const std::string& where) const {
        const FieldRule& rule = *b.rule;
        std::string items;
        auto add = [&](std::string_view item) {
            item = trimmed(item);
            if (item.empty()) return;
            std::string json;
            if (rule.values.empty()) {
                text::append_json_string(json, item);
            } else if (const std::string* to = rule.translate(item)) {
                json = *to;
            } else if (knows(rule, item)) {
                text::append_json_string(json, item);
            } else {
                unlisted(std::string(item), b, errors, where);
            }
            if (json.empty()) return;
            items += (items.empty() ? "" : ",") + json;
        };
        std::string_view rest = cell;
        if (rule.split.empty()) {
            add(rest);
        } else {
            for (auto pos = rest.find(rule.split); pos != std::string_view::npos; pos = rest.find(rule.split)) {
                add(rest.substr(0, pos));
                rest.remove_prefix(pos + rule.split.size());
            }
            add(rest);
        }
        return items.empty() ? std::string() : "[" + items + "]";
    }

    // Whether the field reads the cell by itself: any cell, but for a word of the profile's vocabulary.
    static bool knows(const FieldRule& rule, std::string_view cell) {
        return !rule.vocabulary || vocabulary::contains(*rule.vocabulary, std::string(cell));
    }

    static void unlisted(const std::string& cell, const Binding& b, std::vector<Error>& errors, const std::string& where) {
        const auto& labels = b.rule->labels;
        std::string accepted;
        for (const auto& l : labels) accepted += (accepted.empty() ? "" : ", ") + backticked(l);
        std::string hint = nearest(cell, labels);
        errors.push_back({ErrorCode::profile_field, where,
                          "column " + backticked(b.column) + ": unknown value " + backticked(cell) +
                              "; expected one of " + accepted,
                          hint.empty() ? "" : "did you mean " + backticked(hint) + "?"});
    }

    bool append_object(std::string& out, const RawRecord& record, const std::vector<Binding>& fields,
                       const std::string& path, std::vector<Error>& errors, const std::string& where,
                       Trace* trace) const {
        std::string object = "{";
        for (const auto& b : fields)  // paths only for the trace: the common case needs none
            append_field(object, record, b, trace ? path + "." + b.rule->key : std::string(), errors, where, trace);
        if (object.size() == 1) return false;
        out += object + "}";
        return true;
    }

    std::string profile_json(const RawRecord& record, const std::string& where, std::vector<Error>& errors,
                             Trace* trace) const {
        std::string out = "{";
        append_field(out, record, id, "id", errors, where, trace);
        std::string full_name;
        for (const auto& part : name) {
            if (blank(record, part)) continue;
            full_name += (full_name.empty() ? "" : " ") + cell_text(record, part, errors, where);
        }
        if (!full_name.empty()) {
            out += out.size() == 1 ? "\"name\":" : ",\"name\":";
            text::append_json_string(out, full_name);
        }
        for (const auto& object : objects) {
            if (!std::any_of(object.fields.begin(), object.fields.end(),
                             [&](const Binding& b) { return !blank(record, b); }))
                continue;
            std::string value;
            if (!append_object(value, record, object.fields, object.key, errors, where, trace)) continue;
            out += (out.size() == 1 ? "\"" : ",\"") + object.key + "\":" + value;
        }
        for (const auto& list : lists) {
            std::string items;
            std::size_t count = 0;
            for (const auto& instance : list.instances) {
                // A numbered slot the applicant left empty is no record at all.
                if (std::all_of(instance.begin(), instance.end(), [&](const Binding& b) { return blank(record, b); }))
                    continue;
                std::string path = trace ? list.key + "[" + std::to_string(count) + "]" : std::string();
                if (count > 0) items += ',';
                if (!append_object(items, record, instance, path, errors, where, trace)) items += "{}";
                ++count;
            }
            if (count == 0 && !list.blank_is_empty) continue;
            out += (out.size() == 1 ? "\"" : ",\"") + list.key + "\":[" + items + "]";
        }
        out += '}';
        return out;
    }

    // `employment[1].hours_per_week: expected ...` -> `column `Job 2 Hours`: expected ... (cell
    // `full time`)`: the column the recruiter knows, and the cell as written unless the message
    // already quotes it.
    static std::string with_column(const std::string& message, const Trace& trace, const RawRecord& record) {
        auto colon = message.find(": ");
        if (colon == std::string::npos) return message;
        std::string_view path(message.data(), colon);
        for (const auto& [field, b] : trace) {
            if (!path.starts_with(field)) continue;
            if (path.size() > field.size() && path[field.size()] != '[') continue;
            std::string out = "column " + backticked(b->column) + message.substr(colon);
            if (b->index < 0) return out;
            std::string_view cell = trimmed(record.cells[static_cast<std::size_t>(b->index)]);
            if (!cell.empty() && out.find(backticked(cell)) == std::string::npos &&
                out.find("\"" + std::string(cell) + "\"") == std::string::npos)
                out += " (cell " + backticked(cell) + ")";
            return out;
        }
        return message;
    }
};

// ---------------------------------------------------------------------------------------------
// Reading: rows out of libcsv, a chunk at a time.

class CsvReader final : public RowReader {
public:
    CsvReader(std::FILE* file, std::string name, bool owned, char delimiter, std::unique_ptr<Transcoder> transcoder,
              bool detect, std::function<void(const std::string&)> notice)
        : file_(file), name_(std::move(name)), owned_(owned), delimiter_(delimiter), transcoder_(std::move(transcoder)),
          detect_(detect), notice_(std::move(notice)) {
        init_parser(parser_, delimiter_);
        struct stat st {};
        if (fstat(fileno(file_), &st) == 0 && S_ISREG(st.st_mode)) total_ = static_cast<std::uint64_t>(st.st_size);
    }
    ~CsvReader() {
        csv_free(&parser_);
        if (owned_) std::fclose(file_);
    }
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    /// The next row that is not blank; false at the end of the file or after a failure.
    bool next(Row& row) override {
        for (;;) {
            while (ready_.empty()) {
                if (done_ || failure_) return false;
                read_chunk();
            }
            row = std::move(ready_.front());
            ready_.pop_front();
            if (blank_row(row.cells)) continue;
            for (auto& cell : row.cells) to_utf8(cell, row.number);
            return true;
        }
    }

    const std::string& name() const override { return name_; }
    std::uint64_t bytes_read() const override { return read_; }
    std::optional<std::uint64_t> bytes_total() const override { return total_; }
    const std::optional<Error>& failure() const override { return failure_; }

    // For reading in byte ranges (CsvSource::claim): a regular file opened by name, read as
    // UTF-8 (said, or assumed with the Windows-1252 fallback) rather than through iconv.
    bool splittable() const { return owned_ && total_.has_value() && !transcoder_ && fileno(file_) >= 0; }
    int descriptor() const { return fileno(file_); }
    char delimiter() const { return delimiter_; }
    /// Cells that are not UTF-8 are read as Windows-1252 (and said once): a range must be checked.
    bool assumes_encoding() const { return detect_; }
    /// Reads on in order from `offset`, a row's first byte, `rows` rows into the file.
    void restart_at(std::uint64_t offset, std::uint64_t rows) {
        csv_free(&parser_);
        init_parser(parser_, delimiter_);
        ready_.clear();
        cells_.clear();
        rows_ = rows;
        row_bytes_ = 0;
        ends_ = {};
        done_ = false;
        read_ = offset;
        if (::fseeko(file_, static_cast<off_t>(offset), SEEK_SET) != 0)
            failure_ = Error{ErrorCode::io, name_, "read error after row " + std::to_string(rows_), {}};
    }

private:
    std::FILE* file_;
    std::string name_;
    bool owned_;
    char delimiter_;
    std::unique_ptr<Transcoder> transcoder_;  ///< the export's character set, when it is given and not UTF-8
    bool detect_;                             ///< not given: UTF-8, or Windows-1252 where a cell is not UTF-8
    std::unique_ptr<Transcoder> assumed_;     ///< Windows-1252, once a cell needed it
    std::function<void(const std::string&)> notice_;
    csv_parser parser_{};
    std::optional<std::uint64_t> total_;
    std::uint64_t read_ = 0;
    std::uint64_t rows_ = 0;       ///< rows ended so far, blank ones included
    std::size_t row_bytes_ = 0;    ///< size of the row being read
    RowEnds ends_;
    bool done_ = false;
    std::vector<std::string> cells_;
    std::deque<Row> ready_;
    std::optional<Error> failure_;

    // Cells become UTF-8 here, on the reading thread: iconv keeps state, and the header is a row too.
    void to_utf8(std::string& cell, std::uint64_t row) {
        bool ascii = std::all_of(cell.begin(), cell.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        if (ascii) return;
        if (transcoder_) {
            cell = transcoder_->to_utf8(cell);
            return;
        }
        if (!detect_ || text::valid_utf8(cell)) return;
        if (!assumed_) {
            assumed_ = std::make_unique<Transcoder>(kAssumedEncoding);
            if (notice_)
                notice_(name_ + " row " + std::to_string(row) +
                        ": not UTF-8 text; the file is read as Windows-1252 (--encoding names another)");
        }
        cell = assumed_->to_utf8(cell);
    }

    static void on_cell(void* text, std::size_t size, void* self) {
        auto* reader = static_cast<CsvReader*>(self);
        reader->cells_.emplace_back(static_cast<const char*>(text), size);
        reader->row_bytes_ += size + 1;
    }

    static void on_row(int end, void* self) {
        auto* reader = static_cast<CsvReader*>(self);
        if (!reader->ends_.ends_row(end, reader->cells_.empty())) return;
        ++reader->rows_;
        reader->row_bytes_ = 0;
        if (reader->cells_.empty()) return;  // a blank line: counted, not kept
        reader->ready_.push_back({reader->rows_, std::move(reader->cells_)});
        reader->cells_.clear();
    }

    void read_chunk() {
        char buffer[kChunk];
        std::size_t n = std::fread(buffer, 1, sizeof buffer, file_);
        std::size_t skip = 0;
        // A byte-order mark is how Excel starts a "CSV UTF-8" file; it is not part of the header.
        if (read_ == 0 && n >= 3 && std::string_view(buffer, 3) == "\xEF\xBB\xBF") skip = 3;
        read_ += n;
        if (n > skip && csv_parse(&parser_, buffer + skip, n - skip, on_cell, on_row, this) != n - skip) {
            failure_ = Error{ErrorCode::io, name_, std::string("cannot read the CSV: ") + csv_strerror(csv_error(&parser_)), {}};
            return;
        }
        if (row_bytes_ + parser_.entry_pos > kMaxRowBytes) {
            failure_ = Error{ErrorCode::profile_limit, name_ + " row " + std::to_string(rows_ + 1),
                             "row is over " + std::to_string(kMaxRowBytes >> 20) + " MiB; reading stopped",
                             "is a double quote left open? every quoted cell needs its closing quote"};
            return;
        }
        if (n < sizeof buffer) {
            if (std::ferror(file_)) {
                failure_ = Error{ErrorCode::io, name_, "read error after row " + std::to_string(rows_), {}};
                return;
            }
            csv_fini(&parser_, on_cell, on_row, this);
            done_ = true;
        }
    }
};

// The rows of one range of a CSV file, as the reader would give them: blank rows counted and
// skipped, CRLF one row end.
struct RangeRows {
    std::vector<RawRecord>& records;
    const std::string& source;
    const RecordDecoder* decoder;
    std::uint64_t first_row;  ///< rows of the file before the range
    std::size_t n = 0;        ///< records filled
    std::uint64_t rows = 0;   ///< rows ended, blank ones included
    RowEnds ends{};
    std::vector<std::string> cells{};

    static void on_cell(void* text, std::size_t size, void* self) {
        static_cast<RangeRows*>(self)->cells.emplace_back(static_cast<const char*>(text), size);
    }
    static void on_row(int end, void* self) {
        auto& r = *static_cast<RangeRows*>(self);
        if (!r.ends.ends_row(end, r.cells.empty())) return;
        ++r.rows;
        if (!blank_row(r.cells)) {
            if (r.n == r.records.size()) r.records.emplace_back();
            RawRecord& record = r.records[r.n++];
            record.source = r.source;
            record.number = r.first_row + r.rows;
            record.text.clear();
            record.dropped_bytes = 0;
            record.cells = std::move(r.cells);
            record.decoder = r.decoder;
        }
        r.cells.clear();
    }
};

// Owns the file's decoder: the records it yields point to it, so it must outlive their decoding.
//
// A CSV file opened by name, in UTF-8, is also handed out in byte ranges that begin with a row
// (claim): the claim finds where each range's last row ends, with a scan for quotes and line
// breaks, and the workers parse the ranges into rows side by side (read_range). Where the scan
// meets what it cannot vouch for (see scan_csv), or a range that is not UTF-8 where the
// Windows-1252 fallback may be needed, the rest of the file is read in order from there.
class CsvSource final : public RecordSource {
public:
    CsvSource(std::unique_ptr<RowReader> reader, std::shared_ptr<const CsvDecoder> decoder, std::size_t columns,
              std::uint64_t header_row)
        : reader_(std::move(reader)), decoder_(std::move(decoder)), columns_(columns), header_row_(header_row) {
        auto* csv = dynamic_cast<CsvReader*>(reader_.get());
        if (csv && csv->splittable()) {
            csv_ = csv;
            fd_ = csv->descriptor();
            delimiter_ = csv->delimiter();
        }
    }

    Claim claim(InputRange& range, std::size_t want_bytes) override {
        if (!csv_ || serial_) return Claim::serial;
        if (!started_ && !start()) return to_serial();
        if (last_claimed_ || failure()) return Claim::end;
        std::uint64_t total = *csv_->bytes_total();
        std::size_t want = std::max<std::size_t>(want_bytes, 1);
        // The range's bytes, and as many more as it takes to reach the end of its last row.
        std::size_t size = want;
        CsvScan scan;
        for (;;) {
            if (!read_at(fd_, claimed_, size, scan_buffer_)) return to_serial();
            bool at_end = claimed_ + scan_buffer_.size() >= total || scan_buffer_.size() < size;
            scan = scan_csv(scan_buffer_, want - 1, delimiter_, at_end);
            if (scan.what != CsvScan::more) break;
            if (at_end || size >= want + kMaxCutRow) return to_serial();
            size = std::min(size * 2, want + kMaxCutRow);
        }
        if (scan.what == CsvScan::unsafe) return to_serial();
        std::string_view bytes(scan_buffer_.data(), scan.end);
        if (csv_->assumes_encoding() && !text::valid_utf8(bytes)) return to_serial();
        range.source = this;
        range.input = 0;
        range.begin = claimed_;
        range.end = claimed_ + scan.end;
        range.last = last_claimed_ = range.end >= total;
        range.rows = scan.rows;
        claimed_ = range.end;
        rows_ += scan.rows;
        return Claim::range;
    }

    std::size_t read_range(const InputRange& range, std::vector<RawRecord>& records,
                           std::uint64_t& lines) const override {
        thread_local std::string bytes;
        lines = 0;
        if (!read_at(fd_, range.begin, static_cast<std::size_t>(range.end - range.begin), bytes)) {
            fail("read error at byte " + std::to_string(range.begin) + ": " + std::strerror(errno));
            return 0;
        }
        if (bytes.size() != range.end - range.begin) {
            fail("read error at byte " + std::to_string(range.begin + bytes.size()) +
                 ": the file is shorter than when it was read (was it changed while being screened?)");
            return 0;
        }
        // Row numbers count from the range's first row; the pipeline adds the rows of the
        // ranges before it.
        RangeRows rows{records, csv_->name(), decoder_.get(), header_row_};
        csv_parser parser{};
        init_parser(parser, delimiter_);
        bool parsed = csv_parse(&parser, bytes.data(), bytes.size(), RangeRows::on_cell, RangeRows::on_row, &rows) == bytes.size();
        if (parsed) csv_fini(&parser, RangeRows::on_cell, RangeRows::on_row, &rows);
        csv_free(&parser);
        // The scan and the parser must agree on where rows end; they do for every form the
        // scan trusts. Were they ever to differ, the run says so rather than misnumber rows.
        if (!parsed || (!range.last && rows.rows != range.rows)) {
            fail("rows could not be told apart in bytes " + std::to_string(range.begin) + " to " +
                 std::to_string(range.end) + "; read the file with --threads 1");
            return 0;
        }
        lines = rows.rows;
        return rows.n;
    }

    bool next(RawRecord& record) override {
        serial_ = true;
        Row row;
        if (!reader_->next(row)) return false;
        // A sheet leaves out the empty cells at the end of a row; a CSV row has them all.
        if (reader_->workbook() && row.cells.size() < columns_) row.cells.resize(columns_);
        record.source = reader_->name();
        record.number = row.number;
        record.text.clear();
        record.dropped_bytes = 0;
        record.cells = std::move(row.cells);
        record.decoder = decoder_.get();
        return true;
    }
    std::uint64_t bytes_read() const override { return started_ && !serial_ ? claimed_ : reader_->bytes_read(); }
    std::optional<std::uint64_t> bytes_total() const override { return reader_->bytes_total(); }
    std::optional<Error> failure() const override {
        if (auto f = reader_->failure()) return f;
        std::lock_guard lock(failure_mutex_);
        return failure_;
    }

private:
    std::unique_ptr<RowReader> reader_;
    std::shared_ptr<const CsvDecoder> decoder_;
    std::size_t columns_;
    std::uint64_t header_row_;      ///< the header's row number: the rows every range counts on from
    CsvReader* csv_ = nullptr;      ///< the reader, when the file can be read in ranges
    // The file and its separator, for the workers: the reader itself is restarted, under the
    // claim's turn, while they read their ranges.
    int fd_ = -1;
    char delimiter_ = ',';
    bool serial_ = false;           ///< read in order from here on
    bool started_ = false;          ///< the first range was claimed
    bool last_claimed_ = false;
    std::uint64_t claimed_ = 0;     ///< bytes claimed: the next range's first byte
    std::uint64_t rows_ = 0;        ///< rows ended before `claimed_`
    std::string scan_buffer_;       ///< used by claim, one thread at a time
    mutable std::mutex failure_mutex_;      // workers reading ranges report errors at once
    mutable std::optional<Error> failure_;  // guarded by failure_mutex_

    // Finds where the header ends: the ranges begin there.
    bool start() {
        started_ = true;
        std::uint64_t total = *csv_->bytes_total();
        std::string& head = scan_buffer_;
        for (std::size_t size = 64u << 10;; size *= 2) {
            if (!read_at(fd_, 0, size, head)) return false;
            bool at_end = head.size() >= total || head.size() < size;
            std::size_t bom = std::string_view(head).starts_with("\xEF\xBB\xBF") ? 3 : 0;
            CsvScan scan = scan_csv(std::string_view(head).substr(bom), 0, delimiter_, at_end, header_row_);
            if (scan.what == CsvScan::cut && scan.rows == header_row_) {
                claimed_ = bom + scan.end;
                rows_ = header_row_;
                return claimed_ < total;  // nothing after the header: read in order (it ends)
            }
            if (scan.what != CsvScan::more || at_end || size > kMaxRowBytes) return false;
        }
    }

    // Reads the rest of the file in order, from the first byte not claimed; where the header's
    // end was not found, the reader goes on from the header, where it is.
    Claim to_serial() {
        serial_ = true;
        if (claimed_ > 0) csv_->restart_at(claimed_, rows_);
        return Claim::serial;
    }

    void fail(const std::string& message) const {
        std::lock_guard lock(failure_mutex_);
        if (!failure_) failure_ = Error{ErrorCode::io, csv_->name(), message, {}};
    }
};

// The mapping's columns found in the header; every missing one is an error naming it.
class Resolver {
public:
    Resolver(const std::vector<std::string>& header, std::string source)
        : header_(header), source_(std::move(source)) {}
    std::vector<Error> errors;

    Binding bind(const FieldRule& rule, int n, const std::string& feeds) {
        Binding b{&rule, -1, rule.column_for(n)};
        if (rule.is_constant()) return b;
        b.index = index_of(b.column, feeds);
        return b;
    }

    int index_of(const std::string& column, const std::string& feeds) {
        int found = -1;
        for (std::size_t i = 0; i < header_.size(); ++i) {
            if (header_[i] != column) continue;
            if (found >= 0) {
                fail("column " + backticked(column) + " (for `" + feeds + "`) is in the header twice", {});
                break;
            }
            found = static_cast<int>(i);
        }
        if (found < 0) {
            std::string hint = nearest(column, header_);
            fail("column " + backticked(column) + " (for `" + feeds + "`) is not in the header",
                 hint.empty() ? "" : "did you mean " + backticked(hint) + "?");
        }
        return found;
    }

private:
    const std::vector<std::string>& header_;
    std::string source_;

    void fail(const std::string& message, const std::string& hint) {
        errors.push_back({ErrorCode::usage, source_, message, hint});
    }
};

Expected<std::shared_ptr<const CsvDecoder>> resolve(std::shared_ptr<const CsvMapping> mapping,
                                                    const std::vector<std::string>& header,
                                                    const RowReader& reader) {
    const CsvMapping& m = *mapping;
    const std::string& source = reader.name();
    auto decoder = std::make_shared<CsvDecoder>(mapping, header.size(), reader);
    Resolver resolver(header, source);
    decoder->id = resolver.bind(m.id, 1, "id");
    for (const auto& column : m.name_columns) decoder->name.push_back({nullptr, resolver.index_of(column, "name"), column});
    for (const auto& o : m.objects) {
        ObjectPlan plan{o.key, {}};
        for (const auto& f : o.fields) plan.fields.push_back(resolver.bind(f, 1, o.key + "." + f.key));
        decoder->objects.push_back(std::move(plan));
    }
    for (const auto& g : m.groups) {
        auto list = std::find_if(decoder->lists.begin(), decoder->lists.end(),
                                 [&](const ListPlan& l) { return l.key == g.list; });
        if (list == decoder->lists.end()) list = decoder->lists.insert(decoder->lists.end(), ListPlan{g.list, false, {}});
        list->blank_is_empty = list->blank_is_empty || g.blank_is_empty;
        for (int n = 1; n <= g.repeat; ++n) {
            std::vector<Binding> instance;
            for (const auto& f : g.fields) instance.push_back(resolver.bind(f, n, g.list + "." + f.key));
            list->instances.push_back(std::move(instance));
        }
    }
    if (!resolver.errors.empty()) return resolver.errors;
    return std::shared_ptr<const CsvDecoder>(std::move(decoder));
}

}  // namespace

Expected<std::unique_ptr<RecordSource>> open_table(std::unique_ptr<RowReader> reader,
                                                   std::shared_ptr<const CsvMapping> mapping,
                                                   const TableOptions& options) {
    Row header;
    if (!reader->next(header)) {
        if (auto f = reader->failure()) return *f;
        return Error{ErrorCode::io, reader->name(), "the file is empty; expected a header row naming the columns", {}};
    }
    for (auto& column : header.cells) column = std::string(trimmed(column));
    reader->header_width(header.cells.size());
    if (options.ignored)
        for (const auto& column : header.cells)
            if (is_protected_column(column)) options.ignored->push_back(column);
    auto decoder = resolve(mapping, header.cells, *reader);
    if (!decoder) return decoder.errors();
    std::size_t columns = header.cells.size();
    return std::unique_ptr<RecordSource>(std::make_unique<CsvSource>(std::move(reader), *decoder, columns, header.number));
}

Expected<std::unique_ptr<RecordSource>> open_csv(const std::string& path, std::shared_ptr<const CsvMapping> mapping,
                                                 const TableOptions& options) {
    // The option over the mapping; UTF-8 named outright is strict, nothing named falls back.
    std::string encoding = options.encoding.empty() ? mapping->encoding : options.encoding;
    bool utf8 = folded(encoding) == "utf-8" || folded(encoding) == "utf8";
    std::unique_ptr<Transcoder> transcoder;
    if (!encoding.empty() && !utf8) {
        transcoder = std::make_unique<Transcoder>(encoding);
        if (!transcoder->valid())
            return Error{ErrorCode::usage, "--encoding", "unknown encoding `" + encoding + "`",
                         "iconv names them: windows-1252, iso-8859-1, iso-8859-15, utf-8 (`iconv -l` lists all)"};
    }
    std::FILE* file = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
    if (!file) return Error{ErrorCode::io, path, "cannot read the file", {}};
    std::string name = path == "-" ? "stdin" : path;
    auto reader = std::make_unique<CsvReader>(file, name, path != "-", mapping->delimiter, std::move(transcoder),
                                              encoding.empty(), options.notice);
    return open_table(std::move(reader), std::move(mapping), options);
}

Expected<std::unique_ptr<RecordSource>> open_csv(std::FILE* file, const std::string& name,
                                                 std::shared_ptr<const CsvMapping> mapping, const TableOptions& options) {
    // A stream held in memory (an upload): UTF-8, or Windows-1252 where a cell is not, as a file.
    auto reader = std::make_unique<CsvReader>(file, name, true, mapping->delimiter, nullptr, true, options.notice);
    return open_table(std::move(reader), std::move(mapping), options);
}

Expected<std::unique_ptr<RecordSource>> open_xlsx(const std::string& path, std::shared_ptr<const CsvMapping> mapping,
                                                  const TableOptions& options) {
    auto sheet = open_sheet(path, options.sheet, options.max_shared_strings_bytes);
    if (!sheet) return sheet.errors();
    return open_table(std::move(*sheet), std::move(mapping), options);
}

}  // namespace eligo
