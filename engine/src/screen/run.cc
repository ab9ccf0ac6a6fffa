// The batch screen: one thread reads, workers decode and screen, one thread writes in order.
//
// Memory stays constant: at most `4 × threads` batches of records are between reading and
// writing at any time, and a batch is freed once written.
#include <chrono>
#include <condition_variable>
#include <deque>
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
    row.sequence = sequence;
    row.where = raw.where();
    row.id = std::move(profile->id);
    if (options.show_names) row.name = std::move(profile->name);
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

struct Batch {
    std::uint64_t number = 0;
    std::uint64_t first = 0;  ///< sequence of its first record
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

ScreenRunSummary run_threads(RecordSource& source, const RuleSet& rules, const ScreenRunOptions& options,
                             ScreenSink& sink) {
    const std::size_t limit = 4 * options.threads;
    std::mutex mutex;
    std::condition_variable work_ready, batch_done, slot_free;
    std::deque<std::unique_ptr<Batch>> todo;
    std::map<std::uint64_t, std::unique_ptr<Batch>> finished;
    std::size_t in_flight = 0;
    bool reading_done = false;
    std::uint64_t batches = 0;

    std::vector<std::thread> workers;
    for (unsigned t = 0; t < options.threads; ++t)
        workers.emplace_back([&] {
            for (;;) {
                std::unique_ptr<Batch> batch;
                {
                    std::unique_lock lock(mutex);
                    work_ready.wait(lock, [&] { return !todo.empty() || reading_done; });
                    if (todo.empty()) return;
                    batch = std::move(todo.front());
                    todo.pop_front();
                }
                batch->done.reserve(batch->records.size());
                for (std::size_t i = 0; i < batch->records.size(); ++i)
                    batch->done.push_back(process(batch->records[i], batch->first + i, rules, options));
                batch->records.clear();
                {
                    std::lock_guard lock(mutex);
                    finished.emplace(batch->number, std::move(batch));
                }
                batch_done.notify_all();
            }
        });

    Writer writer(sink, options.target);
    std::thread writing([&] {
        for (std::uint64_t next = 0;; ++next) {
            std::unique_ptr<Batch> batch;
            {
                std::unique_lock lock(mutex);
                batch_done.wait(lock, [&] { return finished.count(next) > 0 || (reading_done && next >= batches); });
                auto it = finished.find(next);
                if (it == finished.end()) return;
                batch = std::move(it->second);
                finished.erase(it);
            }
            for (auto& done : batch->done) writer.write(done);
            batch.reset();
            {
                std::lock_guard lock(mutex);
                --in_flight;
            }
            slot_free.notify_one();
        }
    });

    Ticker ticker(options, source);
    std::uint64_t sequence = 0;
    for (;;) {
        auto batch = std::make_unique<Batch>();
        batch->records.resize(options.batch_size);
        std::size_t n = 0;
        while (n < batch->records.size() && source.next(batch->records[n])) ++n;
        if (n == 0) break;
        batch->records.resize(n);
        batch->first = sequence;
        sequence += n;
        {
            std::unique_lock lock(mutex);
            slot_free.wait(lock, [&] { return in_flight < limit; });
            ++in_flight;
            batch->number = batches++;
            todo.push_back(std::move(batch));
        }
        work_ready.notify_one();
        ticker.tick(sequence);
        if (n < options.batch_size) break;
    }
    ticker.tick(sequence, true);
    {
        std::lock_guard lock(mutex);
        reading_done = true;
    }
    work_ready.notify_all();
    batch_done.notify_all();
    for (auto& w : workers) w.join();
    batch_done.notify_all();
    writing.join();
    ScreenRunSummary summary = writer.finish();
    summary.input_failure = source.failure();
    return summary;
}

}  // namespace

ScreenRunSummary run_screen(RecordSource& source, const RuleSet& rules, const ScreenRunOptions& options,
                            ScreenSink& sink) {
    if (options.threads <= 1) return run_inline(source, rules, options, sink);
    return run_threads(source, rules, options, sink);
}

}  // namespace eligo
