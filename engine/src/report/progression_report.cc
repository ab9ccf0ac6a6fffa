// Progression in words: the action for each gap, and a person's report as text, JSON, Markdown
// and self-contained HTML. The computations are in evaluate/progression.cc.
#include <algorithm>
#include <cmath>
#include <ostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "support/json_text.h"
#include "support/text.h"
#include "eligo/explain.h"
#include "eligo/profile.h"
#include "eligo/progression.h"

namespace eligo {
namespace {

using ordered = nlohmann::ordered_json;

// --- phrases ------------------------------------------------------------------------------------

std::string join(const std::vector<std::string>& items, const char* separator = ", ") {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? separator : "") + items[i];
    return out;
}

std::string capitalised(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

std::string level_name(const Level& level) {
    return "level " + level.id + (level.name.empty() ? "" : " (" + level.name + ")");
}

// "level C", "levels A and B"
std::string gap_levels_words(const std::vector<const Level*>& levels) {
    std::vector<std::string> ids;
    for (const Level* l : levels) ids.push_back(l->id);
    if (ids.size() <= 1) return "level " + join(ids);
    std::string last = ids.back();
    ids.pop_back();
    return "levels " + join(ids) + " and " + last;
}

std::string readiness_words(Readiness r) {
    switch (r) {
        case Readiness::ready: return "ready";
        case Readiness::not_ready: return "not ready";
        case Readiness::needs_assessment: return "needs assessment";
        case Readiness::top_level: return "top level";
    }
    return "";
}

std::string verdict_words(Verdict v) {
    return v == Verdict::eligible ? "eligible" : v == Verdict::not_eligible ? "not eligible" : "incomplete";
}

std::string outcome_words(Outcome o) { return o == Outcome::met ? "met" : o == Outcome::not_met ? "not met" : "unknown"; }

std::string kind_label(GapKind k) {
    switch (k) {
        case GapKind::qualification: return "qualification";
        case GapKind::time: return "time";
        case GapKind::missing_data: return "missing data";
        case GapKind::judgement: return "judgement";
        case GapKind::other: return "other";
    }
    return "other";
}

// "1 qualification, 1 time, 15 judgement", by kind, only the kinds present.
std::string counts_words(const Progression& p) {
    std::vector<std::string> parts;
    for (GapKind k : kGapKinds)
        if (int n = p.count(k)) parts.push_back(std::to_string(n) + " " + kind_label(k));
    return join(parts);
}

// "13 gaps: 1 qualification, 1 time, 11 judgement"
std::string gaps_count_words(const Progression& p) {
    std::size_t n = p.gaps.size();
    return std::to_string(n) + (n == 1 ? " gap" : " gaps") + (n ? ": " + counts_words(p) : "");
}


// "13 gaps for level C: 1 qualification, 1 time, 11 judgement"
std::string gaps_for_words(const Progression& p) {
    std::size_t n = p.gaps.size();
    return std::to_string(n) + (n == 1 ? " gap" : " gaps") + " for " + gap_levels_words(p.gap_levels) +
           (n ? ": " + counts_words(p) : "");
}

// What the recorded level means next to the attained one.
std::string record_words(const Progression& p) {
    switch (p.record) {
        case RecordStatus::matches: return "";
        case RecordStatus::behind: return "above the recorded level " + *p.recorded + ", so the record may be behind";
        case RecordStatus::ahead:
            return "the recorded level " + *p.recorded + " is not attained" +
                   (p.attained ? ", level " + *p.attained + " is" : "") + "; see the gaps below";
        case RecordStatus::unknown_level:
            return "the recorded level `" + *p.recorded + "` is not a level of this role";
        case RecordStatus::none: return "";
    }
    return "";
}

std::string next_words(const Progression& p) {
    // At the top by the record alone: the step is to meet the recorded level, not a higher one.
    if (!p.next && p.record == RecordStatus::ahead)
        for (const Level& level : p.role->levels)
            if (level.id == *p.recorded)
                return "meet the recorded " + level_name(level) + " first, the top of the role: " +
                       readiness_words(p.readiness) + "; see the gaps below";
    if (!p.next) return "none: the top level is reached";
    return level_name(*p.next) + ": " + readiness_words(p.readiness);
}

// A choice closed by completing a qualification in progress reads as that one action.
const Gap* completing_option(const Gap& g) {
    if (g.needed != 1) return nullptr;
    for (const auto& o : g.options)
        if (!o.completing.empty()) return &o;
    return nullptr;
}

// A choice between qualifications, the same ones held against each, reads as one line.
bool one_qualification_line(const Gap& g) {
    if (g.needed != 1 || g.options.empty()) return false;
    return std::all_of(g.options.begin(), g.options.end(), [&](const Gap& o) {
        return o.kind == GapKind::qualification && o.options.empty() && o.completing.empty() &&
               o.result.outcome == Outcome::not_met && o.held == g.options.front().held;
    });
}

// Options worded one by one, beneath the gap, rather than in one line.
bool listed(const Gap& g) { return !g.options.empty() && !completing_option(g) && !one_qualification_line(g); }

// "CIH Level 2 Certificate in Housing Practice (level 2, achieved 2021-06-30)"
std::string held_words(const Profile& p, const std::vector<int>& indices) {
    std::vector<std::string> out;
    for (int i : indices) {
        const Qualification& q = (*p.qualifications)[static_cast<std::size_t>(i)];
        std::vector<std::string> detail;
        if (q.level) detail.push_back("level " + std::to_string(*q.level));
        if (!q.grade.empty()) detail.push_back("grade " + q.grade);
        if (!q.in_progress) detail.push_back(q.awarded ? "achieved " + q.awarded->to_string() : "achieved");
        out.push_back((q.in_progress ? "working towards " : "") + qualification_name(q) +
                      (detail.empty() ? "" : " (" + join(detail) + ")"));
    }
    return join(out, "; ");
}

std::string choice_lead(const Gap& g) {
    std::size_t n = g.options.size();
    if (g.needed == 1) return n == 2 ? "either of these" : "any one of these";
    if (static_cast<std::size_t>(g.needed) == n) return n == 2 ? "both of these" : "all of these";
    return "any " + std::to_string(g.needed) + " of these";
}

std::string wait_words(const TimeGap& t, const Profile& p) {
    switch (t.wait) {
        case Wait::met_on_date:
            return "met on " + t.met_on->to_string() + " if the current post continues" +
                   (t.part_time ? " (part-time posts count in full: the rules do not pro-rate hours)" : "");
        case Wait::no_current_post: return "no post is ongoing, so waiting will not meet it";
        case Wait::current_post_does_not_count:
            return "the current post does not count towards it, so waiting will not meet it";
        case Wait::current_post_uncertain: return "the current post may count, but its record lacks the data to say";
        case Wait::post_ends_first: {
            const auto& e = (*p.employment)[static_cast<std::size_t>(t.current_posts.front())];
            return "the post that counts ends on " + (e.end ? e.end->to_string() : std::string("its end date")) +
                   ", before it is met";
        }
    }
    return "";
}

std::string judgement_words(const Gap& g, const Profile& p) {
    const JudgementGap& j = *g.judgement;
    std::string when = j.date ? " on " + j.date->to_string() : "";
    std::string old = j.old ? ", over " + std::to_string(kEvidenceMaxAgeMonths) + " months ago" : "";
    switch (j.state) {
        case EvidenceState::none: return "to be assessed: no evidence recorded";
        case EvidenceState::self_declared:
            return "to be assessed by a manager or assessor: self-declared only" + when + old;
        case EvidenceState::assessed_not_met: {
            const Evidence& e = (*p.evidence)[static_cast<std::size_t>(*j.evidence)];
            std::string by = (e.source.empty() ? "an assessor" : e.source) + (e.by.empty() ? "" : " " + e.by);
            return "to be reassessed: assessed as not met by " + by + when + old;
        }
    }
    return "";
}

std::string fields_words(const std::vector<std::string>& fields) {
    std::vector<std::string> quoted;
    for (const auto& f : fields) quoted.push_back("`" + f + "`");
    return join(quoted);
}

}  // namespace

std::string action(const Gap& g, const Profile& p) {
    if (!g.options.empty()) {
        if (const Gap* o = completing_option(g)) return action(*o, p);
        if (one_qualification_line(g)) {
            std::vector<std::string> needs;
            for (const auto& o : g.options) needs.push_back(o.part().text);
            const auto& held = g.options.front().held;
            return (held.empty() ? "no matching qualification recorded" : "holds " + held_words(p, held)) +
                   "; needs one of: " + join(needs, "; ");
        }
        std::vector<std::string> parts;
        for (const auto& o : g.options) parts.push_back(o.part().text + ": " + action(o, p));
        std::string lead = g.met_on ? "met on " + g.met_on->to_string() + " if the current post continues; or " : "";
        return lead + choice_lead(g) + ": " + join(parts, "; ");
    }
    std::string why = reason(g.result, p);
    switch (g.kind) {
        case GapKind::qualification: {
            if (g.completing.empty()) return why;
            std::vector<std::string> names;
            for (int i : g.completing) names.push_back(qualification_name((*p.qualifications)[static_cast<std::size_t>(i)]));
            return "working towards " + join(names, " and ") + "; met once " + (names.size() == 1 ? "it is" : "one is") +
                   " achieved";
        }
        case GapKind::time: return why + "; " + wait_words(*g.time, p);
        case GapKind::missing_data: {
            std::string record = "record " + fields_words(g.fields) + " in the profile";
            if (why.ends_with("not recorded in the profile")) return record;
            if (g.time)  // the months that might count, and the need
                return record + ": up to " + std::to_string(static_cast<int>(g.result.finding.possible + 1e-9)) +
                       " months may count; needs " + std::to_string(static_cast<int>(g.time->needed));
            return record + ": " + why;
        }
        case GapKind::judgement: return g.judgement ? judgement_words(g, p) : why;
        case GapKind::other: return why;
    }
    return why;
}

namespace {

// --- JSON ---------------------------------------------------------------------------------------

ordered counts_json(const Progression& p) {
    ordered j;
    for (GapKind k : kGapKinds) j[to_string(k)] = p.count(k);
    return j;
}

ordered gap_json(const Gap& g, const Profile& p) {
    ordered j;
    j["kind"] = to_string(g.kind);
    j["level"] = g.level->id;
    j["criterion"] = g.criterion->id;
    if (&g.part() != g.criterion) j["part"] = g.part().id;
    j["text"] = g.part().text;
    j["result"] = to_string(g.result.outcome);
    j["action"] = action(g, p);
    auto indices = [](const char* list, const std::vector<int>& items) {
        ordered a = ordered::array();
        for (int i : items) a.push_back(std::string(list) + "[" + std::to_string(i) + "]");
        return a;
    };
    if (!g.held.empty()) j["held"] = indices("qualifications", g.held);
    if (!g.completing.empty()) j["working_towards"] = indices("qualifications", g.completing);
    if (g.time) {
        j["months_served"] = std::round(g.time->served * 100) / 100;
        j["months_needed"] = static_cast<int>(std::lround(g.time->needed));
        j["wait"] = to_string(g.time->wait);
        j["current_posts"] = indices("employment", g.time->current_posts);
        j["part_time_counted_in_full"] = g.time->part_time;
    }
    if (g.met_on || g.time) j["met_on"] = g.met_on ? ordered(g.met_on->to_string()) : ordered(nullptr);
    if (!g.fields.empty()) j["fields"] = g.fields;
    if (g.judgement) {
        const JudgementGap& jg = *g.judgement;
        j["competency"] = jg.competency;
        j["evidence"] = jg.evidence ? ordered("evidence[" + std::to_string(*jg.evidence) + "]") : ordered(nullptr);
        j["evidence_state"] = to_string(jg.state);
        if (jg.date) j["evidence_date"] = jg.date->to_string();
        j["evidence_old"] = jg.old;
    }
    if (!g.options.empty()) {
        j["needed"] = g.needed;
        ordered options = ordered::array();
        for (const auto& o : g.options) options.push_back(gap_json(o, p));
        j["options"] = options;
    }
    return j;
}

ordered progression_json(const Progression& pr, const Profile& p) {
    ordered j;
    j["role"] = pr.role->id;
    j["title"] = pr.role->title;
    j["grade"] = pr.role->grade;
    j["recorded_level"] = pr.recorded ? ordered(*pr.recorded) : ordered(nullptr);
    if (pr.recorded_since) j["recorded_since"] = pr.recorded_since->to_string();
    j["record"] = to_string(pr.record);
    j["attained"] = pr.attained ? ordered(*pr.attained) : ordered(nullptr);
    j["facts_level"] = pr.facts_level ? ordered(*pr.facts_level) : ordered(nullptr);
    j["next_level"] = pr.next ? ordered(pr.next->id) : ordered(nullptr);
    j["readiness"] = to_string(pr.readiness);
    ordered levels = ordered::array();
    for (const auto& l : pr.result.levels)
        levels.push_back({{"level", l.level->id}, {"name", l.level->name}, {"verdict", to_string(l.verdict)}});
    j["levels"] = levels;
    ordered gap_levels = ordered::array();
    for (const Level* l : pr.gap_levels) gap_levels.push_back(l->id);
    j["gap_levels"] = gap_levels;
    j["gap_counts"] = counts_json(pr);
    auto earliest = pr.earliest_met_on();
    j["earliest_met_on"] = earliest ? ordered(earliest->to_string()) : ordered(nullptr);
    ordered gaps = ordered::array();
    for (const auto& g : pr.gaps) gaps.push_back(gap_json(g, p));
    j["gaps"] = gaps;
    return j;
}

ordered person_json(const PersonProgression& person) {
    const Profile& p = *person.profile;
    ordered j;
    j["id"] = p.id;
    j["current"] = person.current ? progression_json(*person.current, p) : ordered(nullptr);
    if (person.problem) j["problem"] = {{"where", person.problem->where}, {"message", person.problem->message}};
    ordered paths = ordered::array();
    for (const auto& path : person.paths) {
        ordered o = progression_json(path.progression, p);
        o["framework"] = path.progression.role->framework;
        o["grade"] = path.progression.role->grade;
        o["move"] = to_string(path.move);
        o["same_framework"] = path.same_framework;
        o["entry"] = to_string(path.entry);
        paths.push_back(o);
    }
    j["career_paths"] = paths;
    j["career_paths_left_out"] = person.paths_left_out;
    return j;
}

// --- text ---------------------------------------------------------------------------------------

std::string pad(std::string s, std::size_t width) {
    if (s.size() < width) s.append(width - s.size(), ' ');
    return s;
}

// How the career paths are ordered: promotions (by the rules' grade order) only with a current role.
std::string paths_order_words(const PersonProgression& person) {
    return person.current ? "promotions first, then this framework first, then by readiness for the first level"
                          : "by readiness for the first level";
}

// "12 more at the same or a lower grade ...": the paths left out, and how to see them.
std::string left_out_words(const PersonProgression& person) {
    return std::to_string(person.paths_left_out) + " more at the same or a lower grade (lateral moves, apprentice "
           "posts); --all-paths lists them";
}

// "needs assessment  rehousing/x  Title  attained A; facts reach B; 3 gaps for level B: 3 judgement"
std::string path_summary(const CareerPath& path) {
    const Progression& p = path.progression;
    std::string s = "attained " + (p.attained ? "level " + *p.attained : std::string("none"));
    s += "; facts reach " + (p.facts_level ? "level " + *p.facts_level : std::string("no level"));
    if (!p.gap_levels.empty()) s += "; " + gaps_for_words(p);
    if (auto d = p.earliest_met_on()) s += "; a time gap closes on " + d->to_string();
    return s;
}

void write_gap_text(std::ostream& out, const Gap& g, const Profile& p, const std::string& indent) {
    out << indent << "[ ] " << pad(kind_label(g.kind), 14) << g.part().text << '\n';
    std::string more = indent + std::string(18, ' ');
    if (listed(g)) {
        out << more << (g.met_on ? "met on " + g.met_on->to_string() + " if the current post continues; or " : "")
            << choice_lead(g) << ":\n";
        for (const auto& o : g.options) write_gap_text(out, o, p, more);
        return;
    }
    out << more << action(g, p) << '\n';
}

void write_text_person(std::ostream& out, const RuleSet& rules, const PersonProgression& person, bool details) {
    const Profile& p = *person.profile;
    out << "Progression " << text::printable(p.id) << "  as of " << person.as_of.to_string() << "  (rules " << rules.name << ' '
        << rules.version << ")\n";
    if (person.problem) out << "\n  " << person.problem->to_string() << '\n';
    if (const auto& pr = person.current) {
        const Role& r = *pr->role;
        out << '\n' << r.title << "  " << r.id << (r.grade.empty() ? "" : "  " + r.grade) << '\n';
        out << "  recorded:  " << (pr->recorded ? "level " + *pr->recorded : std::string("no level"))
            << (pr->recorded_since ? " since " + pr->recorded_since->to_string() : "") << '\n';
        out << "  attained:  " << (pr->attained ? "level " + *pr->attained : std::string("none"));
        if (std::string note = record_words(*pr); !note.empty()) out << " (" << note << ")";
        out << "\n  next:      " << next_words(*pr) << '\n';
        out << "  facts reach " << (pr->facts_level ? "level " + *pr->facts_level : std::string("no level"))
            << " (every judgement taken as met)\n";
        out << "\n  Levels\n";
        for (auto it = pr->result.levels.rbegin(); it != pr->result.levels.rend(); ++it) {
            std::vector<std::string> marks;
            if (pr->recorded == it->level->id) marks.push_back("recorded");
            if (pr->attained == it->level->id) marks.push_back("attained");
            if (pr->next == it->level) marks.push_back("next");
            std::string line = "    " + pad(it->level->id, 4) + pad(it->level->name, 22) + pad(verdict_words(it->verdict), 14) +
                               join(marks);
            out << line.substr(0, line.find_last_not_of(' ') + 1) << '\n';
        }
        if (!pr->gap_levels.empty()) {
            out << "\n  " << capitalised(gaps_for_words(*pr)) << "\n";
            const Level* level = nullptr;
            for (const auto& g : pr->gaps) {
                if (pr->gap_levels.size() > 1 && g.level != level) out << "   " << capitalised(level_name(*g.level)) << '\n';
                level = g.level;
                write_gap_text(out, g, p, "    ");
            }
            if (auto d = pr->earliest_met_on()) out << "  The earliest time-based gap closes on " << d->to_string() << ".\n";
        }
    }
    if (!person.paths.empty() || person.paths_left_out > 0) {
        out << "\n  Career paths (" << paths_order_words(person) << ")\n";
        std::size_t width = 0, grade_width = 0;
        for (const auto& path : person.paths) {
            width = std::max(width, path.progression.role->id.size());
            grade_width = std::max(grade_width, path.progression.role->grade.size());
        }
        for (const auto& path : person.paths) {
            const Role& role = *path.progression.role;
            out << "    " << pad(readiness_words(path.entry), 18) << pad(role.id, width + 2)
                << (grade_width ? pad(role.grade.empty() ? "-" : role.grade, grade_width + 2) : "") << path_summary(path)
                << '\n';
            if (details)
                for (const auto& g : path.progression.gaps) write_gap_text(out, g, p, "      ");
        }
        if (person.paths_left_out > 0) out << "    " << left_out_words(person) << '\n';
    }
}

// --- Markdown -----------------------------------------------------------------------------------

// Text in Markdown: characters that would start markup are escaped.
std::string md(const std::string& s) {
    std::string out;
    for (char c : text::printable(s)) {  // a line break would end a table row
        if (c == '|' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '>' || c == '`' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

// Words that may hold `code` spans (field paths, ids): the spans kept, the rest escaped.
std::string md_words(const std::string& s) {
    std::string out;
    std::size_t at = 0;
    bool code = false;
    while (at <= s.size()) {
        std::size_t tick = s.find('`', at);
        std::string piece = s.substr(at, tick == std::string::npos ? std::string::npos : tick - at);
        out += code ? "`" + piece + "`" : md(piece);
        if (tick == std::string::npos) break;
        code = !code;
        at = tick + 1;
    }
    return out;
}

std::string person_title(const Profile& p) { return p.name.empty() ? p.id : p.name + " (" + p.id + ")"; }

void write_gap_markdown(std::ostream& out, const Gap& g, const Profile& p, const std::string& indent) {
    out << indent << "- [ ] **" << capitalised(kind_label(g.kind)) << ".** " << md(g.part().text);
    if (listed(g)) {
        out << "  \n" << indent << "  " << (g.met_on ? "Met on " + g.met_on->to_string() + " if the current post continues; or " : "")
            << md(choice_lead(g)) << ":\n";
        for (const auto& o : g.options) write_gap_markdown(out, o, p, indent + "  ");
        return;
    }
    out << "  \n" << indent << "  " << md_words(action(g, p)) << '\n';
}

void write_explanation_markdown(std::ostream& out, const CriterionResult& r, const Profile& p, const std::string& indent) {
    const Criterion& c = *r.criterion;
    out << indent << "- **" << outcome_words(r.outcome) << "** " << md(c.text)
        << (c.essential ? "" : " *(desirable)*") << (c.kind == Kind::judgement && r.children.empty() ? " *(judgement)*" : "")
        << "  \n" << indent << "  " << md_words(reason(r, p)) << '\n';
    for (const auto& child : r.children) write_explanation_markdown(out, child, p, indent + "  ");
}

void write_markdown_person(std::ostream& out, const RuleSet& rules, const PersonProgression& person, bool details) {
    const Profile& p = *person.profile;
    out << "# Progression report: " << md(person_title(p)) << "\n\n";
    out << "| | |\n| --- | --- |\n";
    if (person.current) {
        const Progression& pr = *person.current;
        const Role& r = *pr.role;
        out << "| Role | " << md(r.title) << " (`" << r.id << "`)" << (r.grade.empty() ? "" : ", " + md(r.grade)) << " |\n";
        out << "| Recorded level | " << (pr.recorded ? md(*pr.recorded) : "none")
            << (pr.recorded_since ? " since " + pr.recorded_since->to_string() : "") << " |\n";
        out << "| Attained level | " << (pr.attained ? *pr.attained : "none");
        if (std::string note = record_words(pr); !note.empty()) out << " (" << md(note) << ")";
        out << " |\n| Next level | " << md(capitalised(next_words(pr))) << " |\n";
    }
    out << "| As of | " << person.as_of.to_string() << " |\n";
    out << "| Rule set | " << md(rules.name) << " " << md(rules.version) << " (`" << rules.digest << "`) |\n";
    if (person.problem) out << "\n**" << md(person.problem->where) << ":** " << md(person.problem->message) << "\n";
    if (const auto& pr = person.current) {
        out << "\n## Level ladder\n\n| Level | Name | Verdict | |\n| --- | --- | --- | --- |\n";
        for (auto it = pr->result.levels.rbegin(); it != pr->result.levels.rend(); ++it) {
            std::vector<std::string> marks;
            if (pr->recorded == it->level->id) marks.push_back("recorded");
            if (pr->attained == it->level->id) marks.push_back("attained");
            if (pr->next == it->level) marks.push_back("next");
            out << "| " << it->level->id << " | " << md(it->level->name) << " | " << verdict_words(it->verdict) << " | "
                << join(marks) << " |\n";
        }
        if (!pr->gap_levels.empty()) {
            out << "\n## Gaps for " << gap_levels_words(pr->gap_levels) << "\n\n" << gaps_count_words(*pr) << ".";
            if (auto d = pr->earliest_met_on()) out << " The earliest time-based gap closes on " << d->to_string() << ".";
            out << "\n\n";
            const Level* level = nullptr;
            for (const auto& g : pr->gaps) {
                if (pr->gap_levels.size() > 1 && g.level != level)
                    out << (level ? "\n" : "") << "### " << md(capitalised(level_name(*g.level))) << "\n\n";
                level = g.level;
                write_gap_markdown(out, g, p, "");
            }
        } else {
            out << "\nNo gaps: the top level is attained.\n";
        }
    }
    if (!person.paths.empty() || person.paths_left_out > 0) {
        out << "\n## Career paths\n\n" << capitalised(paths_order_words(person)) << ".\n\n"
            << "| Role | Grade | First level | Attained | Facts reach | Gaps | Earliest date |\n"
               "| --- | --- | --- | --- | --- | --- | --- |\n";
        for (const auto& path : person.paths) {
            const Progression& pr = path.progression;
            auto d = pr.earliest_met_on();
            out << "| " << md(pr.role->title) << " (`" << pr.role->id << "`) | " << md(pr.role->grade) << " | "
                << readiness_words(path.entry) << " | "
                << (pr.attained ? *pr.attained : "none") << " | " << (pr.facts_level ? *pr.facts_level : "none") << " | "
                << (pr.gap_levels.empty() ? "none" : md(gaps_for_words(pr)))
                << " | " << (d ? d->to_string() : "") << " |\n";
        }
        if (person.paths_left_out > 0) out << "\n" << md(capitalised(left_out_words(person))) << ".\n";
        if (details)
            for (const auto& path : person.paths) {
                const Progression& pr = path.progression;
                if (pr.gaps.empty()) continue;
                out << "\n### " << md(pr.role->title) << ": gaps for " << gap_levels_words(pr.gap_levels) << "\n\n";
                for (const auto& g : pr.gaps) write_gap_markdown(out, g, p, "");
            }
    }
    out << "\n## Sign-off\n\n"
        << "Discussed at the Performance Appraisal Review; the gaps above are the agreed actions.\n\n"
        << "| | Name | Signature | Date |\n| --- | --- | --- | --- |\n"
        << "| Manager | | | |\n| Employee | | | |\n";
    if (person.current) {
        out << "\n## Appendix: the full explanation\n";
        for (const auto& level : person.current->result.levels) {
            out << "\n### " << md(capitalised(level_name(*level.level))) << ": " << verdict_words(level.verdict) << "\n\n";
            for (const auto& c : level.criteria) write_explanation_markdown(out, c, p, "");
        }
    }
}

// --- HTML ---------------------------------------------------------------------------------------

const char* kStyle = R"(
:root { --ink: #1d2430; --muted: #5b6472; --line: #d5d9e0; --met: #1e7b34; --not: #b3261e; --unknown: #8a5a00; }
* { box-sizing: border-box; }
body { font: 14px/1.45 -apple-system, "Segoe UI", "Liberation Sans", Arial, sans-serif; color: var(--ink);
       margin: 0; background: #f3f4f6; }
main.person { background: #fff; max-width: 60rem; margin: 1.5rem auto; padding: 2rem 2.5rem; border: 1px solid var(--line); }
main.person + main.person { break-before: page; }
h1 { font-size: 1.6rem; margin: 0 0 1rem; }
h2 { font-size: 1.15rem; margin: 1.8rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
th { font-weight: 600; color: var(--muted); }
td.date, td.ready, td.not_ready, td.needs_assessment { white-space: nowrap; }
table.facts th { width: 11rem; }
table.signoff td { height: 2.6rem; border: 1px solid var(--line); }
table.signoff th { width: 8rem; }
code { font: .9em "DejaVu Sans Mono", Consolas, monospace; overflow-wrap: anywhere; }
.eligible, .met, .ready { color: var(--met); font-weight: 600; }
.not_eligible, .not_met, .not_ready { color: var(--not); font-weight: 600; }
.incomplete, .unknown, .needs_assessment { color: var(--unknown); font-weight: 600; }
.note { color: var(--muted); }
.ladder { display: flex; flex-direction: column; gap: .35rem; max-width: 36rem; }
.rung { display: grid; grid-template-columns: 3rem 1fr 8rem; align-items: center; padding: .45rem .7rem;
        border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 3px; }
.rung.eligible { border-left-color: var(--met); }
.rung.not_eligible { border-left-color: var(--not); }
.rung.incomplete { border-left-color: var(--unknown); }
.rung .id { font-size: 1.2rem; font-weight: 700; color: var(--ink); }
.rung .name { color: var(--ink); font-weight: 400; }
.rung .verdict { text-align: right; }
.tag { display: inline-block; margin-left: .4rem; padding: 0 .4rem; border-radius: 2px; font-size: .8rem;
       background: #e8ebf0; color: var(--ink); font-weight: 600; }
ul.gaps { list-style: none; padding: 0; margin: 0; }
ul.gaps li { display: grid; grid-template-columns: 1.6rem 1fr; padding: .45rem 0; border-bottom: 1px solid var(--line);
             break-inside: avoid; }
ul.gaps ul.gaps { grid-column: 2; margin-top: .3rem; }
ul.gaps ul.gaps li { border-bottom: 0; padding: .2rem 0; }
.box { width: 1rem; height: 1rem; border: 1.5px solid var(--ink); border-radius: 2px; margin-top: .2rem; }
.kind { font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); font-weight: 700; margin-right: .4rem; }
.action { color: var(--muted); }
ul.explain { padding-left: 1.1rem; }
ul.explain li { margin: .3rem 0; break-inside: avoid; }
.reason { color: var(--muted); display: block; }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
@media print {
  body { background: #fff; font-size: 11pt; }
  main.person { margin: 0; padding: 0; border: 0; max-width: none; }
  @page { size: A4; margin: 16mm; }
}
)";

std::string outcome_class(Outcome o) { return to_string(o); }

// `x` as <code>x</code>: field paths and ids in the words.
std::string code_spans(const std::string& text) {
    std::string out;
    bool open = false;
    for (char c : text) {
        if (c == '`') {
            out += open ? "</code>" : "<code>";
            open = !open;
        } else {
            out += c;
        }
    }
    return open ? out + "</code>" : out;
}

void write_gap_html(std::ostream& out, const Gap& g, const Profile& p) {
    out << "<li><span class=\"box\"></span><div><span class=\"kind\">" << text::html(kind_label(g.kind)) << "</span>"
        << text::html(g.part().text);
    if (listed(g)) {
        out << "<div class=\"action\">"
            << (g.met_on ? "Met on <strong>" + g.met_on->to_string() + "</strong> if the current post continues; or " : "")
            << text::html(choice_lead(g)) << ":</div><ul class=\"gaps\">";
        for (const auto& o : g.options) write_gap_html(out, o, p);
        out << "</ul></div></li>\n";
        return;
    }
    std::string words = code_spans(text::html(action(g, p)));
    if (g.met_on) {  // the date is what a manager looks for
        std::string date = g.met_on->to_string();
        if (auto at = words.find("met on " + date); at != std::string::npos)
            words.replace(at + 7, date.size(), "<strong>" + date + "</strong>");
    }
    out << "<div class=\"action\">" << words << "</div></div></li>\n";
}

void write_explanation_html(std::ostream& out, const CriterionResult& r, const Profile& p) {
    const Criterion& c = *r.criterion;
    out << "<li><span class=\"" << outcome_class(r.outcome) << "\">" << outcome_words(r.outcome) << "</span> "
        << text::html(c.text) << (c.essential ? "" : " <span class=\"note\">(desirable)</span>")
        << (c.kind == Kind::judgement && r.children.empty() ? " <span class=\"note\">(judgement)</span>" : "")
        << "<span class=\"reason\">" << code_spans(text::html(reason(r, p))) << "</span>";
    if (!r.children.empty()) {
        out << "<ul class=\"explain\">";
        for (const auto& child : r.children) write_explanation_html(out, child, p);
        out << "</ul>";
    }
    out << "</li>\n";
}

void write_html_person(std::ostream& out, const RuleSet& rules, const PersonProgression& person, bool details) {
    const Profile& p = *person.profile;
    out << "<main class=\"person\">\n<h1>Progression report: " << text::html(person_title(p))
        << "</h1>\n<table class=\"facts\">\n";
    if (const auto& pr = person.current) {
        const Role& r = *pr->role;
        out << "<tr><th>Role</th><td>" << text::html(r.title) << " <code>" << text::html(r.id) << "</code>"
            << (r.grade.empty() ? "" : ", " + text::html(r.grade)) << "</td></tr>\n";
        out << "<tr><th>Recorded level</th><td>" << (pr->recorded ? text::html(*pr->recorded) : "none")
            << (pr->recorded_since ? " since " + pr->recorded_since->to_string() : "") << "</td></tr>\n";
        out << "<tr><th>Attained level</th><td>" << (pr->attained ? text::html(*pr->attained) : "none");
        if (std::string note = record_words(*pr); !note.empty())
            out << " <span class=\"note\">(" << text::html(note) << ")</span>";
        out << "</td></tr>\n<tr><th>Next level</th><td>";
        if (pr->next)
            out << text::html(capitalised(level_name(*pr->next))) << ": <span class=\"" << to_string(pr->readiness) << "\">"
                << readiness_words(pr->readiness) << "</span>";
        else
            out << text::html(capitalised(next_words(*pr)));
        out << "</td></tr>\n";
    }
    out << "<tr><th>As of</th><td>" << person.as_of.to_string() << "</td></tr>\n";
    out << "<tr><th>Rule set</th><td>" << text::html(rules.name) << " " << text::html(rules.version) << " <code class=\"note\">"
        << text::html(rules.digest) << "</code></td></tr>\n</table>\n";
    if (person.problem)
        out << "<p><strong>" << text::html(person.problem->where) << ":</strong> " << text::html(person.problem->message)
            << "</p>\n";
    if (const auto& pr = person.current) {
        out << "<h2>Level ladder</h2>\n<div class=\"ladder\">\n";
        for (auto it = pr->result.levels.rbegin(); it != pr->result.levels.rend(); ++it) {
            out << "<div class=\"rung " << to_string(it->verdict) << "\"><span class=\"id\">" << text::html(it->level->id)
                << "</span><span class=\"name\">" << text::html(it->level->name);
            if (pr->recorded == it->level->id) out << "<span class=\"tag\">recorded</span>";
            if (pr->attained == it->level->id) out << "<span class=\"tag\">attained</span>";
            if (pr->next == it->level) out << "<span class=\"tag\">next</span>";
            out << "</span><span class=\"verdict " << to_string(it->verdict) << "\">" << verdict_words(it->verdict)
                << "</span></div>\n";
        }
        out << "</div>\n";
        if (!pr->gap_levels.empty()) {
            out << "<h2>Gaps for " << text::html(gap_levels_words(pr->gap_levels)) << "</h2>\n<p>"
                << text::html(gaps_count_words(*pr)) << ".";
            if (auto d = pr->earliest_met_on()) out << " The earliest time-based gap closes on <strong>" << d->to_string() << "</strong>.";
            out << "</p>\n";
            const Level* level = nullptr;
            for (const auto& g : pr->gaps) {
                if (pr->gap_levels.size() > 1 && g.level != level)
                    out << (level ? "</ul>\n" : "") << "<h3>" << text::html(capitalised(level_name(*g.level)))
                        << "</h3>\n<ul class=\"gaps\">\n";
                else if (!level)
                    out << "<ul class=\"gaps\">\n";
                level = g.level;
                write_gap_html(out, g, p);
            }
            out << "</ul>\n";
        } else {
            out << "<p>No gaps: the top level is attained.</p>\n";
        }
    }
    if (!person.paths.empty() || person.paths_left_out > 0) {
        out << "<h2>Career paths</h2>\n<p>" << text::html(capitalised(paths_order_words(person)))
            << ".</p>\n<table>\n<tr><th>Role</th><th>Grade</th><th>First level</th><th>Attained</th><th>Facts reach</th>"
               "<th>Gaps</th><th>Earliest date</th></tr>\n";
        for (const auto& path : person.paths) {
            const Progression& pr = path.progression;
            auto d = pr.earliest_met_on();
            out << "<tr><td>" << text::html(pr.role->title) << "<br><code class=\"note\">" << text::html(pr.role->id)
                << "</code></td><td>" << text::html(pr.role->grade) << "</td><td class=\"" << to_string(path.entry) << "\">"
                << readiness_words(path.entry) << "</td><td>"
                << (pr.attained ? text::html(*pr.attained) : "none") << "</td><td>"
                << (pr.facts_level ? text::html(*pr.facts_level) : "none")
                << "</td><td>" << (pr.gap_levels.empty() ? "none" : text::html(gaps_for_words(pr)))
                << "</td><td class=\"date\">" << (d ? d->to_string() : "") << "</td></tr>\n";
        }
        out << "</table>\n";
        if (person.paths_left_out > 0) out << "<p>" << code_spans(text::html(capitalised(left_out_words(person)))) << ".</p>\n";
        if (details)
            for (const auto& path : person.paths) {
                const Progression& pr = path.progression;
                if (pr.gaps.empty()) continue;
                out << "<h3>" << text::html(pr.role->title) << ": gaps for " << text::html(gap_levels_words(pr.gap_levels))
                    << "</h3>\n<ul class=\"gaps\">\n";
                for (const auto& g : pr.gaps) write_gap_html(out, g, p);
                out << "</ul>\n";
            }
    }
    out << "<h2>Sign-off</h2>\n<p>Discussed at the Performance Appraisal Review; the gaps above are the agreed "
           "actions.</p>\n<table class=\"signoff\">\n<tr><th></th><th>Name</th><th>Signature</th><th>Date</th></tr>\n"
           "<tr><th>Manager</th><td></td><td></td><td></td></tr>\n<tr><th>Employee</th><td></td><td></td><td></td></tr>\n"
           "</table>\n";
    if (person.current) {
        out << "<h2>Appendix: the full explanation</h2>\n";
        for (const auto& level : person.current->result.levels) {
            out << "<h3>" << text::html(capitalised(level_name(*level.level))) << ": <span class=\""
                << to_string(level.verdict) << "\">" << verdict_words(level.verdict) << "</span></h3>\n<ul class=\"explain\">\n";
            for (const auto& c : level.criteria) write_explanation_html(out, c, p);
            out << "</ul>\n";
        }
    }
    out << "<footer>Unknown is not failed: the profile lacks the data, or a statement awaits a manager's or assessor's "
           "judgement. Self-declared evidence is shown but never enough. Evidence older than "
        << kEvidenceMaxAgeMonths << " months is marked for review.</footer>\n</main>\n";
}

}  // namespace

ProgressionReport::ProgressionReport(std::ostream& out, const RuleSet& rules, ProgressionReportOptions options)
    : out_(out), rules_(rules), options_(options) {
    if (options_.format == ProgressionFormat::json) {
        ordered ruleset = {{"name", rules_.name}, {"version", rules_.version}, {"digest", rules_.digest}};
        out_ << "{\n  \"as_of\": \"" << options_.as_of.to_string() << "\",\n  \"ruleset\": " << json_text(ruleset)
             << ",\n  \"profiles\": [";
    }
    // An HTML document's head waits for its first person: a one-person document names them.
}

void ProgressionReport::html_head(const PersonProgression* person) {
    std::string title = "Progression report";
    if (person && options_.one_person) {
        title += ": " + person_title(*person->profile);
        if (person->current) title += ", " + person->current->role->title;
    }
    out_ << "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
         << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         << "<title>" << text::html(title) << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n";
}

ProgressionReport::~ProgressionReport() { finish(); }

void ProgressionReport::add(const PersonProgression& person) {
    switch (options_.format) {
        case ProgressionFormat::text:
            if (people_ > 0) out_ << '\n';
            write_text_person(out_, rules_, person, options_.path_details);
            break;
        case ProgressionFormat::json: {
            out_ << (people_ ? ",\n    " : "\n    ") << json_text(person_json(person));
            break;
        }
        case ProgressionFormat::markdown:
            if (people_ > 0) out_ << "\n---\n\n";
            write_markdown_person(out_, rules_, person, options_.path_details);
            break;
        case ProgressionFormat::html:
            if (people_ == 0) html_head(&person);
            write_html_person(out_, rules_, person, options_.path_details);
            break;
    }
    ++people_;
}

void ProgressionReport::finish() {
    if (finished_) return;
    finished_ = true;
    if (options_.format == ProgressionFormat::json) out_ << (people_ ? "\n  ]\n}\n" : "]\n}\n");
    else if (options_.format == ProgressionFormat::html) {
        if (people_ == 0) html_head(nullptr);
        out_ << "</body>\n</html>\n";
    }
    out_.flush();
}

}  // namespace eligo
