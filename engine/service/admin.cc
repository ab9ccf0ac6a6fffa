#include "admin.h"

#include <algorithm>
#include <variant>

#include <nlohmann/json.hpp>

#include "auth.h"
#include "input.h"
#include "workspace.h"

namespace eligo::service {

std::variant<std::string, std::string> add_user(Store& store, const std::string& name, const std::string& role) {
    const auto& roles = user_roles();
    if (std::find(roles.begin(), roles.end(), role) == roles.end()) {
        std::string hint = nearest(role, roles);
        return std::variant<std::string, std::string>(std::in_place_index<1>,
            "role: `" + role + "` is not a role" + (hint.empty() ? "" : "; did you mean `" + hint + "`?"));
    }
    if (name.empty() || name.size() > 100)
        return std::variant<std::string, std::string>(std::in_place_index<1>, "name: expected 1 to 100 characters");
    if (store.user_by_name(name))
        return std::variant<std::string, std::string>(std::in_place_index<1>, "name: a user `" + name + "` exists already");
    std::string password = random_hex(12);
    store.transaction([&] {
        store.add_user(name, role, hash_password(password));
        store.audit("admin", "user.create", name);
        return true;
    });
    return std::variant<std::string, std::string>(std::in_place_index<0>, password);
}

std::optional<std::string> new_token(Store& store, const std::string& user) {
    auto found = store.user_by_name(user);
    if (!found) return std::nullopt;
    std::string token = random_hex(32);
    store.transaction([&] {
        store.add_token(found->id, token_hash(token));
        store.audit("admin", "token.create", user);
        return true;
    });
    return token;
}

std::optional<std::string> import_person(Store& store, const std::string& json, const std::string& manager,
                                         const std::string& assessor, const std::string& by) {
    auto value = nlohmann::json::parse(json, nullptr, false);
    if (!value.is_object()) return std::string("body: expected a profile");
    if (!manager.empty()) value["manager"] = manager;
    if (!assessor.empty()) value["assessor"] = assessor;
    RulesHolder none(nullptr);
    Workspace workspace(store, none);
    // The same path as the API's POST, so an import is checked and versioned the same way.
    auto reply = workspace.create_person(Caller{by, "admin"}, value.dump());
    if (reply.status >= 400) return reply.detail;
    return std::nullopt;
}

std::optional<std::string> erase_person(Store& store, const std::string& id) {
    bool erased = store.transaction([&] {
        if (!store.erase_person(id, now_utc())) return false;
        store.audit("admin", "person.erase", id);
        return true;
    });
    if (!erased) return "--person: no person `" + id + "`";
    return std::nullopt;
}

std::optional<std::string> erase_applicant(Store& store, long long vacancy, const std::string& id) {
    bool erased = store.transaction([&] {
        if (!store.erase_applicant(vacancy, id)) return false;
        store.audit("admin", "applicant.erase", "vacancy/" + std::to_string(vacancy));
        return true;
    });
    if (!erased) return "--applicant: no applicant `" + id + "` in vacancy " + std::to_string(vacancy);
    return std::nullopt;
}

std::string purge_applicants(Store& store, int days) {
    std::string before = today().add_days(-days).to_string();
    std::pair<long long, long long> purged;
    store.transaction([&] {
        purged = store.purge_applicants(before);
        store.audit("admin", "applicants.purge", "before/" + before);
        return true;
    });
    return "purged " + std::to_string(purged.first) + (purged.first == 1 ? " applicant" : " applicants") + " of " +
           std::to_string(purged.second) + (purged.second == 1 ? " vacancy" : " vacancies") + " closed before " + before;
}

}  // namespace eligo::service
