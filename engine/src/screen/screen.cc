// The screen: a role's statements sorted into facts decided now and judgements left to people.
#include "eligo/screen.h"

#include <algorithm>

#include "eligo/explain.h"

namespace eligo {

const char* const kScreenNotice =
    "Facts only: eligo checked the essential facts of each application (qualifications, licence, "
    "experience, training). It did not assess any judgement statement; those are listed for the "
    "people who assess the applicants to decide, as UK GDPR Article 22 expects.";

const char* to_string(ScreenOutcome o) {
    return o == ScreenOutcome::shortlist ? "shortlist" : o == ScreenOutcome::incomplete ? "incomplete" : "reject";
}

namespace {

bool is_group(const Criterion& c) { return std::holds_alternative<GroupRequirement>(c.requirement); }

bool has_kind(const Criterion& c, Kind kind) {
    if (!is_group(c)) return c.kind == kind;
    return std::any_of(c.children.begin(), c.children.end(), [&](const Criterion& m) { return has_kind(m, kind); });
}

// The outcome on facts alone, every judgement in it taken as met (`judgements_met`) or not.
Outcome facts_outcome(const CriterionResult& r, bool judgements_met) {
    const Criterion& c = *r.criterion;
    if (const auto* group = std::get_if<GroupRequirement>(&c.requirement)) {
        int met = 0, unknown = 0;
        for (const auto& child : r.children) {
            Outcome o = facts_outcome(child, judgements_met);
            met += o == Outcome::met;
            unknown += o == Outcome::unknown;
        }
        if (met >= group->needed) return Outcome::met;
        if (met + unknown < group->needed) return Outcome::not_met;
        return Outcome::unknown;
    }
    if (c.kind == Kind::judgement) return judgements_met ? Outcome::met : Outcome::not_met;
    return r.outcome;
}

void add_once(std::vector<std::string>& list, std::string item) {
    if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(std::move(item));
}

std::string entry(const char* list, int i) { return std::string(list) + "[" + std::to_string(i) + "]"; }

// The profile fields that would decide an undecided fact.
void fields_for(const CriterionResult& r, const ProfileIndex& index, std::vector<std::string>& ask) {
    const Criterion& c = *r.criterion;
    const Finding& f = r.finding;
    if (is_group(c)) {
        for (const auto& child : r.children)
            if (child.criterion->kind == Kind::fact || is_group(*child.criterion))
                if (facts_outcome(child, true) == Outcome::unknown) fields_for(child, index, ask);
        return;
    }
    if (c.kind != Kind::fact || r.outcome != Outcome::unknown) return;
    if (f.uncertain.empty()) {
        if (!f.missing_field.empty()) add_once(ask, f.missing_field);
        return;
    }
    const Profile& p = index.profile();
    if (const auto* req = std::get_if<ExperienceRequirement>(&c.requirement)) {
        for (int i : f.uncertain) {
            const EmploymentPeriod& e = (*p.employment)[static_cast<std::size_t>(i)];
            if (!req->employer_types.empty() && e.employer_type.empty()) add_once(ask, entry("employment", i) + ".employer_type");
            if (!req->areas.empty() && !e.areas) add_once(ask, entry("employment", i) + ".areas");
            if (req->managerial && !e.managerial) add_once(ask, entry("employment", i) + ".managerial");
        }
    } else if (const auto* q = std::get_if<QualificationRequirement>(&c.requirement)) {
        for (int i : f.uncertain) {
            const IndexedQualification& x = index.qualifications()[static_cast<std::size_t>(i)];
            std::string at = entry("qualifications", i);
            if (q->min_level && !x.level) add_once(ask, at + ".level");
            if (!q->areas.empty() && !x.areas_known) add_once(ask, at + ".areas");
            if (!q->subjects.empty() && x.source->subject.empty()) add_once(ask, at + ".subject");
            if (!q->titles.empty() && x.source->title.empty()) add_once(ask, at + ".title");
            if (!q->min_stage.empty() && x.source->stage.empty()) add_once(ask, at + ".stage");
        }
    } else if (std::holds_alternative<GcseRequirement>(c.requirement)) {
        for (int i : f.uncertain) {
            const IndexedQualification& x = index.qualifications()[static_cast<std::size_t>(i)];
            std::string at = entry("qualifications", i);
            if (x.source->subject.empty()) add_once(ask, at + ".subject");
            if (!x.grade) add_once(ask, at + ".grade");
        }
    } else if (!f.missing_field.empty()) {
        add_once(ask, f.missing_field);
    }
}

// Why a statement fails on facts: its own reason, or for a group those of its failed facts.
std::string fact_reason(const CriterionResult& r, const Profile& profile) {
    if (!is_group(*r.criterion)) return reason(r, profile);
    std::string out;
    for (const auto& child : r.children) {
        if (!has_kind(*child.criterion, Kind::fact) || facts_outcome(child, true) == Outcome::met) continue;
        out += (out.empty() ? "" : "; ") + fact_reason(child, profile);
    }
    return out.empty() ? reason(r, profile) : out;
}

// Whether a custom check in the statement stopped with an error.
bool custom_failed(const CriterionResult& r) {
    return r.finding.rule_failed || std::any_of(r.children.begin(), r.children.end(), custom_failed);
}

}  // namespace

std::vector<std::string> ScreenResult::fields_to_ask() const {
    std::vector<std::string> out;
    for (const auto& u : unknown)
        for (const auto& field : u.ask) add_once(out, field);
    return out;
}

ScreenResult screen(const ScreenTarget& target, const ProfileIndex& index) {
    ScreenResult result;
    result.assess.reserve(64);
    for (std::size_t l = 0; l <= target.level && l < target.role->levels.size(); ++l) {
        const Level& level = target.role->levels[l];
        for (const Criterion& c : level.criteria) {
            bool facts = has_kind(c, Kind::fact);
            bool judgement = has_kind(c, Kind::judgement);
            if (!facts) {
                result.assess.push_back({&c, level.id, c.essential});
                continue;
            }
            CriterionResult r = evaluate_criterion(c, index);
            if (custom_failed(r)) result.rule_errors.push_back({&c, level.id, c.essential});
            Outcome hopeful = facts_outcome(r, true);   // every judgement in it met
            Outcome sure = facts_outcome(r, false);     // none met: the facts alone
            if (judgement && hopeful != Outcome::not_met && sure != Outcome::met)
                result.assess.push_back({&c, level.id, c.essential});
            if (!c.essential) {
                ++result.desirable_total;
                result.desirable_met += sure == Outcome::met;
                continue;
            }
            if (hopeful == Outcome::not_met) {
                result.not_met.push_back({&c, level.id, fact_reason(r, index.profile()), {}});
            } else if (hopeful == Outcome::unknown) {
                ScreenFinding finding{&c, level.id, reason(r, index.profile()), {}};
                fields_for(r, index, finding.ask);
                result.unknown.push_back(std::move(finding));
            }
        }
    }
    result.outcome = !result.not_met.empty()  ? ScreenOutcome::reject
                     : !result.unknown.empty() ? ScreenOutcome::incomplete
                                               : ScreenOutcome::shortlist;
    return result;
}

ScreenAudit::ScreenAudit(const ScreenTarget& target) {
    for (std::size_t l = 0; l <= target.level && l < target.role->levels.size(); ++l)
        for (const Criterion& c : target.role->levels[l].criteria)
            if (c.essential && has_kind(c, Kind::fact)) lines_.push_back({&c, target.role->levels[l].id, 0, 0, 0});
}

void ScreenAudit::add(const ScreenResult& result) {
    ++outcomes_[static_cast<int>(result.outcome)];
    auto line_of = [&](const Criterion* c) {
        return std::find_if(lines_.begin(), lines_.end(), [&](const Line& l) { return l.criterion == c; });
    };
    for (const auto& f : result.not_met) {
        auto it = line_of(f.criterion);
        if (it == lines_.end()) continue;
        ++it->rejected;
        if (result.not_met.size() == 1) ++it->rejected_alone;
    }
    if (result.outcome == ScreenOutcome::reject) return;
    for (const auto& f : result.unknown)
        if (auto it = line_of(f.criterion); it != lines_.end()) ++it->unknown;
}

void ScreenAudit::merge(const ScreenAudit& other) {
    for (int i = 0; i < 3; ++i) outcomes_[i] += other.outcomes_[i];
    bad_ += other.bad_;
    for (std::size_t i = 0; i < lines_.size() && i < other.lines_.size(); ++i) {
        lines_[i].rejected_alone += other.lines_[i].rejected_alone;
        lines_[i].rejected += other.lines_[i].rejected;
        lines_[i].unknown += other.lines_[i].unknown;
    }
}

}  // namespace eligo
