// `eligo serve`: the workspace over HTTP, or HTTPS with --tls-cert and --tls-key, on one
// database file. SIGTERM or SIGINT stop it cleanly (requests in flight finish); SIGHUP reloads
// the rules, keeping the old ones if the new ones do not load.
#include <csignal>
#include <filesystem>
#include <fstream>
#include <optional>
#include <iostream>
#include <thread>

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include "api.h"
#include "auth.h"
#include "cli.h"
#include "eligo/rules.h"
#include "store/store.h"

namespace eligo::cli {
namespace {

struct ServeArgs {
    std::string db;
    std::string listen = "127.0.0.1:8080";
    std::string tls_cert, tls_key;
};

// Both TLS files or neither, and each readable; the refusal naming the flag and file.
std::optional<std::string> check_tls(const ServeArgs& args) {
    if (args.tls_cert.empty() != args.tls_key.empty())
        return args.tls_cert.empty() ? "--tls-key: given without --tls-cert; give both, or neither for plain HTTP"
                                     : "--tls-cert: given without --tls-key; give both, or neither for plain HTTP";
    for (const auto& [flag, file] : {std::pair{"--tls-cert", &args.tls_cert}, std::pair{"--tls-key", &args.tls_key}}) {
        if (file->empty()) continue;
        std::ifstream in(*file);
        if (!in || std::filesystem::is_directory(*file))
            return std::string(flag) + ": `" + *file + "` cannot be read";
    }
    return std::nullopt;
}

bool split_listen(const std::string& text, service::ListenOptions& options) {
    auto colon = text.rfind(':');
    if (colon == std::string::npos) return false;
    options.host = text.substr(0, colon);
    try {
        std::size_t used = 0;
        options.port = std::stoi(text.substr(colon + 1), &used);
        return used == text.size() - colon - 1 && options.port > 0 && options.port < 65536;
    } catch (const std::exception&) {
        return false;
    }
}

// Waits for the signals the server answers to, on a thread of its own.
void handle_signals(sigset_t signals, service::Api& api, service::RulesHolder& holder, const Common& common) {
    for (;;) {
        int signal = 0;
        sigwait(&signals, &signal);
        if (signal == SIGHUP) {
            auto rules = load(common);
            if (rules) {
                holder.set(rules);
                spdlog::info("rules reloaded: {}", rules->digest);
            } else {
                spdlog::error("rules not reloaded; the loaded ones stay in force");
            }
            continue;
        }
        spdlog::info("stopping");
        api.stop();
        return;
    }
}

int run_serve(const Common& common, const ServeArgs& args) {
    service::ListenOptions options;
    if (!split_listen(args.listen, options)) {
        std::cerr << "--listen: `" << args.listen << "` is not HOST:PORT\n";
        return kExitUsage;
    }
    if (auto refusal = check_tls(args)) {
        std::cerr << *refusal << '\n';
        return kExitUsage;
    }
    auto rules = load(common);
    if (!rules) return kExitRules;
    if (!common.quiet) spdlog::set_level(spdlog::level::info);
    service::init_crypto();
    std::unique_ptr<service::Store> store;
    try {
        store = std::make_unique<service::Store>(args.db);
    } catch (const std::runtime_error& e) {
        std::cerr << e.what() << '\n';
        return kExitBadInput;
    }
    service::RulesHolder holder(rules);
    service::Api api(*store, holder, service::TlsFiles{args.tls_cert, args.tls_key});
    // Blocked before any thread starts, so every thread inherits the mask and only the
    // signal thread receives them.
    sigset_t signals;
    sigemptyset(&signals);
    for (int s : {SIGTERM, SIGINT, SIGHUP}) sigaddset(&signals, s);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::thread watcher(handle_signals, signals, std::ref(api), std::ref(holder), std::cref(common));
    bool served = api.run(options);
    if (!served) pthread_kill(watcher.native_handle(), SIGTERM);
    watcher.join();
    return served ? kExitOk : kExitUsage;
}

}  // namespace

Command serve_command() {
    return {"serve", "serve the workspace (JSON API) on a database file", [](CLI::App& sub, const Common& common) {
                auto args = std::make_shared<ServeArgs>();
                sub.add_option("--db", args->db, "the workspace database file (created if absent)")->required();
                sub.add_option("--listen", args->listen, "HOST:PORT to listen on")->default_val("127.0.0.1:8080");
                sub.add_option("--tls-cert", args->tls_cert, "serve HTTPS with this certificate chain (PEM); needs --tls-key");
                sub.add_option("--tls-key", args->tls_key, "the private key (PEM) of --tls-cert");
                return [args, &common] { return run_serve(common, *args); };
            }};
}

}  // namespace eligo::cli
