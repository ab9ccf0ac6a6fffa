// Decides each criterion type: three-valued, recording what was compared (the Finding).
#include <algorithm>
#include <charconv>
#include <string_view>

#include <spdlog/spdlog.h>

#include "eligo/evaluate.h"
#include "lua/custom.h"

namespace eligo {
namespace {

enum class Tri { no, maybe, yes };

Tri both(Tri a, Tri b) { return std::min(a, b); }

Outcome outcome_of(double have, double possible, double need) {
    if (have >= need) return Outcome::met;
    if (possible < need) return Outcome::not_met;
    return Outcome::unknown;
}

template <class List, class Value>
bool contains(const List& list, const Value& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

template <class A, class B>
bool intersects(const A& a, const B& b) {
    for (const auto& x : a)
        if (contains(b, x)) return true;
    return false;
}

// Unknown for want of a whole list or record. The evaluators below declare their result first
// and return it, and only it, from every branch, so that it is built in place (no move).
void unknown_field(CriterionResult& r, const char* field) {
    r.outcome = Outcome::unknown;
    r.finding.missing = {field};
}

std::string path(const char* list, std::size_t i, const char* field) {
    return std::string(list) + "[" + std::to_string(i) + "]." + field;
}

// --- qualifications ---------------------------------------------------------------------

// A qualification awarded after the as-of date was not held on it: an evaluation as of a past
// date (a progression's history, a re-run of last year's decision) sees the profile as it stood.
bool held_on(const Qualification& q, Date as_of) { return !q.awarded || *q.awarded <= as_of; }

// What a requirement asks of a qualification of its kinds whatever its level, stage and status:
// its areas, subject and title.
Tri content(const QualificationRequirement& req, const IndexedQualification& q, const ProfileIndex& index) {
    const Qualification& src = *q.source;
    Tri t = Tri::yes;
    if (!req.areas.empty())
        t = both(t, index.in_any_area(q, req.areas) ? Tri::yes : q.areas_known ? Tri::no : Tri::maybe);
    if (!req.subjects.empty())
        t = both(t, contains(req.subjects, q.subject) ? Tri::yes : src.subject.empty() ? Tri::maybe : Tri::no);
    if (!req.titles.empty()) {
        std::string_view title = index.lowered_words(q).substr(0, src.title.size());
        bool found = std::any_of(req.titles.begin(), req.titles.end(),
                                 [&](const std::string& w) { return title.find(w) != std::string_view::npos; });
        t = both(t, found ? Tri::yes : src.title.empty() ? Tri::maybe : Tri::no);
    }
    return t;
}

// Whether `q`, of one of the requirement's kinds, meets it: `content` as well as the level,
// the stage and, unless the requirement takes courses in progress, an award.
Tri matches(const QualificationRequirement& req, const IndexedQualification& q, Tri content) {
    const Qualification& src = *q.source;
    Tri t = content;
    if (req.min_level) t = both(t, !q.level ? Tri::maybe : *q.level >= *req.min_level ? Tri::yes : Tri::no);
    if (!req.min_stage.empty())
        t = both(t, q.stage_rank >= req.min_stage_rank ? Tri::yes : src.stage.empty() ? Tri::maybe : Tri::no);
    return t;
}

// The fields each uncertain qualification lacks for `req`.
void missing_of(const QualificationRequirement& req, const ProfileIndex& index, Finding& f) {
    for (int i : f.uncertain) {
        const IndexedQualification& q = index.qualifications()[static_cast<std::size_t>(i)];
        auto at = static_cast<std::size_t>(i);
        if (req.min_level && !q.level) f.missing.push_back(path("qualifications", at, "level"));
        if (!req.areas.empty() && !q.areas_known) f.missing.push_back(path("qualifications", at, "areas"));
        if (!req.subjects.empty() && q.source->subject.empty()) f.missing.push_back(path("qualifications", at, "subject"));
        if (!req.titles.empty() && q.source->title.empty()) f.missing.push_back(path("qualifications", at, "title"));
        if (!req.min_stage.empty() && q.source->stage.empty()) f.missing.push_back(path("qualifications", at, "stage"));
    }
}

CriterionResult qualification(const QualificationRequirement& req, const ProfileIndex& index) {
    CriterionResult r;
    if (!index.profile().qualifications) {
        unknown_field(r, "qualifications");
        return r;
    }
    std::vector<int> yes, maybe, related;
    for (const auto& q : index.qualifications()) {
        bool of_kind = req.kinds.empty() || contains(req.kinds, q.kind);
        bool counts = of_kind && held_on(*q.source, index.as_of()) && (!q.source->in_progress || req.working_towards);
        std::optional<Tri> c;  // `content`, worked out once for both questions below
        if (counts) c = content(req, q, index);
        Tri t = counts ? matches(req, q, *c) : Tri::no;
        if (t == Tri::yes) yes.push_back(q.index);
        if (t == Tri::maybe) maybe.push_back(q.index);
        // Related: the right kind (or any kind when none is named) but short of the need, or
        // only in progress; the explanation names what is held.
        if (t == Tri::no && (!req.kinds.empty() ? of_kind : (c ? *c : content(req, q, index)) != Tri::no))
            related.push_back(q.index);
    }
    r.finding.need = 1;
    r.finding.have = static_cast<double>(yes.size());
    r.finding.possible = static_cast<double>(yes.size() + maybe.size());
    r.outcome = !yes.empty() ? Outcome::met : !maybe.empty() ? Outcome::unknown : Outcome::not_met;
    r.finding.used = !yes.empty() ? yes : related;
    r.finding.uncertain = maybe;
    if (r.outcome == Outcome::unknown) missing_of(req, index, r.finding);
    return r;
}

// --- GCSE sets -----------------------------------------------------------------------------

// Best tri-state per subject among GCSEs and their equivalents. A qualification without a
// readable subject stands alone, under the key `#index`; a double award's second grade is a
// pass of its own, under `subject#2`.
struct GcseBest {
    std::string_view subject;
    int anonymous = -1;  ///< the qualification's index when it has no readable subject
    bool second = false;
    Tri t = Tri::no;
    int index = 0;       ///< the qualification that gives the best
};

// Whether `a` sorts before `b` by their keys: the subject or `#index`, then `#2` for a second
// grade, compared as strings are, byte by byte, without spelling the keys out.
bool key_less(const GcseBest& a, const GcseBest& b) {
    char a_digits[16], b_digits[16];
    auto head = [](const GcseBest& x, char* digits) {
        if (x.anonymous < 0) return x.subject;
        digits[0] = '#';
        char* end = std::to_chars(digits + 1, digits + 16, x.anonymous).ptr;
        return std::string_view(digits, static_cast<std::size_t>(end - digits));
    };
    std::string_view a_head = head(a, a_digits), b_head = head(b, b_digits);
    std::string_view a_tail = a.second ? "#2" : "", b_tail = b.second ? "#2" : "";
    auto at = [](std::string_view h, std::string_view t, std::size_t i) {
        return static_cast<unsigned char>(i < h.size() ? h[i] : t[i - h.size()]);
    };
    std::size_t a_size = a_head.size() + a_tail.size(), b_size = b_head.size() + b_tail.size();
    for (std::size_t i = 0; i < a_size && i < b_size; ++i)
        if (at(a_head, a_tail, i) != at(b_head, b_tail, i)) return at(a_head, a_tail, i) < at(b_head, b_tail, i);
    return a_size < b_size;
}

// Whether a qualification counts towards a GCSE requirement, with its subject and grade as
// the equivalence tables read them.
struct GcseReading {
    bool counts = false;
    std::string_view subject;
    std::optional<int> grade;
};

GcseReading read_as_gcse(const ProfileIndex& index, const IndexedQualification& q) {
    const Qualification& src = *q.source;
    if (src.kind == "gcse") return {true, q.subject, q.grade};
    for (const auto& e : index.rules().equivalences.gcse_equivalents) {
        if (e.kind != src.kind) continue;
        std::string_view subject = q.subject;
        if (!e.reads_as.empty()) {
            thread_local std::string key;  // the lowered subject, as a key of the table; reused
            key.assign(index.lowered_words(q).substr(src.title.size() + 1));
            if (auto it = e.reads_as.find(key); it != e.reads_as.end()) subject = it->second;
        }
        if (e.min_level && (!q.level || *q.level < *e.min_level)) continue;
        if (!e.subjects.empty() && !contains(e.subjects, subject)) continue;
        return {true, subject, e.grade ? e.grade : q.grade};
    }
    return {};
}

Tri grade_tri(std::optional<int> grade, int min_grade) {
    return !grade ? Tri::maybe : *grade >= min_grade ? Tri::yes : Tri::no;
}

std::vector<GcseBest> best_per_subject(const GcseRequirement& req, const ProfileIndex& index, Finding& finding) {
    std::vector<GcseBest> subjects;
    subjects.reserve(index.qualifications().size());
    auto offer = [&](GcseBest candidate) {
        auto it = std::find_if(subjects.begin(), subjects.end(), [&](const GcseBest& b) {
            return candidate.anonymous < 0 && b.anonymous < 0 && b.second == candidate.second && b.subject == candidate.subject;
        });
        if (it == subjects.end()) subjects.push_back(candidate);
        else if (candidate.t > it->t) it->t = candidate.t, it->index = candidate.index;
    };
    for (const auto& q : index.qualifications()) {
        const Qualification& src = *q.source;
        if (src.in_progress || !held_on(src, index.as_of())) continue;
        GcseReading reading = read_as_gcse(index, q);
        if (!reading.counts) continue;
        auto at = static_cast<std::size_t>(q.index);
        if (q.grade_unreadable && reading.grade == q.grade)
            finding.unreadable.emplace_back(path("qualifications", at, "grade"), src.grade);
        if (q.subject_unreadable) finding.unreadable.emplace_back(path("qualifications", at, "subject"), src.subject);
        bool anonymous = reading.subject.empty() || q.subject_unreadable;
        GcseBest best{reading.subject, anonymous ? q.index : -1, false, grade_tri(reading.grade, req.min_grade), q.index};
        offer(best);
        if (q.second_grade && reading.grade == q.grade) {
            best.second = true;
            best.t = grade_tri(q.second_grade, req.min_grade);
            offer(best);
        }
    }
    std::sort(subjects.begin(), subjects.end(),
              key_less);
    return subjects;
}

CriterionResult gcse(const GcseRequirement& req, const ProfileIndex& index) {
    CriterionResult r;
    if (!index.profile().qualifications) {
        unknown_field(r, "qualifications");
        return r;
    }
    std::vector<GcseBest> subjects = best_per_subject(req, index, r.finding);
    int have = 0, possible = 0;
    bool subjects_missing = false, subjects_uncertain = false, unreadable_subject = false;
    if (!subjects.empty()) r.finding.used.reserve(subjects.size());
    for (const auto& best : subjects) {
        if (best.t == Tri::yes) ++have, r.finding.used.push_back(best.index);
        if (best.t != Tri::no) ++possible;
        if (best.t == Tri::maybe) r.finding.uncertain.push_back(best.index);
        if (best.anonymous >= 0 && best.t != Tri::no &&
            index.qualifications()[static_cast<std::size_t>(best.index)].subject_unreadable)
            unreadable_subject = true;
    }
    for (const auto& s : req.subjects) {
        auto it = std::find_if(subjects.begin(), subjects.end(),
                               [&](const GcseBest& b) { return b.anonymous < 0 && !b.second && b.subject == s; });
        Tri t = it == subjects.end() ? Tri::no : it->t;
        // A subject that could not be read may be the one asked for: unknown, not missing.
        if (t == Tri::no && unreadable_subject) t = Tri::maybe;
        if (t == Tri::no) subjects_missing = true, r.finding.lacking.push_back(s);
        if (t == Tri::maybe) subjects_uncertain = true;
    }
    // Subjects with no or unknown subject names only ever count towards the total.
    r.finding.have = have;
    r.finding.possible = possible;
    r.finding.need = req.count;
    std::sort(r.finding.used.begin(), r.finding.used.end());
    if (subjects_missing || possible < req.count)
        r.outcome = Outcome::not_met;
    else if (!subjects_uncertain && have >= req.count)
        r.outcome = Outcome::met;
    else
        r.outcome = Outcome::unknown;
    // A pass counts once its grade is known: a pass without a subject counts towards the
    // total as it is, so its grade is what decides.
    if (r.outcome == Outcome::unknown)
        for (int i : r.finding.uncertain) r.finding.missing.push_back(path("qualifications", static_cast<std::size_t>(i), "grade"));
    if (r.outcome != Outcome::unknown) r.finding.unreadable.clear();
    return r;
}

// --- driving -------------------------------------------------------------------------------

int access_rank(const std::string& access) { return access == "daily" ? 2 : access == "occasional" ? 1 : 0; }

CriterionResult driving(const DrivingRequirement& req, const ProfileIndex& index) {
    const auto& d = index.profile().driving;
    CriterionResult r;
    if (!d) {
        unknown_field(r, "driving");
        return r;
    }
    // A value recorded that fails the requirement decides it, whatever else is absent: no
    // vehicle fails a post that needs one, with or without a licence recorded.
    bool licence_fails = !d->licence.empty() && d->licence != req.licence;
    bool access_needed = !req.vehicle_access.empty();
    bool access_fails = access_needed && !d->vehicle_access.empty() &&
                        access_rank(d->vehicle_access) < access_rank(req.vehicle_access);
    if (licence_fails || access_fails) {
        r.outcome = Outcome::not_met;
        return r;
    }
    if (d->licence.empty()) r.finding.missing.push_back("driving.licence");
    if (access_needed && d->vehicle_access.empty()) r.finding.missing.push_back("driving.vehicle_access");
    r.outcome = r.finding.missing.empty() ? Outcome::met : Outcome::unknown;
    return r;
}

// --- experience ----------------------------------------------------------------------------

std::vector<DateRange> merge(std::vector<DateRange> ranges) {
    std::sort(ranges.begin(), ranges.end(), [](const DateRange& a, const DateRange& b) { return a.start < b.start; });
    std::vector<DateRange> out;
    for (const auto& r : ranges) {
        if (!out.empty() && r.start <= out.back().end)
            out.back().end = std::max(out.back().end, r.end);
        else
            out.push_back(r);
    }
    return out;
}

// Whole calendar months of each merged period, plus the days left over across all periods at
// the average month length (365.25 / 12 days).
double months_in(const std::vector<DateRange>& ranges) {
    int months = 0, days = 0;
    for (const auto& r : ranges) {
        MonthSpan span = months_between(r.start, r.end);
        months += span.months;
        days += span.days;
    }
    return months + days / (365.25 / 12.0);
}

CriterionResult experience(const ExperienceRequirement& req, const ProfileIndex& index) {
    const auto& employment = index.profile().employment;
    CriterionResult r;
    if (!employment) {
        unknown_field(r, "employment");
        return r;
    }
    std::vector<DateRange> sure, possible;
    std::vector<std::string> missing;
    bool undated = false;  // a post that might count, of unknown length
    for (std::size_t i = 0; i < employment->size(); ++i) {
        const EmploymentPeriod& e = (*employment)[i];
        Date end = e.end ? std::min(e.end->add_days(1), index.as_of()) : index.as_of();
        if (e.start && *e.start >= end) continue;  // starts on or after the as-of date
        // A post's absent fields matter only while it might count (`maybe`, kept below).
        std::vector<const char*> lacks;
        auto note_missing = [&](const char* field) { lacks.push_back(field); };
        Tri t = Tri::yes;
        if (!req.employer_types.empty()) {
            if (e.employer_type.empty()) t = both(t, Tri::maybe), note_missing("employer_type");
            else if (!contains(req.employer_types, e.employer_type)) t = Tri::no;
        }
        if (!req.areas.empty()) {
            if (!e.areas) t = both(t, Tri::maybe), note_missing("areas");
            else if (!intersects(req.areas, *e.areas)) t = Tri::no;
        }
        if (req.managerial) {
            if (!e.managerial) t = both(t, Tri::maybe), note_missing("managerial");
            else if (!*e.managerial) t = Tri::no;
        }
        if (!e.start) {
            if (t == Tri::no) continue;
            t = Tri::maybe, note_missing("start"), undated = true;
        }
        if (t == Tri::yes) sure.push_back({*e.start, end}), r.finding.used.push_back(static_cast<int>(i));
        if (t != Tri::no && e.start) possible.push_back({*e.start, end});
        if (t == Tri::maybe) {
            r.finding.uncertain.push_back(static_cast<int>(i));
            for (const char* field : lacks) missing.push_back(path("employment", i, field));
        }
    }
    r.finding.periods = merge(sure);
    r.finding.have = months_in(r.finding.periods);
    r.finding.possible = months_in(merge(possible));
    if (undated) r.finding.possible = std::max<double>(r.finding.possible, req.months);  // could be any length
    r.finding.need = req.months;
    r.outcome = outcome_of(r.finding.have, r.finding.possible, r.finding.need);
    if (r.outcome == Outcome::unknown) r.finding.missing = std::move(missing);
    return r;
}

// --- CPD -----------------------------------------------------------------------------------

CriterionResult cpd(const CpdRequirement& req, const ProfileIndex& index) {
    const auto& records = index.profile().cpd;
    CriterionResult r;
    if (!records) {
        unknown_field(r, "cpd");
        return r;
    }
    Date from = index.as_of().add_months(-req.within_months);
    double hours = 0;
    bool hours_unknown = false;
    std::vector<int> undated;  // records that may fall in the period: their date decides
    for (std::size_t i = 0; i < records->size(); ++i) {
        const CpdRecord& c = (*records)[i];
        if (req.verified && !c.verified) continue;
        if (!c.date) {
            undated.push_back(static_cast<int>(i));
            continue;
        }
        if (*c.date < from || *c.date > index.as_of()) continue;
        r.finding.used.push_back(static_cast<int>(i));
        if (c.hours) hours += *c.hours;
        else hours_unknown = true;
    }
    double count = static_cast<double>(r.finding.used.size());
    double may_count = count + static_cast<double>(undated.size());
    r.finding.periods.push_back({from, index.as_of().add_days(1)});
    Outcome by_count = outcome_of(count, may_count, req.min_records);
    if (req.min_hours) {
        r.finding.have = hours;
        r.finding.need = *req.min_hours;
        r.finding.possible = hours_unknown || !undated.empty() ? *req.min_hours : hours;
        Outcome by_hours = outcome_of(hours, r.finding.possible, *req.min_hours);
        r.outcome = by_count == Outcome::not_met || by_hours == Outcome::not_met ? Outcome::not_met
                    : by_count == Outcome::met && by_hours == Outcome::met     ? Outcome::met
                                                                               : Outcome::unknown;
    } else {
        r.finding.have = count;
        r.finding.possible = may_count;
        r.finding.need = req.min_records;
        r.outcome = by_count;
    }
    if (r.outcome == Outcome::unknown) {
        for (int i : r.finding.used)
            if (req.min_hours && !(*records)[static_cast<std::size_t>(i)].hours)
                r.finding.missing.push_back(path("cpd", static_cast<std::size_t>(i), "hours"));
        for (int i : undated) r.finding.missing.push_back(path("cpd", static_cast<std::size_t>(i), "date"));
        r.finding.uncertain = undated;
    }
    return r;
}

// --- training and competencies ---------------------------------------------------------------

CriterionResult training(const TrainingRequirement& req, const ProfileIndex& index) {
    const auto& records = index.profile().training;
    CriterionResult r;
    if (!records) {
        unknown_field(r, "training");
        return r;
    }
    r.outcome = Outcome::not_met;
    for (std::size_t i = 0; i < records->size(); ++i) {
        const TrainingRecord& t = (*records)[i];
        if (t.id != req.training_id) continue;
        if (t.date && *t.date > index.as_of()) continue;  // not yet on the as-of date
        if (t.completed || req.working_towards) {
            r.outcome = Outcome::met;
            r.finding.used = {static_cast<int>(i)};
            return r;
        }
        r.finding.used = {static_cast<int>(i)};  // in progress only
    }
    return r;
}

CriterionResult competency(const CompetencyRequirement& req, const ProfileIndex& index) {
    CriterionResult r;
    const Evidence* e = index.evidence_for(req);
    if (!e) {
        r.outcome = Outcome::unknown;
        return r;
    }
    const auto& all = *index.profile().evidence;
    r.finding.used = {static_cast<int>(e - all.data())};
    r.finding.review = e->date && *e->date < index.as_of().add_months(-kEvidenceMaxAgeMonths);
    if (e->source == "self")
        r.outcome = Outcome::unknown;  // self-declared: still to be assessed
    else
        r.outcome = e->met ? Outcome::met : Outcome::not_met;
    return r;
}

CriterionResult custom(const CustomRequirement& req, const Criterion& criterion, const ProfileIndex& index) {
    CriterionResult r;
    const auto& runner = index.rules().custom;
    if (!runner) {
        r.finding.note = "no Lua state for custom criteria";
        return r;
    }
    auto answer = runner->run(req.index, index.profile(), index.as_of());
    r.outcome = !answer.met ? Outcome::unknown : *answer.met ? Outcome::met : Outcome::not_met;
    r.finding.rule_failed = answer.failed;
    if (!answer.failed) {
        r.finding.note = answer.reason;
    } else {
        // Lua's message is for the rule author (`-v`): it can quote the script and the profile's
        // values, so it never enters the result that HR and recruiters read.
        spdlog::debug("{}: custom check `{}` stopped with an error for profile `{}`: {}", criterion.where,
                      criterion.id, index.profile().id, answer.reason);
    }
    return r;
}

void collect_faults(const RoleResult& role, const Level& level, const CriterionResult& r, std::vector<RuleFault>& out) {
    if (r.finding.rule_failed) out.push_back({role.role, &level, r.criterion});
    for (const auto& child : r.children) collect_faults(role, level, child, out);
}

}  // namespace

CriterionResult evaluate_criterion(const Criterion& criterion, const ProfileIndex& index) {
    CriterionResult r = std::visit(
        [&](const auto& req) -> CriterionResult {
            using T = std::decay_t<decltype(req)>;
            if constexpr (std::is_same_v<T, GcseRequirement>) return gcse(req, index);
            else if constexpr (std::is_same_v<T, QualificationRequirement>) return qualification(req, index);
            else if constexpr (std::is_same_v<T, DrivingRequirement>) return driving(req, index);
            else if constexpr (std::is_same_v<T, ExperienceRequirement>) return experience(req, index);
            else if constexpr (std::is_same_v<T, CpdRequirement>) return cpd(req, index);
            else if constexpr (std::is_same_v<T, TrainingRequirement>) return training(req, index);
            else if constexpr (std::is_same_v<T, CompetencyRequirement>) return competency(req, index);
            else if constexpr (std::is_same_v<T, CustomRequirement>) return custom(req, criterion, index);
            else {
                CriterionResult group;
                group.children.reserve(criterion.children.size());
                int met = 0, unknown = 0;
                for (const auto& child : criterion.children) {
                    group.children.push_back(evaluate_criterion(child, index));
                    Outcome o = group.children.back().outcome;
                    met += o == Outcome::met;
                    unknown += o == Outcome::unknown;
                }
                group.finding.have = met;
                group.finding.possible = met + unknown;
                group.finding.need = req.needed;
                group.outcome = outcome_of(met, met + unknown, req.needed);
                return group;
            }
        },
        criterion.requirement);
    r.criterion = &criterion;
    return r;
}

std::vector<RuleFault> rule_faults(const RoleResult& result) {
    std::vector<RuleFault> out;
    for (const auto& level : result.levels)
        for (const auto& criterion : level.criteria) collect_faults(result, *level.level, criterion, out);
    return out;
}

}  // namespace eligo
