#include "report/columns.h"

#include <algorithm>
#include <ostream>

namespace eligo::report {

std::size_t shown_width(std::string_view cell) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < cell.size(); ++i) {
        if (cell[i] == '\033' && i + 1 < cell.size() && cell[i + 1] == '[') {
            i = std::min(cell.find('m', i), cell.size() - 1);
            continue;
        }
        // Continuation bytes (10xxxxxx) belong to the character before them.
        if ((static_cast<unsigned char>(cell[i]) & 0xC0) != 0x80) ++width;
    }
    return width;
}

void write_aligned(std::ostream& out, const std::vector<std::vector<std::string>>& rows, std::size_t gap) {
    std::vector<std::size_t> widths;
    for (const auto& row : rows)
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (widths.size() <= i) widths.push_back(0);
            widths[i] = std::max(widths[i], shown_width(row[i]));
        }
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size()) line.append(widths[i] - shown_width(row[i]) + gap, ' ');
        }
        out << line << '\n';
    }
}

}  // namespace eligo::report
