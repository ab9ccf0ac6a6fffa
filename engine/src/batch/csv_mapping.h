// The mapping of a CSV export onto profile fields, as loaded from a mapping file (eligo-csv/1).
//
// The mapping is checked whole when it loads (field names, vocabularies, dates, protected and
// free-text columns), so decoding a row only looks cells up and writes JSON. See
// docs/csv-mapping.md for the file format.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "eligo/batch.h"

namespace eligo {

/// What a profile field holds, which decides how a cell becomes JSON.
enum class CellKind { text, choice, date, number, boolean, tags };

/// One profile field fed from a column, or a constant.
struct FieldRule {
    std::string key;        ///< the profile field, e.g. `start`
    CellKind kind = CellKind::text;
    std::string column;     ///< the column's name, `{n}` standing for the instance; "" for a constant
    std::string constant;   ///< JSON text of a constant value (`{"value": ...}`)
    /// Translation table: folded cell text -> JSON text ("" when the value means absent).
    std::vector<std::pair<std::string, std::string>> values;
    std::vector<std::string> labels;  ///< the table's cell texts as written, for messages
    /// The profile's words for a choice or tag field; a cell the table does not list is read
    /// as the field reads any cell, so for these it must be one of them.
    const std::vector<std::string>* vocabulary = nullptr;
    std::string split;      ///< list separator within a cell ("" when the cell is one item)
    std::string fallback;   ///< JSON text for a blank cell (`default`); "" for absent

    bool is_constant() const { return column.empty(); }
    /// The column of instance `n` (1-based) of a repeated group.
    std::string column_for(int n) const;
    /// The translation of a cell, or nullptr when the table does not list it.
    const std::string* translate(std::string_view cell) const;
};

/// A single object of the profile (`driving`, `current_role`).
struct ObjectRule {
    std::string key;
    std::vector<FieldRule> fields;
};

/// Records of one profile list (`qualifications`, `employment`, ...) read from numbered columns.
struct GroupRule {
    std::string list;
    int repeat = 1;
    bool blank_is_empty = false;  ///< every instance blank: an empty list (known none), not absent
    std::vector<FieldRule> fields;
};

class CsvMapping {
public:
    std::string path;
    char delimiter = ',';
    /// The export's character set as iconv names it (`windows-1252`); `UTF-8` when the mapping
    /// says UTF-8 and nothing else will do; "" to read UTF-8 and fall back to Windows-1252.
    std::string encoding;
    std::vector<std::string> date_formats;
    FieldRule id;
    /// The columns of the applicant's name, joined by a space (first and last name); empty when
    /// names are not read.
    std::vector<std::string> name_columns;
    std::vector<std::string> free_text;
    std::vector<ObjectRule> objects;
    std::vector<GroupRule> groups;  ///< in profile order; a list may have several groups
};

/// Cell text as a date `YYYY-MM-DD` by the first of `formats` whose shape it has; the result may
/// still not be a calendar date (31/02/2024). nullopt when no format fits.
std::optional<std::string> iso_date(std::string_view cell, const std::vector<std::string>& formats);

/// Whether a column's name denotes a protected characteristic (Equality Act 2010).
bool is_protected_column(std::string_view name);

/// ASCII lower case with surrounding white space removed: how cells meet translation tables.
std::string folded(std::string_view text);

}  // namespace eligo
