// Test helpers for running the `eligo` binary on rule directories written by the test.
#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace eligo::test {

struct CliRun {
    int status = -1;
    std::string out;  ///< standard output, and standard error unless left out
};

/// Runs `eligo ARGS` in the source directory, capturing standard output and, when
/// `with_stderr`, standard error.
CliRun run_eligo(const std::string& args, bool with_stderr = true);

/// A run's standard output and standard error, apart.
struct CliOutput {
    int status = -1;
    std::string out;
    std::string err;
};

/// Runs `eligo ARGS` in the source directory with `env` before it (e.g. `TZ=UTC`), under
/// `timeout` so that a hang fails the test instead of stopping the run.
CliOutput run_eligo_apart(const std::string& args, const std::string& env = "");

/// A screen's output without its About block (the leading `# ` lines of CSV, the `about`
/// line of JSON Lines), which names the command and the time of the run.
std::string without_about(const std::string& out);

/// A directory of this test process's own below $TMPDIR, removed when the process ends (other
/// builds may run the same tests at the same time).
const std::filesystem::path& scratch_directory();

std::string read_file(const std::filesystem::path& path);
/// Writes `text`, creating the directories above it.
void write_file(const std::filesystem::path& path, const std::string& text);

/// A fresh rule directory `$TMPDIR/NAME` holding the bundled equivalence tables and `files`
/// (path below the directory -> text); returns its path.
std::string rule_directory(const std::string& name, const std::map<std::string, std::string>& files);

}  // namespace eligo::test
