// Reading and checking request bodies and query parameters: every refusal names the field at
// fault, and nothing is stored until the whole input has been checked.
#pragma once

#include <functional>
#include <string>
#include <variant>
#include <vector>

#include "eligo/evaluate.h"
#include "eligo/profile.h"
#include "workspace.h"

namespace eligo::service {

/// A refusal: `status`, the field at fault and `where: what`.
Reply problem(int status, const std::string& field, const std::string& detail,
              const std::string& title = "invalid input");

/// The refusal of an action the caller's role may never take.
Reply forbidden();

/// The time now, UTC, as recorded beside every write.
std::string now_utc();

/// The bytes `write` puts in a private temporary file (named for it), the file then removed:
/// for the workbooks, which their library writes to a path. Throws std::runtime_error when
/// no temporary file can be made; `write`'s own exceptions pass through.
std::string written_to_temporary(const std::function<void(const std::string& path)>& write);

/// `as_of` (a date, today when absent) and `role` (a role in force then, all when absent).
std::variant<EvaluateOptions, Reply> evaluation_options(const RuleSet& rules, const Query& query);

/// One profile (an object) or several (an array), each checked as a profile.
std::variant<std::vector<Profile>, Reply> read_profiles(const std::string& body);

/// A person as posted: a profile plus the optional `manager` and `assessor` (user names).
struct PersonInput {
    std::string id;
    std::string manager;
    std::string assessor;
    std::string json;  ///< the profile alone, canonical: sorted keys, no spaces
};
std::variant<PersonInput, Reply> read_person_input(Store& store, const std::string& body);

/// `competency`, `status`, `date`, `note`; who and in what capacity are not the body's to say.
std::variant<Assessment, Reply> read_assessment_input(const RuleSet& rules, const std::string& body);

/// `role`, `level`, `as_of`, `decision`, as a receipt still to be completed.
std::variant<Receipt, Reply> read_decision_input(const RuleSet& rules, const std::string& body);

/// `title`, `role`, `level` (the role's first when absent), `closing_date`, and `mapping` (a CSV
/// mapping, checked by the engine's reader) as a vacancy still to be stored.
std::variant<Vacancy, Reply> read_vacancy_input(const RuleSet& rules, const std::string& body);

/// One applicant's profile, JSON text read at `where` (`body:3`): its id and canonical JSON,
/// or the refusal naming the field.
std::variant<Applicant, Reply> read_applicant(const std::string& text, const std::string& where);

}  // namespace eligo::service
