// Synthetic applicants for the benchmarks and the identity test: the same seed gives the same
// bytes on every platform (integer arithmetic only, no standard distribution).
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace eligo::bench {

// Applicants as an applicant tracking system would hold them: GCSEs (some below grade 4,
// some with the older letter grades), a few vocational or housing qualifications, a licence
// and car (sometimes not stated), one to four jobs, self-declared statements, and gaps.
class Generator {
public:
    explicit Generator(std::uint64_t seed) : random_(seed) {}

    // One applicant as a line of JSON. Every random draw is a statement of its own, in order,
    // so that the bytes do not depend on the order a compiler evaluates operands in.
    std::string applicant(std::uint64_t n) {
        std::string id = "APP-" + std::to_string(100000 + n);
        std::string s = "{\"id\":\"" + id + "\",\"name\":\"";
        s += pick(kFirst);
        s += ' ';
        s += pick(kLast);
        s += "\",\"qualifications\":[";
        bool first = true;
        auto open = [&] {
            if (!first) s += ',';
            first = false;
        };
        static const char* const grades[] = {"9", "8", "7", "6", "5", "4", "3", "2", "A", "B", "C", "D"};
        std::string year = std::to_string(2000 + below(20));
        for (const char* subject : {"English Language", "Mathematics"}) {
            if (!chance(0.95)) continue;
            open();
            s += "{\"kind\":\"gcse\",\"subject\":\"";
            s += subject;
            s += "\",\"grade\":\"";
            s += grades[below(12)];
            s += "\",\"awarded\":\"" + year + "-08-2";
            s += std::to_string(below(9));
            s += "\"}";
        }
        for (std::uint64_t i = 0, extra = below(5); i < extra; ++i) {
            open();
            s += "{\"kind\":\"gcse\",\"subject\":\"";
            s += pick(kSubjects);
            s += "\",\"grade\":\"";
            s += grades[below(12)];
            s += "\",\"awarded\":\"" + year + "-08-21\"}";
        }
        if (chance(0.3)) {
            open();
            s += "{\"kind\":\"functional_skills\",\"subject\":\"";
            s += chance(0.5) ? "English" : "Mathematics";
            s += "\",\"level\":2,\"grade\":\"pass\",\"awarded\":\"2016-06-17\"}";
        }
        if (chance(0.35)) {
            open();
            s += "{\"kind\":\"nvq\",\"title\":\"NVQ Level ";
            s += std::to_string(2 + below(2));
            s += " Diploma in Customer Service\",\"subject\":\"Customer Service\",\"level\":";
            s += std::to_string(2 + below(2));
            s += ",\"grade\":\"pass\",\"awarded\":\"2019-05-14\"}";
        }
        if (chance(0.25)) {
            open();
            s += "{\"kind\":\"cih\",\"title\":\"CIH Level ";
            s += std::to_string(2 + below(3));
            s += " Certificate in Housing Practice\",\"level\":";
            s += std::to_string(2 + below(3));
            s += ",\"status\":\"";
            s += chance(0.8) ? "achieved" : "in_progress";
            s += "\",\"awarded\":\"2022-07-08\"}";
        }
        s += "]";
        if (chance(0.93)) {
            s += ",\"driving\":{\"licence\":\"";
            s += pick(kLicences);
            s += '"';
            if (chance(0.9)) {
                s += ",\"vehicle_access\":\"";
                s += pick(kAccess);
                s += '"';
            }
            s += "}";
        }
        s += ",\"employment\":[";
        std::uint64_t jobs = 1 + below(4);
        std::uint64_t start = 2010 + below(10);
        for (std::uint64_t j = 0; j < jobs; ++j) {
            std::uint64_t length = 1 + below(4);
            bool ongoing = j == jobs - 1 && chance(0.7);
            if (j) s += ',';
            s += "{\"employer\":\"";
            s += pick(kEmployers);
            s += '"';
            if (chance(0.92)) {
                s += ",\"employer_type\":\"";
                s += pick(kEmployerTypes);
                s += '"';
            }
            s += ",\"title\":\"";
            s += pick(kTitles);
            s += '"';
            if (chance(0.9)) {
                s += ",\"areas\":[\"";
                s += pick(kAreas);
                s += "\",\"";
                s += pick(kAreas);
                s += "\"]";
            }
            s += ",\"managerial\":";
            s += chance(0.2) ? "true" : "false";
            s += ",\"start\":\"" + std::to_string(start) + "-0";
            s += std::to_string(1 + below(9));
            s += "-01\"";
            if (!ongoing) {
                s += ",\"end\":\"" + std::to_string(start + length) + "-0";
                s += std::to_string(1 + below(9));
                s += "-15\"";
            }
            s += ",\"hours_per_week\":";
            s += std::to_string(16 + below(22));
            s += "}";
            start += length;
        }
        s += "]";
        if (chance(0.75)) {
            s += ",\"cpd\":[";
            for (std::uint64_t c = 0, count = 1 + below(3); c < count; ++c) {
                if (c) s += ',';
                s += "{\"date\":\"2026-0";
                s += std::to_string(1 + below(9));
                s += "-1";
                s += std::to_string(below(9));
                s += "\",\"hours\":";
                s += std::to_string(1 + below(7));
                s += ",\"activity\":\"Homelessness Reduction Act update\"}";
            }
            s += "]";
        }
        s += ",\"evidence\":[";
        for (std::uint64_t e = 0, count = below(4); e < count; ++e) {
            if (e) s += ',';
            s += "{\"competency\":\"";
            s += pick(kCompetencies);
            s += "\",\"status\":\"met\",\"source\":\"self\",\"by\":\"" + id +
                 "\",\"date\":\"2026-11-03\",\"note\":\"Application form statement\"}";
        }
        s += "]}";
        return s;
    }

private:
    std::mt19937_64 random_;

    inline static const std::vector<std::string> kFirst = {"Alex", "Sam", "Jo", "Priya", "Tom", "Aisha", "Ben", "Chloe"};
    inline static const std::vector<std::string> kLast = {"Mock", "Sample", "Example", "Test", "Placeholder"};
    inline static const std::vector<std::string> kSubjects = {"Geography", "History", "ICT", "Art and Design",
                                                              "Biology", "French", "Business Studies"};
    inline static const std::vector<std::string> kLicences = {"full_uk", "full_uk", "full_uk", "provisional_uk", "none"};
    inline static const std::vector<std::string> kAccess = {"daily", "occasional", "occasional", "none"};
    inline static const std::vector<std::string> kEmployers = {"Gravesham Borough Council", "Estuary Homes",
                                                               "Medway Advice Centre", "Kent Retail Ltd", "Swale Council"};
    inline static const std::vector<std::string> kEmployerTypes = {"local_authority", "registered_provider",
                                                                   "private", "voluntary", "public_sector"};
    inline static const std::vector<std::string> kTitles = {"Housing Options Assistant", "Lettings Assistant",
                                                            "Customer Adviser", "Administrator", "Support Worker"};
    inline static const std::vector<std::string> kAreas = {"housing", "social_housing", "homelessness",
                                                           "customer_service", "administration", "support"};
    inline static const std::vector<std::string> kCompetencies = {
        "assessing-social-housing-applications", "managing-temporary-accommodation-applicant-caseload",
        "cih-or-professional-body-membership"};

    std::uint64_t below(std::uint64_t n) { return random_() % n; }
    // 53 random bits as a fraction in [0, 1): the same on every standard library.
    bool chance(double p) { return static_cast<double>(random_() >> 11) * 0x1.0p-53 < p; }
    const std::string& pick(const std::vector<std::string>& list) { return list[below(list.size())]; }
};

}  // namespace eligo::bench
