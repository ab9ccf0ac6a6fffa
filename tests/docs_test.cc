// The rules rendered back as a document: describe() for every criterion type, the Markdown and
// HTML documents, escaping, determinism, and the `eligo docs` command.
#include <cstdio>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <catch2/catch.hpp>

#include "eligo/docs.h"
#include "cli_run.h"
#include "eligo/explain.h"
#include "fixtures.h"

using namespace eligo;

namespace {

const Criterion& find(const RuleSet& rules, const std::string& id) {
    for (const auto& level : rules.roles.front().levels)
        for (const auto& c : level.criteria)
            if (c.id == id) return c;
    FAIL("no criterion " << id);
    throw std::logic_error("unreachable");
}

// One criterion of every type and of the variants that change the wording.
const char* kEveryType = R"(role { id = 't/every', title = 'Every type',
  level { id = 'A',
    qualifications = {
      gcse { id = 'gcse', text = 't', subjects = { 'English', 'Mathematics' } },
      gcse { id = 'gcse-five', text = 't', subjects = { 'English', 'Mathematics' }, count = 5, min_grade = 'C' },
      gcse { id = 'gcse-any', text = 't' },
      qualification { id = 'qualification', text = 't', min_level = 3, areas = { 'housing', 'business_administration' },
                      working_towards = true },
      qualification { id = 'qualification-kinds', text = 't', kinds = { 'nvq', 'btec' }, subjects = { 'English' } },
      qualification { id = 'qualification-titles', text = 't', titles = { 'Housing' } },
      cih { id = 'cih', text = 't', min_level = 3 },
      itil { id = 'itil', text = 't', stage = 'practitioner', working_towards = true },
      apprenticeship { id = 'apprenticeship', text = 't', min_level = 2 },
      driving { id = 'driving', text = 't', vehicle_access = 'daily' },
      driving { id = 'driving-licence', text = 't' },
      cpd { id = 'cpd', text = 't' },
      cpd { id = 'cpd-hours', text = 't', within_months = 24, min_records = 2, min_hours = 7.5, verified = true },
      training { id = 'training', text = 't', training_id = 'role-training/t/every' },
      training { id = 'training-started', text = 't', training_id = 'induction', working_towards = true },
      custom { id = 'custom', text = 't', check = function(p, as_of) return nil end },
    },
    experience = {
      experience { id = 'experience', text = 't', months = 24,
                   employer_types = { 'local_authority', 'registered_provider' }, areas = { 'housing', 'customer_service' } },
      experience { id = 'experience-managing', text = 't', months = 1, managerial = true },
      experience { id = 'experience-any', text = 't', months = 6 },
    },
    skills = {
      competency { id = 'k', text = 't' },
      any_of { id = 'any', text = 't', training { training_id = 'a' }, competency { id = 'k2' } },
      all_of { id = 'both', text = 't', cih { min_level = 4 }, itil { } },
      all_of { id = 'all', text = 't', cpd { }, driving { }, competency { id = 'k3' } },
      at_least { id = 'two', text = 't', n = 2, cih { min_level = 2 },
                 any_of { training { training_id = 'x' }, training { training_id = 'y' } }, competency { id = 'k4' } },
    },
  } })";

}  // namespace

TEST_CASE("describe says what each criterion type checks") {
    auto rules = test::rules_from(kEveryType);
    auto d = [&](const char* id) { return describe(find(*rules, id)); };
    CHECK(d("gcse") == "GCSE grade 4 or above in English and Mathematics (2 passes)");
    CHECK(d("gcse-five") == "GCSE grade C or above in 5 subjects, including English and Mathematics");
    CHECK(d("gcse-any") == "GCSE grade 4 or above in any subject");
    CHECK(d("qualification") ==
          "a Level 3 or higher qualification in housing or business administration, achieved or in progress");
    CHECK(d("qualification-kinds") == "an NVQ or BTEC qualification in English, achieved");
    CHECK(d("qualification-titles") == "a qualification whose title names housing, achieved");
    CHECK(d("cih") == "a Level 3 or higher CIH qualification, achieved");
    CHECK(d("itil") == "an ITIL qualification at practitioner stage or above, achieved or in progress");
    CHECK(d("apprenticeship") == "a Level 2 or higher apprenticeship qualification, achieved or in progress");
    CHECK(d("driving") == "a full UK driving licence and daily access to a vehicle");
    CHECK(d("driving-licence") == "a full UK driving licence");
    CHECK(d("cpd") == "at least 1 CPD record in the 12 months up to the evaluation date");
    CHECK(d("cpd-hours") ==
          "at least 2 verified CPD records in the 24 months up to the evaluation date, totalling at least 7.5 hours");
    CHECK(d("training") == "a completed training record `role-training/t/every`");
    CHECK(d("training-started") == "a training record `induction`, completed or in progress");
    CHECK(d("custom") == "a custom Lua check at `rules/t/role.lua:20`");
    CHECK(d("experience") ==
          "at least 24 months at local authority or registered provider employers in housing or customer service");
    CHECK(d("experience-managing") == "at least 1 month managing staff");
    CHECK(d("experience-any") == "at least 6 months of employment");
    CHECK(d("k") == "assessed evidence of competency `k`");
    CHECK(d("any") == "any one of: a completed training record `a`; assessed evidence of competency `k2`");
    CHECK(d("both") == "both of: a Level 4 or higher CIH qualification, achieved; "
                       "an ITIL qualification at foundation stage or above, achieved");
    CHECK(d("all") == "all 3 of: at least 1 CPD record in the 12 months up to the evaluation date; "
                      "a full UK driving licence; assessed evidence of competency `k3`");
    CHECK(d("two") == "at least 2 of: a Level 2 or higher CIH qualification, achieved; "
                      "(any one of: a completed training record `x`; a completed training record `y`); "
                      "assessed evidence of competency `k4`");
}

namespace {

const char* kCatalogue = "return { shared = { text = 'A shared statement', category = 'skills' } }";
const char* kRuleSet = "ruleset { name = 'test-rules', version = '1.2' }";

// A small role with a group, a shared and a local competency, a desirable statement, readings.
const char* kSmallRole = R"(role {
  id = 't/officer', title = 'Test Officer', posts = { '101', '102' }, grade = 'Range 4',
  framework = 'Test framework', framework_date = '2025-05', source = 'test.txt',
  summary = 'Keeps the tests honest.',
  level { id = 'A', name = 'Developing',
    qualifications = {
      any_of { id = 'education', text = 'Good general education',
               reading = 'GCSEs in both, or a housing qualification',
        gcse { id = 'gcses', text = 'GCSEs in English and Maths', subjects = { 'English', 'Mathematics' } },
        qualification { min_level = 2, areas = { 'housing' } } },
    },
    experience = {
      experience { id = 'housing-12-months', text = 'At least 12 months in housing', months = 12, areas = { 'housing' } },
    },
    skills = {
      competency { id = 'shared' },
      competency { id = 'local', text = 'Listens well', desirable = true },
    },
  },
  level { id = 'B', name = 'Practising' },
})";

std::shared_ptr<const RuleSet> load(const std::string& role, const char* path = "t/role.lua") {
    auto rules = test::load_scripts({{"ruleset.lua", kRuleSet}, {"lib/competencies.lua", kCatalogue}, {path, role}});
    INFO((rules ? std::string() : test::messages(rules.errors())));
    REQUIRE(rules);
    return *rules;
}

std::string markdown(const RuleSet& rules, DocsOptions options = {}) {
    std::ostringstream out;
    write_docs_markdown(out, rules, options);
    return out.str();
}

std::string html(const RuleSet& rules, DocsOptions options = {}) {
    std::ostringstream out;
    write_docs_html(out, rules, options);
    return out.str();
}

// The digest covers the bundled equivalence tables, which change; the documents name it once.
std::string without_digest(std::string text, const RuleSet& rules) {
    auto at = text.find(rules.digest);
    REQUIRE(at != std::string::npos);
    CHECK(text.find(rules.digest, at + 1) == std::string::npos);
    return text.replace(at, rules.digest.size(), "DIGEST");
}

}  // namespace

TEST_CASE("the Markdown document of a small role") {
    auto rules = load(kSmallRole);
    CHECK(without_digest(markdown(*rules), *rules) == R"(# test-rules 1.2

- Rule set: `test-rules`
- Version: 1.2
- Digest: `DIGEST`
- Roles: 1

The rules rendered back as a document, to check the encoding against the source documents. Each role lists its levels, lowest first; each level lists its own statements by category, in the order the rules give them.

Essential statements decide a level's verdict; desirable ones are reported and scored, never decisive. A level's verdict also covers every level below it.

Checked: a fact is decided from the profile's data, as described; a judgement needs an assessed evidence record (by a manager, an assessor or a document) for its competency id. Shared: the id is in the shared catalogue `lib/competencies.lua`, so one assessment counts wherever the statement recurs.

↳ marks the members of a group (any one of, all of, at least n of), below the statement they make up together.

Reading: the interpretation the rule authors chose where the wording is ambiguous.

## Contents

- Test Officer (`t/officer`, Range 4)

## Test Officer

- Id: `t/officer`
- Posts: 101, 102
- Grade: Range 4
- Framework: Test framework, 2025-05
- Source document: `test.txt`
- Rules: `rules/t/role.lua:1`
- Levels: A (Developing), B (Practising): each adds to the levels below it
- Summary: Keeps the tests honest.

### Level A (Developing)

#### Qualifications

| Id | Statement | Essential | Checked | Reading |
| --- | --- | --- | --- | --- |
| `education` | Good general education | essential | fact: any one of the 2 below | GCSEs in both, or a housing qualification |
| ↳ `gcses` | GCSEs in English and Maths |  | fact: GCSE grade 4 or above in English and Mathematics (2 passes) |  |
| ↳ `education.2` | (no wording of its own) |  | fact: a Level 2 or higher qualification in housing, achieved |  |

#### Experience

| Id | Statement | Essential | Checked | Reading |
| --- | --- | --- | --- | --- |
| `housing-12-months` | At least 12 months in housing | essential | fact: at least 12 months in housing |  |

#### Skills

| Id | Statement | Essential | Checked | Reading |
| --- | --- | --- | --- | --- |
| `shared` | A shared statement | essential | judgement: assessed evidence of competency `shared` (shared) |  |
| `local` | Listens well | desirable | judgement: assessed evidence of competency `local` |  |

### Level B (Practising)

No statements of its own.
)");
}

TEST_CASE("the HTML document of a small role") {
    auto rules = load(kSmallRole);
    std::string page = html(*rules);
    CHECK(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"));
    CHECK(page.ends_with("</main>\n</body>\n</html>\n"));
    CHECK(page.find("<title>test-rules 1.2: roles and criteria</title>") != std::string::npos);
    CHECK(page.find("<dt>Digest</dt><dd><code>" + rules->digest + "</code></dd>") != std::string::npos);
    // self-contained: inline CSS only, no scripts, nothing fetched
    for (const char* absent : {"<script", "src=", "<link", "http:", "https:", "@import", "url("})
        CHECK(page.find(absent) == std::string::npos);
    // a table of contents whose link reaches the role, a page break before each role in print
    CHECK(page.find("<tr><td><a href=\"#role-t/officer\">Test Officer</a></td><td><code>t/officer</code></td>"
                    "<td>Range 4</td><td>A (Developing), B (Practising)</td></tr>") != std::string::npos);
    CHECK(page.find("<section class=\"role\" id=\"role-t/officer\" aria-labelledby=\"role-t/officer-title\">\n"
                    "<h2 id=\"role-t/officer-title\">Test Officer</h2>") != std::string::npos);
    CHECK(page.find("section.role { break-before: page; }") != std::string::npos);
    CHECK(page.find("<dt>Posts</dt><dd>101, 102</dd>") != std::string::npos);
    // semantic tables: caption, column headers, one row per statement, members nested
    CHECK(page.find("<table>\n<caption>Qualifications</caption>") != std::string::npos);
    CHECK(page.find("<thead><tr><th scope=\"col\">Id</th><th scope=\"col\">Statement</th>"
                    "<th scope=\"col\">Essential</th><th scope=\"col\">Checked</th><th scope=\"col\">Reading</th>"
                    "</tr></thead>") != std::string::npos);
    CHECK(page.find("<tr><td class=\"id\"><code>education</code></td><td>Good general education</td>"
                    "<td>essential</td><td><span class=\"kind\">fact</span>: any one of the 2 below</td>"
                    "<td>GCSEs in both, or a housing qualification</td></tr>") != std::string::npos);
    CHECK(page.find("<tr class=\"member depth-1\"><td class=\"id\">"
                    "<span>↳</span><code>gcses</code></td><td>GCSEs in English and Maths</td><td></td>"
                    "<td><span class=\"kind\">fact</span>: GCSE grade 4 or above in English and Mathematics "
                    "(2 passes)</td><td></td></tr>") != std::string::npos);
    CHECK(page.find("<td><span class=\"none\">(no wording of its own)</span></td>") != std::string::npos);
    CHECK(page.find("<td><span class=\"kind\">judgement</span>: assessed evidence of competency "
                    "<code>shared</code> (shared)</td>") != std::string::npos);
    CHECK(page.find("<td>desirable</td><td><span class=\"kind\">judgement</span>: assessed evidence of competency "
                    "<code>local</code></td>") != std::string::npos);
    CHECK(page.find("<h3>Level B (Practising)</h3>\n<p>No statements of its own.</p>") != std::string::npos);
}

TEST_CASE("the documents escape the policy's text") {
    auto rules = load(R"(role { id = 't/esc', title = 'Officer <b> & "Co" \'s',
      summary = 'Uses | pipes, *stars* and <tags>',
      level { id = 'A', skills = { competency { id = 'k', text = 'Deals with <script>alert(1)</script> & "quotes" \'too\'',
                                                 reading = 'a | b' } } } })");
    std::string page = html(*rules);
    CHECK(page.find("<h2 id=\"role-t/esc-title\">Officer &lt;b&gt; &amp; &quot;Co&quot; &#39;s</h2>") !=
          std::string::npos);
    CHECK(page.find("<td>Deals with &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;too&#39;</td>") !=
          std::string::npos);
    CHECK(page.find("<dd>Uses | pipes, *stars* and &lt;tags&gt;</dd>") != std::string::npos);
    CHECK(page.find("<script") == std::string::npos);
    CHECK(page.find("<b>") == std::string::npos);

    std::string md = markdown(*rules);
    CHECK(md.find("## Officer \\<b\\> & \"Co\" 's\n") != std::string::npos);
    CHECK(md.find("- Summary: Uses \\| pipes, \\*stars\\* and \\<tags\\>\n") != std::string::npos);
    CHECK(md.find("| `k` | Deals with \\<script\\>alert(1)\\</script\\> & \"quotes\" 'too' | essential | "
                  "judgement: assessed evidence of competency `k` | a \\| b |\n") != std::string::npos);
}

TEST_CASE("the documents are the same bytes for the same rules") {
    auto first = load(kSmallRole);
    auto second = load(kSmallRole);
    CHECK(markdown(*first) == markdown(*second));
    CHECK(html(*first) == html(*second));
}

TEST_CASE("the documents show the roles asked for, in that order, each once") {
    auto rules = test::load_scripts({{"x/a.lua", "role { id = 'x/a', title = 'Role A', level { id = 'A' } }"},
                                     {"x/b.lua", "role { id = 'x/b', title = 'Role B', aliases = { 'x/old-b' }, "
                                               "level { id = 'A' } }"}});
    REQUIRE(rules);
    std::string all = markdown(**rules);
    CHECK(all.find("\n## Role A\n") < all.find("\n## Role B\n"));
    std::string some = markdown(**rules, {{"x/old-b", "x/a", "x/b"}});
    CHECK(some.find("- Roles: 2\n") != std::string::npos);
    CHECK(some.find("\n## Role B\n") < some.find("\n## Role A\n"));
    CHECK(some.find("\n## Role B\n", some.find("\n## Role B\n") + 1) == std::string::npos);
    CHECK(some.find("- Also known as: `x/old-b`\n") != std::string::npos);
    std::string one = html(**rules, {{"x/a"}});
    CHECK(one.find("Role A") != std::string::npos);
    CHECK(one.find("Role B") == std::string::npos);
}

TEST_CASE("the documents show every version of a role, each with its period and its own anchor") {
    auto rules = test::load_scripts(
        {{"t/r.lua", "role { id = 't/r', title = 'Officer', effective_from = '2025-05-01', level { id = 'A' } }"},
         {"t/r-2027.lua", "role { id = 't/r', title = 'Officer', effective_from = '2027-04-01', level { id = 'A' } }"}});
    REQUIRE(rules);
    std::string md = markdown(**rules, {{"t/r"}});
    CHECK(md.find("- Officer (`t/r`, from 2025-05-01 until 2027-03-31)\n- Officer (`t/r`, from 2027-04-01)\n") !=
          std::string::npos);
    CHECK(md.find("- In force: from 2025-05-01 until 2027-03-31\n") < md.find("- In force: from 2027-04-01\n"));
    std::string page = html(**rules);
    CHECK(page.find("<a href=\"#role-t/r@2025-05-01\">Officer</a> (from 2025-05-01 until 2027-03-31)") !=
          std::string::npos);
    CHECK(page.find("<section class=\"role\" id=\"role-t/r@2025-05-01\"") != std::string::npos);
    CHECK(page.find("<section class=\"role\" id=\"role-t/r@2027-04-01\"") != std::string::npos);
}

// --- the command ----------------------------------------------------------------------------------

namespace {

test::CliRun run(const std::string& args, bool with_stderr = false) { return test::run_eligo(args, with_stderr); }

std::string temp_path(const std::string& name) {
    return std::string(std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "/tmp") + "/eligo-docs-" + name;
}

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("eligo docs renders the bundled rules, the same each time") {
    test::CliRun first = run("docs");
    REQUIRE(first.status == 0);
    CHECK(first.out.starts_with("# medway-housing-frameworks "));
    CHECK(first.out.find("\n## Rehousing Officer\n") != std::string::npos);
    CHECK(first.out.find("fact: at least 12 months at local authority or registered provider employers in "
                         "customer service or housing") != std::string::npos);
    CHECK(run("docs").out == first.out);
}

TEST_CASE("eligo docs --format html -o FILE writes one page whose contents links all land") {
    std::string path = temp_path("docs.html");
    std::remove(path.c_str());
    test::CliRun r = run("docs --format html -o " + path, true);
    CHECK(r.status == 0);
    CHECK(r.out == "eligo: wrote 36 roles to " + path + "\n");
    std::string page = read(path);
    REQUIRE(page.starts_with("<!DOCTYPE html>"));
    CHECK(page == run("docs --format html").out);
    std::set<std::string> ids, links;
    std::regex id(" id=\"([^\"]+)\""), link("href=\"#([^\"]+)\"");
    for (std::sregex_iterator it(page.begin(), page.end(), id), end; it != end; ++it) ids.insert((*it)[1]);
    for (std::sregex_iterator it(page.begin(), page.end(), link), end; it != end; ++it) links.insert((*it)[1]);
    CHECK(links.size() >= 36);
    for (const auto& target : links) CHECK(ids.count(target) == 1);
    for (const char* absent : {"<script", "src=", "<link", "http:", "https:"}) CHECK(page.find(absent) == std::string::npos);
}

TEST_CASE("eligo docs --role shows only the roles named") {
    test::CliRun r = run("docs --role rehousing/rehousing-manager --role rehousing/rehousing-officer");
    REQUIRE(r.status == 0);
    CHECK(r.out.find("- Roles: 2\n") != std::string::npos);
    CHECK(r.out.find("\n## Rehousing Manager\n") < r.out.find("\n## Rehousing Officer\n"));
    CHECK(r.out.find("\n## Senior Rehousing Officer\n") == std::string::npos);
}

TEST_CASE("eligo docs: usage errors exit 1 with a hint") {
    test::CliRun r = run("docs --role rehousing/rehousing-oficer", true);
    CHECK(r.status == 1);
    CHECK(r.out == "--role: unknown role `rehousing/rehousing-oficer`; did you mean `rehousing/rehousing-officer`, `rehousing/rehousing-manager` or `rehousing/senior-rehousing-officer`?\n"
                   "  `eligo roles` lists them\n");
    r = run("docs --format pdf", true);
    CHECK(r.status == 1);
    // a file that cannot be written is a failed write, exit 6, as in every command
    r = run("docs -o /nonexistent-dir/docs.md", true);
    CHECK(r.status == 6);
    CHECK(r.out == "/nonexistent-dir/docs.md: cannot write here (No such file or directory)\n");
    r = run("docs --out /dev/full", true);
    CHECK(r.status == 6);
    CHECK(r.out.starts_with("/dev/full: the output could not be written in full ("));
}
