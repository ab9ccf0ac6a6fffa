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

// "No such file or directory" as messages write it: lower case.
std::string system_error(int code) {
    std::string s = std::strerror(code);
    if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
    return s;
}

int run_docs(const Common& common, const DocsArgs& args) {
    auto rules = load(common);
    if (!rules) return kExitRules;
    for (const auto& id : args.roles)
        if (!find_role_option(*rules, id, std::nullopt)) return kExitUsage;
    if (!outputs_safe({{"-o", args.output}}, {}, rules_directory(common))) return kExitUsage;
    if (args.output.empty()) {
        write(std::cout, *rules, args);
        return kExitOk;
    }
    std::ofstream file(args.output, std::ios::binary | std::ios::trunc);
    if (file) write(file, *rules, args);
    if (file) file.close();
    if (!file) {
        std::cerr << "-o: cannot write `" << args.output << "` (" << system_error(errno) << ")\n";
        return kExitUsage;
    }
    return kExitOk;
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
                sub.add_option("-o", args->output, "write to FILE instead of standard output")->option_text("FILE");
                return [args, &common] { return run_docs(common, *args); };
            }};
}

}  // namespace eligo::cli
