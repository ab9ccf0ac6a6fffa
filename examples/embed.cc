// Embedding eligo: load the rules once, read a profile, evaluate it, print the verdicts.
//
//   eligo_embed RULES_DIR PROFILE.json ROLE_ID [AS_OF]
//
// Only the public headers under eligo/ are used; Lua, JSON and logging stay inside the engine.
#include <iostream>

#include "eligo/evaluate.h"
#include "eligo/explain.h"
#include "eligo/profile.h"
#include "eligo/rules.h"

int main(int argc, char** argv) {
    if (argc < 4) {
        std::cerr << "usage: eligo_embed RULES_DIR PROFILE.json ROLE_ID [AS_OF]\n";
        return 1;
    }
    // 1. Load and compile the rules. The RuleSet is immutable: share it between threads freely.
    eligo::RuleLoadOptions load;
    load.directory = argv[1];
    auto rules = eligo::load_rules(load);
    if (!rules) {
        for (const auto& error : rules.errors()) std::cerr << error.to_string() << '\n';
        return 3;
    }

    // 2. Read a profile. Errors name the file and the field.
    auto profile = eligo::read_profile_file(argv[2]);
    if (!profile) {
        for (const auto& error : profile.errors()) std::cerr << error.to_string() << '\n';
        return 2;
    }

    // 3. Evaluate against one role as of a date (results are reproducible for a given date),
    //    in the version of the role in force on that date.
    auto as_of = argc > 4 ? eligo::Date::parse(argv[4]) : eligo::today();
    if (!as_of) {
        std::cerr << "as-of date must be YYYY-MM-DD\n";
        return 1;
    }
    const eligo::Role* role = (*rules)->find_role(argv[3], *as_of);
    if (!role) {
        std::cerr << "no role " << argv[3] << " in force on " << as_of->to_string() << '\n';
        return 1;
    }
    eligo::ProfileIndex index(**rules, *profile, *as_of);
    eligo::RoleResult result = eligo::evaluate_role(*role, index);

    // 4. Print each level's verdict, and why for the criteria that are not met.
    std::cout << profile->id << " / " << role->title << " as of " << as_of->to_string() << ": attained "
              << result.attained.value_or("none") << '\n';
    for (const auto& level : result.levels) {
        std::cout << "  level " << level.level->id << ": " << eligo::to_string(level.verdict) << '\n';
        for (const auto& criterion : level.criteria)
            if (criterion.outcome == eligo::Outcome::not_met)
                std::cout << "    not met: " << criterion.criterion->text << "\n      "
                          << eligo::reason(criterion, *profile) << '\n';
    }
    return 0;
}
