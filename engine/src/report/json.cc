// The result contract as JSON (profile-format.md, "Results"). Only this file and the profile
// reader include nlohmann/json.
#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <ostream>

#include <nlohmann/json.hpp>

#include "support/json_text.h"
#include "eligo/explain.h"
#include "eligo/profile.h"
#include "eligo/report.h"

namespace eligo {
namespace {

using ordered = nlohmann::ordered_json;

const char* list_of(const Criterion& c) {
    return std::visit(
        [](const auto& r) -> const char* {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, GcseRequirement> || std::is_same_v<T, QualificationRequirement>)
                return "qualifications";
            else if constexpr (std::is_same_v<T, ExperienceRequirement>) return "employment";
            else if constexpr (std::is_same_v<T, CpdRequirement>) return "cpd";
            else if constexpr (std::is_same_v<T, TrainingRequirement>) return "training";
            else if constexpr (std::is_same_v<T, CompetencyRequirement>) return "evidence";
            else return "";
        },
        c.requirement);
}

// The words of an enum's values (`to_string`) as JSON strings, escaped once rather than for
// every criterion; `count` is how many values the enum has, any other value escaped each time.
template <class Enum, std::size_t count>
class EnumWords {
public:
    EnumWords() {
        for (std::size_t i = 0; i < count; ++i) append_json_string(texts_[i], to_string(static_cast<Enum>(i)));
    }
    // The JSON string of `value`; `spare` holds one made for a value beyond `count`.
    std::string_view operator()(Enum value, std::string& spare) const {
        const auto i = static_cast<std::size_t>(value);
        if (i < count) return texts_[i];
        spare.clear();
        append_json_string(spare, to_string(value));
        return spare;
    }

private:
    std::array<std::string, count> texts_;
};

std::string_view json_word(Category value, std::string& spare) {
    static const EnumWords<Category, 5> words;
    return words(value, spare);
}
std::string_view json_word(Kind value, std::string& spare) {
    static const EnumWords<Kind, 2> words;
    return words(value, spare);
}
std::string_view json_word(Outcome value, std::string& spare) {
    static const EnumWords<Outcome, 3> words;
    return words(value, spare);
}

// Results are written as text straight away rather than built as a document tree and then
// dumped: the tree cost more than the evaluation (a serving API answers many of these). The
// text is the same as nlohmann's compact dump, key order as written here.
class Writer {
public:
    // Writes into `out` from its start, with room for `expected` bytes made at once.
    Writer(std::string& out, std::size_t expected) : out_(out) {
        out_.resize(std::max<std::size_t>(expected, 256));
        p_ = out_.data();
        end_ = p_ + out_.size();
    }
    // Cuts `out` to what was written; nothing is written after.
    void finish() { out_.resize(static_cast<std::size_t>(p_ - out_.data())); }

    // A string, escaped as nlohmann's dump escapes it, so the text stays identical.
    Writer& str(std::string_view text) {
        room(json_string_room(text.size()));
        if (char* end = write_json_string(p_, text)) {
            p_ = end;
        } else {
            std::string replaced = json_text(ordered(std::string(text)));
            raw(replaced.data(), replaced.size());
        }
        return *this;
    }
    // `name` is a literal: its length is known and it needs no escaping.
    template <std::size_t N>
    Writer& key(const char (&name)[N]) {
        room(N + 3);
        if (!fresh_) *p_++ = ',';
        *p_++ = '"';
        std::memcpy(p_, name, N - 1);
        p_ += N - 1;
        std::memcpy(p_, "\":", 2);
        p_ += 2;
        fresh_ = false;
        return *this;
    }
    template <std::size_t N>
    Writer& field(const char (&name)[N], std::string_view text) { return key(name).str(text); }
    // A value already written as JSON, e.g. a string escaped once for many uses.
    template <std::size_t N>
    Writer& json(const char (&name)[N], std::string_view value) {
        key(name);
        raw(value.data(), value.size());
        return *this;
    }
    template <std::size_t N>
    Writer& flag(const char (&name)[N], bool value) {
        key(name);
        if (value) raw("true", 4);
        else raw("false", 5);
        return *this;
    }
    template <std::size_t N>
    Writer& number(const char (&name)[N], int value) {
        key(name);
        integer(value);
        return *this;
    }
    template <std::size_t N>
    Writer& null(const char (&name)[N]) {
        key(name);
        raw("null", 4);
        return *this;
    }
    // `"list[index]"`, a datum used, e.g. "qualifications[3]"; `list` is a plain word.
    Writer& item(std::string_view list, int index) {
        room(list.size() + 2);
        *p_++ = '"';
        std::memcpy(p_, list.data(), list.size());
        p_ += list.size();
        *p_++ = '[';
        integer(index);
        raw("]\"", 2);
        return *this;
    }
    // Opens an object or array as a value (after `key`, or as an element after `element`).
    Writer& open(char bracket) {
        room(1);
        *p_++ = bracket;
        fresh_ = true;
        return *this;
    }
    Writer& close(char bracket) {
        room(1);
        *p_++ = bracket;
        fresh_ = false;
        return *this;
    }
    // Starts an element of an array.
    Writer& element() {
        if (!fresh_) raw(",", 1);
        fresh_ = false;
        return *this;
    }

private:
    void room(std::size_t n) {
        if (static_cast<std::size_t>(end_ - p_) < n) grow(n);
    }
    void grow(std::size_t n) {
        std::size_t used = static_cast<std::size_t>(p_ - out_.data());
        out_.resize(std::max(2 * out_.size(), used + n));
        p_ = out_.data() + used;
        end_ = out_.data() + out_.size();
    }
    void raw(const char* text, std::size_t n) {
        room(n);
        std::memcpy(p_, text, n);
        p_ += n;
    }
    void integer(int value) {
        room(12);
        p_ = std::to_chars(p_, p_ + 12, value).ptr;
    }
    std::string& out_;
    char* p_;
    char* end_;
    bool fresh_ = true;
};

// `explain` is full or reasons: with reasons the policy's wording, the reading and the type are
// left out, as `roles --format json` and `docs` give them once for every profile.
void criterion_json(Writer& w, const CriterionResult& r, const Profile& profile, Explain explain) {
    const Criterion& c = *r.criterion;
    const bool full = explain == Explain::full;
    std::string spare;
    w.open('{');
    w.field("id", c.id).json("category", json_word(c.category, spare));
    if (full) w.field("text", c.text);
    w.json("kind", json_word(c.kind, spare)).flag("essential", c.essential).json("result", json_word(r.outcome, spare));
    {
        thread_local std::string text;  // a reason's own string, reused: one per criterion cost a malloc
        text.clear();
        append_reason(text, r, profile);
        w.field("reason", text);
    }
    if (full) w.field("type", c.type);
    // The id to assess, so a client can record an assessment straight from an evaluation.
    if (const auto* req = std::get_if<CompetencyRequirement>(&c.requirement)) w.field("competency", req->competency);
    if (r.finding.review) w.flag("review", true);  // the assessment used is over 12 months old
    if (full && !c.reading.empty()) w.field("reading", c.reading);
    std::string_view list = list_of(c);
    if (!r.finding.used.empty() && !list.empty()) {
        w.key("data").open('[');
        for (int i : r.finding.used) w.element().item(list, i);
        w.close(']');
    } else if (c.type == "driving" && profile.driving) {
        w.key("data").open('[').element().str("driving").close(']');
    }
    if (!r.finding.missing.empty() && r.outcome == Outcome::unknown) {
        w.key("missing").open('[');
        for (const auto& m : r.finding.missing) w.element().str(m);
        w.close(']');
    }
    if (!r.children.empty()) {
        w.key("children").open('[');
        for (const auto& child : r.children) criterion_json(w.element(), child, profile, explain);
        w.close(']');
    }
    w.close('}');
}

void level_json(Writer& w, const LevelResult& level, const Profile& profile, const ReportOptions& options) {
    const bool verdicts_only = options.explain == Explain::verdicts;
    w.open('{').field("level", level.level->id);
    if (!verdicts_only) w.field("name", level.level->name);
    w.field("verdict", to_string(level.verdict));
    if (!verdicts_only) {
        int desirable = 0, desirable_met = 0;
        w.key("criteria").open('[');
        for (const auto& c : level.criteria) {
            criterion_json(w.element(), c, profile, options.explain);
            if (!c.criterion->essential) {
                ++desirable;
                desirable_met += c.outcome == Outcome::met;
            }
        }
        w.close(']');
        if (desirable > 0) w.key("desirable").open('{').number("met", desirable_met).number("total", desirable).close('}');
    }
    w.close('}');
}

std::string profile_json(const ProfileResult& result, const ReportOptions& options) {
    // Room for about as much as the thread's last result took, and a line end after it, so the
    // text is not copied again and again as it grows (a result with reasons is tens of KB).
    thread_local std::size_t last_size = 0;
    std::string out;
    Writer w(out, last_size + last_size / 8 + 64);
    w.open('{').field("id", result.profile->id).key("roles").open('[');
    for (const auto& role : result.roles) {
        w.element().open('{').field("role", role.role->id);
        if (options.explain != Explain::verdicts) w.field("title", role.role->title);
        if (role.attained) w.field("attained", *role.attained);
        else w.null("attained");
        w.key("levels").open('[');
        for (const auto& level : role.levels) {
            if (options.only_level && *options.only_level != level.level->id) continue;
            level_json(w.element(), level, *result.profile, options);
        }
        w.close(']').close('}');
    }
    w.close(']').close('}').finish();
    last_size = out.size();
    return out;
}

}  // namespace

JsonReport::JsonReport(std::ostream& out, const RuleSet& rules, ReportOptions options)
    : out_(out), rules_(rules), options_(std::move(options)) {
    ordered ruleset;
    ruleset["name"] = rules_.name;
    ruleset["version"] = rules_.version;
    ruleset["effective_from"] = rules_.effective_from.empty() ? ordered() : ordered(rules_.effective_from);
    ruleset["digest"] = rules_.digest;
    out_ << "{\n  \"as_of\": \"" << options_.as_of.to_string() << "\",\n  \"ruleset\": " << json_text(ruleset)
         << ",\n  \"profiles\": [";
}

JsonReport::~JsonReport() { finish(); }

void JsonReport::add(const ProfileResult& result) {
    out_ << (first_ ? "\n    " : ",\n    ") << profile_json(result, options_);
    first_ = false;
}

void JsonReport::finish() {
    if (finished_) return;
    finished_ = true;
    out_ << (first_ ? "]\n}\n" : "\n  ]\n}\n");
    out_.flush();
}

std::string roles_json(const RuleSet& rules) {
    ordered doc;
    doc["ruleset"] = {{"name", rules.name},
                      {"version", rules.version},
                      {"effective_from", rules.effective_from.empty() ? ordered() : ordered(rules.effective_from)},
                      {"digest", rules.digest}};
    ordered roles = ordered::array();
    for (const auto& role : rules.roles) {
        ordered r;
        r["id"] = role.id;
        r["title"] = role.title;
        r["grade"] = role.grade;
        r["posts"] = role.posts;
        r["framework"] = role.framework;
        r["source"] = role.source;
        if (role.effective_from) r["effective_from"] = role.effective_from->to_string();
        if (role.effective_until) r["effective_until"] = role.effective_until->to_string();
        r["defined_at"] = role.where;  // which file defines this version, so a stray one is seen
        ordered levels = ordered::array();
        for (const auto& level : role.levels) levels.push_back({{"level", level.id}, {"name", level.name}});
        r["levels"] = std::move(levels);
        roles.push_back(std::move(r));
    }
    doc["roles"] = roles;
    return json_text(doc, 2) + "\n";
}

std::optional<Explain> explain_from_string(std::string_view word) {
    if (word == "full") return Explain::full;
    if (word == "reasons") return Explain::reasons;
    if (word == "verdicts") return Explain::verdicts;
    return std::nullopt;
}

std::string profile_result_json(const ProfileResult& result, const ReportOptions& options) {
    return profile_json(result, options);
}

}  // namespace eligo
