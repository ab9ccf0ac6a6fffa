// The team view: one row per person, as a text table, CSV or an XLSX workbook. Only this file
// includes xlsxwriter.
#include <algorithm>
#include <ostream>

#include <xlsxwriter.h>

#include "eligo/profile.h"
#include "eligo/progression.h"
#include "report/columns.h"
#include "support/text.h"

namespace eligo {
namespace {

std::string note_of(const Progression& p) {
    switch (p.record) {
        case RecordStatus::behind: return "attained " + *p.attained + " above recorded " + *p.recorded + ": the record may be behind";
        case RecordStatus::ahead: return "recorded level " + *p.recorded + " not attained";
        case RecordStatus::unknown_level: return "recorded level `" + *p.recorded + "` is not a level of this role";
        case RecordStatus::none: return "no level recorded";
        case RecordStatus::matches: return "";
    }
    return "";
}

// The columns, as HR reads them; `name` and the role's title are left out of the text table.
const char* const kHeadings[] = {"ID",         "Name",           "Role",      "Role title", "Recorded level",
                                 "Attained level", "Next level", "Ready for next", "Gaps for level",
                                 "Qualification gaps", "Time gaps", "Missing data", "Judgements to assess",
                                 "Other gaps", "Earliest time gap closes", "Note"};
constexpr std::size_t kColumns = std::size(kHeadings);
constexpr std::size_t kNameColumn = 1;
constexpr std::size_t kTitleColumn = 3;
constexpr std::size_t kFirstCount = 9;  // the gap counts by kind, in kGapKinds order
constexpr std::size_t kDateColumn = kFirstCount + std::size(kGapKinds);

std::vector<std::string> cells(const TeamRow& row) {
    std::vector<std::string> c = {row.id,       row.name, row.role, row.role_title, row.recorded, row.attained,
                                  row.next, ready_words(row.readiness), row.gap_levels};
    bool counted = row.readiness.has_value();
    for (int n : row.gaps) c.push_back(counted ? std::to_string(n) : "");
    c.push_back(row.earliest_met_on ? row.earliest_met_on->to_string() : "");
    c.push_back(row.note);
    return c;
}

std::string inert(const std::string& s) { return text::inert(s); }

std::string csv_field(const std::string& s) {
    std::string out;
    text::append_csv_field(out, s);
    return out;
}

void write_date(lxw_worksheet* sheet, lxw_row_t r, lxw_col_t col, Date d, lxw_format* format) {
    lxw_datetime when = {d.year(), static_cast<int>(d.month()), static_cast<int>(d.day()), 0, 0, 0};
    worksheet_write_datetime(sheet, r, col, &when, format);
}

void write_cell(lxw_worksheet* sheet, lxw_row_t r, lxw_col_t col, const std::string& value, lxw_format* format = nullptr) {
    if (!value.empty()) worksheet_write_string(sheet, r, col, text::printable(value).c_str(), format);  // a NUL would cut the cell
}

// One row per gap, for HR to filter by person, role, level or kind and to plan by date.
void write_gaps_sheet(lxw_worksheet* sheet, const TeamSummary& team, lxw_format* heading, lxw_format* date) {
    const char* const headings[] = {"ID",        "Name",       "Role",   "Role title", "Level",
                                    "Kind",      "Statement",  "What to do", "Closes by waiting on"};
    constexpr auto columns = static_cast<lxw_col_t>(std::size(headings));
    for (lxw_col_t i = 0; i < columns; ++i) worksheet_write_string(sheet, 0, i, headings[i], heading);
    lxw_row_t r = 1;
    for (const auto& row : team.rows)
        for (const auto& g : row.gap_list) {
            std::string kind = to_string(g.kind);
            std::replace(kind.begin(), kind.end(), '_', ' ');
            const std::string values[] = {row.id, row.name, row.role, row.role_title, g.level, kind, g.statement, g.action};
            for (lxw_col_t i = 0; i < std::size(values); ++i) write_cell(sheet, r, i, values[i]);
            if (g.met_on) write_date(sheet, r, columns - 1, *g.met_on, date);
            ++r;
        }
    const double widths[] = {10, 20, 40, 32, 6, 13, 60, 80, 14};
    for (lxw_col_t i = 0; i < columns; ++i) worksheet_set_column(sheet, i, i, widths[i], nullptr);
    worksheet_freeze_panes(sheet, 1, 1);
    worksheet_autofilter(sheet, 0, 0, r - 1, columns - 1);
}

}  // namespace

std::string ready_words(const std::optional<Readiness>& r) {
    if (!r) return "";
    switch (*r) {
        case Readiness::ready: return "yes";
        case Readiness::not_ready: return "no";
        case Readiness::needs_assessment: return "needs assessment";
        case Readiness::top_level: return "top level";
    }
    return "";
}

TeamRow team_row(const PersonProgression& person) {
    TeamRow row;
    const Profile& p = *person.profile;
    row.id = p.id;
    row.name = p.name;
    if (p.current_role) row.role = p.current_role->role;
    if (person.problem) {
        row.note = person.problem->where == "current_role" ? "no current_role recorded"
                                                             : person.problem->where + ": " + person.problem->message;
        if (p.current_role) row.recorded = p.current_role->level;
        return row;
    }
    const Progression& pr = *person.current;
    row.role = pr.role->id;
    row.role_title = pr.role->title;
    row.recorded = pr.recorded.value_or("");
    row.attained = pr.attained.value_or("");
    // Recorded at the top without attaining it: the next step is the recorded level itself.
    row.next = pr.next ? pr.next->id : pr.record == RecordStatus::ahead ? *pr.recorded : "";
    row.readiness = pr.readiness;
    for (std::size_t i = 0; i < pr.gap_levels.size(); ++i) row.gap_levels += (i ? ", " : "") + pr.gap_levels[i]->id;
    for (std::size_t i = 0; i < std::size(kGapKinds); ++i) row.gaps[i] = pr.count(kGapKinds[i]);
    row.earliest_met_on = pr.earliest_met_on();
    row.note = note_of(pr);
    for (const Gap& g : pr.gaps)
        row.gap_list.push_back({g.level->id, g.kind, g.part().text, action(g, p), g.met_on});
    return row;
}

void write_team_text(std::ostream& out, const TeamSummary& team) {
    out << "Team progression as of " << team.as_of.to_string() << "  (rules " << team.ruleset << ")\n\n";
    // Short headings for a terminal; the spreadsheets spell them out.
    const std::vector<std::string> headings = {"id", "role", "recorded", "attained", "next", "ready", "gaps for",
                                               "qual", "time", "data", "judge", "other", "earliest", "note"};
    std::vector<std::vector<std::string>> rows{headings};
    for (const auto& row : team.rows) {
        // Names stay out of terminal output, as in `evaluate`; an empty cell shows as "-".
        std::vector<std::string> shown;
        auto c = cells(row);
        for (std::size_t i = 0; i < c.size(); ++i)
            if (i != kNameColumn && i != kTitleColumn) shown.push_back(c[i].empty() ? std::string("-") : text::printable(c[i]));
        rows.push_back(std::move(shown));
    }
    report::write_aligned(out, rows);
    out << "\nqual: qualification gaps; time: months still to serve; data: profile fields to record; judge: "
           "judgements to assess.\n";
}

void write_team_csv(std::ostream& out, const TeamSummary& team) {
    for (std::size_t i = 0; i < kColumns; ++i) out << (i ? "," : "") << csv_field(kHeadings[i]);
    out << "\r\n";
    for (const auto& row : team.rows) {
        auto c = cells(row);
        for (std::size_t i = 0; i < c.size(); ++i) out << (i ? "," : "") << csv_field(inert(c[i]));
        out << "\r\n";
    }
}

std::optional<Error> write_team_xlsx(const std::string& path, const TeamSummary& team) {
    lxw_workbook* book = workbook_new(path.c_str());
    if (!book) return Error{ErrorCode::io, path, "cannot create the workbook", ""};
    lxw_format* heading = workbook_add_format(book);
    format_set_bold(heading);
    format_set_bottom(heading, LXW_BORDER_THIN);
    format_set_text_wrap(heading);
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");

    lxw_worksheet* sheet = workbook_add_worksheet(book, "Team");
    for (std::size_t i = 0; i < kColumns; ++i)
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(i), kHeadings[i], heading);
    lxw_row_t r = 1;
    for (const auto& row : team.rows) {
        auto c = cells(row);
        for (std::size_t i = 0; i < c.size(); ++i) {
            auto col = static_cast<lxw_col_t>(i);
            if (c[i].empty()) continue;
            if (i >= kFirstCount && i < kDateColumn) {
                worksheet_write_number(sheet, r, col, std::stod(c[i]), nullptr);
            } else if (i == kDateColumn) {
                write_date(sheet, r, col, *row.earliest_met_on, date);
            } else {
                write_cell(sheet, r, col, c[i]);
            }
        }
        ++r;
    }
    const double widths[kColumns] = {10, 20, 40, 32, 9, 9, 7, 16, 9, 13, 7, 9, 12, 8, 14, 48};
    for (std::size_t i = 0; i < kColumns; ++i)
        worksheet_set_column(sheet, static_cast<lxw_col_t>(i), static_cast<lxw_col_t>(i), widths[i], nullptr);
    worksheet_freeze_panes(sheet, 1, 1);
    worksheet_autofilter(sheet, 0, 0, r - 1, static_cast<lxw_col_t>(kColumns - 1));

    write_gaps_sheet(workbook_add_worksheet(book, "Gaps"), team, heading, date);

    lxw_worksheet* about = workbook_add_worksheet(book, "About");
    const std::pair<const char*, std::string> facts[] = {
        {"As of", team.as_of.to_string()},
        {"Rule set", team.ruleset},
        {"Digest", team.digest},
        {"People", std::to_string(team.rows.size())},
        {"Made by", "eligo progression --summary"},
    };
    lxw_row_t line = 0;
    for (const auto& [label, value] : facts) {
        worksheet_write_string(about, line, 0, label, heading);
        worksheet_write_string(about, line, 1, value.c_str(), nullptr);
        ++line;
    }
    worksheet_set_column(about, 0, 0, 12, nullptr);
    worksheet_set_column(about, 1, 1, 80, nullptr);

    lxw_error status = workbook_close(book);
    if (status != LXW_NO_ERROR) return Error{ErrorCode::io, path, lxw_strerror(status), ""};
    return std::nullopt;
}

}  // namespace eligo
