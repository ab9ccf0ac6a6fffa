#include "support/read.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace eligo {

BoundedRead read_bounded(const std::string& path, std::uint64_t limit) {
    BoundedRead r;
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        r.status = BoundedRead::Status::unreadable;
        return r;
    }
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        r.size = static_cast<std::uint64_t>(st.st_size);
        r.size_known = true;
        if (limit > 0 && r.size > limit) {  // measured, not read
            ::close(fd);
            r.status = BoundedRead::Status::too_large;
            return r;
        }
    }
    char buffer[65536];
    for (;;) {
        std::size_t want = sizeof buffer;  // never past one byte over the limit
        if (limit > 0) want = static_cast<std::size_t>(std::min<std::uint64_t>(want, limit + 1 - r.text.size()));
        ssize_t got = ::read(fd, buffer, want);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) {
            r.status = BoundedRead::Status::unreadable;
            break;
        }
        if (got == 0) break;
        r.text.append(buffer, static_cast<std::size_t>(got));
        if (limit > 0 && r.text.size() > limit) {  // the file grew, or a pipe or device
            r.status = BoundedRead::Status::too_large;
            break;
        }
    }
    ::close(fd);
    r.size = std::max<std::uint64_t>(r.size, r.text.size());
    if (r.status != BoundedRead::Status::ok) r.text.clear();
    return r;
}

}  // namespace eligo
