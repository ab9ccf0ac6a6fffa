// The closed vocabularies of profile format version 1, shared by the profile reader and the
// rule compiler so that a rule can only name values a profile can hold.
#pragma once

#include <string>
#include <vector>

namespace eligo::vocabulary {

inline const std::vector<std::string> qualification_kinds = {
    "gcse",    "o_level",     "functional_skills", "a_level",      "nvq", "btec", "apprenticeship",
    "diploma", "certificate", "degree",            "postgraduate", "cih", "itil", "other",
    // older and Scottish school qualifications, read through lib/equivalences.lua
    "cse", "key_skills", "scottish_standard_grade", "scottish_intermediate_2", "scottish_national_5",
    "scottish_higher", "scottish_advanced_higher"};

inline const std::vector<std::string> qualification_areas = {
    "housing", "business_administration", "health_social_care", "ict",
    "data",    "customer_engagement",     "management",         "finance"};

inline const std::vector<std::string> employer_types = {"local_authority", "registered_provider", "public_sector",
                                                        "voluntary", "private"};

inline const std::vector<std::string> work_areas = {
    "housing",       "social_housing",     "homelessness",         "temporary_accommodation",
    "customer_service", "tenancy_management", "income_collection", "leasehold",
    "asb",           "community_engagement", "ict",                "data",
    "finance",       "administration",     "support",              "older_people",
    "social_care"};

inline const std::vector<std::string> stages = {"foundation", "practitioner",     "specialist",           "strategist",
                                                "leader",     "practice_manager", "managing_professional"};

inline const std::vector<std::string> licences = {"full_uk", "provisional_uk", "non_uk", "none"};
inline const std::vector<std::string> vehicle_access = {"daily", "occasional", "none"};

inline bool contains(const std::vector<std::string>& list, const std::string& value) {
    for (const auto& v : list)
        if (v == value) return true;
    return false;
}

}  // namespace eligo::vocabulary
