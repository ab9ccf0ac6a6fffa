// Fuzz target: the profile reader. The bytes are one profile file, read with the strict option
// off and on. Besides crashes and sanitizer reports, it traps when a documented property fails:
// - a refusal gives at least one error, and no error has an empty message;
// - a profile that is read has a non-empty id;
// - strict reading only adds refusals: whatever strict reading accepts, the default accepts too,
//   with the same id, and without dropping a protected characteristic (strict refuses it).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "eligo/profile.h"

namespace {

void require(bool property) {
    if (!property) __builtin_trap();
}

void check_errors(const std::vector<eligo::Error>& errors) {
    require(!errors.empty());
    for (const auto& error : errors) require(!error.message.empty());
}

void check_profile(const eligo::Profile& profile, const std::vector<eligo::Warning>& warnings) {
    require(!profile.id.empty());
    for (const auto& warning : warnings) require(!warning.message.empty());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view json(reinterpret_cast<const char*>(data), size);

    std::vector<eligo::Warning> warnings;
    auto lenient = eligo::parse_profile(json, "fuzz.json", {.strict = false}, &warnings);
    if (lenient)
        check_profile(*lenient, warnings);
    else
        check_errors(lenient.errors());

    std::vector<eligo::Warning> strict_warnings;
    auto strict = eligo::parse_profile(json, "fuzz.json", {.strict = true}, &strict_warnings);
    if (strict) {
        check_profile(*strict, strict_warnings);
        require(static_cast<bool>(lenient));
        require(strict->id == lenient->id);
        // Strict mode refuses a protected characteristic; it never drops one with a warning. The
        // drop warning starts with these words; another warning may quote a key that holds them.
        for (const auto& warning : strict_warnings)
            require(warning.message.rfind("protected characteristic ", 0) != 0);
    } else {
        check_errors(strict.errors());
    }
    return 0;
}
