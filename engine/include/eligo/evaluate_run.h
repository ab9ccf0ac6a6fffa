// Evaluating a batch as JSON Lines: records streamed from a source through worker threads, one
// result line per profile written in input order, in constant memory (the same pipeline as the
// batch screen).
#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <vector>

#include "eligo/batch.h"
#include "eligo/evaluate.h"
#include "eligo/report.h"

namespace eligo {

struct EvaluateRunOptions {
    EvaluateOptions evaluate;      ///< roles and as-of date
    ReportOptions report;          ///< how much each line explains (`explain`), and `only_level`
    unsigned threads = 1;          ///< workers; 1 runs everything on the calling thread
    ProfileReadOptions read;
    std::size_t batch_size = 256;  ///< records per unit of work
    std::function<void(const BatchProgress&)> progress;
    StageTimes* times = nullptr;   ///< when given, the time spent reading, evaluating and writing
};

struct EvaluateRunSummary {
    std::uint64_t evaluated = 0;
    std::uint64_t bad_records = 0;
    /// Records for which a custom check stopped with an error (a fault in the rules): each check
    /// is among `warnings`, counted over the records.
    std::uint64_t rule_faults = 0;
    std::vector<BatchWarning> warnings;
    std::optional<Error> input_failure;   ///< the input stopped part-way (a read error)
    std::optional<Error> output_failure;  ///< `out` could not be written
    /// Records that had at least one warning (a field ignored, evidence the rules cannot use).
    std::uint64_t records_with_warnings = 0;
    /// Ids that more than one record carries; every such record was still taken on its own.
    std::vector<RepeatedId> repeated_ids;
};

/// Evaluates every record of `source`, writing to `out` one line per profile (its element of the
/// result contract's `profiles`, as `profile_result_json` gives it) and to `errors` one
/// `where: message` line per problem of a record that could not be read.
EvaluateRunSummary run_evaluate_lines(RecordSource& source, const RuleSet& rules, const EvaluateRunOptions& options,
                                      std::ostream& out, std::ostream& errors);

}  // namespace eligo
