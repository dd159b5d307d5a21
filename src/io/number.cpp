#include "criterio/number.hpp"

#include <charconv>
#include <cmath>
#include <string>

namespace criterio {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Checks the decimal grammar: [+-]? (digits (. digits?)? | . digits) ([eE] [+-]? digits)?
// with no leading zero before another digit.
bool is_decimal(std::string_view s) {
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  const std::size_t int_start = i;
  while (i < s.size() && is_digit(s[i])) ++i;
  const std::size_t int_digits = i - int_start;
  if (int_digits > 1 && s[int_start] == '0') return false;
  std::size_t frac_digits = 0;
  if (i < s.size() && s[i] == '.') {
    ++i;
    const std::size_t frac_start = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    frac_digits = i - frac_start;
  }
  if (int_digits + frac_digits == 0) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    const std::size_t exp_start = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    if (i == exp_start) return false;
  }
  return i == s.size();
}

}  // namespace

bool is_strict_decimal(std::string_view text) { return !text.empty() && text.size() <= 400 && is_decimal(text); }

std::optional<double> parse_number(std::string_view text) {
  if (text.empty() || text.size() > 400 || !is_decimal(text)) return std::nullopt;
  std::string_view digits = text.front() == '+' ? text.substr(1) : text;
  double value = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec != std::errc() || end != digits.data() + digits.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::string number_problem(std::string_view text) {
  std::string lower;
  for (char c : text) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  std::string_view s = lower;
  if (!s.empty() && (s.front() == '+' || s.front() == '-')) s.remove_prefix(1);
  if (text.empty()) return "an empty value is not a number";
  if (text.front() == ' ' || text.back() == ' ' || text.front() == '\t' || text.back() == '\t')
    return "numbers may not have surrounding blanks";
  if (s.starts_with("0x") || s.starts_with("0o") || s.starts_with("0b"))
    return "hexadecimal, octal and binary numbers are not accepted";
  for (std::string_view special : {"nan", ".nan", "inf", ".inf", "infinity"})
    if (s == special) return "the value must be a finite number";
  if (s.size() > 1 && s[0] == '0' && is_digit(s[1]))
    return "leading zeros are not accepted (write 10, not 010)";
  if (is_decimal(text)) return "the number is out of range";
  return "expected a decimal number";
}

std::string format_number(double value, int max_decimals) {
  if (!std::isfinite(value)) return std::isnan(value) ? "nan" : (value > 0 ? "inf" : "-inf");
  const double scale = std::pow(10.0, max_decimals);
  double rounded = std::round(value * scale) / scale;
  if (rounded == 0) rounded = 0;  // no "-0"
  char buffer[64];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, rounded, std::chars_format::fixed, max_decimals);
  if (ec != std::errc()) return std::to_string(value);
  std::string out(buffer, end);
  if (out.find('.') != std::string::npos) {
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
  }
  return out;
}

}  // namespace criterio
