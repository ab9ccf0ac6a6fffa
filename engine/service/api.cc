#include "api.h"

#include <sys/socket.h>

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>

#include <httplib.h>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "auth.h"
#include "pages.h"
#include "sessions.h"
#include "web/routes.h"

namespace eligo::service {
namespace {

using json = nlohmann::json;

// Failed authentications allowed per client address in one window before it is refused for
// the rest of the window: enough for a mistyped token, too few to guess one.
constexpr int kMaxFailures = 10;
constexpr auto kFailureWindow = std::chrono::seconds(60);

// Prometheus counters; latencies in a fixed histogram.
struct Metrics {
    static constexpr double kBuckets[] = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0};
    std::atomic<long long> requests{0}, errors{0}, evaluations{0};
    std::atomic<long long> bucket[std::size(kBuckets)] = {};
    std::atomic<long long> micros{0};

    void observe(double seconds, int status) {
        ++requests;
        if (status >= 500) ++errors;
        micros += static_cast<long long>(seconds * 1e6);
        for (std::size_t i = 0; i < std::size(kBuckets); ++i)
            if (seconds <= kBuckets[i]) ++bucket[i];
    }
    std::string text() const {
        std::string out = "# TYPE eligo_requests_total counter\neligo_requests_total " + std::to_string(requests.load()) +
                          "\n# TYPE eligo_server_errors_total counter\neligo_server_errors_total " +
                          std::to_string(errors.load()) +
                          "\n# TYPE eligo_evaluations_total counter\neligo_evaluations_total " +
                          std::to_string(evaluations.load()) + "\n# TYPE eligo_request_seconds histogram\n";
        for (std::size_t i = 0; i < std::size(kBuckets); ++i)
            out += "eligo_request_seconds_bucket{le=\"" + std::to_string(kBuckets[i]) + "\"} " +
                   std::to_string(bucket[i].load()) + "\n";
        out += "eligo_request_seconds_bucket{le=\"+Inf\"} " + std::to_string(requests.load()) + "\n";
        out += "eligo_request_seconds_sum " + std::to_string(static_cast<double>(micros.load()) / 1e6) + "\n";
        out += "eligo_request_seconds_count " + std::to_string(requests.load()) + "\n";
        return out;
    }
};

void send_problem(httplib::Response& res, int status, const std::string& title, const std::string& field,
                  const std::string& detail) {
    json body{{"type", "about:blank"}, {"title", title}, {"status", status}, {"detail", detail}};
    if (!field.empty()) body["field"] = field;
    res.status = status;
    res.set_content(body.dump(), "application/problem+json");
}

void send(httplib::Response& res, const Reply& reply) {
    if (reply.status >= 400) return send_problem(res, reply.status, reply.title, reply.field, reply.detail);
    res.status = reply.status;
    res.set_content(reply.json, reply.content_type);
}

Query query_of(const httplib::Request& req) {
    Query q;
    for (const auto& [key, value] : req.params) q.emplace(key, value);
    return q;
}

const char* reason(int status) {
    switch (status) {
        case 401: return "unauthorized";
        case 404: return "not found";
        case 408: return "request timeout";
        case 413: return "body too large";
        case 429: return "too many requests";
        default: return status >= 500 ? "internal error" : "bad request";
    }
}

std::unique_ptr<httplib::Server> make_server(const TlsFiles& tls) {
    if (tls.cert.empty()) return std::make_unique<httplib::Server>();
    return std::make_unique<httplib::SSLServer>(tls.cert.c_str(), tls.key.c_str());
}

}  // namespace

struct Api::Impl {
    Store& store;
    RulesHolder& rules;
    Workspace workspace;
    TlsFiles tls;
    std::unique_ptr<httplib::Server> owned;  // an httplib::SSLServer when serving HTTPS
    httplib::Server& server;
    Throttle throttle{kMaxFailures, kFailureWindow};
    Metrics metrics;
    Sessions sessions;
    std::unique_ptr<web::Backend> pages;
    socket_t listening = INVALID_SOCKET;  // the socket bind_to_port listens on

    Impl(Store& s, RulesHolder& r, const TlsFiles& t)
        : store(s), rules(r), workspace(s, r), tls(t), owned(make_server(t)), server(*owned),
          pages(make_pages(workspace, sessions)) {}

    // The authenticated caller, or nullopt with the 401 (or 429) already in `res`.
    std::optional<Caller> authenticate(const httplib::Request& req, httplib::Response& res) {
        if (throttle.blocked(req.remote_addr)) {
            send_problem(res, 429, "too many requests", "Authorization",
                         "Authorization: too many failed attempts from this address; wait a minute");
            return std::nullopt;
        }
        const std::string header = req.get_header_value("Authorization");
        const std::string prefix = "Bearer ";
        std::optional<User> user;
        if (header.rfind(prefix, 0) == 0) user = store.user_by_token_hash(token_hash(header.substr(prefix.size())));
        if (!user) {
            throttle.failed(req.remote_addr);
            res.set_header("WWW-Authenticate", "Bearer");
            send_problem(res, 401, "unauthorized", "Authorization", "Authorization: expected `Bearer` and a valid token");
            return std::nullopt;
        }
        return Caller{user->name, user->role};
    }

    using Operation = std::function<Reply(const Caller&, const httplib::Request&)>;

    // Every API route: authenticate, run the operation, answer.
    httplib::Server::Handler route(Operation operation) {
        return [this, operation](const httplib::Request& req, httplib::Response& res) {
            auto start = std::chrono::steady_clock::now();
            auto caller = authenticate(req, res);
            if (caller) {
                res.set_header("X-Eligo-User", caller->name);
                send(res, operation(*caller, req));
            }
            metrics.observe(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), res.status);
        };
    }

    void add_routes() {
        auto& s = server;
        auto& w = workspace;
        s.Get("/healthz", [](const httplib::Request&, httplib::Response& res) {
            res.set_content("{\"status\":\"ok\"}", "application/json");
        });
        s.Get("/metrics", [this](const httplib::Request&, httplib::Response& res) {
            res.set_content(metrics.text(), "text/plain; version=0.0.4");
        });
        s.Post("/api/v1/evaluate", route([this, &w](const Caller& c, const httplib::Request& r) {
            ++metrics.evaluations;
            return w.evaluate(c, r.body, query_of(r));
        }));
        s.Get("/api/v1/roles", route([&w](const Caller& c, const httplib::Request&) { return w.roles(c); }));
        s.Get(R"(/api/v1/roles/(.+)/document)", route([&w](const Caller& c, const httplib::Request& r) {
            return w.role_document(c, r.matches[1], query_of(r));
        }));
        s.Get("/api/v1/readings", route([&w](const Caller& c, const httplib::Request&) { return w.readings(c); }));
        s.Get("/api/v1/check", route([&w](const Caller& c, const httplib::Request&) { return w.rule_check(c); }));
        s.Get("/api/v1/people", route([&w](const Caller& c, const httplib::Request&) { return w.list_people(c); }));
        s.Post("/api/v1/people", route([&w](const Caller& c, const httplib::Request& r) { return w.create_person(c, r.body); }));
        const std::string person = R"(/api/v1/people/([^/]+))";
        s.Get(person, route([&w](const Caller& c, const httplib::Request& r) { return w.read_person(c, r.matches[1]); }));
        s.Put(person, route([&w](const Caller& c, const httplib::Request& r) {
            return w.update_person(c, r.matches[1], r.body);
        }));
        s.Get(person + "/versions",
              route([&w](const Caller& c, const httplib::Request& r) { return w.person_versions(c, r.matches[1]); }));
        s.Get(person + "/evaluation", route([this, &w](const Caller& c, const httplib::Request& r) {
            ++metrics.evaluations;
            return w.person_evaluation(c, r.matches[1], query_of(r));
        }));
        s.Get(person + "/progression", route([this, &w](const Caller& c, const httplib::Request& r) {
            ++metrics.evaluations;
            return w.person_progression(c, r.matches[1], query_of(r));
        }));
        s.Get(person + "/export",
              route([&w](const Caller& c, const httplib::Request& r) { return w.export_person(c, r.matches[1]); }));
        s.Post(person + "/assessments", route([&w](const Caller& c, const httplib::Request& r) {
            return w.add_assessment(c, r.matches[1], r.body);
        }));
        s.Get(person + "/assessments",
              route([&w](const Caller& c, const httplib::Request& r) { return w.list_assessments(c, r.matches[1]); }));
        s.Post(person + "/decisions", route([&w](const Caller& c, const httplib::Request& r) {
            return w.add_decision(c, r.matches[1], r.body);
        }));
        const std::string receipt = R"(/api/v1/receipts/([^/]+))";
        s.Get(receipt, route([&w](const Caller& c, const httplib::Request& r) { return w.read_receipt(c, r.matches[1]); }));
        s.Post(receipt + "/verify",
               route([&w](const Caller& c, const httplib::Request& r) { return w.verify_receipt(c, r.matches[1]); }));
        s.Get("/api/v1/audit", route([&w](const Caller& c, const httplib::Request&) { return w.audit_log(c); }));
        add_vacancy_routes();
        web::mount_pages(s, *pages, !tls.cert.empty());  // the session cookie is Secure under TLS
    }

    void add_vacancy_routes() {
        auto& s = server;
        auto& w = workspace;
        s.Get("/api/v1/vacancies", route([&w](const Caller& c, const httplib::Request&) { return w.list_vacancies(c); }));
        s.Post("/api/v1/vacancies",
               route([&w](const Caller& c, const httplib::Request& r) { return w.create_vacancy(c, r.body); }));
        const std::string vacancy = R"(/api/v1/vacancies/([^/]+))";
        s.Get(vacancy, route([&w](const Caller& c, const httplib::Request& r) { return w.read_vacancy(c, r.matches[1]); }));
        s.Post(vacancy + "/applicants", route([&w](const Caller& c, const httplib::Request& r) {
            bool csv = r.get_header_value("Content-Type").rfind("text/csv", 0) == 0;
            return w.add_applicants(c, r.matches[1], r.body, csv);
        }));
        s.Post(vacancy + "/screen", route([&w](const Caller& c, const httplib::Request& r) {
            return w.screen_vacancy(c, r.matches[1], query_of(r));
        }));
        s.Get(vacancy + "/results", route([&w](const Caller& c, const httplib::Request& r) {
            return w.vacancy_results(c, r.matches[1], query_of(r));
        }));
        s.Get(vacancy + "/applicants/([^/]+)/export", route([&w](const Caller& c, const httplib::Request& r) {
            return w.export_applicant(c, r.matches[1], r.matches[2]);
        }));
    }

    void add_policies(const ListenOptions& options) {
        // A kept-alive connection holds its thread between requests: enough threads that idle
        // clients do not make the others wait for a keep-alive timeout.
        server.new_task_queue = [] { return new httplib::ThreadPool(64); };
        server.set_payload_max_length(options.max_body);
        server.set_read_timeout(10, 0);
        server.set_write_timeout(10, 0);
        server.set_keep_alive_timeout(5);
        // httplib closes a kept-alive connection after 5 requests by default: a browser or
        // client that keeps its connection then reconnects that often, for nothing.
        server.set_keep_alive_max_count(1000);
        // The listening socket, kept so that run() can give it a longer queue: httplib makes it
        // here with its usual options, then binds it and listens.
        server.set_socket_options([this](socket_t sock) {
            httplib::default_socket_options(sock);
            listening = sock;
        });
        // An answer goes out in more than one write (headers, body): without this, Nagle's
        // algorithm holds the second until the client's delayed ACK, some 40 ms a request.
        server.set_tcp_nodelay(true);
        server.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
            res.set_header("X-Request-Id", random_hex(8));
            res.set_header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            res.set_header("X-Content-Type-Options", "nosniff");
            res.set_header("Referrer-Policy", "no-referrer");
            res.set_header("X-Frame-Options", "DENY");
            res.set_header("Cache-Control", "no-store");
            (void)req;
            return httplib::Server::HandlerResponse::Unhandled;
        });
        // Failures httplib answers itself (no route, body too large) still get problem+json.
        server.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
            if (!res.body.empty()) return;
            std::string field = res.status == 413 ? "body" : "path";
            std::string detail = res.status == 413 ? "body: larger than the limit"
                                                   : "path: `" + req.path + "` " + reason(res.status);
            send_problem(res, res.status, reason(res.status), field, detail);
        });
        server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
            try {
                std::rethrow_exception(ep);
            } catch (const std::exception& e) {
                spdlog::error("request {}: {}", res.get_header_value("X-Request-Id"), e.what());
            }
            send_problem(res, 500, "internal error", "", "the request could not be completed; nothing was changed");
        });
        // Staff user names and record ids only: a path names a record by its id, never a person.
        server.set_logger([](const httplib::Request& req, const httplib::Response& res) {
            spdlog::info("request {} {} {} {} user={}", res.get_header_value("X-Request-Id"), req.method, req.path,
                         res.status, res.get_header_value("X-Eligo-User"));
        });
    }
};

Api::Api(Store& store, RulesHolder& rules, const TlsFiles& tls) : impl_(std::make_unique<Impl>(store, rules, tls)) {}
Api::~Api() = default;

bool Api::run(const ListenOptions& options) {
    if (!impl_->server.is_valid()) {
        spdlog::error("--tls-cert `{}`, --tls-key `{}`: not a PEM certificate and its private key", impl_->tls.cert,
                      impl_->tls.key);
        return false;
    }
    impl_->add_policies(options);
    impl_->add_routes();
    if (!impl_->server.bind_to_port(options.host, options.port)) {
        spdlog::error("{}:{}: cannot listen there", options.host, options.port);
        return false;
    }
    // httplib listens with a queue of 5 connections not yet accepted (CPPHTTPLIB_LISTEN_BACKLOG,
    // built into the library). More clients than that connecting at once overflow it: the kernel
    // drops their connections or answers with SYN cookies, and a request can wait a second for
    // its retry or fail. Listening again on the bound socket gives it the system's longest queue.
    if (impl_->listening == INVALID_SOCKET || ::listen(impl_->listening, SOMAXCONN) != 0)
        spdlog::warn("{}:{}: could not lengthen the queue of connections waiting to be accepted", options.host,
                     options.port);
    spdlog::info("listening on {}://{}:{}", impl_->tls.cert.empty() ? "http" : "https", options.host, options.port);
    return impl_->server.listen_after_bind();
}

void Api::stop() { impl_->server.stop(); }

}  // namespace eligo::service
