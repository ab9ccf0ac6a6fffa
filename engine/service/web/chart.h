// A horizontal bar chart as inline SVG, drawn by the server: no script, no external image.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace eligo::web {

struct Bar {
    std::string label;  ///< escaped when drawn
    long count = 0;
};

/// An `<svg role="img">` with a title and a description listing every bar, so a screen
/// reader hears the figures; bars are scaled to the largest count.
std::string bar_chart(std::string_view id, std::string_view title, const std::vector<Bar>& bars);

}  // namespace eligo::web
