// The batch pipeline shared by `screen` and `evaluate`: workers that read batches of records
// (taking turns, or each its own byte range of a file), process them side by side, and take
// turns at writing them in input order.
//
// Memory stays constant: at most `4 × threads` batches are between reading and writing at any
// time, a batch holds at most `batch_size` records and about kBatchBytes of text (a range, about
// `batch_size` records of the average size so far, and at most kBatchBytes), and written
// batches are reused.
#pragma once

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <variant>
#include <vector>

#include "eligo/batch.h"

namespace eligo::batch {

/// A record after processing: what the writer gets (`Item`), or why it could not be read, and
/// the reader's warnings about it.
template <class Item>
struct Done {
    std::variant<Item, BadRecord> item;
    std::vector<Warning> warnings;
    /// The item's output, when the worker worded it (the writer then only copies it out).
    std::string rendered;
};

struct PipelineOptions {
    unsigned threads = 1;          ///< workers; 1 runs everything on the calling thread
    std::size_t batch_size = 256;  ///< records per unit of work
    const std::function<void(const BatchProgress&)>* progress = nullptr;
    StageTimes* times = nullptr;   ///< when given, the time each stage took, summed over threads
    std::size_t range_bytes = 0;   ///< claimed ranges of this size; 0 adapts them to batch_size records
};

/// Counts the readers' warnings by message, in the order first seen.
class WarningTally {
public:
    static constexpr std::size_t kMaxDistinct = 100;
    void add(const Warning& w);
    std::vector<BatchWarning> take() { return std::move(list_); }

private:
    std::map<std::string, std::size_t> index_;
    std::vector<BatchWarning> list_;
};

namespace detail {

// Calls the progress callback at most four times a second.
class Ticker {
public:
    Ticker(const PipelineOptions& options, const RecordSource& source) : options_(options), source_(source) {}
    void tick(std::uint64_t records, bool last = false) {
        if (!options_.progress || !*options_.progress) return;
        auto now = std::chrono::steady_clock::now();
        if (!last && now - previous_ < std::chrono::milliseconds(250)) return;
        previous_ = now;
        (*options_.progress)({records, source_.bytes_read(), source_.bytes_total()});
    }

private:
    const PipelineOptions& options_;
    const RecordSource& source_;
    std::chrono::steady_clock::time_point previous_{};
};

// Adds the time from its construction to its end to one stage's total, when timing is on.
class StageTimer {
public:
    StageTimer(StageTimes* times, std::atomic<std::uint64_t> StageTimes::*stage) : times_(times), stage_(stage) {
        if (times_) start_ = std::chrono::steady_clock::now();
    }
    ~StageTimer() {
        if (!times_) return;
        auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start_);
        (times_->*stage_) += static_cast<std::uint64_t>(ns.count());
    }
    StageTimer(const StageTimer&) = delete;
    StageTimer& operator=(const StageTimer&) = delete;

private:
    StageTimes* times_;
    std::atomic<std::uint64_t> StageTimes::*stage_;
    std::chrono::steady_clock::time_point start_;
};

// A batch is closed at this much record text even when it has room for more records, so that
// long records do not multiply the memory in flight.
constexpr std::size_t kBatchBytes = 1u << 20;
// A claimed range of input is about `batch_size` records of the average size so far, within
// these bounds; the first, before any record is measured, is kFirstRangeBytes.
constexpr std::size_t kMinRangeBytes = 16u << 10;
constexpr std::size_t kFirstRangeBytes = 64u << 10;
// Record buffers up to this size are kept for the next batch; longer ones are given back.
constexpr std::size_t kKeptRecordBytes = 64u << 10;
// On one thread, rendered bytes are handed to the writer in blocks of about this size.
constexpr std::size_t kBlockBytes = 256u << 10;
// Batches between reading and writing, per worker.
constexpr std::size_t kBatchesPerWorker = 4;

// A batch of records on its way from reading through processing to writing. Batches are kept
// and reused once written, with their records' buffers and results, by the worker that filled
// them: in the steady state reading allocates nothing, and each record's memory is freed by the
// thread that allocated it, which keeps the threads out of each other's allocator locks.
template <class Item>
struct Batch {
    unsigned owner = 0;       ///< the worker that reads and processes it
    std::uint64_t number = 0;
    std::uint64_t first = 0;  ///< sequence of its first record
    std::size_t count = 0;    ///< records in use; `records` keeps spare ones for reuse
    std::vector<RawRecord> records;
    std::vector<Done<Item>> done;
    std::string block;  ///< the records' rendered bytes, when gathered
};

// Numbers the records of claimed ranges: each range's lines count on from the lines of the
// ranges before it in the same input, and sequences from the records before. Ranges are cut
// side by side but numbered here one after another, in the order they were claimed.
class Numbering {
public:
    explicit Numbering(const PipelineOptions& options)
        : batch_size_(options.batch_size), range_bytes_(options.range_bytes) {}

    // Gives `count` records their sequences from the next one on; for a range, adds the lines
    // of the input's earlier ranges to the records' line numbers.
    std::uint64_t number(std::vector<RawRecord>& records, std::size_t count, const InputRange* range, std::uint64_t lines) {
        std::uint64_t first = sequence_;
        sequence_ += count;
        if (!range) return first;
        if (range->input != input_ || !started_) {
            started_ = true;
            input_ = range->input;
            line_base_ = 0;
        }
        if (line_base_ > 0)
            for (std::size_t i = 0; i < count; ++i) records[i].number += line_base_;
        line_base_ += lines;
        bytes_ += range->end - range->begin;
        records_ += count;
        return first;
    }
    std::uint64_t records() const { return sequence_; }
    // How many bytes the next range should be.
    std::size_t range_bytes() const {
        if (range_bytes_) return range_bytes_;
        if (records_ == 0) return kFirstRangeBytes;
        return static_cast<std::size_t>(
            std::clamp<std::uint64_t>(bytes_ / records_ * batch_size_, kMinRangeBytes, kBatchBytes));
    }

private:
    std::size_t batch_size_;
    std::size_t range_bytes_;  // fixed, for tests; 0 adapts
    std::uint64_t sequence_ = 0;
    bool started_ = false;
    std::size_t input_ = 0;
    std::uint64_t line_base_ = 0;
    std::uint64_t bytes_ = 0, records_ = 0;  // of the ranges numbered so far
};

// Fills `records` from index 0 with up to a batch of records read in order; returns how many.
inline std::size_t read_serial(RecordSource& source, std::vector<RawRecord>& records, std::size_t batch_size) {
    if (records.size() < batch_size) records.resize(batch_size);
    std::size_t n = 0, bytes = 0;
    while (n < batch_size && bytes < kBatchBytes) {
        RawRecord& record = records[n];
        // A buffer that once held an unusually long record is given back rather than kept.
        if (record.text.capacity() > kKeptRecordBytes) std::string().swap(record.text);
        if (!source.next(record)) break;
        bytes += record.text.size();
        for (const auto& cell : record.cells) bytes += cell.size();
        ++n;
    }
    return n;
}

// A writer that can take the rendered bytes of several records at once, `write.block(bytes)`,
// after their `write(done)` calls (which then find `rendered` empty and write no bytes).
template <class Write>
concept TakesBlocks = requires(Write& w, std::string_view bytes) { w.block(bytes); };

// Appends the rendered bytes of `count` records to `block` and empties theirs, when every one of
// them has some: the copying is then done by the worker, and the writer hands the block on in
// one piece. A record without bytes (one that could not be read, say) leaves them all as they
// are, to be written one by one, in order.
template <class Item>
bool gather(std::vector<Done<Item>>& done, std::size_t count, std::string& block) {
    for (std::size_t i = 0; i < count; ++i)
        if (done[i].rendered.empty()) return false;
    for (std::size_t i = 0; i < count; ++i) {
        block += done[i].rendered;
        std::string().swap(done[i].rendered);  // given back now, not held beside the block
    }
    return true;
}

// Writes `count` processed records in order, then the bytes gathered from them, if any.
template <class Item, class Write>
void write_batch(Write& write, std::vector<Done<Item>>& done, std::size_t count, std::string_view block) {
    for (std::size_t i = 0; i < count; ++i) write(done[i]);
    if constexpr (TakesBlocks<Write>)
        if (!block.empty()) write.block(block);
}

// Every thread is a worker, and each worker also takes its turn at reading and at writing:
// it claims a batch (one at a time, so batches are numbered in input order), reads it (a byte
// range of a file it cuts into records itself, beside the other workers; an input that cannot
// be split, record by record while it holds the turn), processes it, and then, if no other
// worker is writing, writes every batch that is next in order. No thread only waits on the
// others, so `threads` workers keep that many cores busy, and the serial parts (claiming,
// numbering, writing) overlap with the processing of other batches.
template <class Item, class Process, class Write>
class Pipeline {
public:
    Pipeline(RecordSource& source, const PipelineOptions& options, Process& process, Write& write)
        : source_(source), options_(options), process_(process), write_(write), ticker_(options, source),
          limit_(kBatchesPerWorker * std::max(1u, options.threads)), numbering_(options),
          spare_(std::max(1u, options.threads)) {}

    void run() {
        std::vector<std::thread> helpers;
        for (unsigned t = 1; t < options_.threads; ++t) helpers.emplace_back([this, t] { work(t); });
        work(0);
        for (auto& h : helpers) h.join();
        ticker_.tick(numbering_.records(), true);
    }

private:
    using Batch = detail::Batch<Item>;
    RecordSource& source_;
    const PipelineOptions& options_;
    Process& process_;
    Write& write_;             // called by the writing worker only
    Ticker ticker_;            // used by the reading worker only
    std::atomic<std::uint64_t> ticker_records_{0};  // records numbered so far, for the ticker
    const std::size_t limit_;  // batches between reading and writing

    std::mutex read_mutex_;    // one reader at a time; guards the source's next() and claim()
    bool input_done_ = false;

    std::mutex mutex_;         // guards everything below
    std::condition_variable slot_free_;
    std::condition_variable numbered_cv_;
    std::size_t in_flight_ = 0;
    std::uint64_t numbered_ = 0;  // batches claimed so far
    std::uint64_t counted_ = 0;   // batches whose records are numbered
    Numbering numbering_;
    std::uint64_t next_ = 0;      // the batch to write next
    bool writing_ = false;        // a worker is writing
    std::map<std::uint64_t, std::unique_ptr<Batch>> finished_;
    std::vector<std::vector<std::unique_ptr<Batch>>> spare_;  // per worker: written, to be filled again

    void work(unsigned worker) {
        while (auto batch = read(worker)) {
            {
                StageTimer timer(options_.times, &StageTimes::process_ns);
                if (batch->done.size() < batch->count) batch->done.resize(batch->count);
                for (std::size_t i = 0; i < batch->count; ++i)
                    batch->done[i] = process_(batch->records[i], batch->first + i);
                batch->block.clear();
                if constexpr (TakesBlocks<Write>) gather(batch->done, batch->count, batch->block);
            }
            finish(std::move(batch));
        }
    }

    // The next batch of input, or null at its end. Waits while the most batches are in flight.
    // A claimed range is cut into records outside the read lock, side by side with the other
    // workers' ranges; the batch then waits for its turn to have its records numbered.
    std::unique_ptr<Batch> read(unsigned worker) {
        std::unique_lock read_lock(read_mutex_);
        if (input_done_) return nullptr;
        std::unique_ptr<Batch> batch;
        std::size_t range_bytes = 0;
        {
            std::unique_lock lock(mutex_);
            slot_free_.wait(lock, [&] { return in_flight_ < limit_; });
            ++in_flight_;
            if (auto& mine = spare_[worker]; !mine.empty()) {
                batch = std::move(mine.back());
                mine.pop_back();
            }
            range_bytes = numbering_.range_bytes();
        }
        if (!batch) {
            batch = std::make_unique<Batch>();
            batch->owner = worker;
        }
        InputRange range;
        Claim claim = Claim::end;
        std::size_t n = 0;
        {
            StageTimer timer(options_.times, &StageTimes::read_ns);
            claim = source_.claim(range, range_bytes);
            if (claim == Claim::serial) n = read_serial(source_, batch->records, options_.batch_size);
            ticker_.tick(ticker_records_);
        }
        std::uint64_t lines = 0;
        {
            std::lock_guard lock(mutex_);
            if (claim == Claim::end || (claim == Claim::serial && n == 0)) {
                input_done_ = true;
                --in_flight_;
                slot_free_.notify_one();
                return nullptr;
            }
            batch->number = numbered_++;
        }
        if (claim == Claim::range) {
            read_lock.unlock();
            StageTimer timer(options_.times, &StageTimes::split_ns);
            n = range.source->read_range(range, batch->records, lines);
        }
        batch->count = n;
        std::unique_lock lock(mutex_);
        numbered_cv_.wait(lock, [&] { return counted_ == batch->number; });
        {
            StageTimer timer(options_.times, &StageTimes::read_ns);
            batch->first = numbering_.number(batch->records, n, claim == Claim::range ? &range : nullptr, lines);
        }
        ticker_records_ = numbering_.records();
        ++counted_;
        numbered_cv_.notify_all();
        return batch;
    }

    // Hands a processed batch over for writing, and writes if no other worker is: every batch
    // that is next in order, until the next one is still being processed. A batch handed over
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
            {
                StageTimer timer(options_.times, &StageTimes::write_ns);
                write_batch(write_, ready->done, ready->count, ready->block);
            }
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

// One thread does everything: a batch of records read, then processed and written a few at a time.
template <class Item, class Process, class Write>
void run_inline(RecordSource& source, const PipelineOptions& options, Process& process, Write& write) {
    Ticker ticker(options, source);
    Numbering numbering(options);
    std::vector<RawRecord> records;
    std::vector<Done<Item>> done;
    std::string block;  // rendered bytes gathered over the groups, handed on 256 KiB at a time
    auto hand_on = [&] {
        if constexpr (TakesBlocks<Write>) {
            StageTimer timer(options.times, &StageTimes::write_ns);
            if (!block.empty()) write.block(block);
        }
        block.clear();
    };
    for (;;) {
        InputRange range;
        Claim claim = Claim::end;
        std::size_t n = 0;
        std::uint64_t lines = 0;
        {
            StageTimer timer(options.times, &StageTimes::read_ns);
            claim = source.claim(range, numbering.range_bytes());
            if (claim == Claim::serial) n = read_serial(source, records, options.batch_size);
        }
        if (claim == Claim::end || (claim == Claim::serial && n == 0)) break;
        if (claim == Claim::range) {
            StageTimer timer(options.times, &StageTimes::split_ns);
            n = range.source->read_range(range, records, lines);
        }
        std::uint64_t first = numbering.number(records, n, claim == Claim::range ? &range : nullptr, lines);
        // A few records at a time, so that their results (a whole framework's report each, for
        // evaluate) are still in the cache when they are written.
        constexpr std::size_t kGroup = 16;
        if (done.size() < kGroup) done.resize(kGroup);
        for (std::size_t start = 0; start < n; start += kGroup) {
            std::size_t count = std::min(kGroup, n - start);
            bool gathered = false;
            {
                StageTimer timer(options.times, &StageTimes::process_ns);
                for (std::size_t i = 0; i < count; ++i) done[i] = process(records[start + i], first + start + i);
                if constexpr (TakesBlocks<Write>) gathered = gather(done, count, block);
            }
            if (!gathered) hand_on();  // what was gathered goes before these records' own bytes
            {
                StageTimer timer(options.times, &StageTimes::write_ns);
                write_batch(write, done, count, {});
            }
            if (block.size() >= kBlockBytes) hand_on();
        }
        ticker.tick(numbering.records());
    }
    hand_on();
    ticker.tick(numbering.records(), true);
}

}  // namespace detail

/// Runs every record of `source` through `process(const RawRecord&, std::uint64_t sequence)
/// -> Done<Item>` on the workers, and `write(Done<Item>&)` in input order, one call at a time.
/// Returns what stopped the input part-way, if anything.
template <class Item, class Process, class Write>
std::optional<Error> run_pipeline(RecordSource& source, const PipelineOptions& options, Process&& process, Write&& write) {
    if (options.threads <= 1)
        detail::run_inline<Item>(source, options, process, write);
    else
        detail::Pipeline<Item, std::remove_reference_t<Process>, std::remove_reference_t<Write>>(source, options, process,
                                                                                                 write)
            .run();
    return source.failure();
}

}  // namespace eligo::batch
