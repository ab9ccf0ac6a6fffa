// Screening a batch: records streamed from a source through worker threads to a sink, in
// input order, in constant memory.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "eligo/batch.h"
#include "eligo/date.h"
#include "eligo/profile.h"
#include "eligo/screen.h"

namespace eligo {

/// One applicant screened: what an output writes.
struct ScreenRow {
    std::uint64_t sequence = 0;  ///< position in the input, from 0
    std::string where;           ///< the record's place in the input
    std::string id;
    std::string name;            ///< empty unless names were asked for
    ScreenResult result;
    /// The facts the result refers to, for the writers' words (its name is cleared unless
    /// names were asked for). It holds the lists the statements screened read
    /// (`ScreenPlan::lists_read`): the others were checked when the record was read, and are
    /// absent.
    std::shared_ptr<const Profile> profile;
};

/// Where screened rows go. Called in input order by one thread at a time (with several
/// workers, not always the same one), so a sink needs no locking of its own.
class ScreenSink {
public:
    virtual ~ScreenSink() = default;
    virtual void row(const ScreenRow& row) = 0;
    virtual void bad(const BadRecord& record) = 0;
    /// Whether a row's bytes depend on that row alone (CSV, JSON Lines): then the workers word
    /// rows with `render_row`, side by side, and the sink is given the bytes in input order
    /// through `write_rendered` instead of `row`. A sink that ranks or groups its rows (a
    /// workbook) or counts them as it goes (the text listing) keeps `row`.
    virtual bool renders_rows() const { return false; }
    /// Appends to `out` the bytes `row(row)` would write. Called from several threads at once,
    /// in any order, while `row.profile` is alive; it must not change the sink.
    virtual void render_row(const ScreenRow& row, std::string& out) const {
        (void)row;
        (void)out;
    }
    /// Writes bytes `render_row` gave, in input order, as `row` would have.
    virtual void write_rendered(std::string_view bytes) { (void)bytes; }
    /// After the last record: the audit and the warnings. Returns an error when the output
    /// could not be written.
    virtual std::optional<Error> finish(const ScreenAudit& audit, const std::vector<BatchWarning>& warnings) = 0;
};

using ScreenProgress = BatchProgress;

struct ScreenRunOptions {
    ScreenTarget target;
    Date as_of;
    unsigned threads = 1;     ///< workers; 1 runs everything on the calling thread
    bool show_names = false;  ///< copy `Profile::name` into rows
    ProfileReadOptions read;
    std::size_t batch_size = 256;  ///< records per unit of work
    /// Called now and then (about 4 times a second) by the worker that is reading, one at a time.
    std::function<void(const ScreenProgress&)> progress;
    StageTimes* times = nullptr;  ///< when given, the time spent reading, screening and writing
};

struct ScreenRunSummary {
    ScreenAudit audit;
    std::vector<BatchWarning> warnings;
    std::optional<Error> input_failure;  ///< the input stopped part-way (a read error)
    std::optional<Error> output_failure;
    /// Records that had at least one warning (a field ignored, evidence the rules cannot use).
    std::uint64_t records_with_warnings = 0;
    /// Ids that more than one record carries; every such record was still taken on its own.
    std::vector<RepeatedId> repeated_ids;
    /// Records with a statement left undecided because its custom check stopped with an error.
    std::uint64_t rule_faults = 0;
};

/// Screens every record of `source`. Rules, target and sink must outlive the call.
ScreenRunSummary run_screen(RecordSource& source, const RuleSet& rules, const ScreenRunOptions& options,
                            ScreenSink& sink);

}  // namespace eligo
