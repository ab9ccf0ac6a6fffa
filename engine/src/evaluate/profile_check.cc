// Evidence the rules cannot use: a competency id they do not define, most often a misspelling.
#include <algorithm>

#include "eligo/profile_check.h"
#include "eligo/error.h"

namespace eligo {
namespace {

std::string ticked(const std::string& s) { return "`" + s + "`"; }

}  // namespace

ProfileCheck::ProfileCheck(const RuleSet& rules) : competencies_(rules.competencies()) {}

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
