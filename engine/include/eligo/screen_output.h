// Screening outputs: CSV, JSON Lines, a text listing, an XLSX workbook, and the audit.
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "eligo/date.h"
#include "eligo/error.h"
#include "eligo/screen_run.h"

namespace eligo {

struct RuleSet;

struct ScreenOutputOptions {
    const RuleSet* rules = nullptr;
    ScreenTarget target;
    Date as_of;
    bool show_names = false;  ///< a `name` column (rows carry names only when asked for)
    bool colour = false;      ///< text only
};

/// Rows as CSV with a header line; `errors` receives bad records as `where: message` lines.
std::unique_ptr<ScreenSink> csv_sink(std::ostream& out, std::ostream& errors, const ScreenOutputOptions& options);
/// One JSON object per applicant and line.
std::unique_ptr<ScreenSink> jsonl_sink(std::ostream& out, std::ostream& errors, const ScreenOutputOptions& options);
/// A listing for a terminal, the audit at its end.
std::unique_ptr<ScreenSink> text_sink(std::ostream& out, std::ostream& errors, const ScreenOutputOptions& options);
/// A workbook with the sheets Shortlist (ranked by desirable facts met), Interview (each
/// shortlisted applicant's statements to assess, with Score and Notes columns), Incomplete,
/// Rejected, Unreadable and Summary. Rows are held until the end to rank them; a sheet holds at most 1,048,575.
Expected<std::unique_ptr<ScreenSink>> xlsx_sink(const std::string& path, std::ostream& errors,
                                                const ScreenOutputOptions& options);

/// A record that could not be read, in the words its `unreadable` row gives: one line per
/// problem, without the record's place when the problem is at the record itself.
std::vector<std::string> unreadable_problems(const BadRecord& record);

/// The audit in words: counts per outcome, the knock-out table, the warnings, the notice, and
/// the judgement statements to assess at interview, in words (`worklist`) or counted.
void write_audit(std::ostream& out, const ScreenRunSummary& summary, const ScreenOutputOptions& options,
                 bool worklist = true);

}  // namespace eligo
