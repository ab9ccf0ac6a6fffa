// Who may do what: the table of the workspace specification, as data. Every operation asks
// `reach` once; nothing else decides a permission.
#include <array>

#include "workspace.h"

namespace eligo::service {
namespace {

constexpr Reach N = Reach::none, O = Reach::own, A = Reach::all;

struct Row {
    Action action;
    // admin, hr, manager, assessor, recruiter, author
    std::array<Reach, 6> reach;
};

// `own` is a manager's team (people whose `manager` is them) or an assessor's assigned
// people (whose `assessor` is them). HR reads and edits everyone and records decisions but
// does not assess: assessments come from those who saw the work. Recruiters and authors never
// see an employee record.
constexpr Row kTable[] = {
    {Action::evaluate,         {A, A, A, A, A, A}},
    {Action::read_roles,       {A, A, A, A, A, A}},
    {Action::list_people,      {A, A, O, O, N, N}},
    {Action::read_person,      {A, A, O, O, N, N}},
    {Action::write_person,     {A, A, N, N, N, N}},
    {Action::read_assessments, {A, A, O, O, N, N}},
    {Action::assess,           {A, N, O, O, N, N}},
    {Action::decide,           {A, A, N, N, N, N}},
    {Action::read_receipt,     {A, A, N, N, N, N}},
    {Action::read_audit,       {A, N, N, N, N, N}},
    // Vacancies and applicants are the recruiter's; no one else's job needs applicants' data.
    {Action::recruit,          {A, N, N, N, A, N}},
    // A subject access export is HR's to answer.
    {Action::export_person,    {A, A, N, N, N, N}},
    // An applicant's is the recruiter's, who holds their data; HR never sees applicants.
    {Action::export_applicant, {A, N, N, N, A, N}},
};

}  // namespace

const std::vector<std::string>& user_roles() {
    static const std::vector<std::string> roles = {"admin", "hr", "manager", "assessor", "recruiter", "author"};
    return roles;
}

Reach reach(const std::string& role, Action action) {
    const auto& roles = user_roles();
    for (std::size_t column = 0; column < roles.size(); ++column) {
        if (roles[column] != role) continue;
        for (const auto& row : kTable)
            if (row.action == action) return row.reach[column];
    }
    return Reach::none;
}

}  // namespace eligo::service
