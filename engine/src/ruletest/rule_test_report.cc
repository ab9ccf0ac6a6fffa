// Rule test results in words: text for the author, JSON for programs, JUnit XML for CI.
#include <map>
#include <ostream>

#include <nlohmann/json.hpp>

#include "eligo/rule_test.h"
#include "support/json_text.h"
#include "support/text.h"

namespace eligo {
namespace {

using ordered = nlohmann::ordered_json;

std::string name_of(const CriterionCoverage& c) { return c.level + "/" + c.criterion->id; }

int months_of(const CriterionCoverage& c) { return std::get<ExperienceRequirement>(c.criterion->requirement).months; }

// "never met", "never not met", "never decided"
const char* undecided_words(const CriterionCoverage& c) {
    if (!c.met && !c.not_met) return "never decided met or not met";
    return c.met ? "never not met" : "never met";
}

// "24 months: no case just below it (23)", "... at it (24)", or both.
std::string unpinned_words(const CriterionCoverage& c) {
    int m = months_of(c);
    std::string below = "just below it (" + std::to_string(m - 1) + " months)";
    std::string at = "at it (" + std::to_string(m) + " months)";
    std::string missing = !c.below && !c.at ? below + " or " + at : !c.below ? below : at;
    return "threshold " + std::to_string(m) + " months: no case " + missing;
}

// ---- text ------------------------------------------------------------------------------------

void write_text_coverage(std::ostream& out, const std::vector<RoleCoverage>& coverage) {
    out << "\nCoverage\n";
    for (const auto& role : coverage) {
        out << "  " << role.role->id;
        if (role.cases == 0) {
            out << ": no cases\n";
            continue;
        }
        int undecided = 0, unpinned = 0;
        for (const auto& c : role.criteria) {
            undecided += !c.decided_both_ways();
            unpinned += !c.pinned();
        }
        out << ": " << role.cases << (role.cases == 1 ? " case; " : " cases; ") << undecided
            << (undecided == 1 ? " criterion" : " criteria") << " not decided both ways, " << unpinned
            << (unpinned == 1 ? " threshold" : " thresholds") << " not pinned on both sides\n";
        for (const auto& c : role.criteria)
            if (!c.decided_both_ways()) out << "    " << name_of(c) << ": " << undecided_words(c) << '\n';
        for (const auto& c : role.criteria)
            if (!c.pinned()) out << "    " << name_of(c) << ": " << unpinned_words(c) << '\n';
    }
}

void write_text(std::ostream& out, const RuleTestReport& report, bool coverage) {
    for (const auto& c : report.cases) {
        if (c.passed()) continue;
        out << "FAIL " << c.file << ": " << c.name << '\n';
        for (const auto& f : c.failures) out << "  " << f << '\n';
    }
    for (const auto& e : report.errors) out << "ERROR " << e.to_string() << '\n';
    out << report.passed() << " passed, " << report.failed() << " failed\n";
    if (coverage) write_text_coverage(out, report.coverage);
}

// ---- JSON ------------------------------------------------------------------------------------

ordered coverage_json(const std::vector<RoleCoverage>& coverage) {
    ordered roles = ordered::array();
    for (const auto& role : coverage) {
        ordered undecided = ordered::array(), unpinned = ordered::array();
        for (const auto& c : role.criteria) {
            if (!c.decided_both_ways())
                undecided.push_back({{"criterion", name_of(c)}, {"met", c.met}, {"not_met", c.not_met}});
            if (!c.pinned())
                unpinned.push_back({{"criterion", name_of(c)}, {"months", months_of(c)}, {"below", c.below}, {"at", c.at}});
        }
        roles.push_back({{"role", role.role->id},
                         {"effective_from", role.role->effective_from ? ordered(role.role->effective_from->to_string())
                                                                      : ordered(nullptr)},
                         {"cases", role.cases},
                         {"not_decided_both_ways", undecided},
                         {"thresholds_not_pinned", unpinned}});
    }
    return roles;
}

void write_json(std::ostream& out, const RuleTestReport& report, bool coverage) {
    ordered cases = ordered::array();
    for (const auto& c : report.cases)
        cases.push_back({{"file", c.file}, {"name", c.name}, {"passed", c.passed()}, {"failures", c.failures}});
    ordered errors = ordered::array();
    for (const auto& e : report.errors) errors.push_back({{"where", e.where}, {"message", e.message}, {"hint", e.hint}});
    ordered doc = {{"passed", report.passed()}, {"failed", report.failed()}, {"cases", cases}, {"errors", errors}};
    if (coverage) doc["coverage"] = coverage_json(report.coverage);
    out << json_text(doc, 2) << '\n';
}

// ---- JUnit -----------------------------------------------------------------------------------

std::string joined(const std::vector<std::string>& lines) {
    std::string s;
    for (const auto& l : lines) s += l + "\n";
    return s;
}

// One test suite per tests file, a test case per case; a file's errors are failed cases of
// their own so that a CI server shows them.
void write_junit(std::ostream& out, const RuleTestReport& report) {
    std::map<std::string, std::vector<const RuleTestCase*>> files;
    for (const auto& c : report.cases) files[c.file].push_back(&c);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"eligo test\" tests=\""
        << report.cases.size() + report.errors.size() << "\" failures=\""
        << report.failed() - static_cast<int>(report.errors.size()) << "\" errors=\"" << report.errors.size() << "\">\n";
    for (const auto& [file, cases] : files) {
        int failures = 0;
        for (const auto* c : cases) failures += !c->passed();
        out << "  <testsuite name=\"" << text::html(file) << "\" tests=\"" << cases.size() << "\" failures=\""
            << failures << "\">\n";
        for (const auto* c : cases) {
            out << "    <testcase classname=\"" << text::html(file) << "\" name=\"" << text::html(c->name) << "\"";
            if (c->passed()) {
                out << "/>\n";
                continue;
            }
            out << ">\n      <failure message=\"" << text::html(c->failures.front()) << "\">"
                << text::html(joined(c->failures)) << "</failure>\n    </testcase>\n";
        }
        out << "  </testsuite>\n";
    }
    if (!report.errors.empty()) {
        out << "  <testsuite name=\"tests files\" tests=\"" << report.errors.size() << "\" errors=\""
            << report.errors.size() << "\">\n";
        for (const auto& e : report.errors)
            out << "    <testcase classname=\"tests files\" name=\"" << text::html(e.where) << "\">\n      <error message=\""
                << text::html(e.message) << "\">" << text::html(e.to_string()) << "</error>\n    </testcase>\n";
        out << "  </testsuite>\n";
    }
    out << "</testsuites>\n";
}

}  // namespace

void write_rule_tests(std::ostream& out, const RuleTestReport& report, RuleTestFormat format, bool coverage) {
    switch (format) {
        case RuleTestFormat::text: write_text(out, report, coverage); break;
        case RuleTestFormat::json: write_json(out, report, coverage); break;
        case RuleTestFormat::junit: write_junit(out, report); break;
    }
}

}  // namespace eligo
