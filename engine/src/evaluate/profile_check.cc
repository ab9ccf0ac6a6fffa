// Evidence the rules cannot use: a competency id they do not define, most often a misspelling.
#include <algorithm>

#include "eligo/profile_check.h"
#include "eligo/error.h"

namespace eligo {
namespace {

std::string ticked(const std::string& s) { return "`" + s + "`"; }

void add_competencies(const std::vector<Criterion>& criteria, std::vector<std::string>& ids) {
    for (const auto& c : criteria) {
        if (const auto* r = std::get_if<CompetencyRequirement>(&c.requirement)) ids.push_back(r->competency);
        add_competencies(c.children, ids);
    }
}

}  // namespace

ProfileCheck::ProfileCheck(const RuleSet& rules) {
    for (const auto& [id, _] : rules.catalogue) competencies_.push_back(id);
    for (const auto& role : rules.roles)
        for (const auto& level : role.levels) add_competencies(level.criteria, competencies_);
    std::sort(competencies_.begin(), competencies_.end());
    competencies_.erase(std::unique(competencies_.begin(), competencies_.end()), competencies_.end());
}

void ProfileCheck::check(const Profile& profile, const std::string& where, std::vector<Warning>& warnings) const {
    if (!profile.evidence) return;
    for (std::size_t i = 0; i < profile.evidence->size(); ++i) {
        const std::string& id = (*profile.evidence)[i].competency;
        if (std::binary_search(competencies_.begin(), competencies_.end(), id)) continue;
        std::string hint = nearest(id, competencies_);
        warnings.push_back({where, "evidence[" + std::to_string(i) + "].competency: the rules define no competency " +
                                       ticked(id) + ", so this evidence counts for nothing" +
                                       (hint.empty() ? "" : "; did you mean " + ticked(hint) + "?")});
    }
}

}  // namespace eligo
