// Test helpers for running the `eligo` binary on rule directories written by the test.
#pragma once

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

/// A fresh rule directory `$TMPDIR/NAME` holding the bundled equivalence tables and `files`
/// (path below the directory -> text); returns its path.
std::string rule_directory(const std::string& name, const std::map<std::string, std::string>& files);

}  // namespace eligo::test
