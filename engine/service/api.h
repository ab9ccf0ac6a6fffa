// The JSON API over HTTP: routes that map requests to the workspace's operations and their
// replies to responses. The only unit that includes httplib.h.
#pragma once

#include <memory>
#include <string>

#include "workspace.h"

namespace eligo::service {

struct ListenOptions {
    std::string host = "127.0.0.1";
    int port = 8080;
    std::size_t max_body = 1u << 20;  ///< bytes; a larger body is refused unread
};

class Api {
public:
    Api(Store& store, RulesHolder& rules);
    ~Api();
    /// Binds and serves until `stop`; false, with the reason logged, when it cannot bind.
    bool run(const ListenOptions& options);
    /// Stops accepting, lets requests in flight finish, and makes `run` return. Thread-safe.
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace eligo::service
