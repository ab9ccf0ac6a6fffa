#include "check/rule_checks.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <utility>

namespace eligo::check {
namespace {

std::string backticked(const std::string& s) { return "`" + s + "`"; }

const std::vector<std::string> kProgressionLevels = {"A", "B", "C"};
const std::vector<std::string> kApprenticeLevels = {"L2", "L3", "L4"};

std::string joined(const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) out += (out.empty() ? "" : ", ") + id;
    return out;
}

// `<framework>/<role>`, each part lower-case words of letters and digits joined by single hyphens.
bool kebab(const std::string& part) {
    if (part.empty() || part.front() == '-' || part.back() == '-' || part.find("--") != std::string::npos) return false;
    return std::all_of(part.begin(), part.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

void check_levels(const Role& role, std::vector<Error>& errors) {
    std::vector<std::string> all = kProgressionLevels;
    all.insert(all.end(), kApprenticeLevels.begin(), kApprenticeLevels.end());
    bool apprentice = !role.levels.empty() &&
                      std::find(kApprenticeLevels.begin(), kApprenticeLevels.end(), role.levels.front().id) !=
                          kApprenticeLevels.end();
    const auto& order = apprentice ? kApprenticeLevels : kProgressionLevels;
    std::string kind = apprentice ? "an apprentice role" : "a progression role";
    std::set<std::string> seen;
    for (std::size_t i = 0; i < role.levels.size(); ++i) {
        const Level& level = role.levels[i];
        const std::string& where = level.where.empty() ? role.where : level.where;
        if (level.id.empty() || !seen.insert(level.id).second) continue;  // reported by the loader
        if (role.specification) {  // one level; more are reported by the loader
            if (i == 0 && level.id != "A")
                errors.push_back({ErrorCode::rules_invalid, where,
                                  "the level of a `specification` role is `A`, got " + backticked(level.id), {}});
            continue;
        }
        if (std::find(all.begin(), all.end(), level.id) == all.end()) {
            // Level ids are too short for edit distance to mean much; only case is suggested.
            std::string upper = level.id;
            for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            bool known = std::find(all.begin(), all.end(), upper) != all.end();
            errors.push_back({ErrorCode::rules_invalid, where,
                              "unknown level id " + backticked(level.id) + " in role " + backticked(role.id),
                              known ? "did you mean " + backticked(upper) + "?"
                                    : "levels are A, B, C (progression), L2, L3, L4 (apprentice) or A (specification)"});
        } else if (i >= order.size()) {
            errors.push_back({ErrorCode::rules_invalid, where,
                              "level " + backticked(level.id) + " of role " + backticked(role.id) +
                                  " is one too many: " + kind + " has levels " + joined(order),
                              {}});
        } else if (level.id != order[i]) {
            errors.push_back({ErrorCode::rules_invalid, where,
                              "level " + backticked(level.id) + " of role " + backticked(role.id) +
                                  " is out of order: expected " + backticked(order[i]) + " here",
                              "the levels of " + kind + " are " + joined(order) + ", lowest first"});
        }
    }
}

void competencies_of(const Criterion& c, std::set<std::string>& out) {
    if (const auto* r = std::get_if<CompetencyRequirement>(&c.requirement)) out.insert(r->competency);
    for (const auto& child : c.children) competencies_of(child, out);
}

// `file:line` -> (file, line); a place without a line sorts before the lines of its file.
std::pair<std::string, long> place(const std::string& where) {
    auto colon = where.rfind(':');
    if (colon == std::string::npos || colon + 1 == where.size() ||
        !std::all_of(where.begin() + static_cast<long>(colon) + 1, where.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return {where, 0};
    return {where.substr(0, colon), std::stol(where.substr(colon + 1))};
}

// ---- wording and parameters ------------------------------------------------------------------

// A number as policy documents write it: digits, or a word up to twelve.
std::optional<int> number_at(const std::vector<std::string>& words, std::size_t i) {
    static const std::vector<std::string> names = {"zero", "one", "two",   "three", "four",   "five", "six",
                                                    "seven", "eight", "nine", "ten", "eleven", "twelve"};
    const std::string& w = words[i];
    if (!w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }) && w.size() < 6)
        return std::stoi(w);
    auto it = std::find(names.begin(), names.end(), w);
    return it == names.end() ? std::nullopt : std::optional<int>(static_cast<int>(it - names.begin()));
}

// Lower-case words of letters and digits; "2 years'" gives "2", "years".
std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> words(1);
    for (char c : text) {
        if (std::isalnum(static_cast<unsigned char>(c)))
            words.back() += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        else if (!words.back().empty())
            words.emplace_back();
    }
    if (words.back().empty()) words.pop_back();
    return words;
}

// The numbers written before `units` ("2 years", "18 months"), times `scale`; or after
// `prefix` ("Level 3").
std::vector<int> numbers_in(const std::vector<std::string>& words, const std::set<std::string>& units, int scale) {
    std::vector<int> out;
    for (std::size_t i = 0; i + 1 < words.size(); ++i)
        if (auto n = number_at(words, i); n && units.count(words[i + 1])) out.push_back(*n * scale);
    return out;
}

std::vector<int> numbers_after(const std::vector<std::string>& words, const std::string& prefix) {
    std::vector<int> out;
    for (std::size_t i = 0; i + 1 < words.size(); ++i)
        if (words[i] == prefix)
            if (auto n = number_at(words, i + 1)) out.push_back(*n);
    return out;
}

std::string listed(const std::vector<int>& numbers) {
    std::string out;
    for (int n : numbers) out += (out.empty() ? "" : ", ") + std::to_string(n);
    return out;
}

// One criterion's wording against its own parameter: a warning when the wording names numbers
// of that kind and none of them is the parameter (after 24 -> 18 months, "2 years" still read).
void check_wording(const Role& role, const Criterion& c, std::vector<Error>& warnings) {
    auto words = words_of(c.text);
    // "24 months" (2 years), "level 3", "a count of 5"
    auto warn = [&](const std::string& before, const std::vector<int>& written, const std::string& after,
                    const std::string& field, int value) {
        if (written.empty() || std::find(written.begin(), written.end(), value) != written.end()) return;
        warnings.push_back({ErrorCode::rules_invalid, c.where.empty() ? role.where : c.where,
                            "the wording of criterion " + backticked(c.id) + " gives " + before + listed(written) + after +
                                " but its `" + field + "` is " + std::to_string(value),
                            "make the wording and the parameter agree: " + backticked(c.text)});
    };
    if (const auto* r = std::get_if<ExperienceRequirement>(&c.requirement)) {
        std::vector<int> months = numbers_in(words, {"year", "years", "yrs"}, 12);
        for (int m : numbers_in(words, {"month", "months"}, 1)) months.push_back(m);
        warn("", months, " months", "months", r->months);
    } else if (const auto* q = std::get_if<QualificationRequirement>(&c.requirement); q && q->min_level) {
        warn("level ", numbers_after(words, "level"), "", "min_level", *q->min_level);
    } else if (const auto* g = std::get_if<GcseRequirement>(&c.requirement); g && g->count > 0) {
        warn("a count of ", numbers_in(words, {"gcse", "gcses", "passes"}, 1), "", "count", g->count);
    }
    for (const auto& child : c.children) check_wording(role, child, warnings);
}

}  // namespace

bool valid_role_id(const std::string& id) {
    auto slash = id.find('/');
    return slash != std::string::npos && kebab(id.substr(0, slash)) && kebab(id.substr(slash + 1));
}

void check_role(const Role& role, std::vector<Error>& errors, std::vector<Error>& warnings) {
    if (!role.id.empty() && !valid_role_id(role.id))
        errors.push_back({ErrorCode::rules_invalid, role.where,
                          "role id " + backticked(role.id) + " must be `<framework>/<role>` in lower-case kebab",
                          "for example `rehousing/rehousing-officer` (docs/roles.md)"});
    check_levels(role, errors);
    for (const auto& level : role.levels)
        for (const auto& c : level.criteria) check_wording(role, c, warnings);
    for (const auto& level : role.levels)
        if (level.criteria.empty())
            warnings.push_back({ErrorCode::rules_invalid, level.where.empty() ? role.where : level.where,
                                "level " + backticked(level.id) + " of role " + backticked(role.id) +
                                    " has no criteria; it is met whenever the levels below it are",
                                {}});
}

void check_ids(const std::vector<Role>& roles, std::vector<Error>& errors) {
    std::map<std::string, const Role*> owner;  // id or alias -> the first role that claims it
    for (const auto& role : roles) {
        std::vector<std::string> names{role.id};
        names.insert(names.end(), role.aliases.begin(), role.aliases.end());
        for (const auto& name : names) {
            auto [it, fresh] = owner.emplace(name, &role);
            if (!fresh && it->second->id != role.id)
                errors.push_back({ErrorCode::rules_invalid, role.where,
                                  "role id " + backticked(name) + " is already defined at " + it->second->where, {}});
        }
    }
}

void resolve_versions(std::vector<Role>& roles, std::vector<Error>& errors, std::vector<Error>& warnings) {
    std::stable_sort(roles.begin(), roles.end(), [](const Role& a, const Role& b) {
        return a.id != b.id ? a.id < b.id : a.effective_from < b.effective_from;  // no start sorts first
    });
    for (const auto& role : roles)
        if (role.effective_from && role.effective_until && *role.effective_until < *role.effective_from)
            errors.push_back({ErrorCode::rules_invalid, role.where,
                              "role " + backticked(role.id) + " ends (`effective_until` " +
                                  role.effective_until->to_string() + ") before it starts (`effective_from` " +
                                  role.effective_from->to_string() + ")",
                              {}});
    for (std::size_t i = 1; i < roles.size(); ++i) {
        Role& prev = roles[i - 1];
        const Role& next = roles[i];
        if (prev.id != next.id || prev.id.empty()) continue;
        std::string id = backticked(next.id);
        if (!next.effective_from) {
            errors.push_back({ErrorCode::rules_invalid, next.where, "role id " + id + " is already defined at " + prev.where,
                              "two versions of a role each need their own `effective_from` date"});
            continue;
        }
        Date start = *next.effective_from;
        if (prev.effective_from == next.effective_from) {
            errors.push_back({ErrorCode::rules_invalid, next.where,
                              "role " + id + " has two versions in force from " + start.to_string() +
                                  "; the other is at " + prev.where,
                              "two versions of a role each need their own `effective_from` date"});
        } else if (prev.effective_until && *prev.effective_until >= start) {
            errors.push_back({ErrorCode::rules_invalid, next.where,
                              "role " + id + " is in force from " + start.to_string() + " here, but the version at " +
                                  prev.where + " is in force until " + prev.effective_until->to_string(),
                              "versions of a role must not overlap: end the earlier one on " +
                                  start.add_days(-1).to_string() + " at the latest"});
        } else if (prev.effective_until && prev.effective_until->add_days(1) < start) {
            warnings.push_back({ErrorCode::rules_invalid, next.where,
                                "no version of role " + id + " is in force from " +
                                    prev.effective_until->add_days(1).to_string() + " to " +
                                    start.add_days(-1).to_string() + ", between the version at " + prev.where +
                                    " and this one",
                                "an evaluation dated in between finds no role " + id});
        } else if (!prev.effective_until) {
            prev.effective_until = start.add_days(-1);
        }
    }
}

void check_catalogue_use(const RuleSet& rules, std::vector<Error>& warnings) {
    std::set<std::string> used;
    for (const auto& role : rules.roles)
        for (const auto& level : role.levels)
            for (const auto& c : level.criteria) competencies_of(c, used);
    for (const auto& [id, competency] : rules.catalogue)
        if (!used.count(id))
            warnings.push_back({ErrorCode::rules_invalid, competency.where,
                                "catalogue competency " + backticked(id) + " is used by no role",
                                "use it in a role (`competency { id = \"" + id + "\" }`) or remove it"});
}

void sort_by_place(std::vector<Error>& problems) {
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Error& a, const Error& b) { return place(a.where) < place(b.where); });
}

}  // namespace eligo::check
