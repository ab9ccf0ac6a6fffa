// JSON documents as text. Rule texts and ids come from scripts and may hold bytes that are
// not UTF-8 (a Lua escape such as "\xff"); such bytes are written as U+FFFD rather than
// failing the whole report.
#pragma once

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace eligo {

template <class Json>  // nlohmann::json or nlohmann::ordered_json, keeping its key order
std::string json_text(const Json& doc, int indent = -1) {
    return doc.dump(indent, ' ', false, Json::error_handler_t::replace);
}

namespace json_text_detail {

// Whether any of the 8 bytes of `w` is a control character, a quote, a backslash or not ASCII.
inline bool needs_care(std::uint64_t w) {
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    auto zero_byte = [&](std::uint64_t v) { return (v - ones) & ~v & highs; };
    std::uint64_t below_space = (w - ones * 0x20) & ~w & highs;
    return ((w & highs) | below_space | zero_byte(w ^ (ones * '"')) | zero_byte(w ^ (ones * '\\'))) != 0;
}

// The bytes copied as they are, without a look at the bytes after them.
inline constexpr auto kPlain = [] {
    std::array<bool, 256> plain{};
    for (int c = 0x20; c < 0x80; ++c) plain[static_cast<std::size_t>(c)] = c != '"' && c != '\\';
    return plain;
}();
inline bool plain(unsigned char c) { return kPlain[c]; }

// The length of the well-formed UTF-8 sequence that starts at `p` (its first byte is 0x80 or
// above), or 0 if it is not one: the sequences of the Unicode standard's table 3-7.
inline std::size_t utf8_length(const unsigned char* p, const unsigned char* end) {
    auto tail = [](unsigned char c) { return c >= 0x80 && c <= 0xbf; };
    unsigned char c = p[0];
    std::size_t left = static_cast<std::size_t>(end - p);
    if (c >= 0xc2 && c <= 0xdf) return left >= 2 && tail(p[1]) ? 2 : 0;
    if (c >= 0xe0 && c <= 0xef) {
        if (left < 3) return 0;
        unsigned char lo = c == 0xe0 ? 0xa0 : 0x80, hi = c == 0xed ? 0x9f : 0xbf;
        return p[1] >= lo && p[1] <= hi && tail(p[2]) ? 3 : 0;
    }
    if (c >= 0xf0 && c <= 0xf4) {
        if (left < 4) return 0;
        unsigned char lo = c == 0xf0 ? 0x90 : 0x80, hi = c == 0xf4 ? 0x8f : 0xbf;
        return p[1] >= lo && p[1] <= hi && tail(p[2]) && tail(p[3]) ? 4 : 0;
    }
    return 0;
}

}  // namespace json_text_detail

/// Writes `text` as a JSON string, quotes included, at `out`, which must have room for
/// `json_string_room(text.size())` bytes, and returns the end of what it wrote; exactly the text
/// `json_text` writes: well-formed UTF-8 as it is, quotes, backslashes and control characters
/// escaped. Runs of plain characters are tested and copied 16 or 8 bytes at a time. Returns nullptr,
/// having written a part, if `text` is not UTF-8: nlohmann's replacement of such bytes, rare, is
/// left to `json_text`.
constexpr std::size_t json_string_room(std::size_t size) { return 6 * size + 10; }

inline char* write_json_string(char* out, std::string_view text) {
    using namespace json_text_detail;
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* const begin = p;
    const auto* const end = p + text.size();
    *out++ = '"';
    while (true) {
#ifdef __SSE2__
        // 16 bytes at a time: a byte below 0x20 or from 0x80 up (negative as signed), a quote or
        // a backslash stops the run; the bytes before it are stored with it and kept.
        while (end - p >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
            const __m128i care =
                _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
                             _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(out), v);
            const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(care));
            const unsigned run = mask == 0 ? 16 : static_cast<unsigned>(__builtin_ctz(mask));
            out += run;
            p += run;
            if (mask != 0) break;
        }
#endif
        while (end - p >= 8) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            if (needs_care(w)) break;
            std::memcpy(out, &w, 8);
            out += 8;
            p += 8;
        }
        if constexpr (std::endian::native == std::endian::little) {
            // The last 1 to 7 bytes of a text of 8 or more: the 8 bytes that end the text, those
            // already written shifted out and plain letters shifted in.
            const auto left = static_cast<unsigned>(end - p);
            if (left > 0 && left < 8 && end - begin >= 8) {
                std::uint64_t w;
                std::memcpy(&w, end - 8, 8);
                w >>= 8 * (8 - left);
                if (!needs_care(w | (0x6161616161616161ull << (8 * left)))) {
                    std::memcpy(out, &w, 8);
                    out += left;
                    p = end;
                }
            }
        }
        while (p < end && plain(*p)) *out++ = static_cast<char>(*p++);
        if (p == end) break;
        const unsigned char c = *p++;
        if (c >= 0x80) {
            std::size_t n = utf8_length(p - 1, end);
            if (n == 0) return nullptr;
            *out++ = static_cast<char>(c);
            for (std::size_t i = 1; i < n; ++i) *out++ = static_cast<char>(*p++);
            continue;
        }
        *out++ = '\\';
        switch (c) {
            case '"': *out++ = '"'; break;
            case '\\': *out++ = '\\'; break;
            case '\b': *out++ = 'b'; break;
            case '\t': *out++ = 't'; break;
            case '\n': *out++ = 'n'; break;
            case '\f': *out++ = 'f'; break;
            case '\r': *out++ = 'r'; break;
            default: {
                static constexpr char hex[] = "0123456789abcdef";
                const char escaped[] = {'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
                std::memcpy(out, escaped, sizeof escaped);
                out += sizeof escaped;
            }
        }
    }
    *out++ = '"';
    return out;
}

/// Appends `text` as a JSON string (`write_json_string`), bytes that are not UTF-8 replaced.
inline void append_json_string(std::string& out, std::string_view text) {
    const std::size_t start = out.size();
    out.resize(start + json_string_room(text.size()));
    if (char* end = write_json_string(out.data() + start, text)) {
        out.resize(static_cast<std::size_t>(end - out.data()));
    } else {
        out.resize(start);
        out += json_text(nlohmann::json(std::string(text)));
    }
}

}  // namespace eligo
