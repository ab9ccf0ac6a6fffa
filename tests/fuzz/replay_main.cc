// A main for the fuzz targets without libFuzzer: feeds every file of the directories (and files)
// named on the command line to LLVMFuzzerTestOneInput, once each, and says how many it ran.
// `--only=SUFFIX` keeps the files whose name ends so (e.g. `--only=.lua`) among those found in
// directories. Hidden files (`.gitkeep`) are skipped. A crash or a trap is the failure.
//
// Usage: <target> [--only=SUFFIX] PATH...
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) __attribute__((weak));

namespace {

namespace fs = std::filesystem;

bool hidden(const fs::path& path) { return path.filename().string().starts_with("."); }

bool ends_with(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The files to replay: `paths` themselves, or every file below them, sorted so runs are repeatable.
bool collect(const std::vector<std::string>& paths, const std::string& only, std::vector<fs::path>& inputs) {
    for (const auto& path : paths) {
        std::error_code error;
        if (fs::is_regular_file(path, error)) {
            inputs.emplace_back(path);
            continue;
        }
        if (!fs::is_directory(path, error)) {
            std::fprintf(stderr, "replay: `%s`: no such file or directory\n", path.c_str());
            return false;
        }
        std::vector<fs::path> found;
        for (const auto& entry : fs::recursive_directory_iterator(path)) {
            if (!entry.is_regular_file() || hidden(entry.path())) continue;
            if (!only.empty() && !ends_with(entry.path().filename().string(), only)) continue;
            found.push_back(entry.path());
        }
        std::sort(found.begin(), found.end());
        inputs.insert(inputs.end(), found.begin(), found.end());
    }
    return true;
}

// Runs one input from a buffer of exactly its size, so that the sanitizers see any overread.
void replay(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::unique_ptr<std::uint8_t[]> data(new std::uint8_t[bytes.size()]);
    std::copy(bytes.begin(), bytes.end(), data.get());
    LLVMFuzzerTestOneInput(data.get(), bytes.size());
}

}  // namespace

int main(int argc, char** argv) {
    if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);
    std::string only;
    std::vector<std::string> paths;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg.starts_with("--only="))
            only = arg.substr(7);
        else
            paths.push_back(arg);
    }
    if (paths.empty()) {
        std::fprintf(stderr, "usage: %s [--only=SUFFIX] PATH...\n", argv[0]);
        return 2;
    }
    std::vector<fs::path> inputs;
    if (!collect(paths, only, inputs)) return 2;
    for (const auto& input : inputs) replay(input);
    std::printf("replayed %zu inputs\n", inputs.size());
    return 0;
}
