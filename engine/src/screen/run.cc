// The batch screen: workers that take turns at reading, screen batches of records side by
// side, and take turns at writing them in input order.
//
// Memory stays constant: at most `4 × threads` batches are between reading and writing at any
// time, a batch holds at most `batch_size` records and about kBatchBytes of text, and written
// batches are reused.
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>
#include <variant>

#include "eligo/screen_run.h"

namespace eligo {
namespace {

struct Done {
    std::variant<ScreenRow, BadRecord> item;
    std::vector<Warning> warnings;
};

Done screen_record(const RawRecord& raw, std::uint64_t sequence, const RuleSet& rules, const ScreenRunOptions& options);

// One record, whatever happens to it: an exception (memory exhausted, say) becomes that
// record's report instead of ending the process with the batch half written.
Done process(const RawRecord& raw, std::uint64_t sequence, const RuleSet& rules, const ScreenRunOptions& options) {
    try {
        return screen_record(raw, sequence, rules, options);
    } catch (const std::exception& e) {
        Done done;
        done.item = BadRecord{sequence, raw.where(),
                              {Error{ErrorCode::usage, raw.where(), std::string("could not be screened: ") + e.what(), {}}}};
        return done;
    }
}

Done screen_record(const RawRecord& raw, std::uint64_t sequence, const RuleSet& rules, const ScreenRunOptions& options) {
    Done done;
    auto profile = raw.decoder->decode(raw, options.read, &done.warnings);
    if (!profile) {
        done.item = BadRecord{sequence, raw.where(), profile.errors()};
        return done;
    }
    ScreenRow row;
    {
        ProfileIndex index(rules, *profile, options.as_of);
        row.result = screen(options.target, index);  // before anything moves out of the profile
    }
    // A rule that fails must not pass for a gap in the application: the run's warnings count
    // it (by statement, never with the applicant's data), besides the row's reason.
    for (const auto& failed : row.result.rule_errors)
        done.warnings.push_back({raw.where(), "statement `" + failed.level + "/" + failed.criterion->id +
                                                  "`: its custom check stopped with an error, so it was left undecided "
                                                  "(a fault in the rules, not in the application; see the rows' reasons "
                                                  "and run `eligo test`)"});
    // What to ask the applicant for, in the input's own terms (a CSV export's columns).
    if (row.result.outcome == ScreenOutcome::incomplete)
        for (auto& finding : row.result.unknown) raw.decoder->name_fields(raw, finding.ask);
    row.sequence = sequence;
    row.where = raw.where();
    row.id = profile->id;
    if (options.show_names) row.name = profile->name;
    profile->name.clear();
    row.profile = std::make_shared<const Profile>(std::move(*profile));
    done.item = std::move(row);
    return done;
}

// Counts the readers' warnings by message, in the order first seen.
class WarningTally {
public:
    static constexpr std::size_t kMaxDistinct = 100;

    void add(const Warning& w) {
        auto it = index_.find(w.message);
        if (it == index_.end()) {
            // Distinct messages are kept up to a bound; the rest are counted together.
            if (list_.size() >= kMaxDistinct) {
                if (list_.size() == kMaxDistinct)
                    list_.push_back({"other warnings (only the first " + std::to_string(kMaxDistinct) + " kinds are listed)", w.where, 0});
                ++list_.back().count;
                return;
            }
            it = index_.emplace(w.message, list_.size()).first;
            list_.push_back({w.message, w.where, 0});
        }
        ++list_[it->second].count;
    }
    std::vector<BatchWarning> take() { return std::move(list_); }

private:
    std::map<std::string, std::size_t> index_;
    std::vector<BatchWarning> list_;
};

// Writes finished records in order and keeps the audit.
class Writer {
public:
    Writer(ScreenSink& sink, const ScreenTarget& target) : sink_(sink), audit_(target) {}

    void write(Done& done) {
        for (const auto& w : done.warnings) tally_.add(w);
        if (auto* row = std::get_if<ScreenRow>(&done.item)) {
            audit_.add(row->result);
            sink_.row(*row);
        } else {
            audit_.add_bad_record();
            sink_.bad(std::get<BadRecord>(done.item));
        }
    }
    ScreenRunSummary finish() {
        ScreenRunSummary summary{audit_, tally_.take(), std::nullopt, std::nullopt};
        summary.output_failure = sink_.finish(summary.audit, summary.warnings);
        return summary;
    }

private:
    ScreenSink& sink_;
    ScreenAudit audit_;
    WarningTally tally_;
};

// Calls the progress callback at most four times a second.
class Ticker {
public:
    Ticker(const ScreenRunOptions& options, const RecordSource& source) : options_(options), source_(source) {}
    void tick(std::uint64_t records, bool last = false) {
        if (!options_.progress) return;
        auto now = std::chrono::steady_clock::now();
        if (!last && now - previous_ < std::chrono::milliseconds(250)) return;
        previous_ = now;
        options_.progress({records, source_.bytes_read(), source_.bytes_total()});
    }

private:
    const ScreenRunOptions& options_;
    const RecordSource& source_;
    std::chrono::steady_clock::time_point previous_{};
};

// A batch is closed at this much record text even when it has room for more records, so that
// long records do not multiply the memory in flight.
constexpr std::size_t kBatchBytes = 1u << 20;
// Record buffers up to this size are kept for the next batch; longer ones are given back.
constexpr std::size_t kKeptRecordBytes = 64u << 10;
// Batches between reading and writing, per worker.
constexpr std::size_t kBatchesPerWorker = 4;

// A batch of records on its way from reading through screening to writing. Batches are kept
// and reused once written, with their records' buffers and results, by the worker that filled
// them: in the steady state reading allocates nothing, and each record's memory is freed by the
// thread that allocated it, which keeps the threads out of each other's allocator locks.
struct Batch {
    unsigned owner = 0;       ///< the worker that reads and screens it
    std::uint64_t number = 0;
    std::uint64_t first = 0;  ///< sequence of its first record
    std::size_t count = 0;    ///< records in use; `records` keeps spare ones for reuse
    std::vector<RawRecord> records;
    std::vector<Done> done;
};

ScreenRunSummary run_inline(RecordSource& source, const RuleSet& rules, const ScreenRunOptions& options,
                            ScreenSink& sink) {
    Writer writer(sink, options.target);
    Ticker ticker(options, source);
    RawRecord raw;
    std::uint64_t sequence = 0;
    while (source.next(raw)) {
        Done done = process(raw, sequence++, rules, options);
        writer.write(done);
        if ((sequence & 255) == 0) ticker.tick(sequence);
    }
    ticker.tick(sequence, true);
    ScreenRunSummary summary = writer.finish();
    summary.input_failure = source.failure();
    return summary;
}

// Every thread is a worker, and each worker also takes its turn at reading and at writing:
// it reads a batch (one reader at a time, so batches are numbered in input order), screens
// it, and then, if no other worker is writing, writes every batch that is next in order. No
// thread only waits on the others, so `threads` workers keep that many cores busy, and the
// serial parts (reading, writing) overlap with the screening of other batches.
class Pipeline {
public:
    Pipeline(RecordSource& source, const RuleSet& rules, const ScreenRunOptions& options, ScreenSink& sink)
        : source_(source), rules_(rules), options_(options), writer_(sink, options.target), ticker_(options, source),
          limit_(kBatchesPerWorker * std::max(1u, options.threads)), spare_(std::max(1u, options.threads)) {}

    ScreenRunSummary run() {
        std::vector<std::thread> helpers;
        for (unsigned t = 1; t < options_.threads; ++t) helpers.emplace_back([this, t] { work(t); });
        work(0);
        for (auto& h : helpers) h.join();
        ticker_.tick(sequence_, true);
        ScreenRunSummary summary = writer_.finish();
        summary.input_failure = source_.failure();
        return summary;
    }

private:
    RecordSource& source_;
    const RuleSet& rules_;
    const ScreenRunOptions& options_;
    Writer writer_;           // used by the writing worker only
    Ticker ticker_;           // used by the reading worker only
    const std::size_t limit_;  // batches between reading and writing

    std::mutex read_mutex_;   // one reader at a time; guards the source and `sequence_`
    std::uint64_t sequence_ = 0;
    bool input_done_ = false;

    std::mutex mutex_;        // guards everything below
    std::condition_variable slot_free_;
    std::size_t in_flight_ = 0;
    std::uint64_t numbered_ = 0;  // batches read so far
    std::uint64_t next_ = 0;      // the batch to write next
    bool writing_ = false;        // a worker is writing
    std::map<std::uint64_t, std::unique_ptr<Batch>> finished_;
    std::vector<std::vector<std::unique_ptr<Batch>>> spare_;  // per worker: written, to be filled again

    void work(unsigned worker) {
        while (auto batch = read(worker)) {
            if (batch->done.size() < batch->count) batch->done.resize(batch->count);
            for (std::size_t i = 0; i < batch->count; ++i)
                batch->done[i] = process(batch->records[i], batch->first + i, rules_, options_);
            finish(std::move(batch));
        }
    }

    // The next batch of input, or null at its end. Waits while the most batches are in flight.
    std::unique_ptr<Batch> read(unsigned worker) {
        std::lock_guard read_lock(read_mutex_);
        if (input_done_) return nullptr;
        std::unique_ptr<Batch> batch;
        {
            std::unique_lock lock(mutex_);
            slot_free_.wait(lock, [&] { return in_flight_ < limit_; });
            ++in_flight_;
            if (auto& mine = spare_[worker]; !mine.empty()) {
                batch = std::move(mine.back());
                mine.pop_back();
            }
        }
        if (!batch) {
            batch = std::make_unique<Batch>();
            batch->owner = worker;
        }
        if (batch->records.size() < options_.batch_size) batch->records.resize(options_.batch_size);
        std::size_t n = 0, bytes = 0;
        while (n < options_.batch_size && bytes < kBatchBytes) {
            RawRecord& record = batch->records[n];
            // A buffer that once held an unusually long record is given back rather than kept.
            if (record.text.capacity() > kKeptRecordBytes) std::string().swap(record.text);
            if (!source_.next(record)) {
                input_done_ = true;
                break;
            }
            bytes += record.text.size();
            for (const auto& cell : record.cells) bytes += cell.size();
            ++n;
        }
        batch->count = n;
        batch->first = sequence_;
        sequence_ += n;
        ticker_.tick(sequence_);
        std::lock_guard lock(mutex_);
        if (n == 0) {
            --in_flight_;
            slot_free_.notify_one();
            return nullptr;
        }
        batch->number = numbered_++;
        return batch;
    }

    // Hands a screened batch over for writing, and writes if no other worker is: every batch
    // that is next in order, until the next one is still being screened. A batch handed over
    // while another worker writes is seen by that worker before it stops, because both look
    // under the same lock.
    void finish(std::unique_ptr<Batch> batch) {
        std::unique_lock lock(mutex_);
        finished_.emplace(batch->number, std::move(batch));
        if (writing_) return;
        writing_ = true;
        for (auto it = finished_.find(next_); it != finished_.end(); it = finished_.find(next_)) {
            std::unique_ptr<Batch> ready = std::move(it->second);
            finished_.erase(it);
            lock.unlock();
            for (std::size_t i = 0; i < ready->count; ++i) writer_.write(ready->done[i]);
            lock.lock();
            // A worker keeps as many batches as its share of those in flight; one that read
            // far ahead of the others lets the surplus go, so memory does not grow with it.
            if (auto& spares = spare_[ready->owner]; spares.size() < kBatchesPerWorker) spares.push_back(std::move(ready));
            ++next_;
            --in_flight_;
            slot_free_.notify_one();
        }
        writing_ = false;
    }
};

ScreenRunSummary run_threads(RecordSource& source, const RuleSet& rules, const ScreenRunOptions& options,
                             ScreenSink& sink) {
    return Pipeline(source, rules, options, sink).run();
}

}  // namespace

ScreenRunSummary run_screen(RecordSource& source, const RuleSet& rules, const ScreenRunOptions& options,
                            ScreenSink& sink) {
    if (options.threads <= 1) return run_inline(source, rules, options, sink);
    return run_threads(source, rules, options, sink);
}

}  // namespace eligo
