// Small text helpers for writing CSV, JSON and HTML by hand on paths that must be fast.
#pragma once

#include <string>
#include <string_view>
#include <utility>

namespace eligo::text {

/// A spreadsheet reads a cell starting with = + - @ as a formula; profile text is data, so
/// such a cell gets a leading apostrophe.
std::string inert(std::string_view s);

/// Whether a spreadsheet would read a cell starting so as a formula: = + - @, and TAB or CR,
/// which some spreadsheets skip before reading the rest as one.
bool formula_like(std::string_view s);

/// `s` with what would act on a terminal or break a line neutralised: control characters (C0,
/// DEL, C1) as `\xNN` and bidirectional overrides as `\u{NNNN}`, so an id or value can
/// neither move the cursor, recolour, split a message or reorder what is shown.
std::string printable(std::string_view s);

/// Words for a reader of a spreadsheet, not of Markdown: a `code span` becomes "quoted" and
/// ** (bold) is dropped.
std::string unmarked(std::string_view s);
/// `unmarked(s)` appended to `out`.
void append_unmarked(std::string& out, std::string_view s);

/// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break.
void append_csv_field(std::string& out, std::string_view s);

/// A JSON string literal, quotes included; control characters escaped. The text is UTF-8
/// already (profiles are validated on reading).
void append_json_string(std::string& out, std::string_view s);

/// Text for HTML, in an element or a quoted attribute value: & < > " ' as entities.
std::string html(std::string_view s);

/// Line and column (both from 1) of a byte offset, for messages about a place in a text.
std::pair<std::size_t, std::size_t> line_column(std::string_view text, std::size_t offset);

/// Where `s` stops being strict UTF-8 (no overlong forms, surrogates or code points past
/// U+10FFFF): the offset of the first bad byte, or npos when it is all UTF-8.
std::size_t invalid_utf8_at(std::string_view s);

inline bool valid_utf8(std::string_view s) { return invalid_utf8_at(s) == std::string_view::npos; }

/// `c` in lower case when it is an ASCII capital, as `std::tolower` in the "C" locale (the only
/// one the engine runs in); every other byte, UTF-8 included, as it is.
constexpr char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

/// Appends `s` to `out` with its ASCII capitals in lower case (see `ascii_lower`).
void append_lower(std::string& out, std::string_view s);

/// `c` in upper case when it is an ASCII small letter, as `std::toupper` in the "C" locale.
constexpr char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

/// Appends `s` to `out` with its ASCII small letters in upper case (see `ascii_upper`).
void append_upper(std::string& out, std::string_view s);

}  // namespace eligo::text
