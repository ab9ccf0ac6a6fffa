// Reads profiles (format version 1) from JSON. The only file that maps JSON onto the model.
//
// simdjson parses (the batch path reads hundreds of thousands of profiles a second); when it
// refuses a text, nlohmann's SAX parser runs over it once more only to say at which line and
// column the text goes wrong, without building anything.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include "eligo/profile.h"
#include "support/read.h"
#include "support/text.h"
#include "support/vocabulary.h"

namespace eligo {
namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

namespace vocab = vocabulary;

const std::vector<std::string> kQualificationStatuses = {"achieved", "in_progress"};
const std::vector<std::string> kTrainingStatuses = {"completed", "in_progress"};
const std::vector<std::string> kEvidenceStatuses = {"met", "not_met"};
const std::vector<std::string> kEvidenceSources = {"manager", "assessor", "document", "self"};

std::string backticked(std::string_view s) { return "`" + std::string(s) + "`"; }

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

bool is_protected(std::string_view key) { return is_protected_name(key); }

// Where a record sits in the profile: the top (no name), `driving`, `qualifications[2]`.
// Spelled out only when there is something to report, so reading a good profile builds no
// path at all.
struct Where {
    std::string_view name;
    std::size_t index = kNoIndex;
    static constexpr std::size_t kNoIndex = static_cast<std::size_t>(-1);

    std::string str() const {
        std::string out(name);
        if (index != kNoIndex) out += "[" + std::to_string(index) + "]";
        return out;
    }
    /// The path of one of the record's fields.
    std::string field(std::string_view key) const {
        if (name.empty()) return std::string(key);
        return str() + "." + std::string(key);
    }
};

// The names a record may carry. A record is read in one pass over its object: each field is
// matched against these names once and its value left at that name's position, so a reader
// takes its fields by position instead of searching the object for each.
template <std::size_t N>
using Names = std::array<std::string_view, N>;

template <std::size_t N>
class Fields {
    static_assert(N <= 32, "a record has at most 32 named fields");

public:
    /// The value of the `i`th name, or null when the record does not carry it.
    const element* operator[](std::size_t i) const { return (present_ >> i & 1u) != 0 ? &values_[i] : nullptr; }
    /// Records the first value of the `i`th name; false when it was already given.
    bool set(std::size_t i, element value) {
        if ((present_ >> i & 1u) != 0) return false;
        values_[i] = value;
        present_ |= 1u << i;
        return true;
    }

private:
    std::array<element, N> values_{};
    std::uint32_t present_ = 0;
};

// `Date::parse` for the shape a recorded date nearly always has, `YYYY-MM-DD` naming a real
// day, worked out directly; any other text goes to `Date::parse`, which has the last word.
std::optional<Date> read_date(std::string_view t) {
    auto digit = [&](std::size_t i) { return t[i] >= '0' && t[i] <= '9'; };
    if (t.size() != 10 || t[4] != '-' || t[7] != '-' || !digit(0) || !digit(1) || !digit(2) || !digit(3) ||
        !digit(5) || !digit(6) || !digit(8) || !digit(9))
        return Date::parse(t);
    auto number = [&](std::size_t at, std::size_t n) {
        int v = 0;
        for (std::size_t i = at; i < at + n; ++i) v = v * 10 + (t[i] - '0');
        return v;
    };
    int y = number(0, 4), m = number(5, 2), d = number(8, 2);
    bool leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1] + (m == 2 && leap)) return Date::parse(t);
    // Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
    int year = m <= 2 ? y - 1 : y;
    int era = (year >= 0 ? year : year - 399) / 400;
    int year_of_era = year - era * 400;
    int day_of_year = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return Date::from_days(era * 146097 + day_of_era - 719468);
}

// Reads one profile object, recording every problem rather than stopping at the first.
class Reader {
public:
    Reader(const std::string& source, const ProfileReadOptions& options, std::vector<Warning>* warnings)
        : source_(source), options_(options), warnings_(warnings) {}

    std::vector<Error> errors;

    Profile read(const element& root) {
        Profile p;
        object doc;
        if (root.get_object().get(doc) != simdjson::SUCCESS) {
            fail("", "expected a JSON object for the profile");
            return p;
        }
        enum { id, name, current_role_, qualifications, driving_, employment, cpd_, training_, evidence_, format };
        static constexpr Names<10> kNames = {"id",         "name", "current_role", "qualifications", "driving",
                                             "employment", "cpd",  "training",     "evidence",       "format"};
        const Where top{};
        auto f = scan(doc, kNames, top);
        string_field(p.id, f[id], "id", top, true);
        if (f[id] && f[id]->is_string() && p.id.empty()) fail("id", "must not be empty");
        string_field(p.name, f[name], "name", top);
        if (const element* v = f[current_role_]) p.current_role = current_role(*v);
        p.qualifications = list<Qualification>(f[qualifications], "qualifications", &Reader::qualification);
        if (const element* v = f[driving_]) p.driving = driving(*v);
        p.employment = list<EmploymentPeriod>(f[employment], "employment", &Reader::employment, options_.keep.employment);
        p.cpd = list<CpdRecord>(f[cpd_], "cpd", &Reader::cpd, options_.keep.cpd);
        p.training = list<TrainingRecord>(f[training_], "training", &Reader::training, options_.keep.training);
        p.evidence = list<Evidence>(f[evidence_], "evidence", &Reader::evidence);
        return p;
    }

private:
    const std::string& source_;
    const ProfileReadOptions& options_;
    std::vector<Warning>* warnings_;
    // False while a list that is not kept is read: its records are checked as ever, but their
    // texts are not copied out of the document, as they would only be thrown away.
    bool building_ = true;

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

    // Under --strict an unknown field refuses the record: a misspelt `qualifcations` would
    // otherwise leave an applicant's qualifications unread and the verdict wrong.
    template <std::size_t N>
    void warn_unknown(const Where& where, std::string_view key, const Names<N>& allowed) {
        if (!warnings_ && !options_.strict) return;
        if (++unknown_ > kMaxUnknown) {
            if (unknown_ == kMaxUnknown + 1) {
                std::string more = "more unknown fields (a profile lists the first " + std::to_string(kMaxUnknown) + ")";
                if (options_.strict) fail("", more);
                else warnings_->push_back({source_, more + " ignored"});
            }
            return;
        }
        std::string hint = nearest(std::string(key), std::vector<std::string>(allowed.begin(), allowed.end()));
        std::string suggestion = hint.empty() ? "" : "; did you mean " + backticked(hint) + "?";
        if (options_.strict)
            fail(where.field(key), "unknown field " + backticked(key) + " (refused under --strict)" + suggestion);
        else
            warn(where.field(key), "unknown field " + backticked(key) + " ignored" + suggestion);
    }

    // One pass over a record's object. Besides leaving each known field's value in place, it
    // reports on the way:
    // - a name given twice: JSON allows it and leaves the meaning open, and a profile must not
    //   be read one way here and another way elsewhere, so a repeated field is refused;
    // - a protected characteristic, at any depth: dropped with a warning, refused under
    //   --strict; rules never see it either way;
    // - any other name: ignored with a warning naming the nearest valid one.
    template <std::size_t N>
    Fields<N> scan(const object& obj, const Names<N>& names, const Where& where) {
        Fields<N> out;
        std::vector<std::string_view> others;  // allocated only when a record has other names
        std::size_t expected = 0;  // fields mostly come in the format's order: look from the next name on
        for (auto field : obj) {
            std::size_t i = position(names, field.key, expected);
            if (i < N) {
                if (!out.set(i, field.value)) fail(where.field(field.key), "field given twice; keep one");
                expected = i + 1;
                continue;
            }
            others.push_back(field.key);
            if (is_protected(field.key)) {
                if (options_.strict)
                    fail(where.field(field.key), "protected characteristic " + backticked(field.key) +
                                                     " is not allowed in a profile (rejected under --strict)");
                else
                    warn(where.field(field.key),
                         "protected characteristic " + backticked(field.key) + " dropped; rules never read it");
                continue;
            }
            warn_unknown(where, field.key, names);
        }
        if (others.size() > 1) report_repeats(others, where);
        return out;
    }

    // Where `key` is among `names` (N when it is not), looking from `from` on and then from the
    // start: a record's fields mostly follow the format's order, perhaps with some left out.
    // Lengths and first letters are compared before whole names.
    template <std::size_t N>
    static std::size_t position(const Names<N>& names, std::string_view key, std::size_t from) {
        auto same = [&](std::string_view name) {
            return name.size() == key.size() && (key.empty() || name[0] == key[0]) && name == key;
        };
        for (std::size_t i = from; i < N; ++i)
            if (same(names[i])) return i;
        for (std::size_t i = 0; i < from && i < N; ++i)
            if (same(names[i])) return i;
        return N;
    }

    // The names outside a record's list given more than once. A hostile record may have
    // thousands: sorted, finding out costs n log n rather than n squared.
    void report_repeats(const std::vector<std::string_view>& keys, const Where& where) {
        std::vector<std::string_view> sorted = keys;
        std::sort(sorted.begin(), sorted.end());
        if (std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end()) return;
        std::set<std::string_view> seen;
        for (auto key : keys)
            if (!seen.insert(key).second) fail(where.field(key), "field given twice; keep one");
    }

    // A field's text; nullopt, reported, when a required field is missing or the value is not a
    // string. `expected` names what the field holds, for the message.
    std::optional<std::string_view> text_field(const element* v, std::string_view key, const Where& where,
                                               bool required, const char* expected = "a string",
                                               const char* missing = "required field is missing") {
        if (!v) {
            if (required) fail(where.field(key), missing);
            return std::nullopt;
        }
        std::string_view text;
        if (v->get_string().get(text) != simdjson::SUCCESS) {
            fail(where.field(key), std::string("expected ") + expected + ", got " + std::string(type_name(*v)));
            return std::nullopt;
        }
        return text;
    }

    // A text field read into `to`, which is left as it is (empty) when the field is missing or
    // wrong: read in place, a text needs no string of its own on the way.
    void string_field(std::string& to, const element* v, std::string_view key, const Where& where,
                      bool required = false) {
        auto text = text_field(v, key, where, required);
        if (text && building_) to.assign(*text);
    }

    // One of `allowed`, or null, reported, when the value is not among them; null too when the
    // field is missing or empty.
    const std::string* enum_value(const element* v, std::string_view key, const Where& where,
                                  const std::vector<std::string>& allowed, bool required = false) {
        auto text = text_field(v, key, where, required);
        if (!text || text->empty()) return nullptr;
        for (const auto& value : allowed)
            if (value == *text) return &value;
        std::string value(*text);
        std::string hint = nearest(value, allowed);
        fail(where.field(key), "unknown value " + backticked(value) + "; expected one of " + join(allowed) +
                                   (hint.empty() ? "" : " (did you mean " + backticked(hint) + "?)"));
        return nullptr;
    }

    void enum_field(std::string& to, const element* v, std::string_view key, const Where& where,
                    const std::vector<std::string>& allowed, bool required = false) {
        const std::string* value = enum_value(v, key, where, allowed, required);
        if (value && building_) to = *value;
    }

    bool enum_is(const element* v, std::string_view key, const Where& where, const std::vector<std::string>& allowed,
                 std::string_view expected, bool required = false) {
        const std::string* value = enum_value(v, key, where, allowed, required);
        return value && *value == expected;
    }

    // Marked hot because it is (some ten dates a record): from the dozen tests a date passes
    // before its days are worked out, GCC guesses the arithmetic rarely runs and compiles it
    // for size, dividing with the processor's slow instruction instead of multiplying, which
    // cost 5 % of a screen. `[[unlikely]]` on the tests does not change its guess.
    [[gnu::hot]] std::optional<Date> date_field(const element* v, std::string_view key, const Where& where,
                                                bool required = false) {
        auto text = text_field(v, key, where, required, "a date `YYYY-MM-DD`", "required date is missing");
        if (!text) return std::nullopt;
        auto read = read_date(*text);
        if (!read) {
            fail(where.field(key), "expected a date `YYYY-MM-DD`, got " + backticked(*text) + not_a_day(*text));
            return std::nullopt;
        }
        // A year like 0000 or 9999 is a placeholder or a slip, not a date a career was lived on.
        static const Date kEarliest = Date::from_ymd(1900, 1, 1), kLatest = Date::from_ymd(2099, 12, 31);
        Date d = *read;  // a plain value from here: an optional kept in memory and read back whole stalls
        if (d < kEarliest || d > kLatest) {
            fail(where.field(key), "date " + backticked(*text) + " is outside the plausible range " +
                                       kEarliest.to_string() + " to " + kLatest.to_string());
            return std::nullopt;
        }
        return d;
    }

    std::optional<double> number_field(const element* v, std::string_view key, const Where& where) {
        if (!v) return std::nullopt;
        if (!is_number(*v)) {
            fail(where.field(key), "expected a number, got " + std::string(type_name(*v)));
            return std::nullopt;
        }
        double value = v->get_double().value_unsafe();
        if (value < 0) {
            fail(where.field(key), "must not be negative");
            return std::nullopt;
        }
        return value;
    }

    std::optional<bool> bool_field(const element* v, std::string_view key, const Where& where) {
        if (!v) return std::nullopt;
        if (!v->is_bool()) {
            fail(where.field(key), "expected true or false, got " + std::string(type_name(*v)));
            return std::nullopt;
        }
        return v->get_bool().value_unsafe();
    }

    std::optional<std::vector<std::string>> tags(const element* v, std::string_view key, const Where& where,
                                                 const std::vector<std::string>& allowed) {
        if (!v) return std::nullopt;
        array items;
        if (v->get_array().get(items) != simdjson::SUCCESS) {
            fail(where.field(key), "expected a list of strings, got " + std::string(type_name(*v)));
            return std::nullopt;
        }
        std::vector<std::string> out;
        if (building_) out.reserve(items.size());
        std::size_t i = 0;
        for (element item : items) {
            std::size_t index = i++;
            auto item_path = [&] { return where.field(key) + "[" + std::to_string(index) + "]"; };
            std::string_view tag;
            if (item.get_string().get(tag) != simdjson::SUCCESS) {
                fail(item_path(), "expected a string, got " + std::string(type_name(item)));
                continue;
            }
            auto known = std::find(allowed.begin(), allowed.end(), tag);
            if (known == allowed.end()) {
                std::string hint = nearest(std::string(tag), allowed);
                fail(item_path(), "unknown area " + backticked(tag) + "; expected one of " + join(allowed) +
                                      (hint.empty() ? "" : " (did you mean " + backticked(hint) + "?)"));
                continue;
            }
            if (building_) out.push_back(*known);
        }
        return out;
    }

    // A list of records; when not `keep`, every record is read and checked all the same, and
    // the list comes back absent. Each record is read into its place in the list: a
    // qualification moved there after reading was a copy of some hundred bytes a record.
    template <class T>
    std::optional<std::vector<T>> list(const element* v, const char* key,
                                       void (Reader::*item)(T&, const object&, const Where&), bool keep = true) {
        if (!v || v->is_null()) return std::nullopt;
        array items;
        if (v->get_array().get(items) != simdjson::SUCCESS) {
            fail(key, "expected a list, got " + std::string(type_name(*v)));
            return std::nullopt;
        }
        std::vector<T> out;
        if (keep) out.reserve(items.size());
        building_ = keep;
        std::size_t i = 0;
        for (element entry : items) {
            Where where{key, i++};
            object record;
            if (entry.get_object().get(record) != simdjson::SUCCESS) {
                fail(where.str(), "expected an object, got " + std::string(type_name(entry)));
                continue;
            }
            if (keep) {
                (this->*item)(out.emplace_back(), record, where);
            } else {
                T unkept;
                (this->*item)(unkept, record, where);
            }
        }
        building_ = true;
        if (!keep) return std::nullopt;
        return out;
    }

    CurrentRole current_role(const element& v) {
        CurrentRole r;
        const Where where{"current_role"};
        object obj;
        if (v.get_object().get(obj) != simdjson::SUCCESS) {
            fail(where.str(), "expected an object, got " + std::string(type_name(v)));
            return r;
        }
        enum { role, level, since };
        static constexpr Names<3> kNames = {"role", "level", "since"};
        auto f = scan(obj, kNames, where);
        string_field(r.role, f[role], "role", where, true);
        string_field(r.level, f[level], "level", where);
        r.since = date_field(f[since], "since", where);
        return r;
    }

    void qualification(Qualification& q, const object& obj, const Where& where) {
        enum { kind, subject, title, level, grade, stage, areas, status, awarded, awarding_body };
        static constexpr Names<10> kNames = {"kind",  "subject", "title",  "level",   "grade",
                                             "stage", "areas",   "status", "awarded", "awarding_body"};
        auto f = scan(obj, kNames, where);
        enum_field(q.kind, f[kind], "kind", where, vocab::qualification_kinds, true);
        string_field(q.subject, f[subject], "subject", where);
        string_field(q.title, f[title], "title", where);
        if (const element* v = f[level]) {
            std::int64_t n = 0;
            if (v->get_int64().get(n) != simdjson::SUCCESS || n < 1 || n > 8)
                fail(where.field("level"), "expected an RQF level, a whole number from 1 to 8");
            else
                q.level = static_cast<int>(n);
        }
        if (const element* v = f[grade]) {
            std::int64_t n = 0;
            std::string_view text;
            if (v->get_string().get(text) == simdjson::SUCCESS)
                q.grade = text;
            else if (v->get_int64().get(n) == simdjson::SUCCESS)
                q.grade = std::to_string(n);
            else
                fail(where.field("grade"), "expected a grade such as \"5\" or \"C\", got " + std::string(type_name(*v)));
        }
        enum_field(q.stage, f[stage], "stage", where, vocab::stages);
        q.areas = tags(f[areas], "areas", where, vocab::qualification_areas);
        q.in_progress = enum_is(f[status], "status", where, kQualificationStatuses, "in_progress");
        q.awarded = date_field(f[awarded], "awarded", where);
        string_field(q.awarding_body, f[awarding_body], "awarding_body", where);
    }

    Driving driving(const element& v) {
        Driving d;
        const Where where{"driving"};
        object obj;
        if (v.get_object().get(obj) != simdjson::SUCCESS) {
            fail(where.str(), "expected an object, got " + std::string(type_name(v)));
            return d;
        }
        enum { licence, vehicle_access };
        static constexpr Names<2> kNames = {"licence", "vehicle_access"};
        auto f = scan(obj, kNames, where);
        enum_field(d.licence, f[licence], "licence", where, vocab::licences);
        enum_field(d.vehicle_access, f[vehicle_access], "vehicle_access", where, vocab::vehicle_access);
        return d;
    }

    void employment(EmploymentPeriod& e, const object& obj, const Where& where) {
        enum { employer, employer_type, title, areas, managerial, start, end, hours_per_week };
        static constexpr Names<8> kNames = {"employer",   "employer_type", "title", "areas",
                                            "managerial", "start",         "end",   "hours_per_week"};
        auto f = scan(obj, kNames, where);
        string_field(e.employer, f[employer], "employer", where);
        enum_field(e.employer_type, f[employer_type], "employer_type", where, vocab::employer_types);
        string_field(e.title, f[title], "title", where);
        e.areas = tags(f[areas], "areas", where, vocab::work_areas);
        e.managerial = bool_field(f[managerial], "managerial", where);
        e.start = date_field(f[start], "start", where);
        if (!f[start]) warn(where.field("start"), "not recorded; the post counts for no check that needs its dates");
        e.end = date_field(f[end], "end", where);
        if (e.end && e.start && *e.end < *e.start)
            fail(where.field("end"), "ends before it starts (" + e.start->to_string() + ")");
        e.hours_per_week = number_field(f[hours_per_week], "hours_per_week", where);
    }

    void cpd(CpdRecord& c, const object& obj, const Where& where) {
        enum { date, hours, activity, verified };
        static constexpr Names<4> kNames = {"date", "hours", "activity", "verified"};
        auto f = scan(obj, kNames, where);
        c.date = date_field(f[date], "date", where);
        if (!f[date]) warn(where.field("date"), "not recorded; the record counts for no check within a period");
        c.hours = number_field(f[hours], "hours", where);
        string_field(c.activity, f[activity], "activity", where);
        c.verified = bool_field(f[verified], "verified", where).value_or(false);
    }

    void training(TrainingRecord& t, const object& obj, const Where& where) {
        enum { id, status, date };
        static constexpr Names<3> kNames = {"id", "status", "date"};
        auto f = scan(obj, kNames, where);
        string_field(t.id, f[id], "id", where, true);
        t.completed = enum_is(f[status], "status", where, kTrainingStatuses, "completed", true);
        t.date = date_field(f[date], "date", where);
    }

    void evidence(Evidence& e, const object& obj, const Where& where) {
        enum { competency, status, source, by, date, note };
        static constexpr Names<6> kNames = {"competency", "status", "source", "by", "date", "note"};
        auto f = scan(obj, kNames, where);
        string_field(e.competency, f[competency], "competency", where, true);
        e.met = enum_is(f[status], "status", where, kEvidenceStatuses, "met", true);
        enum_field(e.source, f[source], "source", where, kEvidenceSources);
        string_field(e.by, f[by], "by", where);
        e.date = date_field(f[date], "date", where);
        string_field(e.note, f[note], "note", where);
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

// One spelling for every way a name is written: words split at camel case (`dateOfBirth`) and
// at anything not a letter or digit (`Date of Birth`, `date-of-birth`), lower case, joined by
// `_`.
std::string name_words(std::string_view name) {
    std::string out;
    bool gap = false;
    for (std::size_t i = 0; i < name.size(); ++i) {
        auto c = static_cast<unsigned char>(name[i]);
        if (!std::isalnum(c)) {
            gap = !out.empty();
            continue;
        }
        bool upper = std::isupper(c) != 0;
        bool after_lower = i > 0 && (std::islower(static_cast<unsigned char>(name[i - 1])) ||
                                     std::isdigit(static_cast<unsigned char>(name[i - 1])));
        bool before_lower = i + 1 < name.size() && std::islower(static_cast<unsigned char>(name[i + 1])) && i > 0 &&
                            std::isupper(static_cast<unsigned char>(name[i - 1]));
        if (!out.empty() && (gap || (upper && (after_lower || before_lower)))) out += '_';
        gap = false;
        out += static_cast<char>(std::tolower(c));
    }
    return out;
}

bool listed(const std::vector<std::string>& list, std::string_view s) {
    return std::find(list.begin(), list.end(), s) != list.end();
}

}  // namespace

bool is_protected_name(std::string_view name) {
    // Whole names, as the format and application forms spell them; compared without the `_`
    // too, so `D.O.B.` and `birthdate` are found.
    static const std::vector<std::string> names = {
        "dob", "yob", "birthdate", "birthday", "birthplace", "gender_identity", "ethnic_origin", "ethnic_group",
        "religion_or_belief", "marriage_and_civil_partnership", "trans"};
    // Phrases that mark one anywhere in a name.
    static const std::vector<std::string> phrases = {"date_of_birth", "year_of_birth", "place_of_birth",
                                                     "country_of_birth", "sexual_orientation", "civil_partnership",
                                                     "gender_reassignment", "marital_status"};
    // Words that mark a question about one anywhere in a name ("Do you consider yourself disabled?").
    static const std::vector<std::string> words = {
        "age",       "aged",      "born",      "birth",     "birthday",  "dob",       "sex",        "gender",
        "pronouns",  "race",      "racial",    "ethnicity", "ethnic",    "nationality", "religion", "religious",
        "belief",    "beliefs",   "faith",     "disability", "disabled", "sexuality", "sexual",     "pregnancy",
        "pregnant",  "maternity", "marital",   "married",   "marriage",  "transgender"};
    std::string n = name_words(name);
    if (n.empty()) return false;
    std::string compact;
    for (char c : n)
        if (c != '_') compact += c;
    if (listed(protected_fields(), n) || listed(names, n) || listed(names, compact)) return true;
    for (const auto& phrase : phrases)
        if (("_" + n + "_").find("_" + phrase + "_") != std::string::npos) return true;
    for (std::size_t start = 0; start <= n.size();) {
        std::size_t end = std::min(n.find('_', start), n.size());
        if (listed(words, std::string_view(n).substr(start, end - start))) return true;
        start = end + 1;
    }
    return false;
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

std::string profile_id_of(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    thread_local simdjson::dom::parser parser;
    element root;
    object doc;
    std::string_view id;
    if (parser.parse(text.data(), text.size()).get(root) != simdjson::SUCCESS ||
        root.get_object().get(doc) != simdjson::SUCCESS || doc["id"].get_string().get(id) != simdjson::SUCCESS)
        return {};
    return std::string(id);
}

Expected<Profile> read_profile_file(const std::string& path, const ProfileReadOptions& options,
                                    std::vector<Warning>* warnings) {
    // The limit is checked while reading: a mistaken multi-gigabyte file, a device or a pipe
    // that never ends must not take the memory.
    BoundedRead read = read_bounded(path, options.max_bytes);
    if (read.status == BoundedRead::Status::unreadable) return Error{ErrorCode::io, path, "cannot read the file", {}};
    if (read.status == BoundedRead::Status::too_large) {
        if (read.size_known) return too_large(path, read.size, options);
        return Error{ErrorCode::profile_limit, path,
                     "profile is over the limit of " + std::to_string(options.max_bytes) +
                         " bytes (a profile is a few kilobytes; is this the right file?)",
                     {}};
    }
    return parse_profile(read.text, path, options, warnings);
}

}  // namespace eligo
