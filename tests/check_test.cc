// `eligo check`: every problem of a rule set, errors and warnings, each with its file and line;
// the library's `check_rules` and the command, run as a user would.
#include <catch2/catch.hpp>

#include "cli_run.h"
#include "fixtures.h"

using namespace eligo;

namespace {

// Checks rules held in memory (the bundled equivalence tables unless given).
RuleDiagnostics check_scripts(std::map<std::string, std::string> files, RuleLimits limits = {}) {
    RuleLoadOptions options;
    options.directory = "rules";
    options.limits = limits;
    options.files = std::move(files);
    if (!options.files.count("lib/equivalences.lua"))
        options.files["lib/equivalences.lua"] = test::source_file("rules/lib/equivalences.lua");
    return check_rules(options);
}

std::string errors_of(const std::string& script) {
    return test::messages(check_scripts({{"t/r.lua", script}}).errors);
}

// A role with the given levels, each with one criterion.
std::string role_with_levels(const std::string& id, const std::vector<std::string>& levels, const std::string& kind = "") {
    std::string s = "role { id = '" + id + "', title = 'T'" + (kind.empty() ? "" : ", kind = '" + kind + "'") + ",\n";
    for (const auto& level : levels)
        s += "  level { id = '" + level + "', skills = { competency { id = 'k" + level + "', text = 'x' } } },\n";
    return s + "}\n";
}

}  // namespace

TEST_CASE("check: the bundled rules load with no errors") {
    RuleLoadOptions options;
    options.directory = std::string(ELIGO_SOURCE_DIR) + "/rules";
    RuleDiagnostics found = check_rules(options);
    INFO(test::messages(found.errors));
    CHECK(found.errors.empty());
}

TEST_CASE("check: every problem is reported, errors apart from warnings, each sorted by file and line") {
    RuleDiagnostics found = check_scripts({
        {"b/two.lua", "role { id = 'b/two', title = 'T',\n  level { id = 'A' },\n  level { id = 'B', skills = {\n"
                      "    experience { id = 'e', text = 't', months = 0 } } } }"},
        {"a/one.lua", "role { id = 'a/One', title = 'T', level { id = 'A', skills = {\n  cih { id = 'c', text = 't' } } } }"},
    });
    CHECK(test::messages(found.errors) ==
          "rules/a/one.lua:1: role id `a/One` must be `<framework>/<role>` in lower-case kebab\n"
          "  for example `rehousing/rehousing-officer` (docs/roles.md)\n"
          "rules/a/one.lua:2: `cih` needs `min_level`\n"
          "rules/b/two.lua:4: `months` of `experience` must be from 1 to 600, got 0\n");
    CHECK(test::messages(found.warnings) ==
          "rules/b/two.lua:2: level `A` of role `b/two` has no criteria; it is met whenever the levels below it are\n");
}

TEST_CASE("check: warnings of a rules set that loads are in RuleSet::warnings") {
    auto rules = test::load_scripts({{"t/r.lua", "role { id = 't/r', title = 'T', level { id = 'A' } }"}});
    REQUIRE(rules);
    REQUIRE((*rules)->warnings.size() == 1);
    CHECK((*rules)->warnings[0].to_string() ==
          "rules/t/r.lua:1: level `A` of role `t/r` has no criteria; it is met whenever the levels below it are");
}

TEST_CASE("check: role ids follow docs/roles.md, `<framework>/<role>` in lower-case kebab") {
    for (const char* bad : {"Bad Id", "noslash", "a/b/c", "a/B", "a/-b", "a/b-", "a/b--c", "/b", "a/", "a/b_c"}) {
        INFO(bad);
        CHECK(errors_of(role_with_levels(bad, {"A"})) ==
              "rules/t/r.lua:1: role id `" + std::string(bad) +
                  "` must be `<framework>/<role>` in lower-case kebab\n"
                  "  for example `rehousing/rehousing-officer` (docs/roles.md)\n");
    }
    for (std::string good : {"a/b", "tenant-services/housing-apprentice", "x2/level-4-officer"}) {
        INFO(good);
        std::string folder = good.substr(0, good.find('/'));  // a role is defined in its own folder
        CHECK(check_scripts({{folder + "/r.lua", role_with_levels(good, {"A"})}}).errors.empty());
    }
}

TEST_CASE("check: levels are A B C, L2 L3 L4 or a single A, lowest first") {
    for (const auto& levels : std::vector<std::vector<std::string>>{{"A"}, {"A", "B"}, {"A", "B", "C"}, {"L2", "L3", "L4"}}) {
        INFO(levels.size());
        CHECK(errors_of(role_with_levels("t/r", levels)).empty());
    }
    CHECK(errors_of(role_with_levels("t/r", {"B", "A"})) ==
          "rules/t/r.lua:2: level `B` of role `t/r` is out of order: expected `A` here\n"
          "  the levels of a progression role are A, B, C, lowest first\n"
          "rules/t/r.lua:3: level `A` of role `t/r` is out of order: expected `B` here\n"
          "  the levels of a progression role are A, B, C, lowest first\n");
    CHECK(errors_of(role_with_levels("t/r", {"A", "C"})) ==
          "rules/t/r.lua:3: level `C` of role `t/r` is out of order: expected `B` here\n"
          "  the levels of a progression role are A, B, C, lowest first\n");
    CHECK(errors_of(role_with_levels("t/r", {"L2", "L4"})) ==
          "rules/t/r.lua:3: level `L4` of role `t/r` is out of order: expected `L3` here\n"
          "  the levels of an apprentice role are L2, L3, L4, lowest first\n");
    CHECK(errors_of(role_with_levels("t/r", {"A", "L2"})) ==
          "rules/t/r.lua:3: level `L2` of role `t/r` is out of order: expected `B` here\n"
          "  the levels of a progression role are A, B, C, lowest first\n");
    CHECK(errors_of(role_with_levels("t/r", {"A", "B", "C", "L2"})) ==
          "rules/t/r.lua:5: level `L2` of role `t/r` is one too many: a progression role has levels A, B, C\n");
    CHECK(errors_of(role_with_levels("t/r", {"a"})) ==
          "rules/t/r.lua:2: unknown level id `a` in role `t/r`\n  did you mean `A`?\n");
    CHECK(errors_of(role_with_levels("t/r", {"A", "B", "D"})) ==
          "rules/t/r.lua:4: unknown level id `D` in role `t/r`\n"
          "  levels are A, B, C (progression), L2, L3, L4 (apprentice) or A (specification)\n");
    CHECK(errors_of(role_with_levels("t/r", {"B"}, "specification")) ==
          "rules/t/r.lua:2: the level of a `specification` role is `A`, got `B`\n");
    CHECK(errors_of(role_with_levels("t/r", {"A", "B"}, "specification")) ==
          "rules/t/r.lua:1: a `specification` role has exactly one level\n");
}

TEST_CASE("check: duplicate role, level and criterion ids") {
    RuleDiagnostics found = check_scripts({{"a/one.lua", role_with_levels("a/r", {"A"})},
                                           {"a/two.lua", role_with_levels("a/r", {"A"})}});
    CHECK(test::messages(found.errors) ==
          "rules/a/two.lua:1: role id `a/r` is already defined at rules/a/one.lua:1\n"
          "  two versions of a role each need their own `effective_from` date\n");
    found = check_scripts({{"a/one.lua", "role { id = 'a/one', title = 'T', aliases = { 'a/old' }, level { id = 'A' } }"},
                           {"a/two.lua", "role { id = 'a/two', title = 'T', aliases = { 'a/old' }, level { id = 'A' } }"}});
    CHECK(test::messages(found.errors) == "rules/a/two.lua:1: role id `a/old` is already defined at rules/a/one.lua:1\n");
    CHECK(errors_of("role { id = 't/r', title = 'T',\n  level { id = 'A' },\n  level { id = 'A' } }") ==
          "rules/t/r.lua:1: role `t/r` has level `A` twice\n");
    CHECK(errors_of("role { id = 't/r', title = 'T', level { id = 'A', skills = {\n"
                    "  competency { id = 'k', text = 'x' },\n  competency { id = 'k', text = 'y' } } } }") ==
          "rules/t/r.lua:3: criterion id `k` is used twice in this level\n");
}

TEST_CASE("check: competencies outside the catalogue belong to one role; catalogue entries no role uses are warnings") {
    std::string catalogue = "return {\n  shared = { text = 'Shared', category = 'skills' },\n"
                            "  ['never-used'] = { text = 'Nobody', category = 'skills' },\n}\n";
    auto uses = [](const char* role, const char* competency) {
        return std::string("role { id = 't/") + role + "', title = 'T', level { id = 'A', skills = {\n  competency { id = '" +
               competency + "', text = 'x' } } } }";
    };
    RuleDiagnostics found = check_scripts({{"lib/competencies.lua", catalogue},
                                           {"t/one.lua", uses("one", "shared")},
                                           {"t/two.lua", uses("two", "local")},
                                           {"t/three.lua", uses("three", "local")}});
    CHECK(test::messages(found.errors) ==
          "rules/t/three.lua:2: competency `local` is used by 2 roles but is not in the shared catalogue\n"
          "  add it to lib/competencies.lua so one assessment counts for every role, or give each role its own id\n");
    CHECK(test::messages(found.warnings) ==
          "rules/lib/competencies.lua:3: catalogue competency `never-used` is used by no role\n"
          "  use it in a role (`competency { id = \"never-used\" }`) or remove it\n");
}

TEST_CASE("check: thresholds that cannot be met") {
    auto criterion = [](const std::string& c) {
        return "role { id = 't/r', title = 'T', level { id = 'A', skills = {\n  " + c + " } } }";
    };
    CHECK(errors_of(criterion("experience { id = 'e', text = 't', months = 0 }")) ==
          "rules/t/r.lua:2: `months` of `experience` must be from 1 to 600, got 0\n");
    CHECK(errors_of(criterion("experience { id = 'e', text = 't', months = -3 }")) ==
          "rules/t/r.lua:2: `months` of `experience` must be from 1 to 600, got -3\n");
    CHECK(errors_of(criterion("experience { id = 'e', text = 't', months = 601 }")) ==
          "rules/t/r.lua:2: `months` of `experience` must be from 1 to 600, got 601\n");
    CHECK(errors_of(criterion("experience { id = 'e', text = 't', months = 12.5 }")) ==
          "rules/t/r.lua:2: `months` of `experience` must be a whole number, got number\n");
    CHECK(errors_of(criterion("qualification { id = 'q', text = 't', min_level = 0 }")) ==
          "rules/t/r.lua:2: `min_level` of `qualification` must be from 1 to 8, got 0\n");
    CHECK(errors_of(criterion("cih { id = 'q', text = 't', min_level = 9 }")) ==
          "rules/t/r.lua:2: `min_level` of `cih` must be from 1 to 8, got 9\n");
    CHECK(errors_of(criterion("at_least { id = 'g', text = 't', n = 3, competency { id = 'a' }, competency { id = 'b' } }")) ==
          "rules/t/r.lua:2: `at_least` asks for 3 of 2 members\n");
    CHECK(errors_of(criterion("at_least { id = 'g', text = 't', n = 0, competency { id = 'a' } }")) ==
          "rules/t/r.lua:2: `n` of `at_least` must be from 1 to 100, got 0\n");
}

TEST_CASE("check: a number in a criterion's wording that its parameter contradicts is a warning") {
    RuleDiagnostics found = check_scripts({{"t/r.lua", R"(role { id = 't/r', title = 'T', level { id = 'A',
  experience = {
    experience { id = 'years', months = 18, text = "At least 2 years' experience" },
    experience { id = 'agrees', months = 24, text = 'At least two years in housing' },
    experience { id = 'months', months = 6, text = 'Six months or 12 months in post' },
    all_of { id = 'both', text = 'Three years of it, 2 of them managing',
      experience { id = 'inner', months = 12, text = 'At least 12 months managing' },
      competency { id = 'k', text = 'Managing well' } },
  },
  qualifications = {
    cih { id = 'cih', min_level = 4, text = 'CIH Level 3 qualification' },
    cih { id = 'cih-ok', min_level = 3, text = 'CIH Level 3 or above' },
    gcse { id = 'gcses', count = 4, subjects = { 'english' }, text = '5 GCSEs including English' },
  } } })"}});
    CHECK(found.errors.empty());
    CHECK(test::messages(found.warnings) ==
          "rules/t/r.lua:3: the wording of criterion `years` gives 24 months but its `months` is 18\n"
          "  make the wording and the parameter agree: `At least 2 years' experience`\n"
          "rules/t/r.lua:11: the wording of criterion `cih` gives level 3 but its `min_level` is 4\n"
          "  make the wording and the parameter agree: `CIH Level 3 qualification`\n"
          "rules/t/r.lua:13: the wording of criterion `gcses` gives a count of 5 but its `count` is 4\n"
          "  make the wording and the parameter agree: `5 GCSEs including English`\n");
}

TEST_CASE("check: wrong value types, unknown fields and missing wording") {
    CHECK(errors_of("role { id = 't/r', title = 'T', level { id = 'A', skills = {\n"
                    "  expereince { id = 'e', text = 't', months = 12 } } } }") ==
          "rules/t/r.lua:2: unknown name `expereince`\n  did you mean `experience`?\n");
    CHECK(errors_of("role { id = 't/r', title = 'T', level { id = 'A', skills = {\n"
                    "  gcse { id = 'g', text = 't', subjects = { 'English' }, minimum_grade = '4' },\n"
                    "  training { id = 'tr', training_id = 'x' },\n"
                    "  cpd { id = 'c', text = 't', verified = 'yes' } } } }") ==
          "rules/t/r.lua:2: unknown field `minimum_grade` in `gcse`\n  did you mean `min_grade`?\n"
          "rules/t/r.lua:3: `training` needs `text`, the policy's own wording\n"
          "rules/t/r.lua:4: `verified` of `cpd` must be true or false, got string\n");
}

TEST_CASE("check: a script that refers to a protected characteristic is an error at that line") {
    std::string script = R"(-- p.date_of_birth in a comment is fine
--[[ and in a long comment: p.age
   over two lines ]]
local note = "a string may say sex or religion"
local long = [==[ a long string: p.ethnicity
]==]
local stage, ages, raced = 1, 2, 3
role { id = 't/r', title = 'T', level { id = 'A', skills = {
  custom { id = 'c', text = 'Old enough', check = function(p, as_of)
    return p.date_of_birth ~= nil and p["religion"] == nil and p.x.disability
  end },
  custom { id = 'd', text = 'Other', check = function(p) local age = 1; return p['sex'] end },
} } }
)";
    CHECK(errors_of(script) ==
          "rules/t/r.lua:10: `date_of_birth` is a protected characteristic; rules must not refer to it\n"
          "  rules decide on qualifications, experience and assessed competence; profiles never carry protected "
          "characteristics (docs/profile-format.md)\n"
          "rules/t/r.lua:10: `religion` is a protected characteristic; rules must not refer to it\n"
          "  rules decide on qualifications, experience and assessed competence; profiles never carry protected "
          "characteristics (docs/profile-format.md)\n"
          "rules/t/r.lua:10: `disability` is a protected characteristic; rules must not refer to it\n"
          "  rules decide on qualifications, experience and assessed competence; profiles never carry protected "
          "characteristics (docs/profile-format.md)\n"
          "rules/t/r.lua:12: `age` is a protected characteristic; rules must not refer to it\n"
          "  rules decide on qualifications, experience and assessed competence; profiles never carry protected "
          "characteristics (docs/profile-format.md)\n"
          "rules/t/r.lua:12: `sex` is a protected characteristic; rules must not refer to it\n"
          "  rules decide on qualifications, experience and assessed competence; profiles never carry protected "
          "characteristics (docs/profile-format.md)\n");
    // the rules library is scanned too
    RuleDiagnostics found = check_scripts({{"lib/patterns.lua", "local M = {}\n\nfunction M.f(p) return p.nationality end\nreturn M"},
                                           {"t/r.lua", role_with_levels("t/r", {"A"})}});
    REQUIRE(found.errors.size() == 1);
    CHECK(found.errors[0].where == "rules/lib/patterns.lua:3");
    CHECK(found.errors[0].message == "`nationality` is a protected characteristic; rules must not refer to it");
    // escapes and line continuations inside strings keep the count of lines
    CHECK(errors_of("local s = 'a\\\nb\\z\n   c'\nlocal t = \"\\\"\" .. [[\n]]\nlocal pregnancy\n" +
                    role_with_levels("t/r", {"A"}))
              .starts_with("rules/t/r.lua:6: `pregnancy` is a protected characteristic"));
}

TEST_CASE("check: the profile a custom criterion sees never holds a protected characteristic") {
    // Read through a key built at run time, so the textual scan cannot see it: the guarantee is
    // that the data is not there.
    // (A check keeps its helpers inside it: it may capture nothing from the script.)
    auto rules = test::rules_from(R"(
role { id = 't/r', title = 'T', level { id = 'A', skills = {
  custom { id = 'clean', text = 'No protected data', check = function(p)
    local hidden = { 'date_of' .. '_birth', 'a' .. 'ge', 's' .. 'ex', 'rel' .. 'igion', 'eth' .. 'nicity' }
    local function holds(t, depth)
      if depth > 4 then return false end
      for key, value in pairs(t) do
        for _, name in ipairs(hidden) do if key == name then return true end end
        if type(value) == 'table' and holds(value, depth + 1) then return true end
      end
      return false
    end
    return not holds(p, 0) and p.id == 'P-1' and p.qualifications ~= nil
  end },
} } }
)");
    std::vector<Warning> warnings;
    auto profile = parse_profile(R"({"id": "P-1", "date_of_birth": "1980-01-01", "age": 45, "sex": "f",
                                     "religion": "x", "ethnicity": "y", "qualifications": []})",
                                 "p.json", {}, &warnings);
    REQUIRE(profile);
    CHECK(warnings.size() == 5);
    CHECK(test::evaluate_one(*rules, *profile, "clean").outcome == Outcome::met);
}

TEST_CASE("check: scripts that exceed the sandbox limits are errors at their line") {
    RuleLimits limits;
    limits.instructions = 200'000;
    RuleDiagnostics found = check_scripts({{"t/loop.lua", "local n = 0\nwhile true do n = n + 1 end"}}, limits);
    CHECK(test::messages(found.errors) ==
          "rules/t/loop.lua:2: instruction limit exceeded (200000 instructions)\n"
          "  a loop that never ends, or far more work than describing rules needs\n");
    limits = {};
    limits.memory_bytes = 8u << 20;
    found = check_scripts({{"t/bomb.lua", "local t = {}\nfor i = 1, 1e9 do t[i] = ('x'):rep(1000) .. i end"}}, limits);
    CHECK(test::messages(found.errors) ==
          "rules/t/bomb.lua:2: memory limit exceeded (8 MiB)\n  a table or string that grows without bound\n");
}

TEST_CASE("check: the rule set's own effective_from is a date") {
    CHECK(errors_of("ruleset { name = 'x', version = '1', effective_from = '2025-13-01' }\n" +
                    role_with_levels("t/r", {"A"})) ==
          "rules/t/r.lua:1: `effective_from` of `ruleset` must be a date `YYYY-MM-DD`, got `2025-13-01` (there is no month 13)\n");
}

TEST_CASE("eligo check: compiler-style lines, a count, and exit 1 on errors") {
    std::string dir = test::rule_directory("eligo-check-errors",
                               {{"x/r.lua", "role { id = 'x/r', title = 'R',\n"
                                            "  level { id = 'A', skills = { competency { id = 'k', text = 'K' }, 42 } },\n"
                                            "  level { id = 'B' } }\n"}});
    test::CliRun r = test::run_eligo("check " + dir);
    CHECK(r.status == 1);
    // Each file named as it opens from where the command ran: here, the directory as given.
    CHECK(r.out.ends_with(
        dir + "/x/r.lua:2: error: expected a criterion such as `competency { id = ..., text = ... }`, got "
        "number\n" + dir + "/x/r.lua:3: warning: level `B` of role `x/r` has no criteria; it is met whenever the levels "
        "below it are\n"
        "1 error, 1 warning\n"));
}

TEST_CASE("eligo check: warnings alone exit 0, and other commands log them") {
    std::string dir = test::rule_directory("eligo-check-warnings",
                               {{"lib/competencies.lua", "return {\n  unused = { text = 'Nobody', category = 'skills' },\n}\n"},
                                {"x/r.lua", role_with_levels("x/r", {"A"})}});
    test::CliRun r = test::run_eligo("check " + dir);
    CHECK(r.status == 0);
    CHECK(r.out ==
          dir + "/lib/competencies.lua:2: warning: catalogue competency `unused` is used by no role\n"
          "  use it in a role (`competency { id = \"unused\" }`) or remove it\n"
          "0 errors, 1 warning\n");
    r = test::run_eligo("roles --rules " + dir);
    CHECK(r.status == 0);
    CHECK(r.out.find("eligo: warning: eligo-check-warnings/lib/competencies.lua:2: catalogue competency `unused` is used "
                     "by no role\n  use it in a role") != std::string::npos);
    CHECK(test::run_eligo("-q roles --rules " + dir).out.find("warning:") == std::string::npos);
}

TEST_CASE("eligo check: the instruction limit, through the command") {
    std::string dir = test::rule_directory("eligo-check-loop", {{"x/loop.lua", "-- never ends\nwhile true do end\n"}});
    test::CliRun r = test::run_eligo("check " + dir);
    CHECK(r.status == 1);
    CHECK(r.out ==
          dir + "/x/loop.lua:2: error: instruction limit exceeded (20000000 instructions)\n"
          "  a loop that never ends, or far more work than describing rules needs\n"
          "1 error, 0 warnings\n");
}

TEST_CASE("eligo check: the rules directory by default, --rules, and a missing directory") {
    test::CliRun r = test::run_eligo("check");
    CHECK(r.status == 0);
    CHECK(r.out.find(" errors, ") != std::string::npos);
    CHECK(r.out.find("0 errors, ") != std::string::npos);
    std::string dir = test::rule_directory("eligo-check-default", {{"x/r.lua", "role { id = 'x/R', title = 'R', level { id = 'A' } }"}});
    r = test::run_eligo("--rules " + dir + " check");
    CHECK(r.status == 1);
    CHECK(r.out.find("eligo-check-default/x/r.lua:1: error: role id `x/R` must be") != std::string::npos);
    r = test::run_eligo("check /nonexistent/rules");
    CHECK(r.status == 1);
    CHECK(r.out == "/nonexistent/rules: error: not a rules directory\n  give one with --rules DIR or ELIGO_RULES\n"
                   "1 error, 0 warnings\n");
}
