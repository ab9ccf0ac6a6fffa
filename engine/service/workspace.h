// The workspace's operations, one function each. Every operation checks the caller's
// permission once, against the table in permissions.cc, then reads or writes the store and
// calls the engine; it returns data (a status and a JSON document), never HTTP. The JSON API
// and the pages are both clients of this class.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "eligo/progression.h"
#include "eligo/rules.h"
#include "store/store.h"

namespace eligo::service {

/// Who is asking: a user of the workspace, as authenticated by the caller of the operation.
struct Caller {
    std::string name;
    std::string role;
};

/// What an operation answers. `status` follows HTTP's meanings so no layer has to translate
/// them twice; on failure `field` names the input at fault and `detail` says what was expected.
struct Reply {
    int status = 200;
    std::string json;    ///< the document, when status < 400
    std::string field;   ///< failure: the field path at fault, or ""
    std::string detail;  ///< failure: `where: what`
    std::string title;   ///< failure: a short summary of the kind of failure
    std::string content_type = "application/json";  ///< of `json`, when it is not JSON (a CSV, a workbook)
};

using Query = std::map<std::string, std::string>;

/// An operation's data for a client that words it itself (the pages), or its refusal.
template <class T>
using Answer = std::variant<T, Reply>;

/// People's progression as of a date, with the rule set their results point into.
struct Progressions {
    std::shared_ptr<const RuleSet> rules;
    std::vector<std::shared_ptr<const Profile>> profiles;  ///< what `people` point into
    std::vector<PersonProgression> people;
};

/// Everything the person page shows: the progression and the record's history.
struct PersonHistory {
    std::shared_ptr<const RuleSet> rules;
    std::shared_ptr<const Profile> profile;  ///< what `progression` points into
    PersonProgression progression;
    std::vector<Assessment> assessments;   ///< newest first
    std::vector<ProfileVersion> versions;  ///< oldest first, texts left out
    std::vector<Receipt> receipts;         ///< decisions, profiles left out
};

/// The rule set in force, swapped atomically on reload; a request keeps the set it started with.
class RulesHolder {
public:
    explicit RulesHolder(std::shared_ptr<const RuleSet> rules) : rules_(std::move(rules)) {}
    std::shared_ptr<const RuleSet> get() const {
        std::lock_guard lock(mutex_);
        return rules_;
    }
    void set(std::shared_ptr<const RuleSet> rules) {
        std::lock_guard lock(mutex_);
        rules_ = std::move(rules);
    }

private:
    mutable std::mutex mutex_;
    std::shared_ptr<const RuleSet> rules_;
};

class Workspace {
public:
    Workspace(Store& store, RulesHolder& rules) : store_(store), rules_(rules) {}

    Reply evaluate(const Caller& caller, const std::string& body, const Query& query);
    Reply roles(const Caller& caller);
    Reply list_people(const Caller& caller);
    Reply create_person(const Caller& caller, const std::string& body);
    Reply update_person(const Caller& caller, const std::string& id, const std::string& body);
    Reply read_person(const Caller& caller, const std::string& id);
    /// Many people at once: one profile document, JSON Lines, or CSV (`csv`) read through
    /// `mapping`. A person already held gets a new version. A bad record is reported and the
    /// others are kept.
    Reply import_people(const Caller& caller, const std::string& body, bool csv, const std::string& mapping);
    Reply person_versions(const Caller& caller, const std::string& id);
    Reply person_evaluation(const Caller& caller, const std::string& id, const Query& query);
    /// The engine's progression (current role, gaps, career paths; `role` narrows the paths),
    /// the recorded assessments applied as evidence.
    Reply person_progression(const Caller& caller, const std::string& id, const Query& query);
    /// Everything held about a person, for a subject access request: profile versions,
    /// assessments, decisions with their receipts, and the audit entries about the record.
    Reply export_person(const Caller& caller, const std::string& id);
    Reply add_assessment(const Caller& caller, const std::string& id, const std::string& body);
    Reply list_assessments(const Caller& caller, const std::string& id);
    Reply add_decision(const Caller& caller, const std::string& id, const std::string& body);
    Reply read_receipt(const Caller& caller, const std::string& id);
    Reply verify_receipt(const Caller& caller, const std::string& id);
    Reply audit_log(const Caller& caller);

    // Recruitment: vacancies, their applicants, and screens of them (vacancies.cc).
    Reply create_vacancy(const Caller& caller, const std::string& body);
    Reply list_vacancies(const Caller& caller);
    Reply read_vacancy(const Caller& caller, const std::string& id);
    /// JSON Lines, or CSV (`csv` true) read through the vacancy's mapping. A bad record is
    /// reported and the others are kept, as a batch does.
    Reply add_applicants(const Caller& caller, const std::string& id, const std::string& body, bool csv);
    Reply screen_vacancy(const Caller& caller, const std::string& id, const Query& query);
    /// The latest screen's results: `format` json (default), csv or xlsx; names only with `names=true`.
    Reply vacancy_results(const Caller& caller, const std::string& id, const Query& query);
    /// Everything held about one applicant of a vacancy, for a subject access request: the
    /// profile as uploaded, the vacancy, how long it is kept, their row of every screen kept,
    /// and the audit entries about the vacancy and this applicant.
    Reply export_applicant(const Caller& caller, const std::string& id, const std::string& applicant);

    // For the pages (pages.cc): the same permission checks and audit, data instead of JSON.
    /// The user whose password it is, the attempt audited either way; nullopt when it is not.
    std::optional<Caller> sign_in(const std::string& name, const std::string& password);
    void sign_out(const Caller& caller);
    /// The progression of every person the caller may list (HR: all; a manager: their team).
    Answer<Progressions> team(const Caller& caller, Date as_of);
    Answer<PersonHistory> person_history(const Caller& caller, const std::string& id, Date as_of);

    // Authoring (authoring.cc).
    /// A role's framework document: Markdown, or with `format=html` the page's HTML.
    Reply role_document(const Caller& caller, const std::string& id, const Query& query);
    /// The readings of the rules in force, as `eligo readings` prints them.
    Reply readings(const Caller& caller);
    /// What `eligo check` finds in the rules in force: their digest and warnings.
    Reply rule_check(const Caller& caller);

private:
    Reply write_person(const Caller& caller, const std::string& path_id, const std::string& body);
    Store& store_;
    RulesHolder& rules_;
};

/// The actions of the permission table.
enum class Action {
    evaluate, read_roles, list_people, read_person, write_person, read_assessments, assess, decide,
    read_receipt, read_audit, recruit, export_person, export_applicant
};
/// How far a role may take an action: not at all, on the people it is assigned, or on everyone.
enum class Reach { none, own, all };
/// The permission table's cell for `role` and `action`.
Reach reach(const std::string& role, Action action);
/// The roles a user may hold.
const std::vector<std::string>& user_roles();

}  // namespace eligo::service
