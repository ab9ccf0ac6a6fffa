// Screening outputs for streams: CSV, JSON Lines and text, and the audit in words.
//
// Rows are written by hand (no document tree): a batch writes hundreds of thousands a second.
// Rows hold ids and facts only; a name appears only when the caller asked for names.
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <thread>

#include "eligo/explain.h"
#include "eligo/rules.h"
#include "eligo/screen_output.h"
#include "support/sha256.h"
#include "support/stream_buffer.h"
#include "support/text.h"

namespace eligo {
namespace {

std::string statement_id(const std::string& level, const Criterion& c) { return level + "/" + c.id; }

void append_statement_id(std::string& out, const std::string& level, const Criterion& c) {
    out += level;
    out += '/';
    out += c.id;
}

template <class T, class F>
std::string joined(const std::vector<T>& items, const char* separator, F&& item) {
    std::string out;
    for (const auto& x : items) {
        if (!out.empty()) out += separator;
        out += item(x);
    }
    return out;
}

// `items` joined into `out` (cleared first), each appended by `append(out, item)`; reusing one
// buffer keeps a row from allocating a string per item.
template <class T, class F>
const std::string& join_into(std::string& out, const std::vector<T>& items, const char* separator, F&& append) {
    out.clear();
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += separator;
        append(out, items[i]);
    }
    return out;
}

// The words for a finding: why a statement is not met on facts, or why it is undecided. Worded
// in a buffer of the thread, reused row after row: a view valid until the next call.
std::string_view words_for(const ScreenFinding& f, const ScreenRow& row, bool not_met) {
    thread_local std::string words;
    words.clear();
    if (not_met) append_facts_reason(words, f.result, *row.profile);
    else append_reason(words, f.result, *row.profile);
    return words;
}

std::string padded(std::string s, std::size_t width) {
    if (s.size() < width) s.append(width - s.size(), ' ');
    return s;
}

std::string role_line(const ScreenOutputOptions& o) {
    const Role& role = *o.target.role;
    const Level& level = o.target.target_level();
    return role.title + " (" + role.id + "), level " + level.id + (level.name.empty() ? "" : " " + level.name) +
           ", as of " + o.as_of.to_string();
}

// Bad records go to the errors stream as one `where: message` line per problem, and to the
// output itself as an `unreadable` row, so every record read has its place in the output.
// The statements to assess at interview are the same for nearly every applicant of a post
// (a statement that mixes a fact with a judgement may add or drop one): a writer words the
// list once on each thread and reuses the words while the next applicant's list is the same.
// Keyed by the sink as well, by a number no other sink of the process has, because the
// criteria compared are that sink's rules'.
class AssessWords {
public:
    /// The words `word(out, assess)` appends, from the last call when `sink` and the list are
    /// the same.
    template <class Word>
    std::string_view of(std::uint64_t sink, const std::vector<ScreenAssessment>& assess, Word&& word) {
        if (sink != sink_ || !same(assess)) {
            sink_ = sink;
            key_.assign(assess.begin(), assess.end());
            words_.clear();
            word(words_, assess);
        }
        return words_;
    }

private:
    std::uint64_t sink_ = 0;  // 0: none yet
    std::vector<ScreenAssessment> key_;
    std::string words_;

    bool same(const std::vector<ScreenAssessment>& assess) const {
        return std::equal(assess.begin(), assess.end(), key_.begin(), key_.end(),
                          [](const ScreenAssessment& a, const ScreenAssessment& b) {
                              return a.criterion == b.criterion && a.essential == b.essential && a.level == b.level;
                          });
    }
};

class StreamSink : public ScreenSink {
public:
    StreamSink(std::ostream& out, std::ostream& errors, const ScreenOutputOptions& options)
        : out_(out), errors_(errors), options_(options) {}

    void bad(const BadRecord& record) override {
        for (const auto& e : record.errors) errors_ << e.to_string() << '\n';
        unreadable(record);
    }
    virtual void unreadable(const BadRecord& record) = 0;
    void write_rendered(std::string_view bytes) override {
        if (buffer_.held() && (options_.digests->ready() || buffer_.pending_bytes() >= kMostHeldBytes)) start();
        buffer_.write(bytes);
    }
    std::optional<Error> finish(const ScreenAudit&, const std::vector<BatchWarning>&) override {
        if (buffer_.held()) start();
        flush_pending();
        out_.flush();
        if (!out_) return Error{ErrorCode::io, "output", "could not be written (disk full, or the reader went away)", {}};
        return std::nullopt;
    }

protected:
    std::ostream& out_;
    std::ostream& errors_;
    ScreenOutputOptions options_;
    std::string line_;  ///< reused for every row
    /// This sink's key in each thread's AssessWords: never 0, and no two sinks share one.
    const std::uint64_t serial_ = next_serial();

    /// Writes out the rows gathered by write_rendered; before anything else goes to `out_`.
    void flush_pending() { buffer_.flush(); }

    /// The last step of every constructor: the header now, or, while the About block's digests
    /// are still being worked out and `may_hold`, as soon as they are, the rows held till then.
    void begin(bool may_hold) {
        if (may_hold && options_.digests && !options_.digests->ready()) buffer_.hold();
        else start();
    }

private:
    // Past this many bytes of rows held, the writer waits for the digests instead.
    static constexpr std::size_t kMostHeldBytes = 64u << 20;
    StreamBuffer buffer_{out_};

    static std::uint64_t next_serial() {
        static std::atomic<std::uint64_t> last{0};
        return ++last;
    }

    /// The About block and the column names, straight to `out_`.
    virtual void header() = 0;
    void start() {
        settle_about(options_);
        header();
        buffer_.release();
    }
};

class CsvSink final : public StreamSink {
public:
    CsvSink(std::ostream& out, std::ostream& errors, const ScreenOutputOptions& options)
        : StreamSink(out, errors, options) {
        begin(true);
    }

    void row(const ScreenRow& row) override {
        line_.clear();
        render_row(row, line_);
        write_rendered(line_);
    }

    bool renders_rows() const override { return true; }

    void render_row(const ScreenRow& row, std::string& line) const override {
        const ScreenResult& r = row.result;
        thread_local std::string field;  // reused for every joined cell
        cell(line, row.where);
        cell(line, row.id);
        if (options_.show_names) cell(line, row.name);
        line += to_string(r.outcome);
        line += ',';
        line += std::to_string(r.desirable_met);
        line += ',';
        line += std::to_string(r.desirable_total);
        line += ',';
        auto id = [](std::string& out, const ScreenFinding& f) { append_statement_id(out, f.level, *f.criterion); };
        cell(line, join_into(field, r.not_met, "; ", id));
        cell(line, join_into(field, r.not_met, " | ",
                             [&](std::string& out, const ScreenFinding& f) { text::append_unmarked(out, words_for(f, row, true)); }));
        bool rejected = r.outcome == ScreenOutcome::reject;
        // Words for a person reading a spreadsheet: no Markdown code spans.
        auto text = [](std::string& out, const std::string& s) { text::append_unmarked(out, s); };
        static const std::string kNone;
        cell(line, rejected ? kNone : join_into(field, r.fields_to_ask(), "; ", text));
        cell(line, rejected ? kNone : join_into(field, r.unknown, "; ", id));
        if (!rejected) {
            thread_local AssessWords assess;
            line += assess.of(serial_, r.assess, [](std::string& out, const std::vector<ScreenAssessment>& list) {
                thread_local std::string joined;
                join_into(joined, list, "; ", [](std::string& cell, const ScreenAssessment& a) {
                    append_statement_id(cell, a.level, *a.criterion);
                    if (!a.essential) cell += " (desirable)";
                });
                text::append_csv_field(out, joined);
            });
        }
        line += '\n';
    }

    // The record, its id when it could still be told, `unreadable`, and the problems in `why`.
    void unreadable(const BadRecord& record) override {
        line_.clear();
        cell(line_, record.where);
        cell(line_, record.id);
        if (options_.show_names) cell(line_, "");
        line_ += "unreadable,,,,";
        cell(line_, joined(unreadable_problems(record), " | ", [](const std::string& s) { return s; }));
        line_ += ",,\n";
        write_rendered(line_);
    }

private:
    void header() override {
        // The About block: comment lines before the header (`comment='#'` for pandas, R and DuckDB).
        for (const auto& [label, value] : about_lines(options_)) out_ << "# " << label << ": " << text::printable(value) << '\n';
        out_ << "record,id," << (options_.show_names ? "name," : "")
             << "outcome,desirable_met,desirable_total,not_met,why,ask_for,undecided,to_assess_at_interview\n";
    }

    static void cell(std::string& line, const std::string& s) {
        if (text::formula_like(s))
            text::append_csv_field(line, text::inert(s));
        else
            text::append_csv_field(line, s);
        line += ',';
    }
};

class JsonLinesSink final : public StreamSink {
public:
    JsonLinesSink(std::ostream& out, std::ostream& errors, const ScreenOutputOptions& options)
        : StreamSink(out, errors, options) {
        begin(true);
    }

    void row(const ScreenRow& row) override {
        line_.clear();
        render_row(row, line_);
        write_rendered(line_);
    }

    bool renders_rows() const override { return true; }

    void render_row(const ScreenRow& row, std::string& line) const override {
        const ScreenResult& r = row.result;
        line += "{\"record\":";
        text::append_json_string(line, row.where);
        line += ",\"id\":";
        text::append_json_string(line, row.id);
        if (options_.show_names) {
            line += ",\"name\":";
            text::append_json_string(line, row.name);
        }
        line += ",\"outcome\":\"";
        line += to_string(r.outcome);
        line += "\",\"desirable\":{\"met\":" + std::to_string(r.desirable_met) +
                 ",\"of\":" + std::to_string(r.desirable_total) + "}";
        findings(line, "not_met", r.not_met, row, false);
        if (r.outcome != ScreenOutcome::reject) {
            findings(line, "undecided", r.unknown, row, true);
            line += ",\"ask_for\":[";
            bool first = true;
            for (const auto& field : r.fields_to_ask()) {
                if (!first) line += ',';
                first = false;
                text::append_json_string(line, field);
            }
            line += "],\"to_assess\":[";
            thread_local AssessWords assess;
            line += assess.of(serial_, r.assess, [](std::string& out, const std::vector<ScreenAssessment>& list) {
                std::string id;
                for (const auto& a : list) {
                    if (&a != &list.front()) out += ',';
                    id.clear();
                    append_statement_id(id, a.level, *a.criterion);
                    text::append_json_string(out, id);
                }
            });
            line += ']';
        }
        line += ",\"judgements_assessed\":false}\n";
    }

    void unreadable(const BadRecord& record) override {
        line_.clear();
        line_ += "{\"record\":";
        text::append_json_string(line_, record.where);
        line_ += ",\"id\":";
        if (record.id.empty()) line_ += "null";
        else text::append_json_string(line_, record.id);
        line_ += ",\"outcome\":\"unreadable\",\"problems\":[";
        bool first = true;
        for (const auto& problem : unreadable_problems(record)) {
            if (!first) line_ += ',';
            first = false;
            text::append_json_string(line_, problem);
        }
        line_ += "]}\n";
        write_rendered(line_);
    }

private:
    // The About block is the first line, an object with the one key `about` (no `outcome`).
    void header() override {
        if (!options_.about) return;
        const ScreenAbout& a = *options_.about;
        line_ = "{\"about\":{\"eligo\":";
        text::append_json_string(line_, a.version);
        if (options_.rules) {
            line_ += ",\"rules\":";
            text::append_json_string(line_, options_.rules->name + " " + options_.rules->version);
            line_ += ",\"rules_digest\":";
            text::append_json_string(line_, options_.rules->digest);
        }
        auto file = [&](const ScreenAbout::File& f) {
            line_ += "{\"file\":";
            text::append_json_string(line_, f.path);
            line_ += ",\"sha256\":";
            if (f.sha256.empty()) line_ += "null";
            else text::append_json_string(line_, f.sha256);
            line_ += '}';
        };
        line_ += ",\"inputs\":[";
        for (std::size_t i = 0; i < a.inputs.size(); ++i) {
            if (i) line_ += ',';
            file(a.inputs[i]);
        }
        line_ += "],\"mapping\":";
        if (a.mapping) file(*a.mapping);
        else line_ += "null";
        line_ += ",\"as_of\":\"" + options_.as_of.to_string() + "\",\"command\":";
        text::append_json_string(line_, a.command);
        line_ += ",\"run_at\":";
        text::append_json_string(line_, a.run_at);
        line_ += "}}\n";
        out_ << line_;
    }

    // `undecided`: the findings are not decided, and come with the fields to ask for.
    static void findings(std::string& line, const char* key, const std::vector<ScreenFinding>& list,
                         const ScreenRow& row, bool undecided) {
        thread_local std::string id;
        line += ",\"";
        line += key;
        line += "\":[";
        bool first = true;
        for (const auto& f : list) {
            if (!first) line += ',';
            first = false;
            line += "{\"statement\":";
            id.clear();
            append_statement_id(id, f.level, *f.criterion);
            text::append_json_string(line, id);
            line += ",\"text\":";
            text::append_json_string(line, f.criterion->text);
            line += ",\"reason\":";
            text::append_json_string(line, words_for(f, row, !undecided));
            if (undecided) {
                line += ",\"ask_for\":[";
                for (std::size_t i = 0; i < f.ask.size(); ++i) {
                    if (i) line += ',';
                    text::append_json_string(line, f.ask[i]);
                }
                line += ']';
            }
            line += '}';
        }
        line += ']';
    }
};

const char* paint(bool on, const char* code) { return on ? code : ""; }

class TextSink final : public StreamSink {
public:
    // A listing writes its rows straight to the stream, so it waits for the digests first.
    TextSink(std::ostream& out, std::ostream& errors, const ScreenOutputOptions& options)
        : StreamSink(out, errors, options) {
        begin(false);
    }

    void row(const ScreenRow& row) override {
        const ScreenResult& r = row.result;
        bool c = options_.colour;
        const char* colour = r.outcome == ScreenOutcome::shortlist    ? "\033[32m"
                             : r.outcome == ScreenOutcome::incomplete ? "\033[33m"
                                                                      : "\033[31m";
        out_ << text::printable(row.id) << (row.name.empty() ? "" : " (" + text::printable(row.name) + ")") << "  " << paint(c, colour)
             << to_string(r.outcome) << paint(c, "\033[0m");
        if (r.desirable_total > 0) out_ << "  desirable facts met " << r.desirable_met << "/" << r.desirable_total;
        out_ << "  [" << text::printable(row.where) << "]\n";
        for (const auto& f : r.not_met)
            out_ << "    not met  " << statement_id(f.level, *f.criterion) << ": " << words_for(f, row, true) << '\n';
        if (r.outcome == ScreenOutcome::reject) return;
        for (const auto& f : r.unknown)
            out_ << "    undecided  " << statement_id(f.level, *f.criterion) << ": " << words_for(f, row, false) << '\n';
        if (auto ask = r.fields_to_ask(); !ask.empty())
            out_ << "    ask for  " << joined(ask, ", ", [](const std::string& s) { return s; }) << '\n';
        if (!r.assess.empty())
            out_ << "    to assess at interview  " << r.assess.size()
                 << (r.assess.size() == 1 ? " statement" : " statements") << " (listed below the summary)\n";
    }

    // Listed together after the applicants, before the summary.
    void unreadable(const BadRecord& record) override {
        for (const auto& problem : unreadable_problems(record))
            unreadable_ += "  " + text::printable(record.id.empty() ? record.where : record.id + " [" + record.where + "]") +
                           "  " + text::printable(problem) + '\n';
    }

    std::optional<Error> finish(const ScreenAudit& audit, const std::vector<BatchWarning>& warnings) override {
        ScreenRunSummary summary{audit, warnings, std::nullopt, std::nullopt, 0, {}};
        flush_pending();
        if (!unreadable_.empty())
            out_ << "\nCould not be read (not screened; correct them and screen them again):\n" << unreadable_;
        out_ << '\n';
        write_audit(out_, summary, options_);
        return StreamSink::finish(audit, warnings);
    }

private:
    std::string unreadable_;

    void header() override {
        out_ << "Screening: " << role_line(options_) << '\n';
        auto about = about_lines(options_);
        std::size_t width = 0;
        for (const auto& line : about) width = std::max(width, line.first.size());
        for (const auto& [label, value] : about) out_ << "  " << padded(label, width + 2) << text::printable(value) << '\n';
        out_ << kScreenNotice << "\n\n";
    }
};

std::string percent(std::uint64_t part, std::uint64_t whole) {
    if (whole == 0) return "0%";
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.0f%%", 100.0 * static_cast<double>(part) / static_cast<double>(whole));
    return buffer;
}


}  // namespace

namespace {

// file_sha256, given up (empty) as soon as `stop` is set.
std::string sha256_unless(const std::string& path, const std::atomic<bool>* stop) {
    std::error_code ec;
    if (path == "-" || !std::filesystem::is_regular_file(path, ec)) return {};
    std::ifstream in(path, std::ios::binary);
    if (!in) return {};
    Sha256 hash;
    std::string buffer(1 << 18, '\0');
    while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0) {
        if (stop && stop->load(std::memory_order_relaxed)) return {};
        hash.update(std::string_view(buffer.data(), static_cast<std::size_t>(in.gcount())));
    }
    return hash.hex();
}

}  // namespace

std::string file_sha256(const std::string& path) { return sha256_unless(path, nullptr); }

struct FileDigests::Work {
    std::vector<std::string> digests;
    std::atomic<bool> done{false};
    std::atomic<bool> stop{false};  // the run ended before the digests were wanted
    std::thread thread;
};

FileDigests::FileDigests(std::vector<std::string> paths)
    : FileDigests([paths = std::move(paths)](const std::atomic<bool>& stop) {
          std::vector<std::string> digests;
          for (const auto& path : paths) digests.push_back(sha256_unless(path, &stop));
          return digests;
      }) {}

FileDigests::FileDigests(Compute compute) : work_(std::make_unique<Work>()) {
    work_->thread = std::thread([work = work_.get(), compute = std::move(compute)] {
        work->digests = compute(work->stop);
        work->done.store(true, std::memory_order_release);
    });
}

FileDigests::~FileDigests() {
    work_->stop = true;
    if (work_->thread.joinable()) work_->thread.join();
}

bool FileDigests::ready() const { return work_->done.load(std::memory_order_acquire); }

const std::vector<std::string>& FileDigests::wait() {
    if (work_->thread.joinable()) work_->thread.join();
    return work_->digests;
}

void settle_about(ScreenOutputOptions& options) {
    if (!options.digests) return;
    const std::vector<std::string>& digests = options.digests->wait();
    if (options.about) {
        std::size_t i = 0;
        for (auto& input : options.about->inputs)
            if (i < digests.size()) input.sha256 = digests[i++];
        if (options.about->mapping && i < digests.size()) options.about->mapping->sha256 = digests[i];
    }
    options.digests.reset();
}

std::vector<std::pair<std::string, std::string>> about_lines(const ScreenOutputOptions& options) {
    std::vector<std::pair<std::string, std::string>> out;
    if (!options.about) return out;
    const ScreenAbout& a = *options.about;
    auto file = [](const ScreenAbout::File& f) { return f.path + (f.sha256.empty() ? "" : " (SHA-256 " + f.sha256 + ")"); };
    out.emplace_back("eligo", a.version);
    if (options.rules) {
        out.emplace_back("rules", options.rules->name + " " + options.rules->version);
        out.emplace_back("rules digest", options.rules->digest);
    }
    for (const auto& input : a.inputs) out.emplace_back("input", file(input));
    if (a.mapping) out.emplace_back("mapping", file(*a.mapping));
    out.emplace_back("as of", options.as_of.to_string());
    out.emplace_back("command", a.command);
    out.emplace_back("run at", a.run_at);
    return out;
}

std::vector<std::string> unreadable_problems(const BadRecord& record) {
    std::vector<std::string> out;
    for (const auto& e : record.errors) {
        // `file:7:12` for a record at `file:7`: the column, the line being the record's.
        std::string_view rest = e.where;
        bool column = rest.starts_with(record.where) && rest.size() > record.where.size() + 1 &&
                      rest[record.where.size()] == ':';
        rest.remove_prefix(column ? record.where.size() + 1 : 0);
        column = column && std::all_of(rest.begin(), rest.end(), [](char c) { return c >= '0' && c <= '9'; });
        // The value that could not be read stays in the errors listing: an output is shared
        // with more people, and the value may be personal data (an employer in a date column).
        std::string message = e.message.substr(0, e.message.find(", got `"));
        out.push_back(e.where == record.where ? message
                      : column                ? "at column " + std::string(rest) + ": " + message
                                              : e.where + ": " + message);
    }
    return out;
}

std::unique_ptr<ScreenSink> csv_sink(std::ostream& out, std::ostream& errors, const ScreenOutputOptions& options) {
    return std::make_unique<CsvSink>(out, errors, options);
}

std::unique_ptr<ScreenSink> jsonl_sink(std::ostream& out, std::ostream& errors, const ScreenOutputOptions& options) {
    return std::make_unique<JsonLinesSink>(out, errors, options);
}

std::unique_ptr<ScreenSink> text_sink(std::ostream& out, std::ostream& errors, const ScreenOutputOptions& options) {
    return std::make_unique<TextSink>(out, errors, options);
}

void write_audit(std::ostream& out, const ScreenRunSummary& summary, const ScreenOutputOptions& options,
                 bool worklist) {
    const ScreenAudit& audit = summary.audit;
    std::uint64_t n = audit.screened();
    out << "Screened " << n << (n == 1 ? " applicant" : " applicants") << " for " << role_line(options) << ":\n"
        << "  shortlist   " << audit.count(ScreenOutcome::shortlist) << '\n'
        << "  incomplete  " << audit.count(ScreenOutcome::incomplete) << '\n'
        << "  reject      " << audit.count(ScreenOutcome::reject) << '\n';
    if (audit.bad_records() > 0)
        out << "  could not be read  " << audit.bad_records() << " (listed with their line or row)\n"
            << "  records read  " << n + audit.bad_records() << '\n';
    out << "\nKnock-out audit: applicants each essential fact rejected on its own, in all, and left undecided\n"
        << "  " << padded("statement", 44) << " alone     all  undecided\n";
    std::vector<std::string> heavy;
    for (const auto& line : audit.lines()) {
        std::string id = statement_id(line.level, *line.criterion);
        char numbers[64];
        std::snprintf(numbers, sizeof numbers, "%6llu  %6llu  %9llu", static_cast<unsigned long long>(line.rejected_alone),
                      static_cast<unsigned long long>(line.rejected), static_cast<unsigned long long>(line.unknown));
        out << "  " << padded(id, 44) << numbers << '\n';
        if (n > 0 && line.rejected * 2 > n)
            heavy.push_back(id + " rejects " + percent(line.rejected, n) + " of applicants: \"" + line.criterion->text + "\"");
    }
    for (const auto& h : heavy) out << "  note: " << h << "; is the advert asking for more than the post needs?\n";
    if (!summary.warnings.empty()) {
        out << "\nWarnings (each once, with how many records it concerned):\n";
        for (const auto& w : summary.warnings)
            out << "  " << w.message << " (" << w.count << (w.count == 1 ? " record" : " records") << ", first " << w.first << ")\n";
    }
    // The worklist is the same statements for every applicant screened; listed here in words.
    std::string words;
    std::size_t statements = 0;
    const Role& role = *options.target.role;
    for (std::size_t l = 0; l <= options.target.level && l < role.levels.size(); ++l)
        for (const Criterion& c : role.levels[l].criteria) {
            bool judgement = c.kind == Kind::judgement;
            if (!judgement) continue;
            ++statements;
            words += "  " + statement_id(role.levels[l].id, c) + (c.essential ? "" : " (desirable)") + ": " + c.text + '\n';
        }
    if (statements > 0 && worklist)
        out << "\nTo assess at interview (judgement statements; eligo did not assess them):\n" << words;
    else if (statements > 0)
        out << "\nTo assess at interview: " << statements << " judgement statements (eligo did not assess them); "
            << "`eligo docs --role " << role.id << "` gives their wording\n";
    out << '\n' << kScreenNotice << '\n';
}

}  // namespace eligo
