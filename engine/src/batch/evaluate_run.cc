// `evaluate --format jsonl`: the whole framework (or the chosen roles) per record on the batch
// pipeline. Workers build each line; the writer only copies it out.
#include <ostream>

#include "batch/pipeline.h"
#include "eligo/evaluate_run.h"
#include "eligo/explain.h"

namespace eligo {
namespace {

// A profile's result line, and whether a custom check stopped with an error in it.
struct Line {
    std::string text;
    bool rule_fault = false;
};

using Done = batch::Done<Line>;

Done evaluate_record(const RawRecord& raw, std::uint64_t sequence, const RuleSet& rules,
                     const EvaluateRunOptions& options) {
    Done done;
    auto profile = raw.decoder->decode(raw, options.read, &done.warnings);
    if (!profile) {
        done.item = BadRecord{sequence, raw.where(), profile.errors()};
        return done;
    }
    ProfileResult result = evaluate(rules, *profile, options.evaluate);
    Line line{profile_result_json(result, options.report), false};
    line.text += '\n';
    // Counted over the batch by check, never with the profile's data: the first names the record.
    for (const auto& role : result.roles)
        for (const auto& fault : rule_faults(role)) {
            done.warnings.push_back({raw.where() + ", profile `" + profile->id + "`", rule_fault_warning(fault)});
            line.rule_fault = true;
        }
    done.item = std::move(line);
    return done;
}

// One record, whatever happens to it: an exception (memory exhausted, say) becomes that
// record's report instead of ending the process with the output half written.
Done process(const RawRecord& raw, std::uint64_t sequence, const RuleSet& rules, const EvaluateRunOptions& options) {
    try {
        return evaluate_record(raw, sequence, rules, options);
    } catch (const std::exception& e) {
        Done done;
        done.item = BadRecord{
            sequence, raw.where(), {Error{ErrorCode::usage, raw.where(), std::string("could not be evaluated: ") + e.what(), {}}}};
        return done;
    }
}

}  // namespace

EvaluateRunSummary run_evaluate_lines(RecordSource& source, const RuleSet& rules, const EvaluateRunOptions& options,
                                      std::ostream& out, std::ostream& errors) {
    EvaluateRunSummary summary;
    batch::WarningTally tally;
    batch::PipelineOptions pipeline{options.threads, options.batch_size, &options.progress, options.times};
    auto write = [&](Done& done) {
        for (const auto& w : done.warnings) tally.add(w);
        if (const auto* line = std::get_if<Line>(&done.item)) {
            out << line->text;
            ++summary.evaluated;
            summary.rule_faults += line->rule_fault;
        } else {
            for (const auto& e : std::get<BadRecord>(done.item).errors) errors << e.to_string() << '\n';
            ++summary.bad_records;
        }
    };
    summary.input_failure = batch::run_pipeline<Line>(
        source, pipeline, [&](const RawRecord& raw, std::uint64_t sequence) { return process(raw, sequence, rules, options); },
        write);
    summary.warnings = tally.take();
    out.flush();
    if (!out) summary.output_failure = Error{ErrorCode::usage, "output", "could not be written", {}};
    return summary;
}

}  // namespace eligo
