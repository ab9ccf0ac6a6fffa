#include "support/text.h"

#include <cstdint>
#include <cstring>

namespace eligo::text {

bool formula_like(std::string_view s) {
    return !s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r');
}

std::string inert(std::string_view s) {
    std::string out;
    if (formula_like(s)) out += '\'';
    out += s;
    return out;
}

std::string unmarked(std::string_view s) {
    std::string out;
    append_unmarked(out, s);
    return out;
}

// Both below copy the runs between the characters they change whole: a row of a screen's CSV
// carries a few hundred characters of reasons, and copying them one character at a time was
// most of the work of writing it.
void append_unmarked(std::string& out, std::string_view s) {
    for (std::size_t from = 0;;) {
        std::size_t mark = from;
        while (mark < s.size() && s[mark] != '`' && s[mark] != '*') ++mark;
        out.append(s, from, mark - from);
        if (mark == s.size()) return;
        if (s[mark] == '`') out += '"';
        else if (mark + 1 < s.size() && s[mark + 1] == '*') ++mark;  // ** dropped
        else out += '*';  // a lone * stays
        from = mark + 1;
    }
}

std::string printable(std::string_view s) {
    static const char* const hex = "0123456789abcdef";
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c == 0x7f) {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
            continue;
        }
        // C1 controls (U+0080-U+009F: C2 80-9F) and the bidirectional embeddings, overrides and
        // isolates (U+202A-U+202E: E2 80 AA-AE; U+2066-U+2069: E2 81 A6-A9).
        auto next = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
        unsigned code = 0;
        std::size_t length = 0;
        if (c == 0xC2 && next(1) >= 0x80 && next(1) <= 0x9F) code = next(1), length = 2;
        else if (c == 0xE2 && next(1) == 0x80 && next(2) >= 0xAA && next(2) <= 0xAE) code = 0x2000 + next(2) - 0x80, length = 3;
        else if (c == 0xE2 && next(1) == 0x81 && next(2) >= 0xA6 && next(2) <= 0xA9) code = 0x2040 + next(2) - 0x80, length = 3;
        if (length == 0) {
            out += static_cast<char>(c);
            continue;
        }
        out += "\\u{";
        for (int shift = 12; shift >= 0; shift -= 4) out += hex[(code >> shift) & 15];
        out += '}';
        i += length - 1;
    }
    return out;
}

void append_csv_field(std::string& out, std::string_view s) {
    bool quote = false;
    for (char c : s)
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    if (!quote) {
        out += s;
        return;
    }
    out += '"';
    for (std::size_t from = 0;;) {
        std::size_t at = s.find('"', from);
        if (at == std::string_view::npos) {
            out.append(s, from);
            break;
        }
        out.append(s, from, at + 1 - from);
        out += '"';  // a quote doubled
        from = at + 1;
    }
    out += '"';
}

void append_json_string(std::string& out, std::string_view s) {
    // Bytes that are not UTF-8 (a custom rule's reason, a file name) are written as U+FFFD,
    // so every line stays valid JSON.
    std::string repaired;
    if (std::size_t bad = invalid_utf8_at(s); bad != std::string_view::npos) {
        while (bad != std::string_view::npos) {
            repaired.append(s.substr(0, bad));
            repaired += "\xEF\xBF\xBD";
            s.remove_prefix(bad + 1);
            bad = invalid_utf8_at(s);
        }
        repaired.append(s);
        s = repaired;
    }
    static const char* const hex = "0123456789abcdef";
    out += '"';
    // Runs that need no escape are copied whole: reasons and policy texts are most of a JSON
    // line, and nearly all of their characters are plain.
    auto plain = [](unsigned char c) { return c >= 0x20 && c != '"' && c != '\\'; };
    for (std::size_t at = 0; at < s.size(); ++at) {
        std::size_t run = at;
        while (run < s.size() && plain(static_cast<unsigned char>(s[run]))) ++run;
        out.append(s, at, run - at);
        if (run == s.size()) break;
        at = run;
        auto c = static_cast<unsigned char>(s[at]);
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                out += "\\u00";  // another control character
                out += hex[c >> 4];
                out += hex[c & 15];
        }
    }
    out += '"';
}

std::string html(std::string_view s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::pair<std::size_t, std::size_t> line_column(std::string_view text, std::size_t offset) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

std::size_t invalid_utf8_at(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        // Eight ASCII bytes at a time: most text is all ASCII.
        if (std::uint64_t word; i + 8 <= s.size()) {
            std::memcpy(&word, s.data() + i, 8);
            if ((word & 0x8080808080808080ull) == 0) {
                i += 8;
                continue;
            }
        }
        auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t n = (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : 0;
        if (n == 0 || c == 0xC0 || c == 0xC1 || c > 0xF4 || i + n >= s.size()) return i;
        for (std::size_t k = 1; k <= n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return i;
        auto second = static_cast<unsigned char>(s[i + 1]);
        if ((c == 0xE0 && second < 0xA0) || (c == 0xED && second >= 0xA0) || (c == 0xF0 && second < 0x90) ||
            (c == 0xF4 && second >= 0x90))
            return i;
        i += n + 1;
    }
    return std::string_view::npos;
}

void append_lower(std::string& out, std::string_view s) {
    std::size_t at = out.size();
    out.resize(at + s.size());
    for (char c : s) out[at++] = ascii_lower(c);
}

void append_upper(std::string& out, std::string_view s) {
    std::size_t at = out.size();
    out.resize(at + s.size());
    for (char c : s) out[at++] = ascii_upper(c);
}

}  // namespace eligo::text
