// What a profile records that the loaded rules cannot use. Reading a profile knows nothing of
// the rules; this check, made once per rule set, tells a batch about the rest.
#pragma once

#include <string>
#include <vector>

#include "eligo/profile.h"
#include "eligo/rules.h"

namespace eligo {

class ProfileCheck {
public:
    /// Collects the competency ids the rules define: the shared catalogue's and those a role
    /// defines in its own script.
    explicit ProfileCheck(const RuleSet& rules);

    /// A warning, placed at `where`, for each evidence record whose competency the rules do
    /// not define (it can never count), naming the nearest id they do define.
    void check(const Profile& profile, const std::string& where, std::vector<Warning>& warnings) const;

    /// Every competency id the rules define, sorted.
    const std::vector<std::string>& competencies() const { return competencies_; }

private:
    std::vector<std::string> competencies_;
};

}  // namespace eligo
