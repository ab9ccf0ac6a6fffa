// The screening workbook: Shortlist (ranked), Interview, Incomplete, Rejected, Unreadable and Summary sheets.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <ostream>
#include <sstream>

#include <xlsxwriter.h>

#include "eligo/explain.h"
#include "eligo/rules.h"
#include "eligo/screen_output.h"
#include "support/text.h"

namespace eligo {
namespace {

constexpr lxw_row_t kMaxRows = 1'048'575;  // a sheet's rows below its header

// A row as the workbook shows it; only the words, so a large shortlist stays small.
struct Kept {
    std::uint64_t sequence = 0;
    std::string where, id, name;
    int met = 0, total = 0;
    std::string first, second;  ///< sheet-specific columns
    int rank = 0;               ///< on the shortlist: equal desirable facts share a rank
    std::vector<ScreenAssessment> assess;  ///< on the shortlist: the statements for the Interview sheet
};

bool has_fact(const Criterion& c) {
    if (!std::holds_alternative<GroupRequirement>(c.requirement)) return c.kind == Kind::fact;
    return std::any_of(c.children.begin(), c.children.end(), [](const Criterion& m) { return has_fact(m); });
}

// Rows of wrapped text are given the height their lines need: the workbook library does not
// measure text, and a spreadsheet opened as written would show only the first line.
double lines_in(const std::string& text, double width) {
    auto per_line = static_cast<std::size_t>(std::max(8.0, width * 1.15));
    double lines = 0;
    std::size_t start = 0;
    for (;;) {
        std::size_t end = text.find('\n', start);
        std::size_t length = (end == std::string::npos ? text.size() : end) - start;
        lines += static_cast<double>(std::max<std::size_t>(1, (length + per_line - 1) / per_line));
        if (end == std::string::npos) return lines;
        start = end + 1;
    }
}

class XlsxSink final : public ScreenSink {
public:
    XlsxSink(std::string path, std::ostream& errors, const ScreenOutputOptions& options)
        : path_(std::move(path)), errors_(errors), options_(options) {}

    void row(const ScreenRow& row) override {
        const ScreenResult& r = row.result;
        // Printable: a NUL would cut the cell short, other controls garble it.
        Kept k{row.sequence, text::printable(row.where), text::printable(row.id), text::printable(row.name),
               r.desirable_met, r.desirable_total, {}, {}, 0, {}};
        if (r.outcome == ScreenOutcome::reject) {
            for (const auto& f : r.not_met) {
                k.first += (k.first.empty() ? "" : "\n") + f.criterion->text;
                k.second += (k.second.empty() ? "" : "\n") + text::unmarked(facts_reason(f.result, *row.profile));
            }
            rejected_.push_back(std::move(k));
            return;
        }
        if (r.outcome == ScreenOutcome::incomplete) {
            for (const auto& field : r.fields_to_ask()) k.first += (k.first.empty() ? "" : "\n") + text::unmarked(field);
            for (const auto& f : r.unknown)
                k.second += (k.second.empty() ? "" : "\n") + f.criterion->text + " — " +
                            text::unmarked(reason(f.result, *row.profile));
            incomplete_.push_back(std::move(k));
            return;
        }
        // The judgement statements are the same for every applicant and are listed in words on
        // the Summary sheet and per applicant on the Interview sheet; a statement that mixes a
        // fact with a judgement is named when this applicant's facts alone do not meet it.
        std::size_t pure = 0;
        std::string mixed;
        for (const auto& a : r.assess) {
            if (a.criterion->kind == Kind::judgement && !has_fact(*a.criterion)) {
                ++pure;
                continue;
            }
            mixed += "\n" + a.criterion->text + (a.essential ? "" : " (desirable)");
        }
        k.first = std::to_string(pure) + " judgement statements (Interview sheet)" + mixed;
        for (const auto& d : r.desirable) k.second += (k.second.empty() ? "" : "\n") + d.criterion->text;
        k.assess = r.assess;
        shortlist_.push_back(std::move(k));
    }

    void bad(const BadRecord& record) override {
        for (const auto& e : record.errors) errors_ << e.to_string() << '\n';
        Kept k;
        k.sequence = record.sequence;
        k.where = text::printable(record.where);
        k.id = text::printable(record.id);
        for (const auto& problem : unreadable_problems(record))
            k.first += (k.first.empty() ? "" : "\n") + text::printable(problem);
        unreadable_.push_back(std::move(k));
    }

    std::optional<Error> finish(const ScreenAudit& audit, const std::vector<BatchWarning>& warnings) override {
        lxw_workbook* book = workbook_new(path_.c_str());
        if (!book) return Error{ErrorCode::io, path_, "cannot create the workbook", {}};
        heading_ = workbook_add_format(book);
        format_set_bold(heading_);
        format_set_bottom(heading_, LXW_BORDER_THIN);
        format_set_text_wrap(heading_);
        format_set_align(heading_, LXW_ALIGN_VERTICAL_TOP);
        wrap_ = workbook_add_format(book);
        format_set_text_wrap(wrap_);
        format_set_align(wrap_, LXW_ALIGN_VERTICAL_TOP);

        // Best desirable score first; equal scores keep the order of the input and share a rank
        // (1, 2, 2, 4), so no applicant is placed above another on the order they applied in.
        auto better = [](const Kept& a, const Kept& b) {
            return static_cast<long>(a.met) * b.total > static_cast<long>(b.met) * a.total ||
                   (static_cast<long>(a.met) * b.total == static_cast<long>(b.met) * a.total && a.met > b.met);
        };
        std::stable_sort(shortlist_.begin(), shortlist_.end(), better);
        for (std::size_t i = 0; i < shortlist_.size(); ++i)
            shortlist_[i].rank = i > 0 && !better(shortlist_[i - 1], shortlist_[i]) ? shortlist_[i - 1].rank
                                                                                    : static_cast<int>(i + 1);
        sheet(book, "Shortlist", shortlist_,
              {"Rank", "Desirable facts met", "Of", "Which desirable facts", "To assess at interview (not assessed by eligo)"},
              {6, 10, 6, 40, 60}, true);
        interview(book);
        sheet(book, "Incomplete", incomplete_, {"Ask the applicant for", "Statements undecided"}, {40, 90}, false);
        sheet(book, "Rejected", rejected_, {"Essential facts not met", "Why"}, {70, 90}, false);
        unreadable(book);
        summary(book, audit, warnings);
        about(book);

        lxw_error status = workbook_close(book);
        if (status != LXW_NO_ERROR) return Error{ErrorCode::io, path_, lxw_strerror(status), {}};
        if (too_many_) return Error{ErrorCode::io, path_, "a sheet holds at most 1,048,575 rows; the rest were left out: write CSV or JSON Lines for a batch this size", {}};
        return std::nullopt;
    }

private:
    std::string path_;
    std::ostream& errors_;
    ScreenOutputOptions options_;
    std::vector<Kept> shortlist_, incomplete_, rejected_, unreadable_;
    lxw_format* heading_ = nullptr;
    lxw_format* wrap_ = nullptr;
    bool too_many_ = false;

    void write(lxw_worksheet* s, lxw_row_t r, lxw_col_t c, const std::string& value, lxw_format* f = nullptr) {
        // A string cell is never read as a formula, so ids keep their exact form (`-0042`).
        if (!value.empty()) worksheet_write_string(s, r, c, value.c_str(), f);
    }

    void sheet(lxw_workbook* book, const char* name, const std::vector<Kept>& rows, std::vector<const char*> columns,
               std::vector<double> widths, bool ranked) {
        lxw_worksheet* s = workbook_add_worksheet(book, name);
        std::vector<const char*> headings;
        std::vector<double> sizes;
        if (!ranked) {
            headings = {"Applicant"};
            sizes = {14};
        }
        if (ranked) {
            headings = {columns[0], "Applicant"};
            sizes = {widths[0], 14};
            columns.erase(columns.begin());
            widths.erase(widths.begin());
        }
        if (options_.show_names) headings.push_back("Name"), sizes.push_back(24);
        headings.insert(headings.end(), columns.begin(), columns.end());
        sizes.insert(sizes.end(), widths.begin(), widths.end());
        headings.push_back("Record");
        sizes.push_back(22);
        for (std::size_t i = 0; i < headings.size(); ++i) {
            auto col = static_cast<lxw_col_t>(i);
            worksheet_write_string(s, 0, col, headings[i], heading_);
            worksheet_set_column(s, col, col, sizes[i], sizes[i] > 30 ? wrap_ : nullptr);
        }
        worksheet_set_row(s, 0, 30, nullptr);  // headings wrap onto two lines
        lxw_row_t r = 1;
        for (const Kept& k : rows) {
            if (r > kMaxRows) {
                too_many_ = true;
                break;
            }
            lxw_col_t c = 0;
            if (ranked) worksheet_write_number(s, r, c++, k.rank, nullptr);
            write(s, r, c++, k.id);
            if (options_.show_names) write(s, r, c++, k.name);
            if (ranked) {
                worksheet_write_number(s, r, c++, k.met, nullptr);
                worksheet_write_number(s, r, c++, k.total, nullptr);
                write(s, r, c++, k.second, wrap_);
                write(s, r, c++, k.first, wrap_);
            } else {
                write(s, r, c++, k.first, wrap_);
                write(s, r, c++, k.second, wrap_);
            }
            write(s, r, c++, k.where);
            double lines = 1;
            std::size_t first_text = sizes.size() - 3;  // the two text columns before Record
            if (ranked)
                first_text = sizes.size() - 2,
                lines = std::max(lines_in(k.first, sizes[first_text]), lines_in(k.second, sizes[first_text - 1]));
            else lines = std::max(lines_in(k.first, sizes[first_text]), lines_in(k.second, sizes[first_text + 1]));
            if (lines > 1) worksheet_set_row(s, r, std::min(409.0, 15.0 * lines), nullptr);
            ++r;
        }
        worksheet_freeze_panes(s, 1, 0);
        worksheet_autofilter(s, 0, 0, r - 1, static_cast<lxw_col_t>(headings.size() - 1));
    }

    // Per shortlisted applicant, in rank order, each statement to assess at interview, with
    // a Score and a Notes column for the panel to fill in.
    void interview(lxw_workbook* book) {
        lxw_worksheet* s = workbook_add_worksheet(book, "Interview");
        std::vector<std::pair<const char*, double>> columns = {{"Rank", 6}, {"Applicant", 14}};
        if (options_.show_names) columns.push_back({"Name", 24});
        columns.insert(columns.end(), {{"Statement to assess", 70}, {"Essential or desirable", 12}, {"Score", 8},
                                       {"Notes", 50}, {"Record", 22}});
        for (std::size_t i = 0; i < columns.size(); ++i) {
            auto col = static_cast<lxw_col_t>(i);
            worksheet_write_string(s, 0, col, columns[i].first, heading_);
            worksheet_set_column(s, col, col, columns[i].second, columns[i].second > 30 ? wrap_ : nullptr);
        }
        worksheet_set_row(s, 0, 30, nullptr);
        lxw_row_t r = 1;
        for (const Kept& k : shortlist_)
            for (const ScreenAssessment& a : k.assess) {
                if (r > kMaxRows) {
                    too_many_ = true;
                    break;
                }
                lxw_col_t c = 0;
                worksheet_write_number(s, r, c++, k.rank, nullptr);
                write(s, r, c++, k.id);
                if (options_.show_names) write(s, r, c++, k.name);
                write(s, r, c++, a.criterion->text, wrap_);
                write(s, r, c++, a.essential ? "essential" : "desirable");
                c += 2;  // Score and Notes, for the panel
                write(s, r, c, k.where);
                if (double lines = lines_in(a.criterion->text, 70); lines > 1)
                    worksheet_set_row(s, r, std::min(409.0, 15.0 * lines), nullptr);
                ++r;
            }
        worksheet_freeze_panes(s, 1, 0);
        worksheet_autofilter(s, 0, 0, r - 1, static_cast<lxw_col_t>(columns.size() - 1));
    }

    // What the run was: eligo, the rules, the files read with their SHA-256, the command.
    void about(lxw_workbook* book) {
        settle_about(options_);
        auto lines = about_lines(options_);
        if (lines.empty()) return;
        lxw_worksheet* s = workbook_add_worksheet(book, "About");
        worksheet_set_column(s, 0, 0, 16, nullptr);
        worksheet_set_column(s, 1, 1, 100, wrap_);
        lxw_row_t r = 0;
        for (const auto& [label, value] : lines) {
            worksheet_write_string(s, r, 0, label.c_str(), heading_);
            write(s, r++, 1, text::printable(value), wrap_);
        }
    }

    // Records that could not be read: where each is and what is wrong with it.
    void unreadable(lxw_workbook* book) {
        lxw_worksheet* s = workbook_add_worksheet(book, "Unreadable");
        worksheet_write_string(s, 0, 0, "Record", heading_);
        worksheet_write_string(s, 0, 1, "Applicant", heading_);
        worksheet_write_string(s, 0, 2, "Why it could not be read (not screened)", heading_);
        worksheet_set_column(s, 0, 0, 30, nullptr);
        worksheet_set_column(s, 1, 1, 14, nullptr);
        worksheet_set_column(s, 2, 2, 90, wrap_);
        worksheet_set_row(s, 0, 30, nullptr);
        lxw_row_t r = 1;
        for (const Kept& k : unreadable_) {
            if (r > kMaxRows) {
                too_many_ = true;
                break;
            }
            write(s, r, 0, k.where);
            write(s, r, 1, k.id);
            write(s, r, 2, k.first, wrap_);
            if (double lines = lines_in(k.first, 90); lines > 1) worksheet_set_row(s, r, std::min(409.0, 15.0 * lines), nullptr);
            ++r;
        }
        worksheet_freeze_panes(s, 1, 0);
    }

    void summary(lxw_workbook* book, const ScreenAudit& audit, const std::vector<BatchWarning>& warnings) {
        lxw_worksheet* s = workbook_add_worksheet(book, "Summary");
        worksheet_set_column(s, 0, 0, 70, wrap_);
        worksheet_set_column(s, 1, 3, 14, nullptr);
        const Role& role = *options_.target.role;
        const Level& level = options_.target.target_level();
        lxw_row_t r = 0;
        auto fact = [&](const char* label, const std::string& value) {
            worksheet_write_string(s, r, 0, label, heading_);
            worksheet_write_string(s, r, 1, value.c_str(), nullptr);
            ++r;
        };
        fact("Notice", kScreenNotice);
        fact("Role", role.title + " (" + role.id + ")");
        fact("Level", level.id + (level.name.empty() ? "" : " " + level.name) + ", with the levels below it");
        fact("As of", options_.as_of.to_string());
        if (options_.rules) fact("Rule set", options_.rules->name + " " + options_.rules->version);
        for (auto outcome : {ScreenOutcome::shortlist, ScreenOutcome::incomplete, ScreenOutcome::reject}) {
            worksheet_write_string(s, r, 0, to_string(outcome), heading_);
            worksheet_write_number(s, r++, 1, static_cast<double>(audit.count(outcome)), nullptr);
        }
        worksheet_write_string(s, r, 0, "could not be read", heading_);
        worksheet_write_number(s, r++, 1, static_cast<double>(audit.bad_records()), nullptr);
        worksheet_write_string(s, r, 0, "records read", heading_);
        worksheet_write_number(s, r++, 1, static_cast<double>(audit.screened() + audit.bad_records()), nullptr);
        ++r;
        const char* columns[] = {"Essential statement", "Rejected alone", "Rejected in all", "Undecided"};
        lxw_row_t table = r;
        for (lxw_col_t c = 0; c < 4; ++c) worksheet_write_string(s, r, c, columns[c], heading_);
        ++r;
        for (const auto& line : audit.lines()) {
            write(s, r, 0, line.criterion->text, wrap_);
            worksheet_write_number(s, r, 1, static_cast<double>(line.rejected_alone), nullptr);
            worksheet_write_number(s, r, 2, static_cast<double>(line.rejected), nullptr);
            worksheet_write_number(s, r, 3, static_cast<double>(line.unknown), nullptr);
            if (double lines = lines_in(line.criterion->text, 70); lines > 1) worksheet_set_row(s, r, 15.0 * lines, nullptr);
            ++r;
        }
        worksheet_autofilter(s, table, 0, r - 1, 3);
        ++r;
        worksheet_write_string(s, r++, 0, "To assess at interview (not assessed by eligo)", heading_);
        for (std::size_t l = 0; l <= options_.target.level && l < role.levels.size(); ++l)
            for (const Criterion& c : role.levels[l].criteria) {
                if (c.kind != Kind::judgement) continue;
                std::string words = c.text + (c.essential ? "" : " (desirable)");
                write(s, r, 0, words, wrap_);
                if (double lines = lines_in(words, 70); lines > 1) worksheet_set_row(s, r, 15.0 * lines, nullptr);
                ++r;
            }
        if (!warnings.empty()) {
            ++r;
            worksheet_write_string(s, r++, 0, "Warnings", heading_);
            for (const auto& w : warnings) {
                std::string line = text::unmarked(w.message) + " (" + std::to_string(w.count) + " records, first " + w.first + ")";
                write(s, r++, 0, line, wrap_);
            }
        }
    }
};

}  // namespace

Expected<std::unique_ptr<ScreenSink>> xlsx_sink(const std::string& path, std::ostream& errors,
                                                const ScreenOutputOptions& options) {
    // The workbook is written at the end; find out now, not after the batch, if it cannot be.
    {
        std::ofstream probe(path, std::ios::binary | std::ios::app);
        if (!probe) return Error{ErrorCode::io, path, "cannot create the workbook", {}};
    }
    return std::unique_ptr<ScreenSink>(std::make_unique<XlsxSink>(path, errors, options));
}

}  // namespace eligo
