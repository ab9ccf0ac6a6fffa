// `eligo screen`: pre-screens a batch of applicants for one post on its essential facts.

#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include "eligo/batch.h"
#include "eligo/rules.h"
#include "eligo/screen_output.h"
#include "eligo/screen_run.h"

#include "cli.h"

namespace eligo::cli {
namespace {

namespace fs = std::filesystem;

struct ScreenArgs {
    std::vector<std::string> inputs;
    std::string role;
    std::string level;
    std::string mapping;
    std::string sheet;
    std::string encoding;
    std::string out;
    std::string format;
    std::string errors;
    std::string as_of;
    unsigned threads = 0;
    bool show_names = false;
    bool strict = false;
    bool check_mapping = false;
    std::size_t max_profile_bytes = 1u << 20;
    std::string color = "auto";
};

// The mapping file, loaded and checked; nullptr (the errors printed) when it cannot be used.
std::shared_ptr<const CsvMapping> load_mapping(const std::string& path) {
    auto loaded = load_csv_mapping(path);
    if (loaded) return *loaded;
    for (const auto& e : loaded.errors()) std::cerr << e.to_string() << '\n';
    return nullptr;
}

// "4, 9, 12 and 54 more": the first records of a problem, so a recruiter can find them.
std::string some_numbers(const std::vector<std::uint64_t>& numbers) {
    constexpr std::size_t kShown = 10;
    std::string out;
    for (std::size_t i = 0; i < numbers.size() && i < kShown; ++i) out += (i ? ", " : "") + std::to_string(numbers[i]);
    if (numbers.size() > kShown) out += " and " + std::to_string(numbers.size() - kShown) + " more";
    return out;
}

// --check-mapping: every record of the inputs read through the mapping, nothing screened; each
// problem once with the records it stops. Exit 0 only when every record would be read.
int run_check_mapping(const ScreenArgs& args) {
    if (args.mapping.empty()) {
        std::cerr << "--check-mapping: give --mapping FILE, the mapping to try on the inputs\n";
        return kExitUsage;
    }
    auto mapping = load_mapping(args.mapping);
    if (!mapping) return kExitUsage;
    bool inputs_ok = true;
    auto source = open_record_inputs(args.inputs, mapping, args.max_profile_bytes, inputs_ok, {args.sheet, args.encoding});
    if (!source) return kExitBadInput;
    ProfileReadOptions read;
    read.strict = args.strict;
    read.max_bytes = args.max_profile_bytes;
    ReadCheck check = check_records(*source, read);
    for (const auto& p : check.problems) {
        std::string ext = extension(p.source);
        bool rows = ext == ".csv" || ext == ".xlsx" || p.source == "stdin";
        std::string unit = rows ? " row" : " line";
        std::size_t n = p.records.size();
        std::cout << p.source << ": " << p.message << "; in " << n << unit << (n == 1 ? "" : "s");
        if (p.records.front() != 0) std::cout << " (" << some_numbers(p.records) << ")";
        std::cout << '\n';
        if (!p.hint.empty()) std::cout << "  " << p.hint << '\n';
    }
    if (check.failure) std::cout << check.failure->to_string() << '\n';
    std::cout << check.records << (check.records == 1 ? " record: " : " records: ")
              << check.records - check.unreadable << " would be read, " << check.unreadable << " would not"
              << (check.failure ? "; reading stopped early" : "") << '\n';
    return check.unreadable == 0 && !check.failure && inputs_ok ? kExitOk : kExitBadInput;
}

// The run, for the About block of the output; the files' digests come from about_digests.
ScreenAbout about_run(const Common& common, const ScreenArgs& args) {
    ScreenAbout about;
    about.version = kVersion;
    for (const auto& input : args.inputs) about.inputs.push_back({input == "-" ? "standard input" : input, {}});
    if (!args.mapping.empty()) about.mapping = ScreenAbout::File{args.mapping, {}};
    about.command = "eligo";
    for (const auto& arg : common.args) {
        bool quote = arg.empty() || arg.find_first_of(" \t'\"$\\") != std::string::npos;
        about.command += " " + (quote ? "'" + arg + "'" : arg);
    }
    std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char when[32];
    std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &utc);
    about.run_at = when;
    return about;
}

// The digests of the inputs and the mapping, in the order about_run names them, worked out
// beside the rules' loading and the screen.
std::shared_ptr<FileDigests> about_digests(const ScreenArgs& args) {
    std::vector<std::string> paths = args.inputs;
    if (!args.mapping.empty()) paths.push_back(args.mapping);
    return std::make_shared<FileDigests>(std::move(paths));
}

int run_screen_command(const Common& common, const ScreenArgs& args) {
    if (args.check_mapping) return run_check_mapping(args);
    if (args.role.empty()) {
        std::cerr << "--role is required: the post's role id (`eligo roles` lists them)\n";
        return kExitUsage;
    }
    auto as_of = as_of_date(args.as_of);
    if (!as_of) return kExitUsage;
    // Given up, unfinished, if the run stops before its output starts.
    std::shared_ptr<FileDigests> digests = about_digests(args);
    auto rules = load(common);
    if (!rules) return kExitRules;
    std::vector<std::string> read = args.inputs;
    if (!args.mapping.empty()) read.push_back(args.mapping);
    if (!outputs_safe({{"--out", args.out}, {"--errors", args.errors}}, read, rules_directory(common))) return kExitUsage;
    const Role* role = find_role_option(*rules, args.role, *as_of);
    if (!role) return kExitUsage;
    ScreenTarget target{role, 0};
    if (!args.level.empty()) {
        std::vector<std::string> ids;
        for (const auto& level : role->levels) ids.push_back(level.id);
        auto it = std::find(ids.begin(), ids.end(), args.level);
        if (it == ids.end()) {
            std::string list;
            for (const auto& id : ids) list += (list.empty() ? "" : ", ") + id;
            std::cerr << "--level: `" << role->id << "` has no level `" << args.level << "`; its levels are " << list << '\n';
            return kExitUsage;
        }
        target.level = static_cast<std::size_t>(it - ids.begin());
    }

    BatchInputs batch;
    if (int status = open_batch(args.inputs, args.mapping, args.max_profile_bytes, args.errors, batch,
                                    {args.sheet, args.encoding})) return status;
    std::ostream* errors = batch.errors;
    std::string format = args.format;
    if (format.empty()) {
        std::string ext = extension(args.out);
        format = args.out.empty() ? "text" : args.out == "-" ? "jsonl" : ext == ".csv" ? "csv" : ext == ".xlsx" ? "xlsx"
                 : ext == ".jsonl" || ext == ".ndjson" ? "jsonl" : ext == ".txt" ? "text" : "";
        if (format.empty()) {
            std::cerr << "--out: cannot tell the format of `" << args.out
                      << "` from its extension\n  use .csv, .jsonl, .xlsx or .txt, or give --format\n";
            return kExitUsage;
        }
    }
    if (format == "xlsx" && (args.out.empty() || args.out == "-")) {
        std::cerr << "--format xlsx: a workbook needs a file: give --out FILE.xlsx\n";
        return kExitUsage;
    }
    ScreenOutputOptions output{rules.get(), target, *as_of, args.show_names, false, std::nullopt, nullptr};
    output.about = about_run(common, args);
    output.digests = std::move(digests);
    std::ofstream out_file;
    std::ostream* out = &std::cout;
    if (!args.out.empty() && args.out != "-" && format != "xlsx") {
        out_file.open(args.out, std::ios::binary);
        if (!out_file) {
            std::cerr << args.out << ": cannot write the output here\n";
            return kExitUsage;
        }
        out = &out_file;
    }
    output.colour = out == &std::cout && colour_wanted(args.color);
    std::unique_ptr<ScreenSink> sink;
    if (format == "csv") sink = csv_sink(*out, *errors, output);
    else if (format == "jsonl") sink = jsonl_sink(*out, *errors, output);
    else if (format == "text") sink = text_sink(*out, *errors, output);
    else {
        auto made = xlsx_sink(args.out, *errors, output);
        if (!made) {
            for (const auto& e : made.errors()) std::cerr << e.to_string() << '\n';
            return kExitUsage;
        }
        sink = std::move(*made);
    }

    ScreenRunOptions options;
    options.target = target;
    options.as_of = *as_of;
    options.threads = args.threads > 0 ? args.threads : std::max(1u, std::thread::hardware_concurrency());
    options.show_names = args.show_names;
    options.read.strict = args.strict;
    options.read.max_bytes = args.max_profile_bytes;
    if (!common.quiet) options.progress = progress_line();
    spdlog::debug("screening for {} level {} with {} threads", role->id, target.target_level().id, options.threads);

    ScreenRunSummary summary = run_screen(*batch.source, *rules, options, *sink);
    if (options.progress) std::cerr << "\r\033[K" << std::flush;
    // The audit goes with a text listing; otherwise to standard error, for the person running it.
    if (format != "text" && !common.quiet) write_audit(std::cerr, summary, output, false);
    if (summary.input_failure) std::cerr << summary.input_failure->to_string() << '\n';
    if (summary.output_failure) {
        std::cerr << summary.output_failure->to_string() << '\n';
        return kExitOutput;
    }
    bool repeated = report_batch_findings(summary.repeated_ids, summary.records_with_warnings,
                                          "each was screened on its own row");
    if (summary.audit.bad_records() > 0) {
        std::cerr << "eligo: " << summary.audit.bad_records() << " of "
                  << summary.audit.bad_records() + summary.audit.screened()
                  << " records could not be read" << (args.errors.empty() ? " (listed above)" : " (listed in " + args.errors + ")")
                  << "; every other record was screened\n";
    }
    // A custom check that stopped is a fault in the rules, as in evaluate and progression: exit 3.
    if (summary.rule_faults > 0) return kExitRules;
    return summary.audit.bad_records() > 0 || summary.input_failure || !batch.ok || repeated ? kExitBadInput : kExitOk;
}

}  // namespace

Command screen_command() {
    return {"screen", "pre-screen applicants for a post on its essential facts: shortlist, incomplete or reject",
            [](CLI::App& sub, const Common& common) {
                auto args = std::make_shared<ScreenArgs>();
                sub.add_option("inputs", args->inputs,
                               "JSON Lines (.jsonl; - for standard input), profile files or directories, or CSV "
                               "exports (.csv) and workbooks (.xlsx) with --mapping")
                    ->required();
                sub.add_option("--role", args->role, "the post's role id (`eligo roles` lists them); required to screen");
                sub.add_option("--level", args->level, "the post's level (default: the role's first); the levels below count too");
                sub.add_option("--mapping", args->mapping,
                               "how the columns of a CSV export or workbook feed profile fields (JSON)");
                sub.add_option("--sheet", args->sheet, "the sheet of a workbook input to read (default: its first)");
                sub.add_option("--encoding", args->encoding,
                               "the character set of CSV inputs, e.g. windows-1252 or iso-8859-1 (default: UTF-8, "
                               "and Windows-1252 where a file is not UTF-8)");
                sub.add_option("--out", args->out,
                               "output file: .csv, .jsonl or .xlsx (a workbook); - for JSON Lines on standard output "
                               "(default: a listing on standard output)");
                sub.add_option("--format", args->format, "csv, jsonl, xlsx or text, instead of the --out extension")
                    ->check(CLI::IsMember({"csv", "jsonl", "xlsx", "text"}));
                sub.add_option("--errors", args->errors, "where records that cannot be read are listed (default: standard error)");
                sub.add_option("--as-of", args->as_of, "screening date YYYY-MM-DD (default: today, printed)");
                sub.add_option("--threads", args->threads, "worker threads (default: one per core)")
                    ->check(CLI::Range(1u, 256u));
                sub.add_flag("--show-names", args->show_names, "include applicants' names in the output (blind by default)");
                sub.add_flag("--strict", args->strict, "reject records that carry a protected characteristic or a field the format does not define");
                sub.add_flag("--check-mapping", args->check_mapping,
                             "read every record through --mapping and list each problem once, by column and value, "
                             "with the rows it stops; screen nothing (exit 0 when every record would be read)");
                sub.add_option("--max-profile-bytes", args->max_profile_bytes, "refuse a record larger than this")
                    ->default_val(1u << 20);
                sub.add_option("--color", args->color, "auto, always or never")
                    ->check(CLI::IsMember({"auto", "always", "never"}))
                    ->default_val("auto");
                sub.footer(
                    "Facts only: judgement statements are listed for interview, never assessed. Exit status: 0 done; "
                    "2 some records could not be read, or two records share an id (every record has its row); 3 a custom check "
                    "stopped with an error (its statement left undecided); 6 the output could not be written.");
                return [args, &common] { return run_screen_command(common, *args); };
            }};
}

}  // namespace eligo::cli
