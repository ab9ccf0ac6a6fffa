// `evaluate --format jsonl`: the whole framework (or the chosen roles) per record on the batch
// pipeline. Workers build each line; the writer only copies it out.
#include <ostream>
#include <string>
#include <string_view>

#include "batch/pipeline.h"
#include "eligo/evaluate_run.h"
#include "eligo/explain.h"
#include "eligo/profile_check.h"
#include "support/stream_buffer.h"

namespace eligo {
namespace {

// Whether a custom check stopped with an error in a profile's evaluation; the result line
// itself is the record's `rendered` bytes.
struct Line {
    bool rule_fault = false;
};

using Done = batch::Done<Line>;

struct Context {
    const RuleSet& rules;
    const EvaluateRunOptions& options;
    const ProfileCheck& check;
    IdRegister& ids;  // kept by the workers, so that the writer's turn stays short
};

Done evaluate_record(const RawRecord& raw, std::uint64_t sequence, const Context& context) {
    const EvaluateRunOptions& options = context.options;
    Done done;
    auto profile = raw.decoder->decode(raw, options.read, &done.warnings);
    if (!profile) {
        done.item = BadRecord{sequence, raw.where(), profile.errors(), raw.decoder->id_of(raw)};
        return done;
    }
    Line line;
    std::string where = raw.where();
    context.ids.prefetch(profile->id);  // added last, once the record cannot fail
    if (profile->evidence) context.check.check(*profile, where, done.warnings);
    ProfileResult result = evaluate(context.rules, *profile, options.evaluate);
    done.rendered = profile_result_json(result, options.report);
    done.rendered += '\n';
    // Counted over the batch by check, never with the profile's data: the first names the record.
    for (const auto& role : result.roles)
        for (const auto& fault : rule_faults(role)) {
            done.warnings.push_back({where + ", profile `" + profile->id + "`", rule_fault_warning(fault)});
            line.rule_fault = true;
        }
    // Last, once nothing can fail: a record that becomes a report was not evaluated.
    if (!profile->id.empty()) context.ids.add(profile->id, where, sequence);
    done.item = std::move(line);
    return done;
}

// One record, whatever happens to it: an exception (memory exhausted, say) becomes that
// record's report instead of ending the process with the output half written.
Done process(const RawRecord& raw, std::uint64_t sequence, const Context& context) {
    try {
        return evaluate_record(raw, sequence, context);
    } catch (const std::exception& e) {
        Done done;
        done.item = BadRecord{
            sequence, raw.where(), {Error{ErrorCode::usage, raw.where(), std::string("could not be evaluated: ") + e.what(), {}}}, {}};
        return done;
    }
}

// Writes the lines in input order and counts the run. Lines come one at a time, or as a block
// a worker gathered (then each record's own bytes are empty).
struct Writer {
    StreamBuffer out;
    std::ostream& errors;
    EvaluateRunSummary& summary;
    batch::WarningTally& tally;

    void operator()(Done& done) {
        for (const auto& w : done.warnings) tally.add(w);
        if (!done.warnings.empty()) ++summary.records_with_warnings;
        if (const auto* line = std::get_if<Line>(&done.item)) {
            out.write(done.rendered);
            ++summary.evaluated;
            summary.rule_faults += line->rule_fault;
        } else {
            for (const auto& e : std::get<BadRecord>(done.item).errors) errors << e.to_string() << '\n';
            ++summary.bad_records;
        }
    }
    void block(std::string_view bytes) { out.write(bytes); }
};

}  // namespace

EvaluateRunSummary run_evaluate_lines(RecordSource& source, const RuleSet& rules, const EvaluateRunOptions& options,
                                      std::ostream& out, std::ostream& errors) {
    EvaluateRunSummary summary;
    batch::WarningTally tally;
    IdRegister ids;
    ProfileCheck check(rules);
    Context context{rules, options, check, ids};
    batch::PipelineOptions pipeline{options.threads, options.batch_size, &options.progress, options.times};
    Writer write{StreamBuffer(out), errors, summary, tally};
    summary.input_failure = batch::run_pipeline<Line>(
        source, pipeline, [&](const RawRecord& raw, std::uint64_t sequence) { return process(raw, sequence, context); },
        write);
    write.out.flush();
    summary.warnings = tally.take();
    summary.repeated_ids = ids.take();
    out.flush();
    if (!out) summary.output_failure = Error{ErrorCode::usage, "output", "could not be written", {}};
    return summary;
}

}  // namespace eligo
