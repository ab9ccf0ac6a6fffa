// What the pages need from the service: each call is one of the service's handlers, which
// checks the user's permission once and returns data or a refusal. The pages word the data;
// they never reach the store.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "views.h"

namespace eligo::web {

/// The signed-in user of a request.
struct Viewer {
    std::string user;
    std::string role;
    std::string csrf;  ///< the session's token every form posts back
};

/// Why a request was not done: 400 (bad input), 401, 403, 404 (a record the user may not
/// see), 429 (throttled); `message` is `where: what`.
struct Refused {
    int status = 400;
    std::string message;
};

template <class T>
using Answer = std::variant<T, Refused>;

struct Session {
    std::string id;    ///< the cookie's value
    std::string csrf;
};

struct ReceiptView {
    std::string id;
    std::vector<std::pair<std::string, std::string>> facts;  ///< label, value in order
    std::string person;  ///< the person's id, to link back
};

struct Download {
    std::string filename;
    std::string content_type;
    std::string bytes;
};

class Backend {
public:
    virtual ~Backend() = default;

    virtual Answer<Session> sign_in(const std::string& user, const std::string& password,
                                    const std::string& client) = 0;
    virtual std::optional<Viewer> viewer(const std::string& session) = 0;
    virtual void sign_out(const std::string& session) = 0;
    /// A random token for the sign-in form (no session yet: it is also set as a cookie).
    virtual std::string new_token() = 0;

    virtual std::vector<Task> home(const Viewer& v) = 0;
    virtual Answer<std::vector<TeamRow>> team(const Viewer& v) = 0;
    virtual Answer<Download> team_xlsx(const Viewer& v) = 0;
    virtual Answer<PersonView> person(const Viewer& v, const std::string& id) = 0;
    /// The receipt's id of the decision recorded.
    virtual Answer<std::string> decide(const Viewer& v, const std::string& id, const std::string& role,
                                       const std::string& level, const std::string& decision,
                                       const std::string& as_of) = 0;
    /// Imports a file of people (profile JSON, JSON Lines, or CSV through `mapping`, the text
    /// of a mapping file): the people written and the records refused, `done` set.
    virtual Answer<ImportView> import_people(const Viewer& v, const std::string& filename,
                                                           const std::string& content, const std::string& mapping) = 0;
    virtual Answer<ReceiptView> receipt(const Viewer& v, const std::string& id) = 0;
    virtual Answer<std::vector<TeamMember>> my_team(const Viewer& v) = 0;
    virtual Answer<bool> assess(const Viewer& v, const std::string& id, const std::string& competency,
                                const std::string& status, const std::string& date, const std::string& note) = 0;
    virtual Answer<VacanciesView> vacancies(const Viewer& v) = 0;
    /// The new vacancy's id; `mapping` is the text of a CSV mapping file, or "".
    virtual Answer<std::string> open_vacancy(const Viewer& v, const std::string& role, const std::string& level,
                                             const std::string& closing, const std::string& mapping) = 0;
    virtual Answer<std::vector<std::string>> upload(const Viewer& v, const std::string& vacancy,
                                                    const std::string& filename, const std::string& content) = 0;
    virtual Answer<ResultsView> results(const Viewer& v, const std::string& vacancy, bool names) = 0;
    virtual Answer<Download> results_xlsx(const Viewer& v, const std::string& vacancy) = 0;
    virtual Answer<std::vector<RoleLine>> roles(const Viewer& v) = 0;
    /// The rendered framework document of one role, as markup from the engine's docs writer.
    virtual Answer<std::string> role_document(const Viewer& v, const std::string& id) = 0;
    virtual Answer<std::string> readings(const Viewer& v) = 0;
    virtual Answer<std::string> check(const Viewer& v) = 0;
};

}  // namespace eligo::web
