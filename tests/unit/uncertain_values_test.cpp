// Values known within a spread ({low, high}, {low, mode, high}, {mean, sd})
// in providers files, loaded through load_problem(): the central value each
// kind ranks on, its utility and display text, the Uncertainty kept for SMAA,
// requirements held to the central value, and every error at its
// file:line:column. Expected numbers are worked out by hand.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <optional>
#include <string>
#include <variant>

#include "criterio/evaluate.hpp"
#include "criterio/problem.hpp"
#include "unit/test_support.hpp"

namespace criterio {
namespace {

using ::testing::HasSubstr;
using testing::find_diagnostic;
using testing::listing;
using testing::TempDir;

const char* const k_criteria = R"(title: Spreads
criteria:
  - id: uptime
    name: Uptime
    unit: "%"
    scale: {type: linear, worst: 99, best: 100, min: 0, max: 100}
  - id: response
    name: Response time
    unit: hours
    scale: {type: linear, worst: 48, best: 0, min: 0}
  - id: tickets
    name: Tickets answered
  - id: latency
    name: Latency
    scale: {type: piecewise, points: [[0, 1], [100, 0]], min: 0}
  - id: courtesy
    name: Courtesy
    scale: {type: likert, points: 5}
  - id: phone
    name: Phone line
    scale: {type: boolean}
  - id: tier
    name: Tier
    scale: {type: levels, levels: {gold: 1, silver: 0.5}}
  - id: reviews
    name: Reviews
    scale: {type: reviews, min: 1, max: 5, half_life_days: 0}
)";

struct Loaded {
  std::optional<Problem> problem;
  Diagnostics diagnostics;
  std::string file;  // the providers file, as messages name it
};

Loaded load(const TempDir& dir, const std::string& providers, const std::string& name = "p.yaml",
            const std::string& criteria = k_criteria) {
  dir.write("criteria.yaml", criteria);
  ProblemSpec spec;
  spec.provider_files = {dir.write(name, providers)};
  if (name.ends_with(".csv")) spec.criteria = dir.path("criteria.yaml");
  spec.as_of = Date::parse("2026-03-01");
  Loaded out;
  out.file = spec.provider_files.front();
  out.problem = load_problem(spec, out.diagnostics);
  return out;
}

// One provider, alpha, whose values are the lines `values` (each indented
// by six spaces); the first of them is line 5 of the file.
std::string alpha_with(const std::string& values) {
  return "criteria: criteria.yaml\nproviders:\n  - id: alpha\n    values:\n" + values;
}

const Measurement& measurement(const Problem& p, const std::string& provider, const std::string& criterion) {
  std::size_t i = 0, j = 0;
  while (p.providers.at(i).id != provider) ++i;
  while (p.criteria.at(j).id != criterion) ++j;
  return p.measurements.at(i).at(j);
}

// alpha's measurement of `criterion` when `values` load without error.
Measurement measured(const std::string& values, const std::string& criterion) {
  TempDir dir;
  const Loaded r = load(dir, alpha_with(values));
  if (!r.problem) {
    ADD_FAILURE() << values << "\n" << listing(r.diagnostics);
    return {};
  }
  return measurement(*r.problem, "alpha", criterion);
}

double central(const Measurement& m) {
  const double* value = std::get_if<double>(&m.value);
  EXPECT_TRUE(value) << "the value of a spread is its central number";
  EXPECT_EQ(value ? *value : NAN, m.raw) << "value and raw are both the central value";
  return m.raw;
}

// ------------------------------------------------------------------ kinds

TEST(UncertainValues, UniformRanksOnTheMidpoint) {
  const Measurement m = measured("      uptime: {low: 99.5, high: 99.9}\n", "uptime");
  EXPECT_FALSE(m.missing);
  EXPECT_NEAR(central(m), 99.7, 1e-12);
  EXPECT_NEAR(m.utility, 0.7, 1e-9);  // (99.7 - 99) / (100 - 99)
  EXPECT_EQ(m.display, "99.5 to 99.9%");
  ASSERT_TRUE(m.uncertainty);
  EXPECT_EQ(m.uncertainty->kind, Uncertainty::Kind::uniform);
  EXPECT_EQ(m.uncertainty->low, 99.5);
  EXPECT_NEAR(m.uncertainty->mode, 99.7, 1e-12);
  EXPECT_EQ(m.uncertainty->high, 99.9);
  EXPECT_EQ(m.uncertainty->sd, 0);
}

TEST(UncertainValues, TriangularRanksOnTheMode) {
  const Measurement m = measured("      response: {low: 10, mode: 12, high: 20}\n", "response");
  EXPECT_EQ(central(m), 12);
  EXPECT_DOUBLE_EQ(m.utility, 0.75);  // a cost scale from 48 (0) to 0 (1): 36 / 48
  EXPECT_EQ(m.display, "10 to 20 hours (most likely 12)");
  ASSERT_TRUE(m.uncertainty);
  EXPECT_EQ(m.uncertainty->kind, Uncertainty::Kind::triangular);
  EXPECT_EQ(m.uncertainty->low, 10);
  EXPECT_EQ(m.uncertainty->mode, 12);
  EXPECT_EQ(m.uncertainty->high, 20);
}

TEST(UncertainValues, TheModeMayBeAnEndOfTheSpread) {
  EXPECT_EQ(measured("      response: {low: 10, mode: 10, high: 20}\n", "response").raw, 10);
  EXPECT_EQ(measured("      response: {low: 10, mode: 20, high: 20}\n", "response").raw, 20);
}

TEST(UncertainValues, NormalRanksOnTheMean) {
  const Measurement m = measured("      tickets: {mean: 12, sd: 1.5}\n", "tickets");
  EXPECT_EQ(central(m), 12);
  EXPECT_TRUE(std::isnan(m.utility)) << "a criterion without a scale is normalised by the method";
  EXPECT_EQ(m.display, "12 +/- 1.5");
  ASSERT_TRUE(m.uncertainty);
  EXPECT_EQ(m.uncertainty->kind, Uncertainty::Kind::normal);
  EXPECT_EQ(m.uncertainty->mode, 12);
  EXPECT_EQ(m.uncertainty->low, 12);
  EXPECT_EQ(m.uncertainty->high, 12);
  EXPECT_EQ(m.uncertainty->sd, 1.5);
}

TEST(UncertainValues, NormalWithAUnitNamesItAfterTheSd) {
  EXPECT_EQ(measured("      response: {mean: 12, sd: 1.5}\n", "response").display, "12 +/- 1.5 hours");
  EXPECT_EQ(measured("      uptime: {mean: 99.9, sd: 0.05}\n", "uptime").display, "99.9 +/- 0.05%");
}

TEST(UncertainValues, PiecewiseUtilityOfTheCentralValue) {
  const Measurement m = measured("      latency: {low: 20, high: 60}\n", "latency");
  EXPECT_EQ(m.raw, 40);
  EXPECT_DOUBLE_EQ(m.utility, 0.6);
}

TEST(UncertainValues, BlockMappingsToo) {
  const Measurement m = measured("      response:\n        low: 10\n        mode: 12\n        high: 20\n", "response");
  EXPECT_EQ(m.raw, 12);
  ASSERT_TRUE(m.uncertainty);
  EXPECT_EQ(m.uncertainty->kind, Uncertainty::Kind::triangular);
}

TEST(UncertainValues, APlainNumberHasNoSpread) {
  const Measurement m = measured("      uptime: 99.7\n", "uptime");
  EXPECT_EQ(m.raw, 99.7);
  EXPECT_EQ(m.display, "99.7%");
  EXPECT_FALSE(m.uncertainty);
}

TEST(UncertainValues, AReviewSummaryIsStillASummary) {
  const Measurement m = measured("      reviews: {mean: 4.5, count: 10}\n", "reviews");
  EXPECT_TRUE(m.reviews);
  EXPECT_FALSE(m.uncertainty);
}

TEST(UncertainValues, JsonFiles) {
  TempDir dir;
  const Loaded r = load(dir, R"({"criteria": "criteria.yaml", "providers": [
  {"id": "alpha", "values": {"uptime": {"low": 99.5, "high": 99.9},
                             "response": {"low": 10, "mode": 12, "high": 20},
                             "tickets": {"mean": 12, "sd": 1.5}}}]})",
                        "p.json");
  ASSERT_TRUE(r.problem) << listing(r.diagnostics);
  const Measurement& uptime = measurement(*r.problem, "alpha", "uptime");
  EXPECT_NEAR(uptime.raw, 99.7, 1e-12);
  EXPECT_EQ(uptime.uncertainty->kind, Uncertainty::Kind::uniform);
  const Measurement& response = measurement(*r.problem, "alpha", "response");
  EXPECT_EQ(response.raw, 12);
  EXPECT_EQ(response.display, "10 to 20 hours (most likely 12)");
  const Measurement& tickets = measurement(*r.problem, "alpha", "tickets");
  EXPECT_EQ(tickets.raw, 12);
  EXPECT_EQ(tickets.uncertainty->sd, 1.5);
}

// ------------------------------------------------------------------ ranking

const char* const k_required_uptime = R"(title: Required uptime
criteria:
  - id: uptime
    name: Uptime
    unit: "%"
    scale: {type: linear, worst: 99, best: 100, min: 0, max: 100}
    require: {min: 99.7}
  - id: price
    name: Price
    direction: cost
)";

TEST(UncertainValuesRanking, RequirementsHoldTheCentralValue) {
  TempDir dir;
  // alpha's spread reaches 99.85 but centres on 99.675; beta's starts at
  // 99.6 but centres on 99.75.
  const Loaded r = load(dir, R"(criteria: criteria.yaml
providers:
  - {id: alpha, values: {uptime: {low: 99.5, high: 99.85}, price: 10}}
  - {id: beta, values: {uptime: {low: 99.6, high: 99.9}, price: 20}}
  - {id: gamma, values: {uptime: 99.8, price: 30}}
)",
                        "p.yaml", k_required_uptime);
  ASSERT_TRUE(r.problem) << listing(r.diagnostics);
  const Result result = evaluate(*r.problem, {});
  ASSERT_EQ(result.excluded.size(), 1u);
  EXPECT_EQ(result.excluded[0].id, "alpha");
  ASSERT_EQ(result.excluded[0].reasons.size(), 1u);
  EXPECT_EQ(testing::english(result.excluded[0].reasons[0]), "uptime 99.675 (the central value of 99.5 to 99.85%) < required 99.7");
  ASSERT_EQ(result.ranking.size(), 2u);

  const RankedProvider* beta = result.find("beta");
  ASSERT_TRUE(beta);
  const Contribution& uptime = beta->contributions.at(0);
  EXPECT_NEAR(std::get<double>(uptime.value), 99.75, 1e-12);
  EXPECT_NEAR(uptime.utility, 0.75, 1e-9);
  EXPECT_EQ(uptime.display, "99.6 to 99.9%");
  ASSERT_TRUE(uptime.uncertainty);
  EXPECT_EQ(uptime.uncertainty->kind, Uncertainty::Kind::uniform);
  EXPECT_FALSE(result.find("gamma")->contributions.at(0).uncertainty);
  // An excluded provider's values keep their spread too (explain shows them).
  EXPECT_TRUE(result.excluded[0].values.at(0).uncertainty);
}

// ------------------------------------------------------------------ errors

// The one error `values` (lines of alpha's values from line 5) gives.
Diagnostic single_error(const std::string& values) {
  TempDir dir;
  const Loaded r = load(dir, alpha_with(values));
  EXPECT_FALSE(r.problem) << values;
  EXPECT_EQ(r.diagnostics.error_count(), 1u) << values << "\n" << listing(r.diagnostics);
  for (const auto& d : r.diagnostics.items())
    if (d.severity == Severity::error) {
      EXPECT_EQ(d.where.file, r.file);
      return d;
    }
  return {};
}

void expect_error(const std::string& values, int line, int column, const std::string& message) {
  const Diagnostic d = single_error(values);
  EXPECT_EQ(d.message, message) << values;
  EXPECT_EQ(d.where.line, line) << d.format();
  EXPECT_EQ(d.where.column, column) << d.format();
}

TEST(UncertainValuesErrors, UnknownKeyWithDidYouMean) {
  expect_error("      uptime: {low: 99.5, hgh: 99.9}\n", 5, 27,
               "unknown key \"hgh\" in the spread of 'uptime' (did you mean 'high'?)");
  const Diagnostic d = single_error("      tickets: {mean: 12, sd: 1, median: 11}\n");
  EXPECT_THAT(d.message, HasSubstr("unknown key \"median\" in the spread of 'tickets'"));
  EXPECT_EQ(d.where.column, 34);
}

TEST(UncertainValuesErrors, LowWithoutHighAndTheOtherWayRound) {
  const std::string needs = "'uptime': a spread needs both low and high, e.g. {low: 10, high: 20} or "
                            "{low: 10, mode: 12, high: 20}";
  expect_error("      uptime: {low: 99.5}\n", 5, 15, needs);
  expect_error("      uptime: {mode: 99.5, high: 99.9}\n", 5, 15, needs);
  expect_error("      uptime: {}\n", 5, 15, needs);
}

TEST(UncertainValuesErrors, MeanWithoutSdAndTheOtherWayRound) {
  const std::string needs = "'tickets': a spread with a mean needs an sd too, e.g. {mean: 12, sd: 1.5}";
  expect_error("      tickets: {mean: 12}\n", 5, 16, needs);
  expect_error("      tickets: {sd: 2}\n", 5, 16, needs);
}

TEST(UncertainValuesErrors, MeanAndSdDoNotMixWithLowAndHigh) {
  const std::string mixed = "'tickets': a spread is either {low, high}, {low, mode, high} or {mean, sd}; this one "
                            "mixes mean/sd with low/mode/high";
  expect_error("      tickets: {mean: 12, sd: 1, high: 14}\n", 5, 16, mixed);
  expect_error("      tickets: {low: 10, mode: 12, sd: 1}\n", 5, 16, mixed);
}

TEST(UncertainValuesErrors, NumbersAsStrictAsPlainValues) {
  expect_error("      uptime: {low: \"99.5\", high: 99.9}\n", 5, 21,
               "'uptime': expected a number for low, found the quoted text \"99.5\" (remove the quotes)");
  const Diagnostic nan = single_error("      uptime: {low: 99.5, high: .nan}\n");
  EXPECT_EQ(nan.where.column, 33);
  EXPECT_THAT(nan.message, HasSubstr("'uptime': expected a number for high, found \".nan\" ("));
  const Diagnostic inf = single_error("      tickets: {mean: 12, sd: .inf}\n");
  EXPECT_EQ(inf.where.column, 31);
  EXPECT_THAT(inf.message, HasSubstr("'tickets': expected a number for sd, found \".inf\" ("));
  expect_error("      response: {low: 10, mode: [12], high: 20}\n", 5, 33,
               "'response': expected a number for mode, found a list");
}

TEST(UncertainValuesErrors, EveryBadNumberIsReported) {
  TempDir dir;
  const Loaded r = load(dir, alpha_with("      response: {low: x, mode: y, high: z}\n"));
  EXPECT_EQ(r.diagnostics.error_count(), 3u) << listing(r.diagnostics);
}

TEST(UncertainValuesErrors, HighBelowLow) {
  expect_error("      uptime: {low: 99.9, high: 99.5}\n", 5, 33, "'uptime': high (99.5) is below low (99.9)");
}

TEST(UncertainValuesErrors, EqualLowAndHighIsAPlainNumber) {
  expect_error("      uptime: {low: 99.9, high: 99.9}\n", 5, 33,
               "'uptime': low and high are both 99.9; give a value known exactly as a plain number");
  expect_error("      response: {low: 12, mode: 12, high: 12}\n", 5, 43,
               "'response': low and high are both 12; give a value known exactly as a plain number");
}

TEST(UncertainValuesErrors, ModeOutsideTheSpread) {
  expect_error("      response: {low: 10, mode: 25, high: 20}\n", 5, 33,
               "'response': mode 25 is outside the spread [10, 20]");
  expect_error("      response: {low: 10, mode: 9.5, high: 20}\n", 5, 33,
               "'response': mode 9.5 is outside the spread [10, 20]");
}

TEST(UncertainValuesErrors, SdMustBePositive) {
  expect_error("      tickets: {mean: 12, sd: 0}\n", 5, 31,
               "'tickets': sd must be above 0, found 0; give a value known exactly as a plain number");
  expect_error("      tickets: {mean: 12, sd: -1.5}\n", 5, 31, "'tickets': sd must be above 0, found -1.5");
}

TEST(UncertainValuesErrors, EveryBoundWithinTheScalesDomain) {
  expect_error("      uptime: {low: 99.5, high: 100.5}\n", 5, 33,
               "'uptime': 100.5 is outside the scale's range [0, 100]");
  expect_error("      response: {low: -1, mode: 2, high: 5}\n", 5, 23,
               "'response': -1 is outside the scale's range [0, inf]");
  expect_error("      response: {mean: -2, sd: 1}\n", 5, 24, "'response': -2 is outside the scale's range [0, inf]");
  // The domain bounds the values given; SMAA bounds its draws of a normal spread itself.
  EXPECT_TRUE(measured("      response: {mean: 1, sd: 5}\n", "response").uncertainty);
}

TEST(UncertainValuesErrors, OnlyForNumericCriteria) {
  const std::string only = "a value known within a spread ({low, high}, {low, mode, high} or {mean, sd}) is only for "
                           "numeric criteria (scale none, linear, piecewise or step), and this one's scale is ";
  expect_error("      courtesy: {low: 3, high: 4}\n", 5, 17, "'courtesy': " + only + "likert; give a single value");
  expect_error("      phone: {mean: 1, sd: 0.1}\n", 5, 14, "'phone': " + only + "boolean; give a single value");
  expect_error("      tier: {low: silver, high: gold}\n", 5, 13, "'tier': " + only + "levels; give a single value");
  expect_error("      reviews: {mean: 4.5, sd: 0.2}\n", 5, 16, "'reviews': " + only + "reviews; give a single value");
}

TEST(UncertainValuesErrors, JsonLinesAndColumns) {
  TempDir dir;
  const Loaded r = load(dir, R"({"criteria": "criteria.yaml", "providers": [
  {"id": "alpha", "values": {"tickets": {"mean": 12, "sd": -1}}}]})",
                        "p.json");
  EXPECT_FALSE(r.problem);
  ASSERT_EQ(r.diagnostics.error_count(), 1u) << listing(r.diagnostics);
  const Diagnostic& d = r.diagnostics.items().front();
  EXPECT_EQ(d.message, "'tickets': sd must be above 0, found -1");
  EXPECT_EQ(d.where.line, 2);
  EXPECT_EQ(d.where.column, 60);
}

TEST(UncertainValuesErrors, CsvCellsStayPlainValues) {
  TempDir dir;
  const Loaded r = load(dir, "id,uptime\nalpha,\"{low: 99.5, high: 99.9}\"\n", "p.csv");
  EXPECT_FALSE(r.problem);
  const Diagnostic* d =
      find_diagnostic(r.diagnostics, "'uptime': expected a number, found \"{low: 99.5, high: 99.9}\"");
  ASSERT_TRUE(d) << listing(r.diagnostics);
  EXPECT_EQ(d->where.line, 2);
  EXPECT_EQ(d->where.column, 7);
}

TEST(UncertainValuesErrors, PanelRatingsArePlainNumbers) {
  TempDir dir;
  const Loaded r = load(dir, "criteria: criteria.yaml\nevaluators: [ana, ben]\nproviders:\n  - id: alpha\n"
                             "    values:\n      tickets: [{low: 1, high: 3}, 4]\n");
  EXPECT_FALSE(r.problem);
  ASSERT_EQ(r.diagnostics.error_count(), 1u) << listing(r.diagnostics);
  const Diagnostic& d = r.diagnostics.items().front();
  EXPECT_EQ(d.message, "'tickets' of 'alpha': each evaluator's rating is a single value, not a spread; give ana's "
                       "best estimate");
  EXPECT_EQ(d.where.line, 6);
  EXPECT_EQ(d.where.column, 17);
}

}  // namespace
}  // namespace criterio
