#include "input.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "eligo/batch.h"

namespace eligo::service {
namespace {

using json = nlohmann::json;

// Deeper than any profile needs; refusing more before parsing keeps a hostile body (ten
// thousand nested arrays) from costing a deep recursion anywhere.
constexpr int kMaxDepth = 32;

std::string ticked(const std::string& text) { return "`" + text + "`"; }

bool too_deep(const std::string& body) {
    int depth = 0;
    bool in_string = false, escaped = false;
    for (char c : body) {
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxDepth) return true;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return false;
}

std::variant<json, Reply> parse_json(const std::string& body) {
    if (too_deep(body))
        return problem(400, "body", "body: nested deeper than " + std::to_string(kMaxDepth) + " levels");
    json value = json::parse(body, nullptr, false);
    if (value.is_discarded()) return problem(400, "body", "body: not valid JSON");
    return value;
}

// The body as an object with only the `allowed` fields; a refusal naming the first other one.
std::variant<json, Reply> parse_object(const std::string& body, const std::vector<std::string>& allowed) {
    auto parsed = parse_json(body);
    if (auto* refusal = std::get_if<Reply>(&parsed)) return *refusal;
    json& value = std::get<json>(parsed);
    if (!value.is_object()) return problem(400, "body", "body: expected an object");
    for (const auto& [key, _] : value.items()) {
        if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
        std::string hint = nearest(key, allowed);
        return problem(422, key, key + ": unknown field" + (hint.empty() ? "" : "; did you mean " + ticked(hint) + "?"));
    }
    return value;
}

// A required text field; nullopt with `refusal` set when absent or not text.
std::optional<std::string> text_field(const json& object, const std::string& field, bool required, Reply& refusal,
                                      std::size_t max_length = 2000) {
    if (!object.contains(field)) {
        if (required) refusal = problem(422, field, field + ": missing; expected text");
        return required ? std::nullopt : std::optional<std::string>("");
    }
    const json& value = object[field];
    if (!value.is_string()) return refusal = problem(422, field, field + ": expected text"), std::nullopt;
    auto text = value.get<std::string>();
    if (text.size() > max_length)
        return refusal = problem(422, field, field + ": longer than " + std::to_string(max_length) + " characters"),
               std::nullopt;
    return text;
}

// A past or present date; nullopt with `refusal` set otherwise.
std::optional<Date> past_date(const std::string& field, const std::string& text, Reply& refusal) {
    auto date = Date::parse(text);
    if (!date) return refusal = problem(422, field, field + ": " + ticked(text) + " is not a date (YYYY-MM-DD)"), std::nullopt;
    if (*date > today()) return refusal = problem(422, field, field + ": " + ticked(text) + " is in the future"), std::nullopt;
    return date;
}

std::variant<Profile, Reply> check_profile(const std::string& text, const std::string& where) {
    std::vector<Warning> warnings;
    auto profile = parse_profile(text, where, ProfileReadOptions{true}, &warnings);
    if (!profile) {
        const Error& e = profile.errors().front();
        return problem(422, e.where, e.to_string());
    }
    // A workspace keeps what it is given: a field the reader would ignore is refused instead.
    if (!warnings.empty()) return problem(422, warnings.front().where, warnings.front().where + ": " + warnings.front().message);
    return std::move(*profile);
}

// A role the rules do not have in force on `date`, with the nearest id they do have.
Reply no_role(const RuleSet& rules, const std::string& id, const std::string& date) {
    std::vector<std::string> ids;
    for (const auto& role : rules.roles) ids.push_back(role.id);
    std::string hint = nearest(id, ids);
    return problem(422, "role", "role: no role " + ticked(id) + " in force on " + date +
                                    (hint.empty() ? "" : "; did you mean " + ticked(hint) + "?"));
}

}  // namespace

std::string written_to_temporary(const std::function<void(const std::string& path)>& write) {
    const char* dir = std::getenv("TMPDIR");
    std::string path = std::string(dir && *dir ? dir : "/tmp") + "/eligo-XXXXXX";
    int fd = mkstemp(path.data());
    if (fd < 0) throw std::runtime_error("cannot make a temporary file");
    ::close(fd);
    struct Remove {
        const std::string& path;
        ~Remove() { std::remove(path.c_str()); }
    } remove{path};
    write(path);
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

Reply forbidden() { return problem(403, "", "this role may not do that", "forbidden"); }

std::string now_utc() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char out[32];
    std::strftime(out, sizeof out, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return out;
}

Reply problem(int status, const std::string& field, const std::string& detail, const std::string& title) {
    return Reply{status, "", field, detail, title};
}

std::variant<EvaluateOptions, Reply> evaluation_options(const RuleSet& rules, const Query& query) {
    EvaluateOptions options{today(), {}};
    Reply refusal;
    if (auto it = query.find("as_of"); it != query.end()) {
        auto date = Date::parse(it->second);
        if (!date) return problem(422, "as_of", "as_of: " + ticked(it->second) + " is not a date (YYYY-MM-DD)");
        options.as_of = *date;
    }
    if (auto it = query.find("role"); it != query.end()) {
        if (!rules.find_role(it->second, options.as_of)) return no_role(rules, it->second, options.as_of.to_string());
        options.roles.push_back(it->second);
    }
    return options;
}

std::variant<std::vector<Profile>, Reply> read_profiles(const std::string& body) {
    // One profile, the common case, goes straight to the profile reader, which parses it once;
    // the generic parse below runs only to word the refusal of a body that is not JSON.
    auto first = body.find_first_not_of(" \t\r\n");
    if (first != std::string::npos && body[first] == '{' && !too_deep(body)) {
        auto profile = check_profile(body, "body");
        if (auto* single = std::get_if<Profile>(&profile)) {
            std::vector<Profile> out;
            out.push_back(std::move(*single));
            return out;
        }
    }
    auto parsed = parse_json(body);
    if (auto* refusal = std::get_if<Reply>(&parsed)) return *refusal;
    const json& value = std::get<json>(parsed);
    std::vector<Profile> out;
    if (value.is_object()) {
        auto profile = check_profile(body, "body");
        if (auto* refusal = std::get_if<Reply>(&profile)) return *refusal;
        out.push_back(std::move(std::get<Profile>(profile)));
        return out;
    }
    if (!value.is_array()) return problem(400, "body", "body: expected a profile or a list of profiles");
    for (std::size_t i = 0; i < value.size(); ++i) {
        auto profile = check_profile(value[i].dump(), "body[" + std::to_string(i) + "]");
        if (auto* refusal = std::get_if<Reply>(&profile)) return *refusal;
        out.push_back(std::move(std::get<Profile>(profile)));
    }
    return out;
}

std::variant<PersonInput, Reply> read_person_input(Store& store, const std::string& body) {
    auto parsed = parse_json(body);
    if (auto* refusal = std::get_if<Reply>(&parsed)) return *refusal;
    json& value = std::get<json>(parsed);
    if (!value.is_object()) return problem(400, "body", "body: expected a profile");
    PersonInput input;
    Reply refusal;
    for (const char* field : {"manager", "assessor"}) {
        auto name = text_field(value, field, false, refusal, 200);
        if (!name) return refusal;
        auto user = name->empty() ? std::nullopt : store.user_by_name(*name);
        if (!name->empty() && (!user || user->role != field))
            return problem(422, field, std::string(field) + ": no " + field + " " + ticked(*name));
        (std::string(field) == "manager" ? input.manager : input.assessor) = *name;
        value.erase(field);
    }
    input.json = value.dump();
    auto profile = check_profile(input.json, "body");
    if (auto* refusal_ = std::get_if<Reply>(&profile)) return *refusal_;
    input.id = std::get<Profile>(profile).id;
    if (input.id.empty()) return problem(422, "id", "id: missing; every person needs an id");
    return input;
}

std::variant<Assessment, Reply> read_assessment_input(const RuleSet& rules, const std::string& body) {
    auto parsed = parse_object(body, {"competency", "status", "date", "note"});
    if (auto* refusal = std::get_if<Reply>(&parsed)) return *refusal;
    const json& value = std::get<json>(parsed);
    Reply refusal;
    Assessment a;
    auto competency = text_field(value, "competency", true, refusal, 200);
    if (!competency) return refusal;
    // What can be assessed: every competency the rules define.
    std::vector<std::string> known = rules.competencies();
    if (!std::binary_search(known.begin(), known.end(), *competency)) {
        std::string hint = nearest(*competency, known);
        return problem(422, "competency", "competency: the rules define no " + ticked(*competency) +
                                              (hint.empty() ? "" : "; did you mean " + ticked(hint) + "?"));
    }
    auto status = text_field(value, "status", true, refusal, 20);
    if (!status) return refusal;
    if (*status != "met" && *status != "not_met")
        return problem(422, "status", "status: " + ticked(*status) + " is not `met` or `not_met`");
    auto date = text_field(value, "date", true, refusal, 20);
    if (!date || !past_date("date", *date, refusal)) return refusal;
    auto note = text_field(value, "note", false, refusal);
    if (!note) return refusal;
    a.competency = *competency;
    a.status = *status;
    a.date = *date;
    a.note = *note;
    return a;
}

std::variant<Receipt, Reply> read_decision_input(const RuleSet& rules, const std::string& body) {
    auto parsed = parse_object(body, {"role", "level", "as_of", "decision"});
    if (auto* refusal = std::get_if<Reply>(&parsed)) return *refusal;
    const json& value = std::get<json>(parsed);
    Reply refusal;
    Receipt r;
    auto as_of = text_field(value, "as_of", true, refusal, 20);
    if (!as_of) return refusal;
    auto date = past_date("as_of", *as_of, refusal);
    if (!date) return refusal;
    auto role_id = text_field(value, "role", true, refusal, 200);
    if (!role_id) return refusal;
    const Role* role = rules.find_role(*role_id, *date);
    if (!role) return problem(422, "role", "role: no role " + ticked(*role_id) + " in force on " + *as_of);
    auto level = text_field(value, "level", true, refusal, 20);
    if (!level) return refusal;
    std::vector<std::string> levels;
    for (const auto& l : role->levels) levels.push_back(l.id);
    if (std::find(levels.begin(), levels.end(), *level) == levels.end())
        return problem(422, "level", "level: " + ticked(*role_id) + " has no level " + ticked(*level));
    auto decision = text_field(value, "decision", true, refusal, 500);
    if (!decision) return refusal;
    if (decision->empty()) return problem(422, "decision", "decision: empty; say what was decided");
    r.role = role->id;
    r.level = *level;
    r.as_of = *as_of;
    r.decision = *decision;
    return r;
}

std::variant<Vacancy, Reply> read_vacancy_input(const RuleSet& rules, const std::string& body) {
    auto parsed = parse_object(body, {"title", "role", "level", "closing_date", "mapping"});
    if (auto* refusal = std::get_if<Reply>(&parsed)) return *refusal;
    const json& value = std::get<json>(parsed);
    Reply refusal;
    Vacancy v;
    auto title = text_field(value, "title", false, refusal, 200);
    if (!title) return refusal;
    auto closing = text_field(value, "closing_date", true, refusal, 20);
    if (!closing) return refusal;
    auto date = Date::parse(*closing);
    if (!date) return problem(422, "closing_date", "closing_date: " + ticked(*closing) + " is not a date (YYYY-MM-DD)");
    auto role_id = text_field(value, "role", true, refusal, 200);
    if (!role_id) return refusal;
    // The role as it stands when applications close: that is the version applicants meet.
    const Role* role = rules.find_role(*role_id, *date);
    if (!role) return no_role(rules, *role_id, *closing);
    auto level = text_field(value, "level", false, refusal, 20);
    if (!level) return refusal;
    if (level->empty()) *level = role->levels.front().id;
    if (std::none_of(role->levels.begin(), role->levels.end(), [&](const Level& l) { return l.id == *level; }))
        return problem(422, "level", "level: " + ticked(role->id) + " has no level " + ticked(*level));
    if (value.contains("mapping")) {
        if (!value["mapping"].is_object()) return problem(422, "mapping", "mapping: expected a CSV mapping (an object)");
        v.mapping = value["mapping"].dump();
        auto mapping = parse_csv_mapping(v.mapping, "mapping");
        if (!mapping) {
            const Error& e = mapping.errors().front();
            return problem(422, "mapping", e.to_string());
        }
    }
    v.title = *title;
    v.role = role->id;
    v.level = *level;
    v.closing_date = *closing;
    return v;
}

std::variant<Applicant, Reply> read_applicant(const std::string& text, const std::string& where) {
    if (too_deep(text)) return problem(422, where, where + ": nested deeper than " + std::to_string(kMaxDepth) + " levels");
    auto profile = check_profile(text, where);
    if (auto* refusal = std::get_if<Reply>(&profile)) return *refusal;
    Applicant a;
    a.id = std::get<Profile>(profile).id;
    if (a.id.empty()) return problem(422, where, where + ": id: missing; every applicant needs an id");
    a.json = json::parse(text).dump();
    return a;
}

}  // namespace eligo::service
