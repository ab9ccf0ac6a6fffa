// The rule set rendered back as a document, in Markdown or HTML: what each role's levels ask
// for, how each statement is checked, and the readings chosen. Both formats say the same thing
// in the same words; only the markup differs. Nothing here reads a clock: same rules, same bytes.
#include "eligo/docs.h"

#include <algorithm>
#include <ostream>
#include <string_view>

#include "eligo/explain.h"
#include "support/text.h"

namespace eligo {
namespace {

// --- what both formats say ---------------------------------------------------------------------

const char* const kIntro =
    "The rules rendered back as a document, to check the encoding against the source documents. "
    "Each role lists its levels, lowest first; each level lists its own statements by category, in "
    "the order the rules give them.";

const char* const kKey[] = {
    "Essential statements decide a level's verdict; desirable ones are reported and scored, never "
    "decisive. A level's verdict also covers every level below it.",
    "Checked: a fact is decided from the profile's data, as described; a judgement needs an "
    "assessed evidence record (by a manager, an assessor or a document) for its competency id. "
    "Shared: the id is in the shared catalogue `lib/competencies.lua`, so one assessment counts "
    "wherever the statement recurs.",
    "\xe2\x86\xb3 marks the members of a group (any one of, all of, at least n of), below the "
    "statement they make up together.",
    "Reading: the interpretation the rule authors chose where the wording is ambiguous.",
};

const char* const kMember = "\xe2\x86\xb3";  // ↳
const char* const kNoWording = "(no wording of its own)";
const Category kCategories[] = {Category::qualifications, Category::knowledge, Category::experience,
                                Category::skills, Category::other};

// The roles to show: every version of each named role, in the order named, each once.
std::vector<const Role*> chosen_roles(const RuleSet& rules, const DocsOptions& options) {
    std::vector<const Role*> out;
    if (options.roles.empty()) {
        for (const auto& role : rules.roles) out.push_back(&role);
        return out;
    }
    std::vector<std::string> done;
    for (const auto& name : options.roles) {
        const Role* named = rules.find_role(name);
        if (!named || std::find(done.begin(), done.end(), named->id) != done.end()) continue;
        done.push_back(named->id);
        for (const auto& role : rules.roles)
            if (role.id == named->id) out.push_back(&role);
    }
    return out;
}

std::string category_title(Category c) {
    std::string s = to_string(c);
    s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

std::string level_title(const Level& level) {
    return "Level " + level.id + (level.name.empty() ? "" : " (" + level.name + ")");
}

// "A (Developing), B (Practising)".
std::string level_names(const Role& role) {
    std::string s;
    for (const auto& level : role.levels)
        s += (s.empty() ? "" : ", ") + level.id + (level.name.empty() ? "" : " (" + level.name + ")");
    return s;
}

// "from 2026-04-01 until 2027-03-31" for a versioned role, otherwise "".
std::string period(const Role& role) {
    std::string s;
    if (role.effective_from) s += "from " + role.effective_from->to_string();
    if (role.effective_until) s += (s.empty() ? "until " : " until ") + role.effective_until->to_string();
    return s;
}

// Unique within a document even when a role has several versions.
std::string anchor(const Role& role) {
    return "role-" + role.id + (role.effective_from ? "@" + role.effective_from->to_string() : "");
}

// One line of a role's metadata; `code` values are identifiers, shown as code.
struct Field {
    std::string label;
    std::vector<std::string> values;
    bool code = false;
};

std::vector<Field> role_fields(const Role& role) {
    std::vector<Field> fields;
    auto add = [&](std::string label, std::vector<std::string> values, bool code = false) {
        if (!values.empty() && !values.front().empty()) fields.push_back({std::move(label), std::move(values), code});
    };
    add("Id", {role.id}, true);
    add("Also known as", role.aliases, true);
    add(role.posts.size() == 1 ? "Post" : "Posts", role.posts);
    add("Grade", {role.grade});
    add("Framework", {role.framework + (role.framework_date.empty() ? "" : ", " + role.framework_date)});
    add("In force", {period(role)});
    add("Source document", {role.source}, true);
    add("Rules", {role.where}, true);
    std::string levels = level_names(role);
    add("Levels", {role.specification ? levels + ": a person specification; essential statements decide the "
                                        "verdict, desirable ones are scored"
                                      : levels + ": each adds to the levels below it"});
    add("Summary", {role.summary});
    return fields;
}

// A criterion and how deep in groups it sits (0: a level's own statement).
struct Row {
    const Criterion* criterion;
    int depth;
};

void add_rows(const Criterion& c, int depth, std::vector<Row>& rows) {
    rows.push_back({&c, depth});
    for (const auto& child : c.children) add_rows(child, depth + 1, rows);
}

std::vector<Row> rows_of(const Level& level, Category category) {
    std::vector<Row> rows;
    for (const auto& c : level.criteria)
        if (c.category == category) add_rows(c, 0, rows);
    return rows;
}

// The policy's wording; a group member without its own carries its constructor's name.
std::string wording(const Row& row) {
    const Criterion& c = *row.criterion;
    return row.depth > 0 && c.text == c.type ? "" : c.text;
}

std::string essential(const Row& row) {
    if (row.depth > 0) return "";  // a member's part is decided by its group
    return row.criterion->essential ? "essential" : "desirable";
}

// How the statement is decided: "fact: at least 12 months ...", "judgement: assessed evidence
// of competency `x` (shared)", "fact: any one of the 2 below".
std::string checked(const Criterion& c, const RuleSet& rules) {
    std::string how;
    if (const auto* group = std::get_if<GroupRequirement>(&c.requirement)) {
        std::string n = std::to_string(c.children.size());
        how = group->mode == GroupRequirement::Mode::any_of   ? "any one of the " + n + " below"
              : group->mode == GroupRequirement::Mode::all_of ? (n == "2" ? "both below" : "all " + n + " below")
                                                              : "at least " + std::to_string(group->needed) +
                                                                    " of the " + n + " below";
    } else {
        how = describe(c);
        if (const auto* competency = std::get_if<CompetencyRequirement>(&c.requirement))
            if (rules.catalogue.count(competency->competency)) how += " (shared)";
    }
    return std::string(to_string(c.kind)) + ": " + how;
}

// --- Markdown ----------------------------------------------------------------------------------

// Policy text: nothing in it becomes markup, and it stays on one line (a table cell).
std::string md_text(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '\n' || c == '\r') c = ' ';
        if (std::string_view("\\|*_<>`").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

// Generated text whose `...` spans are identifiers: those stay code (only `|` escaped, for
// tables), the rest is text.
std::string md_inline(std::string_view s) {
    std::string out;
    bool code = false;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i < s.size() && s[i] != '`') continue;
        std::string_view part = s.substr(start, i - start);
        if (code) {
            for (char c : part) out += c == '|' ? std::string("\\|") : std::string(1, c);
        } else {
            out += md_text(part);
        }
        if (i < s.size()) out += '`';
        code = !code;
        start = i + 1;
    }
    return out;
}

std::string md_code(const std::string& s) { return md_inline("`" + s + "`"); }

void md_role(std::ostream& out, const Role& role, const RuleSet& rules) {
    out << "\n## " << md_text(role.title) << "\n\n";
    for (const auto& field : role_fields(role)) {
        out << "- " << field.label << ": ";
        for (std::size_t i = 0; i < field.values.size(); ++i)
            out << (i ? ", " : "") << (field.code ? md_code(field.values[i]) : md_text(field.values[i]));
        out << '\n';
    }
    for (const auto& level : role.levels) {
        out << "\n### " << md_text(level_title(level)) << '\n';
        if (level.criteria.empty()) out << "\nNo statements of its own.\n";
        for (Category category : kCategories) {
            std::vector<Row> rows = rows_of(level, category);
            if (rows.empty()) continue;
            out << "\n#### " << category_title(category) << "\n\n"
                << "| Id | Statement | Essential | Checked | Reading |\n"
                << "| --- | --- | --- | --- | --- |\n";
            for (const Row& row : rows) {
                std::string marks;
                for (int d = 0; d < row.depth; ++d) marks += std::string(kMember) + " ";
                std::string text = wording(row);
                out << "| " << marks << md_code(row.criterion->id) << " | "
                    << (text.empty() ? md_text(kNoWording) : md_text(text)) << " | " << essential(row) << " | "
                    << md_inline(checked(*row.criterion, rules)) << " | " << md_text(row.criterion->reading)
                    << " |\n";
            }
        }
    }
}

// --- HTML --------------------------------------------------------------------------------------

// Generated text whose `...` spans are identifiers, shown as <code>.
std::string html_inline(std::string_view s) {
    std::string out;
    std::size_t start = 0;
    for (std::size_t open = s.find('`'); open != std::string_view::npos; open = s.find('`', start)) {
        std::size_t close = s.find('`', open + 1);
        if (close == std::string_view::npos) break;
        out += text::html(s.substr(start, open - start)) + "<code>" +
               text::html(s.substr(open + 1, close - open - 1)) + "</code>";
        start = close + 1;
    }
    return out + text::html(s.substr(start));
}

std::string html_code(const std::string& s) { return "<code>" + text::html(s) + "</code>"; }

const char* const kStyle = R"(
:root { color-scheme: light; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
       color: #111; background: #fff; max-width: 84rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.75rem; margin: 0 0 .75rem; }
h2 { font-size: 1.45rem; margin: 3rem 0 .75rem; padding-bottom: .2rem; border-bottom: 2px solid #222; }
h3 { font-size: 1.2rem; margin: 2rem 0 .5rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 1rem; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
p.key { margin: .3rem 0; }
table.contents { table-layout: auto; }
table.contents td, table.contents th { overflow-wrap: normal; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: .25rem 0 1.25rem; }
caption { text-align: left; font-weight: 600; padding: .4rem 0 .25rem; }
th, td { border: 1px solid #888; padding: .3rem .45rem; text-align: left; vertical-align: top;
         overflow-wrap: break-word; }
td.id { overflow-wrap: anywhere; }
thead th { background: #eee; }
col.id { width: 16%; } col.statement { width: 30%; } col.essential { width: 6.5rem; }
col.checked { width: 23%; } col.reading { width: 23%; }
tr.member td { border-top-style: dashed; }
tr.depth-1 td.id { padding-left: calc(.45rem + 1.2em); }
tr.depth-2 td.id { padding-left: calc(.45rem + 2.4em); }
tr.depth-3 td.id { padding-left: calc(.45rem + 3.6em); }
tr.depth-4 td.id { padding-left: calc(.45rem + 4.8em); }
td.id span { margin-right: .25rem; }
.none { font-style: italic; }
code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .86em; }
.kind { font-weight: 600; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 9.5pt; }
  section.role { break-before: page; }
  h2, h3, caption { break-after: avoid; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  thead th { background: none; }
  a { color: inherit; text-decoration: none; }
}
)";

void html_role(std::ostream& out, const Role& role, const RuleSet& rules) {
    std::string id = text::html(anchor(role));
    out << "<section class=\"role\" id=\"" << id << "\" aria-labelledby=\"" << id << "-title\">\n"
        << "<h2 id=\"" << id << "-title\">" << text::html(role.title) << "</h2>\n<dl class=\"meta\">\n";
    for (const auto& field : role_fields(role)) {
        out << "<dt>" << text::html(field.label) << "</dt><dd>";
        for (std::size_t i = 0; i < field.values.size(); ++i)
            out << (i ? ", " : "") << (field.code ? html_code(field.values[i]) : text::html(field.values[i]));
        out << "</dd>\n";
    }
    out << "</dl>\n";
    for (const auto& level : role.levels) {
        out << "<section class=\"level\">\n<h3>" << text::html(level_title(level)) << "</h3>\n";
        if (level.criteria.empty()) out << "<p>No statements of its own.</p>\n";
        for (Category category : kCategories) {
            std::vector<Row> rows = rows_of(level, category);
            if (rows.empty()) continue;
            out << "<table>\n<caption>" << category_title(category) << "</caption>\n"
                << "<colgroup><col class=\"id\"><col class=\"statement\"><col class=\"essential\">"
                   "<col class=\"checked\"><col class=\"reading\"></colgroup>\n"
                << "<thead><tr><th scope=\"col\">Id</th><th scope=\"col\">Statement</th>"
                   "<th scope=\"col\">Essential</th><th scope=\"col\">Checked</th><th scope=\"col\">Reading</th>"
                   "</tr></thead>\n<tbody>\n";
            for (const Row& row : rows) {
                const Criterion& c = *row.criterion;
                std::string text = wording(row);
                std::string how = checked(c, rules);
                std::string kind = to_string(c.kind);
                // The depth as a class, not a style attribute: the workspace's pages embed these
                // tables under a content security policy that allows no inline style.
                if (row.depth) out << "<tr class=\"member depth-" << std::min(row.depth, 4) << "\">";
                else out << "<tr>";
                out << "<td class=\"id\">";
                for (int d = 0; d < row.depth; ++d) out << "<span>" << kMember << "</span>";
                out << html_code(c.id) << "</td><td>"
                    << (text.empty() ? std::string("<span class=\"none\">") + kNoWording + "</span>" : text::html(text))
                    << "</td><td>" << essential(row) << "</td><td><span class=\"kind\">" << kind << "</span>"
                    << html_inline(how.substr(kind.size())) << "</td><td>" << text::html(c.reading) << "</td></tr>\n";
            }
            out << "</tbody>\n</table>\n";
        }
        out << "</section>\n";
    }
    out << "</section>\n";
}

}  // namespace

void write_docs_markdown(std::ostream& out, const RuleSet& rules, const DocsOptions& options) {
    std::vector<const Role*> roles = chosen_roles(rules, options);
    out << "# " << md_text(rules.name) << ' ' << md_text(rules.version) << "\n\n"
        << "- Rule set: " << md_code(rules.name) << '\n'
        << "- Version: " << md_text(rules.version) << '\n';
    if (!rules.effective_from.empty()) out << "- Effective from: " << md_text(rules.effective_from) << '\n';
    out << "- Digest: " << md_code(rules.digest) << '\n'
        << "- Roles: " << roles.size() << "\n\n"
        << kIntro << '\n';
    for (const char* line : kKey) out << '\n' << md_inline(line) << '\n';
    out << "\n## Contents\n\n";
    for (const Role* role : roles) {
        std::string when = period(*role);
        out << "- " << md_text(role->title) << " (" << md_code(role->id) << (role->grade.empty() ? "" : ", ")
            << md_text(role->grade) << (when.empty() ? "" : ", ") << when << ")\n";
    }
    for (const Role* role : roles) md_role(out, *role, rules);
}

void write_docs_html(std::ostream& out, const RuleSet& rules, const DocsOptions& options) {
    std::vector<const Role*> roles = chosen_roles(rules, options);
    std::string title = text::html(rules.name + " " + rules.version);
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<title>" << title << ": roles and criteria</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n"
        << "<header>\n<h1>" << title << "</h1>\n<dl class=\"meta\">\n"
        << "<dt>Rule set</dt><dd>" << html_code(rules.name) << "</dd>\n"
        << "<dt>Version</dt><dd>" << text::html(rules.version) << "</dd>\n";
    if (!rules.effective_from.empty())
        out << "<dt>Effective from</dt><dd>" << text::html(rules.effective_from) << "</dd>\n";
    out << "<dt>Digest</dt><dd>" << html_code(rules.digest) << "</dd>\n"
        << "<dt>Roles</dt><dd>" << roles.size() << "</dd>\n</dl>\n"
        << "<p>" << text::html(kIntro) << "</p>\n";
    for (const char* line : kKey) out << "<p class=\"key\">" << html_inline(line) << "</p>\n";
    out << "</header>\n<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">Contents</h2>\n"
        << "<table class=\"contents\">\n<thead><tr><th scope=\"col\">Role</th><th scope=\"col\">Id</th>"
           "<th scope=\"col\">Grade</th><th scope=\"col\">Levels</th></tr></thead>\n<tbody>\n";
    for (const Role* role : roles) {
        std::string when = period(*role);
        out << "<tr><td><a href=\"#" << text::html(anchor(*role)) << "\">" << text::html(role->title) << "</a>"
            << (when.empty() ? "" : " (" + when + ")") << "</td><td>" << html_code(role->id) << "</td><td>"
            << text::html(role->grade) << "</td><td>" << text::html(level_names(*role)) << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n</nav>\n<main>\n";
    for (const Role* role : roles) html_role(out, *role, rules);
    out << "</main>\n</body>\n</html>\n";
}

void write_docs_html_roles(std::ostream& out, const RuleSet& rules, const DocsOptions& options) {
    for (const char* line : kKey) out << "<p class=\"key\">" << html_inline(line) << "</p>\n";
    for (const Role* role : chosen_roles(rules, options)) html_role(out, *role, rules);
}

}  // namespace eligo
