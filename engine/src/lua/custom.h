// Internal: runs `custom` criteria. Each thread borrows a Lua state from a pool; a state is
// built by running the rule scripts again, so custom function N is the same in every state.
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "eligo/date.h"
#include "eligo/rules.h"
#include "lua/loader.h"

namespace eligo {

struct Profile;

class CustomRunner {
public:
    CustomRunner(lua::RuleSources sources, RuleLimits limits);
    ~CustomRunner();

    struct Answer {
        std::optional<bool> met;  ///< nullopt: unknown
        std::string reason;       ///< the function's reason, or the error that stopped it
        bool failed = false;      ///< the function raised an error or hit a limit
    };

    /// Calls custom function `index` (from 1) with a read-only view of the profile.
    Answer run(int index, const Profile& profile, Date as_of) const;

private:
    std::unique_ptr<lua::Sandbox> acquire() const;
    void release(std::unique_ptr<lua::Sandbox> sandbox) const;

    lua::RuleSources sources_;
    RuleLimits limits_;
    mutable std::mutex mutex_;
    mutable std::vector<std::unique_ptr<lua::Sandbox>> idle_;
};

}  // namespace eligo
