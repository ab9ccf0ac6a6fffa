// Output bytes handed to a stream in large pieces. A std::ostream writes anything of a kilobyte
// or more straight through, a system call each, and most result lines and rows are that long:
// small pieces are gathered here and handed on 256 KiB at a time, and a piece of a quarter of
// that or more (a batch a worker gathered) goes to the stream as it is, without a copy. While
// held, everything is kept here, for what must be written before it and is not known yet.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

namespace eligo {

class StreamBuffer {
public:
    explicit StreamBuffer(std::ostream& out) : out_(out) {}

    void write(std::string_view bytes) {
        if (held_) {
            pending_.append(bytes);
            return;
        }
        if (bytes.size() >= kBytes / 4) {
            flush();
            out_.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
            return;
        }
        pending_.append(bytes);
        if (pending_.size() >= kBytes) flush();
    }
    /// Hands on what is gathered: before anything else is written to the stream directly.
    void flush() {
        if (held_ || pending_.empty()) return;
        out_.write(pending_.data(), static_cast<std::streamsize>(pending_.size()));
        pending_.clear();
    }

    /// Keeps everything written from now on until release(), which hands it on.
    void hold() { held_ = true; }
    void release() {
        held_ = false;
        flush();
        if (pending_.capacity() > 2 * kBytes) std::string().swap(pending_);  // what holding took, given back
    }
    bool held() const { return held_; }
    std::size_t pending_bytes() const { return pending_.size(); }

private:
    static constexpr std::size_t kBytes = 256u << 10;
    std::ostream& out_;
    std::string pending_;
    bool held_ = false;
};

}  // namespace eligo
