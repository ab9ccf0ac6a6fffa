// Recruitment: vacancies, applicants uploaded to them, and screens of those applicants. The
// screen is the engine's (eligo::screen, the knock-out audit and the writers of `eligo screen`);
// this unit only feeds it stored profiles and keeps what it found.
#include <cstdio>
#include <cstdlib>
#include <sstream>

#include <nlohmann/json.hpp>

#include "eligo/batch.h"
#include "eligo/screen.h"
#include "admin.h"
#include "eligo/screen_output.h"
#include "input.h"
#include "workspace.h"

namespace eligo::service {
namespace {

using json = nlohmann::json;

Reply ok(const json& document, int status = 200) { return Reply{status, document.dump(), "", "", "", "application/json"}; }

Reply no_vacancy(const std::string& id) { return problem(404, "id", "id: no vacancy `" + id + "`", "not found"); }

// The vacancy of a path id (digits), when there is one.
std::optional<Vacancy> find_vacancy(Store& store, const std::string& id) {
    if (id.empty() || id.size() > 18 || id.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    return store.vacancy(std::stoll(id));
}

json vacancy_json(const Vacancy& v) {
    return json{{"id", v.id}, {"title", v.title}, {"role", v.role}, {"level", v.level},
                {"closing_date", v.closing_date}, {"mapping", v.mapping.empty() ? json(nullptr) : json::parse(v.mapping)},
                {"by", v.by}, {"at", v.at}};
}

std::string record_of(const Vacancy& v) { return "vacancy/" + std::to_string(v.id); }

// What an upload yields: the applicants read, and each record that could not be, with why.
struct Upload {
    std::vector<Applicant> read;
    json bad = json::array();
    std::optional<Reply> refusal;  ///< the whole upload refused (e.g. a CSV header the mapping does not fit)

    void reject(const std::string& where, const std::string& detail) { bad.push_back(json{{"where", where}, {"detail", detail}}); }
};

Upload read_jsonl(const std::string& body) {
    Upload upload;
    std::istringstream lines(body);
    std::string line;
    for (int number = 1; std::getline(lines, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        std::string where = "body:" + std::to_string(number);
        auto applicant = read_applicant(line, where);
        if (auto* refusal = std::get_if<Reply>(&applicant)) upload.reject(where, refusal->detail);
        else upload.read.push_back(std::get<Applicant>(applicant));
    }
    return upload;
}

// A CSV export read by the engine's CSV reader through the vacancy's saved mapping.
Upload read_csv(const std::string& body, const Vacancy& vacancy) {
    Upload upload;
    if (vacancy.mapping.empty()) {
        upload.refusal = problem(422, "mapping", "mapping: this vacancy has no CSV mapping; create it with one, or upload JSON Lines");
        return upload;
    }
    auto mapping = parse_csv_mapping(vacancy.mapping, "mapping");
    std::FILE* file = body.empty() ? nullptr : fmemopen(const_cast<char*>(body.data()), body.size(), "rb");
    if (!mapping || !file) {
        if (file) std::fclose(file);
        upload.refusal = problem(422, "body", "body: empty; expected a header row naming the columns");
        return upload;
    }
    auto source = open_csv(file, "body", *mapping);
    if (!source) {
        upload.refusal = problem(422, "body", source.errors().front().to_string());
        return upload;
    }
    RawRecord record;
    while ((*source)->next(record)) {
        std::string where = record.where();
        std::vector<Warning> warnings;
        auto profile = record.decoder->decode(record, ProfileReadOptions{true}, &warnings);
        auto text = profile ? record.decoder->profile_text(record) : std::nullopt;
        if (!profile) {
            upload.reject(where, profile.errors().front().to_string());
            continue;
        }
        auto applicant = read_applicant(text.value_or(""), where);
        if (auto* refusal = std::get_if<Reply>(&applicant)) upload.reject(where, refusal->detail);
        else upload.read.push_back(std::get<Applicant>(applicant));
    }
    if (auto failure = (*source)->failure()) upload.reject(failure->where, failure->to_string());
    return upload;
}

// One screen of the stored applicants: rows (in upload order) and the audit.
struct Screened {
    std::vector<ScreenRow> rows;
    ScreenAudit audit;
};

std::variant<ScreenTarget, Reply> target_of(const RuleSet& rules, const Vacancy& v, Date as_of) {
    const Role* role = rules.find_role(v.role, as_of);
    if (!role) return problem(409, "as_of", "as_of: the rules in force on " + as_of.to_string() + " have no role `" + v.role + "`");
    for (std::size_t i = 0; i < role->levels.size(); ++i)
        if (role->levels[i].id == v.level) return ScreenTarget{role, i};
    return problem(409, "level", "level: `" + v.role + "` no longer has level `" + v.level + "`");
}

Screened screen_all(const RuleSet& rules, const ScreenTarget& target, const std::vector<Applicant>& applicants,
                    Date as_of, bool names) {
    Screened out{{}, ScreenAudit(target)};
    const ScreenPlan plan(target);  // the statements' kinds, worked out once for every applicant
    for (const auto& a : applicants) {
        auto profile = parse_profile(a.json, "applicant " + a.id);
        if (!profile) {  // stored profiles were checked on upload; a rule set change may still refuse one
            out.audit.add_bad_record();
            continue;
        }
        auto kept = std::make_shared<Profile>(std::move(*profile));
        ScreenRow row;
        row.sequence = out.rows.size();
        row.where = a.id;
        row.id = a.id;
        row.result = screen(plan, ProfileIndex(rules, *kept, as_of));
        if (names) row.name = kept->name;
        else kept->name.clear();
        row.profile = std::move(kept);
        out.audit.add(row.result);
        out.rows.push_back(std::move(row));
    }
    return out;
}

json audit_json(const ScreenAudit& audit) {
    json lines = json::array();
    for (const auto& line : audit.lines())
        lines.push_back(json{{"statement", line.level + "/" + line.criterion->id}, {"text", line.criterion->text},
                             {"rejected_alone", line.rejected_alone}, {"rejected", line.rejected},
                             {"undecided", line.unknown}});
    return json{{"screened", audit.screened()}, {"shortlist", audit.count(ScreenOutcome::shortlist)},
                {"incomplete", audit.count(ScreenOutcome::incomplete)}, {"reject", audit.count(ScreenOutcome::reject)},
                {"knock_out", lines}};
}

// The rows as the writers of `eligo screen` word them, into a text.
void written(const Screened& s, std::unique_ptr<ScreenSink> sink) {
    for (const auto& row : s.rows) sink->row(row);
    if (auto error = sink->finish(s.audit, {})) throw std::runtime_error(error->to_string());
}

json rows_json(const Screened& s, const ScreenOutputOptions& options) {
    std::ostringstream out, errors;
    written(s, jsonl_sink(out, errors, options));
    json rows = json::array();
    std::istringstream lines(out.str());
    for (std::string line; std::getline(lines, line);)
        if (!line.empty()) rows.push_back(json::parse(line));
    return rows;
}

std::string workbook(const Screened& s, const ScreenOutputOptions& options) {
    return written_to_temporary([&](const std::string& path) {
        std::ostringstream errors;
        auto sink = xlsx_sink(path, errors, options);
        if (!sink) throw std::runtime_error(sink.errors().front().to_string());
        written(s, std::move(*sink));
    });
}

std::variant<Date, Reply> as_of_of(const Query& query) {
    auto it = query.find("as_of");
    if (it == query.end()) return today();
    auto date = Date::parse(it->second);
    if (!date) return problem(422, "as_of", "as_of: `" + it->second + "` is not a date (YYYY-MM-DD)");
    return *date;
}

}  // namespace

Reply Workspace::import_people(const Caller& caller, const std::string& body, bool csv, const std::string& mapping) {
    if (reach(caller.role, Action::write_person) == Reach::none) return forbidden();
    if (csv && mapping.empty())
        return problem(422, "mapping", "mapping: a CSV file is read through a column mapping; give one, or send JSON Lines");
    Upload upload;
    if (csv) {
        Vacancy through;
        through.mapping = mapping;
        upload = read_csv(body, through);
    } else if (json::accept(body) && json::parse(body).is_object()) {
        upload.read.push_back({});  // one profile document, as `eligo evaluate` reads a file
        auto one = read_applicant(body, "body");
        if (auto* refusal = std::get_if<Reply>(&one)) return *refusal;
        upload.read.back() = std::get<Applicant>(one);
    } else {
        upload = read_jsonl(body);
    }
    if (upload.refusal) return *upload.refusal;
    json written = json::array();
    for (const auto& person : upload.read) {
        // A person already held gets a new version, keeping their manager and assessor unless
        // the record names others; the others are created.
        auto held = store_.person(person.id);
        json record = json::parse(person.json);
        if (held && !held->manager.empty() && !record.contains("manager")) record["manager"] = held->manager;
        if (held && !held->assessor.empty() && !record.contains("assessor")) record["assessor"] = held->assessor;
        Reply reply = write_person(caller, held ? person.id : "", record.dump());
        if (reply.status >= 400) upload.reject(person.id, reply.detail);
        else written.push_back(json::parse(reply.json));
    }
    return ok(json{{"written", written}, {"bad", upload.bad}}, written.empty() ? 422 : 200);
}

Reply Workspace::create_vacancy(const Caller& caller, const std::string& body) {
    if (reach(caller.role, Action::recruit) == Reach::none) return forbidden();
    auto input = read_vacancy_input(*rules_.get(), body);
    if (auto* refusal = std::get_if<Reply>(&input)) return *refusal;
    Vacancy vacancy = std::get<Vacancy>(input);
    vacancy.by = caller.name;
    vacancy.at = now_utc();
    store_.transaction([&] {
        vacancy.id = store_.add_vacancy(vacancy);
        store_.audit(caller.name, "vacancy.create", record_of(vacancy));
        return true;
    });
    return ok(vacancy_json(vacancy), 201);
}

Reply Workspace::list_vacancies(const Caller& caller) {
    if (reach(caller.role, Action::recruit) == Reach::none) return forbidden();
    json out = json::array();
    for (const auto& v : store_.vacancies()) {
        json entry = vacancy_json(v);
        entry.erase("mapping");
        out.push_back(entry);
    }
    return ok(json{{"vacancies", out}});
}

Reply Workspace::read_vacancy(const Caller& caller, const std::string& id) {
    if (reach(caller.role, Action::recruit) == Reach::none) return forbidden();
    auto vacancy = find_vacancy(store_, id);
    if (!vacancy) return no_vacancy(id);
    json out = vacancy_json(*vacancy);
    json ids = json::array();
    for (const auto& a : store_.applicants(vacancy->id)) ids.push_back(a.id);
    out["applicants"] = ids;
    return ok(out);
}

Reply Workspace::add_applicants(const Caller& caller, const std::string& id, const std::string& body, bool csv) {
    if (reach(caller.role, Action::recruit) == Reach::none) return forbidden();
    auto vacancy = find_vacancy(store_, id);
    if (!vacancy) return no_vacancy(id);
    Upload upload = csv ? read_csv(body, *vacancy) : read_jsonl(body);
    if (upload.refusal) return *upload.refusal;
    if (upload.read.empty() && upload.bad.empty()) return problem(422, "body", "body: no applicants; expected one per line");
    int added = 0;
    std::string at = now_utc();
    store_.transaction([&] {
        for (auto& a : upload.read) {
            a.vacancy = vacancy->id;
            a.by = caller.name;
            a.at = at;
            if (store_.add_applicant(a)) ++added;
            else upload.reject(a.id, "id: applicant `" + a.id + "` is in this vacancy already");
        }
        store_.audit(caller.name, "applicants.add", record_of(*vacancy));
        return true;
    });
    return ok(json{{"vacancy", vacancy->id}, {"added", added}, {"bad", upload.bad}}, added > 0 ? 201 : 422);
}

Reply Workspace::screen_vacancy(const Caller& caller, const std::string& id, const Query& query) {
    if (reach(caller.role, Action::recruit) == Reach::none) return forbidden();
    auto date = as_of_of(query);
    if (auto* refusal = std::get_if<Reply>(&date)) return *refusal;
    Date as_of = std::get<Date>(date);
    auto rules = rules_.get();
    Reply reply;
    store_.transaction([&] {
        auto vacancy = find_vacancy(store_, id);
        if (!vacancy) return reply = no_vacancy(id), false;
        auto target = target_of(*rules, *vacancy, as_of);
        if (auto* refusal = std::get_if<Reply>(&target)) return reply = *refusal, false;
        Screened s = screen_all(*rules, std::get<ScreenTarget>(target), store_.applicants(vacancy->id), as_of, false);
        ScreenOutputOptions options{rules.get(), std::get<ScreenTarget>(target), as_of, false, false, std::nullopt, nullptr};
        ScreenRun run{0, vacancy->id, as_of.to_string(), rules->digest, rows_json(s, options).dump(),
                      audit_json(s.audit).dump(), caller.name, now_utc()};
        run.id = store_.add_screen_run(run);
        store_.audit(caller.name, "vacancy.screen", record_of(*vacancy));
        reply = ok(json{{"run", run.id}, {"vacancy", vacancy->id}, {"as_of", run.as_of}, {"rules_digest", run.rules_digest},
                        {"audit", json::parse(run.audit)}, {"results", json::parse(run.results)},
                        {"notice", kScreenNotice}},
                   201);
        return true;
    });
    return reply;
}

Reply Workspace::vacancy_results(const Caller& caller, const std::string& id, const Query& query) {
    if (reach(caller.role, Action::recruit) == Reach::none) return forbidden();
    auto format = query.count("format") ? query.at("format") : "json";
    if (format != "json" && format != "csv" && format != "xlsx")
        return problem(422, "format", "format: `" + format + "` is not `json`, `csv` or `xlsx`");
    auto names_it = query.find("names");
    if (names_it != query.end() && names_it->second != "true" && names_it->second != "false")
        return problem(422, "names", "names: `" + names_it->second + "` is not `true` or `false`");
    bool names = names_it != query.end() && names_it->second == "true";
    auto rules = rules_.get();
    Reply reply;
    store_.transaction([&] {
        auto vacancy = find_vacancy(store_, id);
        if (!vacancy) return reply = no_vacancy(id), false;
        auto run = store_.latest_screen_run(vacancy->id);
        if (!run) return reply = problem(409, "id", "id: vacancy `" + id + "` has not been screened yet; POST its screen first", "conflict"), false;
        // The latest screen's date, today's rules and applicants: the same results unless either changed.
        Date as_of = *Date::parse(run->as_of);
        auto target = target_of(*rules, *vacancy, as_of);
        if (auto* refusal = std::get_if<Reply>(&target)) return reply = *refusal, false;
        Screened s = screen_all(*rules, std::get<ScreenTarget>(target), store_.applicants(vacancy->id), as_of, names);
        ScreenOutputOptions options{rules.get(), std::get<ScreenTarget>(target), as_of, names, false, std::nullopt, nullptr};
        // Names leave the service only when asked for, and that is recorded.
        store_.audit(caller.name, names ? "vacancy.results.names" : "vacancy.results", record_of(*vacancy));
        if (format == "csv") {
            std::ostringstream out, errors;
            written(s, csv_sink(out, errors, options));
            reply = Reply{200, out.str(), "", "", "", "text/csv; charset=utf-8"};
        } else if (format == "xlsx") {
            reply = Reply{200, workbook(s, options), "", "", "",
                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"};
        } else {
            reply = ok(json{{"run", run->id}, {"vacancy", vacancy->id}, {"as_of", run->as_of},
                            {"rules_digest", rules->digest}, {"rules_changed", rules->digest != run->rules_digest},
                            {"audit", audit_json(s.audit)}, {"results", rows_json(s, options)}, {"notice", kScreenNotice}});
        }
        return true;
    });
    return reply;
}

Reply Workspace::export_applicant(const Caller& caller, const std::string& id, const std::string& applicant) {
    if (reach(caller.role, Action::export_applicant) == Reach::none) return forbidden();
    Reply reply;
    store_.transaction([&] {
        auto vacancy = find_vacancy(store_, id);
        if (!vacancy) return reply = no_vacancy(id), false;
        std::optional<Applicant> found;
        for (auto& a : store_.applicants(vacancy->id))
            if (a.id == applicant) found = std::move(a);
        if (!found)
            return reply = problem(404, "applicant", "applicant: no applicant `" + applicant + "` in vacancy " + id, "not found"),
                   false;
        const std::string record = record_of(*vacancy), own = record + "/applicant/" + applicant;
        json screens = json::array(), audit = json::array();
        for (const auto& run : store_.screen_runs(vacancy->id))
            for (const auto& row : json::parse(run.results))
                if (row.value("id", "") == applicant)
                    screens.push_back(json{{"run", run.id}, {"as_of", run.as_of}, {"rules_digest", run.rules_digest},
                                           {"by", run.by}, {"at", run.at}, {"result", row}});
        for (const auto& e : store_.audit_log())
            if (e.record == record || e.record == own)
                audit.push_back(json{{"at", e.at}, {"user", e.user}, {"action", e.action}, {"record", e.record}});
        store_.audit(caller.name, "applicant.export", own);
        json about = vacancy_json(*vacancy);
        about.erase("mapping");
        reply = ok(json{{"applicant", applicant}, {"vacancy", about}, {"profile", json::parse(found->json)},
                        {"uploaded", json{{"by", found->by}, {"at", found->at}}},
                        {"retention", json{{"closing_date", vacancy->closing_date}, {"days_after_closing", kDefaultRetentionDays}}},
                        {"screens", screens}, {"audit", audit}});
        return true;
    });
    return reply;
}

}  // namespace eligo::service
