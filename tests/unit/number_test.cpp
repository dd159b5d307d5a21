#include "criterio/number.hpp"

#include <gtest/gtest.h>

namespace criterio {
namespace {

TEST(ParseNumber, AcceptsPlainDecimals) {
  EXPECT_EQ(parse_number("12"), 12.0);
  EXPECT_EQ(parse_number("-0.5"), -0.5);
  EXPECT_EQ(parse_number("+2"), 2.0);
  EXPECT_EQ(parse_number("1e3"), 1000.0);
  EXPECT_EQ(parse_number(".5"), 0.5);
  EXPECT_EQ(parse_number("0"), 0.0);
  EXPECT_EQ(parse_number("0.25"), 0.25);
}

TEST(ParseNumber, RefusesEverythingElse) {
  for (const char* bad : {"", " 1", "1 ", "0x1f", "010", "nan", "inf", "-inf", "1e400", "1_000", "1,5", "++1", "1e",
                          ".", "-", "e5", "1.2.3", "NaN", "Infinity"})
    EXPECT_FALSE(parse_number(bad).has_value()) << bad;
}

TEST(NumberProblem, SaysWhy) {
  EXPECT_NE(number_problem("0x10").find("hexadecimal"), std::string::npos);
  EXPECT_NE(number_problem("010").find("leading zeros"), std::string::npos);
  EXPECT_NE(number_problem("nan").find("finite"), std::string::npos);
  EXPECT_NE(number_problem("1e400").find("out of range"), std::string::npos);
}

TEST(FormatNumber, ShortestWithinDecimals) {
  EXPECT_EQ(format_number(99.95), "99.95");
  EXPECT_EQ(format_number(400), "400");
  EXPECT_EQ(format_number(0.123456), "0.1235");
  EXPECT_EQ(format_number(-0.00001), "0");
}

}  // namespace
}  // namespace criterio
