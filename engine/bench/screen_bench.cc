// Benchmark of the batch screen, end to end: read JSON Lines, parse, screen, write CSV.
//
//   eligo_screen_bench generate N FILE [SEED]     synthetic applicants, one per line
//   eligo_screen_bench run FILE THREADS [RULES] [ROLE] [LEVEL] [AS_OF]
//
// `run` prints applicants per second, microseconds per applicant and the process's peak
// resident memory; run each size in its own process, as peak memory only grows.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <random>
#include <string>

#include "eligo/batch.h"
#include "eligo/rules.h"
#include "eligo/screen_output.h"
#include "eligo/screen_run.h"

namespace {

// Applicants as an applicant tracking system would hold them: GCSEs (some below grade 4,
// some with the older letter grades), a few vocational or housing qualifications, a licence
// and car (sometimes not stated), one to four jobs, self-declared statements, and gaps.
class Generator {
public:
    explicit Generator(std::uint64_t seed) : random_(seed) {}

    std::string applicant(std::uint64_t n) {
        std::string s = "{\"id\":\"APP-" + std::to_string(100000 + n) + "\",\"name\":\"" + pick(kFirst) + " " +
                        pick(kLast) + "\"";
        s += ",\"qualifications\":[";
        bool first = true;
        auto add = [&](const std::string& q) {
            s += (first ? "" : ",") + q;
            first = false;
        };
        const char* grades[] = {"9", "8", "7", "6", "5", "4", "3", "2", "A", "B", "C", "D"};
        int year = 2000 + static_cast<int>(below(20));
        for (const char* subject : {"English Language", "Mathematics"})
            if (chance(0.95))
                add(std::string("{\"kind\":\"gcse\",\"subject\":\"") + subject + "\",\"grade\":\"" + grades[below(12)] +
                    "\",\"awarded\":\"" + std::to_string(year) + "-08-2" + std::to_string(below(9)) + "\"}");
        for (int i = 0, extra = static_cast<int>(below(5)); i < extra; ++i)
            add(std::string("{\"kind\":\"gcse\",\"subject\":\"") + pick(kSubjects) + "\",\"grade\":\"" +
                grades[below(12)] + "\",\"awarded\":\"" + std::to_string(year) + "-08-21\"}");
        if (chance(0.3))
            add("{\"kind\":\"functional_skills\",\"subject\":\"" + std::string(chance(0.5) ? "English" : "Mathematics") +
                "\",\"level\":2,\"grade\":\"pass\",\"awarded\":\"2016-06-17\"}");
        if (chance(0.35))
            add("{\"kind\":\"nvq\",\"title\":\"NVQ Level " + std::to_string(2 + below(2)) +
                " Diploma in Customer Service\",\"subject\":\"Customer Service\",\"level\":" + std::to_string(2 + below(2)) +
                ",\"grade\":\"pass\",\"awarded\":\"2019-05-14\"}");
        if (chance(0.25))
            add("{\"kind\":\"cih\",\"title\":\"CIH Level " + std::to_string(2 + below(3)) +
                " Certificate in Housing Practice\",\"level\":" + std::to_string(2 + below(3)) + ",\"status\":\"" +
                (chance(0.8) ? "achieved" : "in_progress") + "\",\"awarded\":\"2022-07-08\"}");
        s += "]";
        if (chance(0.93)) {
            s += ",\"driving\":{\"licence\":\"" + pick(kLicences) + "\"";
            if (chance(0.9)) s += ",\"vehicle_access\":\"" + pick(kAccess) + "\"";
            s += "}";
        }
        s += ",\"employment\":[";
        int jobs = 1 + static_cast<int>(below(4));
        int start = 2010 + static_cast<int>(below(10));
        for (int j = 0; j < jobs; ++j) {
            int length = 1 + static_cast<int>(below(4));
            bool ongoing = j == jobs - 1 && chance(0.7);
            s += std::string(j ? "," : "") + "{\"employer\":\"" + pick(kEmployers) + "\"";
            if (chance(0.92)) s += ",\"employer_type\":\"" + pick(kEmployerTypes) + "\"";
            s += ",\"title\":\"" + pick(kTitles) + "\"";
            if (chance(0.9)) s += ",\"areas\":[\"" + pick(kAreas) + "\",\"" + pick(kAreas) + "\"]";
            s += ",\"managerial\":" + std::string(chance(0.2) ? "true" : "false");
            s += ",\"start\":\"" + std::to_string(start) + "-0" + std::to_string(1 + below(9)) + "-01\"";
            if (!ongoing) s += ",\"end\":\"" + std::to_string(start + length) + "-0" + std::to_string(1 + below(9)) + "-15\"";
            s += ",\"hours_per_week\":" + std::to_string(16 + below(22)) + "}";
            start += length;
        }
        s += "]";
        if (chance(0.75)) {
            s += ",\"cpd\":[";
            for (int c = 0, count = 1 + static_cast<int>(below(3)); c < count; ++c)
                s += std::string(c ? "," : "") + "{\"date\":\"2026-0" + std::to_string(1 + below(9)) +
                     "-1" + std::to_string(below(9)) + "\",\"hours\":" + std::to_string(1 + below(7)) +
                     ",\"activity\":\"Homelessness Reduction Act update\"}";
            s += "]";
        }
        s += ",\"evidence\":[";
        for (int e = 0, count = static_cast<int>(below(4)); e < count; ++e)
            s += std::string(e ? "," : "") + "{\"competency\":\"" + pick(kCompetencies) +
                 "\",\"status\":\"met\",\"source\":\"self\",\"by\":\"APP-" + std::to_string(100000 + n) +
                 "\",\"date\":\"2026-11-03\",\"note\":\"Application form statement\"}";
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
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(random_) < p; }
    const std::string& pick(const std::vector<std::string>& list) { return list[below(list.size())]; }
};

double peak_mib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // kilobytes on Linux
}

int usage() {
    std::cerr << "usage: eligo_screen_bench generate N FILE [SEED]\n"
                 "       eligo_screen_bench run FILE THREADS [RULES] [ROLE] [LEVEL] [AS_OF]\n";
    return 1;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace eligo;
    if (argc < 4) return usage();
    std::string mode = argv[1];
    if (mode == "generate") {
        std::uint64_t n = std::strtoull(argv[2], nullptr, 10);
        Generator generator(argc > 4 ? std::strtoull(argv[4], nullptr, 10) : 2026);
        std::ofstream out(argv[3], std::ios::binary);
        for (std::uint64_t i = 0; i < n; ++i) out << generator.applicant(i) << '\n';
        std::cout << "wrote " << n << " applicants to " << argv[3] << '\n';
        return out ? 0 : 1;
    }
    if (mode != "run") return usage();
    std::string file = argv[2];
    unsigned threads = static_cast<unsigned>(std::strtoul(argv[3], nullptr, 10));
    RuleLoadOptions load;
    load.directory = argc > 4 ? argv[4] : "rules";
    std::string role_id = argc > 5 ? argv[5] : "rehousing/rehousing-officer";
    std::string level_id = argc > 6 ? argv[6] : "B";
    Date as_of = *Date::parse(argc > 7 ? argv[7] : "2026-11-24");

    auto rules = load_rules(load);
    if (!rules) {
        for (const auto& e : rules.errors()) std::cerr << e.to_string() << '\n';
        return 3;
    }
    const Role* role = (*rules)->find_role(role_id, as_of);
    if (!role) return usage();
    ScreenTarget target{role, 0};
    for (std::size_t i = 0; i < role->levels.size(); ++i)
        if (role->levels[i].id == level_id) target.level = i;

    auto source = open_jsonl(file);
    if (!source) {
        std::cerr << source.errors().front().to_string() << '\n';
        return 2;
    }
    std::ofstream out("/dev/null", std::ios::binary);
    ScreenOutputOptions output{rules->get(), target, as_of, false, false};
    auto sink = csv_sink(out, std::cerr, output);
    ScreenRunOptions options;
    options.target = target;
    options.as_of = as_of;
    options.threads = threads;

    auto start = std::chrono::steady_clock::now();
    ScreenRunSummary summary = run_screen(**source, **rules, options, *sink);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::uint64_t n = summary.audit.screened() + summary.audit.bad_records();
    std::printf("%s: %llu applicants, %u thread%s, %.2f s: %.0f applicants/s, %.2f us each, peak memory %.1f MiB "
                "(shortlist %llu, incomplete %llu, reject %llu, bad %llu)\n",
                file.c_str(), static_cast<unsigned long long>(n), threads, threads == 1 ? "" : "s", seconds,
                static_cast<double>(n) / seconds, seconds * 1e6 / static_cast<double>(n), peak_mib(),
                static_cast<unsigned long long>(summary.audit.count(ScreenOutcome::shortlist)),
                static_cast<unsigned long long>(summary.audit.count(ScreenOutcome::incomplete)),
                static_cast<unsigned long long>(summary.audit.count(ScreenOutcome::reject)),
                static_cast<unsigned long long>(summary.audit.bad_records()));
    return 0;
}
