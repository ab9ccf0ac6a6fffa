// Rule tests: cases that policy authors write beside the rules (`<role>.tests.json`), each a
// profile, an as-of date and the verdicts the policy expects.
#pragma once

#include <string>
#include <vector>

#include "eligo/error.h"
#include "eligo/rules.h"

namespace eligo {

struct RuleTestCase {
    std::string file;
    std::string name;
    std::vector<std::string> failures;  ///< empty when the case passed
    bool passed() const { return failures.empty(); }
};

struct RuleTestReport {
    std::vector<RuleTestCase> cases;
    std::vector<Error> errors;  ///< files that could not be read as test cases
    int passed() const;
    int failed() const;  ///< failed cases plus unreadable files
};

/// Finds `*.tests.json` files under each path (a file or a directory) and runs every case.
RuleTestReport run_rule_tests(const RuleSet& rules, const std::vector<std::string>& paths);

/// Runs the cases of one file's text; `file` names it in messages.
void run_rule_test_text(const RuleSet& rules, const std::string& text, const std::string& file, RuleTestReport& report);

}  // namespace eligo
