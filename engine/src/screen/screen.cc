// The screen: a role's statements sorted into facts decided now and judgements left to people.
#include "eligo/screen.h"

#include <algorithm>
#include <type_traits>
#include <variant>


namespace eligo {

const char* const kScreenNotice =
    "Facts only: eligo checked the essential facts of each application (qualifications, licence, "
    "experience, training). It did not assess any judgement statement; those are listed for the "
    "people who assess the applicants to decide, as UK GDPR Article 22 expects.";

const char* to_string(ScreenOutcome o) {
    return o == ScreenOutcome::shortlist ? "shortlist" : o == ScreenOutcome::incomplete ? "incomplete" : "reject";
}

namespace {

// Whether a custom check in the statement stopped with an error.
bool custom_failed(const CriterionResult& r) {
    return r.finding.rule_failed || std::any_of(r.children.begin(), r.children.end(), custom_failed);
}

// Whether the statement, or a member of it, is a fact and whether one is a judgement, in one
// walk (`has_kind` asked twice).
void kinds_of(const Criterion& c, bool& fact, bool& judgement) {
    if (!std::holds_alternative<GroupRequirement>(c.requirement)) {
        fact = fact || c.kind == Kind::fact;
        judgement = judgement || c.kind == Kind::judgement;
        return;
    }
    for (const Criterion& member : c.children) kinds_of(member, fact, judgement);
}

// Adds to `lists` those `c` and its members read.
void add_lists(const Criterion& c, ProfileLists& lists) {
    std::visit(
        [&](const auto& r) {
            using R = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<R, ExperienceRequirement>) lists.employment = true;
            if constexpr (std::is_same_v<R, CpdRequirement>) lists.cpd = true;
            if constexpr (std::is_same_v<R, TrainingRequirement>) lists.training = true;
            if constexpr (std::is_same_v<R, CustomRequirement>) lists = ProfileLists{};
        },
        c.requirement);
    for (const Criterion& member : c.children) add_lists(member, lists);
}

}  // namespace

std::vector<std::string> ScreenResult::fields_to_ask() const {
    std::vector<std::string> out;
    for (const auto& u : unknown)
        for (const auto& field : u.ask)
            if (std::find(out.begin(), out.end(), field) == out.end()) out.push_back(field);
    return out;
}

ScreenPlan::ScreenPlan(const ScreenTarget& target) {
    for (std::size_t l = 0; l <= target.level && l < target.role->levels.size(); ++l) {
        const Level& level = target.role->levels[l];
        for (const Criterion& c : level.criteria) {
            Statement statement{&c, &level.id};
            kinds_of(c, statement.facts, statement.judgement);
            statements_.push_back(statement);
            add_lists(c, lists_read_);
        }
    }
}

ScreenResult screen(const ScreenTarget& target, const ProfileIndex& index) { return screen(ScreenPlan(target), index); }

ScreenResult screen(const ScreenPlan& plan, const ProfileIndex& index) {
    ScreenResult result;
    result.assess.reserve(plan.statements().size());  // at most every statement is to be assessed
    for (const ScreenPlan::Statement& statement : plan.statements()) {
        const Criterion& c = *statement.criterion;
        const std::string& level = *statement.level;
        if (!statement.facts) {
            result.assess.push_back({&c, level, c.essential});
            continue;
        }
        CriterionResult r = evaluate_criterion(c, index);
        if (custom_failed(r)) result.rule_errors.push_back({&c, level, c.essential});
        Outcome hopeful = facts_outcome(r, true);   // every judgement in it met
        Outcome sure = facts_outcome(r, false);     // none met: the facts alone
        if (statement.judgement && hopeful != Outcome::not_met && sure != Outcome::met)
            result.assess.push_back({&c, level, c.essential});
        if (!c.essential) {
            ++result.desirable_total;
            if (sure == Outcome::met) {
                ++result.desirable_met;
                result.desirable.push_back({&c, level, false});
            }
            continue;
        }
        if (hopeful == Outcome::not_met) {
            result.not_met.push_back({&c, level, std::move(r), {}});
        } else if (hopeful == Outcome::unknown) {
            std::vector<std::string> ask = fields_to_decide(r);
            result.unknown.push_back({&c, level, std::move(r), std::move(ask)});
        }
    }
    result.outcome = !result.not_met.empty()  ? ScreenOutcome::reject
                     : !result.unknown.empty() ? ScreenOutcome::incomplete
                                               : ScreenOutcome::shortlist;
    return result;
}

ScreenAudit::ScreenAudit(const ScreenTarget& target) {
    const ScreenPlan plan(target);  // named: a temporary's statements would not outlive the loop's start
    for (const ScreenPlan::Statement& s : plan.statements())
        if (s.criterion->essential && s.facts) lines_.push_back({s.criterion, *s.level, 0, 0, 0});
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
