#include "support/encoding.h"

#include <cerrno>

namespace eligo {

Transcoder::Transcoder(const std::string& encoding) : cd_(iconv_open("UTF-8", encoding.c_str())) {}

Transcoder::~Transcoder() {
    if (valid()) iconv_close(cd_);
}

std::string Transcoder::to_utf8(std::string_view text) {
    std::string out;
    if (!valid()) return out;
    iconv(cd_, nullptr, nullptr, nullptr, nullptr);  // a fresh start: each text stands alone
    out.resize(text.size() * 4 + 8);
    char* in = const_cast<char*>(text.data());
    std::size_t in_left = text.size();
    char* put = out.data();
    std::size_t out_left = out.size();
    while (in_left > 0) {
        if (iconv(cd_, &in, &in_left, &put, &out_left) != static_cast<std::size_t>(-1)) break;
        if (errno == E2BIG) {  // a multi-byte source can grow more than four times
            std::size_t used = out.size() - out_left;
            out.resize(out.size() * 2);
            put = out.data() + used;
            out_left = out.size() - used;
            continue;
        }
        // A byte with no character (0x81 in Windows-1252) or a sequence cut short: say so with
        // the replacement character and go on with the next byte.
        if (out_left < 3) {
            std::size_t used = out.size() - out_left;
            out.resize(out.size() + 16);
            put = out.data() + used;
            out_left = out.size() - used;
        }
        static constexpr char kReplacement[] = "\xEF\xBF\xBD";
        for (char c : std::string_view(kReplacement, 3)) *put++ = c;
        out_left -= 3;
        ++in;
        --in_left;
        iconv(cd_, nullptr, nullptr, nullptr, nullptr);
    }
    out.resize(out.size() - out_left);
    return out;
}

bool known_encoding(const std::string& name) { return Transcoder(name).valid(); }

}  // namespace eligo
