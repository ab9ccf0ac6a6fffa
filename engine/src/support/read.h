// Reading a whole file with a size limit checked while reading, so that a device or a pipe
// that never ends (`/dev/zero`, a mistaken standard input) costs no more than the limit.
#pragma once

#include <cstdint>
#include <string>

namespace eligo {

struct BoundedRead {
    enum class Status { ok, unreadable, too_large } status = Status::ok;
    std::string text;         ///< the content when `ok`
    std::uint64_t size = 0;   ///< bytes: the whole size when known, else what was read
    bool size_known = false;  ///< a regular file's size; a pipe or device is only known to exceed
};

/// Reads `path` whole unless it holds more than `limit` bytes (0: no limit).
BoundedRead read_bounded(const std::string& path, std::uint64_t limit);

}  // namespace eligo
