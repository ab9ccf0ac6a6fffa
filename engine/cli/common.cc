#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include "cli.h"
#include "eligo/batch.h"
#include "eligo/evaluate.h"
#include "eligo/explain.h"
#include "eligo/profile.h"
#include "eligo/profile_check.h"
#include "eligo/rules.h"

namespace eligo::cli {

namespace fs = std::filesystem;

// --rules, then $ELIGO_RULES, then the bundled rules beside the executable or its prefix.
namespace {

bool is_rules_directory(const fs::path& dir) {
    std::error_code ec;
    return fs::exists(dir / "lib" / "equivalences.lua", ec);
}

// Where the bundled rules may be, in order: an installed binary's `share/eligo/rules`, the
// source tree's rules for the binary the build made (it is run from anywhere while developing),
// rules beside the binary or its parent, and `rules` in the working directory.
std::vector<fs::path> rules_candidates(const Common& common) {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec) exe = fs::absolute(common.argv0, ec);
    fs::path dir = exe.parent_path();
    std::vector<fs::path> out{dir / ".." / "share" / "eligo" / "rules"};
#if defined(ELIGO_BUILD_BINARY_DIR) && defined(ELIGO_SOURCE_RULES_DIR)
    if (fs::equivalent(dir, ELIGO_BUILD_BINARY_DIR, ec)) out.emplace_back(ELIGO_SOURCE_RULES_DIR);
#endif
    out.push_back(dir / "rules");
    out.push_back(dir / ".." / "rules");
    out.emplace_back("rules");
    return out;
}

// Shown relative to the working directory when it is below it, so messages stay short.
std::string shown(const fs::path& dir) {
    std::error_code ec;
    fs::path rel = fs::relative(dir, fs::current_path(), ec);
    return !ec && !rel.empty() && *rel.begin() != ".." ? rel.string() : fs::weakly_canonical(dir, ec).string();
}

}  // namespace

std::string rules_directory(const Common& common) {
    if (!common.rules.empty()) return common.rules;
    if (const char* env = std::getenv("ELIGO_RULES"); env && *env) return env;
    std::vector<fs::path> candidates = rules_candidates(common);
    for (const fs::path& candidate : candidates)
        if (is_rules_directory(candidate)) return shown(candidate);
    std::string looked;
    for (const fs::path& candidate : candidates) {
        std::error_code ec;
        looked += (looked.empty() ? "" : ", ") + fs::weakly_canonical(fs::absolute(candidate, ec), ec).string();
    }
    std::cerr << "rules: no rules directory found; looked in " << looked
              << "\n  give --rules DIR or set ELIGO_RULES\n";
    return {};
}

std::string openable_path(const std::string& where, const std::string& directory) {
    fs::path root(directory);
    std::string shown = (root.filename().empty() ? root.parent_path().filename() : root.filename()).generic_string();
    if (shown.empty() || where.rfind(shown + "/", 0) != 0) return where;
    std::string base = relative_path(directory);
    while (base.size() > 1 && base.back() == '/') base.pop_back();
    return base + where.substr(shown.size());
}

std::shared_ptr<const RuleSet> load(const Common& common, bool openable) {
    RuleLoadOptions options;
    options.directory = rules_directory(common);
    if (options.directory.empty()) return nullptr;
    spdlog::debug("loading rules from {}", options.directory);
    auto rules = load_rules(options);
    auto shown = [&](Error e) {
        if (openable) e.where = openable_path(e.where, options.directory);
        return e.to_string();
    };
    if (!rules) {
        for (const auto& e : rules.errors()) std::cerr << shown(e) << '\n';
        std::cerr << "eligo: the rules in " << options.directory << " could not be loaded ("
                  << rules.errors().size() << (rules.errors().size() == 1 ? " error)\n" : " errors)\n");
        return nullptr;
    }
    for (const auto& w : (*rules)->warnings) spdlog::warn("{}", shown(w));
    spdlog::debug("loaded {} roles, digest {}", (*rules)->roles.size(), (*rules)->digest);
    return *rules;
}

std::string extension(const std::string& path) {
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext;
}

namespace {

bool is_stream(const std::string& path) { return path.empty() || path == "-"; }

// The same file: by device and inode when both exist, else by their resolved paths.
bool same_file(const std::string& a, const std::string& b) {
    struct stat sa {}, sb {};
    if (::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0) return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    std::error_code ea, eb;
    return fs::weakly_canonical(a, ea) == fs::weakly_canonical(b, eb) && !ea && !eb;
}

bool inside(const fs::path& path, const fs::path& dir) {
    auto [end, at] = std::mismatch(dir.begin(), dir.end(), path.begin(), path.end());
    return end == dir.end();
}

// Every profile file below `directory`, at any depth, in sorted order: `.json` in any case
// (the profile schema aside); `.jsonl` into `jsonl` when the command reads JSON Lines. Every
// other file is skipped; -v counts and names them, so none goes unseen.
void list_directory(const std::string& directory, std::vector<std::string>& found, std::vector<std::string>* jsonl,
                    std::error_code& ec) {
    std::vector<std::string> skipped;
    for (auto it = fs::recursive_directory_iterator(directory, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        if (!it->is_regular_file()) continue;
        std::string ext = extension(it->path().string());
        if (ext == ".json" && it->path().filename() != "schema.json") found.push_back(it->path().string());
        else if (ext == ".jsonl" && jsonl) jsonl->push_back(it->path().string());
        else skipped.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    if (jsonl) std::sort(jsonl->begin(), jsonl->end());
    std::sort(skipped.begin(), skipped.end());
    for (const auto& file : skipped) spdlog::debug("{}: skipped, not a profile file", file);
    // Counted where a file left out could be a profile saved under another name: said unless
    // --quiet, the files themselves named with -v.
    if (!skipped.empty())
        spdlog::warn("{}: {} skipped (not {}); -v names {}", directory,
                     skipped.size() == 1 ? std::string("1 file") : std::to_string(skipped.size()) + " files",
                     jsonl ? "*.json or *.jsonl" : "*.json", skipped.size() == 1 ? "it" : "them");
}

}  // namespace

bool outputs_safe(const std::vector<OutputFile>& outputs, const std::vector<std::string>& inputs, const std::string& rules) {
    std::error_code ec;
    fs::path rules_dir = rules.empty() ? fs::path() : fs::weakly_canonical(rules, ec);
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        const OutputFile& out = outputs[i];
        if (is_stream(out.path)) continue;
        for (const auto& input : inputs)
            if (!is_stream(input) && same_file(out.path, input)) {
                std::cerr << out.option << ": `" << out.path << "` is the input `" << input
                          << "`; writing it would destroy it\n  give another file\n";
                return false;
            }
        for (std::size_t j = 0; j < i; ++j)
            if (!is_stream(outputs[j].path) && same_file(out.path, outputs[j].path)) {
                std::cerr << out.option << ": `" << out.path << "` is also the file of " << outputs[j].option
                          << "; each output needs its own file\n";
                return false;
            }
        fs::path resolved = fs::weakly_canonical(out.path, ec);
        if (!rules_dir.empty() && !ec && inside(resolved, rules_dir)) {
            std::cerr << out.option << ": `" << out.path << "` is in the rules directory " << rules
                      << "; eligo never writes over its rules\n  give a file outside it\n";
            return false;
        }
    }
    return true;
}

std::vector<std::string> expand(const std::vector<std::string>& inputs, bool& ok, std::vector<std::string>* jsonl) {
    std::vector<std::string> files;
    for (const auto& input : inputs) {
        std::error_code ec;
        if (fs::is_directory(input, ec)) {
            std::vector<std::string> found;
            std::size_t lines_before = jsonl ? jsonl->size() : 0;
            list_directory(input, found, jsonl, ec);
            if (ec) {
                std::cerr << input << ": cannot read this directory (" << ec.message() << ")\n";
                ok = false;
            } else if (found.empty() && (!jsonl || jsonl->size() == lines_before)) {
                std::cerr << input << ": no profile files (*.json" << (jsonl ? " or *.jsonl" : "")
                          << ") in this directory or below it\n";
                ok = false;
            }
            files.insert(files.end(), found.begin(), found.end());
        } else {
            files.push_back(input);
        }
    }
    return files;
}

std::optional<Profile> read_profile(const std::string& file, const ProfileReadOptions& options) {
    std::vector<Warning> warnings;
    auto profile = read_profile_file(file, options, &warnings);
    for (const auto& w : warnings) spdlog::warn("{}: {}", w.where, w.message);
    if (!profile) {
        for (const auto& e : profile.errors()) std::cerr << e.to_string() << '\n';
        return std::nullopt;
    }
    return std::move(*profile);
}

ProfileFiles::ProfileFiles(const RuleSet& rules, const ProfileReadOptions& options)
    : check_(std::make_unique<ProfileCheck>(rules)), options_(options) {}

ProfileFiles::~ProfileFiles() = default;

std::optional<Profile> ProfileFiles::read(const std::string& file) {
    std::vector<Warning> warnings;
    auto profile = read_profile_file(file, options_, &warnings);
    if (profile) check_->check(*profile, file, warnings);
    for (const auto& w : warnings) spdlog::warn("{}: {}", w.where, w.message);
    if (!warnings.empty()) ++with_warnings_;
    if (!profile) {
        for (const auto& e : profile.errors()) std::cerr << e.to_string() << '\n';
        return std::nullopt;
    }
    if (!profile->id.empty()) ids_.add(profile->id, file);
    return std::move(*profile);
}

bool ProfileFiles::report(const char* each) { return report_batch_findings(ids_.take(), with_warnings_, each); }

bool report_batch_findings(const std::vector<RepeatedId>& repeated, std::uint64_t records_with_warnings,
                           const char* each) {
    // A list of thousands helps nobody: the first ids and places, then how many more.
    constexpr std::size_t kIdsShown = 20, kPlacesShown = 10;
    for (std::size_t i = 0; i < repeated.size() && i < kIdsShown; ++i) {
        const RepeatedId& r = repeated[i];
        std::string places;
        for (std::size_t p = 0; p < r.places.size() && p < kPlacesShown; ++p)
            places += (p ? ", " : "") + r.places[p];
        if (r.places.size() > kPlacesShown) places += " and " + std::to_string(r.places.size() - kPlacesShown) + " more";
        std::cerr << "eligo: warning: " << r.places.size() << " records have the id `" << r.id << "` (" << places
                  << "); " << each << '\n';
    }
    if (repeated.size() > kIdsShown)
        std::cerr << "eligo: warning: and " << repeated.size() - kIdsShown << " more ids carried by more than one record\n";
    if (!repeated.empty())
        std::cerr << "eligo: " << repeated.size() << (repeated.size() == 1 ? " id is" : " ids are")
                  << " carried by more than one record; check whether one person was entered twice\n";
    if (records_with_warnings > 0)
        std::cerr << "eligo: " << records_with_warnings << (records_with_warnings == 1 ? " record" : " records")
                  << " had warnings\n";
    return !repeated.empty();
}

const Role* find_role_option(const RuleSet& rules, const std::string& id, std::optional<Date> as_of) {
    if (const Role* role = as_of ? rules.find_role(id, *as_of) : rules.find_role(id)) return role;
    if (as_of && rules.find_role(id)) {
        std::cerr << "--role: role `" << id << "` is not in force on " << as_of->to_string()
                  << "\n  `eligo roles` lists when each version of a role is in force\n";
        return nullptr;
    }
    std::vector<std::string> ids;
    for (const auto& role : rules.roles)
        if (std::find(ids.begin(), ids.end(), role.id) == ids.end()) ids.push_back(role.id);
    std::cerr << "--role: unknown role `" << id << "`" << did_you_mean(id, ids) << "\n  `eligo roles` lists them\n";
    return nullptr;
}

std::string did_you_mean(const std::string& word, std::vector<std::string> candidates) {
    // Every close match, closest first: the same role id often exists in two frameworks
    // (`rehousing/rehousing-officer`, `job-profiles/rehousing-officer`).
    std::vector<std::string> close;
    for (std::string hint = nearest(word, candidates); !hint.empty(); hint = nearest(word, candidates)) {
        close.push_back(hint);
        candidates.erase(std::find(candidates.begin(), candidates.end(), hint));
    }
    std::string out;
    for (std::size_t i = 0; i < close.size(); ++i)
        out += (i == 0 ? "; did you mean `" : i + 1 == close.size() ? "` or `" : "`, `") + close[i];
    return out.empty() ? out : out + "`?";
}

Output::Output(std::string path) : path_(std::move(path)) {}

bool Output::open() {
    if (!to_file()) return true;
    errno = 0;
    file_.open(path_, std::ios::binary | std::ios::trunc);
    if (file_) return true;
    std::cerr << path_ << ": cannot write here (" << (errno ? std::strerror(errno) : "cannot open the file") << ")\n";
    return false;
}

std::ostream& Output::stream() { return to_file() ? static_cast<std::ostream&>(file_) : std::cout; }

int Output::close(std::size_t rows, int status, const Common& common, const char* unit) {
    if (!to_file()) return checked_stdout(status);
    int earlier = file_ ? 0 : errno;  // a write that already failed left its reason here
    errno = 0;
    file_.flush();
    bool written = static_cast<bool>(file_);
    file_.close();
    if (!written || file_.fail()) {
        int why = errno ? errno : earlier;
        std::cerr << path_ << ": the output could not be written in full ("
                  << (why ? std::strerror(why) : "write failed") << ")\n";
        return kExitOutput;
    }
    report_written(path_, rows, common, unit);
    return status;
}

void add_out_option(CLI::App& sub, std::string& path, const std::string& what) {
    sub.add_option("-o,--out", path, "write " + what + " to FILE instead of standard output")->option_text("FILE");
}

void report_written(const std::string& path, std::size_t rows, const Common& common, const char* unit) {
    if (common.quiet) return;
    std::cerr << "eligo: wrote " << rows << ' ' << unit << (rows == 1 ? "" : "s") << " to " << path << '\n';
}

int checked_stdout(int status) {
    errno = 0;
    std::cout.flush();
    bool ok = static_cast<bool>(std::cout) && std::fflush(stdout) == 0 && !std::ferror(stdout);
    if (ok) return status;
    // Cleared so that a second check (the end of main) does not report the same failure again.
    std::cout.clear();
    std::clearerr(stdout);
    std::cerr << "eligo: standard output could not be written in full ("
              << (errno ? std::strerror(errno) : "write failed") << ")\n";
    return kExitOutput;
}

std::string relative_path(const std::string& path) {
    std::error_code ec;
    fs::path given(path);
    if (given.is_relative()) return given.lexically_normal().string();
    fs::path rel = fs::absolute(given, ec).lexically_normal().lexically_relative(fs::current_path(ec));
    // Outside the working directory an absolute path opens as well and reads better than ../../..
    return ec || rel.empty() || *rel.begin() == ".." ? path : rel.string();
}

std::size_t warn_rule_faults(const std::string& where, const std::string& id, const RoleResult& result) {
    auto faults = rule_faults(result);
    for (const auto& fault : faults) spdlog::warn("{}: profile `{}`: {}", where, id, rule_fault_warning(fault));
    return faults.size();
}

namespace {

std::string thousands(std::uint64_t n) {
    std::string s = std::to_string(n);
    for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<std::size_t>(i), ",");
    return s;
}

}  // namespace

std::function<void(const BatchProgress&)> progress_line() {
    if (!isatty(STDERR_FILENO)) return {};
    auto start = std::chrono::steady_clock::now();
    return [start](const BatchProgress& p) {
        double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::string line = "\r  " + thousands(p.records) + " records";
        if (seconds > 0.2) line += ", " + thousands(static_cast<std::uint64_t>(static_cast<double>(p.records) / seconds)) + "/s";
        if (p.total_bytes && *p.total_bytes > 0)
            line += ", " + std::to_string(p.bytes * 100 / *p.total_bytes) + "%";
        std::cerr << line << "   " << std::flush;
    };
}

void clear_progress_line() { std::cerr << "\r\033[K" << std::flush; }

bool progress_wanted(const Common& common, bool writes_stdout) {
    // Results on the same terminal would be written across the line.
    return !common.quiet && !(writes_stdout && isatty(STDOUT_FILENO));
}

FileProgress::FileProgress(const std::vector<std::string>& files, const Common& common, bool writes_stdout) {
    if (files.size() < 2 || !progress_wanted(common, writes_stdout)) return;
    show_ = progress_line();
    if (!show_) return;
    std::error_code ec;
    std::uint64_t total = 0;
    for (const auto& file : files) {
        auto size = fs::file_size(file, ec);
        if (!ec) total += size;
    }
    progress_.total_bytes = total;
}

FileProgress::~FileProgress() { finish(); }

void FileProgress::done(const std::string& file) {
    if (!show_) return;
    std::error_code ec;
    auto size = fs::file_size(file, ec);
    if (!ec) progress_.bytes += size;
    ++progress_.records;
    // At most four times a second, as the batch pipeline does.
    auto now = std::chrono::steady_clock::now();
    if (now - shown_ < std::chrono::milliseconds(250)) return;
    shown_ = now;
    show_(progress_);
    showing_ = true;
}

void FileProgress::finish() {
    if (showing_) clear_progress_line();
    showing_ = false;
}

bool colour_wanted(const std::string& choice) {
    if (choice == "always") return true;
    if (choice == "never") return false;
    const char* no_color = std::getenv("NO_COLOR");
    return isatty(STDOUT_FILENO) && !(no_color && *no_color);
}

std::optional<Date> as_of_date(const std::string& argument) {
    if (argument.empty()) {
        Date now = today();
        std::cerr << "eligo: as of " << now.to_string() << " (today; give --as-of to reproduce this result)\n";
        return now;
    }
    auto date = Date::parse(argument);
    if (!date) std::cerr << "--as-of: expected a date `YYYY-MM-DD`, got `" << argument << "`" << not_a_day(argument) << '\n';
    return date;
}

// Every input as a record source: `-` is JSON Lines on standard input (or CSV when a mapping is
// given), a directory its profile files, `.csv` a CSV export, `.json` one
// profile, anything else JSON Lines.
std::unique_ptr<RecordSource> open_record_inputs(const std::vector<std::string>& inputs,
                                                 std::shared_ptr<const CsvMapping> mapping, std::size_t max_bytes,
                                                 bool& ok, const TableChoice& choice) {
    std::vector<std::unique_ptr<RecordSource>> sources;
    std::vector<std::string> files;
    auto flush_files = [&] {
        if (!files.empty()) sources.push_back(open_profile_files(std::move(files), max_bytes));
        files.clear();
    };
    // A JSON Lines file as a source of its own; false (the errors printed) when it cannot be opened.
    auto add_jsonl = [&](const std::string& file) {
        flush_files();
        auto source = open_jsonl(file, max_bytes);
        if (!source) {
            for (const auto& e : source.errors()) std::cerr << e.to_string() << '\n';
            return ok = false;
        }
        sources.push_back(std::move(*source));
        return true;
    };
    for (const auto& input : inputs) {
        std::error_code ec;
        std::string ext = extension(input);
        if (fs::is_directory(input, ec)) {
            bool found = true;
            std::vector<std::string> lines;
            auto listed = expand({input}, found, &lines);
            ok = ok && found;
            files.insert(files.end(), listed.begin(), listed.end());
            for (const auto& file : lines)
                if (!add_jsonl(file)) return nullptr;
            continue;
        }
        if (ext == ".json") {
            files.push_back(input);
            continue;
        }
        if (ext == ".xls" || ext == ".ods") {
            std::cerr << input << ": " << (ext == ".xls" ? ".xls workbooks" : ".ods spreadsheets")
                      << " cannot be read; save it as .xlsx (Excel Workbook) or .csv\n";
            ok = false;
            return nullptr;
        }
        flush_files();
        bool workbook = ext == ".xlsx";
        if (ext == ".csv" || workbook || (input == "-" && mapping)) {
            if (!mapping) {
                std::cerr << input << ": " << (workbook ? "a workbook" : "a CSV export")
                          << " needs --mapping FILE saying which column feeds which field\n"
                          << "  examples/screening/ats-mapping.json is a documented example\n";
                ok = false;
                return nullptr;
            }
            std::vector<std::string> ignored;
            TableOptions table{&ignored, choice.sheet, choice.encoding,
                               [](const std::string& notice) { std::cerr << notice << '\n'; }};
            auto source = workbook ? open_xlsx(input, mapping, table) : open_csv(input, mapping, table);
            if (!source) {
                for (const auto& e : source.errors()) std::cerr << e.to_string() << '\n';
                ok = false;
                return nullptr;
            }
            if (!ignored.empty()) {
                std::string list;
                for (const auto& c : ignored) list += (list.empty() ? "\"" : ", \"") + c + "\"";
                std::cerr << input << ": ignored (protected characteristics, never read): " << list << '\n';
            }
            sources.push_back(std::move(*source));
            continue;
        }
        if (!add_jsonl(input)) return nullptr;
    }
    flush_files();
    return chain(std::move(sources));
}

int open_batch(const std::vector<std::string>& inputs, const std::string& mapping, std::size_t max_bytes,
               const std::string& errors, BatchInputs& batch, const TableChoice& choice) {
    std::shared_ptr<const CsvMapping> loaded_mapping;
    if (!mapping.empty()) {
        auto loaded = load_csv_mapping(mapping);
        if (!loaded) {
            for (const auto& e : loaded.errors()) std::cerr << e.to_string() << '\n';
            return kExitUsage;
        }
        loaded_mapping = *loaded;
    }
    batch.source = open_record_inputs(inputs, loaded_mapping, max_bytes, batch.ok, choice);
    if (!batch.source) return kExitBadInput;
    batch.errors = &std::cerr;
    if (!errors.empty() && errors != "-") {
        batch.error_file.open(errors, std::ios::binary);
        if (!batch.error_file) {
            std::cerr << errors << ": cannot write the error list here\n";
            return kExitUsage;
        }
        batch.errors = &batch.error_file;
    }
    return kExitOk;
}

}  // namespace eligo::cli
