// Reads profiles (format version 1) from JSON. The only file that maps JSON onto the model.
#include <algorithm>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "eligo/profile.h"
#include "support/vocabulary.h"

namespace eligo {
namespace {

using nlohmann::json;

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

// Reads one profile object, recording every problem rather than stopping at the first.
class Reader {
public:
    Reader(std::string source, const ProfileReadOptions& options, std::vector<Warning>* warnings)
        : source_(std::move(source)), options_(options), warnings_(warnings) {}

    std::vector<Error> errors;

    Profile read(const json& doc) {
        Profile p;
        if (!doc.is_object()) {
            fail("", "expected a JSON object for the profile");
            return p;
        }
        for (const auto& [key, value] : doc.items()) {
            const auto& protected_list = protected_fields();
            if (std::find(protected_list.begin(), protected_list.end(), key) != protected_list.end()) {
                if (options_.strict)
                    fail(key, "protected characteristic " + backticked(key) +
                                  " is not allowed in a profile (rejected under --strict)");
                else
                    warn(key, "protected characteristic " + backticked(key) + " dropped; rules never read it");
                continue;
            }
            if (std::find(kTopFields.begin(), kTopFields.end(), key) == kTopFields.end()) {
                std::string hint = nearest(key, kTopFields);
                warn(key, "unknown field " + backticked(key) + " ignored" +
                              (hint.empty() ? "" : "; did you mean " + backticked(hint) + "?"));
            }
        }
        p.id = string_field(doc, "id", "id", true);
        if (doc.contains("id") && p.id.empty() && doc["id"].is_string()) fail("id", "must not be empty");
        p.name = string_field(doc, "name", "name");
        if (auto it = doc.find("current_role"); it != doc.end()) p.current_role = current_role(*it);
        p.qualifications = list<Qualification>(doc, "qualifications", &Reader::qualification);
        if (auto it = doc.find("driving"); it != doc.end()) p.driving = driving(*it);
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

    // Fields a record may carry; anything else is reported, with the nearest valid name.
    void check_keys(const json& obj, const std::string& path, const std::vector<std::string>& allowed) {
        for (const auto& [key, value] : obj.items()) {
            if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
            std::string hint = nearest(key, allowed);
            warn(path + "." + key, "unknown field " + backticked(key) + " ignored" +
                                       (hint.empty() ? "" : "; did you mean " + backticked(hint) + "?"));
        }
    }

    static std::string type_name(const json& v) { return v.is_null() ? "null" : v.type_name(); }

    std::string string_field(const json& obj, const char* key, const std::string& path, bool required = false) {
        auto it = obj.find(key);
        if (it == obj.end()) {
            if (required) fail(path, "required field is missing");
            return {};
        }
        if (!it->is_string()) {
            fail(path, std::string("expected a string, got ") + type_name(*it));
            return {};
        }
        return it->get<std::string>();
    }

    std::string enum_field(const json& obj, const char* key, const std::string& path,
                           const std::vector<std::string>& allowed, bool required = false) {
        std::string value = string_field(obj, key, path, required);
        if (!value.empty() && std::find(allowed.begin(), allowed.end(), value) == allowed.end()) {
            std::string hint = nearest(value, allowed);
            fail(path, "unknown value " + backticked(value) + "; expected one of " + join(allowed) +
                           (hint.empty() ? "" : " (did you mean " + backticked(hint) + "?)"));
            return {};
        }
        return value;
    }

    std::optional<Date> date_field(const json& obj, const char* key, const std::string& path, bool required = false) {
        auto it = obj.find(key);
        if (it == obj.end()) {
            if (required) fail(path, "required date is missing");
            return std::nullopt;
        }
        if (!it->is_string()) {
            fail(path, std::string("expected a date `YYYY-MM-DD`, got ") + type_name(*it));
            return std::nullopt;
        }
        auto d = Date::parse(it->get<std::string>());
        if (!d) fail(path, "expected a date `YYYY-MM-DD`, got " + backticked(it->get<std::string>()));
        return d;
    }

    std::optional<double> number_field(const json& obj, const char* key, const std::string& path) {
        auto it = obj.find(key);
        if (it == obj.end()) return std::nullopt;
        if (!it->is_number()) {
            fail(path, std::string("expected a number, got ") + type_name(*it));
            return std::nullopt;
        }
        double v = it->get<double>();
        if (v < 0) {
            fail(path, "must not be negative");
            return std::nullopt;
        }
        return v;
    }

    std::optional<bool> bool_field(const json& obj, const char* key, const std::string& path) {
        auto it = obj.find(key);
        if (it == obj.end()) return std::nullopt;
        if (!it->is_boolean()) {
            fail(path, std::string("expected true or false, got ") + type_name(*it));
            return std::nullopt;
        }
        return it->get<bool>();
    }

    std::optional<std::vector<std::string>> tags(const json& obj, const char* key, const std::string& path,
                                                 const std::vector<std::string>& allowed) {
        auto it = obj.find(key);
        if (it == obj.end()) return std::nullopt;
        if (!it->is_array()) {
            fail(path, std::string("expected a list of strings, got ") + type_name(*it));
            return std::nullopt;
        }
        std::vector<std::string> out;
        for (std::size_t i = 0; i < it->size(); ++i) {
            const json& v = (*it)[i];
            std::string item_path = path + "[" + std::to_string(i) + "]";
            if (!v.is_string()) {
                fail(item_path, std::string("expected a string, got ") + type_name(v));
                continue;
            }
            std::string tag = v.get<std::string>();
            if (std::find(allowed.begin(), allowed.end(), tag) == allowed.end()) {
                std::string hint = nearest(tag, allowed);
                fail(item_path, "unknown area " + backticked(tag) + "; expected one of " + join(allowed) +
                                    (hint.empty() ? "" : " (did you mean " + backticked(hint) + "?)"));
                continue;
            }
            out.push_back(tag);
        }
        return out;
    }

    template <class T>
    std::optional<std::vector<T>> list(const json& doc, const char* key,
                                       T (Reader::*item)(const json&, const std::string&)) {
        auto it = doc.find(key);
        if (it == doc.end() || it->is_null()) return std::nullopt;
        if (!it->is_array()) {
            fail(key, std::string("expected a list, got ") + type_name(*it));
            return std::nullopt;
        }
        std::vector<T> out;
        out.reserve(it->size());
        for (std::size_t i = 0; i < it->size(); ++i) {
            std::string path = std::string(key) + "[" + std::to_string(i) + "]";
            if (!(*it)[i].is_object()) {
                fail(path, std::string("expected an object, got ") + type_name((*it)[i]));
                continue;
            }
            out.push_back((this->*item)((*it)[i], path));
        }
        return out;
    }

    CurrentRole current_role(const json& v) {
        CurrentRole r;
        if (!v.is_object()) {
            fail("current_role", std::string("expected an object, got ") + type_name(v));
            return r;
        }
        check_keys(v, "current_role", {"role", "level", "since"});
        r.role = string_field(v, "role", "current_role.role", true);
        r.level = string_field(v, "level", "current_role.level");
        r.since = date_field(v, "since", "current_role.since");
        return r;
    }

    Qualification qualification(const json& v, const std::string& path) {
        Qualification q;
        check_keys(v, path, {"kind", "subject", "title", "level", "grade", "stage", "areas", "status", "awarded",
                             "awarding_body"});
        q.kind = enum_field(v, "kind", path + ".kind", vocab::qualification_kinds, true);
        q.subject = string_field(v, "subject", path + ".subject");
        q.title = string_field(v, "title", path + ".title");
        if (auto it = v.find("level"); it != v.end()) {
            if (!it->is_number_integer() || it->get<int>() < 1 || it->get<int>() > 8)
                fail(path + ".level", "expected an RQF level, a whole number from 1 to 8");
            else
                q.level = it->get<int>();
        }
        if (auto it = v.find("grade"); it != v.end()) {
            if (it->is_string())
                q.grade = it->get<std::string>();
            else if (it->is_number_integer())
                q.grade = std::to_string(it->get<int>());
            else
                fail(path + ".grade", std::string("expected a grade such as \"5\" or \"C\", got ") + type_name(*it));
        }
        q.stage = enum_field(v, "stage", path + ".stage", vocab::stages);
        q.areas = tags(v, "areas", path + ".areas", vocab::qualification_areas);
        std::string status = enum_field(v, "status", path + ".status", {"achieved", "in_progress"});
        q.in_progress = status == "in_progress";
        q.awarded = date_field(v, "awarded", path + ".awarded");
        q.awarding_body = string_field(v, "awarding_body", path + ".awarding_body");
        return q;
    }

    Driving driving(const json& v) {
        Driving d;
        if (!v.is_object()) {
            fail("driving", std::string("expected an object, got ") + type_name(v));
            return d;
        }
        check_keys(v, "driving", {"licence", "vehicle_access"});
        d.licence = enum_field(v, "licence", "driving.licence", vocab::licences);
        d.vehicle_access = enum_field(v, "vehicle_access", "driving.vehicle_access", vocab::vehicle_access);
        return d;
    }

    EmploymentPeriod employment(const json& v, const std::string& path) {
        EmploymentPeriod e;
        check_keys(v, path, {"employer", "employer_type", "title", "areas", "managerial", "start", "end",
                             "hours_per_week"});
        e.employer = string_field(v, "employer", path + ".employer");
        e.employer_type = enum_field(v, "employer_type", path + ".employer_type", vocab::employer_types);
        e.title = string_field(v, "title", path + ".title");
        e.areas = tags(v, "areas", path + ".areas", vocab::work_areas);
        e.managerial = bool_field(v, "managerial", path + ".managerial");
        if (auto d = date_field(v, "start", path + ".start", true)) e.start = *d;
        e.end = date_field(v, "end", path + ".end");
        if (e.end && *e.end < e.start) fail(path + ".end", "ends before it starts (" + e.start.to_string() + ")");
        e.hours_per_week = number_field(v, "hours_per_week", path + ".hours_per_week");
        return e;
    }

    CpdRecord cpd(const json& v, const std::string& path) {
        CpdRecord c;
        check_keys(v, path, {"date", "hours", "activity", "verified"});
        if (auto d = date_field(v, "date", path + ".date", true)) c.date = *d;
        c.hours = number_field(v, "hours", path + ".hours");
        c.activity = string_field(v, "activity", path + ".activity");
        c.verified = bool_field(v, "verified", path + ".verified").value_or(false);
        return c;
    }

    TrainingRecord training(const json& v, const std::string& path) {
        TrainingRecord t;
        check_keys(v, path, {"id", "status", "date"});
        t.id = string_field(v, "id", path + ".id", true);
        std::string status = enum_field(v, "status", path + ".status", {"completed", "in_progress"}, true);
        t.completed = status == "completed";
        t.date = date_field(v, "date", path + ".date");
        return t;
    }

    Evidence evidence(const json& v, const std::string& path) {
        Evidence e;
        check_keys(v, path, {"competency", "status", "source", "by", "date", "note"});
        e.competency = string_field(v, "competency", path + ".competency", true);
        std::string status = enum_field(v, "status", path + ".status", {"met", "not_met"}, true);
        e.met = status == "met";
        e.source = enum_field(v, "source", path + ".source", {"manager", "assessor", "document", "self"});
        e.by = string_field(v, "by", path + ".by");
        e.date = date_field(v, "date", path + ".date");
        e.note = string_field(v, "note", path + ".note");
        return e;
    }
};

// Line and column (both from 1) of a byte offset, for syntax errors.
std::pair<std::size_t, std::size_t> line_column(std::string_view text, std::size_t offset) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

}  // namespace

const std::vector<std::string>& protected_fields() {
    static const std::vector<std::string> fields = {
        "date_of_birth", "age",       "sex",        "gender",            "gender_reassignment", "race",
        "ethnicity",     "nationality", "religion", "belief",            "disability",          "sexual_orientation",
        "marital_status", "civil_partnership", "pregnancy", "maternity"};
    return fields;
}

Expected<Profile> parse_profile(std::string_view text, const std::string& source, const ProfileReadOptions& options,
                                std::vector<Warning>* warnings) {
    json doc;
    try {
        doc = json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        // nlohmann reports the byte after the problem; point at the offending byte itself.
        std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        auto [line, column] = line_column(text, offset);
        std::string what = e.what();
        // Keep only the part after "parse error at line L, column C: ".
        if (auto pos = what.find(": syntax error"); pos != std::string::npos) what = what.substr(pos + 2);
        return Error{ErrorCode::profile_syntax, source + ":" + std::to_string(line) + ":" + std::to_string(column),
                     "invalid JSON: " + what, {}};
    }
    Reader reader(source, options, warnings);
    Profile profile = reader.read(doc);
    if (!reader.errors.empty()) return reader.errors;
    return profile;
}

Expected<Profile> read_profile_file(const std::string& path, const ProfileReadOptions& options,
                                    std::vector<Warning>* warnings) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{ErrorCode::io, path, "cannot read the file", {}};
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return parse_profile(buffer.str(), path, options, warnings);
}

}  // namespace eligo
