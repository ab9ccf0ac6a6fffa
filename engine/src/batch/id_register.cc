// Repeated profile ids in a batch, found in one pass in constant memory per record.
#include <sys/mman.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <functional>
#include <memory>
#include <new>
#include <unordered_map>
#include <vector>

#include "eligo/batch.h"

namespace eligo {

// A record's place, kept small: the text before its trailing number (`file:` or `file row `,
// or a whole file name), stored once and shared by every record of that file, and the number.
struct Place {
    std::uint32_t prefix = 0;
    std::uint64_t number = 0;  ///< 0: the place has no number of its own
};

// The first place of every id, by the id's 64-bit hash, in one array probed linearly: no
// allocation per record, which matters as the register is kept by the one thread that writes.
//
// The array is allocated in whole huge pages (2 MiB) and marked for them where the kernel
// offers them on request (transparent huge pages, `madvise`): the slots are touched in random
// order, and a first touch of each small page is a page fault, which on a virtual machine can
// cost more than the record's whole screen. Where huge pages are not given, nothing changes.
class FirstPlaces {
public:
    FirstPlaces() = default;
    FirstPlaces(const FirstPlaces&) = delete;
    FirstPlaces& operator=(const FirstPlaces&) = delete;
    ~FirstPlaces() { std::free(slots_); }

    // The place stored for `hash`, added when the hash is new; `added` says which.
    Place& find_or_add(std::uint64_t hash, bool& added) {
        if ((used_ + 1) * 2 > size_) grow();
        if (hash == 0) hash = 1;  // 0 marks an empty slot
        std::size_t mask = size_ - 1;
        for (std::size_t i = static_cast<std::size_t>(hash) & mask;; i = (i + 1) & mask) {
            Slot& slot = slots_[i];
            if (slot.hash == hash) {
                added = false;
                return slot.place;
            }
            if (slot.hash == 0) {
                slot.hash = hash;
                ++used_;
                added = true;
                return slot.place;
            }
        }
    }

    // Starts fetching the slot where the search for `hash` begins.
    void prefetch(std::uint64_t hash) const {
        if (size_ == 0) return;
        if (hash == 0) hash = 1;
        __builtin_prefetch(&slots_[static_cast<std::size_t>(hash) & (size_ - 1)]);
    }

private:
    struct Slot {
        std::uint64_t hash = 0;
        Place place;
    };
    static constexpr std::size_t kHugePage = 2u << 20;
    static constexpr std::size_t kFirstSize = std::size_t{1} << 16;  // 1.5 MiB: within the first huge page

    Slot* slots_ = nullptr;  // size_ slots, a power of two
    std::size_t size_ = 0;
    std::size_t used_ = 0;

    static Slot* allocate(std::size_t count) {
        std::size_t bytes = (count * sizeof(Slot) + kHugePage - 1) / kHugePage * kHugePage;
        void* memory = std::aligned_alloc(kHugePage, bytes);
        if (!memory) throw std::bad_alloc();
        ::madvise(memory, bytes, MADV_HUGEPAGE);  // a request: refused where huge pages are off
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
    }
};

struct IdRegister::State {
    std::vector<std::string> prefixes;
    std::unordered_map<std::string, std::uint32_t> prefix_index;
    std::uint32_t last_prefix = UINT32_MAX;  // records of one file come together

    FirstPlaces first;  // id hash -> its first record's place
    // Ids seen again: their index in `repeated`, by hash.
    std::unordered_map<std::uint64_t, std::size_t> repeated_index;
    std::vector<RepeatedId> repeated;

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

IdRegister::IdRegister() : state_(std::make_unique<State>()) {}
IdRegister::~IdRegister() = default;

bool IdRegister::add(std::string_view id, std::string_view where) {
    State& s = *state_;
    std::uint64_t hash = std::hash<std::string_view>{}(id);
    bool added = false;
    Place& first = s.first.find_or_add(hash, added);
    if (added) {
        first = s.place_of(where);
        return false;
    }
    auto [r, first_repeat] = s.repeated_index.try_emplace(hash, s.repeated.size());
    if (first_repeat) s.repeated.push_back({std::string(id), {s.text_of(first)}});
    s.repeated[r->second].places.emplace_back(where);
    return true;
}

void IdRegister::prefetch(std::string_view id) const {
    state_->first.prefetch(std::hash<std::string_view>{}(id));
}

std::vector<RepeatedId> IdRegister::take() {
    std::vector<RepeatedId> out = std::move(state_->repeated);
    state_ = std::make_unique<State>();
    return out;
}

}  // namespace eligo
