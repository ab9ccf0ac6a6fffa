#include "support/sha256.h"

#include <algorithm>
#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>
#define ELIGO_SHA_EXTENSIONS 1
#endif

namespace eligo {
namespace {

alignas(16) constexpr std::uint32_t kRound[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

constexpr std::uint32_t rotr(std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

void portable_blocks(Sha256::State& h, const unsigned char* p, std::size_t count) {
    for (; count > 0; --count, p += 64) {
        std::uint32_t w[64];
        for (int i = 0; i < 16; ++i)
            w[i] = (std::uint32_t(p[4 * i]) << 24) | (std::uint32_t(p[4 * i + 1]) << 16) |
                   (std::uint32_t(p[4 * i + 2]) << 8) | std::uint32_t(p[4 * i + 3]);
        for (int i = 16; i < 64; ++i) {
            std::uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
            std::uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
        for (int i = 0; i < 64; ++i) {
            std::uint32_t t1 = hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + kRound[i] + w[i];
            std::uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            hh = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        h[0] += a; h[1] += b; h[2] += c; h[3] += d;
        h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
    }
}

#ifdef ELIGO_SHA_EXTENSIONS

bool has_sha_extensions() {
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return false;
    bool ssse3 = (c & (1u << 9)) != 0, sse41 = (c & (1u << 19)) != 0;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return false;
    return ssse3 && sse41 && (b & (1u << 29)) != 0;
}

// The SHA extensions keep the eight working variables in two registers, lanes high to low:
// (A, B, E, F) and (C, D, G, H). One `sha256rnds2` does two rounds, taking the two words of
// message plus constant in its third operand's low half, and returns the new (A, B, E, F); the
// old one is then the new (C, D, G, H), so the two registers swap roles every two rounds.
// `sha256msg1` and `sha256msg2` compute the σ0 and σ1 halves of the message schedule, four
// words at a time.
__attribute__((target("sha,sse4.1,ssse3"))) void extension_blocks(Sha256::State& h, const unsigned char* p,
                                                                    std::size_t count) {
    const __m128i byte_swap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i abcd = _mm_loadu_si128(reinterpret_cast<const __m128i*>(h.data()));      // lanes A B C D
    __m128i efgh = _mm_loadu_si128(reinterpret_cast<const __m128i*>(h.data() + 4));  // lanes E F G H
    abcd = _mm_shuffle_epi32(abcd, 0xB1);                                              // B A D C
    efgh = _mm_shuffle_epi32(efgh, 0x1B);                                              // H G F E
    __m128i abef = _mm_alignr_epi8(abcd, efgh, 8);                                     // F E B A
    __m128i cdgh = _mm_blend_epi16(efgh, abcd, 0xF0);                                  // H G D C
    for (; count > 0; --count, p += 64) {
        const __m128i abef_before = abef, cdgh_before = cdgh;
        __m128i m[4];  // message words 4g .. 4g+3 of group g, in m[g % 4]
#pragma GCC unroll 16
        for (int g = 0; g < 16; ++g) {
            __m128i w;
            if (g < 4) {
                w = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * g)), byte_swap);
            } else {
                // W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16], for t = 4g .. 4g+3.
                __m128i sum = _mm_sha256msg1_epu32(m[g & 3], m[(g + 1) & 3]);
                sum = _mm_add_epi32(sum, _mm_alignr_epi8(m[(g + 3) & 3], m[(g + 2) & 3], 4));
                w = _mm_sha256msg2_epu32(sum, m[(g + 3) & 3]);
            }
            m[g & 3] = w;
            __m128i k = _mm_add_epi32(w, _mm_load_si128(reinterpret_cast<const __m128i*>(kRound + 4 * g)));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, k);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(k, 0x0E));
        }
        abef = _mm_add_epi32(abef, abef_before);
        cdgh = _mm_add_epi32(cdgh, cdgh_before);
    }
    __m128i feba = _mm_shuffle_epi32(abef, 0x1B);                 // A B E F
    __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);                 // G H C D
    abcd = _mm_blend_epi16(feba, dchg, 0xF0);                     // A B C D
    efgh = _mm_alignr_epi8(dchg, feba, 8);                        // E F G H
    _mm_storeu_si128(reinterpret_cast<__m128i*>(h.data()), abcd);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(h.data() + 4), efgh);
}

#endif

}  // namespace

bool Sha256::supported(Rounds rounds) {
    if (rounds == Rounds::portable) return true;
#ifdef ELIGO_SHA_EXTENSIONS
    static const bool has = has_sha_extensions();
    return has;
#else
    return false;
#endif
}

Sha256::Rounds Sha256::fastest() {
    return supported(Rounds::sha_extensions) ? Rounds::sha_extensions : Rounds::portable;
}

Sha256::Sha256() : Sha256(fastest()) {}

Sha256::Sha256(Rounds rounds)
    : h_{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19},
      rounds_(supported(rounds) ? rounds : Rounds::portable) {}

void Sha256::blocks(const unsigned char* p, std::size_t count) {
#ifdef ELIGO_SHA_EXTENSIONS
    if (rounds_ == Rounds::sha_extensions) return extension_blocks(h_, p, count);
#endif
    portable_blocks(h_, p, count);
}

void Sha256::update(std::string_view data) {
    if (data.empty()) return;  // a view of nothing may have no bytes to point at, for memcpy below
    length_ += data.size();
    auto p = reinterpret_cast<const unsigned char*>(data.data());
    std::size_t left = data.size();
    if (buffered_ > 0) {
        std::size_t take = std::min(left, buffer_.size() - buffered_);
        std::memcpy(buffer_.data() + buffered_, p, take);
        buffered_ += take, p += take, left -= take;
        if (buffered_ < buffer_.size()) return;
        blocks(buffer_.data(), 1);
        buffered_ = 0;
    }
    blocks(p, left / 64);  // whole blocks straight from the input
    std::memcpy(buffer_.data(), p + left / 64 * 64, left % 64);
    buffered_ = left % 64;
}

std::string Sha256::hex() {
    // The padding: a one bit, zeros to 56 bytes into a block, then the length in bits, big-endian.
    std::uint64_t bits = length_ * 8;
    unsigned char tail[128] = {0x80};
    std::size_t size = buffered_ < 56 ? 64 - buffered_ : 128 - buffered_;
    for (int i = 0; i < 8; ++i) tail[size - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
    update(std::string_view(reinterpret_cast<const char*>(tail), size));
    static const char* digits = "0123456789abcdef";
    std::string out;
    out.reserve(64);
    for (std::uint32_t word : h_)
        for (int i = 28; i >= 0; i -= 4) out += digits[(word >> i) & 0xf];
    return out;
}

}  // namespace eligo
