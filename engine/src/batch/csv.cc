// CSV exports read through a mapping: libcsv cuts the file into rows on the reading thread, and
// a CsvDecoder (the mapping resolved against the header) turns a row into a profile's JSON text
// on any thread, then into a Profile through the one profile reader that JSON files use too.
#include <sys/stat.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <deque>

#include <csv.h>

#include "batch/csv_mapping.h"
#include "support/text.h"

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

// Excel's plain "CSV" on a British Windows machine writes Windows-1252; profiles are UTF-8.
std::string utf8_from_1252(std::string_view s) {
    static const char16_t high[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                      0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    std::string out;
    out.reserve(s.size());
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        char32_t u = c >= 0x80 && c < 0xA0 ? high[c - 0x80] : c;
        if (u < 0x80) {
            out += static_cast<char>(u);
        } else if (u < 0x800) {
            out += static_cast<char>(0xC0 | (u >> 6));
            out += static_cast<char>(0x80 | (u & 0x3F));
        } else {
            out += static_cast<char>(0xE0 | (u >> 12));
            out += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (u & 0x3F));
        }
    }
    return out;
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
using Trace = std::vector<std::pair<std::string, const std::string*>>;

class CsvDecoder final : public RecordDecoder {
public:
    CsvDecoder(std::shared_ptr<const CsvMapping> mapping, std::size_t columns)
        : mapping_(std::move(mapping)), columns_(columns) {}

    Binding id;
    int name_index = -1;
    std::string name_column;
    std::vector<ObjectPlan> objects;
    std::vector<ListPlan> lists;

    Expected<Profile> decode(const RawRecord& record, const ProfileReadOptions& options,
                             std::vector<Warning>* warnings) const override {
        std::string where = record.where();
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
            e.message = with_column(e.message, trace);
            // A field left out for a bad cell is "missing" to the reader: said once is enough.
            bool said = std::any_of(errors.begin(), errors.end(), [&](const Error& earlier) {
                auto end = earlier.message.find("`: ");
                return end != std::string::npos && e.message.starts_with(earlier.message.substr(0, end + 3));
            });
            if (!said) errors.push_back(std::move(e));
        }
        return errors;
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
                    if (path == field) column = fed_by;
            }
            if (column) field = "column " + backticked(*column);
        }
    }

private:
    std::shared_ptr<const CsvMapping> mapping_;
    std::size_t columns_;

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
        if (mapping_->windows_1252) return utf8_from_1252(raw);
        if (!text::valid_utf8(raw)) {
            errors.push_back({ErrorCode::profile_field, where, "column " + backticked(b.column) + ": not UTF-8 text",
                              "save the export as \"CSV UTF-8\", or say \"encoding\": \"windows-1252\" in the mapping"});
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
        if (trace && !rule.is_constant()) trace->emplace_back(path, &b.column);
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
            const std::string* to = rule.translate(cell);
            if (!to) unlisted(cell, b, errors, where);
            return to ? *to : std::string();
        }
        std::string out;
        switch (rule.kind) {
            case CellKind::date: {
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
        if (name_index >= 0 && !blank(record, {nullptr, name_index, {}})) {
            out += out.size() == 1 ? "\"name\":" : ",\"name\":";
            text::append_json_string(out, cell_text(record, {nullptr, name_index, name_column}, errors, where));
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

    // `employment[1].start: expected ...` -> `column `Job 2 Start`: expected ...`.
    static std::string with_column(const std::string& message, const Trace& trace) {
        auto colon = message.find(": ");
        if (colon == std::string::npos) return message;
        std::string_view path(message.data(), colon);
        for (const auto& [field, column] : trace) {
            if (!path.starts_with(field)) continue;
            if (path.size() > field.size() && path[field.size()] != '[') continue;
            return "column " + backticked(*column) + message.substr(colon);
        }
        return message;
    }
};

// ---------------------------------------------------------------------------------------------
// Reading: rows out of libcsv, a chunk at a time.

struct Row {
    std::uint64_t number = 0;
    std::vector<std::string> cells;
};

class CsvReader {
public:
    CsvReader(std::FILE* file, std::string name, bool owned, char delimiter)
        : file_(file), name_(std::move(name)), owned_(owned) {
        // Not strict: a stray quote in a cell is kept as text rather than failing the file.
        // Every line break is reported so that blank lines count as rows, as a spreadsheet shows them.
        csv_init(&parser_, CSV_APPEND_NULL | CSV_REPALL_NL);
        csv_set_delim(&parser_, static_cast<unsigned char>(delimiter));
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
    bool next(Row& row) {
        for (;;) {
            while (ready_.empty()) {
                if (done_ || failure_) return false;
                read_chunk();
            }
            row = std::move(ready_.front());
            ready_.pop_front();
            bool empty = std::all_of(row.cells.begin(), row.cells.end(),
                                     [](const std::string& c) { return trimmed(c).empty(); });
            if (!empty) return true;
        }
    }

    const std::string& name() const { return name_; }
    std::uint64_t bytes_read() const { return read_; }
    std::optional<std::uint64_t> bytes_total() const { return total_; }
    const std::optional<Error>& failure() const { return failure_; }

private:
    std::FILE* file_;
    std::string name_;
    bool owned_;
    csv_parser parser_{};
    std::optional<std::uint64_t> total_;
    std::uint64_t read_ = 0;
    std::uint64_t rows_ = 0;       ///< rows ended so far, blank ones included
    std::size_t row_bytes_ = 0;    ///< size of the row being read
    bool after_cr_ = false;        ///< the last row ended with CR (so a LF now is its CRLF)
    bool done_ = false;
    std::vector<std::string> cells_;
    std::deque<Row> ready_;
    std::optional<Error> failure_;

    static void on_cell(void* text, std::size_t size, void* self) {
        auto* reader = static_cast<CsvReader*>(self);
        reader->cells_.emplace_back(static_cast<const char*>(text), size);
        reader->row_bytes_ += size + 1;
    }

    static void on_row(int end, void* self) {
        auto* reader = static_cast<CsvReader*>(self);
        bool crlf = reader->cells_.empty() && end == '\n' && reader->after_cr_;
        reader->after_cr_ = end == '\r';
        if (crlf) return;
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

// Owns the file's decoder: the records it yields point to it, so it must outlive their decoding.
class CsvSource final : public RecordSource {
public:
    CsvSource(std::unique_ptr<CsvReader> reader, std::shared_ptr<const CsvDecoder> decoder)
        : reader_(std::move(reader)), decoder_(std::move(decoder)) {}

    bool next(RawRecord& record) override {
        Row row;
        if (!reader_->next(row)) return false;
        record.source = reader_->name();
        record.number = row.number;
        record.text.clear();
        record.dropped_bytes = 0;
        record.cells = std::move(row.cells);
        record.decoder = decoder_.get();
        return true;
    }
    std::uint64_t bytes_read() const override { return reader_->bytes_read(); }
    std::optional<std::uint64_t> bytes_total() const override { return reader_->bytes_total(); }
    std::optional<Error> failure() const override { return reader_->failure(); }

private:
    std::unique_ptr<CsvReader> reader_;
    std::shared_ptr<const CsvDecoder> decoder_;
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
                                                    const std::string& source) {
    const CsvMapping& m = *mapping;
    auto decoder = std::make_shared<CsvDecoder>(mapping, header.size());
    Resolver resolver(header, source);
    decoder->id = resolver.bind(m.id, 1, "id");
    if (!m.name_column.empty()) {
        decoder->name_index = resolver.index_of(m.name_column, "name");
        decoder->name_column = m.name_column;
    }
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

// The header read and resolved against the mapping, then the rows as records.
Expected<std::unique_ptr<RecordSource>> open_csv_reader(std::unique_ptr<CsvReader> reader,
                                                        std::shared_ptr<const CsvMapping> mapping,
                                                        std::vector<std::string>* ignored) {
    const std::string name = reader->name();
    Row header;
    if (!reader->next(header)) {
        if (auto f = reader->failure()) return *f;
        return Error{ErrorCode::io, name, "the file is empty; expected a header row naming the columns", {}};
    }
    for (auto& column : header.cells) {
        if (mapping->windows_1252) column = utf8_from_1252(column);
        column = std::string(trimmed(column));
    }
    if (ignored)
        for (const auto& column : header.cells)
            if (is_protected_column(column)) ignored->push_back(column);
    auto decoder = resolve(mapping, header.cells, name);
    if (!decoder) return decoder.errors();
    return std::unique_ptr<RecordSource>(std::make_unique<CsvSource>(std::move(reader), *decoder));
}

}  // namespace

Expected<std::unique_ptr<RecordSource>> open_csv(const std::string& path, std::shared_ptr<const CsvMapping> mapping,
                                                 std::vector<std::string>* ignored) {
    std::FILE* file = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
    if (!file) return Error{ErrorCode::io, path, "cannot read the file", {}};
    std::string name = path == "-" ? "stdin" : path;
    return open_csv_reader(std::make_unique<CsvReader>(file, name, path != "-", mapping->delimiter), mapping, ignored);
}

Expected<std::unique_ptr<RecordSource>> open_csv(std::FILE* file, const std::string& name,
                                                 std::shared_ptr<const CsvMapping> mapping,
                                                 std::vector<std::string>* ignored) {
    return open_csv_reader(std::make_unique<CsvReader>(file, name, true, mapping->delimiter), mapping, ignored);
}

}  // namespace eligo
