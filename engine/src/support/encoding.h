// Text in another character set turned into UTF-8 through iconv (glibc): CSV exports saved by
// Excel as plain "CSV" on a British Windows PC are Windows-1252, older systems' Latin-1.
#pragma once

#include <iconv.h>

#include <string>
#include <string_view>

namespace eligo {

/// Converts from one encoding to UTF-8. Not for sharing between threads (iconv keeps state).
class Transcoder {
public:
    /// `encoding` is any name iconv knows (`windows-1252`, `latin1`, `iso-8859-15`); valid()
    /// tells whether it knew it.
    explicit Transcoder(const std::string& encoding);
    ~Transcoder();
    Transcoder(const Transcoder&) = delete;
    Transcoder& operator=(const Transcoder&) = delete;

    bool valid() const { return cd_ != reinterpret_cast<iconv_t>(-1); }
    /// `text` as UTF-8; a byte the encoding has no character for becomes U+FFFD.
    std::string to_utf8(std::string_view text);

private:
    iconv_t cd_;
};

/// Whether iconv knows the encoding `name` (for checking a mapping or an option once).
bool known_encoding(const std::string& name);

/// The encoding assumed for text that is not UTF-8: Windows-1252, a superset of Latin-1's
/// printable characters, which is what such exports nearly always are.
inline constexpr const char* kAssumedEncoding = "WINDOWS-1252";

}  // namespace eligo
