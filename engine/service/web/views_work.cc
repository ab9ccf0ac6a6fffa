// Pages for recruiters and policy authors: vacancies, a screen's results, roles, outputs.
#include "views.h"

#include "html.h"

namespace eligo::web {

namespace {

void applicants(Html& h, const char* heading, const std::vector<ApplicantLine>& lines, bool names) {
    h.element("h2", std::string(heading) + " (" + std::to_string(lines.size()) + ")");
    if (lines.empty()) return;
    h.open("div", {{"class", "table-wrap"}}).open("table", {{"data-sortable", ""}}).open("thead").open("tr");
    if (names) h.element("th", "Name", {{"scope", "col"}});
    h.element("th", "Applicant id", {{"scope", "col"}}).element("th", "Reasons", {{"scope", "col"}});
    h.close().close().open("tbody");
    for (const ApplicantLine& a : lines) {
        h.open("tr");
        if (names) h.element("td", a.name);
        h.element("td", a.id).element("td", a.reasons).close();
    }
    h.close().close().close();
}

}  // namespace

std::string vacancies_main(const VacanciesView& view) {
    Html h;
    h.open("div", {{"class", "table-wrap"}}).open("table").open("thead").open("tr");
    for (const char* col : {"Vacancy", "Role", "Level", "Closing date", "Applicants"}) {
        h.element("th", col, {{"scope", "col"}});
    }
    h.close().close().open("tbody");
    if (view.vacancies.empty()) h.open("tr").element("td", "No vacancies yet: open one below.", {{"colspan", "5"}}).close();
    for (const VacancyLine& v : view.vacancies) {
        h.open("tr").open("td").element("a", "Vacancy " + v.id, {{"href", "/vacancies/" + v.id}}).close();
        h.element("td", v.role).element("td", v.level).element("td", v.closing);
        h.element("td", std::to_string(v.applicants)).close();
    }
    h.close().close().close();

    h.element("h2", "Open a vacancy");
    h.open("form", {{"method", "post"}, {"action", "/vacancies"}, {"class", "row"}, {"enctype", "multipart/form-data"}});
    h.empty("input", {{"type", "hidden"}, {"name", "csrf"}, {"value", view.csrf}});
    h.open("div").element("label", "Role", {{"for", "role"}}).open("select", {{"id", "role"}, {"name", "role"}});
    for (const RoleLine& r : view.roles) h.element("option", r.title + " (" + r.id + ")", {{"value", r.id}});
    h.close().close();
    h.open("div").element("label", "Level", {{"for", "level"}});
    h.empty("input", {{"type", "text"}, {"id", "level"}, {"name", "level"}, {"size", "3"}, {"required", ""}}).close();
    h.open("div").element("label", "Closing date", {{"for", "closing"}});
    h.empty("input", {{"type", "date"}, {"id", "closing"}, {"name", "closing"}, {"required", ""}}).close();
    h.open("div").element("label", "Column mapping for CSV uploads (JSON, optional)", {{"for", "mapping"}});
    h.empty("input", {{"type", "file"}, {"id", "mapping"}, {"name", "mapping"}, {"accept", ".json"}}).close();
    h.open("div").element("button", "Open vacancy", {{"type", "submit"}}).close();
    return h.finish();
}

std::string results_main(const ResultsView& view) {
    Html h;
    const VacancyLine& v = view.vacancy;
    h.element("p", v.role + ", level " + v.level + ", closing " + v.closing + "; " +
                       std::to_string(v.applicants) + " applicants");

    h.element("h2", "Upload applicants");
    h.open("form", {{"method", "post"}, {"action", "/vacancies/" + v.id + "/applicants"},
                    {"enctype", "multipart/form-data"}, {"data-progress", ""}});
    h.empty("input", {{"type", "hidden"}, {"name", "csrf"}, {"value", view.csrf}});
    h.element("label", "Applicants file (CSV with a header row, or JSON Lines)", {{"for", "file"}});
    h.empty("input", {{"type", "file"}, {"id", "file"}, {"name", "file"}, {"accept", ".csv,.jsonl,.json"}, {"required", ""}});
    h.open("p").element("button", "Upload and screen", {{"type", "submit"}});
    h.open("progress", {{"hidden", ""}, {"aria-label", "Upload"}}).close().close();
    h.close();

    for (const std::string& p : view.problems) h.element("p", p, {{"class", "error"}});

    h.open("p", {{"class", "row"}});
    h.element("a", "Download XLSX", {{"class", "button"}, {"href", "/vacancies/" + v.id + "/results.xlsx"}});
    if (view.names) {
        h.element("a", "Hide names", {{"href", "/vacancies/" + v.id}});
    } else {
        h.element("a", "Show names", {{"href", "/vacancies/" + v.id + "?names=1"}});
    }
    h.close();

    applicants(h, "Shortlist", view.shortlist, view.names);
    applicants(h, "Incomplete", view.incomplete, view.names);
    applicants(h, "Reject", view.reject, view.names);

    h.element("h2", "Knock-out audit");
    h.element("p", "How many applicants each essential criterion ruled out.", {{"class", "muted"}});
    h.trusted(bar_chart("knockouts", "Applicants ruled out by each criterion", view.knockouts));
    return h.finish();
}

std::string roles_main(const std::vector<RoleLine>& roles) {
    Html h;
    h.open("div", {{"class", "table-wrap"}}).open("table", {{"data-sortable", ""}}).open("thead").open("tr");
    for (const char* col : {"Role", "Id", "Framework"}) h.element("th", col, {{"scope", "col"}});
    h.close().close().open("tbody");
    for (const RoleLine& r : roles) {
        h.open("tr").open("td").element("a", r.title, {{"href", "/roles/" + r.id}}).close();
        h.element("td", r.id).element("td", r.framework).close();
    }
    return h.finish();
}

std::string output_main(const std::string& intro, const std::string& output) {
    Html h;
    h.element("p", intro);
    h.element("pre", output, {{"class", "output"}});
    return h.finish();
}

}  // namespace eligo::web
