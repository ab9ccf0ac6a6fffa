// Loads a CSV mapping file (eligo-csv/1) and checks it whole: every problem is reported with
// the mapping's field path, so an HR systems officer can fix the file in one pass.
#include "batch/csv_mapping.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "support/encoding.h"
#include "support/text.h"
#include "support/vocabulary.h"

namespace eligo {
namespace {

using Json = nlohmann::ordered_json;
namespace vocab = vocabulary;

const std::vector<std::string> kAchievedStatus = {"achieved", "in_progress"};
const std::vector<std::string> kTrainingStatus = {"completed", "in_progress"};
const std::vector<std::string> kEvidenceStatus = {"met", "not_met"};
const std::vector<std::string> kEvidenceSources = {"manager", "assessor", "document", "self"};

/// A profile field a mapping may feed.
struct FieldType {
    const char* key;
    CellKind kind;
    const std::vector<std::string>* vocabulary = nullptr;  ///< for choice and tags
    bool required = false;  ///< the profile format requires it of every record
};

struct Section {
    const char* key;
    bool list;  ///< a profile list read through repeated groups; else a single object
    std::vector<FieldType> fields;
};

const std::vector<Section>& sections() {
    static const std::vector<Section> all = {
        {"current_role", false,
         {{"role", CellKind::text, nullptr, true}, {"level", CellKind::text}, {"since", CellKind::date}}},
        {"qualifications", true,
         {{"kind", CellKind::choice, &vocab::qualification_kinds, true},
          {"subject", CellKind::text},
          {"title", CellKind::text},
          {"level", CellKind::number},
          {"grade", CellKind::text},
          {"stage", CellKind::choice, &vocab::stages},
          {"areas", CellKind::tags, &vocab::qualification_areas},
          {"status", CellKind::choice, &kAchievedStatus},
          {"awarded", CellKind::date},
          {"awarding_body", CellKind::text}}},
        {"driving", false,
         {{"licence", CellKind::choice, &vocab::licences}, {"vehicle_access", CellKind::choice, &vocab::vehicle_access}}},
        {"employment", true,
         {{"employer", CellKind::text},
          {"employer_type", CellKind::choice, &vocab::employer_types},
          {"title", CellKind::text},
          {"areas", CellKind::tags, &vocab::work_areas},
          {"managerial", CellKind::boolean},
          {"start", CellKind::date, nullptr, true},
          {"end", CellKind::date},
          {"hours_per_week", CellKind::number}}},
        {"cpd", true,
         {{"date", CellKind::date, nullptr, true},
          {"hours", CellKind::number},
          {"activity", CellKind::text},
          {"verified", CellKind::boolean}}},
        {"training", true,
         {{"id", CellKind::text, nullptr, true},
          {"status", CellKind::choice, &kTrainingStatus, true},
          {"date", CellKind::date}}},
        {"evidence", true,
         {{"competency", CellKind::text, nullptr, true},
          {"status", CellKind::choice, &kEvidenceStatus, true},
          {"source", CellKind::choice, &kEvidenceSources},
          {"by", CellKind::text},
          {"date", CellKind::date},
          {"note", CellKind::text}}},
    };
    return all;
}

const std::vector<std::string> kTopKeys = {"mapping",      "delimiter", "encoding",       "date_formats", "id",
                                           "name",         "free_text", "current_role",   "qualifications",
                                           "driving",      "employment", "cpd",           "training",
                                           "evidence",     "comment"};
const std::vector<std::string> kSpecKeys = {"column", "values", "split", "default", "value", "comment"};
const std::vector<std::string> kGroupKeys = {"repeat", "fields", "when_blank", "comment"};

std::string backticked(const std::string& s) { return "`" + s + "`"; }

std::string type_name(const Json& j) {
    if (j.is_object()) return "object";
    if (j.is_array()) return "array";
    if (j.is_string()) return "string";
    if (j.is_boolean()) return "boolean";
    if (j.is_number()) return "number";
    return "null";
}

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
    return out;
}

std::vector<std::string> keys_of(const std::vector<FieldType>& fields) {
    std::vector<std::string> out;
    for (const auto& f : fields) out.push_back(f.key);
    return out;
}

// Reads the mapping document into a CsvMapping, recording every problem.
class MappingReader {
public:
    explicit MappingReader(std::string path) : path_(std::move(path)) {}
    std::vector<Error> errors;

    CsvMapping read(const Json& doc) {
        CsvMapping m;
        m.path = path_;
        if (!doc.is_object()) {
            fail("", "expected a JSON object for the mapping, got " + type_name(doc));
            return m;
        }
        check_keys(doc, "", kTopKeys);
        if (!doc.contains("mapping"))
            fail("mapping", "required; the first line of a mapping is \"mapping\": \"eligo-csv/1\"");
        else if (doc["mapping"] != "eligo-csv/1")
            fail("mapping", "unknown version " + backticked(doc["mapping"].dump()) + "; this eligo reads `eligo-csv/1`");
        read_delimiter(doc, m);
        read_encoding(doc, m);
        read_date_formats(doc, m);
        if (!doc.contains("id"))
            fail("id", "required: the column of the applicant reference");
        else if (auto id = field(doc["id"], "id", {"id", CellKind::text}))
            m.id = *id;
        read_name(doc, m);
        read_free_text(doc, m);
        for (const auto& column : m.name_columns) check_column("name", column, m);
        check_column("id", m.id.column, m);
        for (const auto& section : sections()) {
            if (!doc.contains(section.key)) continue;
            if (section.list)
                read_groups(doc[section.key], section, m);
            else
                read_object(doc[section.key], section, m);
        }
        return m;
    }

private:
    std::string path_;

    void fail(const std::string& at, const std::string& message, const std::string& hint = {}) {
        errors.push_back({ErrorCode::usage, path_, at.empty() ? message : at + ": " + message, hint});
    }

    // Keys of a mapping object; an unknown one is an error with the nearest valid key.
    void check_keys(const Json& obj, const std::string& at, const std::vector<std::string>& allowed) {
        for (const auto& [key, value] : obj.items()) {
            if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
            std::string hint = nearest(key, allowed);
            fail(at.empty() ? key : at + "." + key, "unknown key " + backticked(key),
                 hint.empty() ? "" : "did you mean " + backticked(hint) + "?");
        }
    }

    void read_delimiter(const Json& doc, CsvMapping& m) {
        if (!doc.contains("delimiter")) return;
        const Json& d = doc["delimiter"];
        if (!d.is_string() || d.get<std::string>().size() != 1 || d.get<std::string>() == "\"" ||
            d.get<std::string>() == "\n" || d.get<std::string>() == "\r") {
            fail("delimiter", "expected one character such as \",\" or \";\" or \"\\t\"");
            return;
        }
        m.delimiter = d.get<std::string>()[0];
    }

    void read_encoding(const Json& doc, CsvMapping& m) {
        if (!doc.contains("encoding")) return;
        const Json& e = doc["encoding"];
        std::string name = e.is_string() ? e.get<std::string>() : "";
        if (folded(name) == "utf-8" || folded(name) == "utf8") {
            m.encoding = "UTF-8";
            return;
        }
        if (!name.empty() && known_encoding(name)) {
            m.encoding = name;
            return;
        }
        fail("encoding", "unknown encoding " + backticked(name) + "; expected a name such as \"utf-8\", \"windows-1252\" or \"iso-8859-1\"");
    }

    void read_date_formats(const Json& doc, CsvMapping& m) {
        if (!doc.contains("date_formats")) {
            m.date_formats = {"YYYY-MM-DD"};
            return;
        }
        const Json& formats = doc["date_formats"];
        if (!formats.is_array() || formats.empty()) {
            fail("date_formats", "expected a list of formats such as [\"DD/MM/YYYY\", \"YYYY-MM-DD\"]");
            return;
        }
        for (std::size_t i = 0; i < formats.size(); ++i) {
            std::string at = "date_formats[" + std::to_string(i) + "]";
            if (!formats[i].is_string()) {
                fail(at, "expected a format such as \"DD/MM/YYYY\", got " + type_name(formats[i]));
                continue;
            }
            std::string format = formats[i].get<std::string>();
            if (!valid_format(format)) {
                fail(at, "unknown format " + backticked(format) +
                             "; a format has DD, MM (or MMM for Jan, Feb, ...) and YYYY once each, between separators");
                continue;
            }
            // 03/04/2024 is 3 April by one and 4 March by the other: refuse to guess.
            for (const auto& earlier : m.date_formats)
                if (swapped(earlier) == format)
                    fail(at, "formats " + backticked(earlier) + " and " + backticked(format) +
                                 " read the same dates two ways; keep one");
            m.date_formats.push_back(format);
        }
    }

    static bool valid_format(const std::string& format) {
        int day = 0, month = 0, year = 0;
        for (std::size_t i = 0; i < format.size();) {
            if (format.compare(i, 4, "YYYY") == 0) {
                ++year;
                i += 4;
            } else if (format.compare(i, 3, "MMM") == 0) {
                ++month;
                i += 3;
            } else if (format.compare(i, 2, "MM") == 0) {
                ++month;
                i += 2;
            } else if (format.compare(i, 2, "DD") == 0) {
                ++day;
                i += 2;
            } else if (std::isalnum(static_cast<unsigned char>(format[i]))) {
                return false;
            } else {
                ++i;
            }
        }
        return day == 1 && month == 1 && year == 1;
    }

    static std::string swapped(const std::string& format) {
        std::string out = format;
        auto d = out.find("DD");
        auto mm = out.find("MM");
        if (d == std::string::npos || mm == std::string::npos || out.find("MMM") != std::string::npos) return "";
        out.replace(d, 2, "MM");
        out.replace(mm, 2, "DD");
        return out;
    }

    std::string column_name(const Json& j, const std::string& at) {
        if (!j.is_string() || j.get<std::string>().empty()) {
            fail(at, "expected a column name, got " + (j.is_string() ? std::string("an empty string") : type_name(j)));
            return {};
        }
        return j.get<std::string>();
    }

    // One column (`"Full Name"`), or several joined in order (`["First Name", "Last Name"]`).
    void read_name(const Json& doc, CsvMapping& m) {
        if (!doc.contains("name")) return;
        const Json& name = doc["name"];
        if (!name.is_array()) {
            if (std::string column = column_name(name, "name"); !column.empty()) m.name_columns.push_back(column);
            return;
        }
        if (name.empty()) fail("name", "expected the name's columns in order, such as [\"First Name\", \"Last Name\"]");
        for (std::size_t i = 0; i < name.size(); ++i)
            if (std::string column = column_name(name[i], "name[" + std::to_string(i) + "]"); !column.empty())
                m.name_columns.push_back(column);
    }

    void read_free_text(const Json& doc, CsvMapping& m) {
        if (!doc.contains("free_text")) return;
        const Json& list = doc["free_text"];
        if (!list.is_array()) {
            fail("free_text", "expected a list of column names, got " + type_name(list));
            return;
        }
        for (std::size_t i = 0; i < list.size(); ++i) {
            std::string column = column_name(list[i], "free_text[" + std::to_string(i) + "]");
            if (!column.empty()) m.free_text.push_back(column);
        }
    }

    // Why `value` cannot be held by a field of this type; "" when it can.
    static std::string unfit(const Json& value, const FieldType& type) {
        switch (type.kind) {
            case CellKind::text:
                if (value.is_string() || value.is_number()) return "";
                return "expected text, got " + type_name(value);
            case CellKind::number:
                if (value.is_number()) return "";
                return "expected a number, got " + type_name(value);
            case CellKind::boolean:
                if (value.is_boolean()) return "";
                return "expected true or false, got " + type_name(value);
            case CellKind::date:
                if (value.is_string() && Date::parse(value.get<std::string>())) return "";
                return "expected a date `YYYY-MM-DD`";
            case CellKind::choice:
            case CellKind::tags: {
                std::vector<std::string> items;
                if (value.is_string()) {
                    items.push_back(value.get<std::string>());
                } else if (type.kind == CellKind::tags && value.is_array()) {
                    for (const auto& item : value) {
                        if (!item.is_string()) return "expected a list of " + join(*type.vocabulary);
                        items.push_back(item.get<std::string>());
                    }
                } else {
                    return "expected one of " + join(*type.vocabulary) + ", got " + type_name(value);
                }
                for (const auto& item : items)
                    if (!vocab::contains(*type.vocabulary, item)) {
                        std::string hint = nearest(item, *type.vocabulary);
                        return "unknown value " + backticked(item) + "; expected one of " + join(*type.vocabulary) +
                               (hint.empty() ? "" : " (did you mean " + backticked(hint) + "?)");
                    }
                return "";
            }
        }
        return "";
    }

    // A constant or default as the JSON text the row's profile carries; a tag list always as a list.
    static std::string json_text(const Json& value, const FieldType& type) {
        if (type.kind == CellKind::tags && value.is_string()) return Json::array({value}).dump();
        return value.dump();
    }

    std::optional<FieldRule> field(const Json& spec, const std::string& at, const FieldType& type) {
        FieldRule rule;
        rule.key = type.key;
        rule.kind = type.kind;
        rule.vocabulary = type.vocabulary;
        if (spec.is_string()) {
            rule.column = column_name(spec, at);
            if (rule.column.empty()) return std::nullopt;
            return rule;
        }
        if (!spec.is_object()) {
            fail(at, "expected a column name or an object with `column`, got " + type_name(spec));
            return std::nullopt;
        }
        check_keys(spec, at, kSpecKeys);
        std::size_t before = errors.size();
        if (spec.contains("value")) {
            if (spec.contains("column") || spec.contains("values") || spec.contains("split") || spec.contains("default"))
                fail(at, "a constant (`value`) takes no column, `values`, `split` or `default`");
            else if (std::string why = unfit(spec["value"], type); !why.empty())
                fail(at + ".value", why);
            else
                rule.constant = json_text(spec["value"], type);
            return errors.size() == before ? std::optional<FieldRule>(rule) : std::nullopt;
        }
        if (!spec.contains("column")) {
            fail(at, "expected `column` (or `value` for a constant)");
            return std::nullopt;
        }
        rule.column = column_name(spec["column"], at + ".column");
        if (spec.contains("split")) {
            const Json& split = spec["split"];
            if (type.kind != CellKind::tags)
                fail(at + ".split", "only a list field (`areas`) can be split");
            else if (!split.is_string() || split.get<std::string>().empty())
                fail(at + ".split", "expected a separator such as \";\"");
            else
                rule.split = split.get<std::string>();
        }
        if (spec.contains("values")) read_values(spec["values"], at + ".values", type, rule);
        if (spec.contains("default")) {
            if (std::string why = unfit(spec["default"], type); !why.empty())
                fail(at + ".default", why);
            else
                rule.fallback = json_text(spec["default"], type);
        }
        if (errors.size() != before || rule.column.empty()) return std::nullopt;
        return rule;
    }

    void read_values(const Json& table, const std::string& at, const FieldType& type, FieldRule& rule) {
        if (!table.is_object() || table.empty()) {
            fail(at, "expected a table of cell text to value, such as {\"Yes\": true, \"No\": false}");
            return;
        }
        for (const auto& [cell, value] : table.items()) {
            std::string item_at = at + "." + cell;
            std::string key = folded(cell);
            if (std::any_of(rule.values.begin(), rule.values.end(), [&](const auto& v) { return v.first == key; })) {
                fail(item_at, "listed twice (cells are matched without regard to case)");
                continue;
            }
            if (value.is_null()) {  // the cell says nothing: the field is absent
                rule.values.emplace_back(key, "");
                rule.labels.push_back(cell);
                continue;
            }
            if (std::string why = unfit(value, type); !why.empty()) {
                fail(item_at, why);
                continue;
            }
            rule.values.emplace_back(key, type.kind == CellKind::tags ? json_tags(value) : value.dump());
            rule.labels.push_back(cell);
        }
    }

    // A tag translation as the items it adds, comma-separated JSON strings without brackets.
    static std::string json_tags(const Json& value) {
        std::string out = json_text(value, {"", CellKind::tags});
        return out.substr(1, out.size() - 2);
    }

    const FieldType* find_type(const Section& section, const std::string& key, const std::string& at) {
        for (const auto& f : section.fields)
            if (key == f.key) return &f;
        if (key == "comment") return nullptr;
        std::string hint = nearest(key, keys_of(section.fields));
        fail(at + "." + key, "unknown field " + backticked(key) + "; " + section.key + " has " +
                                 join(keys_of(section.fields)),
             hint.empty() ? "" : "did you mean " + backticked(hint) + "?");
        return nullptr;
    }

    void read_object(const Json& obj, const Section& section, CsvMapping& m) {
        if (!obj.is_object()) {
            fail(section.key, "expected an object of fields, got " + type_name(obj));
            return;
        }
        ObjectRule rule{section.key, {}};
        for (const auto& [key, spec] : obj.items()) {
            std::string at = std::string(section.key) + "." + key;
            if (const FieldType* type = find_type(section, key, section.key))
                if (auto f = field(spec, at, *type)) {
                    check_columns(*f, 1, at, m);
                    rule.fields.push_back(*f);
                }
        }
        check_required(section, obj, section.key);
        if (!rule.fields.empty()) m.objects.push_back(std::move(rule));
    }

    void read_groups(const Json& value, const Section& section, CsvMapping& m) {
        if (value.is_array()) {
            for (std::size_t i = 0; i < value.size(); ++i)
                read_group(value[i], section, std::string(section.key) + "[" + std::to_string(i) + "]", m);
            return;
        }
        read_group(value, section, section.key, m);
    }

    void read_group(const Json& obj, const Section& section, const std::string& at, CsvMapping& m) {
        if (!obj.is_object()) {
            fail(at, "expected an object with `fields` (and `repeat`), got " + type_name(obj));
            return;
        }
        check_keys(obj, at, kGroupKeys);
        GroupRule group;
        group.list = section.key;
        if (obj.contains("repeat")) {
            const Json& r = obj["repeat"];
            if (!r.is_number_integer() || r.get<long long>() < 1 || r.get<long long>() > 100)
                fail(at + ".repeat", "expected how many times the columns repeat, a whole number from 1 to 100");
            else
                group.repeat = r.get<int>();
        }
        if (obj.contains("when_blank")) {
            const Json& w = obj["when_blank"];
            if (w == "empty")
                group.blank_is_empty = true;
            else if (w != "absent")
                fail(at + ".when_blank", "expected \"absent\" (not known, the default) or \"empty\" (known to be none)");
        }
        if (!obj.contains("fields") || !obj["fields"].is_object()) {
            fail(at + ".fields", "required: an object of the record's fields and their columns");
            return;
        }
        for (const auto& [key, spec] : obj["fields"].items()) {
            std::string field_at = at + ".fields." + key;
            if (const FieldType* type = find_type(section, key, at + ".fields"))
                if (auto f = field(spec, field_at, *type)) {
                    check_columns(*f, group.repeat, field_at, m);
                    group.fields.push_back(*f);
                }
        }
        check_required(section, obj["fields"], at + ".fields");
        bool any_column = false;
        for (const auto& f : group.fields) {
            if (f.is_constant()) continue;
            any_column = true;
            if (group.repeat > 1 && f.column.find("{n}") == std::string::npos)
                fail(at + ".fields." + f.key, "column " + backticked(f.column) + " has no `{n}`, yet the group repeats " +
                                                  std::to_string(group.repeat) + " times");
        }
        if (!any_column && !group.fields.empty())
            fail(at + ".fields", "at least one field must read a column (a record of constants alone is never blank)");
        m.groups.push_back(std::move(group));
    }

    // Fields the profile format requires of every record (a field given but in error is not missing).
    void check_required(const Section& section, const Json& fields, const std::string& at) {
        for (const auto& type : section.fields)
            if (type.required && !fields.contains(type.key))
                fail(at, "`" + std::string(type.key) + "` is required: every " + section.key +
                             " record has one (a column, or a constant `{\"value\": ...}`)");
    }

    // Protected characteristics are never read; the name and free text feed nothing else.
    bool check_column(const std::string& at, const std::string& column, const CsvMapping& m) {
        if (column.empty()) return true;
        if (is_protected_column(column))
            fail(at, "column " + backticked(column) + " holds a protected characteristic; eligo never reads it");
        else if (at != "name" && std::find(m.name_columns.begin(), m.name_columns.end(), column) != m.name_columns.end())
            fail(at, "column " + backticked(column) + " is the `name` column; names feed nothing else");
        else if (std::find(m.free_text.begin(), m.free_text.end(), column) != m.free_text.end())
            fail(at, "column " + backticked(column) + " is free text (`free_text`); it feeds no field");
        else
            return true;
        return false;
    }

    // Every instance's column, reported once for the field.
    void check_columns(const FieldRule& f, int repeat, const std::string& at, const CsvMapping& m) {
        for (int n = 1; n <= repeat; ++n) {
            std::string column = f.column_for(n);
            if (!check_column(at, column, m)) return;
            if (column == f.column) return;  // no `{n}`: the same column every time
        }
    }
};

}  // namespace

std::string FieldRule::column_for(int n) const {
    std::string out = column;
    for (auto pos = out.find("{n}"); pos != std::string::npos; pos = out.find("{n}", pos))
        out.replace(pos, 3, std::to_string(n));
    return out;
}

const std::string* FieldRule::translate(std::string_view cell) const {
    std::string wanted = folded(cell);
    for (const auto& [from, to] : values)
        if (from == wanted) return &to;
    return nullptr;
}

std::string folded(std::string_view text) {
    std::size_t first = 0, last = text.size();
    while (first < last && std::isspace(static_cast<unsigned char>(text[first]))) ++first;
    while (last > first && std::isspace(static_cast<unsigned char>(text[last - 1]))) --last;
    std::string out(text.substr(first, last - first));
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool is_protected_column(std::string_view name) { return is_protected_name(name); }

std::optional<std::string> iso_date(std::string_view cell, const std::vector<std::string>& formats) {
    static const char* months[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    auto digits = [](std::string_view s, std::size_t& i, std::size_t min, std::size_t max, int& out) {
        std::size_t start = i;
        out = 0;
        while (i < s.size() && i - start < max && std::isdigit(static_cast<unsigned char>(s[i])))
            out = out * 10 + (s[i++] - '0');
        return i - start >= min;
    };
    for (const auto& format : formats) {
        int day = 0, month = 0, year = 0;
        std::size_t i = 0, f = 0;
        bool fits = true;
        while (fits && f < format.size()) {
            if (format.compare(f, 4, "YYYY") == 0) {
                fits = digits(cell, i, 4, 4, year);
                f += 4;
            } else if (format.compare(f, 3, "MMM") == 0) {
                fits = false;
                std::string word = folded(cell.substr(i, 3));
                for (int m = 0; m < 12; ++m)
                    if (word == months[m]) {
                        month = m + 1;
                        fits = true;
                        i += 3;
                    }
                f += 3;
            } else if (format.compare(f, 2, "MM") == 0) {
                fits = digits(cell, i, 1, 2, month);
                f += 2;
            } else if (format.compare(f, 2, "DD") == 0) {
                fits = digits(cell, i, 1, 2, day);
                f += 2;
            } else {
                fits = i < cell.size() && cell[i] == format[f];
                ++i;
                ++f;
            }
        }
        if (!fits || i != cell.size()) continue;
        char text[16];
        std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
        return std::string(text);
    }
    return std::nullopt;
}

Expected<std::shared_ptr<const CsvMapping>> load_csv_mapping(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{ErrorCode::io, path, "cannot read the file", {}};
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return parse_csv_mapping(buffer.str(), path);
}

Expected<std::shared_ptr<const CsvMapping>> parse_csv_mapping(std::string text, const std::string& path) {
    if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    Json doc;
    try {
        doc = Json::parse(text);
    } catch (const Json::parse_error& e) {
        auto [line, column] = text::line_column(text, e.byte > 0 ? e.byte - 1 : 0);
        std::string what = e.what();
        if (auto pos = what.find(": syntax error"); pos != std::string::npos) what = what.substr(pos + 2);
        return Error{ErrorCode::usage, path + ":" + std::to_string(line) + ":" + std::to_string(column),
                     "invalid JSON: " + what, {}};
    }
    MappingReader reader(path);
    CsvMapping mapping = reader.read(doc);
    if (!reader.errors.empty()) return reader.errors;
    return std::shared_ptr<const CsvMapping>(std::make_shared<CsvMapping>(std::move(mapping)));
}

}  // namespace eligo
