// The workspace pages: escaping of every text from a profile or CSV, the shared frame, the
// navigation per role and the knock-out chart.
#include <catch2/catch.hpp>

#include "fixtures.h"
#include "web/chart.h"
#include "web/from_results.h"
#include "web/html.h"
#include "web/page.h"
#include "web/views.h"

#include "eligo/explain.h"
#include "eligo/progression.h"

using namespace eligo::web;

namespace {
bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("html writer escapes text and attribute values and closes what is open", "[web]") {
    Html h;
    h.open("p", {{"title", "a\"b"}, {"", "skipped"}}).text("<script>alert(1)</script>");
    CHECK(h.finish() == "<p title=\"a&quot;b\">&lt;script&gt;alert(1)&lt;/script&gt;</p>");
}

TEST_CASE("a hostile name in the team table shows as text", "[web]") {
    TeamView view;
    eligo::TeamRow row;
    row.id = "p1";
    row.name = "<script>alert('x')</script>";
    row.role = "=HYPERLINK(\"http://x\")";
    view.rows.push_back(row);
    std::string html = team_main(view);
    CHECK_FALSE(contains(html, "<script>"));
    CHECK(contains(html, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    CHECK(contains(html, "<td>=HYPERLINK(&quot;http://x&quot;)</td>"));
}

TEST_CASE("every page has lang en-GB, one h1, the stylesheet and a skip link", "[web]") {
    Frame frame{"Team", "hana", "hr", "tok", nav_for("hr"), "/team", true};
    std::string html = page(frame, "<p>body</p>");
    CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en-GB\">", 0) == 0);
    CHECK(contains(html, "<link rel=\"stylesheet\" href=\"/static/style.css\">"));
    CHECK(contains(html, "<script src=\"/static/pages.js\" defer=\"\"></script>"));
    CHECK(contains(html, "<a href=\"/team\" aria-current=\"page\">Team</a>"));
    CHECK(contains(html, "<input type=\"hidden\" name=\"csrf\" value=\"tok\">"));
    CHECK(contains(html, "<h1>Team</h1><p>body</p></main></body></html>"));
    CHECK_FALSE(contains(html, "<style"));
}

TEST_CASE("the navigation offers a role only what it may open", "[web]") {
    auto hrefs = [](std::string_view role) {
        std::string all;
        for (const NavLink& l : nav_for(role)) all += l.href + " ";
        return all;
    };
    CHECK(hrefs("recruiter") == "/ /vacancies ");
    CHECK(hrefs("manager") == "/ /my-team ");
    CHECK(hrefs("hr") == "/ /team /import ");
    CHECK(hrefs("author") == "/ /roles /readings /check ");
}

TEST_CASE("the content security policy allows no inline script and no framing", "[web]") {
    std::string csp(content_security_policy());
    CHECK(contains(csp, "script-src 'self'"));
    CHECK(contains(csp, "frame-ancestors 'none'"));
    CHECK_FALSE(contains(csp, "unsafe-inline"));
}

TEST_CASE("the knock-out chart scales bars to the largest count and escapes labels", "[web]") {
    std::string svg = bar_chart("k", "Ruled out", {{"GCSE <Maths>", 10}, {"Driving licence", 5}});
    CHECK(contains(svg, "role=\"img\""));
    CHECK(contains(svg, "<desc id=\"k-desc\">GCSE &lt;Maths&gt;: 10; Driving licence: 5</desc>"));
    CHECK(contains(svg, "x=\"330\" y=\"5\" width=\"330\""));
    CHECK(contains(svg, "x=\"330\" y=\"35\" width=\"165\""));
}

TEST_CASE("sign-in form has labelled fields and the CSRF token", "[web]") {
    std::string html = login_page({"abc", "hana\"", "the user name or password is not right"});
    CHECK(contains(html, "<label for=\"user\">User name</label>"));
    CHECK(contains(html, "<label for=\"password\">Password</label>"));
    CHECK(contains(html, "name=\"csrf\" value=\"abc\""));
    CHECK(contains(html, "value=\"hana&quot;\""));
    CHECK(contains(html, "role=\"alert\">the user name or password is not right</p>"));
}

TEST_CASE("results hide applicants' names unless asked for", "[web]") {
    ResultsView view;
    view.vacancy = {"7", "housing-officer", "B", "2026-12-31", 1};
    view.shortlist.push_back({"a1", "Ada <b>", "shortlist", "meets every essential criterion"});
    std::string hidden = results_main(view);
    CHECK_FALSE(contains(hidden, "Ada"));
    CHECK(contains(hidden, "href=\"/vacancies/7?names=1\">Show names</a>"));
    view.names = true;
    CHECK(contains(results_main(view), "<td>Ada &lt;b&gt;</td>"));
}

namespace {
// Level A needs a judgement; level B adds two years in homelessness work.
const char* kRole = R"(
role { id = 't/officer', title = 'Officer', framework = 'Test framework',
  level { id = 'A', name = 'Developing', knowledge = { competency { id = 'law', text = 'Knowledge of the law' } } },
  level { id = 'B', name = 'Practising',
    experience = { experience { id = 'homeless-24', text = 'At least 24 months with homeless households',
                                months = 24, areas = { 'homelessness' } } } } }
)";
const char* kPerson = R"({"id":"E-1","name":"<script>x</script>",
  "current_role": {"role":"t/officer","level":"A","since":"2025-02-03"},
  "employment":[{"employer":"Council","areas":["homelessness"],"start":"2025-10-01"}]})";
}  // namespace

TEST_CASE("the person page words every criterion and gap as the CLI does", "[web]") {
    auto rules = eligo::test::rules_from(kRole);
    eligo::Profile profile = eligo::test::profile_from(kPerson);
    auto person = eligo::assess_person(*rules, profile, *eligo::Date::parse("2026-11-24"), {}, false);
    PersonView view = person_view(person);
    REQUIRE(view.ladder.size() == 2);
    CHECK(view.ladder[0].verdict == "incomplete");
    CHECK(view.ladder[0].recorded);
    REQUIRE(view.criteria.size() == 2);
    CHECK(view.criteria[0].statement == "Knowledge of the law");
    CHECK(view.criteria[0].outcome == "unknown");
    CHECK(view.criteria[1].reason == eligo::reason(person.current->result.levels[1].criteria[0], profile));
    REQUIRE(view.gaps.size() == 2);
    CHECK(view.gaps[1].kind == "time");
    CHECK(view.gaps[1].date == "2027-10-01");
    std::string html = person_main(view);
    CHECK(contains(html, "(closes on <time datetime=\"2027-10-01\">2027-10-01</time>)"));

    std::string table = team_main({{eligo::team_row(person)}, "", ""});
    CHECK_FALSE(contains(table, "<script>"));
    CHECK(contains(table, "<td>none</td><td class=\"not_met\">no</td><td>1</td><td>0</td><td>1</td><td>0</td><td>2027-10-01</td>"));

    TeamMember member = team_member(person);
    REQUIRE(member.waiting.size() == 1);
    CHECK(member.waiting[0].competency == "law");
    std::string forms = my_team_main({{member}, "tok", ""});
    CHECK(contains(forms, "<input type=\"hidden\" name=\"competency\" value=\"law\">"));
    CHECK(contains(forms, "<legend>Level A: Knowledge of the law</legend>"));
}
