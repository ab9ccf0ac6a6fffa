// Reads profiles (format version 1) from JSON. The only file that maps JSON onto the model.
//
// simdjson parses (the batch path reads hundreds of thousands of profiles a second); when it
// refuses a text, nlohmann's SAX parser runs over it once more only to say at which line and
// column the text goes wrong, without building anything.
#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include "eligo/profile.h"
#include "support/text.h"
#include "support/vocabulary.h"

namespace eligo {
namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

const std::vector<std::string> kTopFields = {"id",         "name",     "current_role", "qualifications",
                                             "driving",    "employment", "cpd",        "training",
                                             "evidence",   "format"};
namespace vocab = vocabulary;

std::string backticked(const std::string& s) { return "`" + s + "`"; }

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
    return out;
}

std::string_view type_name(const element& v) {
    switch (v.type()) {
        case element_type::ARRAY: return "array";
        case element_type::OBJECT: return "object";
        case element_type::INT64:
        case element_type::UINT64:
        case element_type::DOUBLE: return "number";
        case element_type::STRING: return "string";
        case element_type::BOOL: return "boolean";
        case element_type::NULL_VALUE: return "null";
    }
    return "value";
}

bool is_number(const element& v) {
    auto t = v.type();
    return t == element_type::INT64 || t == element_type::UINT64 || t == element_type::DOUBLE;
}

std::optional<element> member(const object& obj, std::string_view key) {
    element v;
    if (obj.at_key(key).get(v) != simdjson::SUCCESS) return std::nullopt;
    return v;
}

std::string string_of(const element& v) { return std::string(v.get_string().value_unsafe()); }

// Reads one profile object, recording every problem rather than stopping at the first.
class Reader {
public:
    Reader(std::string source, const ProfileReadOptions& options, std::vector<Warning>* warnings)
        : source_(std::move(source)), options_(options), warnings_(warnings) {}

    std::vector<Error> errors;

    Profile read(const element& root) {
        Profile p;
        object doc;
        if (root.get_object().get(doc) != simdjson::SUCCESS) {
            fail("", "expected a JSON object for the profile");
            return p;
        }
        check_duplicates(doc, "");
        for (auto field : doc) {
            std::string key(field.key);
            const auto& protected_list = protected_fields();
            if (std::find(protected_list.begin(), protected_list.end(), key) != protected_list.end()) {
                if (options_.strict)
                    fail(key, "protected characteristic " + backticked(key) +
                                  " is not allowed in a profile (rejected under --strict)");
                else
                    warn(key, "protected characteristic " + backticked(key) + " dropped; rules never read it");
                continue;
            }
            if (std::find(kTopFields.begin(), kTopFields.end(), key) == kTopFields.end()) warn_unknown(key, key, kTopFields);
        }
        p.id = string_field(doc, "id", "", true);
        if (auto id = member(doc, "id"); id && id->is_string() && p.id.empty()) fail("id", "must not be empty");
        p.name = string_field(doc, "name", "");
        if (auto v = member(doc, "current_role")) p.current_role = current_role(*v);
        p.qualifications = list<Qualification>(doc, "qualifications", &Reader::qualification);
        if (auto v = member(doc, "driving")) p.driving = driving(*v);
        p.employment = list<EmploymentPeriod>(doc, "employment", &Reader::employment);
        p.cpd = list<CpdRecord>(doc, "cpd", &Reader::cpd);
        p.training = list<TrainingRecord>(doc, "training", &Reader::training);
        p.evidence = list<Evidence>(doc, "evidence", &Reader::evidence);
        return p;
    }

private:
    std::string source_;
    ProfileReadOptions options_;
    std::vector<Warning>* warnings_;

    void fail(const std::string& path, const std::string& message) {
        errors.push_back({ErrorCode::profile_field, source_, path.empty() ? message : path + ": " + message, {}});
    }
    void warn(const std::string& path, const std::string& message) {
        if (warnings_) warnings_->push_back({source_, path + ": " + message});
    }

    // At most this many unknown fields are reported per profile: a record of thousands of them
    // must not take a batch's memory in warnings; one more line says that others were left out.
    static constexpr std::size_t kMaxUnknown = 20;
    std::size_t unknown_ = 0;

    void warn_unknown(const std::string& path, const std::string& key, const std::vector<std::string>& allowed) {
        if (!warnings_) return;
        if (++unknown_ > kMaxUnknown) {
            if (unknown_ == kMaxUnknown + 1)
                warnings_->push_back({source_, "more unknown fields ignored (a profile lists the first " +
                                                   std::to_string(kMaxUnknown) + ")"});
            return;
        }
        std::string hint = nearest(key, allowed);
        warn(path, "unknown field " + backticked(key) + " ignored" +
                       (hint.empty() ? "" : "; did you mean " + backticked(hint) + "?"));
    }

    // JSON allows a name twice in one object and leaves the meaning open; a profile must not
    // be read one way here and another way elsewhere, so a repeated field is refused.
    void check_duplicates(const object& obj, const std::string& path) {
        // A record has a dozen fields at most: compare them pairwise, without allocating.
        constexpr std::size_t kSmall = 16;
        if (obj.size() <= kSmall) {
            std::array<std::string_view, kSmall> seen;
            std::size_t n = 0;
            for (auto field : obj) {
                if (std::find(seen.begin(), seen.begin() + static_cast<std::ptrdiff_t>(n), field.key) !=
                    seen.begin() + static_cast<std::ptrdiff_t>(n)) {
                    std::string name(field.key);
                    fail(path.empty() ? name : path + "." + name, "field given twice; keep one");
                }
                seen[n++] = field.key;
            }
            return;
        }
        // A hostile one may have thousands: sorted, that costs n log n rather than n squared.
        std::vector<std::string_view> keys;
        keys.reserve(obj.size());
        for (auto field : obj) keys.push_back(field.key);
        std::vector<std::string_view> sorted = keys;
        std::sort(sorted.begin(), sorted.end());
        if (std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end()) return;
        std::set<std::string_view> seen;
        for (auto key : keys)
            if (!seen.insert(key).second) {
                std::string name(key);
                fail(path.empty() ? name : path + "." + name, "field given twice; keep one");
            }
    }

    // Fields a record may carry; anything else is reported, with the nearest valid name.
    void check_keys(const object& obj, const std::string& path, const std::vector<std::string>& allowed) {
        check_duplicates(obj, path);
        for (auto field : obj) {
            if (std::find(allowed.begin(), allowed.end(), field.key) != allowed.end()) continue;
            std::string key(field.key);
            warn_unknown(path + "." + key, key, allowed);
        }
    }

    // Field readers take the path of the object and the key; the field's full path is only
    // spelled out when there is something to report.
    static std::string at(const std::string& base, const char* key) { return base.empty() ? key : base + "." + key; }

    std::string string_field(const object& obj, const char* key, const std::string& base, bool required = false) {
        auto v = member(obj, key);
        if (!v) {
            if (required) fail(at(base, key), "required field is missing");
            return {};
        }
        if (!v->is_string()) {
            fail(at(base, key), "expected a string, got " + std::string(type_name(*v)));
            return {};
        }
        return string_of(*v);
    }

    std::string enum_field(const object& obj, const char* key, const std::string& base,
                           const std::vector<std::string>& allowed, bool required = false) {
        std::string value = string_field(obj, key, base, required);
        if (!value.empty() && std::find(allowed.begin(), allowed.end(), value) == allowed.end()) {
            std::string hint = nearest(value, allowed);
            fail(at(base, key), "unknown value " + backticked(value) + "; expected one of " + join(allowed) +
                           (hint.empty() ? "" : " (did you mean " + backticked(hint) + "?)"));
            return {};
        }
        return value;
    }

    std::optional<Date> date_field(const object& obj, const char* key, const std::string& base,
                                   bool required = false) {
        auto v = member(obj, key);
        if (!v) {
            if (required) fail(at(base, key), "required date is missing");
            return std::nullopt;
        }
        if (!v->is_string()) {
            fail(at(base, key), "expected a date `YYYY-MM-DD`, got " + std::string(type_name(*v)));
            return std::nullopt;
        }
        std::string text = string_of(*v);
        auto d = Date::parse(text);
        if (!d) fail(at(base, key), "expected a date `YYYY-MM-DD`, got " + backticked(text));
        return d;
    }

    std::optional<double> number_field(const object& obj, const char* key, const std::string& base) {
        auto v = member(obj, key);
        if (!v) return std::nullopt;
        if (!is_number(*v)) {
            fail(at(base, key), "expected a number, got " + std::string(type_name(*v)));
            return std::nullopt;
        }
        double value = v->get_double().value_unsafe();
        if (value < 0) {
            fail(at(base, key), "must not be negative");
            return std::nullopt;
        }
        return value;
    }

    std::optional<bool> bool_field(const object& obj, const char* key, const std::string& base) {
        auto v = member(obj, key);
        if (!v) return std::nullopt;
        if (!v->is_bool()) {
            fail(at(base, key), "expected true or false, got " + std::string(type_name(*v)));
            return std::nullopt;
        }
        return v->get_bool().value_unsafe();
    }

    std::optional<std::vector<std::string>> tags(const object& obj, const char* key, const std::string& base,
                                                 const std::vector<std::string>& allowed) {
        auto v = member(obj, key);
        if (!v) return std::nullopt;
        array items;
        if (v->get_array().get(items) != simdjson::SUCCESS) {
            fail(at(base, key), "expected a list of strings, got " + std::string(type_name(*v)));
            return std::nullopt;
        }
        std::vector<std::string> out;
        std::size_t i = 0;
        for (element item : items) {
            std::size_t index = i++;
            auto item_path = [&] { return at(base, key) + "[" + std::to_string(index) + "]"; };
            if (!item.is_string()) {
                fail(item_path(), "expected a string, got " + std::string(type_name(item)));
                continue;
            }
            std::string tag = string_of(item);
            if (std::find(allowed.begin(), allowed.end(), tag) == allowed.end()) {
                std::string hint = nearest(tag, allowed);
                fail(item_path(), "unknown area " + backticked(tag) + "; expected one of " + join(allowed) +
                                    (hint.empty() ? "" : " (did you mean " + backticked(hint) + "?)"));
                continue;
            }
            out.push_back(std::move(tag));
        }
        return out;
    }

    template <class T>
    std::optional<std::vector<T>> list(const object& doc, const char* key,
                                       T (Reader::*item)(const object&, const std::string&)) {
        auto v = member(doc, key);
        if (!v || v->is_null()) return std::nullopt;
        array items;
        if (v->get_array().get(items) != simdjson::SUCCESS) {
            fail(key, "expected a list, got " + std::string(type_name(*v)));
            return std::nullopt;
        }
        std::vector<T> out;
        out.reserve(items.size());
        std::size_t i = 0;
        for (element entry : items) {
            std::string path = std::string(key) + "[" + std::to_string(i++) + "]";
            object record;
            if (entry.get_object().get(record) != simdjson::SUCCESS) {
                fail(path, "expected an object, got " + std::string(type_name(entry)));
                continue;
            }
            out.push_back((this->*item)(record, path));
        }
        return out;
    }

    CurrentRole current_role(const element& v) {
        CurrentRole r;
        object obj;
        if (v.get_object().get(obj) != simdjson::SUCCESS) {
            fail("current_role", "expected an object, got " + std::string(type_name(v)));
            return r;
        }
        check_keys(obj, "current_role", {"role", "level", "since"});
        r.role = string_field(obj, "role", "current_role", true);
        r.level = string_field(obj, "level", "current_role");
        r.since = date_field(obj, "since", "current_role");
        return r;
    }

    Qualification qualification(const object& v, const std::string& path) {
        Qualification q;
        check_keys(v, path, {"kind", "subject", "title", "level", "grade", "stage", "areas", "status", "awarded",
                             "awarding_body"});
        q.kind = enum_field(v, "kind", path, vocab::qualification_kinds, true);
        q.subject = string_field(v, "subject", path);
        q.title = string_field(v, "title", path);
        if (auto level = member(v, "level")) {
            std::int64_t n = 0;
            if (level->get_int64().get(n) != simdjson::SUCCESS || n < 1 || n > 8)
                fail(path + ".level", "expected an RQF level, a whole number from 1 to 8");
            else
                q.level = static_cast<int>(n);
        }
        if (auto grade = member(v, "grade")) {
            std::int64_t n = 0;
            if (grade->is_string())
                q.grade = string_of(*grade);
            else if (grade->get_int64().get(n) == simdjson::SUCCESS)
                q.grade = std::to_string(n);
            else
                fail(path + ".grade", "expected a grade such as \"5\" or \"C\", got " + std::string(type_name(*grade)));
        }
        q.stage = enum_field(v, "stage", path, vocab::stages);
        q.areas = tags(v, "areas", path, vocab::qualification_areas);
        std::string status = enum_field(v, "status", path, {"achieved", "in_progress"});
        q.in_progress = status == "in_progress";
        q.awarded = date_field(v, "awarded", path);
        q.awarding_body = string_field(v, "awarding_body", path);
        return q;
    }

    Driving driving(const element& v) {
        Driving d;
        object obj;
        if (v.get_object().get(obj) != simdjson::SUCCESS) {
            fail("driving", "expected an object, got " + std::string(type_name(v)));
            return d;
        }
        check_keys(obj, "driving", {"licence", "vehicle_access"});
        d.licence = enum_field(obj, "licence", "driving", vocab::licences);
        d.vehicle_access = enum_field(obj, "vehicle_access", "driving", vocab::vehicle_access);
        return d;
    }

    EmploymentPeriod employment(const object& v, const std::string& path) {
        EmploymentPeriod e;
        check_keys(v, path, {"employer", "employer_type", "title", "areas", "managerial", "start", "end",
                             "hours_per_week"});
        e.employer = string_field(v, "employer", path);
        e.employer_type = enum_field(v, "employer_type", path, vocab::employer_types);
        e.title = string_field(v, "title", path);
        e.areas = tags(v, "areas", path, vocab::work_areas);
        e.managerial = bool_field(v, "managerial", path);
        if (auto d = date_field(v, "start", path, true)) e.start = *d;
        e.end = date_field(v, "end", path);
        if (e.end && *e.end < e.start) fail(path + ".end", "ends before it starts (" + e.start.to_string() + ")");
        e.hours_per_week = number_field(v, "hours_per_week", path);
        return e;
    }

    CpdRecord cpd(const object& v, const std::string& path) {
        CpdRecord c;
        check_keys(v, path, {"date", "hours", "activity", "verified"});
        if (auto d = date_field(v, "date", path, true)) c.date = *d;
        c.hours = number_field(v, "hours", path);
        c.activity = string_field(v, "activity", path);
        c.verified = bool_field(v, "verified", path).value_or(false);
        return c;
    }

    TrainingRecord training(const object& v, const std::string& path) {
        TrainingRecord t;
        check_keys(v, path, {"id", "status", "date"});
        t.id = string_field(v, "id", path, true);
        std::string status = enum_field(v, "status", path, {"completed", "in_progress"}, true);
        t.completed = status == "completed";
        t.date = date_field(v, "date", path);
        return t;
    }

    Evidence evidence(const object& v, const std::string& path) {
        Evidence e;
        check_keys(v, path, {"competency", "status", "source", "by", "date", "note"});
        e.competency = string_field(v, "competency", path, true);
        std::string status = enum_field(v, "status", path, {"met", "not_met"}, true);
        e.met = status == "met";
        e.source = enum_field(v, "source", path, {"manager", "assessor", "document", "self"});
        e.by = string_field(v, "by", path);
        e.date = date_field(v, "date", path);
        e.note = string_field(v, "note", path);
        return e;
    }
};

}  // namespace

const std::vector<std::string>& protected_fields() {
    static const std::vector<std::string> fields = {
        "date_of_birth", "age",       "sex",        "gender",            "gender_reassignment", "race",
        "ethnicity",     "nationality", "religion", "belief",            "disability",          "sexual_orientation",
        "marital_status", "civil_partnership", "pregnancy", "maternity"};
    return fields;
}

namespace {

// Finds where a text stops being JSON, for the message; builds nothing.
struct SyntaxProbe : nlohmann::json_sax<nlohmann::json> {
    std::size_t position = 0;
    std::string message;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t byte, const std::string&, const nlohmann::detail::exception& e) override {
        position = byte;
        message = e.what();
        return false;
    }
};

// Where the first integer of more than 19 digits (beyond 64 bits) starts outside a string.
std::size_t long_integer_at(std::string_view text) {
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') {
            in_string = true;
        } else if (c >= '0' && c <= '9') {
            std::size_t end = i;
            while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
            if (end - i > 19) return i > 0 && text[i - 1] == '-' ? i - 1 : i;
            i = end;
        }
    }
    return std::string_view::npos;
}

Error syntax_error(std::string_view text, const std::string& source, simdjson::error_code code) {
    auto at = [&](std::size_t offset) {
        auto [line, column] = text::line_column(text, offset);
        return source + ":" + std::to_string(line) + ":" + std::to_string(column);
    };
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"))
        return Error{ErrorCode::profile_syntax, source,
                     "the text is UTF-16 (it starts with a UTF-16 byte-order mark); profiles are UTF-8: save the file as UTF-8",
                     {}};
    SyntaxProbe probe;
    nlohmann::json::sax_parse(text.begin(), text.end(), &probe);
    // nlohmann reports the byte after the problem; point at the offending byte itself.
    std::size_t offset = probe.position > 0 ? probe.position - 1 : 0;
    // A NUL byte outside a string reads as the end of the text; name it rather than the symptom.
    if (auto nul = text.find('\0'); nul != std::string_view::npos &&
                                      (probe.message.empty() || (offset >= nul && probe.message.find("U+0000") == std::string::npos)))
        return Error{ErrorCode::profile_syntax, at(nul),
                     "invalid JSON: a NUL byte; profiles are UTF-8 text (is the file UTF-16, or not text at all?)", {}};
    if (!probe.message.empty()) {
        std::string what = probe.message;
        // Keep only the part after "[json.exception.parse_error.101] parse error at line L,
        // column C: ", or after "[json.exception.out_of_range.406] ".
        if (auto pos = what.find(": syntax error"); pos != std::string::npos) what = what.substr(pos + 2);
        else if (what.starts_with("[json.exception.out_of_range")) what = "a number is out of range";
        // Drop the excerpt nlohmann quotes ("last read: ..."): it is profile text, perhaps a name.
        if (auto pos = what.find("; last read:"); pos != std::string::npos) what.erase(pos);
        return Error{ErrorCode::profile_syntax, at(offset), "invalid JSON: " + what, {}};
    }
    // Well-formed to the letter of JSON but beyond what a profile may be.
    if (code == simdjson::NUMBER_ERROR)
        if (auto big = long_integer_at(text); big != std::string_view::npos)
            return Error{ErrorCode::profile_syntax, at(big), "invalid JSON: a number is out of range", {}};
    std::string what;
    switch (code) {
        case simdjson::DEPTH_ERROR: what = "nested deeper than " + std::to_string(simdjson::DEFAULT_MAX_DEPTH) + " levels"; break;
        case simdjson::NUMBER_ERROR: what = "a number is out of range"; break;
        default: what = simdjson::error_message(code); break;
    }
    return Error{ErrorCode::profile_syntax, source, "invalid JSON: " + what, {}};
}

Error too_large(const std::string& source, std::uint64_t size, const ProfileReadOptions& options) {
    return Error{ErrorCode::profile_limit, source,
                 "profile is " + std::to_string(size) + " bytes, over the limit of " + std::to_string(options.max_bytes) +
                     " (a profile is a few kilobytes; is this the right file?)",
                 {}};
}

}  // namespace

Expected<Profile> parse_profile(std::string_view text, const std::string& source, const ProfileReadOptions& options,
                                std::vector<Warning>* warnings) {
    if (options.max_bytes > 0 && text.size() > options.max_bytes) return too_large(source, text.size(), options);
    // A byte-order mark is how some Windows tools start UTF-8 files; it is not part of the JSON.
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    // One parser per thread, reused: its buffers grow to the largest profile read and stay.
    thread_local simdjson::dom::parser parser;
    element root;
    if (auto code = parser.parse(text.data(), text.size()).get(root); code != simdjson::SUCCESS)
        return syntax_error(text, source, code);
    Reader reader(source, options, warnings);
    Profile profile = reader.read(root);
    if (!reader.errors.empty()) return reader.errors;
    return profile;
}

Expected<Profile> read_profile_file(const std::string& path, const ProfileReadOptions& options,
                                    std::vector<Warning>* warnings) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{ErrorCode::io, path, "cannot read the file", {}};
    // Refused before reading: a mistaken multi-gigabyte file must not take the memory.
    std::error_code ec;
    if (auto size = std::filesystem::file_size(path, ec); !ec && options.max_bytes > 0 && size > options.max_bytes)
        return too_large(path, size, options);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return parse_profile(buffer.str(), path, options, warnings);
}

}  // namespace eligo
