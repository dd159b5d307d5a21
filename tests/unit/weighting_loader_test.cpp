// `weighting:` in a criteria file (src/model/weighting_loader.cpp): every
// syntax loads into the right Weighting, every mistake is reported at its
// file:line:column; and derive_weights (src/weights/weight_tree.cpp) on small
// trees: local weights per group, global weights down the paths, data-derived
// groups with and without data, AHP panels.
//
// Expected weights are worked from the methods' definitions by hand (exact
// fractions, noted beside each), except where a published example is cited.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <numeric>
#include <string>
#include <vector>

#include "criterio/ahp.hpp"
#include "criterio/document.hpp"
#include "criterio/model.hpp"
#include "criterio/weighting.hpp"
#include "criterio/weights.hpp"
#include "unit/test_support.hpp"

namespace criterio {
namespace {

using ::testing::HasSubstr;
using testing::expect_error;
using testing::listing;

struct Loaded {
  CriteriaModel model;
  Diagnostics diagnostics;
};

Loaded load(const std::string& yaml) {
  Loaded out;
  out.model = load_criteria(parse_yaml(yaml, "c.yaml"), out.diagnostics);
  return out;
}

// Loads `yaml`, which must load without errors or warnings.
CriteriaModel load_clean(const std::string& yaml) {
  Loaded l = load(yaml);
  EXPECT_TRUE(l.diagnostics.items().empty()) << listing(l.diagnostics);
  return std::move(l.model);
}

// Loads `yaml`, expects exactly one diagnostic of `severity`, containing
// `needle`, at line:column of c.yaml.
void expect_single(const std::string& yaml, Severity severity, int line, int column, const std::string& needle) {
  const Loaded l = load(yaml);
  ASSERT_EQ(l.diagnostics.items().size(), 1u) << listing(l.diagnostics);
  const Diagnostic& d = l.diagnostics.items().front();
  EXPECT_EQ(d.severity, severity) << d.format();
  EXPECT_EQ(d.where.file, "c.yaml");
  EXPECT_EQ(d.where.line, line) << d.format();
  EXPECT_EQ(d.where.column, column) << d.format();
  EXPECT_THAT(d.message, HasSubstr(needle));
}

void expect_single_error(const std::string& yaml, int line, int column, const std::string& needle) {
  expect_single(yaml, Severity::error, line, column, needle);
}

// The 1-based column of the first `token` in line 2 of three_leaves() or
// four_leaves() ("weighting: " then `weighting`): where an error about that
// token must point.
int column_of(const std::string& weighting, const std::string& token) {
  const auto at = weighting.find(token);
  EXPECT_NE(at, std::string::npos) << token;
  return static_cast<int>(std::string("weighting: ").size() + at) + 1;
}

std::string three_leaves(const std::string& weighting);
std::string four_leaves(const std::string& weighting);

// three_leaves(weighting) (four_leaves with `four`) must give one error,
// containing `needle`, at the first `token` of the weighting.
void expect_error_at(const std::string& weighting, const std::string& token, const std::string& needle,
                     bool four = false) {
  expect_single_error(four ? four_leaves(weighting) : three_leaves(weighting), 2, column_of(weighting, token), needle);
}

// A model whose top-level criteria are price, support, uptime (leaves),
// weighed by `weighting` (the YAML text after "weighting: ", starting on
// line 2 of the file).
std::string three_leaves(const std::string& weighting) {
  return "title: T\n"
         "weighting: " + weighting + "\n"
         "criteria:\n"
         "  - {id: price, name: Price}\n"
         "  - {id: support, name: Support}\n"
         "  - {id: uptime, name: Uptime}\n";
}

// The matrix entry a(i, j) of a 3×3 judgment matrix.
double at(const PairwiseJudgments& j, std::size_t i, std::size_t k) { return j.matrix[i * 3 + k]; }

// ---- methods named alone -------------------------------------------------

TEST(WeightingLoader, TheDefaultIsDirect) {
  const CriteriaModel m = load_clean(
      "title: T\ncriteria:\n  - {id: a, name: A, weight: 2}\n  - id: g\n    name: G\n    children:\n"
      "      - {id: b, name: B}\n");
  EXPECT_EQ(m.weighting.method, "direct");
  EXPECT_TRUE(m.weighting.is_direct());
  EXPECT_EQ(m.criteria[1].weighting.method, "direct");
}

TEST(WeightingLoader, AMethodThatNeedsNothingMoreCanBeNamedAlone) {
  for (const std::string name : {"direct", "equal", "entropy", "critic", "std-dev", "variance", "merec", "gini", "angle"}) {
    SCOPED_TRACE(name);
    const CriteriaModel m = load_clean(three_leaves(name));
    EXPECT_EQ(m.weighting.method, name);
    EXPECT_EQ(m.weighting.where.line, 2);
    EXPECT_EQ(m.weighting.where.column, 12);
    const CriteriaModel mapped = load_clean(three_leaves("{method: " + name + "}"));
    EXPECT_EQ(mapped.weighting.method, name);
  }
}

TEST(WeightingLoader, AGroupHasItsOwnWeighting) {
  const CriteriaModel m = load_clean(
      "title: T\n"
      "weighting: equal\n"
      "criteria:\n"
      "  - id: g\n"
      "    name: G\n"
      "    weighting: critic\n"
      "    children:\n"
      "      - {id: a, name: A}\n"
      "      - {id: b, name: B}\n"
      "  - {id: c, name: C}\n");
  EXPECT_EQ(m.weighting.method, "equal");
  EXPECT_EQ(m.criteria[0].weighting.method, "critic");
  EXPECT_EQ(m.criteria[0].weighting.where.line, 6);
  EXPECT_EQ(m.criteria[0].weighting.where.column, 16);
}

// ---- AHP -----------------------------------------------------------------

TEST(WeightingLoader, AhpMatrixWithFractionsMissingJudgmentsAndAnEmptyLowerHalf) {
  const CriteriaModel m = load_clean(three_leaves(
      "{method: ahp, matrix: [[1, 3, 1/5], [~, 1, \"?\"], [~, ~, 1]]}"));
  const Weighting& w = m.weighting;
  EXPECT_EQ(w.method, "ahp");
  EXPECT_EQ(w.priorities, "eigenvector");
  ASSERT_EQ(w.judgments.size(), 1u);
  const PairwiseJudgments& j = w.judgments.front();
  EXPECT_EQ(j.evaluator, "");
  ASSERT_EQ(j.matrix.size(), 9u);
  for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(at(j, i, i), 1);
  EXPECT_DOUBLE_EQ(at(j, 0, 1), 3);
  EXPECT_DOUBLE_EQ(at(j, 1, 0), 1.0 / 3);  // implied
  EXPECT_DOUBLE_EQ(at(j, 0, 2), 0.2);
  EXPECT_DOUBLE_EQ(at(j, 2, 0), 5);
  EXPECT_TRUE(std::isnan(at(j, 1, 2)));  // "?"
  EXPECT_TRUE(std::isnan(at(j, 2, 1)));
  EXPECT_EQ(j.where.line, 2);
}

TEST(WeightingLoader, AhpBothHalvesReciprocalWithinTwoPercent) {
  // 0.33 against 3 is 1 % off the reciprocal: accepted.
  const CriteriaModel m = load_clean(three_leaves(
      "{method: ahp, priorities: geometric-mean, matrix: [[1, 3, 5], [0.33, 1, 2], [0.2, 0.5, 1]]}"));
  EXPECT_EQ(m.weighting.priorities, "geometric-mean");
  EXPECT_DOUBLE_EQ(at(m.weighting.judgments.front(), 0, 1), 3);
  EXPECT_DOUBLE_EQ(at(m.weighting.judgments.front(), 1, 0), 1.0 / 3);  // the upper half is kept
}

TEST(WeightingLoader, AhpHalvesThatAreNotReciprocalAreAnErrorAtTheLowerEntry) {
  // 0.5 against 3: the lower entry (row 2, column 1) is named.
  expect_error_at("{method: ahp, matrix: [[1, 3, 5], [0.5, 1, 2], [0.2, 0.5, 1]]}", "0.5",
                      "this judgment of support against price is \"0.5\", but the other half implies 0.3333");
}

TEST(WeightingLoader, AhpJudgmentsAsPairs) {
  // price is 7 times as important as support, 3 times uptime; support half of uptime.
  const CriteriaModel m = load_clean(three_leaves(
      "{method: ahp, judgments: {price: {support: 7, uptime: 3}, support: {uptime: 1/2}}}"));
  ASSERT_EQ(m.weighting.judgments.size(), 1u);
  const PairwiseJudgments& j = m.weighting.judgments.front();
  EXPECT_DOUBLE_EQ(at(j, 0, 1), 7);
  EXPECT_DOUBLE_EQ(at(j, 1, 0), 1.0 / 7);
  EXPECT_DOUBLE_EQ(at(j, 0, 2), 3);
  EXPECT_DOUBLE_EQ(at(j, 2, 0), 1.0 / 3);
  EXPECT_DOUBLE_EQ(at(j, 1, 2), 0.5);
  EXPECT_DOUBLE_EQ(at(j, 2, 1), 2);
}

TEST(WeightingLoader, AhpPairsMayBeGivenEitherWayRound) {
  const CriteriaModel m = load_clean(three_leaves(
      "{method: ahp, judgments: {support: {price: 1/7}, uptime: {price: 1/3, support: 2}}}"));
  const PairwiseJudgments& j = m.weighting.judgments.front();
  EXPECT_DOUBLE_EQ(at(j, 0, 1), 7);
  EXPECT_DOUBLE_EQ(at(j, 0, 2), 3);
  EXPECT_DOUBLE_EQ(at(j, 1, 2), 0.5);
}

TEST(WeightingLoader, AhpEvaluatorsWithTheirAggregation) {
  const CriteriaModel m = load_clean(three_leaves(
      "{method: ahp, aggregate: priorities, evaluators: {"
      "ana: {matrix: [[1, 3, 5], [~, 1, 2], [~, ~, 1]]}, "
      "ben: {judgments: {price: {support: 2, uptime: 4}}}}}"));
  const Weighting& w = m.weighting;
  EXPECT_EQ(w.aggregate, "priorities");
  ASSERT_EQ(w.judgments.size(), 2u);
  EXPECT_EQ(w.judgments[0].evaluator, "ana");
  EXPECT_EQ(w.judgments[1].evaluator, "ben");
  EXPECT_DOUBLE_EQ(at(w.judgments[0], 1, 2), 2);
  EXPECT_DOUBLE_EQ(at(w.judgments[1], 0, 2), 4);
  EXPECT_TRUE(std::isnan(at(w.judgments[1], 1, 2)));  // ben did not judge it; linked through price
}

TEST(WeightingLoader, AhpAggregateDefaultsToJudgments) {
  const CriteriaModel m = load_clean(three_leaves(
      "{method: ahp, evaluators: {ana: {judgments: {price: {support: 2, uptime: 4}}}, "
      "ben: {judgments: {price: {support: 3, uptime: 5}}}}}"));
  EXPECT_EQ(m.weighting.aggregate, "judgments");
}

TEST(WeightingLoaderErrors, AJudgmentOutsideSaatysScale) {
  expect_error_at("{method: ahp, judgments: {price: {support: 10, uptime: 3}}}", "10",
                      "Saaty's scale runs from 1/9 to 9, found \"10\"");
  expect_error_at("{method: ahp, judgments: {price: {support: 1/10, uptime: 3}}}", "1/10",
                      "Saaty's scale runs from 1/9 to 9, found \"1/10\"");
  expect_error_at("{method: ahp, judgments: {price: {support: 0, uptime: 3}}}", "0,",
                      "Saaty's scale runs from 1/9 to 9");
}

TEST(WeightingLoaderErrors, AJudgmentThatIsNotANumber) {
  expect_error_at("{method: ahp, judgments: {price: {support: lots, uptime: 3}}}", "lots",
                      "expected a number such as 3 or 1/3, found \"lots\"");
}

TEST(WeightingLoaderErrors, JudgmentsThatDoNotLinkEveryChildNameTheUnlinked) {
  // price–support judged, uptime never: it is the one named.
  expect_error_at("{method: ahp, judgments: {price: {support: 3}}}", "{price",
                      "the judgments do not link uptime to price");
  expect_error_at("{method: ahp, matrix: [[1, ~, ~], [~, 1, 2], [~, ~, 1]]}", "[[",
                      "the judgments do not link support, uptime to price");
}

TEST(WeightingLoaderErrors, AnEvaluatorWhoseJudgmentsDoNotLinkIsNamed) {
  const Loaded l = load(three_leaves(
      "{method: ahp, evaluators: {ana: {judgments: {price: {support: 2, uptime: 4}}}, "
      "ben: {judgments: {support: {uptime: 3}}}}}"));
  ASSERT_EQ(l.diagnostics.error_count(), 1u) << listing(l.diagnostics);
  EXPECT_THAT(l.diagnostics.items().front().message,
              HasSubstr("evaluator \"ben\": the judgments do not link support, uptime to price"));
}

TEST(WeightingLoaderErrors, MoreThanFifteenChildren) {
  std::string yaml = "title: T\ncriteria:\n  - id: g\n    name: G\n"
                     "    weighting: {method: ahp, judgments: {c1: {c2: 1}}}\n    children:\n";
  for (int k = 1; k <= 16; ++k) yaml += "      - {id: c" + std::to_string(k) + ", name: C" + std::to_string(k) + "}\n";
  const Loaded l = load(yaml);
  const Diagnostic* d = testing::find_diagnostic(l.diagnostics, "AHP compares at most 15 criteria");
  ASSERT_NE(d, nullptr) << listing(l.diagnostics);
  EXPECT_EQ(d->where.line, 5);
  EXPECT_EQ(d->where.column, 16);
  EXPECT_THAT(d->message, HasSubstr("group 'g' has 16"));
}

TEST(WeightingLoaderErrors, AhpNamedAloneNeedsItsJudgments) {
  expect_error_at("ahp", "ahp", "weighting: ahp needs pairwise judgments");
}

TEST(WeightingLoaderErrors, AnUnknownMethodSuggestsTheNearest) {
  expect_error_at("entropi", "entropi", "unknown weighting method \"entropi\"");
  const Loaded l = load(three_leaves("{method: entropi}"));
  ASSERT_EQ(l.diagnostics.error_count(), 1u) << listing(l.diagnostics);
  EXPECT_THAT(l.diagnostics.items().front().message, HasSubstr("entropy"));
  EXPECT_EQ(l.diagnostics.items().front().where.column, 21);
}

TEST(WeightingLoaderErrors, AhpTakesOneSourceOfJudgments) {
  expect_error_at("{method: ahp}", "{", "give the judgments as matrix, judgments or evaluators");
  expect_error_at("{method: ahp, judgments: {price: {support: 3, uptime: 3}}, matrix: [[1]]}", "{",
                      "give only one of matrix, judgments and evaluators");
}

TEST(WeightingLoaderErrors, AggregateOnlyForEvaluators) {
  expect_error_at("{method: ahp, aggregate: priorities, judgments: {price: {support: 3, uptime: 3}}}", "priorities",
                  "aggregate: applies to several evaluators");
}

TEST(WeightingLoaderErrors, AMatrixOfTheWrongShape) {
  expect_error_at("{method: ahp, matrix: [[1, 3], [1/3, 1]]}", "[[", "matrix: expected 3 × 3");
  expect_error_at("{method: ahp, matrix: [[1, 3, 5], [~, 1], [~, ~, 1]]}", "[~, 1]",
                      "matrix row 2 (support): expected 3 judgments, found 2");
}

TEST(WeightingLoaderErrors, TheDiagonalHoldsOne) {
  expect_error_at("{method: ahp, matrix: [[1, 3, 5], [~, 2, 2], [~, ~, 1]]}", "2, 2",
                      "the diagonal holds 1, found \"2\"");
}

TEST(WeightingLoaderErrors, AJudgmentOfAnUnknownChild) {
  expect_error_at("{method: ahp, judgments: {price: {suport: 3, uptime: 3}}}", "suport",
                      "\"suport\" is not a child of the top-level criteria");
}

TEST(WeightingLoaderErrors, AnUnknownAggregateOrPriorityMethod) {
  expect_error_at("{method: ahp, priorities: geometric, judgments: {price: {support: 3, uptime: 3}}}", "geometric",
                  "priorities: expected eigenvector or geometric-mean, found \"geometric\"");
  expect_error_at("{method: ahp, aggregate: mean, evaluators: {ana: {judgments: {price: {support: 3, uptime: 3}}}}}",
                  "mean", "aggregate: expected judgments or priorities, found \"mean\"");
}

// ---- rank order ------------------------------------------------------------

std::string four_leaves(const std::string& weighting) {
  return "title: T\n"
         "weighting: " + weighting + "\n"
         "criteria:\n"
         "  - {id: price, name: Price}\n"
         "  - {id: support, name: Support}\n"
         "  - {id: uptime, name: Uptime}\n"
         "  - {id: refund, name: Refund}\n";
}

TEST(WeightingLoader, RankOrderWithATie) {
  for (const std::string method : {"roc", "rank-sum", "reciprocal"}) {
    SCOPED_TRACE(method);
    const CriteriaModel m =
        load_clean(four_leaves("{method: " + method + ", order: [support, [price, uptime], refund]}"));
    EXPECT_EQ(m.weighting.method, method);
    // Competition ranks, in the children's order (price, support, uptime, refund).
    EXPECT_EQ(m.weighting.ranks, (std::vector<int>{2, 1, 2, 4}));
  }
}

TEST(WeightingLoaderErrors, RankOrderMustListEveryChildOnce) {
  expect_error_at("{method: roc, order: [support, price, uptime]}", "[support",
                  "order: every child of the top-level criteria needs a place; missing refund", true);
  const std::string twice_listed = "{method: roc, order: [support, price, [uptime, price], refund]}";
  const Loaded twice = load(four_leaves(twice_listed));
  const Diagnostic* d = testing::find_diagnostic(twice.diagnostics, "\"price\" is listed twice");
  ASSERT_NE(d, nullptr) << listing(twice.diagnostics);
  EXPECT_EQ(d->where.line, 2);
  EXPECT_EQ(d->where.column, column_of(twice_listed, "price]"));  // the second mention
  expect_error_at("{method: roc, order: [support, price, uptime, refund, extra]}", "extra",
                  "\"extra\" is not a child of the top-level criteria", true);
  expect_error_at("roc", "roc", "weighting: roc needs an importance order", true);
}

// ---- points ----------------------------------------------------------------

TEST(WeightingLoader, SwingAndSmartPoints) {
  const CriteriaModel swing = load_clean(three_leaves("{method: swing, points: {price: 100, support: 60, uptime: 0}}"));
  EXPECT_EQ(swing.weighting.method, "swing");
  EXPECT_EQ(swing.weighting.points, (std::vector<double>{100, 60, 0}));
  const CriteriaModel smart = load_clean(three_leaves("{method: smart, points: {uptime: 30, price: 10, support: 20}}"));
  EXPECT_EQ(smart.weighting.points, (std::vector<double>{10, 20, 30}));  // in the children's order
}

TEST(WeightingLoaderErrors, SwingPointsTopAtOneHundred) {
  expect_error_at("{method: swing, points: {price: 80, support: 60, uptime: 10}}", "{price",
                      "points (swing): the most important swing gets 100");
  const std::string negative = "{method: swing, points: {price: 100, support: -5, uptime: 10}}";
  const Loaded l = load(three_leaves(negative));
  const Diagnostic* d = testing::find_diagnostic(l.diagnostics, "points: must not be negative, found -5");
  ASSERT_NE(d, nullptr) << listing(l.diagnostics);
  EXPECT_EQ(d->where.line, 2);
  EXPECT_EQ(d->where.column, column_of(negative, "-5"));
}

TEST(WeightingLoaderErrors, SmartPointsArePositive) {
  expect_error_at("{method: smart, points: {price: 10, support: 0, uptime: 30}}", "{price",
                      "points (smart): every criterion gets positive points");
}

TEST(WeightingLoaderErrors, EveryChildNeedsPoints) {
  expect_error_at("{method: swing, points: {price: 100, uptime: 30}}", "{price",
                      "points: every child of the top-level criteria needs a place; missing support");
}

// ---- how weighting meets the rest of the file ----------------------------

TEST(WeightingLoaderErrors, DataDerivedMethodsWeighLeavesOnly) {
  expect_single_error(
      "title: T\n"
      "weighting: entropy\n"
      "criteria:\n"
      "  - {id: a, name: A}\n"
      "  - id: g\n"
      "    name: G\n"
      "    children:\n"
      "      - {id: b, name: B}\n",
      2, 12, "weighting: entropy weighs leaf criteria from the providers' data, but \"g\" in the top-level criteria is a group");
}

TEST(WeightingLoaderWarnings, AChildsWeightUnderANonDirectGroupIsIgnored) {
  expect_single(
      "title: T\n"
      "weighting: equal\n"
      "criteria:\n"
      "  - {id: a, name: A, weight: 5}\n"
      "  - {id: b, name: B}\n",
      Severity::warning, 4, 30, "weight: ignored, because the top-level criteria derives its weights by equal");
}

TEST(WeightingLoaderErrors, AProfileCannotSetAWeightThatADerivedGroupGives) {
  expect_single_error(
      "title: T\n"
      "criteria:\n"
      "  - {id: a, name: A, weight: 2}\n"
      "  - id: g\n"
      "    name: G\n"
      "    weighting: {method: roc, order: [b, c]}\n"
      "    children:\n"
      "      - {id: b, name: B}\n"
      "      - {id: c, name: C}\n"
      "profiles:\n"
      "  cheap:\n"
      "    weights: {a: 1, c: 4}\n",
      12, 21, "profile 'cheap': the weight of \"c\" comes from roc in its group, so a profile cannot set it");
}

TEST(WeightingLoader, AProfileMaySetTheWeightOfADerivedGroupItself) {
  const CriteriaModel m = load_clean(
      "title: T\n"
      "criteria:\n"
      "  - {id: a, name: A, weight: 2}\n"
      "  - id: g\n"
      "    name: G\n"
      "    weighting: {method: roc, order: [b, c]}\n"
      "    children:\n"
      "      - {id: b, name: B}\n"
      "      - {id: c, name: C}\n"
      "profiles:\n"
      "  cheap:\n"
      "    weights: {a: 1, g: 4}\n");
  ASSERT_EQ(m.profiles.size(), 1u);
}

// ---- derive_weights ----------------------------------------------------------

const WeightNode& child(const WeightNode& node, const std::string& id) {
  for (const auto& c : node.children)
    if (c.id == id) return c;
  ADD_FAILURE() << "no child " << id;
  return node;
}

TEST(DeriveWeights, DirectWeightsAndAProfile) {
  const CriteriaModel m = load_clean(
      "title: T\n"
      "criteria:\n"
      "  - {id: a, name: A, weight: 3}\n"
      "  - {id: b, name: B, weight: 1}\n"
      "profiles:\n"
      "  even:\n"
      "    weights: {b: 3}\n");
  const WeightTree plain = derive_weights(m, nullptr);
  EXPECT_EQ(plain.root.method, "direct");
  EXPECT_DOUBLE_EQ(child(plain.root, "a").local, 0.75);
  EXPECT_DOUBLE_EQ(child(plain.root, "b").global, 0.25);
  EXPECT_EQ(testing::english(*child(plain.root, "a").basis), "weight 3");
  EXPECT_FALSE(plain.uses_data);
  const WeightTree even = derive_weights(m, m.find_profile("even"));
  EXPECT_EQ(even.profile, "even");
  EXPECT_DOUBLE_EQ(child(even.root, "a").global, 0.5);
  EXPECT_DOUBLE_EQ(child(even.root, "b").global, 0.5);
  EXPECT_EQ(testing::english(*child(even.root, "b").basis), "weight 3 (profile)");
}

TEST(DeriveWeights, DirectWeightsSummingToZeroAreAnError) {
  const Loaded zero = load("title: T\ncriteria:\n  - {id: a, name: A, weight: 0}\n  - {id: b, name: B, weight: 0}\n");
  EXPECT_NE(testing::find_diagnostic(zero.diagnostics, "sum to zero"), nullptr) << listing(zero.diagnostics);
  const Diagnostic d = expect_error([&] { derive_weights(zero.model, nullptr); });
  EXPECT_THAT(d.message, HasSubstr("the weights of the top-level criteria sum to zero"));
  const CriteriaModel m = load_clean(
      "title: T\ncriteria:\n  - {id: a, name: A, weight: 1}\n  - {id: b, name: B, weight: 0}\n"
      "profiles:\n  none:\n    weights: {a: 0}\n");
  const Diagnostic with_profile = expect_error([&] { derive_weights(m, m.find_profile("none")); });
  EXPECT_THAT(with_profile.message, HasSubstr("sum to zero with this profile"));
}

TEST(DeriveWeights, EqualIgnoresTheGivenWeights) {
  Loaded l = load(
      "title: T\nweighting: equal\ncriteria:\n  - {id: a, name: A, weight: 9}\n  - {id: b, name: B}\n"
      "  - {id: c, name: C}\n");
  const WeightTree t = derive_weights(l.model, nullptr);
  for (const auto& c : t.root.children) {
    EXPECT_DOUBLE_EQ(c.local, 1.0 / 3);
    EXPECT_EQ(testing::english(*c.basis), "equal");
  }
}

TEST(DeriveWeights, AhpUnderADirectGroupMultipliesDownThePath) {
  // x is 3 times as important as y: a consistent 2×2 matrix, priorities 3/4 and 1/4.
  const CriteriaModel m = load_clean(
      "title: T\n"
      "criteria:\n"
      "  - id: g\n"
      "    name: G\n"
      "    weight: 3\n"
      "    weighting: {method: ahp, judgments: {x: {y: 3}}}\n"
      "    children:\n"
      "      - {id: x, name: X}\n"
      "      - {id: y, name: Y}\n"
      "  - {id: h, name: H, weight: 1}\n");
  const WeightTree t = derive_weights(m, nullptr);
  const WeightNode& g = child(t.root, "g");
  EXPECT_DOUBLE_EQ(g.global, 0.75);
  EXPECT_EQ(g.method, "ahp");
  ASSERT_TRUE(g.ahp.has_value());
  EXPECT_EQ(g.ahp->priorities, "eigenvector");
  EXPECT_NEAR(g.ahp->cr, 0, 1e-12);
  EXPECT_TRUE(g.ahp->acceptable);
  EXPECT_EQ(g.ahp->judgments, 1u);
  EXPECT_EQ(g.ahp->missing, 0u);
  EXPECT_NEAR(child(g, "x").local, 0.75, 1e-12);
  EXPECT_NEAR(child(g, "x").global, 0.75 * 0.75, 1e-12);
  EXPECT_NEAR(child(g, "y").global, 0.75 * 0.25, 1e-12);
  EXPECT_EQ(testing::english(*child(g, "x").basis), "AHP priority");
  EXPECT_DOUBLE_EQ(child(t.root, "h").global, 0.25);
  const std::vector<double> leaves = leaf_weights(t);
  ASSERT_EQ(leaves.size(), 3u);
  EXPECT_NEAR(std::accumulate(leaves.begin(), leaves.end(), 0.0), 1, 1e-12);
}

TEST(DeriveWeights, InconsistentAhpIsNotedWithAdvice) {
  // Saaty (1990), EJOR 48, Table 2, the house (tests/data/ahp/EXAMPLES.md, example 2):
  // CR printed as 0.169; Saaty (2003) Table 3 singles out neighbourhood vs condition.
  const CriteriaModel m = load_clean(
      "title: House\n"
      "weighting:\n"
      "  method: ahp\n"
      "  matrix:\n"
      "    - [1,   5,   3,   7, 6,   6,   1/3, 1/4]\n"
      "    - [1/5, 1,   1/3, 5, 3,   3,   1/5, 1/7]\n"
      "    - [1/3, 3,   1,   6, 3,   4,   6,   1/5]\n"
      "    - [1/7, 1/5, 1/6, 1, 1/3, 1/4, 1/7, 1/8]\n"
      "    - [1/6, 1/3, 1/3, 3, 1,   1/2, 1/5, 1/6]\n"
      "    - [1/6, 1/3, 1/4, 4, 2,   1,   1/5, 1/6]\n"
      "    - [3,   5,   1/6, 7, 5,   5,   1,   1/2]\n"
      "    - [4,   7,   5,   8, 6,   6,   2,   1]\n"
      "criteria:\n"
      "  - {id: size, name: Size}\n"
      "  - {id: transportation, name: Transportation}\n"
      "  - {id: neighborhood, name: Neighborhood}\n"
      "  - {id: age, name: Age}\n"
      "  - {id: yard, name: Yard}\n"
      "  - {id: facilities, name: Facilities}\n"
      "  - {id: condition, name: Condition}\n"
      "  - {id: financing, name: Financing}\n");
  const WeightTree t = derive_weights(m, nullptr);
  ASSERT_TRUE(t.root.ahp.has_value());
  EXPECT_NEAR(t.root.ahp->cr, 0.169, 0.0005);
  EXPECT_FALSE(t.root.ahp->acceptable);
  ASSERT_FALSE(t.root.ahp->advice.empty());
  const JudgmentAdvice& first = t.root.ahp->advice.front();
  EXPECT_EQ(first.more, "neighborhood");
  EXPECT_EQ(first.less, "condition");
  EXPECT_EQ(first.given, 6);
  EXPECT_THAT(testing::english(first.sentence), HasSubstr("you said neighborhood vs condition = 6"));
  ASSERT_FALSE(t.root.notes.empty());
  EXPECT_THAT(testing::english(t.root.notes.front()), HasSubstr("inconsistent (CR 0.169 > 0.1)"));
}

TEST(DeriveWeights, AnIncompleteAhpMatrixCountsItsMissingJudgments) {
  // Consistent judgments w = (4, 2, 1): price/support 2, support/uptime 2;
  // price/uptime missing. The completion must give back (4, 2, 1)/7.
  const CriteriaModel m = load_clean(three_leaves("{method: ahp, judgments: {price: {support: 2}, support: {uptime: 2}}}"));
  for (const std::string priorities : {"eigenvector", "geometric-mean"}) {
    SCOPED_TRACE(priorities);
    CriteriaModel copy = m;
    copy.weighting.priorities = priorities;
    const WeightTree t = derive_weights(copy, nullptr);
    ASSERT_TRUE(t.root.ahp.has_value());
    EXPECT_EQ(t.root.ahp->missing, 1u);
    EXPECT_EQ(t.root.ahp->judgments, 2u);
    EXPECT_NEAR(child(t.root, "price").local, 4.0 / 7, 1e-9);
    EXPECT_NEAR(child(t.root, "support").local, 2.0 / 7, 1e-9);
    EXPECT_NEAR(child(t.root, "uptime").local, 1.0 / 7, 1e-9);
  }
}

TEST(DeriveWeights, RankWeightsWithATie) {
  // ROC for n = 4 (Barron & Barrett 1996: w_k = (1/n) Σ_{i=k..n} 1/i):
  // 25/48, 13/48, 7/48, 3/48. price and uptime share places 2 and 3: 10/48 each.
  const CriteriaModel m = load_clean(four_leaves("{method: roc, order: [support, [price, uptime], refund]}"));
  const WeightTree t = derive_weights(m, nullptr);
  EXPECT_EQ(t.root.method, "roc");
  EXPECT_NEAR(child(t.root, "support").local, 25.0 / 48, 1e-12);
  EXPECT_NEAR(child(t.root, "price").local, 10.0 / 48, 1e-12);
  EXPECT_NEAR(child(t.root, "uptime").local, 10.0 / 48, 1e-12);
  EXPECT_NEAR(child(t.root, "refund").local, 3.0 / 48, 1e-12);
  EXPECT_EQ(testing::english(*child(t.root, "price").basis), "rank 2 (roc)");
  // Rank sum, w ∝ n + 1 − rank: 4, (3 + 2)/2, (3 + 2)/2, 1 over 10.
  const WeightTree rs = derive_weights(load_clean(four_leaves("{method: rank-sum, order: [support, [price, uptime], refund]}")), nullptr);
  EXPECT_NEAR(child(rs.root, "support").local, 0.4, 1e-12);
  EXPECT_NEAR(child(rs.root, "price").local, 0.25, 1e-12);
  EXPECT_NEAR(child(rs.root, "refund").local, 0.1, 1e-12);
}

TEST(DeriveWeights, SwingAndSmartPointsAreNormalised) {
  const WeightTree swing =
      derive_weights(load_clean(three_leaves("{method: swing, points: {price: 100, support: 60, uptime: 40}}")), nullptr);
  EXPECT_NEAR(child(swing.root, "price").local, 0.5, 1e-12);
  EXPECT_NEAR(child(swing.root, "support").local, 0.3, 1e-12);
  EXPECT_NEAR(child(swing.root, "uptime").local, 0.2, 1e-12);
  EXPECT_EQ(testing::english(*child(swing.root, "support").basis), "60 points (swing)");
  const WeightTree smart =
      derive_weights(load_clean(three_leaves("{method: smart, points: {price: 10, support: 20, uptime: 30}}")), nullptr);
  EXPECT_NEAR(child(smart.root, "price").local, 1.0 / 6, 1e-12);
  EXPECT_NEAR(child(smart.root, "support").local, 1.0 / 3, 1e-12);
  EXPECT_NEAR(child(smart.root, "uptime").local, 0.5, 1e-12);
}

// An entropy group between a direct group (two leaves) and a last leaf, so
// that its leaves are columns 2..5 of the data, in flatten() order.
const char* const k_entropy_in_the_middle =
    "title: T\n"
    "criteria:\n"
    "  - id: first\n"
    "    name: First\n"
    "    children:\n"
    "      - {id: p, name: P}\n"
    "      - {id: q, name: Q}\n"
    "  - id: data\n"
    "    name: Data\n"
    "    weighting: entropy\n"
    "    children:\n"
    "      - {id: c1, name: C1}\n"
    "      - {id: c2, name: C2}\n"
    "      - {id: c3, name: C3}\n"
    "      - {id: c4, name: C4}\n"
    "  - {id: last, name: Last}\n";

TEST(DeriveWeights, DataDerivedWeightsWaitForData) {
  const CriteriaModel m = load_clean(k_entropy_in_the_middle);
  const WeightTree t = derive_weights(m, nullptr);
  EXPECT_TRUE(t.uses_data);
  EXPECT_TRUE(t.waits_for_data);
  const WeightNode& data = child(t.root, "data");
  EXPECT_EQ(data.method, "entropy");
  ASSERT_EQ(data.children.size(), 4u);
  for (const auto& c : data.children) {
    EXPECT_TRUE(std::isnan(c.local));
    EXPECT_TRUE(std::isnan(c.global));
    EXPECT_EQ(testing::english(*c.basis), "entropy of the data");
  }
  ASSERT_FALSE(data.notes.empty());
  EXPECT_THAT(testing::english(data.notes.front()), HasSubstr("entropy weights describe how the providers' data varies"));
  EXPECT_DOUBLE_EQ(child(child(t.root, "first"), "p").global, 1.0 / 6);  // the rest are known
  const WeightReport report = weigh_model(m, nullptr);
  ASSERT_EQ(report.warnings.size(), 1u);
  EXPECT_THAT(testing::english(report.warnings.front()), HasSubstr("give providers files"));
}

TEST(DeriveWeights, AnObjectiveGroupTakesItsOwnColumnsOfTheData) {
  // Xu (2004), EJOR 156(2), as pyrepo-mcda Test_Entropy.test_Entropy reproduces it
  // (tests/data/weights/EXAMPLES.md, example 4): entropy weights 0.4630, 0.3992,
  // 0.1378, 0.0000. The data sits in columns 2..5; columns 0, 1 and 6 belong to
  // the other leaves and hold numbers that would give other weights.
  const double xu[4][4] = {{30, 30, 38, 29}, {19, 54, 86, 29}, {19, 15, 85, 28.9}, {68, 70, 60, 29}};
  Eigen::MatrixXd values(4, 7);
  for (int r = 0; r < 4; ++r) {
    values(r, 0) = 1 + r;
    values(r, 1) = 10 * (r % 2) + 1;
    for (int c = 0; c < 4; ++c) values(r, 2 + c) = xu[r][c];
    values(r, 6) = 100 - r;
  }
  const std::vector<Direction> directions(7, Direction::benefit);
  const WeightData data{values, directions};
  const WeightTree t = derive_weights(load_clean(k_entropy_in_the_middle), nullptr, &data);
  EXPECT_TRUE(t.uses_data);
  EXPECT_FALSE(t.waits_for_data);
  const WeightNode& group = child(t.root, "data");
  const double printed[4] = {0.4630, 0.3992, 0.1378, 0.0000};
  ASSERT_EQ(group.children.size(), 4u);
  for (std::size_t k = 0; k < 4; ++k) {
    EXPECT_NEAR(group.children[k].local, printed[k], 0.00005) << group.children[k].id;
    EXPECT_NEAR(group.children[k].global, printed[k] / 3, 0.00005 / 3) << group.children[k].id;
  }
  // The leaves in flatten() order: p, q, c1..c4, last.
  const std::vector<double> leaves = leaf_weights(t);
  ASSERT_EQ(leaves.size(), 7u);
  EXPECT_DOUBLE_EQ(leaves[0], 1.0 / 6);
  EXPECT_NEAR(leaves[2], printed[0] / 3, 0.00005 / 3);
  EXPECT_DOUBLE_EQ(leaves[6], 1.0 / 3);
  EXPECT_NEAR(std::accumulate(leaves.begin(), leaves.end(), 0.0), 1, 1e-12);
}

TEST(DeriveWeights, DataAnObjectiveMethodCannotUseNamesTheGroup) {
  Eigen::MatrixXd values(3, 7);
  values.setConstant(1);
  values(0, 3) = -2;  // c2 negative: entropy cannot use it
  values(1, 2) = 4;
  const std::vector<Direction> directions(7, Direction::benefit);
  const WeightData data{values, directions};
  const CriteriaModel m = load_clean(k_entropy_in_the_middle);
  const Diagnostic d = expect_error([&] { derive_weights(m, nullptr, &data); });
  EXPECT_THAT(d.message, HasSubstr("weighting of group 'data' (entropy)"));
  EXPECT_THAT(d.message, HasSubstr("c2"));
  EXPECT_EQ(d.where.line, 10);
}

// ---- panels ------------------------------------------------------------------

// Three evaluators, each inconsistent in their own way, judging four
// children, so that aggregating judgments (AIJ) and aggregating priorities
// (AIP) give different answers (for three children the eigenvector is the row
// geometric mean, and the two aggregations always agree).
std::string panel(const std::string& aggregate) {
  return four_leaves(
      "{method: ahp, aggregate: " + aggregate + ", evaluators: {"
      "ana: {matrix: [[1, 3, 1/5, 7], [~, 1, 9, 1/3], [~, ~, 1, 5], [~, ~, ~, 1]]}, "
      "ben: {matrix: [[1, 1/2, 4, 1], [~, 1, 1/7, 6], [~, ~, 1, 1/3], [~, ~, ~, 1]]}, "
      "cara: {matrix: [[1, 9, 9, 1/9], [~, 1, 1/8, 2], [~, ~, 1, 1/4], [~, ~, ~, 1]]}}}");
}

Eigen::MatrixXd matrix_of(const PairwiseJudgments& j) {
  Eigen::MatrixXd m(4, 4);
  for (int r = 0; r < 4; ++r)
    for (int c = 0; c < 4; ++c) m(r, c) = j.matrix[static_cast<std::size_t>(r * 4 + c)];
  return m;
}

TEST(DeriveWeights, PanelAggregatesJudgmentsOrPriorities) {
  const CriteriaModel aij_model = load_clean(panel("judgments"));
  const CriteriaModel aip_model = load_clean(panel("priorities"));
  std::vector<Eigen::MatrixXd> matrices;
  std::vector<Eigen::VectorXd> each;
  for (const auto& j : aij_model.weighting.judgments) {
    matrices.push_back(matrix_of(j));
    each.push_back(analyse_ahp(matrices.back(), AhpPriorityMethod::eigenvector).priorities);
  }
  const Eigen::VectorXd aij = analyse_ahp(aggregate_judgments(matrices), AhpPriorityMethod::eigenvector).priorities;
  const Eigen::VectorXd aip = aggregate_priorities(each);
  ASSERT_GT((aij - aip).cwiseAbs().maxCoeff(), 1e-3) << "the panel must tell AIJ from AIP";

  const WeightTree by_judgments = derive_weights(aij_model, nullptr);
  const WeightTree by_priorities = derive_weights(aip_model, nullptr);
  for (int k = 0; k < 4; ++k) {
    EXPECT_NEAR(by_judgments.root.children[static_cast<std::size_t>(k)].local, aij(k), 1e-12);
    EXPECT_NEAR(by_priorities.root.children[static_cast<std::size_t>(k)].local, aip(k), 1e-12);
  }
  ASSERT_TRUE(by_judgments.root.ahp.has_value());
  EXPECT_EQ(by_judgments.root.ahp->aggregate, "judgments");
  EXPECT_EQ(by_priorities.root.ahp->aggregate, "priorities");
  const auto& evaluators = by_priorities.root.ahp->evaluators;
  ASSERT_EQ(evaluators.size(), 3u);
  EXPECT_EQ(evaluators[2].evaluator, "cara");
  for (int k = 0; k < 4; ++k) EXPECT_NEAR(evaluators[1].priorities[static_cast<std::size_t>(k)], each[1](k), 1e-12);
  EXPECT_NEAR(evaluators[0].cr, analyse_ahp(matrices[0], AhpPriorityMethod::eigenvector).cr, 1e-12);
  // The consistency figures are those of the aggregated judgments either way.
  EXPECT_NEAR(by_priorities.root.ahp->cr, analyse_ahp(aggregate_judgments(matrices), AhpPriorityMethod::eigenvector).cr, 1e-12);
}

// A model whose top-level a, b, c are judged by consistent evaluators, each
// given as the weights their judgments imply (a/b, a/c and b/c on Saaty's scale).
std::string consistent_panel(const std::vector<std::pair<std::string, std::string>>& evaluators) {
  std::string yaml = "title: T\nweighting:\n  method: ahp\n  evaluators:\n";
  for (const auto& [name, judgments] : evaluators) yaml += "    " + name + ": {judgments: " + judgments + "}\n";
  return yaml + "criteria:\n  - {id: a, name: A}\n  - {id: b, name: B}\n  - {id: c, name: C}\n";
}

const PriorityDisagreement& disagreement_on(const WeightTree& t, const std::string& id) {
  for (const auto& d : t.root.disagreement)
    if (d.criterion == id) return d;
  ADD_FAILURE() << "no disagreement entry for " << id;
  return t.root.disagreement.front();
}

TEST(DeriveWeights, PanelDisagreementSpreadAndRange) {
  // Consistent judgments give back the weights exactly: ana (6, 3, 1)/10,
  // ben (5, 3, 2)/10, cara (1, 3, 6)/10.
  const WeightTree t = derive_weights(load_clean(consistent_panel({
                                          {"ana", "{a: {b: 2, c: 6}, b: {c: 3}}"},
                                          {"ben", "{a: {b: 5/3, c: 5/2}, b: {c: 3/2}}"},
                                          {"cara", "{a: {b: 1/3, c: 1/6}, b: {c: 1/2}}"},
                                      })),
                                      nullptr);
  ASSERT_EQ(t.root.disagreement.size(), 3u);
  const PriorityDisagreement& a = disagreement_on(t, "a");
  EXPECT_NEAR(a.low, 0.1, 1e-9);
  EXPECT_NEAR(a.high, 0.6, 1e-9);
  // Population standard deviation of 0.6, 0.5, 0.1: sqrt(0.14 / 3).
  EXPECT_NEAR(a.spread, std::sqrt(0.14 / 3), 1e-9);
  const PriorityDisagreement& b = disagreement_on(t, "b");
  EXPECT_NEAR(b.spread, 0, 1e-9);
  EXPECT_EQ(b.outlier, "");  // all agree
  // On a, cara is 0.45 from the others' median (0.55), ana 0.30 from hers
  // (0.35), ben 0.15 from his (0.35): cara is farthest, alone and at least
  // 0.1 away, so she is named.
  EXPECT_EQ(a.outlier, "cara");
}

TEST(DeriveWeights, PanelOutlierIsNamedWhenClearlyApart) {
  // Four evaluators: ana (6, 3, 1)/10, ben (5, 3, 2)/10, dan (6, 3, 1)/10,
  // cara (1, 3, 6)/10. On a, cara is 0.5 from the others' median (0.6);
  // the next farthest, ben, 0.1 from his (0.6): named. On c likewise.
  const WeightTree t = derive_weights(load_clean(consistent_panel({
                                          {"ana", "{a: {b: 2, c: 6}, b: {c: 3}}"},
                                          {"ben", "{a: {b: 5/3, c: 5/2}, b: {c: 3/2}}"},
                                          {"cara", "{a: {b: 1/3, c: 1/6}, b: {c: 1/2}}"},
                                          {"dan", "{a: {b: 2, c: 6}, b: {c: 3}}"},
                                      })),
                                      nullptr);
  EXPECT_EQ(disagreement_on(t, "a").outlier, "cara");
  EXPECT_EQ(disagreement_on(t, "c").outlier, "cara");
  EXPECT_EQ(disagreement_on(t, "b").outlier, "");
}

TEST(DeriveWeights, PanelOutlierMustBeATenthAway) {
  // ana, ben, dan (4, 3, 3)/10 and cara (7, 6, 7)/20: on a and c cara is the
  // only one away from the others' median, but only 0.05 away.
  const WeightTree t = derive_weights(load_clean(consistent_panel({
                                          {"ana", "{a: {b: 4/3, c: 4/3}, b: {c: 1}}"},
                                          {"ben", "{a: {b: 4/3, c: 4/3}, b: {c: 1}}"},
                                          {"cara", "{a: {b: 7/6, c: 1}, b: {c: 6/7}}"},
                                          {"dan", "{a: {b: 4/3, c: 4/3}, b: {c: 1}}"},
                                      })),
                                      nullptr);
  for (const auto& d : t.root.disagreement) EXPECT_EQ(d.outlier, "") << d.criterion;
}

TEST(DeriveWeights, OnePersonsJudgmentsHaveNoPanelFigures) {
  const WeightTree t =
      derive_weights(load_clean(three_leaves("{method: ahp, judgments: {price: {support: 2, uptime: 4}, support: {uptime: 2}}}")),
                     nullptr);
  ASSERT_TRUE(t.root.ahp.has_value());
  EXPECT_TRUE(t.root.ahp->evaluators.empty());
  EXPECT_EQ(t.root.ahp->aggregate, "");
  EXPECT_TRUE(t.root.disagreement.empty());
}

}  // namespace
}  // namespace criterio
