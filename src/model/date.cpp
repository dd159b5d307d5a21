#include "criterio/date.hpp"

#include <chrono>
#include <cstdio>

namespace criterio {

std::optional<Date> Date::from_ymd(int year, int month, int day) {
  using namespace std::chrono;
  const year_month_day ymd{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                           std::chrono::day{static_cast<unsigned>(day)}};
  if (year < 1 || year > 9999 || !ymd.ok()) return std::nullopt;
  return from_days(static_cast<int>(sys_days{ymd}.time_since_epoch().count()));
}

std::optional<Date> Date::parse(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto field = [&](std::size_t at, std::size_t length) -> int {
    int value = 0;
    for (std::size_t i = at; i < at + length; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  const int y = field(0, 4), m = field(5, 2), d = field(8, 2);
  if (y < 0 || m < 0 || d < 0) return std::nullopt;
  return from_ymd(y, m, d);
}

Date Date::today() {
  using namespace std::chrono;
  const auto now = floor<std::chrono::days>(system_clock::now());
  return from_days(static_cast<int>(now.time_since_epoch().count()));
}

std::string Date::iso() const {
  using namespace std::chrono;
  const year_month_day ymd{sys_days{std::chrono::days{m_days}}};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buffer;
}

}  // namespace criterio
