// `eligo progression`: a person's standing in their role, the gaps to the next level with dates,
// career paths; or, with --summary, one row per person for the team.
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include "eligo/profile.h"
#include "eligo/progression.h"
#include "eligo/rules.h"

#include "cli.h"

namespace eligo::cli {
namespace {

struct ProgressionArgs {
    std::vector<std::string> profiles;
    std::vector<std::string> roles;
    std::string as_of;
    std::string format = "text";
    bool summary = false;
    std::string out;
    std::string out_dir;
    bool strict = false;
    bool all_paths = false;
};

// The options that only make sense together; a message and false when they do not.
bool check_usage(const ProgressionArgs& args) {
    if (args.summary && args.format != "text") {
        std::cerr << "--format: the team view is a text table, or CSV or XLSX with --out\n"
                     "  give --out team.csv or --out team.xlsx\n";
        return false;
    }
    if (args.summary && !args.roles.empty()) {
        std::cerr << "--role: narrows the career paths, which the team view does not show\n"
                     "  leave out --summary to see each person's career paths\n";
        return false;
    }
    if (!args.out_dir.empty() && (args.summary || !args.out.empty())) {
        std::cerr << "--out-dir: writes one report per person, so it goes without "
                  << (args.summary ? "--summary" : "--out") << "\n";
        return false;
    }
    if (args.summary && !args.out.empty() && extension(args.out) != ".csv" && extension(args.out) != ".xlsx") {
        std::cerr << "--out: the team view is written to a file ending in .csv or .xlsx, got `" << args.out << "`\n";
        return false;
    }
    return true;
}

// A person's file in --out-dir: their id, with anything a file name should not hold replaced,
// and a number added when two people's ids come to the same name.
std::filesystem::path person_file(const std::filesystem::path& dir, const std::string& id, const std::string& format,
                                  std::set<std::string>& taken) {
    std::string base;
    for (char c : id) base += std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' ? c : '_';
    if (base.empty()) base = "person";
    const char* ext = format == "json" ? ".json" : format == "markdown" ? ".md" : format == "html" ? ".html" : ".txt";
    std::string name = base + ext;
    for (int n = 2; !taken.insert(name).second; ++n) name = base + "-" + std::to_string(n) + ext;
    return dir / name;
}

// Reports written among the profiles being read could overwrite one, or be read as profiles
// next time: --out-dir must be a directory of its own.
bool holds_inputs(const std::string& dir, const std::vector<std::string>& inputs) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path out = fs::weakly_canonical(dir, ec);
    for (const auto& input : inputs) {
        fs::path in = fs::weakly_canonical(input, ec).parent_path();
        auto rel = in.lexically_relative(out);
        if (!rel.empty() && *rel.begin() != "..") {
            std::cerr << "--out-dir: `" << dir << "` holds the profiles being read (" << input
                      << "); give a directory of its own\n";
            return true;
        }
    }
    return false;
}

ProgressionFormat format_of(const std::string& name) {
    if (name == "json") return ProgressionFormat::json;
    if (name == "markdown") return ProgressionFormat::markdown;
    if (name == "html") return ProgressionFormat::html;
    return ProgressionFormat::text;
}

int run_progression(const Common& common, const ProgressionArgs& args) {
    if (!check_usage(args)) return kExitUsage;
    auto parsed = as_of_date(args.as_of);
    if (!parsed) return kExitUsage;
    Date as_of = *parsed;
    auto rules = load(common);
    if (!rules) return kExitRules;
    std::vector<const Role*> only;
    for (const auto& id : args.roles) {
        const Role* role = find_role_option(*rules, id, as_of);
        if (!role) return kExitUsage;
        only.push_back(role);
    }

    bool ok = true;
    auto files = expand(args.profiles, ok);
    if (!outputs_safe({{"--out", args.out}, {"--out-dir", args.out_dir}}, files, rules_directory(common))) return kExitUsage;
    if (!args.out_dir.empty()) {
        if (holds_inputs(args.out_dir, files)) return kExitUsage;
        std::error_code ec;
        std::filesystem::create_directories(args.out_dir, ec);
        if (ec || !std::filesystem::is_directory(args.out_dir)) {
            std::cerr << args.out_dir << ": cannot write here (" << (ec ? ec.message() : "not a directory") << ")\n";
            return kExitOutput;
        }
    }
    std::set<std::string> taken;  // the files written in --out-dir
    ProfileReadOptions read_options{args.strict};
    ProfileFiles profiles(*rules, read_options);
    TeamSummary team{as_of, rules->name + " " + rules->version, rules->digest, {}};
    std::optional<ProgressionReport> report;
    // People's reports go to -o FILE or standard output; the team view's file is written below.
    Output output(args.summary || !args.out_dir.empty() ? "" : args.out);
    if (!output.open()) return kExitOutput;
    ProgressionReportOptions report_options{as_of, format_of(args.format), !only.empty()};
    if (!args.summary && args.out_dir.empty()) report.emplace(output.stream(), *rules, report_options);
    report_options.one_person = true;
    std::size_t reported = 0;
    int bad = 0, no_role = 0;
    std::size_t rule_faults = 0;  // custom checks that stopped with an error: exit kExitRules
    FileProgress progress(files, common, !args.summary && args.out_dir.empty() && !output.to_file());
    for (const auto& file : files) {
        progress.done(file);
        auto profile = profiles.read(file);
        if (!profile) {
            ++bad;
            continue;
        }
        spdlog::debug("progression of profile {}", profile->id);
        PersonProgression person = assess_person(*rules, *profile, as_of, only, !args.summary, args.all_paths);
        if (person.current) rule_faults += warn_rule_faults(file, profile->id, person.current->result);
        for (const auto& path : person.paths) rule_faults += warn_rule_faults(file, profile->id, path.progression.result);
        if (args.summary) {
            team.rows.push_back(team_row(person));
            continue;
        }
        if (person.problem && only.empty()) {
            // Without a current role there is nothing to progress from; career paths need --role.
            bool missing = person.problem->where == "current_role";
            std::cerr << file << ": " << person.problem->to_string() << '\n'
                      << (missing ? "  give --role ROLE for the career paths to a role, or record current_role in the profile\n"
                                  : "");
            ++(missing ? no_role : bad);
            continue;
        }
        if (!args.out_dir.empty()) {
            // One file per person, for their appraisal: the document names them.
            Output appraisal(person_file(args.out_dir, profile->id, args.format, taken).string());
            if (!appraisal.open()) return kExitOutput;
            ProgressionReport(appraisal.stream(), *rules, report_options).add(person);
            Common silent = common;
            silent.quiet = true;  // one line for the directory below, not one per person
            if (appraisal.close(1, kExitOk, silent, "report") != kExitOk) return kExitOutput;
        } else {
            report->add(person);
        }
        ++reported;
    }
    progress.finish();
    if (report) report->finish();
    if (!args.out_dir.empty()) report_written(args.out_dir, reported, common, "report");
    if (args.summary) {
        if (args.out.empty()) {
            write_team_text(std::cout, team);
        } else if (extension(args.out) == ".csv") {
            Output csv(args.out);
            if (!csv.open()) return kExitOutput;
            write_team_csv(csv.stream(), team);
            if (csv.close(team.rows.size(), kExitOk, common) != kExitOk) return kExitOutput;
        } else if (auto error = write_team_xlsx(args.out, team)) {
            std::cerr << error->to_string() << '\n';
            return kExitOutput;
        } else {
            report_written(args.out, team.rows.size(), common);
        }
    }
    if (output.close(reported, kExitOk, common, "report") != kExitOk) return kExitOutput;
    if (bad > 0)
        std::cerr << "eligo: " << bad << " of " << files.size() << " profiles could not be read; the others were done\n";
    bool repeated = profiles.report(args.summary ? "each has its own row" : "each has its own report");
    if (rule_faults > 0) return kExitRules;  // each check named in a warning above
    // A profile without a current role is a data problem like any other: exit 2, as everywhere.
    return bad > 0 || no_role > 0 || repeated || !ok ? kExitBadInput : kExitOk;
}

}  // namespace

Command progression_command() {
    return {"progression", "where a person stands, the gaps to the next level with dates, career paths; --summary for a team",
            [](CLI::App& sub, const Common& common) {
                auto args = std::make_shared<ProgressionArgs>();
                sub.add_option("profiles", args->profiles, "profile files (.json) or directories of them")->required();
                sub.add_option("--role", args->roles, "career paths to this role only (repeatable; default: every role)");
                sub.add_option("--as-of", args->as_of, "evaluation date YYYY-MM-DD (default: today, printed)");
                sub.add_option("--format", args->format, "a person's report: text, json, markdown or html")
                    ->check(CLI::IsMember({"text", "json", "markdown", "html"}))
                    ->default_val("text");
                sub.add_flag("--summary", args->summary, "the team view: one row per person");
                add_out_option(sub, args->out, "the reports (with --summary, the team view as .csv or .xlsx)");
                sub.add_option("--out-dir", args->out_dir,
                               "one report per person in DIR, named by profile id (ID.md, ID.html, ...)")
                    ->option_text("DIR");
                sub.add_flag("--all-paths", args->all_paths,
                             "career paths to the same or a lower grade too (lateral moves, apprentice posts)");
                sub.add_flag("--strict", args->strict, "reject profiles that carry a protected characteristic or a field the format does not define");
                return [args, &common] { return run_progression(common, *args); };
            }};
}

}  // namespace eligo::cli
