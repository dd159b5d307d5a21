#pragma once
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace criterio {

// A calendar date (proleptic Gregorian), stored as days since 1970-01-01.
class Date {
 public:
  constexpr Date() = default;
  static constexpr Date from_days(int days) { Date d; d.m_days = days; return d; }
  static std::optional<Date> from_ymd(int year, int month, int day);
  // Strict "YYYY-MM-DD".
  static std::optional<Date> parse(std::string_view text);
  // The current UTC date.
  static Date today();

  int days() const { return m_days; }
  std::string iso() const;  // "YYYY-MM-DD"
  friend constexpr auto operator<=>(Date, Date) = default;

 private:
  int m_days = 0;
};

}  // namespace criterio
