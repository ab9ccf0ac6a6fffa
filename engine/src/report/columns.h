// Text tables for a terminal: columns as wide as their widest cell, so that rows line up.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace eligo::report {

/// The columns a cell takes on a terminal: one per UTF-8 character, none for the colour
/// escapes (`ESC [ ... m`) the writers add (user text reaches them only through
/// `text::printable`, which neutralises its escapes).
std::size_t shown_width(std::string_view cell);

/// Writes `rows` (they may differ in length), each cell but a row's last padded to the width
/// of its column's widest cell and followed by `gap` spaces, so no line ends in spaces.
void write_aligned(std::ostream& out, const std::vector<std::vector<std::string>>& rows, std::size_t gap = 2);

}  // namespace eligo::report
