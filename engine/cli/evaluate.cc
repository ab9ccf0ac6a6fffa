// `eligo evaluate`: profiles against roles, as a text tree, a summary, one JSON document, or
// JSON Lines streamed through the batch pipeline.
#include <fstream>
#include <iostream>
#include <optional>
#include <thread>

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include "eligo/batch.h"
#include "eligo/evaluate.h"
#include "eligo/evaluate_run.h"
#include "eligo/profile.h"
#include "eligo/progression.h"
#include "eligo/report.h"
#include "eligo/rules.h"

#include "cli.h"

namespace eligo::cli {
namespace {

struct EvaluateArgs {
    std::vector<std::string> profiles;
    std::vector<std::string> roles;
    std::string level;
    std::string as_of;
    std::string format = "text";
    std::string color = "auto";
    bool strict = false;
    std::string out;
    std::string explain = "full";
    bool all_roles = false;  // summary: every role, not each person's current role
    // JSON Lines only
    std::string errors;
    std::string mapping;
    unsigned threads = 0;
    std::size_t max_profile_bytes = 1u << 20;
};

// Whether an input is JSON Lines (standard input, `.jsonl`, `.ndjson`) or a CSV export, which
// only `--format jsonl` streams.
bool is_record_stream(const std::string& input) {
    std::string ext = extension(input);
    return input == "-" || ext == ".jsonl" || ext == ".ndjson" || ext == ".csv";
}

// `--format jsonl`: every record through the batch pipeline, a line per profile in input
// order; records that cannot be read are listed (on standard error or in --errors) and the
// run goes on.
int run_evaluate_lines(const Common& common, const EvaluateArgs& args, const RuleSet& rules, const ReportOptions& report,
                       const EvaluateOptions& evaluate) {
    std::vector<std::string> read = args.profiles;
    if (!args.mapping.empty()) read.push_back(args.mapping);
    if (!outputs_safe({{"--out", args.out}, {"--errors", args.errors}}, read, rules_directory(common))) return kExitUsage;
    BatchInputs batch;
    if (int status = open_batch(args.profiles, args.mapping, args.max_profile_bytes, args.errors, batch)) return status;
    Output output(args.out);
    if (!output.open()) return kExitOutput;

    EvaluateRunOptions options;
    options.evaluate = evaluate;
    options.report = report;
    options.threads = args.threads > 0 ? args.threads : std::max(1u, std::thread::hardware_concurrency());
    options.read.strict = args.strict;
    options.read.max_bytes = args.max_profile_bytes;
    if (progress_wanted(common, !output.to_file())) options.progress = progress_line();
    spdlog::debug("evaluating JSON Lines with {} threads", options.threads);
    EvaluateRunSummary summary = eligo::run_evaluate_lines(*batch.source, rules, options, output.stream(), *batch.errors);
    if (options.progress) clear_progress_line();
    for (const auto& w : summary.warnings)
        spdlog::warn("{} ({} {}, first {})", w.message, w.count, w.count == 1 ? "record" : "records", w.first);
    if (summary.input_failure) std::cerr << summary.input_failure->to_string() << '\n';
    bool repeated = report_batch_findings(summary.repeated_ids, summary.records_with_warnings,
                                          "each was evaluated on its own line");
    int status = summary.input_failure || !batch.ok || repeated ? kExitBadInput : kExitOk;
    if (summary.bad_records > 0) {
        std::cerr << "eligo: " << summary.bad_records << " of " << summary.bad_records + summary.evaluated
                  << " records could not be read" << (args.errors.empty() ? " (listed above)" : " (listed in " + args.errors + ")")
                  << "; every other record was evaluated\n";
        status = kExitBadInput;
    }
    if (summary.rule_faults > 0) status = kExitRules;  // each check named in a warning above
    return output.close(static_cast<std::size_t>(summary.evaluated), status, common, "profile");
}

// The summary without --role: each person's own role. Empty, with the reason printed (a data
// problem, like an unreadable profile), when the profile names none the rules have.
std::vector<std::string> summary_roles(const RuleSet& rules, const Profile& profile, const std::string& file, Date as_of) {
    auto role = current_role_of(rules, profile, as_of, "the summary shows the role a person holds");
    if (role) return {(*role)->id};
    std::cerr << file << ": " << role.errors().front().to_string() << '\n';
    if (role.errors().front().where == "current_role")
        std::cerr << "  give --role ROLE or --all-roles, or record current_role in the profile\n";
    return {};
}

int run_evaluate(const Common& common, const EvaluateArgs& args) {
    if (args.all_roles && !args.roles.empty()) {
        std::cerr << "--all-roles: goes without --role, which names the roles to show\n";
        return kExitUsage;
    }
    auto parsed = as_of_date(args.as_of);
    if (!parsed) return kExitUsage;
    Date as_of = *parsed;
    auto rules = load(common);
    if (!rules) return kExitRules;
    for (const auto& id : args.roles)
        if (!find_role_option(*rules, id, as_of)) return kExitUsage;
    if (!args.level.empty()) {
        bool found = false;
        for (const auto& role : rules->roles)
            for (const auto& level : role.levels) found = found || level.id == args.level;
        if (!found) {
            std::cerr << "--level: no role has a level `" << args.level << "`\n";
            return kExitUsage;
        }
    }

    ReportOptions report{as_of, args.level.empty() ? std::nullopt : std::optional<std::string>(args.level),
                         colour_wanted(args.color)};
    report.explain = *explain_from_string(args.explain);
    EvaluateOptions options{as_of, args.roles};
    if (args.format == "jsonl") return run_evaluate_lines(common, args, *rules, report, options);
    for (const auto& input : args.profiles)
        if (is_record_stream(input)) {
            std::cerr << "`" << input << "`: a stream of records (JSON Lines, CSV) is evaluated with --format jsonl\n";
            return kExitUsage;
        }

    bool ok = true;
    auto files = expand(args.profiles, ok);
    ProfileReadOptions read_options{args.strict};
    ProfileFiles profiles(*rules, read_options);
    Output output(args.out);
    if (!output.open()) return kExitOutput;
    std::ostream& out = output.stream();
    if (output.to_file()) report.colour = false;
    std::optional<JsonReport> json;
    if (args.format == "json") json.emplace(out, *rules, report);
    std::optional<SummaryTable> summary;
    if (args.format == "summary") summary.emplace(out, report);
    bool own_role = summary && args.roles.empty() && !args.all_roles;
    int bad = 0, done = 0, no_role = 0;
    std::size_t rule_faults = 0;
    FileProgress progress(files, common, !output.to_file());
    for (const auto& file : files) {
        progress.done(file);
        auto profile = profiles.read(file);
        if (!profile) {
            ++bad;
            continue;
        }
        if (own_role) {
            options.roles = summary_roles(*rules, *profile, file, as_of);
            if (options.roles.empty()) {
                ++no_role;
                continue;
            }
        }
        spdlog::debug("evaluating profile {}", profile->id);
        ProfileResult result = evaluate(*rules, *profile, options);
        for (const auto& role : result.roles) rule_faults += warn_rule_faults(file, profile->id, role);
        if (json) {
            json->add(result);
        } else if (summary) {
            summary->add(result);
        } else {
            if (done > 0) out << '\n';
            write_text(out, result, report);
        }
        ++done;
    }
    progress.finish();
    if (json) json->finish();
    if (summary) summary->finish();
    if (bad > 0)
        std::cerr << "eligo: " << bad << " of " << files.size() << " profiles could not be read; the others were evaluated\n";
    if (no_role > 0)
        std::cerr << "eligo: " << no_role << " of " << files.size()
                  << " profiles have no current_role the rules know; the others were evaluated\n";
    bool repeated = profiles.report("each was evaluated on its own");
    int status = rule_faults > 0                               ? kExitRules
                 : bad > 0 || no_role > 0 || repeated || !ok ? kExitBadInput
                                                             : kExitOk;
    return output.close(static_cast<std::size_t>(done), status, common, "profile");
}

}  // namespace

Command evaluate_command() {
    return {"evaluate", "evaluate profiles against roles, with an explanation per criterion",
            [](CLI::App& sub, const Common& common) {
                auto args = std::make_shared<EvaluateArgs>();
                sub.add_option("profiles", args->profiles,
                               "profile files (.json) or directories of them; with --format jsonl also JSON Lines "
                               "(.jsonl; - for standard input) and CSV exports (.csv, with --mapping)")
                    ->required();
                sub.add_option("--role", args->roles,
                               "role id (repeatable; default: every role, and for summary each person's current_role)");
                sub.add_flag("--all-roles", args->all_roles, "summary: every role, not each person's current_role");
                sub.add_option("--level", args->level, "show only this level (verdicts stay cumulative)");
                sub.add_option("--as-of", args->as_of, "evaluation date YYYY-MM-DD (default: today, printed)");
                sub.add_option("--format", args->format,
                               "text (a tree), summary (a line per role), json (one document) or jsonl (a line per "
                               "profile, streamed)")
                    ->check(CLI::IsMember({"text", "summary", "json", "jsonl"}))
                    ->default_val("text");
                sub.add_option("--explain", args->explain,
                               "json and jsonl: full (every criterion with its wording), reasons (without the wording, "
                               "readings and types `roles`/`docs` give) or verdicts (levels and attained only)")
                    ->check(CLI::IsMember({"full", "reasons", "verdicts"}))
                    ->default_val("full");
                sub.add_option("--threads", args->threads, "jsonl: worker threads (default: one per core)")
                    ->check(CLI::Range(1u, 256u));
                sub.add_option("--errors", args->errors,
                               "jsonl: where records that cannot be read are listed (default: standard error)");
                sub.add_option("--mapping", args->mapping, "jsonl: how the columns of a CSV export feed profile fields");
                sub.add_option("--max-profile-bytes", args->max_profile_bytes, "jsonl: refuse a record larger than this")
                    ->default_val(1u << 20);
                sub.add_flag("--strict", args->strict, "reject profiles that carry a protected characteristic or a field the format does not define");
                add_out_option(sub, args->out);
                sub.add_option("--color", args->color, "auto, always or never")
                    ->check(CLI::IsMember({"auto", "always", "never"}))
                    ->default_val("auto");
                return [args, &common] { return run_evaluate(common, *args); };
            }};
}

}  // namespace eligo::cli
