// The workspace's operations: permission first, then the store and the engine.
#include "workspace.h"

#include <sstream>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "auth.h"
#include "eligo/evaluate.h"
#include "eligo/profile.h"
#include "eligo/progression.h"
#include "eligo/report.h"
#include "input.h"

namespace eligo::service {
namespace {

using json = nlohmann::json;

Reply ok(const json& document, int status = 200) { return Reply{status, document.dump(), "", "", ""}; }

// The same answer for a record that does not exist and one the caller may not see, so that
// ids cannot be probed.
Reply not_found(const std::string& id) { return problem(404, "id", "id: no person `" + id + "`", "not found"); }

bool is_own(const Caller& caller, const PersonRecord& person) {
    return person.manager == caller.name || person.assessor == caller.name;
}

// The permission check of every operation on one person: the record when the caller may take
// `action` on it, or the refusal to send.
std::variant<PersonRecord, Reply> permitted(Store& store, const Caller& caller, Action action, const std::string& id) {
    Reach r = reach(caller.role, action);
    if (r == Reach::none) return forbidden();
    auto person = store.person(id);
    if (!person || (r == Reach::own && !is_own(caller, *person))) return not_found(id);
    if (!person->erased.empty())
        return problem(410, "id", "id: the personal data of `" + id + "` was erased on " + person->erased, "gone");
    return *person;
}

json evidence_json(const Assessment& a) {
    return json{{"competency", a.competency}, {"status", a.status}, {"source", a.source},
                {"by", a.by}, {"date", a.date}, {"note", a.note}};
}

// The profile as it is evaluated: the latest version with every recorded assessment appended
// as evidence, oldest first, so a later assessment of a competency supersedes an earlier one.
std::string evaluated_profile(Store& store, const PersonRecord& person) {
    auto version = store.profile_version(person.id, person.version);
    json profile = json::parse(version->json);
    auto recorded = store.assessments(person.id);
    if (!recorded.empty() && !profile.contains("evidence")) profile["evidence"] = json::array();
    for (auto it = recorded.rbegin(); it != recorded.rend(); ++it) profile["evidence"].push_back(evidence_json(*it));
    return profile.dump();
}

std::string result_document(const RuleSet& rules, const ProfileResult& result, Date as_of) {
    std::ostringstream out;
    {
        JsonReport report(out, rules, ReportOptions{as_of, std::nullopt, false});
        report.add(result);
    }
    return out.str();
}

json verdicts_json(const RoleResult& result) {
    json verdicts = json::object();
    for (const auto& level : result.levels) verdicts[level.level->id] = to_string(level.verdict);
    return verdicts;
}

json receipt_json(const Receipt& r) {
    return json{{"receipt", r.id}, {"person", r.person}, {"version", r.version},
                {"profile_sha256", r.profile_sha256}, {"rules_digest", r.rules_digest}, {"role", r.role},
                {"level", r.level}, {"as_of", r.as_of}, {"decision", r.decision},
                {"verdicts", json::parse(r.verdicts)}, {"by", r.by}, {"at", r.at}};
}

}  // namespace

Reply Workspace::roles(const Caller& caller) {
    if (reach(caller.role, Action::read_roles) == Reach::none) return forbidden();
    return Reply{200, roles_json(*rules_.get()), "", "", ""};
}

Reply Workspace::evaluate(const Caller& caller, const std::string& body, const Query& query) {
    if (reach(caller.role, Action::evaluate) == Reach::none) return forbidden();
    auto rules = rules_.get();
    auto options = evaluation_options(*rules, query);
    if (auto* refusal = std::get_if<Reply>(&options)) return *refusal;
    auto& [as_of, roles] = std::get<EvaluateOptions>(options);
    auto profiles = read_profiles(body);
    if (auto* refusal = std::get_if<Reply>(&profiles)) return *refusal;
    std::ostringstream out;
    {
        JsonReport report(out, *rules, ReportOptions{as_of, std::nullopt, false});
        for (const auto& profile : std::get<std::vector<Profile>>(profiles))
            report.add(eligo::evaluate(*rules, profile, EvaluateOptions{as_of, roles}));
    }
    return Reply{200, out.str(), "", "", ""};
}

Reply Workspace::list_people(const Caller& caller) {
    Reach r = reach(caller.role, Action::list_people);
    if (r == Reach::none) return forbidden();
    json out = json::array();
    for (const auto& p : store_.people())
        if (r == Reach::all || is_own(caller, p))
            out.push_back(json{{"id", p.id}, {"manager", p.manager}, {"assessor", p.assessor}, {"version", p.version}});
    return ok(json{{"people", out}});
}

Reply Workspace::create_person(const Caller& caller, const std::string& body) {
    return write_person(caller, "", body);
}

Reply Workspace::update_person(const Caller& caller, const std::string& id, const std::string& body) {
    return write_person(caller, id, body);
}

Reply Workspace::write_person(const Caller& caller, const std::string& path_id, const std::string& body) {
    if (reach(caller.role, Action::write_person) == Reach::none) return forbidden();
    auto input = read_person_input(store_, body);
    if (auto* refusal = std::get_if<Reply>(&input)) return *refusal;
    auto& person = std::get<PersonInput>(input);
    if (!path_id.empty() && person.id != path_id)
        return problem(422, "id", "id: `" + person.id + "` is not the person of this address (`" + path_id + "`)");
    Reply reply;
    store_.transaction([&] {
        auto existing = store_.person(person.id);
        if (path_id.empty() && existing) {
            reply = problem(409, "id", "id: a person `" + person.id + "` exists already; PUT a new version to it", "conflict");
            return false;
        }
        if (!path_id.empty() && !existing) {
            reply = not_found(path_id);
            return false;
        }
        if (existing && !existing->erased.empty()) {
            reply = problem(410, "id", "id: the personal data of `" + person.id + "` was erased on " + existing->erased, "gone");
            return false;
        }
        int version = existing ? existing->version + 1 : 1;
        std::string sha = sha256_hex(person.json);
        store_.put_person(PersonRecord{person.id, person.manager, person.assessor, version, ""});
        store_.add_profile_version(ProfileVersion{person.id, version, person.json, sha, caller.name, now_utc()});
        store_.audit(caller.name, existing ? "person.update" : "person.create", person.id);
        reply = ok(json{{"id", person.id}, {"version", version}, {"sha256", sha}}, existing ? 200 : 201);
        return true;
    });
    return reply;
}

Reply Workspace::read_person(const Caller& caller, const std::string& id) {
    Reply reply;
    store_.transaction([&] {
        auto access = permitted(store_, caller, Action::read_person, id);
        if (auto* refusal = std::get_if<Reply>(&access)) return reply = *refusal, false;
        auto& person = std::get<PersonRecord>(access);
        auto version = store_.profile_version(id, person.version);
        store_.audit(caller.name, "person.read", id);
        reply = ok(json{{"id", id}, {"manager", person.manager}, {"assessor", person.assessor},
                        {"version", person.version}, {"sha256", version->sha256},
                        {"profile", json::parse(version->json)}});
        return true;
    });
    return reply;
}

Reply Workspace::person_versions(const Caller& caller, const std::string& id) {
    Reply reply;
    store_.transaction([&] {
        auto access = permitted(store_, caller, Action::read_person, id);
        if (auto* refusal = std::get_if<Reply>(&access)) return reply = *refusal, false;
        json out = json::array();
        for (const auto& v : store_.profile_versions(id))
            out.push_back(json{{"version", v.version}, {"sha256", v.sha256}, {"by", v.by}, {"at", v.at}});
        store_.audit(caller.name, "person.versions", id);
        reply = ok(json{{"id", id}, {"versions", out}});
        return true;
    });
    return reply;
}

Reply Workspace::person_evaluation(const Caller& caller, const std::string& id, const Query& query) {
    auto rules = rules_.get();
    auto options = evaluation_options(*rules, query);
    if (auto* refusal = std::get_if<Reply>(&options)) return *refusal;
    auto& chosen = std::get<EvaluateOptions>(options);
    Reply reply;
    store_.transaction([&] {
        auto access = permitted(store_, caller, Action::read_person, id);
        if (auto* refusal = std::get_if<Reply>(&access)) return reply = *refusal, false;
        auto profile = parse_profile(evaluated_profile(store_, std::get<PersonRecord>(access)), "profile");
        store_.audit(caller.name, "person.evaluation", id);
        reply = Reply{200, result_document(*rules, eligo::evaluate(*rules, *profile, chosen), chosen.as_of), "", "", ""};
        return true;
    });
    return reply;
}

Reply Workspace::person_progression(const Caller& caller, const std::string& id, const Query& query) {
    auto rules = rules_.get();
    auto options = evaluation_options(*rules, query);
    if (auto* refusal = std::get_if<Reply>(&options)) return *refusal;
    auto& chosen = std::get<EvaluateOptions>(options);
    std::vector<const Role*> only;
    for (const auto& role : chosen.roles) only.push_back(rules->find_role(role, chosen.as_of));
    Reply reply;
    store_.transaction([&] {
        auto access = permitted(store_, caller, Action::read_person, id);
        if (auto* refusal = std::get_if<Reply>(&access)) return reply = *refusal, false;
        auto profile = parse_profile(evaluated_profile(store_, std::get<PersonRecord>(access)), "profile");
        PersonProgression person = assess_person(*rules, *profile, chosen.as_of, only);
        if (person.problem && only.empty()) {
            reply = problem(422, "current_role", person.problem->to_string() + "; give `role` for the career paths to a role");
            return false;
        }
        std::ostringstream out;
        {
            ProgressionReport report(out, *rules, ProgressionReportOptions{chosen.as_of, ProgressionFormat::json, !only.empty()});
            report.add(person);
        }
        store_.audit(caller.name, "person.progression", id);
        reply = Reply{200, out.str(), "", "", ""};
        return true;
    });
    return reply;
}

std::optional<Caller> Workspace::sign_in(const std::string& name, const std::string& password) {
    auto user = store_.user_by_name(name);
    // A missing user costs a hash too, so the time taken does not tell which names exist.
    static const std::string unknown = hash_password("not a user");
    bool right = user ? verify_password(user->password_hash, password) : (verify_password(unknown, password), false);
    store_.audit(right ? name : "-", right ? "session.open" : "session.refused", "");
    if (!right) return std::nullopt;
    return Caller{user->name, user->role};
}

void Workspace::sign_out(const Caller& caller) { store_.audit(caller.name, "session.close", ""); }

Answer<Progressions> Workspace::team(const Caller& caller, Date as_of) {
    Reach r = reach(caller.role, Action::list_people);
    if (r == Reach::none) return forbidden();
    Progressions out{rules_.get(), {}, {}};
    store_.transaction([&] {
        for (const auto& person : store_.people()) {
            if (!person.erased.empty() || (r == Reach::own && !is_own(caller, person))) continue;
            auto profile = parse_profile(evaluated_profile(store_, person), "profile");
            if (!profile) {  // stored profiles were checked when written: this is a damaged store
                // The reader's message may quote the profile's data: the id alone goes to the log.
                spdlog::error("team: the stored profile of `{}` cannot be read; it is left out", person.id);
                continue;
            }
            out.profiles.push_back(std::make_shared<const Profile>(std::move(*profile)));
            out.people.push_back(assess_person(*out.rules, *out.profiles.back(), as_of, {}));
            store_.audit(caller.name, "team.read", person.id);
        }
        return true;
    });
    return out;
}

Answer<PersonHistory> Workspace::person_history(const Caller& caller, const std::string& id, Date as_of) {
    Answer<PersonHistory> answer = forbidden();
    store_.transaction([&] {
        auto access = permitted(store_, caller, Action::read_person, id);
        if (auto* refusal = std::get_if<Reply>(&access)) return answer = *refusal, false;
        PersonHistory out{rules_.get(), {}, {}, {}, {}, {}};
        auto profile = parse_profile(evaluated_profile(store_, std::get<PersonRecord>(access)), "profile");
        if (!profile) return answer = problem(500, "profile", profile.errors().front().to_string()), false;
        out.profile = std::make_shared<const Profile>(std::move(*profile));
        out.progression = assess_person(*out.rules, *out.profile, as_of, {});
        out.assessments = store_.assessments(id);
        for (auto v : store_.profile_versions(id)) {
            v.json.clear();
            out.versions.push_back(std::move(v));
        }
        if (reach(caller.role, Action::read_receipt) != Reach::none) {
            for (auto r : store_.receipts(id)) {
                r.profile_json.clear();
                out.receipts.push_back(std::move(r));
            }
        }
        store_.audit(caller.name, "person.read", id);
        answer = std::move(out);
        return true;
    });
    return answer;
}

Reply Workspace::export_person(const Caller& caller, const std::string& id) {
    Reply reply;
    store_.transaction([&] {
        auto access = permitted(store_, caller, Action::export_person, id);
        if (auto* refusal = std::get_if<Reply>(&access)) return reply = *refusal, false;
        auto& person = std::get<PersonRecord>(access);
        json versions = json::array(), assessments = json::array(), decisions = json::array(), audit = json::array();
        for (const auto& v : store_.profile_versions(id))
            versions.push_back(json{{"version", v.version}, {"sha256", v.sha256}, {"by", v.by}, {"at", v.at},
                                    {"profile", json::parse(v.json)}});
        for (const auto& a : store_.assessments(id)) {
            json entry = evidence_json(a);
            entry["at"] = a.at;
            assessments.push_back(entry);
        }
        for (const auto& r : store_.receipts(id)) decisions.push_back(receipt_json(r));
        for (const auto& e : store_.audit_log())
            if (e.record == id) audit.push_back(json{{"at", e.at}, {"user", e.user}, {"action", e.action}});
        store_.audit(caller.name, "person.export", id);
        reply = ok(json{{"id", id}, {"manager", person.manager}, {"assessor", person.assessor}, {"versions", versions},
                        {"assessments", assessments}, {"decisions", decisions}, {"audit", audit}});
        return true;
    });
    return reply;
}

Reply Workspace::add_assessment(const Caller& caller, const std::string& id, const std::string& body) {
    auto rules = rules_.get();
    auto input = read_assessment_input(*rules, body);
    if (auto* refusal = std::get_if<Reply>(&input)) return *refusal;
    Assessment assessment = std::get<Assessment>(input);
    Reply reply;
    store_.transaction([&] {
        auto access = permitted(store_, caller, Action::assess, id);
        if (auto* refusal = std::get_if<Reply>(&access)) return reply = *refusal, false;
        assessment.person = id;
        // Who assessed, and in what capacity, is the authenticated user; never the body.
        assessment.source = caller.role == "manager" ? "manager" : "assessor";
        assessment.by = caller.name;
        assessment.at = now_utc();
        assessment.id = store_.add_assessment(assessment);
        store_.audit(caller.name, "assessment.create", id);
        reply = ok(json{{"id", assessment.id}, {"person", id}}, 201);
        return true;
    });
    return reply;
}

Reply Workspace::list_assessments(const Caller& caller, const std::string& id) {
    Reply reply;
    store_.transaction([&] {
        auto access = permitted(store_, caller, Action::read_assessments, id);
        if (auto* refusal = std::get_if<Reply>(&access)) return reply = *refusal, false;
        json out = json::array();
        for (const auto& a : store_.assessments(id)) {
            json entry = evidence_json(a);
            entry["id"] = a.id;
            entry["at"] = a.at;
            out.push_back(entry);
        }
        store_.audit(caller.name, "assessment.list", id);
        reply = ok(json{{"person", id}, {"assessments", out}});
        return true;
    });
    return reply;
}

Reply Workspace::add_decision(const Caller& caller, const std::string& id, const std::string& body) {
    auto rules = rules_.get();
    auto input = read_decision_input(*rules, body);
    if (auto* refusal = std::get_if<Reply>(&input)) return *refusal;
    Receipt receipt = std::get<Receipt>(input);
    Reply reply;
    store_.transaction([&] {
        auto access = permitted(store_, caller, Action::decide, id);
        if (auto* refusal = std::get_if<Reply>(&access)) return reply = *refusal, false;
        auto& person = std::get<PersonRecord>(access);
        receipt.profile_json = evaluated_profile(store_, person);
        auto profile = parse_profile(receipt.profile_json, "profile");
        Date as_of = *Date::parse(receipt.as_of);
        const Role* role = rules->find_role(receipt.role, as_of);
        ProfileIndex index(*rules, *profile, as_of);
        receipt.id = random_hex(16);
        receipt.person = id;
        receipt.version = person.version;
        receipt.profile_sha256 = store_.profile_version(id, person.version)->sha256;
        receipt.rules_digest = rules->digest;
        receipt.verdicts = verdicts_json(evaluate_role(*role, index)).dump();
        receipt.by = caller.name;
        receipt.at = now_utc();
        store_.add_receipt(receipt);
        store_.audit(caller.name, "decision.create", id);
        reply = ok(receipt_json(receipt), 201);
        return true;
    });
    return reply;
}

Reply Workspace::read_receipt(const Caller& caller, const std::string& id) {
    if (reach(caller.role, Action::read_receipt) == Reach::none) return forbidden();
    Reply reply;
    store_.transaction([&] {
        auto receipt = store_.receipt(id);
        if (!receipt) return reply = problem(404, "id", "id: no receipt `" + id + "`", "not found"), false;
        store_.audit(caller.name, "receipt.read", receipt->person);
        reply = ok(receipt_json(*receipt));
        return true;
    });
    return reply;
}

Reply Workspace::verify_receipt(const Caller& caller, const std::string& id) {
    if (reach(caller.role, Action::read_receipt) == Reach::none) return forbidden();
    auto rules = rules_.get();
    Reply reply;
    store_.transaction([&] {
        auto receipt = store_.receipt(id);
        if (!receipt) return reply = problem(404, "id", "id: no receipt `" + id + "`", "not found"), false;
        json differs = json::array();
        if (receipt->rules_digest != rules->digest)
            differs.push_back(json{{"field", "rules_digest"}, {"recorded", receipt->rules_digest}, {"now", rules->digest}});
        auto version = store_.profile_version(receipt->person, receipt->version);
        if (!version || version->sha256 != receipt->profile_sha256)
            differs.push_back(json{{"field", "profile_sha256"}, {"recorded", receipt->profile_sha256},
                                   {"now", version ? version->sha256 : ""}});
        if (receipt->profile_json.empty())
            differs.push_back(json{{"field", "profile"}, {"recorded", receipt->profile_sha256}, {"now", "erased"}});
        Date as_of = *Date::parse(receipt->as_of);
        auto profile = parse_profile(receipt->profile_json, "profile");
        const Role* role = profile ? rules->find_role(receipt->role, as_of) : nullptr;
        json now = json::object();
        if (role) now = verdicts_json(evaluate_role(*role, ProfileIndex(*rules, *profile, as_of)));
        json recorded = json::parse(receipt->verdicts);
        for (const auto& [level, verdict] : recorded.items())
            if (!now.contains(level) || now[level] != verdict)
                differs.push_back(json{{"field", "verdicts." + level}, {"recorded", verdict},
                                       {"now", now.contains(level) ? now[level] : json(nullptr)}});
        store_.audit(caller.name, "receipt.verify", receipt->person);
        reply = ok(json{{"receipt", id}, {"same", differs.empty()}, {"differs", differs}, {"verdicts", now}});
        return true;
    });
    return reply;
}

Reply Workspace::audit_log(const Caller& caller) {
    if (reach(caller.role, Action::read_audit) == Reach::none) return forbidden();
    json out = json::array();
    for (const auto& e : store_.audit_log())
        out.push_back(json{{"id", e.id}, {"at", e.at}, {"user", e.user}, {"action", e.action}, {"record", e.record}});
    return ok(json{{"entries", out}});
}

}  // namespace eligo::service
