// Benchmark of the batch screen, end to end: read JSON Lines, parse, screen, write CSV.
//
//   eligo_screen_bench generate N FILE [SEED]     synthetic applicants, one per line
//   eligo_screen_bench run FILE THREADS [RULES] [ROLE] [LEVEL] [AS_OF]
//   eligo_screen_bench table FILE [RULES]
//
// `run` prints applicants per second, microseconds per applicant and the process's peak
// resident memory; run each size in its own process, as peak memory only grows.
// `table` prints the performance table of docs/performance.md: the screen at 1, 2, 4, ...
// threads up to the machine's cores with the share of one thread's work spent reading and
// writing (the stages one thread at a time does), and `evaluate --format jsonl` of three roles
// with each --explain form. Each run is one pass over FILE, so the time is bounded by its size.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <random>
#include <string>

#include <thread>

#include "eligo/batch.h"
#include "eligo/evaluate_run.h"
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
                 "       eligo_screen_bench run FILE THREADS [RULES] [ROLE] [LEVEL] [AS_OF]\n"
                 "       eligo_screen_bench table FILE [RULES]\n";
    return 1;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The share of all threads' work that reading and writing took, in percent.
double serial_percent(const eligo::StageTimes& t) {
    double all = static_cast<double>(t.read_ns + t.process_ns + t.write_ns);
    return all > 0 ? 100.0 * static_cast<double>(t.read_ns + t.write_ns) / all : 0;
}

// One screen of FILE for one role to CSV (discarded) on `threads` threads: a table row.
int screen_row(const std::string& file, const eligo::RuleSet& rules, const eligo::ScreenTarget& target,
               eligo::Date as_of, unsigned threads, double& one_thread_rate) {
    using namespace eligo;
    auto source = open_jsonl(file);
    if (!source) return 2;
    std::ofstream out("/dev/null", std::ios::binary);
    ScreenOutputOptions output{&rules, target, as_of, false, false, std::nullopt};
    auto sink = csv_sink(out, std::cerr, output);
    StageTimes times;
    ScreenRunOptions options;
    options.target = target;
    options.as_of = as_of;
    options.threads = threads;
    options.times = &times;
    auto start = std::chrono::steady_clock::now();
    ScreenRunSummary summary = run_screen(**source, rules, options, *sink);
    double seconds = seconds_since(start);
    double n = static_cast<double>(summary.audit.screened() + summary.audit.bad_records());
    double rate = n / seconds;
    if (threads == 1) one_thread_rate = rate;
    std::printf("| screen, one role, CSV out | %u | %.0f | %.2fx | %.2f %% |\n", threads, rate,
                one_thread_rate > 0 ? rate / one_thread_rate : 0, serial_percent(times));
    return 0;
}

// `evaluate --format jsonl` of FILE for `roles` with one --explain form, on one thread.
int evaluate_row(const std::string& file, const eligo::RuleSet& rules, const std::vector<std::string>& roles,
                 eligo::Date as_of, eligo::Explain explain, const char* name) {
    using namespace eligo;
    auto source = open_jsonl(file);
    if (!source) return 2;
    std::ofstream out("/dev/null", std::ios::binary);
    StageTimes times;
    EvaluateRunOptions options;
    options.evaluate = {as_of, roles};
    options.report.as_of = as_of;
    options.report.explain = explain;
    options.times = &times;
    auto start = std::chrono::steady_clock::now();
    EvaluateRunSummary summary = run_evaluate_lines(**source, rules, options, out, std::cerr);
    double seconds = seconds_since(start);
    std::printf("| evaluate jsonl, %zu roles, --explain %s | 1 | %.0f | | %.2f %% |\n", roles.size(), name,
                static_cast<double>(summary.evaluated + summary.bad_records) / seconds, serial_percent(times));
    return 0;
}

int table(const std::string& file, const std::string& rules_dir) {
    using namespace eligo;
    RuleLoadOptions load;
    load.directory = rules_dir;
    auto load_start = std::chrono::steady_clock::now();
    auto rules = load_rules(load);
    double load_ms = seconds_since(load_start) * 1000;
    if (!rules) {
        for (const auto& e : rules.errors()) std::cerr << e.to_string() << '\n';
        return 3;
    }
    Date as_of = *Date::parse("2026-11-24");
    const Role* role = (*rules)->find_role("rehousing/rehousing-officer", as_of);
    if (!role) return usage();
    ScreenTarget target{role, 1};  // level B: A's statements and B's
    unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    std::printf("%s, %u cores, rule set loaded in %.1f ms\n\n", file.c_str(), cores, load_ms);
    std::printf("| path | threads | profiles/s | speed-up | reading + writing, share of all threads' work |\n"
                "| --- | --- | --- | --- | --- |\n");
    double one_thread = 0;
    std::vector<unsigned> counts;
    for (unsigned t = 1; t < cores; t *= 2) counts.push_back(t);
    counts.push_back(cores);
    for (unsigned t : counts)
        if (int status = screen_row(file, **rules, target, as_of, t, one_thread)) return status;
    std::vector<std::string> roles = {"rehousing/rehousing-officer", "tenant-services/housing-finance-officer",
                                      "housing-options/triage-officer"};
    for (auto [explain, name] : {std::pair{Explain::full, "full"}, std::pair{Explain::reasons, "reasons"},
                                 std::pair{Explain::verdicts, "verdicts"}})
        if (int status = evaluate_row(file, **rules, roles, as_of, explain, name)) return status;
    std::printf("\npeak memory (max RSS over every run above): %.1f MiB\n", peak_mib());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace eligo;
    if (argc >= 3 && std::string(argv[1]) == "table") return table(argv[2], argc > 3 ? argv[3] : "rules");
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
    ScreenOutputOptions output{rules->get(), target, as_of, false, false, std::nullopt};
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
