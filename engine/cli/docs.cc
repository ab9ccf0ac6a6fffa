#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

#include <CLI/CLI.hpp>

#include "eligo/docs.h"
#include "eligo/rules.h"

#include "cli.h"

namespace eligo::cli {
namespace {

struct DocsArgs {
    std::vector<std::string> roles;
    std::string format = "markdown";
    std::string output;
};

void write(std::ostream& out, const RuleSet& rules, const DocsArgs& args) {
    DocsOptions options{args.roles};
    if (args.format == "html") write_docs_html(out, rules, options);
    else write_docs_markdown(out, rules, options);
}

int run_docs(const Common& common, const DocsArgs& args) {
    auto rules = load(common);
    if (!rules) return kExitRules;
    for (const auto& id : args.roles)
        if (!find_role_option(*rules, id, std::nullopt)) return kExitUsage;
    if (!outputs_safe({{"--out", args.output}}, {}, rules_directory(common))) return kExitUsage;
    Output output(args.output);
    if (!output.open()) return kExitOutput;
    write(output.stream(), *rules, args);
    // A failed write is exit 6, as in every command; the count is of the roles documented.
    std::size_t roles = args.roles.empty() ? rules->roles.size() : args.roles.size();
    return output.close(roles, kExitOk, common, "role");
}

}  // namespace

Command docs_command() {
    return {"docs", "render the rules back as a document, to check them against the source documents",
            [](CLI::App& sub, const Common& common) {
                auto args = std::make_shared<DocsArgs>();
                sub.add_option("--role", args->roles, "role id (repeatable; default: every role)");
                sub.add_option("--format", args->format, "markdown or html (one self-contained page)")
                    ->check(CLI::IsMember({"markdown", "html"}))
                    ->default_val("markdown");
                add_out_option(sub, args->output, "the document");
                return [args, &common] { return run_docs(common, *args); };
            }};
}

}  // namespace eligo::cli
