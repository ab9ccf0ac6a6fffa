// Shared by the subcommands of `eligo`: the global options, exit codes, and the few steps every
// command takes (finding and loading the rules, expanding profile arguments).
#pragma once

#include <chrono>
#include <fstream>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "eligo/batch.h"
#include "eligo/date.h"

namespace CLI {
class App;
}

namespace eligo {
class ProfileCheck;
struct Profile;
struct ProfileReadOptions;
struct Role;
struct RoleResult;
struct RuleSet;
}

namespace eligo::cli {

inline constexpr const char* kVersion = "0.1.0";

inline constexpr int kExitOk = 0;
inline constexpr int kExitUsage = 1;
inline constexpr int kExitBadInput = 2;
inline constexpr int kExitRules = 3;
inline constexpr int kExitInternal = 4;
inline constexpr int kExitTestsFailed = 5;
inline constexpr int kExitOutput = 6;

/// Options every command shares, filled in before a command runs.
struct Common {
    std::string rules;
    bool verbose = false;
    bool quiet = false;
    std::string argv0;
    std::vector<std::string> args;  ///< the command line after the program's name, as given
};

/// A subcommand: `add` registers its options on `sub` and returns the function that runs it.
struct Command {
    const char* name;
    const char* description;
    std::function<std::function<int()>(CLI::App& sub, const Common& common)> add;
};

/// --rules, then $ELIGO_RULES, then the bundled rules: an installed binary's
/// `share/eligo/rules`, the source tree's for a binary in the build tree, rules beside the
/// binary, `./rules`. Empty, with every place looked in printed, when there are none.
std::string rules_directory(const Common& common);

/// Loads the rules, printing every problem as `file:line: message`; null when they failed.
/// With `openable`, files are named as `openable_path` does, for an author's editor.
std::shared_ptr<const RuleSet> load(const Common& common, bool openable = false);

/// A rules message's place (`rules/x/y.lua:12`, named by the directory's own name so that
/// results read the same wherever the rules live) as a path that opens from the working
/// directory: `directory` as given, relative when below the working directory.
std::string openable_path(const std::string& where, const std::string& directory);

/// A file name's extension in lower case (".json" for "A.JSON").
std::string extension(const std::string& path);

/// Files as given; a directory stands for its `*.json` profiles at any depth (sorted), in any
/// case. Sets `ok` to false when a directory holds none.
/// `jsonl`, when given, receives the JSON Lines files found in directories.
std::vector<std::string> expand(const std::vector<std::string>& inputs, bool& ok,
                                std::vector<std::string>* jsonl = nullptr);

/// How a table input is read: a workbook's sheet (empty: the first) and a CSV export's character
/// set (empty: UTF-8, falling back to Windows-1252 where a cell is not UTF-8).
struct TableChoice {
    std::string sheet;
    std::string encoding;
};

/// Every input as one record source, read in the order given: `-` is JSON Lines on standard
/// input (CSV when `mapping` is given), a directory its profile files and JSON Lines files, `.csv`
/// a CSV export and `.xlsx` a workbook (both need `mapping`), `.json` one profile, anything else
/// JSON Lines. A record over `max_bytes` is reported instead of read. Null, with the reason
/// printed, when an input cannot be opened; `ok` is set to false when a directory holds no profile.
std::unique_ptr<RecordSource> open_record_inputs(const std::vector<std::string>& inputs,
                                                 std::shared_ptr<const CsvMapping> mapping, std::size_t max_bytes,
                                                 bool& ok, const TableChoice& choice = {});

/// A batch command's inputs (screen, evaluate --format jsonl): the record source, and where
/// records that cannot be read are listed.
struct BatchInputs {
    std::unique_ptr<RecordSource> source;
    bool ok = true;  ///< false when a directory held no profile (the others are read)
    std::ofstream error_file;
    std::ostream* errors = nullptr;  ///< standard error, or `error_file`
};

/// Opens `inputs` as `open_record_inputs` does, through the CSV mapping in the file `mapping`
/// (none when empty), and the error list `errors` ("" or "-": standard error). Returns kExitOk,
/// or the exit status with the reason printed.
int open_batch(const std::vector<std::string>& inputs, const std::string& mapping, std::size_t max_bytes,
               const std::string& errors, BatchInputs& batch, const TableChoice& choice = {});

/// The profile in `file`, its warnings logged; nullopt, with its errors printed, when it cannot
/// be read. The caller counts the file as bad and goes on to the next.
std::optional<Profile> read_profile(const std::string& file, const ProfileReadOptions& options);

/// Profile files read one by one (evaluate, progression): each read as `read_profile` does,
/// checked against the rules (evidence for a competency they do not define), and its id noted,
/// so that the end of the run can say which ids more than one file carried.
class ProfileFiles {
public:
    ProfileFiles(const RuleSet& rules, const ProfileReadOptions& options);
    ~ProfileFiles();
    /// The profile in `file`, its warnings logged; nullopt, with its errors printed.
    std::optional<Profile> read(const std::string& file);
    /// Prints the repeated ids and how many profiles had warnings (see report_batch_findings).
    bool report(const char* each);

private:
    std::unique_ptr<const ProfileCheck> check_;
    ProfileReadOptions options_;
    IdRegister ids_;
    std::uint64_t with_warnings_ = 0;
};

/// After a batch, on standard error: every id more than one record carried, with its places
/// and what the run did with them (`each`: "each was screened on its own row"), and how many
/// records had warnings. True when an id was repeated: a data problem, exit 2.
bool report_batch_findings(const std::vector<RepeatedId>& repeated, std::uint64_t records_with_warnings,
                           const char* each);

/// The evaluation date of `--as-of`: the date given, or today (printed on standard error so
/// the result can be reproduced); nullopt, with the message printed, when it is not a date.
std::optional<Date> as_of_date(const std::string& argument);

/// The role `--role ID` names, in the version in force on `as_of` (any version when `as_of` is
/// not given); null, with the reason and a hint printed, when there is none.
const Role* find_role_option(const RuleSet& rules, const std::string& id, std::optional<Date> as_of);

/// A file a command is about to write, and the option that named it (`--out`, `-o`).
struct OutputFile {
    const char* option;
    std::string path;
};

/// Whether `outputs` may be written: none is the same file (device and inode, so also through a
/// link) as one of `inputs` or as another output, and none is in the rules directory `rules`.
/// Prints `option: message` for the first that is and returns false. Empty paths and `-` are
/// standard streams and are left alone. Every command that writes files calls it first.
bool outputs_safe(const std::vector<OutputFile>& outputs, const std::vector<std::string>& inputs,
                  const std::string& rules);

/// Where a command writes: standard output, or the file `-o/--out FILE` names ("" or "-" mean
/// standard output). Every command that writes goes through this, so that a failed write
/// exits kExitOutput and every file written is reported the same way.
class Output {
public:
    explicit Output(std::string path);
    /// Opens the file; false, with `path: cannot write here (why)` printed, when it cannot be.
    bool open();
    std::ostream& stream();
    bool to_file() const { return !path_.empty() && path_ != "-"; }
    const std::string& path() const { return path_; }
    /// Flushes and checks the writes. When they failed: the reason printed and kExitOutput.
    /// Otherwise `status`, after "eligo: wrote N rows to FILE" on standard error for a file.
    int close(std::size_t rows, int status, const Common& common, const char* unit = "row");

private:
    std::string path_;
    std::ofstream file_;
};

/// Registers `-o,--out FILE` on a command that writes, with the same words everywhere.
void add_out_option(CLI::App& sub, std::string& path, const std::string& what = "the output");

/// The report of a file written by other means (a workbook, one file of a set): "eligo: wrote
/// N rows to FILE" on standard error, unless --quiet.
void report_written(const std::string& path, std::size_t rows, const Common& common, const char* unit = "row");

/// Checked once every command has run: standard output flushed and written in full. A failed
/// write (a full disk, a closed pipe) prints why and gives kExitOutput instead of `status`.
int checked_stdout(int status);

/// `path` relative to the working directory when it is below it, so that an editor or CI run
/// there can open what a message names; otherwise as given.
std::string relative_path(const std::string& path);

/// "; did you mean `a`, `b` or `c`?" naming every candidate close to `word`, closest first;
/// "" when none is.
std::string did_you_mean(const std::string& word, std::vector<std::string> candidates);

/// Warns, one line each, of the custom checks in `result` that stopped with an error for profile
/// `id` (read from `where`): `eligo: warning: WHERE: profile `ID`: role ...`. Returns how many.
/// A command that saw any exits kExitRules: the criterion is undecided through a fault in the rules.
std::size_t warn_rule_faults(const std::string& where, const std::string& id, const RoleResult& result);

/// A progress line for a long run on a terminal: records, rate and, when the input's size is known,
/// percent, redrawn in place on standard error. Empty when standard error is not a terminal.
std::function<void(const BatchProgress&)> progress_line();

/// Clears the progress line, before anything else is written to standard error.
void clear_progress_line();

/// Whether a run shows a progress line: not with --quiet, nor when its results go to standard
/// output on a terminal (`writes_stdout`), where the line would cut across them.
bool progress_wanted(const Common& common, bool writes_stdout);

/// The progress line over a list of profile files read one after the other (`evaluate`,
/// `progression`): shown on a terminal when `progress_wanted`, and only for more than one file;
/// its percent is of the files' bytes. Cleared by `finish` or when it goes.
class FileProgress {
public:
    FileProgress(const std::vector<std::string>& files, const Common& common, bool writes_stdout);
    ~FileProgress();
    FileProgress(const FileProgress&) = delete;
    FileProgress& operator=(const FileProgress&) = delete;
    /// `file` is done: counted, and the line redrawn at most four times a second.
    void done(const std::string& file);
    void finish();

private:
    std::function<void(const BatchProgress&)> show_;
    BatchProgress progress_;
    std::chrono::steady_clock::time_point shown_{};
    bool showing_ = false;
};

/// Whether to colour standard output: `always`, `never`, or `auto` (a terminal, no NO_COLOR).
bool colour_wanted(const std::string& choice);

Command roles_command();
Command evaluate_command();
Command test_command();
Command readings_command();
Command progression_command();
Command docs_command();
Command check_command();
Command diff_command();
Command screen_command();
Command serve_command();
Command admin_command();

}  // namespace eligo::cli
