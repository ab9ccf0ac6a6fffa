#include "eligo/error.h"

#include <algorithm>

#include "support/text.h"

namespace eligo {

std::string Error::to_string() const {
    // Each part printable: a terminal escape or line break in user input quoted by a message
    // must neither act on the terminal nor forge a line of its own.
    std::string s = where.empty() ? text::printable(message) : text::printable(where) + ": " + text::printable(message);
    if (!hint.empty()) s += "\n  " + text::printable(hint);
    return s;
}

namespace {

std::size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

}  // namespace

std::string nearest(const std::string& word, const std::vector<std::string>& candidates) {
    std::string best;
    std::size_t best_distance = std::max<std::size_t>(2, word.size() / 3) + 1;
    for (const auto& c : candidates) {
        // A word that is a prefix or extension of a candidate counts as close.
        bool contained = word.size() >= 4 && c.size() >= 4 &&
                         (c.find(word) != std::string::npos || word.find(c) != std::string::npos);
        // The distance is at least the difference in length: far longer or shorter names are
        // not measured (a hostile input's name may be kilobytes long).
        std::size_t gap = word.size() > c.size() ? word.size() - c.size() : c.size() - word.size();
        if (!contained && gap >= best_distance) continue;
        std::size_t d = contained ? 1 : edit_distance(word, c);
        if (d < best_distance) {
            best_distance = d;
            best = c;
        }
    }
    return best;
}

}  // namespace eligo
