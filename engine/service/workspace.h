// The workspace's operations, one function each. Every operation checks the caller's
// permission once, against the table in permissions.cc, then reads or writes the store and
// calls the engine; it returns data (a status and a JSON document), never HTTP. The JSON API
// and the pages are both clients of this class.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>

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
