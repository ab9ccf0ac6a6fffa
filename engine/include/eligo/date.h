// Calendar dates as whole days, the only notion of time the engine has.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace eligo {

/// A proleptic Gregorian date, stored as days since 1970-01-01.
class Date {
public:
    constexpr Date() = default;
    static Date from_ymd(int year, unsigned month, unsigned day);
    static constexpr Date from_days(std::int32_t days) { Date d; d.days_ = days; return d; }
    /// Parses strict ISO `YYYY-MM-DD`; nullopt for anything else, including 2023-02-29.
    static std::optional<Date> parse(std::string_view text);

    constexpr std::int32_t days() const { return days_; }
    int year() const;
    unsigned month() const;
    unsigned day() const;
    std::string to_string() const;

    /// Adds calendar months; a day past the end of the target month is clamped to its last day
    /// (2024-01-31 + 1 month = 2024-02-29).
    Date add_months(int months) const;
    Date add_days(std::int32_t n) const { return from_days(days_ + n); }

    friend constexpr auto operator<=>(Date, Date) = default;

private:
    std::int32_t days_ = 0;
};

/// Why `text` is no date, as the end of a message: "" when it parses; " (there is no 30
/// February 2026)" for a well-formed date that is not a real day, so that a reader who wrote
/// the right shape sees what is wrong with it; "" as well for any other text.
std::string not_a_day(std::string_view text);

/// Whole calendar months from `from` until `to` (exclusive end), and the days left over.
struct MonthSpan {
    int months = 0;
    int days = 0;
};
MonthSpan months_between(Date from, Date to);

/// Today's date from the system clock; used only to default the as-of date.
Date today();

}  // namespace eligo
