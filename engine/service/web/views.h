// The workspace pages as renderers of plain view data: the handlers decide what a user may
// see and compute it; these functions only word and lay it out. Every string here may come
// from a profile or a CSV and is escaped when written.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "chart.h"
#include "eligo/progression.h"

namespace eligo::web {

struct LoginView {
    std::string csrf;
    std::string user;   ///< the name typed before, kept after a failed attempt
    std::string error;  ///< e.g. "the user name or password is not right"
};
std::string login_page(const LoginView& view);

/// One piece of work on the home page, e.g. {"/my-team", "Judgements to assess", "12 waiting"}.
struct Task {
    std::string href;
    std::string title;
    std::string detail;
};
std::string home_main(const std::vector<Task>& tasks);

/// The engine's team rows (the same as `eligo progression --team` and its XLSX).
struct TeamView {
    std::vector<TeamRow> rows;
    std::string filter;  ///< the text typed in the filter box
    std::string ready;   ///< the ready filter: "", "yes", "no", "needs assessment"
};
std::string team_main(const TeamView& view);

struct LevelStep {
    std::string level, verdict;  ///< verdict: "eligible", "not eligible", "unknown"
    bool recorded = false, attained = false;
};
struct GapItem {
    std::string level, kind, text, date;  ///< date: when waiting closes it, or empty
};
struct CriterionLine {
    std::string level, statement, outcome, reason;  ///< outcome: "met", "not met", "unknown"
};
struct HistoryLine {
    std::string when, who, what;
};
struct PersonView {
    std::string id, name, role, as_of, csrf;
    std::string role_id;  ///< the current role's id, which a decision is recorded against
    std::vector<LevelStep> ladder;
    std::vector<GapItem> gaps;
    std::vector<CriterionLine> criteria;
    std::vector<HistoryLine> assessments, versions, decisions;
    std::vector<std::string> levels;  ///< the role's levels, for the decision form
    std::string decide_level;         ///< the form's first choice: the level attained above the record, or else the next
    std::string receipt;              ///< set after a decision was just recorded
    bool may_decide = false;
};
std::string person_main(const PersonView& view);

/// The import form, and what the last import did (one line per person or refused record).
struct ImportView {
    std::string csrf;
    std::vector<std::string> written, problems;
    bool done = false;
};
std::string import_main(const ImportView& view);

struct Judgement {
    std::string competency, statement, level;
};
struct TeamMember {
    std::string id, name, role, next_level;
    std::vector<Judgement> waiting;
};
struct MyTeamView {
    std::vector<TeamMember> people;  ///< most urgent first
    std::string csrf, saved;         ///< saved: id of the person just assessed
};
std::string my_team_main(const MyTeamView& view);

struct RoleLine {
    std::string id, title, framework;
};
struct VacancyLine {
    std::string id, role, level, closing;
    int applicants = 0;
};
struct VacanciesView {
    std::vector<VacancyLine> vacancies;
    std::vector<RoleLine> roles;  ///< the create form's choices
    std::string csrf;
};
std::string vacancies_main(const VacanciesView& view);

struct ApplicantLine {
    std::string id, name, outcome, reasons;  ///< name empty unless asked for
};
struct ResultsView {
    VacancyLine vacancy;
    std::vector<ApplicantLine> shortlist, incomplete, reject;
    std::vector<Bar> knockouts;
    std::vector<std::string> problems;  ///< records that could not be read, `where: what`
    bool names = false;
    std::string csrf;
};
std::string results_main(const ResultsView& view);

std::string roles_main(const std::vector<RoleLine>& roles);
/// Output of a command, shown as preformatted text (readings, check).
std::string output_main(const std::string& intro, const std::string& output);

}  // namespace eligo::web
