// Shared test fixtures: rule sets held in memory and profiles written inline.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "eligo/evaluate.h"
#include "eligo/profile.h"
#include "eligo/rules.h"

namespace eligo::test {

/// The text of a file of the source tree (e.g. "rules/lib/equivalences.lua").
std::string source_file(const std::string& path);

/// Loads rules from memory: the bundled equivalence tables plus `scripts` (path -> text).
Expected<std::shared_ptr<const RuleSet>> load_scripts(std::map<std::string, std::string> scripts,
                                                      RuleLimits limits = {});

/// Loads one script that must compile; fails the test otherwise.
std::shared_ptr<const RuleSet> rules_from(const std::string& script);

/// Parses a profile that must be valid; fails the test otherwise.
Profile profile_from(const std::string& json);

/// Evaluates criterion `id` of level `level` of the first role.
CriterionResult evaluate_one(const RuleSet& rules, const Profile& profile, const std::string& id,
                             const char* as_of = "2026-11-24", const std::string& level = "A");

/// All error messages joined by newlines.
std::string messages(const std::vector<Error>& errors);

}  // namespace eligo::test
