// Record sources for JSON: JSON Lines and profile files, and the chain of several inputs.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <string_view>

#include "batch/pipeline.h"
#include "eligo/batch.h"
#include "support/read.h"

namespace eligo {

std::string RawRecord::where() const {
    std::string out;
    where_into(out);
    return out;
}

void RawRecord::where_into(std::string& out) const {
    out.reserve(source.size() + 5 + 20);  // " row " and the digits: one allocation, not two
    out.assign(source);
    if (number == 0) return;
    char digits[24];
    char* end = std::to_chars(digits, digits + sizeof digits, number).ptr;
    out += cells.empty() ? ":" : " row ";
    out.append(digits, end);
}

namespace {

// A JSON text per record; a syntax error inside a line is reported at `file:line:column`.
class JsonDecoder final : public RecordDecoder {
public:
    explicit JsonDecoder(bool lines) : lines_(lines) {}

    Expected<Profile> decode(const RawRecord& record, const ProfileReadOptions& options,
                             std::vector<Warning>* warnings) const override {
        // The record's place names its errors and warnings; spelled in a buffer of the thread,
        // it costs no allocation per record.
        thread_local std::string where;
        record.where_into(where);
        if (record.dropped_bytes > 0)
            return Error{ErrorCode::profile_limit, where,
                         "profile is " + std::to_string(record.dropped_bytes) + " bytes, over the limit of " +
                             std::to_string(options.max_bytes) + " (a profile is a few kilobytes; is this the right file?)",
                         {}};
        if (!lines_ && record.text.empty()) return Error{ErrorCode::io, where, "cannot read the file, or it is empty", {}};
        auto profile = parse_profile(record.text, where, options, warnings);
        if (profile || !lines_) return profile;
        // parse_profile counts lines within the text; a JSON Lines record is one line, so
        // `file:17:1:23` becomes `file:17:23`.
        std::vector<Error> errors = profile.errors();
        for (auto& e : errors)
            if (e.where.starts_with(where + ":1:")) e.where = where + e.where.substr(where.size() + 2);
        return errors;
    }

private:
    bool lines_;
};

const JsonDecoder kLineDecoder{true};
const JsonDecoder kFileDecoder{false};

std::optional<std::uint64_t> size_of(int fd) {
    struct stat st {};
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
    return static_cast<std::uint64_t>(st.st_size);
}

// A file read forward from an offset with pread, through a buffer of the calling thread, so that
// any number of threads read one file at once. One at a time per thread.
class Forward {
public:
    // `first` is how much the first read asks for: about the range to read, not the whole buffer.
    Forward(int fd, std::uint64_t offset, std::size_t first) : fd_(fd), offset_(offset), want_(first) {
        if (buffer().size() < kBuffer) buffer().resize(kBuffer);
        want_ = std::clamp<std::size_t>(want_, 1, kBuffer);
    }
    // The bytes from the current offset on (at least one), or none at the end of the file or
    // after a read error (then error() is its errno).
    std::string_view peek() {
        if (at_ == have_ && !end_) fill();
        return {buffer().data() + at_, have_ - at_};
    }
    void skip(std::size_t n) {
        at_ += n;
        offset_ += n;
    }
    std::uint64_t offset() const { return offset_; }
    int error() const { return error_; }

private:
    static constexpr std::size_t kBuffer = 256u << 10;
    static std::vector<char>& buffer() {
        thread_local std::vector<char> bytes;
        return bytes;
    }
    void fill() {
        at_ = have_ = 0;
        for (;;) {
            ssize_t got = ::pread(fd_, buffer().data(), want_, static_cast<off_t>(offset_));
            if (got > 0) {
                have_ = static_cast<std::size_t>(got);
                // Past the first read comes the rest of a range's last line, which is usually
                // short: each read asks for twice the last, from 16 KiB on, so that a range
                // does not copy far beyond its end.
                want_ = std::clamp<std::size_t>(want_ * 2, 16u << 10, kBuffer);
                if (first_) want_ = 16u << 10, first_ = false;
                return;
            }
            if (got < 0 && errno == EINTR) continue;
            if (got < 0) error_ = errno;
            end_ = true;
            return;
        }
    }

    int fd_;
    std::uint64_t offset_;
    std::size_t want_;
    std::size_t at_ = 0, have_ = 0;
    bool first_ = true;
    bool end_ = false;
    int error_ = 0;
};

// Lines from a file descriptor through a fixed buffer: a line is kept up to a limit and only
// measured beyond it, so no input, however long its lines, takes more memory than that.
//
// A regular file opened by name is also handed out in byte ranges (claim), which the workers
// cut into lines themselves (read_range): a line belongs to the range it starts in. Standard
// input is read only in order, as it may be a pipe or a file read part-way already.
class JsonLinesSource final : public RecordSource {
public:
    JsonLinesSource(int fd, std::string name, bool owned, std::size_t max_line)
        : fd_(fd), name_(std::move(name)), owned_(owned), max_line_(max_line), total_(size_of(fd)),
          splits_(owned && total_.has_value()) {}
    ~JsonLinesSource() override {
        if (owned_) ::close(fd_);
    }
    JsonLinesSource(const JsonLinesSource&) = delete;
    JsonLinesSource& operator=(const JsonLinesSource&) = delete;

    // Once read in order, the source stays in order: the ranges start where next() began.
    bool next(RawRecord& record) override {
        serial_ = true;
        for (;;) {
            record.text.clear();
            std::uint64_t length = 0;
            if (!read_line(record.text, length)) return false;
            ++number_;
            if (finish_line(record, length, number_)) return true;
        }
    }

    Claim claim(InputRange& range, std::size_t want_bytes) override {
        if (!splits_ || serial_) return Claim::serial;
        if (last_claimed_ || failure()) return Claim::end;
        range.source = this;
        range.input = 0;
        range.begin = claimed_;
        range.end = std::min(*total_, claimed_ + std::max<std::size_t>(want_bytes, 1));
        // The range that reaches the size the file had when opened reads on to its end, as
        // reading in order would if the file grew meanwhile.
        range.last = last_claimed_ = range.end >= *total_;
        claimed_ = range.end;
        return Claim::range;
    }

    std::size_t read_range(const InputRange& range, std::vector<RawRecord>& records,
                           std::uint64_t& lines) const override {
        lines = 0;
        std::size_t n = 0;
        std::uint64_t start = range.begin > 0 ? range.begin - 1 : 0;
        Forward in(fd_, start, static_cast<std::size_t>(range.end - start) + (4u << 10));
        // The first line of the range starts after the first newline at or after begin - 1. If
        // there is none before end - 1, no line starts in the range: it lies inside one line.
        if (range.begin > 0) {
            bool found = false;
            for (std::string_view bytes = in.peek(); !found; bytes = in.peek()) {
                if (bytes.empty()) return end_range(in, n, range);  // the end of the file
                if (!range.last) {
                    if (in.offset() + 1 >= range.end) break;
                    bytes = bytes.substr(0, std::min<std::uint64_t>(bytes.size(), range.end - 1 - in.offset()));
                }
                const void* newline = std::memchr(bytes.data(), '\n', bytes.size());
                std::size_t skip = newline ? static_cast<std::size_t>(static_cast<const char*>(newline) - bytes.data()) + 1
                                           : bytes.size();
                found = newline != nullptr;
                in.skip(skip);
            }
            if (!found) return n;  // the range lies inside one line, which an earlier range reads
        }
        while (range.last || in.offset() < range.end) {
            if (in.peek().empty()) return end_range(in, n, range);  // the end of the file
            ++lines;
            if (n == records.size()) records.emplace_back();
            RawRecord& record = records[n];
            // A buffer that once held an unusually long line is given back rather than kept.
            if (record.text.capacity() > batch::detail::kKeptRecordBytes) std::string().swap(record.text);
            record.text.clear();
            std::uint64_t length = 0;
            for (std::string_view bytes = in.peek(); !bytes.empty(); bytes = in.peek()) {
                const void* newline = std::memchr(bytes.data(), '\n', bytes.size());
                std::size_t count = newline ? static_cast<std::size_t>(static_cast<const char*>(newline) - bytes.data())
                                            : bytes.size();
                append_kept(record.text, bytes.substr(0, count));
                length += count;
                in.skip(count + (newline ? 1 : 0));
                if (newline) break;
            }
            if (finish_line(record, length, lines)) ++n;
        }
        return end_range(in, n, range);  // a read error in the range's last line
    }

    std::uint64_t bytes_read() const override { return read_ + claimed_; }
    std::optional<std::uint64_t> bytes_total() const override { return total_; }
    std::optional<Error> failure() const override {
        std::lock_guard lock(failure_mutex_);
        return failure_;
    }

private:
    int fd_;
    std::string name_;
    bool owned_;
    std::size_t max_line_;
    std::optional<std::uint64_t> total_;
    bool splits_;
    bool serial_ = false;
    std::uint64_t claimed_ = 0;
    bool last_claimed_ = false;
    std::vector<char> buffer_;
    std::size_t begin_ = 0, end_ = 0;
    bool eof_ = false;
    std::uint64_t number_ = 0;
    std::uint64_t read_ = 0;
    mutable std::mutex failure_mutex_;  // workers reading ranges report errors at once
    mutable std::optional<Error> failure_;  // guarded by failure_mutex_

    // Appends what of a line's bytes fits under the limit.
    void append_kept(std::string& line, std::string_view bytes) const {
        std::size_t room = max_line_ == 0 ? bytes.size()
                           : line.size() < max_line_ ? std::min(bytes.size(), max_line_ - line.size())
                                                     : 0;
        line.append(bytes.data(), room);
    }

    // Makes a read line (`length` bytes, of which `record.text` kept what fits) line `number`'s
    // record; false for a blank line, which is no record.
    bool finish_line(RawRecord& record, std::uint64_t length, std::uint64_t number) const {
        if (length <= record.text.size()) {
            std::size_t end = record.text.size();
            if (end > 0 && record.text[end - 1] == '\r') record.text.pop_back(), --length;  // CRLF
            if (record.text.find_first_not_of(" \t") == std::string::npos) return false;  // blank line
        }
        record.source = name_;
        record.number = number;
        record.cells.clear();
        record.dropped_bytes = length > record.text.size() ? length : 0;
        if (record.dropped_bytes) record.text.clear();
        record.decoder = &kLineDecoder;
        return true;
    }

    // At the end of the file, or a read error, before a range was read: a read error, or a file
    // shorter than when it was opened, ends the input's ranges, so that no line goes missing
    // unsaid. Returns `n`.
    std::size_t end_range(const Forward& in, std::size_t n, const InputRange& range) const {
        if (in.error() == 0 && (range.last || in.offset() >= range.end)) return n;
        std::lock_guard lock(failure_mutex_);
        if (!failure_)
            failure_ = Error{ErrorCode::io, name_,
                             "read error at byte " + std::to_string(in.offset()) + ": " +
                                 (in.error() ? std::strerror(in.error())
                                             : "the file is shorter than when it was read (was it changed while being screened?)"),
                             {}};
        return n;
    }

    // Appends the next line (without its newline) to `line`, keeping at most `max_line_` bytes
    // of it; `length` is its full length. False at the end of the input.
    bool read_line(std::string& line, std::uint64_t& length) {
        bool any = false;
        for (;;) {
            if (begin_ == end_) {
                if (eof_ || !fill()) return any;
            }
            any = true;
            const char* start = buffer_.data() + begin_;
            const void* newline = std::memchr(start, '\n', end_ - begin_);
            std::size_t n = newline ? static_cast<std::size_t>(static_cast<const char*>(newline) - start) : end_ - begin_;
            append_kept(line, {start, n});
            length += n;
            begin_ += n;
            read_ += n;
            if (newline) {
                ++begin_;
                ++read_;
                return true;
            }
        }
    }

    bool fill() {
        if (buffer_.empty()) buffer_.resize(1u << 20);  // on first use: many inputs may be open at once
        begin_ = end_ = 0;
        for (;;) {
            ssize_t got = ::read(fd_, buffer_.data(), buffer_.size());
            if (got > 0) {
                end_ = static_cast<std::size_t>(got);
                return true;
            }
            if (got < 0 && errno == EINTR) continue;
            if (got < 0) {
                std::lock_guard lock(failure_mutex_);
                failure_ = Error{ErrorCode::io, name_, "read error after line " + std::to_string(number_), {}};
            }
            eof_ = true;
            return false;
        }
    }
};

class FilesSource final : public RecordSource {
public:
    FilesSource(std::vector<std::string> paths, std::size_t max_bytes) : paths_(std::move(paths)), max_bytes_(max_bytes) {}

    bool next(RawRecord& record) override {
        if (next_ >= paths_.size()) return false;
        const std::string& path = paths_[next_++];
        record.source = path;
        record.number = 0;
        record.cells.clear();
        record.text.clear();
        record.dropped_bytes = 0;
        record.decoder = &kFileDecoder;
        read_ += 1;
        // A file over the limit is measured, not read; a pipe or device is read up to it.
        BoundedRead read = read_bounded(path, max_bytes_);
        if (read.status == BoundedRead::Status::too_large) record.dropped_bytes = read.size;
        // An unreadable file decodes as an error naming it (an empty text is not JSON).
        else record.text = std::move(read.text);
        return true;
    }
    // Progress counts files for this source.
    std::uint64_t bytes_read() const override { return read_; }
    std::optional<std::uint64_t> bytes_total() const override { return std::nullopt; }

private:
    std::vector<std::string> paths_;
    std::size_t max_bytes_;
    std::size_t next_ = 0;
    std::uint64_t read_ = 0;
};

class ChainSource final : public RecordSource {
public:
    explicit ChainSource(std::vector<std::unique_ptr<RecordSource>> sources) : sources_(std::move(sources)) {}

    bool next(RawRecord& record) override {
        for (; current_ < sources_.size(); advance())
            if (sources_[current_]->next(record)) return true;
        return false;
    }
    // Ranges of one input after another; an input that cannot be split is read in order.
    Claim claim(InputRange& range, std::size_t want_bytes) override {
        for (; current_ < sources_.size(); advance()) {
            Claim claim = sources_[current_]->claim(range, want_bytes);
            if (claim == Claim::range) range.input = current_;
            if (claim != Claim::end) return claim;
        }
        return Claim::end;
    }
    std::uint64_t bytes_read() const override {
        return done_ + (current_ < sources_.size() ? sources_[current_]->bytes_read() : 0);
    }
    std::optional<std::uint64_t> bytes_total() const override {
        std::uint64_t total = 0;
        for (const auto& s : sources_) {
            auto t = s->bytes_total();
            if (!t) return std::nullopt;
            total += *t;
        }
        return total;
    }
    // The first input's failure: a range's read error may come after its input was left.
    std::optional<Error> failure() const override {
        for (const auto& s : sources_)
            if (auto f = s->failure()) return f;
        return std::nullopt;
    }

private:
    std::vector<std::unique_ptr<RecordSource>> sources_;
    std::size_t current_ = 0;
    std::uint64_t done_ = 0;

    void advance() {
        done_ += sources_[current_]->bytes_read();
        ++current_;
    }
};

}  // namespace

Expected<std::unique_ptr<RecordSource>> open_jsonl(const std::string& path, std::size_t max_line_bytes) {
    if (path == "-")
        return std::unique_ptr<RecordSource>(std::make_unique<JsonLinesSource>(STDIN_FILENO, "stdin", false, max_line_bytes));
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Error{ErrorCode::io, path, std::string("cannot read the file: ") + std::strerror(errno), {}};
    struct stat st {};
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        ::close(fd);
        return Error{ErrorCode::io, path, "is a directory", {}};
    }
    return std::unique_ptr<RecordSource>(std::make_unique<JsonLinesSource>(fd, path, true, max_line_bytes));
}

std::unique_ptr<RecordSource> open_profile_files(std::vector<std::string> paths, std::size_t max_bytes) {
    return std::make_unique<FilesSource>(std::move(paths), max_bytes);
}

std::unique_ptr<RecordSource> chain(std::vector<std::unique_ptr<RecordSource>> sources) {
    return std::make_unique<ChainSource>(std::move(sources));
}

}  // namespace eligo
