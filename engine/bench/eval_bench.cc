// Evaluation benchmark: prints evaluations per second for one role and for every loaded role,
// with and without profile parsing, and peak memory. Figures, not assertions.
//
//   eligo_bench [RULES_DIR] [PROFILE_DIR] [ROLE_ID]
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "eligo/evaluate.h"
#include "eligo/profile.h"
#include "eligo/rules.h"

namespace {

using Clock = std::chrono::steady_clock;

// Runs `body` (which processes `per_call` items) repeatedly for about a second.
template <class F>
void measure(const char* label, std::size_t per_call, F&& body) {
    std::size_t items = 0;
    auto start = Clock::now();
    double seconds = 0;
    do {
        body();
        items += per_call;
        seconds = std::chrono::duration<double>(Clock::now() - start).count();
    } while (seconds < 1.0);
    double n = static_cast<double>(items);
    std::printf("%-52s %12.0f /s  %10.2f us each\n", label, n / seconds, 1e6 * seconds / n);
}

std::size_t sink = 0;  // keeps the optimiser from dropping the work

}  // namespace

int main(int argc, char** argv) {
    std::string rules_dir = argc > 1 ? argv[1] : "rules";
    std::string profile_dir = argc > 2 ? argv[2] : "profiles";
    std::string role_id = argc > 3 ? argv[3] : "rehousing/rehousing-officer";

    auto load_start = Clock::now();
    eligo::RuleLoadOptions options;
    options.directory = rules_dir;
    auto rules = eligo::load_rules(options);
    if (!rules) {
        for (const auto& e : rules.errors()) std::fprintf(stderr, "%s\n", e.to_string().c_str());
        return 3;
    }
    double load_ms = std::chrono::duration<double, std::milli>(Clock::now() - load_start).count();
    const eligo::RuleSet& set = **rules;
    const eligo::Role* role = set.find_role(role_id);
    if (!role) {
        std::fprintf(stderr, "unknown role %s\n", role_id.c_str());
        return 1;
    }
    std::size_t levels = 0;
    for (const auto& r : set.roles) levels += r.levels.size();

    std::vector<std::string> texts;
    for (const auto& entry : std::filesystem::directory_iterator(profile_dir))
        if (entry.path().extension() == ".json" && entry.path().filename() != "schema.json") {
            std::ifstream in(entry.path());
            std::ostringstream s;
            s << in.rdbuf();
            texts.push_back(s.str());
        }
    std::vector<eligo::Profile> profiles;
    for (const auto& t : texts)
        if (auto p = eligo::parse_profile(t, "bench")) profiles.push_back(std::move(*p));
    if (profiles.empty()) {
        std::fprintf(stderr, "no profiles in %s\n", profile_dir.c_str());
        return 2;
    }
    auto as_of = *eligo::Date::parse("2026-11-24");

    std::printf("rule set: %zu roles, %zu levels, loaded and compiled in %.1f ms\n", set.roles.size(), levels, load_ms);
    std::printf("profiles: %zu distinct, evaluated round-robin as of %s\n\n", profiles.size(),
                as_of.to_string().c_str());

    std::vector<eligo::ProfileIndex> indexes;
    for (const auto& p : profiles) indexes.emplace_back(set, p, as_of);
    measure("one role (all its levels), profile indexed", indexes.size(), [&] {
        for (const auto& idx : indexes) sink += eligo::evaluate_role(*role, idx).levels.size();
    });
    measure("index a parsed profile", profiles.size(), [&] {
        for (const auto& p : profiles) sink += eligo::ProfileIndex(set, p, as_of).qualifications().size();
    });
    measure("every role, parsed profile (index + evaluate)", profiles.size(), [&] {
        for (const auto& p : profiles) sink += eligo::evaluate(set, p, {as_of, {}}).roles.size();
    });
    measure("every role, from JSON text (parse + index + evaluate)", texts.size(), [&] {
        for (const auto& t : texts) {
            auto p = eligo::parse_profile(t, "bench");
            if (p) sink += eligo::evaluate(set, *p, {as_of, {}}).roles.size();
        }
    });
    measure("parse JSON text only", texts.size(), [&] {
        for (const auto& t : texts) sink += eligo::parse_profile(t, "bench") ? 1 : 0;
    });

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("\npeak memory (max RSS): %.1f MiB\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
    return sink == 0 ? 1 : 0;
}
