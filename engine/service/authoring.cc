// The policy author's operations: the rules in force as documents, readings and checks.
#include <sstream>

#include <nlohmann/json.hpp>

#include "eligo/docs.h"
#include "eligo/report.h"
#include "input.h"
#include "workspace.h"

namespace eligo::service {

Reply Workspace::role_document(const Caller& caller, const std::string& id, const Query& query) {
    if (reach(caller.role, Action::read_roles) == Reach::none) return forbidden();
    auto format = query.count("format") ? query.at("format") : "markdown";
    if (format != "markdown" && format != "html")
        return problem(422, "format", "format: `" + format + "` is not `markdown` or `html`");
    auto rules = rules_.get();
    const Role* role = rules->find_role(id);
    if (!role) return problem(404, "id", "id: no role `" + id + "` in the rules in force", "not found");
    std::ostringstream out;
    DocsOptions options{{role->id}};
    if (format == "html") {
        write_docs_html_roles(out, *rules, options);
        return Reply{200, out.str(), "", "", "", "text/html; charset=utf-8"};
    }
    write_docs_markdown(out, *rules, options);
    return Reply{200, out.str(), "", "", "", "text/markdown; charset=utf-8"};
}

Reply Workspace::readings(const Caller& caller) {
    if (reach(caller.role, Action::read_roles) == Reach::none) return forbidden();
    std::ostringstream out;
    write_readings(out, *rules_.get());
    return Reply{200, out.str(), "", "", "", "text/markdown; charset=utf-8"};
}

Reply Workspace::rule_check(const Caller& caller) {
    if (reach(caller.role, Action::read_roles) == Reach::none) return forbidden();
    auto rules = rules_.get();
    nlohmann::json warnings = nlohmann::json::array();
    for (const auto& w : rules->warnings) warnings.push_back(w.to_string());
    return Reply{200, nlohmann::json{{"rules_digest", rules->digest}, {"roles", rules->roles.size()},
                                     {"warnings", warnings}}.dump(),
                 "", "", ""};
}

}  // namespace eligo::service
