// Progression as data: attained and next levels, gaps as records, projected dates, career paths.
// The words are in report/progression_report.cc.
#include "eligo/progression.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "eligo/profile.h"

namespace eligo {
namespace {

CriterionResult evaluate_on(const Criterion& criterion, const ProfileIndex& index, Date as_of) {
    ProfileIndex then(index.rules(), index.profile(), as_of);
    return evaluate_criterion(criterion, then);
}

std::optional<std::string> facts_level_of(const RoleResult& result) {
    std::optional<std::string> level;
    for (const auto& l : result.levels) {
        for (const auto& c : l.criteria)
            if (c.criterion->essential && facts_outcome(c) != Outcome::met) return level;
        level = l.level->id;
    }
    return level;
}

// --- gaps ---------------------------------------------------------------------------------------

JudgementGap judgement_of(const CompetencyRequirement& req, const CriterionResult& r, const ProfileIndex& index) {
    JudgementGap j;
    j.competency = req.competency;
    if (r.finding.used.empty()) return j;
    int i = r.finding.used.front();
    const Evidence& e = (*index.profile().evidence)[static_cast<std::size_t>(i)];
    j.evidence = i;
    j.date = e.date;
    j.state = e.source == "self" ? EvidenceState::self_declared : EvidenceState::assessed_not_met;
    j.old = e.date && *e.date < index.as_of().add_months(-kEvidenceMaxAgeMonths);
    return j;
}

// In-progress qualifications that would meet `criterion` once achieved: the criterion evaluated
// again with "working towards" allowed, so the matching is criteria.cc's own.
std::vector<int> completing(const Criterion& criterion, const QualificationRequirement& req, const ProfileIndex& index) {
    if (req.working_towards) return {};
    Criterion loose = criterion;
    std::get<QualificationRequirement>(loose.requirement).working_towards = true;
    std::vector<int> out;
    CriterionResult r = evaluate_criterion(loose, index);
    if (r.outcome != Outcome::met) return out;
    for (int i : r.finding.used)
        if ((*index.profile().qualifications)[static_cast<std::size_t>(i)].in_progress) out.push_back(i);
    return out;
}

Gap leaf_gap(const Level& level, const Criterion& top, const CriterionResult& r, const ProfileIndex& index) {
    Gap g;
    g.level = &level;
    g.criterion = &top;
    g.result = r;
    const Criterion& c = *r.criterion;
    if (const auto* req = std::get_if<CompetencyRequirement>(&c.requirement)) {
        g.kind = GapKind::judgement;
        g.judgement = judgement_of(*req, r, index);
        return g;
    }
    if (std::holds_alternative<CustomRequirement>(c.requirement)) {
        g.kind = c.kind == Kind::judgement ? GapKind::judgement : GapKind::other;
        return g;
    }
    if (std::holds_alternative<ExperienceRequirement>(c.requirement)) g.time = time_gap(c, index);
    if (r.outcome == Outcome::unknown) {
        g.kind = GapKind::missing_data;
        g.fields = fields_to_decide(r);
        return g;
    }
    if (const auto* req = std::get_if<QualificationRequirement>(&c.requirement)) {
        g.kind = GapKind::qualification;
        g.held = r.finding.used;
        g.completing = completing(c, *req, index);
    } else if (std::holds_alternative<GcseRequirement>(c.requirement)) {
        g.kind = GapKind::qualification;
        g.held = r.finding.used;
    } else if (g.time) {
        g.kind = GapKind::time;
        g.met_on = g.time->met_on;
    } else {
        g.kind = GapKind::other;
    }
    return g;
}

void collect(const Level& level, const Criterion& top, const CriterionResult& r, const ProfileIndex& index,
             std::vector<Gap>& out);

// The date by which `needed` of `options` are met, waiting alone; nullopt when waiting cannot.
std::optional<Date> kth_date(const std::vector<Gap>& options, int needed) {
    std::vector<Date> dates;
    for (const auto& o : options)
        if (o.met_on) dates.push_back(*o.met_on);
    if (needed <= 0 || static_cast<int>(dates.size()) < needed) return std::nullopt;
    std::sort(dates.begin(), dates.end());
    return dates[static_cast<std::size_t>(needed - 1)];
}

// One gap for `r`: a leaf, or a group whose members not met are its options.
Gap gap_for(const Level& level, const Criterion& top, const CriterionResult& r, const ProfileIndex& index) {
    const auto* group = std::get_if<GroupRequirement>(&r.criterion->requirement);
    if (!group) return leaf_gap(level, top, r, index);
    Gap g;
    g.level = &level;
    g.criterion = &top;
    g.result = r;
    int met = 0;
    for (const auto& child : r.children) {
        if (child.outcome == Outcome::met) ++met;
        else g.options.push_back(gap_for(level, top, child, index));
    }
    g.needed = std::max(0, group->needed - met);
    g.met_on = kth_date(g.options, g.needed);
    if (g.met_on) {
        g.kind = GapKind::time;
    } else {
        // The kind of the path still open: an unknown member when the group is unknown.
        auto open = std::find_if(g.options.begin(), g.options.end(),
                                 [&](const Gap& o) { return r.outcome != Outcome::unknown || o.result.outcome == Outcome::unknown; });
        g.kind = open != g.options.end() ? open->kind : GapKind::other;
    }
    return g;
}

// Gaps of a level's criterion: every member of an `all_of` is its own action.
void collect(const Level& level, const Criterion& top, const CriterionResult& r, const ProfileIndex& index,
             std::vector<Gap>& out) {
    if (r.outcome == Outcome::met) return;
    const auto* group = std::get_if<GroupRequirement>(&r.criterion->requirement);
    if (group && group->mode == GroupRequirement::Mode::all_of) {
        for (const auto& child : r.children) collect(level, top, child, index, out);
        return;
    }
    out.push_back(gap_for(level, top, r, index));
}

// Whether a part-time post among `counted` adds time that no full-time post counted covers: the
// engine counts it in full (the rules do not pro-rate hours), which the report must say.
bool part_time_counts(const std::vector<EmploymentPeriod>& employment, const std::vector<int>& counted) {
    const Date open_end = Date::from_ymd(9999, 12, 31);
    // Only posts with a start are ever counted.
    auto range = [&](const EmploymentPeriod& e) { return DateRange{*e.start, e.end ? e.end->add_days(1) : open_end}; };
    auto part_time = [](const EmploymentPeriod& e) { return e.hours_per_week && *e.hours_per_week < kFullTimeHours; };
    std::vector<DateRange> full;
    for (int i : counted)
        if (const auto& e = employment[static_cast<std::size_t>(i)]; !part_time(e)) full.push_back(range(e));
    std::sort(full.begin(), full.end(), [](const DateRange& a, const DateRange& b) { return a.start < b.start; });
    for (int i : counted) {
        const auto& e = employment[static_cast<std::size_t>(i)];
        if (!part_time(e)) continue;
        DateRange r = range(e);
        Date covered = r.start;  // the full-time posts cover [r.start, covered)
        for (const auto& f : full)
            if (f.start <= covered && f.end > covered) covered = f.end;
        if (covered < r.end) return true;
    }
    return false;
}

Readiness readiness_of(Verdict v) {
    return v == Verdict::eligible ? Readiness::ready : v == Verdict::not_eligible ? Readiness::not_ready
                                                                                   : Readiness::needs_assessment;
}

// Position of a level in its role, or -1.
int position(const Role& role, const std::optional<std::string>& level) {
    if (!level) return -1;
    for (std::size_t i = 0; i < role.levels.size(); ++i)
        if (role.levels[i].id == *level) return static_cast<int>(i);
    return -1;
}

int rank(Readiness r) {
    return r == Readiness::ready || r == Readiness::top_level ? 0 : r == Readiness::needs_assessment ? 1 : 2;
}

}  // namespace

std::optional<TimeGap> time_gap(const Criterion& criterion, const ProfileIndex& index) {
    if (!std::holds_alternative<ExperienceRequirement>(criterion.requirement)) return std::nullopt;
    CriterionResult now = evaluate_criterion(criterion, index);
    if (now.outcome == Outcome::met) return std::nullopt;
    TimeGap t;
    t.served = now.finding.have;
    t.needed = now.finding.need;
    const auto& employment = index.profile().employment;
    if (!employment) {
        t.wait = Wait::current_post_uncertain;
        return t;
    }
    Date as_of = index.as_of();
    auto covers = [&](int i) {
        const EmploymentPeriod& e = (*employment)[static_cast<std::size_t>(i)];
        return e.start && *e.start <= as_of && (!e.end || *e.end >= as_of);
    };
    // Which ongoing posts count, judged one day on so that a post starting today is seen too.
    CriterionResult tomorrow = evaluate_on(criterion, index, as_of.add_days(1));
    bool ongoing = false, uncertain = false;
    for (std::size_t i = 0; i < employment->size(); ++i) ongoing = ongoing || covers(static_cast<int>(i));
    for (int i : tomorrow.finding.used)
        if (covers(i)) t.current_posts.push_back(i);
    for (int i : tomorrow.finding.uncertain) uncertain = uncertain || covers(i);
    t.part_time = part_time_counts(*employment, tomorrow.finding.used);
    if (t.current_posts.empty()) {
        t.wait = !ongoing ? Wait::no_current_post : uncertain ? Wait::current_post_uncertain
                                                              : Wait::current_post_does_not_count;
        return t;
    }
    // The months counted never fall as the as-of date moves on (the ongoing period only grows),
    // so the first date on which the criterion is met can be found by bisection. `hi` is far
    // enough: the post adds at least ceil(needed - served) + 1 whole months by then.
    auto met_on = [&](Date d) { return evaluate_on(criterion, index, d).outcome == Outcome::met; };
    Date lo = as_of;
    Date hi = as_of.add_months(static_cast<int>(std::ceil(t.needed - t.served)) + 2);
    if (!met_on(hi)) {
        t.wait = Wait::post_ends_first;
        return t;
    }
    while (hi.days() - lo.days() > 1) {
        Date mid = Date::from_days(lo.days() + (hi.days() - lo.days()) / 2);
        (met_on(mid) ? hi : lo) = mid;
    }
    t.wait = Wait::met_on_date;
    t.met_on = hi;
    return t;
}

std::vector<Gap> gaps_of(const LevelResult& level, const ProfileIndex& index) {
    std::vector<Gap> out;
    for (const auto& c : level.criteria)
        if (c.criterion->essential) collect(*level.level, *c.criterion, c, index, out);
    return out;
}

int Progression::count(GapKind kind) const {
    return static_cast<int>(std::count_if(gaps.begin(), gaps.end(), [&](const Gap& g) { return g.kind == kind; }));
}

std::optional<Date> Progression::earliest_met_on() const {
    std::optional<Date> first;
    for (const auto& g : gaps)
        if (g.kind == GapKind::time && g.met_on && (!first || *g.met_on < *first)) first = g.met_on;
    return first;
}

Progression assess_role(const Role& role, const ProfileIndex& index, std::optional<std::string> recorded,
                        std::optional<Date> recorded_since) {
    Progression p;
    p.role = &role;
    p.result = evaluate_role(role, index);
    p.attained = p.result.attained;
    p.facts_level = facts_level_of(p.result);
    p.recorded = std::move(recorded);
    p.recorded_since = recorded_since;
    int attained = position(role, p.attained);
    int recorded_at = position(role, p.recorded);
    if (!p.recorded) p.record = RecordStatus::none;
    else if (recorded_at < 0) p.record = RecordStatus::unknown_level;
    else if (attained == recorded_at) p.record = RecordStatus::matches;
    else p.record = attained > recorded_at ? RecordStatus::behind : RecordStatus::ahead;

    int levels = static_cast<int>(role.levels.size());
    int next = (recorded_at >= 0 ? recorded_at : attained) + 1;
    if (next < levels) {
        p.next = &role.levels[static_cast<std::size_t>(next)];
        p.readiness = readiness_of(p.result.levels[static_cast<std::size_t>(next)].verdict);
    } else if (p.record == RecordStatus::ahead) {
        // Recorded at the top without attaining it: the step is the recorded level itself, and
        // the person is not at the top level until it is met.
        p.readiness = readiness_of(p.result.levels[static_cast<std::size_t>(recorded_at)].verdict);
    } else {
        p.readiness = Readiness::top_level;
    }
    // Gaps: from the lowest level not attained up to `next` (or that lowest level alone).
    for (int i = attained + 1; i < levels && (i == attained + 1 || i <= next); ++i) {
        const LevelResult& level = p.result.levels[static_cast<std::size_t>(i)];
        p.gap_levels.push_back(level.level);
        for (auto& g : gaps_of(level, index)) p.gaps.push_back(std::move(g));
    }
    return p;
}

Expected<const Role*> current_role_of(const RuleSet& rules, const Profile& profile, Date as_of,
                                      const std::string& why_needed) {
    const auto& current = profile.current_role;
    if (!current || current->role.empty())
        return Error{ErrorCode::profile_field, "current_role", "not recorded; " + why_needed, ""};
    const Role* role = rules.find_role(current->role, as_of);
    if (role) return role;
    std::vector<std::string> ids;
    for (const auto& r : rules.roles) ids.push_back(r.id);
    std::string hint = nearest(current->role, ids);
    bool exists = rules.find_role(current->role) != nullptr;
    return Error{ErrorCode::profile_field, "current_role.role",
                 exists ? "role `" + current->role + "` is not in force on " + as_of.to_string()
                        : "unknown role `" + current->role + "`",
                 exists || hint.empty() ? "" : "did you mean `" + hint + "`?"};
}

Expected<Progression> assess_current_role(const ProfileIndex& index) {
    auto role = current_role_of(index.rules(), index.profile(), index.as_of(),
                                "progression starts from the role a person holds");
    if (!role) return role.errors().front();
    const auto& current = *index.profile().current_role;
    std::optional<std::string> level;
    if (!current.level.empty()) level = current.level;
    return assess_role(**role, index, level, current.since);
}

namespace {

// The move from `current` to `target` by the rules' grade order; unranked when either grade is
// not in it (or there is no current role).
Move move_between(const Role* current, const Role& target, const RuleSet& rules) {
    const auto& ranks = rules.equivalences.grade_ranks;
    if (!current) return Move::unranked;
    auto from = ranks.find(current->grade), to = ranks.find(target.grade);
    if (from == ranks.end() || to == ranks.end()) return Move::unranked;
    return to->second > from->second ? Move::promotion : to->second == from->second ? Move::lateral : Move::lower;
}

}  // namespace

std::vector<CareerPath> career_paths(const ProfileIndex& index, const Role* current, const std::vector<const Role*>& only) {
    std::vector<const Role*> roles = only.empty() ? index.rules().roles_in_force(index.as_of()) : only;
    std::vector<CareerPath> paths;
    for (const Role* role : roles) {
        if (current && role->id == current->id) continue;
        CareerPath path;
        path.progression = assess_role(*role, index);
        path.same_framework = current && !current->framework.empty() && role->framework == current->framework;
        path.move = move_between(current, *role, index.rules());
        const auto& levels = path.progression.result.levels;
        path.entry = levels.empty() ? Readiness::top_level : readiness_of(levels.front().verdict);
        paths.push_back(std::move(path));
    }
    std::stable_sort(paths.begin(), paths.end(), [](const CareerPath& a, const CareerPath& b) {
        auto key = [](const CareerPath& p) {
            return std::tuple(static_cast<int>(p.move), !p.same_framework, rank(p.entry), p.progression.gaps.size());
        };
        return key(a) < key(b);
    });
    return paths;
}

PersonProgression assess_person(const RuleSet& rules, const Profile& profile, Date as_of, const std::vector<const Role*>& only,
                                bool with_paths, bool all_paths) {
    PersonProgression person;
    person.profile = &profile;
    person.as_of = as_of;
    ProfileIndex index(rules, profile, as_of);
    auto current = assess_current_role(index);
    const Role* role = nullptr;
    if (current) {
        role = current->role;
        person.current = std::move(*current);
    } else {
        person.problem = current.errors().front();
    }
    if (with_paths) person.paths = career_paths(index, role, only);
    if (!all_paths && only.empty()) {
        auto sideways = std::stable_partition(person.paths.begin(), person.paths.end(), [](const CareerPath& p) {
            return p.move == Move::promotion || p.move == Move::unranked;
        });
        person.paths_left_out = static_cast<int>(person.paths.end() - sideways);
        person.paths.erase(sideways, person.paths.end());
    }
    return person;
}

const char* to_string(Move m) {
    switch (m) {
        case Move::promotion: return "promotion";
        case Move::unranked: return "unranked";
        case Move::lateral: return "lateral";
        case Move::lower: return "lower";
    }
    return "unranked";
}

const char* to_string(GapKind k) {
    switch (k) {
        case GapKind::qualification: return "qualification";
        case GapKind::time: return "time";
        case GapKind::missing_data: return "missing_data";
        case GapKind::judgement: return "judgement";
        case GapKind::other: return "other";
    }
    return "other";
}

const char* to_string(Wait w) {
    switch (w) {
        case Wait::met_on_date: return "met_on_date";
        case Wait::no_current_post: return "no_current_post";
        case Wait::current_post_does_not_count: return "current_post_does_not_count";
        case Wait::current_post_uncertain: return "current_post_uncertain";
        case Wait::post_ends_first: return "post_ends_first";
    }
    return "no_current_post";
}

const char* to_string(EvidenceState s) {
    switch (s) {
        case EvidenceState::none: return "none";
        case EvidenceState::self_declared: return "self_declared";
        case EvidenceState::assessed_not_met: return "assessed_not_met";
    }
    return "none";
}

const char* to_string(Readiness r) {
    switch (r) {
        case Readiness::ready: return "ready";
        case Readiness::not_ready: return "not_ready";
        case Readiness::needs_assessment: return "needs_assessment";
        case Readiness::top_level: return "top_level";
    }
    return "not_ready";
}

const char* to_string(RecordStatus r) {
    switch (r) {
        case RecordStatus::matches: return "matches";
        case RecordStatus::behind: return "behind";
        case RecordStatus::ahead: return "ahead";
        case RecordStatus::unknown_level: return "unknown_level";
        case RecordStatus::none: return "none";
    }
    return "none";
}

}  // namespace eligo
