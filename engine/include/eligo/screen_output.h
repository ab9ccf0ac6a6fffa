// Screening outputs: CSV, JSON Lines, a text listing, an XLSX workbook, and the audit.
#pragma once

#include <atomic>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>
#include <utility>

#include "eligo/date.h"
#include "eligo/error.h"
#include "eligo/screen_run.h"

namespace eligo {

struct RuleSet;

/// What a run was, for the About block every output starts with (or, in a workbook, its
/// About sheet): enough to tell later which rules, inputs and command made it.
struct ScreenAbout {
    struct File {
        std::string path;
        std::string sha256;  ///< empty for standard input or a directory
    };
    std::string version;         ///< eligo's
    std::vector<File> inputs;
    std::optional<File> mapping;
    std::string command;         ///< the command line, as given
    std::string run_at;          ///< when the run started, e.g. 2026-11-24T09:30:00Z
};

/// A file's SHA-256 as 64 hex digits, read in pieces; empty for `-` (standard input), a
/// directory or a file that cannot be read.
std::string file_sha256(const std::string& path);

/// The SHA-256 of files (file_sha256 of each), worked out on a thread of its own from the
/// moment it is made, so that screening need not wait for them: hashing is one thread's work
/// however many screen. The destructor waits for the thread.
class FileDigests {
public:
    /// Work that gives a digest per file, and gives up (with any result) once `stop` is set.
    using Compute = std::function<std::vector<std::string>(const std::atomic<bool>& stop)>;

    explicit FileDigests(std::vector<std::string> paths);
    /// Digests from `compute` instead, on the same thread of their own.
    explicit FileDigests(Compute compute);
    ~FileDigests();
    FileDigests(const FileDigests&) = delete;
    FileDigests& operator=(const FileDigests&) = delete;

    bool ready() const;
    /// One digest per path, in their order; waits until all are worked out.
    const std::vector<std::string>& wait();

private:
    struct Work;
    std::unique_ptr<Work> work_;
};

struct ScreenOutputOptions {
    const RuleSet* rules = nullptr;
    ScreenTarget target;
    Date as_of;
    bool show_names = false;  ///< a `name` column (rows carry names only when asked for)
    bool colour = false;      ///< text only
    std::optional<ScreenAbout> about;  ///< the About block; none when not given
    /// When given, the About block's digests still to come: the inputs' in order, then the
    /// mapping's. A CSV or JSON Lines output holds its rows in memory (up to 64 MiB) until they
    /// are ready, then writes the About block and the rows; the others wait for them.
    std::shared_ptr<FileDigests> digests;
};

/// Rows as CSV with a header line; `errors` receives bad records as `where: message` lines.
std::unique_ptr<ScreenSink> csv_sink(std::ostream& out, std::ostream& errors, const ScreenOutputOptions& options);
/// One JSON object per applicant and line.
std::unique_ptr<ScreenSink> jsonl_sink(std::ostream& out, std::ostream& errors, const ScreenOutputOptions& options);
/// A listing for a terminal, the audit at its end.
std::unique_ptr<ScreenSink> text_sink(std::ostream& out, std::ostream& errors, const ScreenOutputOptions& options);
/// Waits for `options.digests`, if given, and puts them in the About block; the sinks do this
/// before they write it.
void settle_about(ScreenOutputOptions& options);

/// A workbook with the sheets Shortlist (ranked by desirable facts met), Interview (each
/// shortlisted applicant's statements to assess, with Score and Notes columns), Incomplete,
/// Rejected, Unreadable and Summary. Rows are held until the end to rank them; a sheet holds at most 1,048,575.
Expected<std::unique_ptr<ScreenSink>> xlsx_sink(const std::string& path, std::ostream& errors,
                                                const ScreenOutputOptions& options);

/// A record that could not be read, in the words its `unreadable` row gives: one line per
/// problem, without the record's place when the problem is at the record itself.
std::vector<std::string> unreadable_problems(const BadRecord& record);

/// The About block as label and value pairs, in the order every output gives them: eligo,
/// rules, rules digest, input (one per input), mapping, as of, command, run at.
std::vector<std::pair<std::string, std::string>> about_lines(const ScreenOutputOptions& options);

/// The audit in words: counts per outcome, the knock-out table, the warnings, the notice, and
/// the judgement statements to assess at interview, in words (`worklist`) or counted.
void write_audit(std::ostream& out, const ScreenRunSummary& summary, const ScreenOutputOptions& options,
                 bool worklist = true);

}  // namespace eligo
