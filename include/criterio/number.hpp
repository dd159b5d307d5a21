#pragma once
// The one strict number parser used for every input format.

#include <optional>
#include <string>
#include <string_view>

namespace criterio {

// Parses a whole field as a finite decimal number: an optional sign, digits
// with an optional fraction and exponent ("12", "-0.5", "+2", "1e3", ".5").
// Refuses empty text, surrounding blanks, hex ("0x1f"), octal-looking leading
// zeros ("010"), "nan", "inf", digit separators and values that overflow
// (1e400). Locale-independent.
std::optional<double> parse_number(std::string_view text);
// Whether `text` follows parse_number's decimal grammar (it may still be out
// of range); for readers that convert with std::from_chars themselves.
bool is_strict_decimal(std::string_view text);

// Why `text` is not a number, for messages ("hexadecimal numbers are not accepted").
std::string number_problem(std::string_view text);

// Formats a number for people: shortest form that round-trips, at most
// `max_decimals` decimals for display ("99.95", "0.8123", "400").
std::string format_number(double value, int max_decimals = 4);

}  // namespace criterio
