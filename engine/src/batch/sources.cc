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
#include <sstream>

#include "eligo/batch.h"
#include "support/read.h"

namespace eligo {

std::string RawRecord::where() const {
    std::string out;
    where_into(out);
    return out;
}

void RawRecord::where_into(std::string& out) const {
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

// Lines from a file descriptor through a fixed buffer: a line is kept up to a limit and only
// measured beyond it, so no input, however long its lines, takes more memory than that.
class JsonLinesSource final : public RecordSource {
public:
    JsonLinesSource(int fd, std::string name, bool owned, std::size_t max_line)
        : fd_(fd), name_(std::move(name)), owned_(owned), max_line_(max_line), total_(size_of(fd)) {}
    ~JsonLinesSource() override {
        if (owned_) ::close(fd_);
    }
    JsonLinesSource(const JsonLinesSource&) = delete;
    JsonLinesSource& operator=(const JsonLinesSource&) = delete;

    bool next(RawRecord& record) override {
        for (;;) {
            record.text.clear();
            std::uint64_t length = 0;
            if (!read_line(record.text, length)) return false;
            ++number_;
            if (length <= record.text.size()) {
                std::size_t end = record.text.size();
                if (end > 0 && record.text[end - 1] == '\r') record.text.pop_back(), --length;  // CRLF
                if (record.text.find_first_not_of(" \t") == std::string::npos) continue;  // blank line
            }
            record.source = name_;
            record.number = number_;
            record.cells.clear();
            record.dropped_bytes = length > record.text.size() ? length : 0;
            if (record.dropped_bytes) record.text.clear();
            record.decoder = &kLineDecoder;
            return true;
        }
    }
    std::uint64_t bytes_read() const override { return read_; }
    std::optional<std::uint64_t> bytes_total() const override { return total_; }
    std::optional<Error> failure() const override { return failure_; }

private:
    int fd_;
    std::string name_;
    bool owned_;
    std::size_t max_line_;
    std::optional<std::uint64_t> total_;
    std::vector<char> buffer_;
    std::size_t begin_ = 0, end_ = 0;
    bool eof_ = false;
    std::uint64_t number_ = 0;
    std::uint64_t read_ = 0;
    std::optional<Error> failure_;

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
            std::size_t room = max_line_ == 0 ? n : line.size() < max_line_ ? std::min(n, max_line_ - line.size()) : 0;
            line.append(start, room);
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
            if (got < 0) failure_ = Error{ErrorCode::io, name_, "read error after line " + std::to_string(number_), {}};
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
        while (current_ < sources_.size()) {
            if (sources_[current_]->next(record)) return true;
            if (auto f = sources_[current_]->failure(); f && !failure_) failure_ = f;
            done_ += sources_[current_]->bytes_read();
            ++current_;
        }
        return false;
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
    std::optional<Error> failure() const override { return failure_; }

private:
    std::vector<std::unique_ptr<RecordSource>> sources_;
    std::size_t current_ = 0;
    std::uint64_t done_ = 0;
    std::optional<Error> failure_;
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
