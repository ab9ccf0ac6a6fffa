// Output formats for evaluation results: JSON (the result contract) and a text tree.
#pragma once

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "eligo/date.h"
#include "eligo/result.h"
#include "eligo/rules.h"

namespace eligo {

/// How much of each result the JSON carries (profile-format.md, "Results").
enum class Explain {
    full,     ///< every criterion with its policy wording, reading and type: the result contract
    reasons,  ///< every criterion's outcome and reason, without the wording `roles`/`docs` give once
    verdicts, ///< per role the attained level and each level's verdict, no criteria
};

/// `full`, `reasons` or `verdicts`; nullopt for any other word.
std::optional<Explain> explain_from_string(std::string_view word);

struct ReportOptions {
    Date as_of;
    std::optional<std::string> only_level;  ///< show just this level of each role
    bool colour = false;                    ///< ANSI colours (text only)
    Explain explain = Explain::full;        ///< JSON only
};

/// Writes the result contract's JSON document one profile at a time, so a batch is streamed.
class JsonReport {
public:
    JsonReport(std::ostream& out, const RuleSet& rules, ReportOptions options);
    ~JsonReport();
    JsonReport(const JsonReport&) = delete;
    JsonReport& operator=(const JsonReport&) = delete;

    void add(const ProfileResult& result);
    /// Closes the document; called by the destructor if not called before.
    void finish();

private:
    std::ostream& out_;
    const RuleSet& rules_;
    ReportOptions options_;
    bool first_ = true;
    bool finished_ = false;
};

/// The JSON of one profile's result (one element of the document's `profiles`), compact.
std::string profile_result_json(const ProfileResult& result, const ReportOptions& options);

/// One line per role: attained level and each level's verdict with what stands in its way.
void write_summary(std::ostream& out, const ProfileResult& result, const ReportOptions& options);

/// The summary lines of many profiles, held until `finish` so that their columns (id, role,
/// attained level, each level's verdict) line up, as wide as the widest cell of each.
class SummaryTable {
public:
    SummaryTable(std::ostream& out, ReportOptions options);
    ~SummaryTable();
    SummaryTable(const SummaryTable&) = delete;
    SummaryTable& operator=(const SummaryTable&) = delete;

    void add(const ProfileResult& result);
    /// Writes the lines; called by the destructor if not called before.
    void finish();

private:
    std::ostream& out_;
    ReportOptions options_;
    std::vector<std::vector<std::string>> rows_;
};

/// The rule set's roles as JSON: name, version, effective_from, digest, and per role its id,
/// title, grade, posts, framework, source, levels and, for a versioned role, its period.
std::string roles_json(const RuleSet& rules);

/// Markdown listing every reading the rule authors recorded, by role and level, for review.
void write_readings(std::ostream& out, const RuleSet& rules);

/// A readable tree: profile, role, level verdicts, and each criterion with its reason.
void write_text(std::ostream& out, const ProfileResult& result, const ReportOptions& options);

}  // namespace eligo
