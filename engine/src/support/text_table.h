// A table from texts to values that is built once and then only read, for lookups on a hot
// path: open addressing over a power of two of slots, at most half of them used, each slot
// holding part of its text's hash beside the entry's place, so that a search compares texts
// only when the hashes agree (nearly always once, on the text sought). The hash reads a text
// eight bytes at a time. std::map compares texts some six times to find one among sixty, and
// std::unordered_map hashes byte by byte and divides to find the bucket.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace eligo::text {

template <class T>
class Table {
public:
    struct Entry {
        std::string key;
        T value;
    };

    Table() = default;
    /// The pairs of [first, last) (key, value), keys all different, as std::map holds them.
    template <class It>
    Table(It first, It last) {
        for (; first != last; ++first) entries_.push_back({std::string(first->first), T(first->second)});
        std::size_t size = 8;
        while (size < 2 * entries_.size()) size *= 2;
        slots_.assign(size, 0);
        for (std::size_t at = 0; at < entries_.size(); ++at) {
            std::uint64_t h = hash(entries_[at].key);
            std::size_t i = static_cast<std::size_t>(h) & (size - 1);
            while (slots_[i] != 0) i = (i + 1) & (size - 1);
            slots_[i] = tag(h) | (at + 1);
        }
    }

    /// The value of `key`, or null when the table does not hold it.
    const T* find(std::string_view key) const {
        if (entries_.empty()) return nullptr;
        std::uint64_t h = hash(key);
        std::size_t mask = slots_.size() - 1;
        for (std::size_t i = static_cast<std::size_t>(h) & mask;; i = (i + 1) & mask) {
            std::uint64_t slot = slots_[i];
            if (slot == 0) return nullptr;
            if ((slot & kTagBits) != tag(h)) continue;
            const Entry& e = entries_[(slot & kPlaceBits) - 1];
            if (e.key == key) return &e.value;
        }
    }

    /// Every entry, in the order given.
    const std::vector<Entry>& entries() const { return entries_; }

    static std::uint64_t hash(std::string_view s) {
        std::uint64_t h = 0x9e3779b97f4a7c15ull ^ s.size();
        const char* p = s.data();
        std::size_t n = s.size();
        for (; n >= 8; p += 8, n -= 8) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            h = mix(h ^ w);
        }
        if (n > 0) {
            std::uint64_t w = 0;
            std::memcpy(&w, p, n);
            h = mix(h ^ w);
        }
        return mix(h);
    }

private:
    static constexpr std::uint64_t kTagBits = 0xffffffff00000000ull;
    static constexpr std::uint64_t kPlaceBits = 0x00000000ffffffffull;

    std::vector<Entry> entries_;
    std::vector<std::uint64_t> slots_;  // 0: empty; else the hash's top half and the entry's place + 1

    static std::uint64_t mix(std::uint64_t x) {
        x *= 0xbf58476d1ce4e5b9ull;
        return x ^ (x >> 31);
    }
    static std::uint64_t tag(std::uint64_t h) { return h & kTagBits; }
};

}  // namespace eligo::text
