#include "eligo/rule_test.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

#include <fnmatch.h>

#include <nlohmann/json.hpp>

#include "eligo/evaluate.h"
#include "eligo/explain.h"
#include "eligo/profile.h"

namespace eligo {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

void competencies_of(const Criterion& c, std::set<std::string>& out) {
    if (auto* r = std::get_if<CompetencyRequirement>(&c.requirement)) out.insert(r->competency);
    for (const auto& child : c.children) competencies_of(child, out);
}

const CriterionResult* find(const std::vector<CriterionResult>& results, const std::string& id) {
    for (const auto& r : results) {
        if (r.criterion->id == id) return &r;
        if (auto* found = find(r.children, id)) return found;
    }
    return nullptr;
}

// Why a level is not eligible: its essential criteria (and those below) that are not met.
void explain_level(const RoleResult& role, std::size_t upto, const Profile& profile, std::vector<std::string>& out) {
    for (std::size_t i = 0; i <= upto && i < role.levels.size(); ++i)
        for (const auto& c : role.levels[i].criteria)
            if (c.criterion->essential && c.outcome != Outcome::met)
                out.push_back("    " + role.levels[i].level->id + "/" + c.criterion->id + ": " + to_string(c.outcome) +
                              ": " + reason(c, profile));
}

// ---- coverage --------------------------------------------------------------------------------

void flatten(const std::string& level, const Criterion& c, std::vector<CriterionCoverage>& out) {
    CriterionCoverage entry;
    entry.level = level;
    entry.criterion = &c;
    entry.threshold = std::holds_alternative<ExperienceRequirement>(c.requirement);
    entry.has_rule = !std::holds_alternative<CompetencyRequirement>(c.requirement);
    out.push_back(entry);
    for (const auto& child : c.children) flatten(level, child, out);
}

// The coverage of `role`, every role version's entry made on first use.
RoleCoverage& coverage_of(RuleTestReport& report, const RuleSet& rules, const Role& role) {
    if (report.coverage.empty())
        for (const auto& r : rules.roles) {
            RoleCoverage rc;
            rc.role = &r;
            for (const auto& level : r.levels)
                for (const auto& c : level.criteria) flatten(level.id, c, rc.criteria);
            report.coverage.push_back(std::move(rc));
        }
    for (auto& rc : report.coverage)
        if (rc.role == &role) return rc;
    throw std::logic_error("role version outside the rule set");
}

void record(RoleCoverage& coverage, const CriterionResult& result) {
    for (auto& entry : coverage.criteria) {
        if (entry.criterion != result.criterion) continue;
        entry.met = entry.met || result.outcome == Outcome::met;
        entry.not_met = entry.not_met || result.outcome == Outcome::not_met;
        if (entry.threshold) {
            // Within a month either side of the need: the boundary itself is tested.
            const Finding& f = result.finding;
            entry.below = entry.below || (f.have < f.need && f.have >= f.need - 1);
            entry.at = entry.at || (f.have >= f.need && f.have < f.need + 1);
        }
        break;
    }
    for (const auto& child : result.children) record(coverage, child);
}

void record(RoleCoverage& coverage, const RoleResult& result) {
    ++coverage.cases;
    for (const auto& level : result.levels)
        for (const auto& c : level.criteria) record(coverage, c);
}

// ---- cases -----------------------------------------------------------------------------------

std::string case_name(const json& tc, std::size_t index) {
    return tc.contains("name") && tc["name"].is_string() ? tc["name"].get<std::string>() : "case " + std::to_string(index + 1);
}

bool selected(const json& tc, std::size_t index, const std::string& pattern) {
    if (pattern.empty()) return true;
    std::string glob = pattern.find('*') == std::string::npos ? "*" + pattern + "*" : pattern;
    std::string role = tc.is_object() && tc.contains("role") && tc["role"].is_string() ? tc["role"].get<std::string>() : "";
    return fnmatch(glob.c_str(), case_name(tc, index).c_str(), 0) == 0 || fnmatch(glob.c_str(), role.c_str(), 0) == 0;
}

// An expected value must be one of `words`; anything else is a mistake in the tests file, not a
// failing case: the error names the word closest to what was written.
bool valid_expectation(const json& value, const std::vector<std::string>& words, const char* what,
                       const std::string& where, RuleTestReport& report) {
    std::string written = value.is_string() ? value.get<std::string>() : value.dump();
    if (value.is_string() && std::find(words.begin(), words.end(), written) != words.end()) return true;
    std::string hint = nearest(written, words);
    std::string list;
    for (const auto& w : words) list += (list.empty() ? "" : ", ") + w;
    report.errors.push_back({ErrorCode::profile_field, where,
                             "`" + written + "` is not " + what + " (" + list + ")",
                             hint.empty() ? "" : "did you mean `" + hint + "`?"});
    return false;
}

const std::vector<std::string> kVerdicts = {"eligible", "not_eligible", "incomplete"};
const std::vector<std::string> kOutcomes = {"met", "not_met", "unknown"};

void run_case(const RuleSet& rules, const json& tc, const std::string& file, std::size_t index, RuleTestReport& report) {
    RuleTestCase result;
    result.file = file;
    result.name = case_name(tc, index);
    auto fail = [&](std::string message) { result.failures.push_back(std::move(message)); };
    std::string where = file + ": case " + std::to_string(index + 1);

    std::string role_id = tc.value("role", "");
    auto as_of = Date::parse(tc.value("as_of", ""));
    const Role* role = as_of ? rules.find_role(role_id, *as_of) : rules.find_role(role_id);  // the version in force
    if (!rules.find_role(role_id)) fail("unknown role `" + role_id + "`");
    else if (!role) fail("role `" + role_id + "` is not in force on " + as_of->to_string());
    if (!as_of) fail("`as_of` must be a date `YYYY-MM-DD`" + not_a_day(tc.value("as_of", "")));

    Expected<Profile> profile = Error{ErrorCode::profile_field, where, "no profile", {}};
    if (tc.contains("profile")) {
        profile = parse_profile(tc["profile"].dump(), where + ".profile");
    } else if (tc.contains("profile_file") && tc["profile_file"].is_string()) {
        fs::path path = fs::path(file).parent_path() / tc["profile_file"].get<std::string>();
        profile = read_profile_file(path.string());
    }
    if (!profile) {
        for (const auto& e : profile.errors()) fail(e.to_string());
    }
    if (!result.failures.empty()) {
        report.cases.push_back(std::move(result));
        return;
    }

    Profile p = std::move(*profile);
    if (tc.value("assess", "") == "all") {
        std::set<std::string> ids;
        for (const auto& level : role->levels)
            for (const auto& c : level.criteria) competencies_of(c, ids);
        std::set<std::string> except;
        if (tc.contains("assess_except"))
            for (const auto& e : tc["assess_except"]) except.insert(e.get<std::string>());
        if (!p.evidence) p.evidence.emplace();
        for (const auto& id : ids)
            if (!except.count(id)) p.evidence->push_back({id, true, "manager", "rule-test", *as_of, "assessed for the test"});
    }

    ProfileIndex idx(rules, p, *as_of);
    RoleResult r = evaluate_role(*role, idx);
    record(coverage_of(report, rules, *role), r);
    // A case with an expectation that is no verdict cannot be judged: it is the file's error only.
    std::size_t errors_before = report.errors.size();
    if (tc.contains("expect")) {
        for (const auto& item : tc["expect"].items()) {
            // Named rather than bound: a lambda may not capture a structured binding before
            // C++20, and clang before 16 does not allow it at all.
            const std::string& level_id = item.key();
            const auto& expected = item.value();
            if (!valid_expectation(expected, kVerdicts, "a verdict", where + ": expect." + level_id, report)) continue;
            auto it = std::find_if(r.levels.begin(), r.levels.end(),
                                   [&](const LevelResult& l) { return l.level->id == level_id; });
            if (it == r.levels.end()) {
                fail("role has no level `" + level_id + "`");
                continue;
            }
            std::string actual = to_string(it->verdict);
            if (actual != expected.get<std::string>()) {
                fail("level " + level_id + ": expected " + expected.get<std::string>() + ", got " + actual);
                explain_level(r, static_cast<std::size_t>(it - r.levels.begin()), p, result.failures);
            }
        }
    }
    if (tc.contains("criteria")) {
        for (const auto& [key, expected] : tc["criteria"].items()) {
            auto slash = key.find('/');
            std::string level_id = key.substr(0, slash);
            std::string id = slash == std::string::npos ? "" : key.substr(slash + 1);
            if (!valid_expectation(expected, kOutcomes, "an outcome", where + ": criteria." + key, report)) continue;
            auto it = std::find_if(r.levels.begin(), r.levels.end(),
                                   [&](const LevelResult& l) { return l.level->id == level_id; });
            const CriterionResult* c = it == r.levels.end() ? nullptr : find(it->criteria, id);
            if (!c) {
                fail("no criterion `" + key + "` (write `<level>/<criterion id>`)");
                continue;
            }
            std::string actual = to_string(c->outcome);
            if (actual != expected.get<std::string>())
                fail(key + ": expected " + expected.get<std::string>() + ", got " + actual + ": " + reason(*c, p));
        }
    }
    if (report.errors.size() == errors_before) report.cases.push_back(std::move(result));
}

}  // namespace

int RuleTestReport::passed() const {
    return static_cast<int>(std::count_if(cases.begin(), cases.end(), [](const RuleTestCase& c) { return c.passed(); }));
}

int RuleTestReport::failed() const { return static_cast<int>(cases.size()) - passed() + static_cast<int>(errors.size()); }

void run_rule_test_text(const RuleSet& rules, const std::string& text, const std::string& file, RuleTestReport& report,
                        const RuleTestOptions& options) {
    json doc;
    try {
        doc = json::parse(text);
    } catch (const json::parse_error& e) {
        report.errors.push_back({ErrorCode::profile_syntax, file, std::string("invalid JSON: ") + e.what(), {}});
        return;
    }
    if (!doc.is_array()) {
        report.errors.push_back({ErrorCode::profile_field, file, "a tests file holds a JSON array of cases", {}});
        return;
    }
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (!selected(doc[i], i, options.run)) continue;
        try {
            run_case(rules, doc[i], file, i, report);
        } catch (const json::exception& e) {
            report.errors.push_back({ErrorCode::profile_field, file + ": case " + std::to_string(i + 1),
                                     std::string("malformed case: ") + e.what(), {}});
        }
    }
}

RuleTestReport run_rule_tests(const RuleSet& rules, const std::vector<std::string>& paths,
                              const RuleTestOptions& options) {
    RuleTestReport report;
    std::vector<std::string> files;
    for (const auto& path : paths) {
        std::error_code ec;
        if (fs::is_directory(path, ec)) {
            for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator();
                 it.increment(ec))
                if (it->is_regular_file() && it->path().filename().string().ends_with(".tests.json"))
                    files.push_back(it->path().string());
        } else if (fs::exists(path, ec)) {
            files.push_back(path);
        } else {
            report.errors.push_back({ErrorCode::io, path, "no such file or directory", {}});
        }
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        std::ifstream in(file, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        if (!in) {
            report.errors.push_back({ErrorCode::io, file, "cannot read the file", {}});
            continue;
        }
        run_rule_test_text(rules, text.str(), file, report, options);
    }
    return report;
}

std::vector<Warning> roles_without_tests(const RuleSet& rules, const std::string& directory) {
    std::vector<Warning> out;
    std::set<std::string> seen;  // a role's versions share one file
    for (const auto& role : rules.roles) {
        // `where` is `rules/x/y.lua:12`, named by the directory's own name: the part below it.
        std::string shown = role.where.substr(0, role.where.rfind(':'));
        auto slash = shown.find('/');
        if (slash == std::string::npos || !seen.insert(shown).second) continue;
        std::string script = (fs::path(directory) / shown.substr(slash + 1)).lexically_normal().generic_string();
        fs::path tests = fs::path(script).replace_extension().replace_extension(".tests.json");
        std::error_code ec;
        if (!fs::exists(tests, ec))
            out.push_back({script, "role `" + role.id + "` has no tests file; write its cases in " + tests.string()});
    }
    return out;
}

}  // namespace eligo
