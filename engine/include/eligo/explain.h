// Words for results: one plain-English sentence per criterion, naming the data used.
#pragma once

#include <string>

#include "eligo/result.h"

namespace eligo {

struct Profile;
struct Qualification;
struct RuleFault;

/// The reason for a criterion's outcome, e.g. "14 months at local authority or registered
/// provider posts in housing (2023-09-01 to 2024-11-01); needs 12".
std::string reason(const CriterionResult& result, const Profile& profile);

/// The same reason appended to `out`, so that a report writing many reuses one string.
void append_reason(std::string& out, const CriterionResult& result, const Profile& profile);

/// Why a statement fails on facts alone (the screen's "not met"): its own reason, or for a
/// group the reasons of its members whose facts are not met, joined by "; ".
std::string facts_reason(const CriterionResult& result, const Profile& profile);
/// The same appended to `out`.
void append_facts_reason(std::string& out, const CriterionResult& result, const Profile& profile);

/// A criterion's reason when its custom check stopped with an error. It never quotes the
/// error, which is for the rule author (`-v`), not for HR or a recruiter.
inline constexpr const char* kRuleFailedReason =
    "the rule's custom check failed, so this is undecided; the rule author can see why with -v";

/// The warning for a custom check that stopped with an error, naming the role, level and
/// criterion, never the profile's data: "role `r` level `A` criterion `c`: its custom check ...".
std::string rule_fault_warning(const RuleFault& fault);

/// What a criterion checks, in plain English and independent of any profile, e.g. "at least
/// 24 months at local authority or registered provider employers in housing or customer
/// service"; a group lists its members ("any one of: ...; ..."). For documents of the rules.
std::string describe(const Criterion& criterion);

/// A qualification's short name: its title, else its kind in words and its subject, e.g.
/// "GCSE Mathematics", "CIH Level 3 Certificate in Housing Practice".
std::string qualification_name(const Qualification& q);

}  // namespace eligo
