// Workbooks (.xlsx) as rows of cell text: minizip opens the archive's parts and expat reads
// their XML as it streams out, so a sheet of any length takes the memory of its shared strings
// and one chunk. The workbook and its relationships name the sheet's part; the mapping, the
// same as a CSV export's, is applied in csv.cc.
#include <cctype>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <deque>
#include <string_view>

#include <expat.h>
#include <unzip.h>

#include "batch/rows.h"
#include "support/text.h"

namespace eligo {
namespace {

// Excel writes a character XML cannot hold as `_xHHHH_` (a carriage return is `_x000D_`) and a
// literal `_x` as `_x005F_x`: the text as typed. A Windows line break in a cell (`_x000D_`
// then a line feed) stays one line break.
std::string unescaped(std::string_view s) {
    auto hex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '_' && i + 6 < s.size() && s[i + 1] == 'x' && hex(s[i + 2]) && hex(s[i + 3]) && hex(s[i + 4]) &&
            hex(s[i + 5]) && s[i + 6] == '_') {
            auto code = static_cast<unsigned>(std::stoul(std::string(s.substr(i + 2, 4)), nullptr, 16));
            i += 6;
            if (code == 0x0D && i + 1 < s.size() && s[i + 1] == '\n') continue;
            if (code >= 0xD800 && code <= 0xDFFF) code = 0xFFFD;  // half a pair: no character alone
            if (code < 0x80) {
                out += static_cast<char>(code);
            } else if (code < 0x800) {
                out += static_cast<char>(0xC0 | (code >> 6));
                out += static_cast<char>(0x80 | (code & 0x3F));
            } else {
                out += static_cast<char>(0xE0 | (code >> 12));
                out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
                out += static_cast<char>(0x80 | (code & 0x3F));
            }
            continue;
        }
        out += s[i];
    }
    return out;
}

constexpr unsigned kChunk = 64 * 1024;
// The parts of a workbook are told apart by local names: `x:row` is a `row` whatever the prefix.
// (Expat's namespace processing, resolving every prefix, made reading a tenth slower.)
constexpr char kSeparator = ':';
// A cell of an application is a few kilobytes; a string past this is no applicant's answer.
constexpr std::size_t kMaxCellBytes = 1u << 20;

std::string_view local(const XML_Char* name) {
    std::string_view n(name);
    auto bar = n.rfind(kSeparator);
    return bar == std::string_view::npos ? n : n.substr(bar + 1);
}

// The value of attribute `name` (local name), or nullptr.
const XML_Char* attribute(const XML_Char** attributes, std::string_view name) {
    for (int i = 0; attributes[i]; i += 2)
        if (local(attributes[i]) == name) return attributes[i + 1];
    return nullptr;
}

/// What a part's XML is read into: called by expat for each element and run of text.
class XmlHandler {
public:
    virtual ~XmlHandler() = default;
    virtual void start(std::string_view name, const XML_Char** attributes) = 0;
    virtual void end(std::string_view name) = 0;
    virtual void text(std::string_view text) { (void)text; }
};

// An expat parser feeding a handler; reports the first syntax error with its line.
class XmlParser {
public:
    explicit XmlParser(XmlHandler& handler) : parser_(XML_ParserCreate(nullptr)) {
        XML_SetUserData(parser_, &handler);
        XML_SetElementHandler(
            parser_,
            [](void* h, const XML_Char* name, const XML_Char** attributes) {
                static_cast<XmlHandler*>(h)->start(local(name), attributes);
            },
            [](void* h, const XML_Char* name) { static_cast<XmlHandler*>(h)->end(local(name)); });
        XML_SetCharacterDataHandler(parser_, [](void* h, const XML_Char* s, int n) {
            static_cast<XmlHandler*>(h)->text(std::string_view(s, static_cast<std::size_t>(n)));
        });
    }
    ~XmlParser() { XML_ParserFree(parser_); }
    XmlParser(const XmlParser&) = delete;
    XmlParser& operator=(const XmlParser&) = delete;

    /// Feeds a chunk (`last` for the end of the part); an error message naming `part` when the XML is bad.
    std::optional<std::string> feed(const char* data, std::size_t size, bool last, const std::string& part) {
        if (XML_Parse(parser_, data, static_cast<int>(size), last) == XML_STATUS_OK) return std::nullopt;
        return part + " line " + std::to_string(XML_GetCurrentLineNumber(parser_)) + ": " +
               XML_ErrorString(XML_GetErrorCode(parser_));
    }

private:
    XML_Parser parser_;
};

// The workbook's archive, one part open at a time.
class Archive {
public:
    explicit Archive(const std::string& path) : zip_(unzOpen64(path.c_str())) {}
    ~Archive() {
        if (open_) unzCloseCurrentFile(zip_);
        if (zip_) unzClose(zip_);
    }
    Archive(const Archive&) = delete;
    Archive& operator=(const Archive&) = delete;

    bool valid() const { return zip_ != nullptr; }

    /// Opens a part to read; false when the archive has none by that name. Names are matched
    /// without case, as some writers spell `[Content_Types].xml` or `xl/` differently.
    bool open(const std::string& part) {
        if (open_) unzCloseCurrentFile(zip_);
        open_ = unzLocateFile(zip_, part.c_str(), 2) == UNZ_OK && unzOpenCurrentFile(zip_) == UNZ_OK;
        size_ = 0;
        unz_file_info64 info{};
        if (open_ && unzGetCurrentFileInfo64(zip_, &info, nullptr, 0, nullptr, 0, nullptr, 0) == UNZ_OK)
            size_ = info.uncompressed_size;
        return open_;
    }
    /// Bytes of the open part read into `buffer`: 0 at its end, negative when it cannot be inflated.
    int read(char* buffer, unsigned size) { return unzReadCurrentFile(zip_, buffer, size); }
    std::uint64_t size() const { return size_; }

private:
    unzFile zip_;
    bool open_ = false;
    std::uint64_t size_ = 0;
};

// Reads a whole part through a handler; an error message when it is missing or unreadable.
std::optional<std::string> read_part(Archive& archive, const std::string& part, XmlHandler& handler) {
    if (!archive.open(part)) return "the workbook has no " + part;
    XmlParser parser(handler);
    std::vector<char> buffer(kChunk);
    for (;;) {
        int n = archive.read(buffer.data(), kChunk);
        if (n < 0) return part + ": cannot inflate it (the file is damaged)";
        if (auto bad = parser.feed(buffer.data(), static_cast<std::size_t>(n), n == 0, part)) return bad;
        if (n == 0) return std::nullopt;
    }
}

// xl/workbook.xml: the sheets in order with their relationship ids, and the date system.
struct SheetEntry {
    std::string name;
    std::string relationship;
};

class WorkbookHandler final : public XmlHandler {
public:
    std::vector<SheetEntry> sheets;
    bool date1904 = false;

    void start(std::string_view name, const XML_Char** attributes) override {
        if (name == "sheet") {
            const XML_Char* sheet = attribute(attributes, "name");
            const XML_Char* id = attribute(attributes, "id");
            sheets.push_back({sheet ? sheet : "", id ? id : ""});
        } else if (name == "workbookPr") {
            const XML_Char* v = attribute(attributes, "date1904");
            date1904 = v && (std::strcmp(v, "1") == 0 || std::strcmp(v, "true") == 0);
        }
    }
    void end(std::string_view) override {}
};

// xl/_rels/workbook.xml.rels: relationship ids to parts, and where the shared strings are.
class RelationshipsHandler final : public XmlHandler {
public:
    std::vector<std::pair<std::string, std::string>> targets;  ///< id -> part
    std::string shared_strings;

    void start(std::string_view name, const XML_Char** attributes) override {
        if (name != "Relationship") return;
        const XML_Char* id = attribute(attributes, "Id");
        const XML_Char* target = attribute(attributes, "Target");
        const XML_Char* type = attribute(attributes, "Type");
        if (!id || !target) return;
        targets.emplace_back(id, part_of(target));
        if (type && std::string_view(type).ends_with("/sharedStrings")) shared_strings = targets.back().second;
    }
    void end(std::string_view) override {}

    const std::string* target(const std::string& id) const {
        for (const auto& [i, part] : targets)
            if (i == id) return &part;
        return nullptr;
    }

private:
    // Targets are relative to xl/, or absolute from the archive's root.
    static std::string part_of(std::string_view target) {
        if (target.starts_with("/")) return std::string(target.substr(1));
        return "xl/" + std::string(target);
    }
};

// The text of a string item: its `t` runs joined, leaving out phonetic guides (`rPh`).
class StringText {
public:
    void start(std::string_view name) {
        if (name == "rPh") ++phonetic_;
        if (name == "t" && phonetic_ == 0) in_text_ = true;
    }
    void end(std::string_view name) {
        if (name == "rPh") --phonetic_;
        if (name == "t") in_text_ = false;
    }
    void text(std::string_view s, std::string& into) const {
        if (in_text_ && into.size() < kMaxCellBytes) into.append(s.substr(0, kMaxCellBytes - into.size()));
    }

private:
    int phonetic_ = 0;
    bool in_text_ = false;
};

// xl/sharedStrings.xml: the table text cells point into by number.
class SharedStringsHandler final : public XmlHandler {
public:
    explicit SharedStringsHandler(std::size_t limit) : limit_(limit) {}
    std::vector<std::string> strings;
    bool over = false;  ///< past the limit: the rest is parsed, not kept

    void start(std::string_view name, const XML_Char**) override {
        if (name == "si") {
            kept_ += sizeof(std::string);
            over = over || kept_ > limit_;
            if (!over) strings.emplace_back();
            in_item_ = !over;
        }
        runs_.start(name);
    }
    void end(std::string_view name) override {
        runs_.end(name);
        if (name == "si" && in_item_) {
            in_item_ = false;
            kept_ += strings.back().size();
        }
    }
    void text(std::string_view s) override {
        if (in_item_) runs_.text(s, strings.back());
    }

private:
    std::size_t limit_;
    std::size_t kept_ = 0;
    bool in_item_ = false;
    StringText runs_;
};

// The column of a cell reference: `C5` -> 2; -1 when it is not one.
int column_of(std::string_view reference) {
    long column = 0;
    std::size_t i = 0;
    for (; i < reference.size() && std::isalpha(static_cast<unsigned char>(reference[i])); ++i) {
        column = column * 26 + (std::toupper(static_cast<unsigned char>(reference[i])) - 'A' + 1);
        if (column > 16384) return -1;  // past XFD, the last column a sheet has
    }
    return i == 0 ? -1 : static_cast<int>(column - 1);
}

// A row as the sheet stores it: only the cells that hold something, with their columns. A chunk
// of XML may hold thousands of rows; kept sparse, a row that names column XFD costs one cell, not
// 16,384, until it is the row being read.
struct SparseRow {
    std::uint64_t number = 0;
    std::vector<std::pair<std::size_t, std::string>> cells;  ///< column -> text, in the sheet's order
};

// A sheet's rows as they stream past.
class SheetHandler final : public XmlHandler {
public:
    explicit SheetHandler(const std::vector<std::string>& shared) : shared_(shared) {}
    std::deque<SparseRow> ready;
    std::optional<std::string> problem;  ///< the first cell that could not be read

    void start(std::string_view name, const XML_Char** attributes) override {
        if (name == "row") {
            // Rows come in order; a number that goes back (or none) is the next row, so that
            // every record has its own row number.
            const XML_Char* r = attribute(attributes, "r");
            std::uint64_t given = r ? std::strtoull(r, nullptr, 10) : 0;
            number_ = given > number_ ? given : number_ + 1;
            cells_.clear();
            column_ = -1;
        } else if (name == "c") {
            const XML_Char* r = attribute(attributes, "r");
            const XML_Char* t = attribute(attributes, "t");
            int at = r ? column_of(r) : column_ + 1;
            column_ = at < 0 ? column_ + 1 : at;
            type_ = t ? t : "n";
            value_.clear();
            in_cell_ = true;
        } else if (in_cell_ && name == "v") {
            in_value_ = true;
        }
        runs_.start(name);
    }

    void end(std::string_view name) override {
        runs_.end(name);
        if (name == "v") in_value_ = false;
        if (name == "c" && in_cell_) {
            in_cell_ = false;
            place(cell_text());
        } else if (name == "row") {
            // A row of spaces is blank, as in a CSV file.
            bool blank = std::all_of(cells_.begin(), cells_.end(), [](const auto& cell) {
                return cell.second.find_first_not_of(" \t\r\n") == std::string::npos;
            });
            if (!blank) ready.push_back({number_, std::move(cells_)});
            cells_.clear();
        }
    }

    void text(std::string_view s) override {
        if (!in_cell_) return;
        if (in_value_ && value_.size() < kMaxCellBytes) value_.append(s);
        else if (type_ == "inlineStr") runs_.text(s, value_);
    }

private:
    const std::vector<std::string>& shared_;
    std::uint64_t number_ = 0;
    int column_ = -1;
    std::string type_;
    std::string value_;
    bool in_cell_ = false;
    bool in_value_ = false;
    StringText runs_;
    std::vector<std::pair<std::size_t, std::string>> cells_;

    // What the cell shows: a shared string by its number, a boolean as Excel writes it, and
    // anything else (a number, a formula's cached result, an inline string) as stored.
    std::string cell_text() {
        if (type_ == "s") {
            char* end = nullptr;
            unsigned long long index = std::strtoull(value_.c_str(), &end, 10);
            if (value_.empty() || *end != '\0' || index >= shared_.size()) {
                if (!problem)
                    problem = "row " + std::to_string(number_) + ": a cell points to shared string `" + value_ +
                              "`, which the workbook does not have";
                return {};
            }
            return shared_[index];
        }
        if (type_ == "b") return value_ == "1" ? "TRUE" : value_ == "0" ? "FALSE" : value_;
        return value_;
    }

    void place(std::string text) {
        if (text.find("_x") != std::string::npos) text = unescaped(text);
        if (!text.empty()) cells_.emplace_back(static_cast<std::size_t>(column_), std::move(text));
    }
};

class SheetReader final : public RowReader {
public:
    SheetReader(std::unique_ptr<Archive> archive, std::string name, std::string part,
                std::vector<std::string> shared, bool date1904)
        : archive_(std::move(archive)), name_(std::move(name)), part_(std::move(part)), shared_(std::move(shared)),
          date1904_(date1904), handler_(shared_), parser_(handler_), buffer_(kChunk) {}

    bool next(Row& row) override {
        while (handler_.ready.empty()) {
            if (done_ || failure_) return false;
            read_chunk();
        }
        SparseRow& sparse = handler_.ready.front();
        row.number = sparse.number;
        row.cells.clear();
        for (auto& [column, text] : sparse.cells) {
            std::size_t at = std::min(column, width_);  // past the header: one cell says so
            if (row.cells.size() <= at) row.cells.resize(at + 1);
            row.cells[at] = std::move(text);  // a column named twice: the later cell, as Excel shows
        }
        handler_.ready.pop_front();
        return true;
    }
    const std::string& name() const override { return name_; }
    // Progress counts the sheet's XML, the bulk of the work.
    std::uint64_t bytes_read() const override { return read_; }
    std::optional<std::uint64_t> bytes_total() const override { return archive_->size(); }
    const std::optional<Error>& failure() const override { return failure_; }
    bool workbook() const override { return true; }
    bool date1904() const override { return date1904_; }
    void header_width(std::size_t columns) override { width_ = columns; }

private:
    std::unique_ptr<Archive> archive_;
    std::string name_;
    std::string part_;
    std::vector<std::string> shared_;
    bool date1904_;
    std::size_t width_ = 16384;  ///< the header's width once known; a sheet's at most
    SheetHandler handler_;
    XmlParser parser_;
    std::vector<char> buffer_;
    std::uint64_t read_ = 0;
    bool done_ = false;
    std::optional<Error> failure_;

    void read_chunk() {
        int n = archive_->read(buffer_.data(), kChunk);
        if (n < 0) {
            failure_ = Error{ErrorCode::io, name_, part_ + ": cannot inflate it (the file is damaged)", {}};
            return;
        }
        read_ += static_cast<std::uint64_t>(n);
        if (auto bad = parser_.feed(buffer_.data(), static_cast<std::size_t>(n), n == 0, part_)) {
            failure_ = Error{ErrorCode::io, name_, *bad, {}};
            return;
        }
        if (handler_.problem) failure_ = Error{ErrorCode::io, name_, *handler_.problem, {}};
        done_ = n == 0;
    }
};

Error workbook_error(const std::string& path, const std::string& message, const std::string& hint = {}) {
    return Error{ErrorCode::io, path, message, hint};
}

}  // namespace

std::optional<Date> workbook_date(double serial, bool date1904) {
    // Day 1 is the first day of the 1900 system; the 1904 system starts at day 0. Both end at 9999-12-31.
    if (!std::isfinite(serial) || serial < (date1904 ? 0 : 1) || serial >= (date1904 ? 2957004 : 2958466))
        return std::nullopt;
    auto day = static_cast<std::int32_t>(std::floor(serial));
    if (date1904) return Date::from_ymd(1904, 1, 1).add_days(day);
    // Excel's 1900 system counts a 29 February 1900 that never was (day 60), as Lotus 1-2-3 did.
    if (day == 60) return std::nullopt;
    return Date::from_ymd(1899, 12, day < 60 ? 31 : 30).add_days(day);
}

Expected<std::unique_ptr<RowReader>> open_sheet(const std::string& path, const std::string& sheet,
                                                std::size_t max_strings_bytes) {
    auto archive = std::make_unique<Archive>(path);
    if (!archive->valid())
        return workbook_error(path, "not an XLSX workbook: it cannot be opened as a ZIP archive",
                              "is it damaged, or an older .xls saved with a new name? save it again as .xlsx");
    WorkbookHandler book;
    if (auto bad = read_part(*archive, "xl/workbook.xml", book)) return workbook_error(path, *bad);
    RelationshipsHandler relationships;
    if (auto bad = read_part(*archive, "xl/_rels/workbook.xml.rels", relationships)) return workbook_error(path, *bad);
    if (book.sheets.empty()) return workbook_error(path, "the workbook has no sheets");

    const SheetEntry* chosen = &book.sheets.front();
    if (!sheet.empty()) {
        auto it = std::find_if(book.sheets.begin(), book.sheets.end(), [&](const SheetEntry& s) { return s.name == sheet; });
        if (it == book.sheets.end()) {
            std::vector<std::string> names;
            std::string list;
            for (const auto& s : book.sheets) {
                names.push_back(s.name);
                list += (list.empty() ? "`" : ", `") + s.name + "`";
            }
            std::string hint = nearest(sheet, names);
            return workbook_error(path, "no sheet `" + sheet + "`; its sheets are " + list,
                                  hint.empty() ? "" : "did you mean `" + hint + "`?");
        }
        chosen = &*it;
    }
    const std::string* part = relationships.target(chosen->relationship);
    if (!part) return workbook_error(path, "sheet `" + chosen->name + "` has no part in the workbook");

    SharedStringsHandler shared(max_strings_bytes);
    std::string strings = relationships.shared_strings.empty() ? "xl/sharedStrings.xml" : relationships.shared_strings;
    // A workbook of numbers alone has no shared strings.
    if (archive->open(strings))
        if (auto bad = read_part(*archive, strings, shared)) return workbook_error(path, *bad);
    if (shared.over)
        return workbook_error(path, "its shared strings are over " +
                                        (max_strings_bytes >= (1u << 20) ? std::to_string(max_strings_bytes >> 20) + " MiB"
                                                                         : std::to_string(max_strings_bytes) + " bytes") +
                                        "; reading stopped",
                              "a workbook of applications holds a few kilobytes of text a row: is this the right file?");
    if (!archive->open(*part)) return workbook_error(path, "the workbook has no " + *part);
    return std::unique_ptr<RowReader>(
        std::make_unique<SheetReader>(std::move(archive), path, *part, std::move(shared.strings), book.date1904));
}

}  // namespace eligo
