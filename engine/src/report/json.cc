// The result contract as JSON (profile-format.md, "Results"). Only this file and the profile
// reader include nlohmann/json.
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

// `explain` is full or reasons: with reasons the policy's wording, the reading and the type are
// left out, as `roles --format json` and `docs` give them once for every profile.
ordered criterion_json(const CriterionResult& r, const Profile& profile, Explain explain) {
    const Criterion& c = *r.criterion;
    const bool full = explain == Explain::full;
    ordered j;
    j["id"] = c.id;
    j["category"] = to_string(c.category);
    if (full) j["text"] = c.text;
    j["kind"] = to_string(c.kind);
    j["essential"] = c.essential;
    j["result"] = to_string(r.outcome);
    j["reason"] = reason(r, profile);
    if (full) j["type"] = c.type;
    // The id to assess, so a client can record an assessment straight from an evaluation.
    if (const auto* req = std::get_if<CompetencyRequirement>(&c.requirement)) j["competency"] = req->competency;
    if (r.finding.review) j["review"] = true;  // the assessment used is over 12 months old
    if (full && !c.reading.empty()) j["reading"] = c.reading;
    std::string list = list_of(c);
    if (!r.finding.used.empty() && !list.empty()) {
        ordered used = ordered::array();
        for (int i : r.finding.used) used.push_back(list + "[" + std::to_string(i) + "]");
        j["data"] = std::move(used);
    } else if (c.type == "driving" && profile.driving) {
        j["data"] = ordered::array({"driving"});
    }
    if (!r.finding.missing.empty() && r.outcome == Outcome::unknown) j["missing"] = r.finding.missing;
    if (!r.children.empty()) {
        ordered children = ordered::array();
        for (const auto& child : r.children) children.push_back(criterion_json(child, profile, explain));
        j["children"] = std::move(children);
    }
    return j;
}

// Each part is moved into its parent: a copy would copy every criterion below it again.
ordered profile_json(const ProfileResult& result, const ReportOptions& options) {
    const bool verdicts_only = options.explain == Explain::verdicts;
    ordered p;
    p["id"] = result.profile->id;
    ordered roles = ordered::array();
    for (const auto& role : result.roles) {
        ordered r;
        r["role"] = role.role->id;
        if (!verdicts_only) r["title"] = role.role->title;
        r["attained"] = role.attained ? ordered(*role.attained) : ordered(nullptr);
        ordered levels = ordered::array();
        for (const auto& level : role.levels) {
            if (options.only_level && *options.only_level != level.level->id) continue;
            ordered l;
            l["level"] = level.level->id;
            if (!verdicts_only) l["name"] = level.level->name;
            l["verdict"] = to_string(level.verdict);
            if (verdicts_only) {
                levels.push_back(std::move(l));
                continue;
            }
            ordered criteria = ordered::array();
            int desirable = 0, desirable_met = 0;
            for (const auto& c : level.criteria) {
                criteria.push_back(criterion_json(c, *result.profile, options.explain));
                if (!c.criterion->essential) {
                    ++desirable;
                    desirable_met += c.outcome == Outcome::met;
                }
            }
            l["criteria"] = std::move(criteria);
            if (desirable > 0) l["desirable"] = {{"met", desirable_met}, {"total", desirable}};
            levels.push_back(std::move(l));
        }
        r["levels"] = std::move(levels);
        roles.push_back(std::move(r));
    }
    p["roles"] = std::move(roles);
    return p;
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
    out_ << (first_ ? "\n    " : ",\n    ") << json_text(profile_json(result, options_));
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
    return json_text(profile_json(result, options));
}

}  // namespace eligo
