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

/// A certificate chain and its private key, PEM files; both empty to serve plain HTTP.
struct TlsFiles {
    std::string cert;
    std::string key;
};

class Api {
public:
    /// HTTPS when `tls` names its files, which the caller has checked can be read.
    Api(Store& store, RulesHolder& rules, const TlsFiles& tls = {});
    ~Api();
    /// Binds and serves until `stop`; false, with the reason logged, when it cannot bind or the
    /// TLS files are not a certificate and its key.
    bool run(const ListenOptions& options);
    /// Stops accepting, lets requests in flight finish, and makes `run` return. Thread-safe.
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace eligo::service
