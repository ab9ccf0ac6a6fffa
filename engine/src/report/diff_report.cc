// The impact report of a rule change, in words: a text listing for people, JSON for programs.
#include <ostream>

#include <nlohmann/json.hpp>

#include "support/json_text.h"
#include "eligo/diff.h"
#include "eligo/explain.h"
#include "eligo/profile.h"

namespace eligo {
namespace {

using ordered = nlohmann::ordered_json;

std::string verdict_text(const std::optional<Verdict>& v) { return v ? to_string(*v) : "none"; }
std::string attained_text(const std::optional<std::string>& a) { return a ? *a : "none"; }

ordered verdict_json(const std::optional<Verdict>& v) { return v ? ordered(to_string(*v)) : ordered(nullptr); }
ordered attained_json(const std::optional<std::string>& a) { return a ? ordered(*a) : ordered(nullptr); }

const char* role_change_name(RolePresence p) {
    return p == RolePresence::both ? "none" : p == RolePresence::added ? "added" : "removed";
}

const char* mark(Outcome o) { return o == Outcome::met ? "[met]    " : o == Outcome::not_met ? "[not met]" : "[unknown]"; }

const Criterion& criterion_of(const CriterionChange& c) { return c.after ? *c.after->criterion : *c.before->criterion; }

// ---- text ------------------------------------------------------------------------------------

void write_rules_line(std::ostream& out, const char* side, const std::string& label, const RuleSet& rules) {
    out << "  " << side << ": " << label << "  " << rules.name << ' ' << rules.version << "  " << rules.digest << '\n';
}

void write_text_header(std::ostream& out, const RuleSet& old, const RuleSet& now, const DiffReportOptions& options) {
    out << "Impact of a rule change, as of " << options.as_of.to_string() << '\n';
    write_rules_line(out, "old", options.old_label, old);
    write_rules_line(out, "new", options.new_label, now);
    if (old.digest == now.digest) out << "  the two rule sets are identical\n";
    RoleSetDiff roles = diff_roles(old, now, options.as_of);
    for (const Role* r : roles.added) out << "  role added:   " << r->id << "  " << r->title << '\n';
    for (const Role* r : roles.removed) out << "  role removed: " << r->id << "  " << r->title << '\n';
}

// "(added, desirable)", "(changed, now essential)", "(changed, part of cpd-and-training)", ...
std::string change_tags(const CriterionChange& c) {
    std::string tags = to_string(c.kind);
    if (!c.within.empty()) return "(" + tags + ", part of " + c.within + ")";
    const Criterion& k = criterion_of(c);
    if (c.kind == CriterionChangeKind::changed && c.before->criterion->essential != k.essential)
        tags += k.essential ? ", now essential" : ", now desirable";
    else if (!k.essential)
        tags += ", desirable";
    return "(" + tags + ")";
}

void write_text_criterion(std::ostream& out, const CriterionChange& c, const Profile& profile) {
    out << "      " << c.level << ' ' << c.id << ' ' << change_tags(c) << ": " << criterion_of(c).text << '\n';
    if (c.before && c.after && c.before->criterion->text != c.after->criterion->text)
        out << "        was worded: " << c.before->criterion->text << '\n';
    if (c.before) out << "        old " << mark(c.before->outcome) << ' ' << reason(*c.before, profile) << '\n';
    if (c.after) out << "        new " << mark(c.after->outcome) << ' ' << reason(*c.after, profile) << '\n';
}

std::string date_text(const std::optional<Date>& d) { return d ? d->to_string() : "none"; }

// "C homelessness-24-months (closed; was met on 2027-02-03 by waiting): At least 2 years' ..."
void write_text_gap(std::ostream& out, const GapChange& g) {
    out << "      " << g.level << ' ' << g.id << " (" << to_string(g.kind);
    if (g.kind == GapChangeKind::moved)
        out << "; met on " << date_text(g.before) << " -> " << date_text(g.after);
    else if (g.before)
        out << "; was met on " << g.before->to_string() << " by waiting";
    else if (g.after)
        out << "; met on " << g.after->to_string() << " by waiting";
    out << "): " << g.criterion->text << '\n';
}

void write_text_profile(std::ostream& out, const RuleDiff& diff, const std::string& source) {
    out << "\nProfile " << diff.profile->id << "  (" << source << ")\n";
    for (const auto& role : diff.roles) {
        out << "  " << role.role().id << "  " << role.role().title;
        if (role.presence() != RolePresence::both) out << "  (role " << role_change_name(role.presence()) << ")";
        out << '\n';
        if (role.attained_before != role.attained_after)
            out << "    attained: " << attained_text(role.attained_before) << " -> " << attained_text(role.attained_after)
                << '\n';
        for (const auto& level : role.levels)
            out << "    level " << level.level << ": " << verdict_text(level.before) << " -> " << verdict_text(level.after)
                << '\n';
        if (!role.criteria.empty()) out << "    criteria:\n";
        for (const auto& c : role.criteria) write_text_criterion(out, c, *diff.profile);
        if (!role.gaps.empty()) out << "    gaps:\n";
        for (const auto& g : role.gaps) write_text_gap(out, g);
    }
}

// "rehousing/rehousing-officer C: 2 eligible -> not_eligible, 1 incomplete -> not_eligible"
void write_text_summary(std::ostream& out, const DiffSummary& summary) {
    out << "\nSummary: " << summary.profiles << (summary.profiles == 1 ? " profile" : " profiles") << " evaluated, "
        << summary.changed << " with changes";
    if (summary.changed == 0) out << "; no verdict changes";
    out << '\n';
    auto counted = [](int n, const char* one, const char* many) { return std::to_string(n) + ' ' + (n == 1 ? one : many); };
    if (summary.changed > 0)
        out << "  " << counted(summary.level_changes, "level verdict", "level verdicts") << ", "
            << counted(summary.criterion_flips, "criterion result", "criterion results") << ", "
            << counted(summary.gaps_closed, "gap closed", "gaps closed") << ", "
            << counted(summary.gaps_opened, "gap opened", "gaps opened") << ", "
            << counted(summary.dates_moved, "projected date moved", "projected dates moved") << '\n';
    std::map<std::pair<std::string, std::string>, std::string> by_level;  // (role, level) -> line
    for (const auto& [shift, count] : summary.levels) {
        const auto& [role, level, before, after] = shift;
        std::string& l = by_level[{role, level}];
        l += (l.empty() ? role + " " + level + ": " : ", ") + std::to_string(count) + " " + verdict_text(before) +
             " -> " + verdict_text(after);
    }
    std::map<std::string, std::vector<std::string>> lines;  // role id -> its lines
    for (const auto& [key, l] : by_level) lines[key.first].push_back(l);
    std::map<std::string, std::string> attained;
    for (const auto& [shift, count] : summary.attained) {
        const auto& [role, before, after] = shift;
        std::string& l = attained[role];
        l += (l.empty() ? role + " attained: " : ", ") + std::to_string(count) + " " + attained_text(before) + " -> " +
             attained_text(after);
    }
    for (const auto& [role, l] : attained) lines[role].push_back(l);
    for (const auto& [role, ls] : lines)
        for (const auto& l : ls) out << "  " << l << '\n';
}

// ---- JSON ------------------------------------------------------------------------------------

ordered rules_json(const std::string& label, const RuleSet& rules) {
    return {{"rules", label}, {"name", rules.name}, {"version", rules.version}, {"digest", rules.digest}};
}

ordered roles_list(const std::vector<const Role*>& roles) {
    ordered list = ordered::array();
    for (const Role* r : roles) list.push_back({{"id", r->id}, {"title", r->title}});
    return list;
}

ordered side_json(const std::optional<CriterionResult>& r, const Profile& profile) {
    if (!r) return nullptr;
    return {{"text", r->criterion->text},
            {"essential", r->criterion->essential},
            {"result", to_string(r->outcome)},
            {"reason", reason(*r, profile)}};
}

ordered date_json(const std::optional<Date>& d) { return d ? ordered(d->to_string()) : ordered(nullptr); }

ordered gaps_json(const std::vector<GapChange>& gaps) {
    ordered list = ordered::array();
    for (const auto& g : gaps)
        list.push_back({{"level", g.level}, {"id", g.id}, {"change", to_string(g.kind)}, {"text", g.criterion->text},
                        {"met_on_before", date_json(g.before)}, {"met_on_after", date_json(g.after)}});
    return list;
}

ordered profile_json(const RuleDiff& diff, const std::string& source) {
    ordered roles = ordered::array();
    for (const auto& role : diff.roles) {
        ordered levels = ordered::array();
        for (const auto& level : role.levels)
            levels.push_back({{"level", level.level}, {"before", verdict_json(level.before)}, {"after", verdict_json(level.after)}});
        ordered criteria = ordered::array();
        for (const auto& c : role.criteria)
            criteria.push_back({{"level", c.level},
                                {"id", c.id},
                                {"within", c.within.empty() ? ordered(nullptr) : ordered(c.within)},
                                {"change", to_string(c.kind)},
                                {"before", side_json(c.before, *diff.profile)},
                                {"after", side_json(c.after, *diff.profile)}});
        roles.push_back({{"role", role.role().id},
                         {"title", role.role().title},
                         {"role_change", role_change_name(role.presence())},
                         {"attained", {{"before", attained_json(role.attained_before)}, {"after", attained_json(role.attained_after)}}},
                         {"levels", levels},
                         {"criteria", criteria},
                         {"gaps", gaps_json(role.gaps)}});
    }
    return {{"id", diff.profile->id}, {"file", source}, {"roles", roles}};
}

ordered summary_json(const DiffSummary& summary) {
    ordered levels = ordered::array();
    for (const auto& [shift, count] : summary.levels) {
        const auto& [role, level, before, after] = shift;
        levels.push_back({{"role", role}, {"level", level}, {"before", verdict_json(before)},
                          {"after", verdict_json(after)}, {"count", count}});
    }
    ordered attained = ordered::array();
    for (const auto& [shift, count] : summary.attained) {
        const auto& [role, before, after] = shift;
        attained.push_back({{"role", role}, {"before", attained_json(before)}, {"after", attained_json(after)}, {"count", count}});
    }
    ordered kinds = {{"level_verdicts", summary.level_changes}, {"criterion_results", summary.criterion_flips},
                     {"gaps_closed", summary.gaps_closed}, {"gaps_opened", summary.gaps_opened},
                     {"projected_dates_moved", summary.dates_moved}};
    return {{"profiles", summary.profiles}, {"changed", summary.changed}, {"kinds", kinds}, {"levels", levels},
            {"attained", attained}};
}

}  // namespace

DiffReport::DiffReport(std::ostream& out, const RuleSet& old, const RuleSet& now, DiffReportOptions options)
    : out_(out), old_(old), now_(now), options_(std::move(options)) {
    if (options_.format == DiffFormat::text) {
        write_text_header(out_, old_, now_, options_);
        return;
    }
    RoleSetDiff roles = diff_roles(old_, now_, options_.as_of);
    out_ << "{\n  \"as_of\": \"" << options_.as_of.to_string() << "\",\n  \"old\": "
         << json_text(rules_json(options_.old_label, old_)) << ",\n  \"new\": " << json_text(rules_json(options_.new_label, now_))
         << ",\n  \"roles_added\": " << json_text(roles_list(roles.added))
         << ",\n  \"roles_removed\": " << json_text(roles_list(roles.removed)) << ",\n  \"profiles\": [";
}

DiffReport::~DiffReport() { finish(); }

void DiffReport::add(const RuleDiff& diff, const std::string& source) {
    bool first = summary_.changed == 0;
    summary_.add(diff);
    if (!diff.changed()) return;
    if (options_.format == DiffFormat::text)
        write_text_profile(out_, diff, source);
    else
        out_ << (first ? "\n    " : ",\n    ") << json_text(profile_json(diff, source));
}

void DiffReport::finish() {
    if (finished_) return;
    finished_ = true;
    if (options_.format == DiffFormat::text)
        write_text_summary(out_, summary_);
    else
        out_ << (summary_.changed == 0 ? "]" : "\n  ]") << ",\n  \"summary\": " << json_text(summary_json(summary_)) << "\n}\n";
    out_.flush();
}

}  // namespace eligo
