// Words for results: one plain-English sentence per criterion, naming the data used.
#pragma once

#include <string>

#include "eligo/result.h"

namespace eligo {

struct Profile;

/// The reason for a criterion's outcome, e.g. "14 months at local authority or registered
/// provider posts in housing (2023-09-01 to 2024-11-01); needs 12".
std::string reason(const CriterionResult& result, const Profile& profile);

/// What a criterion checks, in plain English and independent of any profile, e.g. "at least
/// 24 months at local authority or registered provider employers in housing or customer
/// service"; a group lists its members ("any one of: ...; ..."). For documents of the rules.
std::string describe(const Criterion& criterion);

}  // namespace eligo
