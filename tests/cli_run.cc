#include "cli_run.h"

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

namespace eligo::test {

namespace {

// Runs a shell command, returning its exit status and standard output.
int capture(const std::string& command, std::string& out) {
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe);
    std::array<char, 4096> buffer;
    std::size_t n;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.append(buffer.data(), n);
    int status = pclose(pipe);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

struct Scratch {
    std::filesystem::path dir = std::filesystem::path(std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "/tmp") /
                                ("eligo-tests-" + std::to_string(getpid()));
    Scratch() {
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
    }
    ~Scratch() {
        std::error_code ignored;
        std::filesystem::remove_all(dir, ignored);
    }
};

}  // namespace

CliRun run_eligo(const std::string& args, bool with_stderr) {
    std::string command = std::string("cd ") + ELIGO_SOURCE_DIR + " && " + ELIGO_BINARY + " " + args +
                          (with_stderr ? " 2>&1" : " 2>/dev/null");
    CliRun r;
    r.status = capture(command, r.out);
    return r;
}

CliOutput run_eligo_apart(const std::string& args, const std::string& env) {
    static int count = 0;
    std::filesystem::path err = scratch_directory() / ("stderr-" + std::to_string(++count));
    std::string command = std::string("cd ") + ELIGO_SOURCE_DIR + " && " + env + (env.empty() ? "" : " ") +
                          "timeout -k 5 120 " + ELIGO_BINARY + " " + args + " 2>" + err.string();
    CliOutput r;
    r.status = capture(command, r.out);
    r.err = read_file(err);
    return r;
}

const std::filesystem::path& scratch_directory() {
    static const Scratch made;
    return made.dir;
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void write_file(const std::filesystem::path& path, const std::string& text) {
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

std::string rule_directory(const std::string& name, const std::map<std::string, std::string>& files) {
    namespace fs = std::filesystem;
    fs::path dir = fs::path(std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "/tmp") / name;
    fs::remove_all(dir);
    fs::create_directories(dir / "lib");
    fs::copy_file(fs::path(ELIGO_SOURCE_DIR) / "rules/lib/equivalences.lua", dir / "lib/equivalences.lua");
    for (const auto& [path, text] : files) {
        fs::create_directories((dir / path).parent_path());
        std::ofstream(dir / path) << text;
    }
    return dir.string();
}

std::string without_about(const std::string& out) {
    std::size_t at = 0;
    while (out.compare(at, 2, "# ") == 0 || out.compare(at, 10, "{\"about\":{") == 0) {
        std::size_t end = out.find('\n', at);
        if (end == std::string::npos) return "";
        at = end + 1;
    }
    return out.substr(at);
}

}  // namespace eligo::test
