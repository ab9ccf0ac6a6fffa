// The batch screen: records screened on the shared batch pipeline, written in input order to
// a screen sink, with the audit kept as they go.
#include "batch/pipeline.h"
#include "eligo/profile_check.h"
#include "eligo/screen_run.h"

namespace eligo {
namespace {

using Done = batch::Done<ScreenRow>;

struct Context {
    const RuleSet& rules;
    const ScreenRunOptions& options;
    const ScreenPlan& plan;  ///< options.target's
    const ProfileCheck& check;
    const ScreenSink* render;  ///< the sink, when the workers word its rows
    IdRegister& ids;
};

Done screen_record(const RawRecord& raw, std::uint64_t sequence, const Context& context);

// Gives back what a worded row's result holds beyond what the audit counts (ScreenAudit::add:
// the outcome and the statements not met or undecided; Writer: whether a rule failed). Done
// by the worker that made it, while it is still in that core's cache: otherwise the worker
// that reuses the batch, batches later, frees it from memory gone cold, and with two threads
// that cost a tenth of each one's time.
void keep_for_audit(ScreenResult& result) {
    for (auto* findings : {&result.not_met, &result.unknown})
        for (auto& finding : *findings) {
            finding.result = CriterionResult{};
            finding.ask = std::vector<std::string>{};
        }
    result.assess = std::vector<ScreenAssessment>{};
    result.desirable = std::vector<ScreenAssessment>{};
}

// One record, whatever happens to it: an exception (memory exhausted, say) becomes that
// record's report instead of ending the process with the batch half written.
Done process(const RawRecord& raw, std::uint64_t sequence, const Context& context) {
    try {
        return screen_record(raw, sequence, context);
    } catch (const std::exception& e) {
        Done done;
        done.item = BadRecord{sequence, raw.where(),
                              {Error{ErrorCode::usage, raw.where(), std::string("could not be screened: ") + e.what(), {}}}, {}};
        return done;
    }
}

Done screen_record(const RawRecord& raw, std::uint64_t sequence, const Context& context) {
    const RuleSet& rules = context.rules;
    const ScreenRunOptions& options = context.options;
    Done done;
    auto profile = raw.decoder->decode(raw, options.read, &done.warnings);
    if (!profile) {
        done.item = BadRecord{sequence, raw.where(), profile.errors(), raw.decoder->id_of(raw)};
        return done;
    }
    context.ids.prefetch(profile->id);  // added last, once the record cannot fail
    if (profile->evidence) context.check.check(*profile, raw.where(), done.warnings);
    ScreenRow row;
    {
        ProfileIndex index(rules, *profile, options.as_of);
        row.result = screen(context.plan, index);  // before anything moves out of the profile
    }
    // A rule that fails must not pass for a gap in the application: the run's warnings count
    // it (by statement, never with the applicant's data), besides the row's reason.
    for (const auto& failed : row.result.rule_errors)
        done.warnings.push_back({raw.where(), "statement `" + failed.level + "/" + failed.criterion->id +
                                                  "`: its custom check stopped with an error, so it was left undecided "
                                                  "(a fault in the rules, not in the application; the rule author sees "
                                                  "why with -v, or with `eligo test`)"});
    // What to ask the applicant for, in the input's own terms (a CSV export's columns).
    if (row.result.outcome == ScreenOutcome::incomplete)
        for (auto& finding : row.result.unknown) raw.decoder->name_fields(raw, finding.ask);
    row.sequence = sequence;
    row.where = raw.where();
    row.id = profile->id;
    if (options.show_names) row.name = profile->name;
    profile->name.clear();
    if (context.render) {
        // Worded here, while the profile lives: the row keeps only what the audit counts.
        row.profile = std::shared_ptr<const Profile>(std::shared_ptr<const Profile>(), &*profile);
        context.render->render_row(row, done.rendered);
        row.profile.reset();
        keep_for_audit(row.result);
    } else {
        row.profile = std::make_shared<const Profile>(std::move(*profile));
    }
    // Last, once nothing can fail: a record that becomes a report was not screened.
    if (!row.id.empty()) context.ids.add(row.id, row.where, sequence);
    done.item = std::move(row);
    return done;
}

// Writes finished records in order and keeps the audit.
class Writer {
public:
    Writer(ScreenSink& sink, const ScreenTarget& target) : sink_(sink), audit_(target) {}

    void operator()(Done& done) { write(done); }
    // Rows the workers worded and gathered, in input order, after their write() calls.
    void block(std::string_view bytes) { sink_.write_rendered(bytes); }
    void write(Done& done) {
        for (const auto& w : done.warnings) tally_.add(w);
        if (!done.warnings.empty()) ++records_with_warnings_;
        if (auto* row = std::get_if<ScreenRow>(&done.item)) {
            audit_.add(row->result);
            if (!row->result.rule_errors.empty()) ++rule_faults_;
            if (row->profile) sink_.row(*row);
            else sink_.write_rendered(done.rendered);
        } else {
            audit_.add_bad_record();
            sink_.bad(std::get<BadRecord>(done.item));
        }
    }
    ScreenRunSummary finish(std::vector<RepeatedId> repeated) {
        ScreenRunSummary summary{audit_, tally_.take(), std::nullopt, std::nullopt, records_with_warnings_,
                                 std::move(repeated)};
        summary.rule_faults = rule_faults_;
        summary.output_failure = sink_.finish(summary.audit, summary.warnings);
        return summary;
    }

private:
    ScreenSink& sink_;
    ScreenAudit audit_;
    batch::WarningTally tally_;
    std::uint64_t records_with_warnings_ = 0;
    std::uint64_t rule_faults_ = 0;
};

}  // namespace

ScreenRunSummary run_screen(RecordSource& source, const RuleSet& rules, const ScreenRunOptions& given,
                            ScreenSink& sink) {
    // The lists no statement screened reads are checked but not kept: building them took 9 of
    // a record's 37 allocations and some 6 % of its screen.
    const ScreenPlan plan(given.target);
    ScreenRunOptions options = given;
    options.read.keep = plan.lists_read();
    Writer writer(sink, options.target);
    ProfileCheck check(rules);
    IdRegister ids;  // kept by the workers, so that the writer's turn stays short
    Context context{rules, options, plan, check, sink.renders_rows() ? &sink : nullptr, ids};
    batch::PipelineOptions pipeline{options.threads, options.batch_size, &options.progress, options.times};
    auto input_failure = batch::run_pipeline<ScreenRow>(
        source, pipeline, [&](const RawRecord& raw, std::uint64_t sequence) { return process(raw, sequence, context); },
        writer);
    ScreenRunSummary summary = writer.finish(ids.take());
    summary.input_failure = input_failure;
    return summary;
}

}  // namespace eligo
