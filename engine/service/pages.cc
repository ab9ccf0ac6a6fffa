#include "pages.h"

#include <algorithm>
#include <cctype>

#include <nlohmann/json.hpp>

#include "auth.h"
#include "eligo/date.h"
#include "input.h"
#include "web/from_results.h"

namespace eligo::service {
namespace {

using json = nlohmann::json;
using web::Answer;
using web::Refused;
using web::Viewer;

// Failed sign-ins allowed per user name and per client address in a window.
constexpr int kMaxSignInFailures = 5;
constexpr auto kSignInWindow = std::chrono::minutes(15);

Refused refused(const Reply& reply) { return Refused{reply.status, reply.detail}; }

Caller caller_of(const Viewer& v) { return Caller{v.user, v.role}; }

// An operation's JSON document, or its refusal.
std::variant<json, Refused> document(const Reply& reply) {
    if (reply.status >= 400) return refused(reply);
    return json::parse(reply.json);
}

std::string text_of(const json& value) { return value.is_string() ? value.get<std::string>() : std::string(); }

// A file a browser sent is CSV when its name says so (exports are often `APPLICANTS.CSV`).
bool is_csv(const std::string& filename) {
    if (filename.size() < 4) return false;
    std::string tail = filename.substr(filename.size() - 4);
    for (char& c : tail) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return tail == ".csv";
}

// A bad record's line: its detail names where it is already (`body row 10: ...`), or is
// prefixed with where it was (a person's id). The API calls the upload `body`; the page names
// the file the person chose instead (`applicants.csv row 10: ...`).
std::string problem_line(const json& bad, const std::string& filename) {
    std::string where = text_of(bad["where"]), detail = text_of(bad["detail"]);
    std::string line = detail.rfind(where + ":", 0) == 0 ? detail : where + ": " + detail;
    constexpr std::string_view kBody = "body";
    bool names_body = line.rfind(kBody, 0) == 0 && (line.size() == kBody.size() || line[kBody.size()] == ' ' ||
                                                    line[kBody.size()] == ':');
    if (names_body && !filename.empty()) line.replace(0, kBody.size(), filename);
    return line;
}

// The people nearest to a level first: fewest judgements waiting, then by id.
void most_urgent_first(std::vector<web::TeamMember>& people) {
    std::stable_sort(people.begin(), people.end(), [](const web::TeamMember& a, const web::TeamMember& b) {
        if (a.waiting.empty() != b.waiting.empty()) return !a.waiting.empty();
        if (a.waiting.size() != b.waiting.size()) return a.waiting.size() < b.waiting.size();
        return a.id < b.id;
    });
}

std::string joined(const json& findings) {
    std::string out;
    for (const auto& f : findings) {
        if (!out.empty()) out += "; ";
        out += text_of(f.value("text", json())) + ": " + text_of(f.value("reason", json()));
    }
    return out;
}

web::ApplicantLine applicant_line(const json& row) {
    web::ApplicantLine line{text_of(row["id"]), text_of(row.value("name", json())), text_of(row["outcome"]), ""};
    if (line.outcome == "reject") {
        line.reasons = joined(row["not_met"]);
    } else if (line.outcome == "incomplete") {
        line.reasons = joined(row["undecided"]);
    } else {
        const json& d = row["desirable"];
        line.reasons = "desirable criteria met: " + std::to_string(d.value("met", 0)) + " of " + std::to_string(d.value("of", 0));
    }
    return line;
}

class Pages final : public web::Backend {
public:
    Pages(Workspace& workspace, Sessions& sessions)
        : w_(workspace), sessions_(sessions), by_user_(kMaxSignInFailures, kSignInWindow),
          by_client_(kMaxSignInFailures * 4, kSignInWindow) {}

    Answer<web::Session> sign_in(const std::string& user, const std::string& password, const std::string& client) override {
        if (by_user_.blocked(user) || by_client_.blocked(client))
            return Refused{429, "too many failed attempts; wait 15 minutes, or ask an administrator to check the account"};
        auto caller = w_.sign_in(user, password);
        if (!caller) {
            by_user_.failed(user);
            by_client_.failed(client);
            return Refused{401, "the user name or password is not right"};
        }
        by_user_.forget(user);
        std::string id = sessions_.open(caller->name, caller->role);
        return web::Session{id, sessions_.find(id)->csrf};
    }

    std::optional<Viewer> viewer(const std::string& session) override {
        auto user = sessions_.find(session);
        if (!user) return std::nullopt;
        return Viewer{user->name, user->role, user->csrf};
    }

    void sign_out(const std::string& session) override {
        if (auto user = sessions_.find(session)) w_.sign_out(Caller{user->name, user->role});
        sessions_.close(session);
    }

    std::string new_token() override { return random_hex(32); }

    std::vector<web::Task> home(const Viewer& v) override {
        std::vector<web::Task> tasks;
        Caller c = caller_of(v);
        if (reach(v.role, Action::list_people) == Reach::all) {
            auto team = w_.team(c, today());
            if (auto* t = std::get_if<Progressions>(&team)) {
                auto ready = std::count_if(t->people.begin(), t->people.end(), [](const PersonProgression& p) {
                    return p.current && p.current->next && p.current->readiness == Readiness::ready;
                });
                tasks.push_back({"/team", "Team", std::to_string(t->people.size()) + " people, " + std::to_string(ready) +
                                                      " ready for the next level"});
            }
        }
        if (reach(v.role, Action::assess) == Reach::own) {
            auto people = my_team(v);
            if (auto* p = std::get_if<std::vector<web::TeamMember>>(&people)) {
                std::size_t waiting = 0;
                for (const auto& m : *p) waiting += m.waiting.size();
                tasks.push_back({"/my-team", "Judgements to assess",
                                 std::to_string(waiting) + " waiting, for " + std::to_string(p->size()) + " people"});
            }
        }
        if (reach(v.role, Action::recruit) != Reach::none)
            tasks.push_back({"/vacancies", "Vacancies", "open a vacancy, upload applicants, read the screen"});
        if (v.role == "author" || v.role == "admin") {
            tasks.push_back({"/roles", "Roles", "the framework document of each role"});
            tasks.push_back({"/readings", "Readings", "how each ambiguous statement is read"});
            tasks.push_back({"/check", "Check", "warnings about the rules in force"});
        }
        return tasks;
    }

    Answer<std::vector<TeamRow>> team(const Viewer& v) override {
        auto team = w_.team(caller_of(v), today());
        if (auto* r = std::get_if<Reply>(&team)) return refused(*r);
        std::vector<TeamRow> rows;
        for (const auto& person : std::get<Progressions>(team).people) {
            rows.push_back(team_row(person));
            // A page shows the role's title, which HR knows it by; the workbook keeps the id.
            if (person.current) rows.back().role = person.current->role->title;
        }
        return rows;
    }

    Answer<web::Download> team_xlsx(const Viewer& v) override {
        auto team = w_.team(caller_of(v), today());
        if (auto* r = std::get_if<Reply>(&team)) return refused(*r);
        const Progressions& people = std::get<Progressions>(team);
        TeamSummary summary{today(), people.rules->name + " " + people.rules->version, people.rules->digest, {}};
        for (const auto& person : people.people) summary.rows.push_back(team_row(person));
        std::optional<Error> error;
        std::string bytes = written_to_temporary([&](const std::string& path) { error = write_team_xlsx(path, summary); });
        if (error) return Refused{500, error->to_string()};
        return web::Download{"team-" + today().to_string() + ".xlsx", kXlsx, bytes};
    }

    Answer<web::PersonView> person(const Viewer& v, const std::string& id) override {
        auto history = w_.person_history(caller_of(v), id, today());
        if (auto* r = std::get_if<Reply>(&history)) return refused(*r);
        const PersonHistory& h = std::get<PersonHistory>(history);
        web::PersonView view = web::person_view(h.progression);
        view.id = id;
        if (h.progression.current) view.role_id = h.progression.current->role->id;
        for (const auto& a : h.assessments)
            view.assessments.push_back({a.at, a.by, a.competency + ": " + (a.status == "met" ? "met" : "not met") +
                                                        " on " + a.date + (a.note.empty() ? "" : " (" + a.note + ")")});
        for (const auto& r : h.receipts)
            view.decisions.push_back({r.at, r.by, r.role + " level " + r.level + ": " + r.decision + " (receipt " + r.id + ")"});
        for (auto it = h.versions.rbegin(); it != h.versions.rend(); ++it)
            view.versions.push_back({it->at, it->by, "version " + std::to_string(it->version) + ", SHA-256 " + it->sha256.substr(0, 12)});
        view.may_decide = reach(v.role, Action::decide) != Reach::none && !view.role_id.empty();
        return view;
    }

    Answer<std::string> decide(const Viewer& v, const std::string& id, const std::string& role, const std::string& level,
                               const std::string& decision, const std::string& as_of) override {
        std::string decided = decision == "progressed" ? "progressed to level " + level
                              : decision == "not_progressed" ? "not progressed to level " + level : decision;
        json body{{"role", role}, {"level", level}, {"as_of", as_of}, {"decision", decided}};
        auto d = document(w_.add_decision(caller_of(v), id, body.dump()));
        if (auto* r = std::get_if<Refused>(&d)) return *r;
        return text_of(std::get<json>(d)["receipt"]);
    }

    Answer<web::ImportView> import_people(const Viewer& v, const std::string& filename, const std::string& content,
                                          const std::string& mapping) override {
        Reply reply = w_.import_people(caller_of(v), content, is_csv(filename), mapping);
        if (reply.json.empty()) return refused(reply);
        json j = json::parse(reply.json);
        web::ImportView view{"", {}, {}, true};
        for (const auto& w : j["written"])
            view.written.push_back(text_of(w["id"]) + ": version " + std::to_string(w.value("version", 0)));
        for (const auto& bad : j["bad"]) view.problems.push_back(problem_line(bad, filename));
        return view;
    }

    Answer<web::ReceiptView> receipt(const Viewer& v, const std::string& id) override {
        auto d = document(w_.read_receipt(caller_of(v), id));
        if (auto* r = std::get_if<Refused>(&d)) return *r;
        const json& j = std::get<json>(d);
        web::ReceiptView view{id, {}, text_of(j["person"])};
        std::string verdicts;
        for (const auto& [level, verdict] : j["verdicts"].items())
            verdicts += (verdicts.empty() ? "" : ", ") + level + " " + web::words(text_of(verdict));
        view.facts = {{"Person", text_of(j["person"])},
                      {"Role", text_of(j["role"])},
                      {"Level", text_of(j["level"])},
                      {"Decision", text_of(j["decision"])},
                      {"As of", text_of(j["as_of"])},
                      {"Verdicts", verdicts},
                      {"Profile version", std::to_string(j.value("version", 0))},
                      {"Profile SHA-256", text_of(j["profile_sha256"])},
                      {"Rule set digest", text_of(j["rules_digest"])},
                      {"Recorded by", text_of(j["by"])},
                      {"Recorded at", text_of(j["at"])}};
        return view;
    }

    Answer<std::vector<web::TeamMember>> my_team(const Viewer& v) override {
        if (reach(v.role, Action::assess) == Reach::none) return Refused{403, "my team: for managers and assessors"};
        auto team = w_.team(caller_of(v), today());
        if (auto* r = std::get_if<Reply>(&team)) return refused(*r);
        std::vector<web::TeamMember> people;
        for (const auto& person : std::get<Progressions>(team).people) people.push_back(web::team_member(person));
        most_urgent_first(people);
        return people;
    }

    Answer<bool> assess(const Viewer& v, const std::string& id, const std::string& competency, const std::string& status,
                        const std::string& date, const std::string& note) override {
        json body{{"competency", competency}, {"status", status}, {"date", date}, {"note", note}};
        auto d = document(w_.add_assessment(caller_of(v), id, body.dump()));
        if (auto* r = std::get_if<Refused>(&d)) return *r;
        return true;
    }

    Answer<web::VacanciesView> vacancies(const Viewer& v) override {
        auto d = document(w_.list_vacancies(caller_of(v)));
        if (auto* r = std::get_if<Refused>(&d)) return *r;
        web::VacanciesView view;
        view.roles = latest_roles(v);
        for (const auto& entry : std::get<json>(d)["vacancies"]) view.vacancies.push_back(vacancy_line(v, entry, view.roles));
        return view;
    }

    Answer<std::string> open_vacancy(const Viewer& v, const std::string& role, const std::string& level,
                                     const std::string& closing, const std::string& mapping) override {
        json body{{"role", role}, {"level", level}, {"closing_date", closing}};
        if (!mapping.empty()) {
            json parsed = json::parse(mapping, nullptr, false);
            if (parsed.is_discarded()) return Refused{422, "mapping: the file is not JSON; expected a CSV mapping such as examples/screening/ats-mapping.json"};
            body["mapping"] = parsed;
        }
        auto d = document(w_.create_vacancy(caller_of(v), body.dump()));
        if (auto* r = std::get_if<Refused>(&d)) return *r;
        return std::to_string(std::get<json>(d).value("id", 0LL));
    }

    Answer<std::vector<std::string>> upload(const Viewer& v, const std::string& vacancy, const std::string& filename,
                                            const std::string& content) override {
        Caller c = caller_of(v);
        Reply added = w_.add_applicants(c, vacancy, content, is_csv(filename));
        std::vector<std::string> problems;
        if (added.status >= 400 && added.status != 422) return refused(added);
        if (added.status == 422 && added.json.empty()) return refused(added);
        // Parsed into a variable first: a range-for over a member of a temporary would dangle.
        json answer = json::parse(added.json);
        for (const auto& bad : answer["bad"]) problems.push_back(problem_line(bad, filename));
        Reply screened = w_.screen_vacancy(c, vacancy, {});
        if (screened.status >= 400) return refused(screened);
        return problems;
    }

    Answer<web::ResultsView> results(const Viewer& v, const std::string& vacancy, bool names) override {
        Caller c = caller_of(v);
        auto about = document(w_.read_vacancy(c, vacancy));
        if (auto* r = std::get_if<Refused>(&about)) return *r;
        web::ResultsView view;
        view.vacancy = vacancy_line(v, std::get<json>(about), latest_roles(v));
        view.names = names;
        Reply reply = w_.vacancy_results(c, vacancy, {{"names", names ? "true" : "false"}});
        if (reply.status == 409) return view;  // not screened yet: the upload form alone
        auto d = document(reply);
        if (auto* r = std::get_if<Refused>(&d)) return *r;
        const json& j = std::get<json>(d);
        // Most desirable criteria met first, as the workbook ranks them; upload order otherwise.
        std::vector<json> rows(j["results"].begin(), j["results"].end());
        std::stable_sort(rows.begin(), rows.end(), [](const json& a, const json& b) {
            return a["desirable"].value("met", 0) > b["desirable"].value("met", 0);
        });
        for (const auto& row : rows) {
            web::ApplicantLine line = applicant_line(row);
            auto& list = line.outcome == "shortlist" ? view.shortlist : line.outcome == "reject" ? view.reject : view.incomplete;
            list.push_back(std::move(line));
        }
        for (const auto& line : j["audit"]["knock_out"])
            view.knockouts.push_back({text_of(line["text"]), line.value("rejected", 0L)});
        return view;
    }

    Answer<web::Download> results_xlsx(const Viewer& v, const std::string& vacancy) override {
        Reply reply = w_.vacancy_results(caller_of(v), vacancy, {{"format", "xlsx"}});
        if (reply.status >= 400) return refused(reply);
        return web::Download{"vacancy-" + vacancy + "-results.xlsx", reply.content_type, reply.json};
    }

    Answer<std::vector<web::RoleLine>> roles(const Viewer& v) override {
        auto d = document(w_.roles(caller_of(v)));
        if (auto* r = std::get_if<Refused>(&d)) return *r;
        std::vector<web::RoleLine> lines;
        for (const auto& role : std::get<json>(d)["roles"])
            lines.push_back({text_of(role["id"]), text_of(role["title"]), text_of(role["framework"])});
        return lines;
    }

    Answer<std::string> role_document(const Viewer& v, const std::string& id) override {
        Reply reply = w_.role_document(caller_of(v), id, {{"format", "html"}});
        if (reply.status >= 400) return refused(reply);
        return reply.json;
    }

    Answer<std::string> readings(const Viewer& v) override {
        Reply reply = w_.readings(caller_of(v));
        if (reply.status >= 400) return refused(reply);
        return reply.json;
    }

    Answer<std::string> check(const Viewer& v) override {
        auto d = document(w_.rule_check(caller_of(v)));
        if (auto* r = std::get_if<Refused>(&d)) return *r;
        const json& j = std::get<json>(d);
        // As `eligo check` prints it; rules with errors never come into force, so there are none.
        std::string out = "Rules in force: " + text_of(j["rules_digest"]) + " (" + std::to_string(j.value("roles", 0)) +
                          " role versions)\n\n";
        for (const auto& w : j["warnings"]) out += text_of(w) + "\n";
        return out + "0 errors, " + std::to_string(j["warnings"].size()) + " warnings\n";
    }

private:
    static constexpr const char* kXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // One line per role, by id: the rule set lists each version of a role, the latest last.
    std::vector<web::RoleLine> latest_roles(const Viewer& v) {
        std::vector<web::RoleLine> out;
        auto lines = roles(v);
        if (auto* r = std::get_if<std::vector<web::RoleLine>>(&lines))
            for (auto& line : *r) {
                auto same = std::find_if(out.begin(), out.end(), [&](const web::RoleLine& l) { return l.id == line.id; });
                if (same == out.end()) out.push_back(std::move(line));
                else *same = std::move(line);
            }
        return out;
    }

    web::VacancyLine vacancy_line(const Viewer& v, const json& entry, const std::vector<web::RoleLine>& roles) {
        std::string role = text_of(entry["role"]);
        auto known = std::find_if(roles.begin(), roles.end(), [&](const web::RoleLine& l) { return l.id == role; });
        if (known != roles.end()) role = known->title + " (" + role + ")";
        web::VacancyLine line{std::to_string(entry.value("id", 0LL)), role, text_of(entry["level"]),
                              text_of(entry["closing_date"]), 0};
        if (entry.contains("applicants")) {
            line.applicants = static_cast<int>(entry["applicants"].size());
        } else {
            auto d = document(w_.read_vacancy(caller_of(v), line.id));
            if (auto* j = std::get_if<json>(&d)) line.applicants = static_cast<int>((*j)["applicants"].size());
        }
        return line;
    }

    Workspace& w_;
    Sessions& sessions_;
    Throttle by_user_, by_client_;
};

}  // namespace

std::unique_ptr<web::Backend> make_pages(Workspace& workspace, Sessions& sessions) {
    return std::make_unique<Pages>(workspace, sessions);
}

}  // namespace eligo::service
