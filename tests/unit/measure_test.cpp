// measure(): one raw value against one criterion's scale. Expected utilities
// are computed by hand from the value functions in docs/FORMATS.md.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <variant>

#include "criterio/document.hpp"
#include "criterio/model.hpp"
#include "unit/test_support.hpp"

namespace criterio {
namespace {

using ::testing::HasSubstr;
using testing::listing;

// A long file name, so that a dangling reference to it cannot pass by luck.
const std::string k_file = "providers-for-the-measure-unit-tests.yaml";

// The node of `value` as written in YAML ("v: <value>").
Node yaml_value(const std::string& value) {
  Document d = parse_yaml("v: " + value + "\n", k_file);
  return d.root.entries.at(0).second;
}

Date day(const char* iso) { return *Date::parse(iso); }

struct Measured {
  Measurement m;
  Diagnostics diagnostics;
};

Measured run(const Criterion& c, const std::string& value, Date as_of = day("2026-01-01")) {
  Measured out;
  const Node node = yaml_value(value);
  out.m = measure(c, &node, k_file, as_of, out.diagnostics);
  return out;
}

Criterion make(ScaleType type, Direction direction = Direction::benefit) {
  Criterion c;
  c.id = "crit";
  c.name = "Crit";
  c.scale.type = type;
  c.direction = direction;
  return c;
}

Criterion linear(double worst, double best) {
  Criterion c = make(ScaleType::linear, worst > best ? Direction::cost : Direction::benefit);
  c.scale.worst = worst;
  c.scale.best = best;
  return c;
}

Criterion points(ScaleType type, std::vector<std::pair<double, double>> pts) {
  Criterion c = make(type);
  c.scale.points = std::move(pts);
  return c;
}

double utility_of(const Criterion& c, const std::string& value) {
  const Measured r = run(c, value);
  EXPECT_FALSE(r.diagnostics.has_errors()) << value << "\n" << listing(r.diagnostics);
  EXPECT_FALSE(r.m.missing) << value;
  return r.m.utility;
}

// The single error measuring `value` reports.
Diagnostic error_of(const Criterion& c, const std::string& value) {
  const Measured r = run(c, value);
  EXPECT_EQ(r.diagnostics.error_count(), 1u) << value << "\n" << listing(r.diagnostics);
  EXPECT_TRUE(r.m.missing) << "a bad value must not yield a measurement: " << value;
  return r.diagnostics.items().empty() ? Diagnostic{} : r.diagnostics.items().front();
}

TEST(Measure, LinearBenefit) {
  const Criterion c = linear(99, 100);
  EXPECT_NEAR(utility_of(c, "99.5"), 0.5, 1e-12);
  EXPECT_NEAR(utility_of(c, "99.9"), 0.9, 1e-9);
  EXPECT_EQ(utility_of(c, "99"), 0.0);
  EXPECT_EQ(utility_of(c, "98"), 0.0);    // clamped below worst
  EXPECT_EQ(utility_of(c, "100.5"), 1.0); // clamped above best
  const Measured r = run(c, "99.5");
  EXPECT_EQ(std::get<double>(r.m.value), 99.5);
  EXPECT_EQ(r.m.raw, 99.5);
  EXPECT_EQ(r.m.where.line, 1);
  EXPECT_EQ(r.m.where.column, 4);
  EXPECT_EQ(r.m.where.file, k_file);
}

TEST(Measure, LinearCostWhenWorstAboveBest) {
  // worst 10, best 2: u(4) = (4 - 10) / (2 - 10) = 0.75; no second reversal.
  const Criterion c = linear(10, 2);
  EXPECT_NEAR(utility_of(c, "4"), 0.75, 1e-12);
  EXPECT_EQ(utility_of(c, "2"), 1.0);
  EXPECT_EQ(utility_of(c, "1"), 1.0);
  EXPECT_EQ(utility_of(c, "12"), 0.0);
}

TEST(Measure, DisplayCarriesTheUnit) {
  Criterion c = linear(99, 100);
  c.unit = "%";
  EXPECT_EQ(run(c, "99.95").m.display, "99.95%");
  c.unit = "EUR/month";
  EXPECT_EQ(run(c, "12.5").m.display, "12.5 EUR/month");
}

TEST(Measure, Piecewise) {
  const Criterion c = points(ScaleType::piecewise, {{0, 0}, {10, 0.5}, {20, 1}});
  EXPECT_NEAR(utility_of(c, "5"), 0.25, 1e-12);
  EXPECT_NEAR(utility_of(c, "10"), 0.5, 1e-12);
  EXPECT_NEAR(utility_of(c, "15"), 0.75, 1e-12);
  EXPECT_EQ(utility_of(c, "-5"), 0.0);
  EXPECT_EQ(utility_of(c, "25"), 1.0);
  // Falling utilities (a cost): 1 h -> 1, 4 h -> 0.5, 24 h -> 0. At 14 h: 0.5 - 0.5 * 10/20 = 0.25.
  const Criterion cost = points(ScaleType::piecewise, {{1, 1}, {4, 0.5}, {24, 0}});
  EXPECT_NEAR(utility_of(cost, "14"), 0.25, 1e-12);
  EXPECT_NEAR(utility_of(cost, "2.5"), 0.75, 1e-12);
  EXPECT_EQ(utility_of(cost, "48"), 0.0);
}

TEST(Measure, Step) {
  const Criterion c = points(ScaleType::step, {{0, 0.1}, {2, 0.5}, {5, 1}});
  EXPECT_EQ(utility_of(c, "-1"), 0.1);  // below the first point: the first u
  EXPECT_EQ(utility_of(c, "0"), 0.1);
  EXPECT_EQ(utility_of(c, "1.99"), 0.1);
  EXPECT_EQ(utility_of(c, "2"), 0.5);
  EXPECT_EQ(utility_of(c, "4.9"), 0.5);
  EXPECT_EQ(utility_of(c, "5"), 1.0);
  EXPECT_EQ(utility_of(c, "500"), 1.0);
}

TEST(Measure, DomainBounds) {
  Criterion c = linear(99, 100);
  c.scale.min = 0;
  c.scale.max = 100;
  EXPECT_EQ(utility_of(c, "100"), 1.0);
  EXPECT_EQ(utility_of(c, "0"), 0.0);
  const Diagnostic high = error_of(c, "100.5");
  EXPECT_THAT(high.message, HasSubstr("'crit'"));
  EXPECT_THAT(high.message, HasSubstr("100.5 is outside the scale's range [0, 100]"));
  EXPECT_EQ(high.where.file, k_file);
  EXPECT_EQ(high.where.line, 1);
  EXPECT_EQ(high.where.column, 4);
  EXPECT_THAT(error_of(c, "-1").message, HasSubstr("outside the scale's range"));
  Criterion step = points(ScaleType::step, {{0, 0}, {5, 1}});
  step.scale.min = 0;
  EXPECT_THAT(error_of(step, "-0.5").message, HasSubstr("[0, inf]"));
}

TEST(Measure, NumbersMustBeNumbers) {
  const Criterion c = linear(0, 10);
  EXPECT_THAT(error_of(c, "\"5\"").message, HasSubstr("expected a number"));
  EXPECT_THAT(error_of(c, "0x10").message, HasSubstr("hexadecimal"));
  EXPECT_THAT(error_of(c, "010").message, HasSubstr("leading zeros"));
  EXPECT_THAT(error_of(c, ".nan").message, HasSubstr("expected a number"));
  EXPECT_THAT(error_of(c, "[1, 2]").message, HasSubstr("a list"));
  EXPECT_THAT(error_of(c, "true").message, HasSubstr("expected a number"));
}

TEST(Measure, RawNumbersWithoutAScale) {
  const Criterion c = make(ScaleType::none, Direction::cost);
  const Measured r = run(c, "-12.5");
  EXPECT_FALSE(r.diagnostics.has_errors());
  EXPECT_EQ(r.m.raw, -12.5);
  EXPECT_TRUE(std::isnan(r.m.utility));  // the method normalises raw columns
}

TEST(Measure, LikertByPointAndLabel) {
  Criterion c = make(ScaleType::likert);
  c.scale.likert_points = 5;
  c.scale.labels = {"awful", "poor", "fair", "good", "great"};
  // (v - 1) / (points - 1)
  EXPECT_EQ(utility_of(c, "1"), 0.0);
  EXPECT_EQ(utility_of(c, "4"), 0.75);
  EXPECT_EQ(utility_of(c, "5"), 1.0);
  EXPECT_EQ(utility_of(c, "good"), 0.75);
  EXPECT_EQ(utility_of(c, "poor"), 0.25);
  EXPECT_EQ(run(c, "good").m.raw, 4);
  EXPECT_EQ(run(c, "good").m.display, "good (4/5)");
  EXPECT_EQ(std::get<std::string>(run(c, "good").m.value), "good");
  EXPECT_THAT(error_of(c, "6").message, HasSubstr("from 1 to 5"));
  EXPECT_THAT(error_of(c, "0").message, HasSubstr("from 1 to 5"));
  EXPECT_THAT(error_of(c, "2.5").message, HasSubstr("whole point"));
  EXPECT_THAT(error_of(c, "gret").message, HasSubstr("did you mean 'great'?"));
  EXPECT_THAT(error_of(c, "{a: 1}").message, HasSubstr("a mapping"));
}

TEST(Measure, LikertSevenPointsAndCost) {
  Criterion c = make(ScaleType::likert, Direction::cost);
  c.scale.likert_points = 7;
  // u(3) = 2/6; cost reverses it: 1 - 1/3 = 2/3.
  EXPECT_NEAR(utility_of(c, "3"), 2.0 / 3, 1e-12);
  EXPECT_EQ(utility_of(c, "7"), 0.0);
  EXPECT_EQ(run(c, "3").m.display, "3/7");
}

TEST(Measure, BooleanWithBothDirections) {
  const Criterion benefit = make(ScaleType::boolean);
  EXPECT_EQ(utility_of(benefit, "true"), 1.0);
  EXPECT_EQ(utility_of(benefit, "false"), 0.0);
  EXPECT_EQ(utility_of(benefit, "yes"), 1.0);
  EXPECT_EQ(utility_of(benefit, "No"), 0.0);
  EXPECT_EQ(utility_of(benefit, "TRUE"), 1.0);
  EXPECT_EQ(run(benefit, "true").m.display, "yes");
  EXPECT_EQ(std::get<bool>(run(benefit, "true").m.value), true);
  // "Had a data breach" is a cost: true is bad.
  const Criterion cost = make(ScaleType::boolean, Direction::cost);
  EXPECT_EQ(utility_of(cost, "true"), 0.0);
  EXPECT_EQ(utility_of(cost, "false"), 1.0);
  EXPECT_EQ(run(cost, "true").m.raw, 1.0);  // the raw value is not reversed
  EXPECT_THAT(error_of(benefit, "\"true\"").message, HasSubstr("expected true or false"));
  EXPECT_THAT(error_of(benefit, "1").message, HasSubstr("expected true or false"));
  EXPECT_THAT(error_of(benefit, "maybe").message, HasSubstr("expected true or false"));
}

TEST(Measure, Levels) {
  Criterion c = make(ScaleType::levels);
  c.scale.levels = {{"email", 0.2}, {"chat", 0.6}, {"phone", 1}};
  EXPECT_EQ(utility_of(c, "chat"), 0.6);
  EXPECT_EQ(utility_of(c, "phone"), 1.0);
  EXPECT_EQ(utility_of(c, "\"email\""), 0.2);  // quoted labels are labels too
  EXPECT_EQ(std::get<std::string>(run(c, "chat").m.value), "chat");
  const Diagnostic d = error_of(c, "chta");
  EXPECT_THAT(d.message, HasSubstr("email, chat, phone"));
  EXPECT_THAT(d.message, HasSubstr("did you mean 'chat'?"));
  EXPECT_THAT(error_of(c, "Phone").message, HasSubstr("did you mean 'phone'?"));
  EXPECT_THAT(error_of(c, "fax").message, ::testing::Not(HasSubstr("did you mean")));
}

// ---- reviews ----------------------------------------------------------------

Criterion reviews(double prior_mean, double strength, double half_life, double min = 1, double max = 5) {
  Criterion c = make(ScaleType::reviews);
  c.id = "reviews";
  c.scale.review_min = min;
  c.scale.review_max = max;
  c.scale.prior_mean = prior_mean;
  c.scale.prior_strength = strength;
  c.scale.half_life_days = half_life;
  return c;
}

TEST(Measure, ReviewsBayesianWithRecencyDecay) {
  // As of 2026-01-01, half life 365 days:
  //   5 stars on 2026-01-01: age 0,   w = 1
  //   4 stars on 2025-01-01: age 365, w = 0.5
  //   1 star  on 2024-01-02: age 730 (2024 is a leap year: 365 + 365 from 2024-01-02), w = 0.25
  // adjusted = (10 * 3 + 1*5 + 0.5*4 + 0.25*1) / (10 + 1.75) = 37.25 / 11.75
  const Criterion c = reviews(3, 10, 365);
  const Measured r = run(c,
                         "[{rating: 5, date: 2026-01-01, source: trustpilot},"
                         " {rating: 4, date: 2025-01-01, source: google, note: fine},"
                         " {rating: 1, date: 2024-01-02}]");
  ASSERT_FALSE(r.diagnostics.has_errors()) << listing(r.diagnostics);
  const double adjusted = 37.25 / 11.75;
  ASSERT_TRUE(r.m.reviews.has_value());
  EXPECT_EQ(r.m.reviews->count, 3u);
  EXPECT_NEAR(r.m.reviews->raw_mean, 10.0 / 3, 1e-12);
  EXPECT_NEAR(r.m.reviews->effective_weight, 1.75, 1e-12);
  EXPECT_NEAR(r.m.reviews->adjusted, adjusted, 1e-12);
  EXPECT_NEAR(r.m.raw, adjusted, 1e-12);
  EXPECT_NEAR(std::get<double>(r.m.value), adjusted, 1e-12);
  EXPECT_NEAR(r.m.utility, (adjusted - 1) / 4, 1e-12);  // linear from min 1 to max 5
  EXPECT_THAT(r.m.display, HasSubstr("3.17"));
  EXPECT_THAT(r.m.display, HasSubstr("3 reviews"));
}

TEST(Measure, ReviewsWithoutDecay) {
  // half_life_days 0: every review weighs 1 and needs no date.
  // (10 * 3 + 5 + 4) / 12 = 39 / 12 = 3.25
  const Criterion c = reviews(3, 10, 0);
  const Measured r = run(c, "[{rating: 5}, {rating: 4, date: 2001-01-01}]");
  ASSERT_FALSE(r.diagnostics.has_errors()) << listing(r.diagnostics);
  EXPECT_NEAR(r.m.reviews->adjusted, 3.25, 1e-12);
  EXPECT_NEAR(r.m.reviews->effective_weight, 2, 1e-12);
}

TEST(Measure, ReviewsSummaryAndWhyTwoFiveStarsDoNotWin) {
  // {mean: 4.6, count: 400}: (10 * 3 + 400 * 4.6) / 410 = 1870 / 410
  // Two 5-star reviews today:  (10 * 3 + 2 * 5) / 12 = 40 / 12
  const Criterion c = reviews(3, 10, 365);
  const Measured many = run(c, "{mean: 4.6, count: 400}");
  ASSERT_FALSE(many.diagnostics.has_errors()) << listing(many.diagnostics);
  EXPECT_NEAR(many.m.reviews->adjusted, 1870.0 / 410, 1e-12);
  EXPECT_EQ(many.m.reviews->count, 400u);
  EXPECT_NEAR(many.m.reviews->raw_mean, 4.6, 1e-12);
  const Measured two = run(c, "[{rating: 5, date: 2026-01-01}, {rating: 5, date: 2026-01-01}]");
  ASSERT_FALSE(two.diagnostics.has_errors()) << listing(two.diagnostics);
  EXPECT_NEAR(two.m.reviews->adjusted, 40.0 / 12, 1e-12);
  EXPECT_GT(many.m.utility, two.m.utility);
}

TEST(Measure, ReviewsOnATenPointScaleWithCostDirection) {
  // min 0, max 10, prior 5 (strength 0: no prior): adjusted = plain mean 8 -> u 0.8; cost: 0.2.
  Criterion c = reviews(5, 0, 0, 0, 10);
  c.direction = Direction::cost;
  EXPECT_NEAR(utility_of(c, "[{rating: 7}, {rating: 9}]"), 0.2, 1e-12);
}

TEST(Measure, ReviewsAsASingleNumber) {
  const Criterion c = reviews(3, 10, 365);
  const Measured r = run(c, "4.2");
  ASSERT_FALSE(r.diagnostics.has_errors()) << listing(r.diagnostics);
  EXPECT_NEAR(r.m.raw, 4.2, 1e-12);
  EXPECT_NEAR(r.m.utility, 0.8, 1e-12);
}

TEST(Measure, ReviewsErrors) {
  const Criterion c = reviews(3, 10, 365);
  {
    const Diagnostic d = error_of(c, "[{rating: 5, source: x}]");
    EXPECT_THAT(d.message, HasSubstr("needs a date"));
    EXPECT_EQ(d.where.line, 1);
    EXPECT_EQ(d.where.column, 5);
  }
  EXPECT_THAT(error_of(c, "[{rating: 6, date: 2026-01-01}]").message, HasSubstr("outside the scale's range [1, 5]"));
  EXPECT_THAT(error_of(c, "[{rating: 0.5, date: 2026-01-01}]").message, HasSubstr("outside"));
  EXPECT_THAT(error_of(c, "[{date: 2026-01-01}]").message, HasSubstr("needs a rating"));
  EXPECT_THAT(error_of(c, "[{rating: 4, date: 2026-13-01}]").message, HasSubstr("YYYY-MM-DD"));
  EXPECT_THAT(error_of(c, "[4]").message, HasSubstr("each review is a mapping"));
  {
    // Every bad review is reported, not just the first.
    const Measured r = run(c, "[4, {rating: 9, date: 2026-01-01}]");
    EXPECT_EQ(r.diagnostics.error_count(), 2u) << listing(r.diagnostics);
    EXPECT_TRUE(r.m.missing);
  }
  EXPECT_THAT(error_of(c, "{mean: 4.6}").message, HasSubstr("both mean and count"));
  EXPECT_THAT(error_of(c, "{mean: 4.6, count: 2.5}").message, HasSubstr("whole number"));
  EXPECT_THAT(error_of(c, "{mean: 5.6, count: 2}").message, HasSubstr("outside"));
  EXPECT_THAT(error_of(c, "9").message, HasSubstr("outside"));
}

TEST(Measure, ReviewWithAnUnknownKeyNamesTheProvidersFile) {
  const Criterion c = reviews(3, 10, 365);
  const Measured r = run(c, "[{rating: 4, date: 2026-01-01, sorce: x}]");
  ASSERT_EQ(r.diagnostics.error_count(), 1u) << listing(r.diagnostics);
  const Diagnostic& d = r.diagnostics.items().front();
  EXPECT_THAT(d.message, HasSubstr("did you mean 'source'?"));
  EXPECT_EQ(d.where.file, k_file);
  EXPECT_EQ(d.where.line, 1);
  EXPECT_EQ(d.where.column, 35);  // the key "sorce": "v: [{" is 5 columns, then 11 + 18
}

TEST(Measure, Missing) {
  const Criterion c = linear(0, 10);
  Diagnostics diagnostics;
  const Measurement none = measure(c, nullptr, k_file, day("2026-01-01"), diagnostics);
  EXPECT_TRUE(none.missing);
  EXPECT_TRUE(std::holds_alternative<std::monostate>(none.value));
  EXPECT_TRUE(std::isnan(none.utility));
  EXPECT_EQ(none.where.line, 0);
  const Node null = yaml_value("null");
  ASSERT_TRUE(null.is_null());
  const Measurement given_null = measure(c, &null, k_file, day("2026-01-01"), diagnostics);
  EXPECT_TRUE(given_null.missing);
  EXPECT_TRUE(std::isnan(given_null.utility));
  EXPECT_EQ(given_null.where.file, k_file);
  EXPECT_EQ(given_null.where.line, 1);
  EXPECT_EQ(given_null.where.column, 4);
  EXPECT_FALSE(diagnostics.has_errors());  // missing is a policy question, not an input error
}

}  // namespace
}  // namespace criterio

namespace criterio {
namespace {

TEST(Measure, AReviewDatedAfterTheAsOfDateCountsAsNewWithAWarning) {
  const Criterion c = reviews(3, 10, 365);
  const Measured r = run(c, "[{rating: 5, date: 2026-06-01}]", day("2026-01-01"));
  EXPECT_FALSE(r.m.missing);
  EXPECT_EQ(r.diagnostics.error_count(), 0u);
  ASSERT_EQ(r.diagnostics.items().size(), 1u);
  EXPECT_EQ(r.diagnostics.items().front().severity, Severity::warning);
  EXPECT_THAT(r.diagnostics.items().front().message, HasSubstr("after the as-of date 2026-01-01"));
  // Weight 1, as for a review of today: (10 * 3 + 5) / 11.
  EXPECT_NEAR(r.m.raw, 35.0 / 11.0, 1e-12);
}

}  // namespace
}  // namespace criterio
