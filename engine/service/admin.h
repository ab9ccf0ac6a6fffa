// What `eligo admin` does to a workspace: users, tokens, and importing people.
#pragma once

#include <optional>
#include <string>
#include <variant>

#include "store/store.h"

namespace eligo::service {

/// Adds a user with a new random password and returns the password (shown once, never kept);
/// a refusal `name: ...` or `role: ...` when the name is taken or the role unknown.
std::variant<std::string, std::string> add_user(Store& store, const std::string& name, const std::string& role);

/// A new API token for `user`, stored only as its hash; nullopt when there is no such user.
std::optional<std::string> new_token(Store& store, const std::string& user);

/// Imports one profile file as a new person (version 1) managed by `manager`; the refusal when
/// the profile cannot be read or the id is taken.
std::optional<std::string> import_person(Store& store, const std::string& json, const std::string& manager,
                                         const std::string& assessor, const std::string& by);

}  // namespace eligo::service
