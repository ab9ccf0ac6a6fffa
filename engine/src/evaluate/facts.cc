// Facts only: the one answer to "what do the records decide, and which fields would decide the
// rest", shared by the screen and by progression so the two never drift apart.
#include <algorithm>

#include "eligo/evaluate.h"

namespace eligo {
namespace {

bool is_group(const Criterion& c) { return std::holds_alternative<GroupRequirement>(c.requirement); }

void add_once(std::vector<std::string>& list, const std::string& item) {
    if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
}

void collect_fields(const CriterionResult& r, std::vector<std::string>& out) {
    const Criterion& c = *r.criterion;
    if (is_group(c)) {
        for (const auto& child : r.children)
            if (has_kind(*child.criterion, Kind::fact) && facts_outcome(child, true) == Outcome::unknown)
                collect_fields(child, out);
        return;
    }
    if (c.kind != Kind::fact || r.outcome != Outcome::unknown) return;
    for (const auto& field : r.finding.missing) add_once(out, field);
}

}  // namespace

bool has_kind(const Criterion& c, Kind kind) {
    if (!is_group(c)) return c.kind == kind;
    return std::any_of(c.children.begin(), c.children.end(), [&](const Criterion& m) { return has_kind(m, kind); });
}

Outcome facts_outcome(const CriterionResult& r, bool judgements_met) {
    const Criterion& c = *r.criterion;
    const auto* group = std::get_if<GroupRequirement>(&c.requirement);
    if (!group) {
        if (c.kind == Kind::judgement) return judgements_met ? Outcome::met : Outcome::not_met;
        return r.outcome;
    }
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

std::vector<std::string> fields_to_decide(const CriterionResult& result) {
    std::vector<std::string> out;
    collect_fields(result, out);
    return out;
}

}  // namespace eligo
