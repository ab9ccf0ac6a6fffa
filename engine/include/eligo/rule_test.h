// Rule tests: cases that policy authors write beside the rules (`<role>.tests.json`), each a
// profile, an as-of date and the verdicts the policy expects.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "eligo/error.h"
#include "eligo/profile.h"
#include "eligo/rules.h"

namespace eligo {

struct RuleTestCase {
    std::string file;
    std::string name;
    std::vector<std::string> failures;  ///< empty when the case passed
    bool passed() const { return failures.empty(); }
};

/// What the cases run exercised of one criterion (or member) of a role version.
struct CriterionCoverage {
    std::string level;
    const Criterion* criterion = nullptr;
    bool met = false;      ///< some case decided it met
    bool not_met = false;  ///< some case decided it not met
    /// False for a competency: it reads a manager's assessment record and has no rule of its
    /// own to get wrong, so it is not asked to be decided both ways.
    bool has_rule = true;
    /// A threshold (an `experience` criterion's months) is pinned on both sides by a case less
    /// than a month below it (23 months for 24) and one less than a month above (24).
    bool threshold = false;
    bool below = false;
    bool at = false;

    bool decided_both_ways() const { return !has_rule || (met && not_met); }
    bool pinned() const { return !threshold || (below && at); }
};

/// One role version's criteria, every member included, in document order.
struct RoleCoverage {
    const Role* role = nullptr;
    int cases = 0;  ///< cases run against this version
    std::vector<CriterionCoverage> criteria;
};

struct RuleTestReport {
    std::vector<RuleTestCase> cases;
    std::vector<Error> errors;  ///< files that could not be read as test cases, bad expectations
    std::vector<RoleCoverage> coverage;  ///< every role version, in rule set order; filled as cases run
    int passed() const;
    int failed() const;  ///< failed cases plus unreadable files
};

struct RuleTestOptions {
    /// Runs only the cases whose name or role matches: a shell pattern (`*`, `?`), matched
    /// anywhere in the text when it has no `*`. Empty: every case.
    std::string run;
};

/// Finds `*.tests.json` files under each path (a file or a directory) and runs every case.
RuleTestReport run_rule_tests(const RuleSet& rules, const std::vector<std::string>& paths,
                              const RuleTestOptions& options = {});

/// Runs the cases of one file's text; `file` names it in messages.
void run_rule_test_text(const RuleSet& rules, const std::string& text, const std::string& file, RuleTestReport& report,
                        const RuleTestOptions& options = {});

/// The roles of the rules loaded from `directory` whose script has no `<name>.tests.json` beside
/// it, each as a warning naming the file to write (`where` is the script, below `directory`).
std::vector<Warning> roles_without_tests(const RuleSet& rules, const std::string& directory);

// --- words --------------------------------------------------------------------------------------

enum class RuleTestFormat { text, json, junit };

/// Writes the results: text (failures, errors, a count line), one JSON document, or JUnit XML
/// for a CI server (one test suite per tests file). With `coverage`, text and JSON add what the
/// cases leave untested: per role, the criteria not decided both ways and the thresholds not
/// pinned on both sides.
void write_rule_tests(std::ostream& out, const RuleTestReport& report, RuleTestFormat format, bool coverage);

}  // namespace eligo
