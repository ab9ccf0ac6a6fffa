#include "eligo/date.h"

#include <charconv>
#include <chrono>
#include <cstdio>

namespace eligo {
namespace {

namespace chr = std::chrono;

chr::year_month_day ymd_of(Date d) { return chr::year_month_day{chr::sys_days{chr::days{d.days()}}}; }

Date date_of(chr::year_month_day ymd) {
    return Date::from_days(static_cast<std::int32_t>(chr::sys_days{ymd}.time_since_epoch().count()));
}

bool parse_digits(std::string_view s, int& out) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc{} && ptr == s.data() + s.size();
}

}  // namespace

Date Date::from_ymd(int year, unsigned month, unsigned day) {
    return date_of(chr::year{year} / chr::month{month} / chr::day{day});
}

std::optional<Date> Date::parse(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    int y = 0, m = 0, d = 0;
    if (!parse_digits(text.substr(0, 4), y) || !parse_digits(text.substr(5, 2), m) ||
        !parse_digits(text.substr(8, 2), d))
        return std::nullopt;
    chr::year_month_day ymd{chr::year{y}, chr::month{static_cast<unsigned>(m)},
                            chr::day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) return std::nullopt;
    return date_of(ymd);
}

std::string not_a_day(std::string_view text) {
    static const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};
    int y = 0, m = 0, d = 0;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !parse_digits(text.substr(0, 4), y) ||
        !parse_digits(text.substr(5, 2), m) || !parse_digits(text.substr(8, 2), d) || Date::parse(text))
        return "";
    if (m < 1 || m > 12) return " (there is no month " + std::to_string(m) + ")";
    return " (there is no " + std::to_string(d) + " " + months[m - 1] + " " + std::to_string(y) + ")";
}

int Date::year() const { return static_cast<int>(ymd_of(*this).year()); }
unsigned Date::month() const { return static_cast<unsigned>(ymd_of(*this).month()); }
unsigned Date::day() const { return static_cast<unsigned>(ymd_of(*this).day()); }

std::string Date::to_string() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", year(), month(), day());
    return buf;
}

Date Date::add_months(int months) const {
    auto ymd = ymd_of(*this);
    chr::year_month_day shifted = ymd + chr::months{months};
    if (!shifted.ok()) shifted = chr::year_month_day_last{shifted.year(), chr::month_day_last{shifted.month()}};
    return date_of(shifted);
}

MonthSpan months_between(Date from, Date to) {
    MonthSpan span;
    if (to <= from) return span;
    auto a = ymd_of(from), b = ymd_of(to);
    int months = (static_cast<int>(b.year()) - static_cast<int>(a.year())) * 12 +
                 (static_cast<int>(static_cast<unsigned>(b.month())) -
                  static_cast<int>(static_cast<unsigned>(a.month())));
    while (months > 0 && from.add_months(months) > to) --months;
    span.months = months;
    span.days = to.days() - from.add_months(months).days();
    return span;
}

Date today() {
    auto now = chr::floor<chr::days>(chr::system_clock::now());
    return Date::from_days(static_cast<std::int32_t>(now.time_since_epoch().count()));
}

}  // namespace eligo
