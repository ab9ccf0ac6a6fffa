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

/// Erases a person's personal data (see Store::erase_person); the refusal when there is none.
std::optional<std::string> erase_person(Store& store, const std::string& id);
/// Erases one applicant of a vacancy; the refusal when there is none.
std::optional<std::string> erase_applicant(Store& store, long long vacancy, const std::string& id);

/// How long applicants' data is kept after their vacancy closes, unless told otherwise: six
/// months, the period in which an unsuccessful candidate may bring a claim and be answered.
constexpr int kDefaultRetentionDays = 183;
/// Removes the applicants of vacancies closed more than `days` before today; the sentence
/// saying how much.
std::string purge_applicants(Store& store, int days);

}  // namespace eligo::service
