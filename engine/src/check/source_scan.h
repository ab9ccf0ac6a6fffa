// Internal: a textual scan of rule source for the names of protected characteristics.
//
// Rules never see protected characteristics at run time: the profile model has no field for
// them, so the view given to a `custom` criterion cannot hold one. The scan catches the attempt
// where it is written, so the author learns at `eligo check` time, with the line, that the
// rule cannot work and must not be written.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "eligo/error.h"

namespace eligo::check {

/// Every place in Lua source `text` that names a protected characteristic (the names of
/// `protected_fields()`): as a Lua name (`p.date_of_birth`, `local age`) or as a quoted key
/// (`p["sex"]`), outside comments and other strings; each an error at `display:line`.
std::vector<Error> protected_references(const std::string& display, std::string_view text);

}  // namespace eligo::check
