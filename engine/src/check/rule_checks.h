// Internal: the checks of a compiled rule set that need no Lua. The loader runs them after the
// scripts have run; their errors stop loading like any other, their warnings go to
// `RuleSet::warnings` and to `eligo check`.
#pragma once

#include <string>
#include <vector>

#include "eligo/error.h"
#include "eligo/rules.h"

namespace eligo::check {

/// Whether `id` is `<framework>/<role>`, each part lower-case kebab.
bool valid_role_id(const std::string& id);

/// The conventions of docs/roles.md: the id is `<framework>/<role>` in lower-case kebab; the
/// levels are A, B, C for a progression role, L2, L3, L4 for an apprentice role (a prefix, in
/// that order) and a single A for a specification. A level without criteria is a warning.
void check_role(const Role& role, std::vector<Error>& errors, std::vector<Error>& warnings);

/// Each id or alias names one role (its versions count as one).
void check_ids(const std::vector<Role>& roles, std::vector<Error>& errors);

/// Sorts `roles` by id, the versions of a role earliest first; reports versions whose periods
/// overlap (errors) or leave a gap (warnings); ends each open version the day before the next
/// one starts.
void resolve_versions(std::vector<Role>& roles, std::vector<Error>& errors, std::vector<Error>& warnings);

/// A catalogue entry that no role uses is a warning.
void check_catalogue_use(const RuleSet& rules, std::vector<Error>& warnings);

/// Sorts problems by file, then line, keeping the order of those at the same place.
void sort_by_place(std::vector<Error>& problems);

}  // namespace eligo::check
