// The text tree for people: one line per verdict and per criterion, with its reason.
#include <ostream>

#include "eligo/explain.h"
#include "eligo/profile.h"
#include "eligo/report.h"
#include "report/columns.h"
#include "support/text.h"

namespace eligo {
namespace {

struct Palette {
    bool on;
    const char* green() const { return on ? "\033[32m" : ""; }
    const char* red() const { return on ? "\033[31m" : ""; }
    const char* yellow() const { return on ? "\033[33m" : ""; }
    const char* bold() const { return on ? "\033[1m" : ""; }
    const char* dim() const { return on ? "\033[2m" : ""; }
    const char* reset() const { return on ? "\033[0m" : ""; }
    const char* of(Outcome o) const { return o == Outcome::met ? green() : o == Outcome::not_met ? red() : yellow(); }
    const char* of(Verdict v) const {
        return v == Verdict::eligible ? green() : v == Verdict::not_eligible ? red() : yellow();
    }
};

const char* mark(Outcome o) { return o == Outcome::met ? "[met]    " : o == Outcome::not_met ? "[not met]" : "[unknown]"; }

const char* verdict_words(Verdict v) {
    return v == Verdict::eligible ? "eligible" : v == Verdict::not_eligible ? "not eligible" : "incomplete";
}

void criterion(std::ostream& out, const CriterionResult& r, const Profile& p, const Palette& c, int depth) {
    std::string indent(static_cast<std::size_t>(4 + 2 * depth), ' ');
    const Criterion& k = *r.criterion;
    out << indent << c.of(r.outcome) << mark(r.outcome) << c.reset() << ' ' << k.text;
    std::vector<std::string> tags;
    if (!k.essential) tags.push_back("desirable");
    if (k.kind == Kind::judgement && r.children.empty()) tags.push_back("judgement");
    if (!tags.empty()) {
        out << c.dim() << " (";
        for (std::size_t i = 0; i < tags.size(); ++i) out << (i ? ", " : "") << tags[i];
        out << ')' << c.reset();
    }
    out << '\n' << indent << "          " << c.dim() << reason(r, p) << c.reset() << '\n';
    for (const auto& child : r.children) criterion(out, child, p, c, depth + 1);
}

}  // namespace

namespace {

// A level's cell: its id, verdict and what stands in its way ("B eligible", "C not eligible (2
// not met, 10 to check)"), counting essential criteria only.
std::string level_cell(const LevelResult& level, const Palette& c) {
    int not_met = 0, unknown = 0;
    for (const auto& cr : level.criteria) {
        if (!cr.criterion->essential) continue;
        not_met += cr.outcome == Outcome::not_met;
        unknown += cr.outcome == Outcome::unknown;
    }
    std::string cell = level.level->id + ' ' + c.of(level.verdict) + verdict_words(level.verdict) + c.reset();
    if (not_met || unknown) {
        cell += " (";
        if (not_met) cell += std::to_string(not_met) + " not met";
        if (not_met && unknown) cell += ", ";
        if (unknown) cell += std::to_string(unknown) + " to check";
        cell += ')';
    }
    return cell;
}

}  // namespace

SummaryTable::SummaryTable(std::ostream& out, ReportOptions options) : out_(out), options_(std::move(options)) {}

SummaryTable::~SummaryTable() { finish(); }

void SummaryTable::add(const ProfileResult& result) {
    Palette c{options_.colour};
    for (const auto& role : result.roles) {
        std::vector<std::string> row = {text::printable(result.profile->id), role.role->id,
                                        "attained " + (role.attained ? *role.attained : std::string("-"))};
        for (const auto& level : role.levels) {
            if (options_.only_level && *options_.only_level != level.level->id) continue;
            if (row.size() > 3) row.back() += ',';
            row.push_back(level_cell(level, c));
        }
        rows_.push_back(std::move(row));
    }
}

void SummaryTable::finish() {
    report::write_aligned(out_, rows_);
    rows_.clear();
}

void write_summary(std::ostream& out, const ProfileResult& result, const ReportOptions& options) {
    SummaryTable table(out, options);
    table.add(result);
}

namespace {

void readings_of(const Criterion& c, std::vector<const Criterion*>& out) {
    if (!c.reading.empty()) out.push_back(&c);
    for (const auto& child : c.children) readings_of(child, out);
}

}  // namespace

void write_readings(std::ostream& out, const RuleSet& rules) {
    out << "# Readings\n\n"
        << "Where a policy statement is ambiguous, the rule that encodes it records the reading its\n"
        << "authors chose. This list is generated from the rules (`eligo readings > rules/READINGS.md`)\n"
        << "so a policy officer can review every interpretation in one place; a test keeps it current.\n\n"
        << "Rule set: " << rules.name << " " << rules.version
        << (rules.effective_from.empty() ? "" : ", effective from " + rules.effective_from) << ".\n";
    for (const auto& role : rules.roles) {
        bool heading = false;
        for (const auto& level : role.levels) {
            std::vector<const Criterion*> found;
            for (const auto& c : level.criteria) readings_of(c, found);
            if (found.empty()) continue;
            if (!heading) {
                out << "\n## " << role.title << " (`" << role.id << "`)\n";
                heading = true;
            }
            out << "\n### Level " << level.id << (level.name.empty() ? "" : " (" + level.name + ")") << "\n\n";
            for (const Criterion* c : found)
                out << "- `" << c->id << "`: \"" << c->text << "\"  \n  Reading: " << c->reading << "\n";
        }
    }
}

void write_text(std::ostream& out, const ProfileResult& result, const ReportOptions& options) {
    Palette c{options.colour};
    out << c.bold() << "Profile " << text::printable(result.profile->id) << c.reset() << "  (as of " << options.as_of.to_string()
        << ")\n";
    for (const auto& role : result.roles) {
        const Role& r = *role.role;
        out << '\n' << c.bold() << r.title << c.reset() << "  " << r.id;
        if (!r.grade.empty()) out << "  " << r.grade;
        out << "\n  attained: " << (role.attained ? "level " + *role.attained : std::string("none")) << '\n';
        for (const auto& level : role.levels) {
            if (options.only_level && *options.only_level != level.level->id) continue;
            out << "  Level " << level.level->id;
            if (!level.level->name.empty()) out << " (" << level.level->name << ")";
            out << ": " << c.of(level.verdict) << verdict_words(level.verdict) << c.reset() << '\n';
            for (const auto& cr : level.criteria) criterion(out, cr, *result.profile, c, 0);
        }
    }
}

}  // namespace eligo
