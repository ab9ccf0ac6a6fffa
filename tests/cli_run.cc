#include "cli_run.h"

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

namespace eligo::test {

CliRun run_eligo(const std::string& args, bool with_stderr) {
    std::string command = std::string("cd ") + ELIGO_SOURCE_DIR + " && " + ELIGO_BINARY + " " + args +
                          (with_stderr ? " 2>&1" : " 2>/dev/null");
    CliRun r;
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe);
    std::array<char, 4096> buffer;
    std::size_t n;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) r.out.append(buffer.data(), n);
    int status = pclose(pipe);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
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

}  // namespace eligo::test
