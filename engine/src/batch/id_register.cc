// Repeated profile ids in a batch, found in one pass in constant memory per record, by the
// workers that read the records, side by side.
#include <sys/mman.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstdlib>
#include <functional>
#include <memory>
#include <mutex>
#include <new>
#include <unordered_map>
#include <vector>

#include "eligo/batch.h"

namespace eligo {

// A record's place, kept small: the text before its trailing number (`file:` or `file row `,
// or a whole file name), stored once per shard and shared by every record of that file, and
// the number.
struct Place {
    std::uint32_t prefix = 0;
    std::uint64_t number = 0;  ///< 0: the place has no number of its own
};

// The first place noted for every id, by the id's 64-bit hash, in one array probed linearly:
// no allocation per record.
//
// A table of 2 MiB or more is allocated in whole huge pages and marked for them where the kernel
// offers them on request (transparent huge pages, `madvise`): the slots are touched in random
// order, and a first touch of each small page is a page fault, which on a virtual machine can
// cost more than the record's whole screen. Where huge pages are not given, nothing changes.
class FirstPlaces {
public:
    struct Slot {
        std::uint64_t hash = 0;
        Place place;
        std::uint64_t sequence = 0;
    };

    FirstPlaces() = default;
    FirstPlaces(const FirstPlaces&) = delete;
    FirstPlaces& operator=(const FirstPlaces&) = delete;
    ~FirstPlaces() { std::free(slots_); }

    // Asks the processor to bring the slot where a search for `hash` starts into its cache,
    // without the shard's lock: a register of a large batch is megabytes touched at random,
    // and a record's slot is otherwise a miss the worker waits for. Only an address is worked
    // out (as an integer: the table may be replaced meanwhile), and fetching one never faults.
    void prefetch(std::uint64_t hash) const {
        std::uintptr_t slots = published_slots_.load(std::memory_order_relaxed);
        std::size_t mask = published_mask_.load(std::memory_order_relaxed);
        if (slots == 0) return;
        if (hash == 0) hash = 1;
        __builtin_prefetch(reinterpret_cast<const void*>(slots + (static_cast<std::size_t>(hash) & mask) * sizeof(Slot)));
    }

    // The slot for `hash`, added when the hash is new; `added` says which.
    Slot& find_or_add(std::uint64_t hash, bool& added) {
        if ((used_ + 1) * 2 > size_) grow();
        if (hash == 0) hash = 1;  // 0 marks an empty slot
        std::size_t mask = size_ - 1;
        for (std::size_t i = static_cast<std::size_t>(hash) & mask;; i = (i + 1) & mask) {
            Slot& slot = slots_[i];
            if (slot.hash == hash) {
                added = false;
                return slot;
            }
            if (slot.hash == 0) {
                slot.hash = hash;
                ++used_;
                added = true;
                return slot;
            }
        }
    }

private:
    static constexpr std::size_t kHugePage = 2u << 20;
    static constexpr std::size_t kFirstSize = 1024;  // 32 KiB: a shard's share of a small batch

    Slot* slots_ = nullptr;  // size_ slots, a power of two
    std::size_t size_ = 0;
    std::size_t used_ = 0;
    // The table's address and mask for prefetch(), read without the lock. Set one after the
    // other, so a reader may pair the new table with the old mask, which keeps it inside the
    // new table, or the old table with the new mask, which may point past the old one: only
    // an address, never read, so either is harmless.
    std::atomic<std::uintptr_t> published_slots_{0};
    std::atomic<std::size_t> published_mask_{0};

    static Slot* allocate(std::size_t count) {
        std::size_t bytes = count * sizeof(Slot);
        bool huge = bytes >= kHugePage;
        std::size_t align = huge ? kHugePage : 64;
        bytes = (bytes + align - 1) / align * align;
        void* memory = std::aligned_alloc(align, bytes);
        if (!memory) throw std::bad_alloc();
        if (huge) ::madvise(memory, bytes, MADV_HUGEPAGE);  // a request: refused where huge pages are off
        Slot* slots = static_cast<Slot*>(memory);
        std::uninitialized_value_construct_n(slots, count);
        return slots;
    }

    void grow() {
        Slot* old = slots_;
        std::size_t old_size = size_;
        slots_ = allocate(size_ = std::max(kFirstSize, old_size * 2));
        std::size_t mask = size_ - 1;
        for (std::size_t k = 0; k < old_size; ++k) {
            const Slot& slot = old[k];
            if (slot.hash == 0) continue;
            std::size_t i = static_cast<std::size_t>(slot.hash) & mask;
            while (slots_[i].hash != 0) i = (i + 1) & mask;
            slots_[i] = slot;
        }
        std::free(old);
        published_slots_.store(reinterpret_cast<std::uintptr_t>(slots_), std::memory_order_relaxed);
        published_mask_.store(mask, std::memory_order_relaxed);
    }
};

namespace {

// An id seen more than once: every place noted for it, with its record's sequence.
struct Repeat {
    std::string id;
    std::vector<std::pair<std::uint64_t, std::string>> places;
};

}  // namespace

// The ids whose hash falls to one shard, under the shard's own lock: workers adding records at
// the same time rarely wait for each other. Aligned so that two shards' locks are never on one
// cache line.
struct alignas(64) IdShard {
    std::mutex mutex;
    std::vector<std::string> prefixes;
    std::unordered_map<std::string, std::uint32_t> prefix_index;
    std::uint32_t last_prefix = UINT32_MAX;  // records of one file come together

    FirstPlaces first;  // id hash -> the place and sequence noted first
    std::unordered_map<std::uint64_t, std::size_t> repeated_index;  // id hash -> index in `repeated`
    std::vector<Repeat> repeated;

    Place place_of(std::string_view where) {
        // A trailing number without a leading zero is the line or row: `file:17`, `f row 3`.
        std::size_t digits = where.size();
        while (digits > 0 && where[digits - 1] >= '0' && where[digits - 1] <= '9') --digits;
        Place place;
        if (digits < where.size() && where[digits] != '0' && where.size() - digits < 20) {
            std::from_chars(where.data() + digits, where.data() + where.size(), place.number);
            where = where.substr(0, digits);
        }
        if (last_prefix != UINT32_MAX && prefixes[last_prefix] == where) {
            place.prefix = last_prefix;
            return place;
        }
        auto [it, added] = prefix_index.try_emplace(std::string(where), static_cast<std::uint32_t>(prefixes.size()));
        if (added) prefixes.emplace_back(where);
        place.prefix = last_prefix = it->second;
        return place;
    }

    std::string text_of(const Place& place) const {
        std::string out = prefixes[place.prefix];
        if (place.number) out += std::to_string(place.number);
        return out;
    }
};

struct IdRegister::State {
    static constexpr std::size_t kShards = 32;
    IdShard shards[kShards];
    std::atomic<std::uint64_t> next{0};  // the sequence of add(id, where)
};

IdRegister::IdRegister() : state_(std::make_unique<State>()) {}
IdRegister::~IdRegister() = default;

bool IdRegister::add(std::string_view id, std::string_view where) { return add(id, where, state_->next++); }

void IdRegister::prefetch(std::string_view id) const {
    std::uint64_t hash = std::hash<std::string_view>{}(id);
    state_->shards[hash >> 59].first.prefetch(hash);
}

bool IdRegister::add(std::string_view id, std::string_view where, std::uint64_t sequence) {
    std::uint64_t hash = std::hash<std::string_view>{}(id);
    // The top bits choose the shard; the shard's table probes from the low bits.
    IdShard& shard = state_->shards[hash >> 59];
    static_assert(State::kShards == 32);
    std::lock_guard lock(shard.mutex);
    bool added = false;
    FirstPlaces::Slot& first = shard.first.find_or_add(hash, added);
    if (added) {
        first.place = shard.place_of(where);
        first.sequence = sequence;
        return false;
    }
    auto [r, first_repeat] = shard.repeated_index.try_emplace(hash, shard.repeated.size());
    if (first_repeat) shard.repeated.push_back({std::string(id), {{first.sequence, shard.text_of(first.place)}}});
    shard.repeated[r->second].places.emplace_back(sequence, where);
    return true;
}

std::vector<RepeatedId> IdRegister::take() {
    std::vector<Repeat> all;
    for (auto& shard : state_->shards)
        for (auto& repeat : shard.repeated) all.push_back(std::move(repeat));
    state_ = std::make_unique<State>();
    // Records may have been added in any order: each id's places in input order, and the ids in
    // the order of their second record.
    for (auto& repeat : all)
        std::sort(repeat.places.begin(), repeat.places.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
    std::sort(all.begin(), all.end(),
              [](const Repeat& a, const Repeat& b) { return a.places[1].first < b.places[1].first; });
    std::vector<RepeatedId> out;
    out.reserve(all.size());
    for (auto& repeat : all) {
        RepeatedId r{std::move(repeat.id), {}};
        r.places.reserve(repeat.places.size());
        for (auto& place : repeat.places) r.places.push_back(std::move(place.second));
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace eligo
