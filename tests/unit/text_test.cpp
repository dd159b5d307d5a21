// Text helpers: edit distance, did-you-mean, quoting user text, display widths.
// Expected values are worked out by hand in the comments.

#include "criterio/text.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace criterio {
namespace {

TEST(Split, KeepsEmptyPiecesAndGivesOnePieceWithoutASeparator) {
  using Pieces = std::vector<std::string>;
  EXPECT_EQ(split("a,,b", ','), (Pieces{"a", "", "b"}));
  EXPECT_EQ(split("a,b,", ','), (Pieces{"a", "b", ""}));
  EXPECT_EQ(split("abc", ','), (Pieces{"abc"}));
  EXPECT_EQ(split("", ','), (Pieces{""}));
  EXPECT_EQ(split("x>y,z", '>'), (Pieces{"x", "y,z"}));
}

TEST(IsValidId, OneToSixtyFourLowercaseLettersDigitsAndUnderscores) {
  EXPECT_TRUE(is_valid_id("uptime_sla2"));
  EXPECT_TRUE(is_valid_id(std::string(64, 'a')));
  EXPECT_FALSE(is_valid_id(std::string(65, 'a')));
  EXPECT_FALSE(is_valid_id(""));
  EXPECT_FALSE(is_valid_id("Price"));
  EXPECT_FALSE(is_valid_id("a-b"));
}

TEST(EditDistance, ClassicCases) {
  EXPECT_EQ(edit_distance("", ""), 0u);
  EXPECT_EQ(edit_distance("abc", ""), 3u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
  EXPECT_EQ(edit_distance("abc", "abc"), 0u);
  // kitten -> sitten (sub) -> sittin (sub) -> sitting (insert)
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(edit_distance("flaw", "lawn"), 2u);  // delete f, insert n
  EXPECT_EQ(edit_distance("weight", "wieght"), 1u);  // one adjacent swap
  EXPECT_EQ(edit_distance("ab", "ba"), 1u);
  EXPECT_EQ(edit_distance("abcdef", "abdcef"), 1u);
}

TEST(EditDistance, IsSymmetric) {
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"uptime_sla", "uptime_slo"}, {"benefit", "benfit"}, {"", "x"}, {"criteria", "critera"}, {"abc", "cab"}};
  for (const auto& [a, b] : pairs) EXPECT_EQ(edit_distance(a, b), edit_distance(b, a)) << a << " / " << b;
}

TEST(ClosestMatch, FindsLikelyTypos) {
  const std::vector<std::string> keys = {"id", "name", "weight", "direction", "scale", "require", "missing"};
  EXPECT_EQ(closest_match("wieght", keys), "weight");
  EXPECT_EQ(closest_match("direcion", keys), "direction");
  EXPECT_EQ(closest_match("requier", keys), "require");
  EXPECT_EQ(closest_match("scael", keys), "scale");
}

TEST(ClosestMatch, IgnoresUnrelatedWords) {
  const std::vector<std::string> keys = {"id", "name", "weight", "direction"};
  EXPECT_FALSE(closest_match("colour", keys).has_value());
  EXPECT_FALSE(closest_match("zzzzzzzz", keys).has_value());
  EXPECT_FALSE(closest_match("weight", {}).has_value());
}

TEST(ClosestMatch, PrefersTheNearestCandidate) {
  // "cots" is one swap from "cost"; "mx" is one insertion from "max", two edits from "min".
  EXPECT_EQ(closest_match("cots", {"benefit", "cost", "max", "min"}), "cost");
  EXPECT_EQ(closest_match("mx", {"benefit", "cost", "max", "min"}), "max");
}

TEST(DidYouMean, FormatsTheSuggestion) {
  EXPECT_EQ(did_you_mean("wieght", {"name", "weight"}), " (did you mean 'weight'?)");
  EXPECT_EQ(did_you_mean("colour", {"name", "weight"}), "");
}

TEST(Quote, WrapsAndEscapes) {
  EXPECT_EQ(quote("abc"), "\"abc\"");
  EXPECT_EQ(quote(""), "\"\"");
  EXPECT_EQ(quote("a\nb"), "\"a\\nb\"");
  EXPECT_EQ(quote("a\tb\rc"), "\"a\\tb\\rc\"");
  EXPECT_EQ(quote("say \"hi\""), "\"say \\\"hi\\\"\"");
  EXPECT_EQ(quote("back\\slash"), "\"back\\\\slash\"");
  EXPECT_EQ(quote(std::string("a\x01" "b", 3)), "\"a\\x01b\"");
  EXPECT_EQ(quote(std::string("\x1b[31m", 5)), "\"\\x1b[31m\"");
  EXPECT_EQ(quote(std::string("a\x7f", 2)), "\"a\\x7f\"");
  EXPECT_EQ(quote(std::string("a\0b", 3)), "\"a\\x00b\"");
}

TEST(Quote, KeepsUtf8Text) { EXPECT_EQ(quote("café ☕"), "\"café ☕\""); }

TEST(Quote, CutsLongText) {
  EXPECT_EQ(quote(std::string(100, 'a'), 10), "\"" + std::string(10, 'a') + "…\"");
  EXPECT_EQ(quote("abc", 3), "\"abc\"");  // exactly at the limit: not cut
  EXPECT_EQ(quote("abcd", 3), "\"abc…\"");
  // The default limit is 60 characters.
  EXPECT_EQ(quote(std::string(60, 'x')), "\"" + std::string(60, 'x') + "\"");
  EXPECT_EQ(quote(std::string(61, 'x')), "\"" + std::string(60, 'x') + "…\"");
}

TEST(Quote, CutsBetweenUtf8CharactersNeverInside) {
  // "é" is two bytes (C3 A9). Cutting must count characters and never split one.
  EXPECT_EQ(quote("ééé", 2), "\"éé…\"");
  EXPECT_EQ(quote("é", 1), "\"é\"");  // exactly at the limit: nothing cut, no ellipsis
  EXPECT_EQ(quote("aé", 2), "\"aé\"");
}

TEST(DisplayWidth, CountsCodePoints) {
  EXPECT_EQ(display_width(""), 0u);
  EXPECT_EQ(display_width("abc"), 3u);
  EXPECT_EQ(display_width("héllo"), 5u);   // é is 2 bytes, 1 column
  EXPECT_EQ(display_width("█▏"), 2u);      // 3-byte block characters
  EXPECT_EQ(display_width("…"), 1u);
  EXPECT_EQ(display_width("€😀"), 2u);     // 3 and 4 bytes
}

TEST(DisplayWidth, IgnoresAnsiColour) {
  EXPECT_EQ(display_width("\x1b[1mab\x1b[0m"), 2u);
  EXPECT_EQ(display_width("\x1b[31mrouge\x1b[0m!"), 6u);
}

TEST(TruncateDisplay, LeavesShortTextAlone) {
  EXPECT_EQ(truncate_display("abc", 3), "abc");
  EXPECT_EQ(truncate_display("abc", 10), "abc");
  EXPECT_EQ(truncate_display("héllo", 5), "héllo");
}

TEST(TruncateDisplay, CutsToWidthWithEllipsis) {
  EXPECT_EQ(truncate_display("abcdef", 4), "abc…");
  EXPECT_EQ(truncate_display("abcdef", 1), "…");
  EXPECT_EQ(truncate_display("abcdef", 0), "");
  EXPECT_EQ(truncate_display("héllo wörld", 5), "héll…");
  EXPECT_EQ(truncate_display("ééé", 2), "é…");
  for (std::size_t w = 1; w < 12; ++w) EXPECT_EQ(display_width(truncate_display("héllo wörld!", w)), w) << w;
}

}  // namespace
}  // namespace criterio
