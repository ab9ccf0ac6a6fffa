// The batch pipeline's parts that are not templates.
#include "batch/pipeline.h"

namespace eligo::batch {

void WarningTally::add(const Warning& w) {
    auto it = index_.find(w.message);
    if (it == index_.end()) {
        // Distinct messages are kept up to a bound; the rest are counted together.
        if (list_.size() >= kMaxDistinct) {
            if (list_.size() == kMaxDistinct)
                list_.push_back({"other warnings (only the first " + std::to_string(kMaxDistinct) + " kinds are listed)", w.where, 0});
            ++list_.back().count;
            return;
        }
        it = index_.emplace(w.message, list_.size()).first;
        list_.push_back({w.message, w.where, 0});
    }
    ++list_[it->second].count;
}

}  // namespace eligo::batch
