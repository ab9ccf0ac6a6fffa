// Signed-in people of the pages, and the throttle of failed sign-ins and tokens. Both live in
// the server's memory: a restart signs everyone out, which loses no record.
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace eligo::service {

/// Counts failures per key (a client address, a user name) in a fixed window; a key with
/// `limit` failures is refused until its window ends.
class Throttle {
public:
    Throttle(int limit, std::chrono::seconds window) : limit_(limit), window_(window) {}
    bool blocked(const std::string& key);
    void failed(const std::string& key);
    /// A success forgets the key's failures.
    void forget(const std::string& key);

private:
    struct Count {
        std::chrono::steady_clock::time_point since;
        int failures = 0;
    };
    int limit_;
    std::chrono::seconds window_;
    std::mutex mutex_;
    std::map<std::string, Count> counts_;
};

/// A signed-in user of the pages: who, in which role, and the token every form posts back.
struct SessionUser {
    std::string name;
    std::string role;
    std::string csrf;
};

/// Sessions by the random id their cookie holds. A session ends on sign-out, after
/// `idle` without a request, or `longest` after sign-in, whichever comes first.
class Sessions {
public:
    using Clock = std::chrono::steady_clock;
    Sessions(std::chrono::seconds idle = std::chrono::minutes(30), std::chrono::seconds longest = std::chrono::hours(10))
        : idle_(idle), longest_(longest) {}

    /// A new session's id (32 random bytes, hex); its CSRF token is made with it.
    std::string open(const std::string& name, const std::string& role);
    /// The session's user, and the session kept alive; nullopt when it is unknown or ended.
    std::optional<SessionUser> find(const std::string& id);
    void close(const std::string& id);

private:
    struct Entry {
        SessionUser user;
        Clock::time_point opened, seen;
    };
    std::chrono::seconds idle_, longest_;
    std::mutex mutex_;
    std::map<std::string, Entry> entries_;  ///< by the id's SHA-256, so memory holds no live cookie
};

}  // namespace eligo::service
