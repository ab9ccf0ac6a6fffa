// Words for results: one plain-English sentence per criterion, naming the data used.
#pragma once

#include <string>

#include "eligo/result.h"

namespace eligo {

struct Profile;
struct Qualification;

/// The reason for a criterion's outcome, e.g. "14 months at local authority or registered
/// provider posts in housing (2023-09-01 to 2024-11-01); needs 12".
std::string reason(const CriterionResult& result, const Profile& profile);

/// Why a statement fails on facts alone (the screen's "not met"): its own reason, or for a
/// group the reasons of its members whose facts are not met, joined by "; ".
std::string facts_reason(const CriterionResult& result, const Profile& profile);

/// What a criterion checks, in plain English and independent of any profile, e.g. "at least
/// 24 months at local authority or registered provider employers in housing or customer
/// service"; a group lists its members ("any one of: ...; ..."). For documents of the rules.
std::string describe(const Criterion& criterion);

/// A qualification's short name: its title, else its kind in words and its subject, e.g.
/// "GCSE Mathematics", "CIH Level 3 Certificate in Housing Practice".
std::string qualification_name(const Qualification& q);

}  // namespace eligo
