#include "chart.h"

#include <algorithm>

#include "html.h"

namespace eligo::web {

namespace {

constexpr int kWidth = 720;
constexpr int kLabelWidth = 330;  // labels are criterion names, often long
constexpr int kRow = 30;
constexpr int kBarHeight = 20;

std::string description(const std::vector<Bar>& bars) {
    std::string d;
    for (const Bar& b : bars) {
        if (!d.empty()) d += "; ";
        d += b.label + ": " + std::to_string(b.count);
    }
    return d.empty() ? "no bars" : d;
}

// Long labels are cut at a word so they fit beside the bar; the full text is in the title.
std::string fitted(const std::string& label) {
    constexpr std::size_t kMax = 44;
    if (label.size() <= kMax) return label;
    std::size_t cut = label.rfind(' ', kMax - 1);
    if (cut == std::string::npos || cut < kMax / 2) cut = kMax - 1;
    return label.substr(0, cut) + "…";
}

}  // namespace

std::string bar_chart(std::string_view id, std::string_view title, const std::vector<Bar>& bars) {
    long most = 1;
    for (const Bar& b : bars) most = std::max(most, b.count);
    int height = std::max<int>(1, static_cast<int>(bars.size())) * kRow + 10;
    std::string sid(id), h_str = std::to_string(height);
    std::string box = "0 0 " + std::to_string(kWidth) + " " + h_str;
    Html h;
    h.open("svg", {{"class", "chart"}, {"xmlns", "http://www.w3.org/2000/svg"}, {"role", "img"},
                   {"viewBox", box}, {"width", std::to_string(kWidth)}, {"height", h_str},
                   {"aria-labelledby", sid + "-title " + sid + "-desc"}});
    h.element("title", title, {{"id", sid + "-title"}});
    h.element("desc", description(bars), {{"id", sid + "-desc"}});
    int y = 5;
    int span = kWidth - kLabelWidth - 60;
    for (const Bar& b : bars) {
        int w = static_cast<int>(static_cast<double>(b.count) / static_cast<double>(most) * span);
        std::string ty = std::to_string(y + kBarHeight - 5);
        h.open("g");
        h.element("title", b.label + ": " + std::to_string(b.count));
        h.element("text", fitted(b.label), {{"x", "0"}, {"y", ty}});
        h.open("rect", {{"class", "bar"}, {"x", std::to_string(kLabelWidth)}, {"y", std::to_string(y)},
                        {"width", std::to_string(std::max(w, 1))}, {"height", std::to_string(kBarHeight)}})
            .close();
        h.element("text", std::to_string(b.count),
                  {{"x", std::to_string(kLabelWidth + std::max(w, 1) + 6)}, {"y", ty}});
        h.close();
        y += kRow;
    }
    return h.finish();
}

}  // namespace eligo::web
