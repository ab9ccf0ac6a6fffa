// SHA-256 (FIPS 180-4): the rule set's digest, and the digest of every input a screen names in
// its About block. A file is hashed by one thread however many screen it, so on x86-64
// processors with the SHA extensions the blocks go through those instructions (chosen when the
// program starts); elsewhere through the portable rounds. Both give the same digest.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace eligo {

class Sha256 {
public:
    /// How the 64-byte blocks are compressed.
    enum class Rounds { portable, sha_extensions };

    /// On the fastest rounds this processor can run (fastest()).
    Sha256();
    /// On `rounds`, or on the portable ones where this processor cannot run them.
    explicit Sha256(Rounds rounds);
    void update(std::string_view data);
    /// The digest as 64 lower-case hex digits; the object is spent afterwards.
    std::string hex();

    /// The rounds a default-constructed object uses on this processor.
    static Rounds fastest();
    static bool supported(Rounds rounds);

    using State = std::array<std::uint32_t, 8>;

private:
    void blocks(const unsigned char* p, std::size_t count);
    State h_;
    Rounds rounds_;
    std::array<unsigned char, 64> buffer_{};
    std::size_t buffered_ = 0;
    std::uint64_t length_ = 0;
};

}  // namespace eligo
