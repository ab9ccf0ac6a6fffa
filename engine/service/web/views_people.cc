// Pages for everyone, HR and managers: sign-in, home, team table, person, my team.
#include "views.h"

#include "html.h"

namespace eligo::web {

namespace {

void hidden_csrf(Html& h, const std::string& csrf) {
    h.empty("input", {{"type", "hidden"}, {"name", "csrf"}, {"value", csrf}});
}

// A class for an outcome or verdict word, so colour is never the only cue (the word stays).
const char* outcome_class(const std::string& word) {
    if (word == "met" || word == "eligible" || word == "yes") return "met";
    if (word == "not met" || word == "not eligible" || word == "no") return "not_met";
    return "unknown";
}

void history(Html& h, const char* heading, const std::vector<HistoryLine>& lines) {
    h.element("h3", heading);
    if (lines.empty()) {
        h.element("p", "None recorded.", {{"class", "muted"}});
        return;
    }
    h.open("div", {{"class", "table-wrap"}}).open("table").open("thead").open("tr");
    h.element("th", "When", {{"scope", "col"}}).element("th", "Who", {{"scope", "col"}});
    h.element("th", "What", {{"scope", "col"}});
    h.close().close().open("tbody");
    for (const HistoryLine& l : lines) {
        h.open("tr").element("td", l.when).element("td", l.who).element("td", l.what).close();
    }
    h.close().close().close();
}

std::size_t gap_index(GapKind kind) {
    for (std::size_t i = 0; i < std::size(kGapKinds); ++i)
        if (kGapKinds[i] == kind) return i;
    return 0;
}

}  // namespace

std::string login_page(const LoginView& view) {
    Html h;
    if (!view.error.empty()) h.element("p", view.error, {{"class", "error"}, {"role", "alert"}});
    h.open("form", {{"method", "post"}, {"action", "/login"}});
    hidden_csrf(h, view.csrf);
    h.element("label", "User name", {{"for", "user"}});
    h.empty("input", {{"type", "text"}, {"id", "user"}, {"name", "user"}, {"value", view.user},
                      {"autocomplete", "username"}, {"required", ""}, {"autofocus", ""}});
    h.element("label", "Password", {{"for", "password"}});
    h.empty("input", {{"type", "password"}, {"id", "password"}, {"name", "password"},
                      {"autocomplete", "current-password"}, {"required", ""}});
    h.open("p").element("button", "Sign in", {{"type", "submit"}}).close();
    h.close();
    return h.finish();
}

std::string home_main(const std::vector<Task>& tasks) {
    Html h;
    h.open("ul", {{"class", "cards"}});
    for (const Task& t : tasks) {
        h.open("li").open("h2").element("a", t.title, {{"href", t.href}}).close();
        h.element("p", t.detail).close();
    }
    h.close();
    return h.finish();
}

std::string team_main(const TeamView& view) {
    Html h;
    h.open("form", {{"method", "get"}, {"action", "/team"}, {"class", "row"}, {"role", "search"}});
    h.open("div").element("label", "Name, id or role contains", {{"for", "q"}});
    h.empty("input", {{"type", "search"}, {"id", "q"}, {"name", "q"}, {"value", view.filter}}).close();
    h.open("div").element("label", "Ready for the next level", {{"for", "ready"}});
    h.open("select", {{"id", "ready"}, {"name", "ready"}});
    for (const char* option : {"", "yes", "no", "needs assessment"}) {
        h.element("option", *option ? option : "any",
                  {{"value", option}, {view.ready == option ? "selected" : "", ""}});
    }
    h.close().close();
    h.open("div").element("button", "Filter", {{"type", "submit"}}).close();
    h.open("div").element("a", "Download XLSX", {{"class", "button"}, {"href", "/team.xlsx"}}).close();
    h.close();
    h.open("div", {{"class", "table-wrap"}});
    h.open("table", {{"data-sortable", ""}});
    h.element("caption", std::to_string(view.rows.size()) + " people");
    h.open("thead").open("tr");
    for (const char* col : {"Name", "Id", "Role", "Recorded level", "Attained", "Ready for next",
                            "Time gaps", "Qualification gaps", "Judgement gaps", "Missing data",
                            "Earliest date a time gap closes", "Note"}) {
        h.element("th", col, {{"scope", "col"}});
    }
    h.close().close().open("tbody");
    for (const TeamRow& r : view.rows) {
        h.open("tr").open("td").element("a", r.name.empty() ? r.id : r.name, {{"href", "/people/" + r.id}}).close();
        h.element("td", r.id).element("td", r.role).element("td", r.recorded).element("td", r.attained.empty() && r.readiness ? "none" : r.attained);
        std::string ready = ready_words(r.readiness);
        h.element("td", ready, {{"class", outcome_class(ready)}});
        for (GapKind kind : {GapKind::time, GapKind::qualification, GapKind::judgement, GapKind::missing_data}) {
            h.element("td", std::to_string(r.gaps[gap_index(kind)]));
        }
        h.element("td", r.earliest_met_on ? r.earliest_met_on->to_string() : "").element("td", r.note).close();
    }
    return h.finish();
}

std::string import_main(const ImportView& view) {
    Html h;
    if (view.done) {
        h.open("div", {{"class", "notice"}, {"role", "status"}});
        auto count = [](std::size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); };
        h.element("h2", count(view.written.size(), "person", "people") + " written, " +
                            count(view.problems.size(), "record", "records") + " refused");
        h.open("ul");
        for (const std::string& line : view.written) h.element("li", line);
        h.close().close();
        for (const std::string& p : view.problems) h.element("p", p, {{"class", "error"}});
    }
    h.element("p", "A person already held gets a new profile version; nothing is overwritten.");
    h.open("form", {{"method", "post"}, {"action", "/import"}, {"enctype", "multipart/form-data"}});
    hidden_csrf(h, view.csrf);
    h.open("div").element("label", "People file (a profile JSON file, JSON Lines, or CSV)", {{"for", "file"}});
    h.empty("input", {{"type", "file"}, {"id", "file"}, {"name", "file"}, {"accept", ".json,.jsonl,.csv"}, {"required", ""}}).close();
    h.open("div").element("label", "Column mapping for a CSV file (JSON)", {{"for", "mapping"}});
    h.empty("input", {{"type", "file"}, {"id", "mapping"}, {"name", "mapping"}, {"accept", ".json"}}).close();
    h.open("p").element("button", "Import", {{"type", "submit"}}).close();
    h.close();
    return h.finish();
}

std::string person_main(const PersonView& v) {
    Html h;
    if (!v.receipt.empty()) {
        h.open("div", {{"class", "notice"}, {"role", "status"}});
        h.element("h2", "Decision recorded");
        h.open("p").text("Receipt ").element("a", v.receipt, {{"href", "/receipts/" + v.receipt}});
        h.text(": keep this number with the file.").close().close();
    }
    h.open("dl", {{"class", "facts"}});
    h.element("dt", "Id").element("dd", v.id).element("dt", "Role").element("dd", v.role);
    h.element("dt", "As of").element("dd", v.as_of).close();

    h.element("h2", "Level ladder");
    h.open("ol", {{"class", "ladder"}});
    for (const LevelStep& s : v.ladder) {
        std::string cls = std::string(s.verdict == "eligible" ? "eligible" : "") + (s.recorded ? " recorded" : "");
        h.open("li", {{"class", cls}}).element("strong", "Level " + s.level).trusted("<br>");
        h.element("span", s.verdict, {{"class", outcome_class(s.verdict)}});
        if (s.recorded) h.trusted("<br>").text("recorded level");
        if (s.attained) h.trusted("<br>").text("highest attained");
        h.close();
    }
    h.close();

    h.element("h2", "What is missing for the next level");
    if (v.gaps.empty()) h.element("p", "Nothing: every essential criterion is met.");
    h.open("ul", {{"class", "checklist"}});
    for (const GapItem& g : v.gaps) {
        h.open("li").element("strong", g.kind + ": ").text(g.text);
        if (!g.date.empty()) h.text(" (closes on ").element("time", g.date, {{"datetime", g.date}}).text(")");
        h.element("span", " level " + g.level, {{"class", "muted"}}).close();
    }
    h.close();

    h.element("h2", "Every criterion");
    h.open("div", {{"class", "table-wrap"}}).open("table").open("thead").open("tr");
    for (const char* col : {"Level", "Statement", "Outcome", "Why"}) h.element("th", col, {{"scope", "col"}});
    h.close().close().open("tbody");
    for (const CriterionLine& c : v.criteria) {
        h.open("tr").element("td", c.level).element("td", c.statement);
        h.element("td", c.outcome, {{"class", outcome_class(c.outcome)}}).element("td", c.reason).close();
    }
    h.close().close().close();

    if (v.may_decide) {
        h.element("h2", "Record a decision");
        h.open("form", {{"method", "post"}, {"action", "/people/" + v.id + "/decisions"}});
        hidden_csrf(h, v.csrf);
        h.empty("input", {{"type", "hidden"}, {"name", "role"}, {"value", v.role_id}});
        h.open("div", {{"class", "row"}});
        h.open("div").element("label", "Level", {{"for", "level"}}).open("select", {{"id", "level"}, {"name", "level"}});
        for (const std::string& l : v.levels) {
            if (l == v.decide_level) h.element("option", l, {{"value", l}, {"selected", ""}});
            else h.element("option", l, {{"value", l}});
        }
        h.close().close();
        h.open("div").element("label", "Decision", {{"for", "decision"}});
        h.open("select", {{"id", "decision"}, {"name", "decision"}});
        h.element("option", "progressed to this level", {{"value", "progressed"}});
        h.element("option", "not progressed", {{"value", "not_progressed"}});
        h.close().close();
        h.open("div").element("label", "As of", {{"for", "as_of"}});
        h.empty("input", {{"type", "date"}, {"id", "as_of"}, {"name", "as_of"}, {"value", v.as_of}}).close();
        h.open("div").element("button", "Record decision", {{"type", "submit"}}).close();
        h.close().close();
    }

    h.element("h2", "History");
    history(h, "Decisions", v.decisions);
    history(h, "Assessments", v.assessments);
    history(h, "Profile versions", v.versions);
    return h.finish();
}

std::string my_team_main(const MyTeamView& view) {
    Html h;
    if (!view.saved.empty()) {
        h.element("p", "Assessment saved for " + view.saved + "; the verdicts below include it.",
                  {{"class", "notice"}, {"role", "status"}});
    }
    if (view.people.empty()) h.element("p", "Nobody in your team has a judgement waiting.");
    for (const TeamMember& p : view.people) {
        h.open("section", {{"aria-labelledby", "p-" + p.id}});
        h.open("h2", {{"id", "p-" + p.id}}).element("a", p.name.empty() ? p.id : p.name, {{"href", "/people/" + p.id}}).close();
        h.element("p", p.role + ", next level " + p.next_level + ": " + std::to_string(p.waiting.size()) +
                           " judgements waiting", {{"class", "muted"}});
        int n = 0;
        for (const Judgement& j : p.waiting) {
            std::string fid = p.id + "-" + std::to_string(n++);
            h.open("form", {{"method", "post"}, {"action", "/people/" + p.id + "/assessments"}});
            hidden_csrf(h, view.csrf);
            h.empty("input", {{"type", "hidden"}, {"name", "competency"}, {"value", j.competency}});
            h.open("fieldset");
            h.element("legend", "Level " + j.level + ": " + j.statement);
            h.open("fieldset", {{"class", "choice"}}).element("legend", "Result");
            h.open("label").empty("input", {{"type", "radio"}, {"name", "status"}, {"value", "met"}, {"required", ""}}).text(" Met").close();
            h.open("label").empty("input", {{"type", "radio"}, {"name", "status"}, {"value", "not_met"}}).text(" Not met").close();
            h.close();
            h.open("div", {{"class", "row"}});
            h.open("div").element("label", "Date", {{"for", "d-" + fid}});
            h.empty("input", {{"type", "date"}, {"id", "d-" + fid}, {"name", "date"}, {"required", ""}}).close();
            h.open("div").element("label", "Evidence note", {{"for", "n-" + fid}});
            h.open("textarea", {{"id", "n-" + fid}, {"name", "note"}}).close().close();
            h.open("div").element("button", "Save assessment", {{"type", "submit"}}).close();
            h.close().close().close();
        }
        h.close();
    }
    return h.finish();
}

}  // namespace eligo::web
