#include "sessions.h"

#include "auth.h"

namespace eligo::service {

bool Throttle::blocked(const std::string& key) {
    std::lock_guard lock(mutex_);
    auto it = counts_.find(key);
    if (it == counts_.end()) return false;
    if (std::chrono::steady_clock::now() - it->second.since > window_) {
        counts_.erase(it);
        return false;
    }
    return it->second.failures >= limit_;
}

void Throttle::failed(const std::string& key) {
    std::lock_guard lock(mutex_);
    Count& count = counts_[key];
    if (count.failures == 0) count.since = std::chrono::steady_clock::now();
    ++count.failures;
}

void Throttle::forget(const std::string& key) {
    std::lock_guard lock(mutex_);
    counts_.erase(key);
}

std::string Sessions::open(const std::string& name, const std::string& role) {
    std::string id = random_hex(32);
    auto now = Clock::now();
    std::lock_guard lock(mutex_);
    // Ended sessions are swept here, so the map never outgrows the people signed in.
    for (auto it = entries_.begin(); it != entries_.end();)
        it = now - it->second.seen > idle_ || now - it->second.opened > longest_ ? entries_.erase(it) : std::next(it);
    entries_[token_hash(id)] = Entry{SessionUser{name, role, random_hex(32)}, now, now};
    return id;
}

std::optional<SessionUser> Sessions::find(const std::string& id) {
    if (id.empty()) return std::nullopt;
    auto now = Clock::now();
    std::lock_guard lock(mutex_);
    auto it = entries_.find(token_hash(id));
    if (it == entries_.end()) return std::nullopt;
    if (now - it->second.seen > idle_ || now - it->second.opened > longest_) {
        entries_.erase(it);
        return std::nullopt;
    }
    it->second.seen = now;
    return it->second.user;
}

void Sessions::close(const std::string& id) {
    std::lock_guard lock(mutex_);
    entries_.erase(token_hash(id));
}

}  // namespace eligo::service
