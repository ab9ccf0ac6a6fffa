// Benchmark of the batch screen, end to end: read JSON Lines, parse, screen, write CSV.
//
//   eligo_screen_bench generate N FILE [SEED]     synthetic applicants, one per line
//   eligo_screen_bench run FILE THREADS [RULES] [ROLE] [LEVEL] [AS_OF]
//   eligo_screen_bench table FILE [RULES]
//   eligo_screen_bench compare FILE [RULES] [RUNS]
//   eligo_screen_bench csv FILE.csv MAPPING [RULES] [COPIES]
//
// `run` prints applicants per second, microseconds per applicant and the process's peak
// resident memory; run each size in its own process, as peak memory only grows.
// `table` prints the performance table of docs/performance.md: the screen at 1, 2, 4, ... threads
// up to the machine's cores with the share of one thread's work spent reading and writing (the
// stages one thread at a time does), and `evaluate --format jsonl` of three roles with each
// --explain form, then the screen of Rehousing Officer level A beside the hand-written simdjson
// baseline of baseline.h (the same decision, for well-formed records) and the two parse floors
// there (what finding out that each whole record is JSON costs, reading nothing), which `compare`
// prints alone, RUNS times each (default 3), alternating. Each run is one pass over FILE, so the
// time is bounded by its size. Besides the wall-clock rate, each row gives the CPU time the process
// used (user and system) and records per CPU second ("per core"): on a machine shared with other
// work the CPU figure is the steady one. `csv` prints the screen's rows of that table for a CSV
// export read through a mapping: FILE's rows COPIES times (default 1,500) in a temporary file.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include <thread>

#include "eligo/batch.h"
#include "eligo/evaluate_run.h"
#include "eligo/rules.h"
#include "eligo/screen_output.h"
#include "eligo/screen_run.h"
#include "applicants.h"
#include "baseline.h"
#include "support/sha256.h"

namespace {

double peak_mib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // kilobytes on Linux
}

// CPU seconds the process has used so far, user and system, every thread.
double cpu_seconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

int usage() {
    std::cerr << "usage: eligo_screen_bench generate N FILE [SEED]\n"
                 "       eligo_screen_bench run FILE THREADS [RULES] [ROLE] [LEVEL] [AS_OF]\n"
                 "       eligo_screen_bench table FILE [RULES]\n"
                 "       eligo_screen_bench compare FILE [RULES] [RUNS]\n"
                 "       eligo_screen_bench csv FILE.csv MAPPING [RULES] [COPIES]\n";
    return 1;
}

#ifdef ELIGO_JEMALLOC
extern "C" int mallctl(const char* name, void* old, std::size_t* old_size, void* value, std::size_t size);
#endif

// The allocator this program runs on (see ELIGO_JEMALLOC in CMakeLists.txt), asked of the
// allocator itself where it can answer.
std::string allocator() {
#ifdef ELIGO_JEMALLOC
    const char* version = nullptr;
    std::size_t size = sizeof version;
    if (mallctl("version", &version, &size, nullptr, 0) == 0 && version) return std::string("jemalloc ") + version;
#endif
    return "the C library's malloc";
}

// Allocations asked of the allocator so far, by every thread; negative where the allocator
// does not count them (only jemalloc's statistics are read).
double allocations() {
#ifdef ELIGO_JEMALLOC
    std::uint64_t epoch = 1, small = 0, large = 0;
    std::size_t size = sizeof epoch;
    mallctl("epoch", &epoch, &size, &epoch, size);  // brings the statistics up to date
    if (mallctl("stats.arenas.4096.small.nrequests", &small, &size, nullptr, 0) == 0 &&  // 4096: all arenas
        mallctl("stats.arenas.4096.large.nrequests", &large, &size, nullptr, 0) == 0)
        return static_cast<double>(small + large);
#endif
    return -1;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The share of all threads' work that reading and writing took, in percent, and each alone,
// and the share of cutting claimed ranges into records (on every worker, so not serial):
// "1.05 % (read 0.20 %, write 0.85 %; cutting ranges 3.10 %)".
std::string serial_percent(const eligo::StageTimes& t) {
    double all = static_cast<double>(t.read_ns + t.split_ns + t.process_ns + t.write_ns);
    auto share = [&](std::uint64_t ns) { return all > 0 ? 100.0 * static_cast<double>(ns) / all : 0.0; };
    char text[128];
    std::snprintf(text, sizeof text, "%.2f %% (read %.2f %%, write %.2f %%; cutting ranges %.2f %%)",
                  share(t.read_ns + t.write_ns), share(t.read_ns), share(t.write_ns), share(t.split_ns));
    return text;
}

// The screen on one thread: records a second, and records.
struct OneThread {
    double rate = 0, records = 0;
};

// One screen of FILE for one role to CSV (discarded) on `threads` threads: a table row. A
// mapping reads FILE as a CSV export; without one it is JSON Lines.
int screen_row(const std::string& file, const eligo::RuleSet& rules, const eligo::ScreenTarget& target,
               eligo::Date as_of, unsigned threads, OneThread& one_thread,
               std::shared_ptr<const eligo::CsvMapping> mapping = nullptr) {
    using namespace eligo;
    auto source = mapping ? open_csv(file, mapping) : open_jsonl(file);
    if (!source) {
        for (const auto& e : source.errors()) std::cerr << e.to_string() << '\n';
        return 2;
    }
    std::ofstream out("/dev/null", std::ios::binary), unreadable("/dev/null", std::ios::binary);
    ScreenOutputOptions output{&rules, target, as_of, false, false, std::nullopt, nullptr};
    // The example export has an unreadable row on purpose: its messages are not what is timed.
    auto sink = csv_sink(out, mapping ? unreadable : std::cerr, output);
    StageTimes times;
    ScreenRunOptions options;
    options.target = target;
    options.as_of = as_of;
    options.threads = threads;
    options.times = &times;
    auto start = std::chrono::steady_clock::now();
    double cpu_start = cpu_seconds();
    ScreenRunSummary summary = run_screen(**source, rules, options, *sink);
    double seconds = seconds_since(start), cpu = cpu_seconds() - cpu_start;
    double n = static_cast<double>(summary.audit.screened() + summary.audit.bad_records());
    double rate = n / seconds;
    if (threads == 1) one_thread = {rate, n};
    std::printf("| screen, one role, %s in, CSV out | %u | %.0f | %.0f | %.2fx | %s |\n", mapping ? "CSV" : "JSON Lines", threads, rate, n / cpu,
                one_thread.rate > 0 ? rate / one_thread.rate : 0, serial_percent(times).c_str());
    return 0;
}

unsigned cores() { return std::max(1u, std::thread::hardware_concurrency()); }

// The SHA-256 of FILE that `eligo screen` names in its About block, timed against one thread's
// screen of it. The command line works it out on a thread of its own beside the screen, so it
// is not in the shares above; but it is one thread's work however many screen, so a run takes
// at least this long, which bounds the speed-up of the command as a whole at (one thread's
// screen time) / (digest time).
void digest_line(const std::string& file, const OneThread& one_thread) {
    std::uintmax_t bytes = std::filesystem::file_size(file);
    auto start = std::chrono::steady_clock::now();
    std::string digest = eligo::file_sha256(file);
    double seconds = seconds_since(start);
    if (digest.empty() || seconds <= 0 || one_thread.rate <= 0) return;
    double records = one_thread.records, share = seconds / (records / one_thread.rate);
    std::printf("\ninput digest for the About block (SHA-256 on %s): %.0f MiB/s, %.2f µs per record, %.1f %% of one "
                "thread's screen time; on a thread of its own beside the screen, it bounds the command's speed-up at "
                "%.0fx\n",
                eligo::Sha256::fastest() == eligo::Sha256::Rounds::sha_extensions ? "the SHA extensions" : "portable rounds",
                static_cast<double>(bytes) / (1 << 20) / seconds, seconds / records * 1e6, 100 * share, 1 / share);
}

// The screen's table: its header, and a row at 1, 2, 4, ... threads up to the cores.
int screen_rows(const std::string& file, const eligo::RuleSet& rules, const eligo::ScreenTarget& target,
                eligo::Date as_of, std::shared_ptr<const eligo::CsvMapping> mapping) {
    std::printf("| path | threads | profiles/s | profiles per CPU second | speed-up | reading + writing, share of "
                "all threads' work |\n"
                "| --- | --- | --- | --- | --- | --- |\n");
    OneThread one_thread;
    std::vector<unsigned> counts;
    for (unsigned t = 1; t < cores(); t *= 2) counts.push_back(t);
    counts.push_back(cores());
    for (unsigned t : counts)
        if (int status = screen_row(file, rules, target, as_of, t, one_thread, mapping)) return status;
    digest_line(file, one_thread);
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
    double cpu_start = cpu_seconds();
    EvaluateRunSummary summary = run_evaluate_lines(**source, rules, options, out, std::cerr);
    double seconds = seconds_since(start), cpu = cpu_seconds() - cpu_start;
    double n = static_cast<double>(summary.evaluated + summary.bad_records);
    std::printf("| evaluate jsonl, %zu roles, --explain %s | 1 | %.0f | %.0f | | %s |\n", roles.size(), name,
                n / seconds, n / cpu, serial_percent(times).c_str());
    return 0;
}

// A pass's figures: records, wall-clock and CPU seconds.
struct Pass {
    double records = 0, seconds = 0, cpu = 0;
    std::uint64_t refused = 0;  ///< records a parse floor found not to be JSON
};

// The engine's screen of FILE for Rehousing Officer level A to CSV (discarded), one thread.
Pass engine_level_a(const std::string& file, const eligo::RuleSet& rules, const eligo::ScreenTarget& target,
                    eligo::Date as_of, eligo::ScreenAudit* audit) {
    using namespace eligo;
    Pass pass;
    auto source = open_jsonl(file);
    if (!source) return pass;
    std::ofstream out("/dev/null", std::ios::binary);
    ScreenOutputOptions output{&rules, target, as_of, false, false, std::nullopt, nullptr};
    auto sink = csv_sink(out, std::cerr, output);
    ScreenRunOptions options;
    options.target = target;
    options.as_of = as_of;
    options.threads = 1;
    auto start = std::chrono::steady_clock::now();
    double cpu_start = cpu_seconds();
    ScreenRunSummary summary = run_screen(**source, rules, options, *sink);
    pass.seconds = seconds_since(start);
    pass.cpu = cpu_seconds() - cpu_start;
    pass.records = static_cast<double>(summary.audit.screened() + summary.audit.bad_records());
    if (audit) *audit = summary.audit;
    return pass;
}

// Hands `lines` FILE's whole lines, read in blocks of 1 MiB, a block's worth at a time; false
// when FILE cannot be read.
template <class Lines>
bool each_block(const std::string& file, Lines&& lines) {
    std::FILE* in = std::fopen(file.c_str(), "rb");
    if (!in) return false;
    std::string block(1u << 20, '\0');
    std::size_t held = 0;  // bytes of a line begun in the previous block
    for (;;) {
        if (held == block.size()) block.resize(block.size() * 2);  // a line longer than the block
        std::size_t got = std::fread(block.data() + held, 1, block.size() - held, in);
        std::size_t size = held + got;
        std::size_t cut = got == 0 ? size : std::string_view(block.data(), size).rfind('\n') + 1;
        if (got != 0 && cut == 0) {  // no line ends in the block yet
            held = size;
            continue;
        }
        lines(std::string_view(block.data(), cut));
        held = size - cut;
        std::memmove(block.data(), block.data() + cut, held);
        if (got == 0) break;
    }
    std::fclose(in);
    return true;
}

// The hand-written baseline over FILE, its CSV to /dev/null.
Pass baseline_pass(const std::string& file, eligo::bench::BaselineCounts* counts) {
    Pass pass;
    std::FILE* out = std::fopen("/dev/null", "wb");
    if (!out) return pass;
    auto start = std::chrono::steady_clock::now();
    double cpu_start = cpu_seconds();
    eligo::bench::Baseline baseline;
    std::string rows = eligo::bench::Baseline::header();
    bool read = each_block(file, [&](std::string_view lines) {
        baseline.screen(lines, rows);
        std::fwrite(rows.data(), 1, rows.size(), out);
        rows.clear();
    });
    std::fclose(out);
    if (!read) return pass;
    pass.seconds = seconds_since(start);
    pass.cpu = cpu_seconds() - cpu_start;
    pass.records = static_cast<double>(baseline.counts().records());
    if (counts) *counts = baseline.counts();
    return pass;
}

// What knowing that a whole record is JSON costs, with nothing read out of it: each line of
// FILE parsed by `parse` (one of bench::ParseFloor's), which says whether it was.
template <class Parse>
Pass parse_floor_pass(const std::string& file, Parse&& parse) {
    Pass pass;
    auto start = std::chrono::steady_clock::now();
    double cpu_start = cpu_seconds();
    std::uint64_t records = 0, refused = 0;
    bool read = each_block(file, [&](std::string_view lines) {
        eligo::bench::each_line(lines, [&](std::string_view one) {
            if (eligo::bench::blank(one)) return;
            ++records;
            if (!parse(one)) ++refused;
        });
    });
    if (!read) return pass;
    pass.seconds = seconds_since(start);
    pass.cpu = cpu_seconds() - cpu_start;
    pass.records = static_cast<double>(records);
    pass.refused = refused;
    return pass;
}

// The engine's screen of Rehousing Officer level A and the baseline, `runs` times each,
// alternating; prints a row for each with the best pass (least CPU), and whether the two sorted
// the applicants alike.
int compare_rows(const std::string& file, const eligo::RuleSet& rules, eligo::Date as_of, int runs) {
    using namespace eligo;
    const Role* role = rules.find_role("rehousing/rehousing-officer", as_of);
    if (!role) return usage();
    ScreenTarget target{role, 0};  // level A: its one essential fact is A/general-education
    Pass engine, floor, dom, on_demand;
    ScreenAudit audit(target);
    bench::BaselineCounts counts;
    bench::ParseFloor parse;
    for (int run = 0; run < runs; ++run) {
        Pass e = engine_level_a(file, rules, target, as_of, &audit);
        Pass b = baseline_pass(file, &counts);
        Pass d = parse_floor_pass(file, [&](std::string_view line) { return parse.dom(line); });
        Pass o = parse_floor_pass(file, [&](std::string_view line) { return parse.on_demand(line); });
        for (auto [best, pass] : {std::pair{&engine, e}, std::pair{&floor, b}, std::pair{&dom, d}, std::pair{&on_demand, o}})
            if (run == 0 || pass.cpu < best->cpu) *best = pass;
    }
    auto row = [&](const char* name, const Pass& p) {
        std::printf("| %s | %.0f | %.0f | %.3f | %.2fx |\n", name, p.records / p.seconds, p.records / p.cpu, p.cpu,
                    floor.cpu > 0 ? p.cpu / floor.cpu : 0);
    };
    std::printf("| screen of rehousing/rehousing-officer level A, CSV out, 1 thread | profiles/s | profiles per CPU "
                "second | CPU seconds | CPU time, x the baseline's |\n| --- | --- | --- | --- | --- |\n");
    row("eligo (run_screen, csv_sink)", engine);
    row("hand-written simdjson baseline", floor);
    row("parse floor: simdjson DOM parse of each record, nothing read", dom);
    row("parse floor: simdjson on-demand, every value of each record read", on_demand);
    std::printf("\nsimdjson %d.%d.%d: DOM on the %s kernel, on-demand on the %s one; the parse floors refused %llu and "
                "%llu records\n",
                simdjson::SIMDJSON_VERSION_MAJOR, simdjson::SIMDJSON_VERSION_MINOR, simdjson::SIMDJSON_VERSION_REVISION,
                simdjson::get_active_implementation()->name().c_str(),
                simdjson::builtin_implementation()->name().c_str(), static_cast<unsigned long long>(dom.refused),
                static_cast<unsigned long long>(on_demand.refused));
    bool agree = audit.count(ScreenOutcome::shortlist) == counts.shortlist &&
                 audit.count(ScreenOutcome::incomplete) == counts.incomplete &&
                 audit.count(ScreenOutcome::reject) == counts.reject && audit.bad_records() == counts.bad;
    std::printf("\nbest of %d passes each; outcomes %s (eligo %llu/%llu/%llu/%llu, baseline %llu/%llu/%llu/%llu "
                "shortlist/incomplete/reject/unreadable)\n",
                runs, agree ? "agree" : "DIFFER",
                static_cast<unsigned long long>(audit.count(ScreenOutcome::shortlist)),
                static_cast<unsigned long long>(audit.count(ScreenOutcome::incomplete)),
                static_cast<unsigned long long>(audit.count(ScreenOutcome::reject)),
                static_cast<unsigned long long>(audit.bad_records()), static_cast<unsigned long long>(counts.shortlist),
                static_cast<unsigned long long>(counts.incomplete), static_cast<unsigned long long>(counts.reject),
                static_cast<unsigned long long>(counts.bad));
    return agree ? 0 : 4;
}

int compare(const std::string& file, const std::string& rules_dir, int runs) {
    eligo::RuleLoadOptions load;
    load.directory = rules_dir;
    auto rules = eligo::load_rules(load);
    if (!rules) {
        for (const auto& e : rules.errors()) std::cerr << e.to_string() << '\n';
        return 3;
    }
    return compare_rows(file, **rules, *eligo::Date::parse("2026-11-24"), runs);
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
    std::printf("%s, %u cores, rule set loaded in %.1f ms, allocator %s\n\n", file.c_str(), cores(), load_ms,
                allocator().c_str());
    if (int status = screen_rows(file, **rules, target, as_of, nullptr)) return status;
    std::vector<std::string> roles = {"rehousing/rehousing-officer", "tenant-services/housing-finance-officer",
                                      "housing-options/triage-officer"};
    for (auto [explain, name] : {std::pair{Explain::full, "full"}, std::pair{Explain::reasons, "reasons"},
                                 std::pair{Explain::verdicts, "verdicts"}})
        if (int status = evaluate_row(file, **rules, roles, as_of, explain, name)) return status;
    std::printf("\n");
    if (int status = compare_rows(file, **rules, as_of, 1)) return status;
    std::printf("\npeak memory (max RSS over every run above): %.1f MiB\n", peak_mib());
    return 0;
}

// The screen of a CSV export at 1, 2, 4, ... threads: FILE's data rows written `copies` times
// after its header into a temporary file, screened through MAPPING for the Rehousing Officer
// person specification.
int csv_table(const std::string& file, const std::string& mapping_file, const std::string& rules_dir, int copies) {
    using namespace eligo;
    RuleLoadOptions load;
    load.directory = rules_dir;
    auto rules = load_rules(load);
    auto mapping = load_csv_mapping(mapping_file);
    if (!rules || !mapping) {
        for (const auto& e : rules ? mapping.errors() : rules.errors()) std::cerr << e.to_string() << '\n';
        return 3;
    }
    std::ifstream in(file, std::ios::binary);
    std::string header, row, rows;
    if (!std::getline(in, header)) return usage();
    while (std::getline(in, row))
        if (!row.empty()) rows += row + '\n';
    std::string big = (std::filesystem::temp_directory_path() / "eligo-bench-applicants.csv").string();
    {
        std::ofstream out(big, std::ios::binary);
        out << header << '\n';
        for (int k = 0; k < copies; ++k) out << rows;
    }
    Date as_of = *Date::parse("2026-11-24");
    const Role* role = (*rules)->find_role("job-profiles/rehousing-officer", as_of);
    if (!role) return usage();
    ScreenTarget target{role, 0};
    std::printf("%s, its rows %d times, %u cores\n\n", file.c_str(), copies, cores());
    int status = screen_rows(big, **rules, target, as_of, *mapping);
    std::filesystem::remove(big);
    return status;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace eligo;
    if (argc >= 3 && std::string(argv[1]) == "table") return table(argv[2], argc > 3 ? argv[3] : "rules");
    if (argc >= 4 && std::string(argv[1]) == "csv")
        return csv_table(argv[2], argv[3], argc > 4 ? argv[4] : "rules", argc > 5 ? std::max(1, std::atoi(argv[5])) : 1500);
    if (argc >= 3 && std::string(argv[1]) == "compare")
        return compare(argv[2], argc > 3 ? argv[3] : "rules", argc > 4 ? std::max(1, std::atoi(argv[4])) : 3);
    if (argc < 4) return usage();
    std::string mode = argv[1];
    if (mode == "generate") {
        std::uint64_t n = std::strtoull(argv[2], nullptr, 10);
        bench::Generator generator(argc > 4 ? std::strtoull(argv[4], nullptr, 10) : 2026);
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
    ScreenOutputOptions output{rules->get(), target, as_of, false, false, std::nullopt, nullptr};
    auto sink = csv_sink(out, std::cerr, output);
    ScreenRunOptions options;
    options.target = target;
    options.as_of = as_of;
    options.threads = threads;

    auto start = std::chrono::steady_clock::now();
    double cpu_start = cpu_seconds(), allocations_start = allocations();
    ScreenRunSummary summary = run_screen(**source, **rules, options, *sink);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    double cpu = cpu_seconds() - cpu_start, allocated = allocations() - allocations_start;
    std::uint64_t n = summary.audit.screened() + summary.audit.bad_records();
    std::printf("%s: %llu applicants, %u thread%s, %.2f s: %.0f applicants/s, %.2f us each, CPU %.2f s (%.0f "
                "applicants per CPU second), peak memory %.1f MiB (shortlist %llu, incomplete %llu, reject %llu, bad %llu); "
                "allocator %s\n",
                file.c_str(), static_cast<unsigned long long>(n), threads, threads == 1 ? "" : "s", seconds,
                static_cast<double>(n) / seconds, seconds * 1e6 / static_cast<double>(n), cpu,
                static_cast<double>(n) / cpu, peak_mib(),
                static_cast<unsigned long long>(summary.audit.count(ScreenOutcome::shortlist)),
                static_cast<unsigned long long>(summary.audit.count(ScreenOutcome::incomplete)),
                static_cast<unsigned long long>(summary.audit.count(ScreenOutcome::reject)),
                static_cast<unsigned long long>(summary.audit.bad_records()), allocator().c_str());
    if (allocations_start >= 0) std::printf("%.1f allocations per applicant\n", allocated / static_cast<double>(n));
    return 0;
}
