// load_criteria: a criteria Document in, a CriteriaModel and every problem
// (file:line:column, with a helpful message) out. flatten: global weights.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <numeric>
#include <string>

#include "criterio/document.hpp"
#include "criterio/model.hpp"
#include "criterio/problem.hpp"
#include "unit/test_support.hpp"

namespace criterio {
namespace {

using ::testing::HasSubstr;
using testing::contains;
using testing::expect_error;
using testing::find_diagnostic;
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

// Loads `yaml`, expects exactly one error, containing `needle`, at line:column.
void expect_single_error(const std::string& yaml, int line, int column, const std::string& needle) {
  const Loaded l = load(yaml);
  ASSERT_EQ(l.diagnostics.error_count(), 1u) << listing(l.diagnostics);
  const Diagnostic& d = l.diagnostics.items().front();
  EXPECT_EQ(d.where.file, "c.yaml");
  EXPECT_EQ(d.where.line, line) << d.format();
  EXPECT_EQ(d.where.column, column) << d.format();
  EXPECT_THAT(d.message, HasSubstr(needle));
}

const char* const k_full_model = R"(title: Test model
description: Every scale type.
method: wsm
params: {normalization: minmax}
settings:
  evidence_max_age_days: 180
criteria:
  - id: policies
    name: Policies
    weight: 3
    children:
      - id: uptime
        name: Uptime
        weight: 2
        unit: "%"
        scale: {type: linear, worst: 99, best: 100, min: 0, max: 100}
        require: {min: 99.5}
        missing: exclude
        preference: {function: v-shape, p: 0.3}
      - id: response
        name: Response time
        direction: cost
        scale: {type: piecewise, points: [[1, 1], [4, 0.5], [24, 0]]}
  - id: service
    name: Service
    children:
      - id: tiers
        name: Support tiers
        scale: {type: step, points: [[0, 0], [2, 0.5], [5, 1]]}
      - id: courtesy
        name: Courtesy
        scale: {type: likert, points: 5, labels: [awful, poor, fair, good, great]}
        require: {min: 3}
      - id: handover
        name: Credential hand-over
        scale: {type: boolean}
        require: {equals: true}
      - id: breach
        name: Data breach
        direction: cost
        scale: {type: boolean}
      - id: channels
        name: Support channels
        scale: {type: levels, levels: {email: 0.2, chat: 0.6, phone: 1}}
        require: {one_of: [chat, phone]}
      - id: reviews
        name: Reviews
        scale: {type: reviews, min: 0, max: 10, prior: {mean: 7, strength: 20}, half_life_days: 180}
      - id: price
        name: Price
        direction: min
        missing: mean
profiles:
  small-business:
    description: Service first.
    weights: {policies: 1, service: 3, price: 5}
)";

TEST(CriteriaLoader, LoadsEveryScaleType) {
  const Loaded l = load(k_full_model);
  ASSERT_FALSE(l.diagnostics.has_errors()) << listing(l.diagnostics);
  const CriteriaModel& m = l.model;
  EXPECT_EQ(m.source, "c.yaml");
  EXPECT_EQ(m.title, "Test model");
  EXPECT_EQ(m.description, "Every scale type.");
  EXPECT_EQ(m.method, "wsm");
  EXPECT_EQ(m.params.at("normalization"), "minmax");
  EXPECT_EQ(m.evidence_max_age_days, 180);
  ASSERT_EQ(m.criteria.size(), 2u);

  const CriterionNode& policies = m.criteria[0];
  EXPECT_EQ(policies.id, "policies");
  EXPECT_FALSE(policies.is_leaf());
  EXPECT_EQ(policies.weight, 3);
  EXPECT_EQ(policies.where.line, 8);
  ASSERT_EQ(policies.children.size(), 2u);

  const CriterionNode& uptime = policies.children[0];
  EXPECT_TRUE(uptime.is_leaf());
  EXPECT_EQ(uptime.unit, "%");
  EXPECT_EQ(uptime.scale.type, ScaleType::linear);
  EXPECT_EQ(uptime.scale.worst, 99);
  EXPECT_EQ(uptime.scale.best, 100);
  EXPECT_EQ(uptime.scale.min, 0.0);
  EXPECT_EQ(uptime.scale.max, 100.0);
  EXPECT_EQ(uptime.direction, Direction::benefit);
  EXPECT_EQ(uptime.require.min, 99.5);
  EXPECT_EQ(uptime.missing, MissingPolicy::exclude);
  ASSERT_TRUE(uptime.preference.has_value());
  EXPECT_EQ(uptime.preference->function, "v-shape");
  EXPECT_EQ(uptime.preference->p, 0.3);
  EXPECT_FALSE(uptime.preference->q.has_value());
  EXPECT_EQ(uptime.where.line, 12);
  EXPECT_EQ(uptime.weight_where.line, 14);

  const CriterionNode& response = policies.children[1];
  EXPECT_EQ(response.scale.type, ScaleType::piecewise);
  EXPECT_EQ(response.direction, Direction::cost);  // its utilities fall
  ASSERT_EQ(response.scale.points.size(), 3u);
  EXPECT_EQ(response.scale.points[1], (std::pair<double, double>{4, 0.5}));
  EXPECT_EQ(response.weight, 1);  // default

  const auto& service = m.criteria[1].children;
  ASSERT_EQ(service.size(), 7u);
  EXPECT_EQ(service[0].scale.type, ScaleType::step);
  EXPECT_EQ(service[1].scale.type, ScaleType::likert);
  EXPECT_EQ(service[1].scale.likert_points, 5);
  EXPECT_EQ(service[1].scale.labels, (std::vector<std::string>{"awful", "poor", "fair", "good", "great"}));
  EXPECT_EQ(service[1].require.min, 3.0);
  EXPECT_EQ(service[2].scale.type, ScaleType::boolean);
  EXPECT_EQ(service[2].require.equals, true);
  EXPECT_EQ(service[3].direction, Direction::cost);
  EXPECT_EQ(service[4].scale.type, ScaleType::levels);
  ASSERT_EQ(service[4].scale.levels.size(), 3u);
  EXPECT_EQ(service[4].scale.levels[1], (std::pair<std::string, double>{"chat", 0.6}));
  EXPECT_EQ(service[4].require.one_of, (std::vector<std::string>{"chat", "phone"}));
  const Scale& reviews = service[5].scale;
  EXPECT_EQ(reviews.type, ScaleType::reviews);
  EXPECT_EQ(reviews.review_min, 0);
  EXPECT_EQ(reviews.review_max, 10);
  EXPECT_EQ(reviews.prior_mean, 7);
  EXPECT_EQ(reviews.prior_strength, 20);
  EXPECT_EQ(reviews.half_life_days, 180);
  EXPECT_EQ(service[6].scale.type, ScaleType::none);
  EXPECT_EQ(service[6].direction, Direction::cost);  // "min" means cost
  EXPECT_EQ(service[6].missing, MissingPolicy::mean);

  ASSERT_EQ(m.profiles.size(), 1u);
  EXPECT_EQ(m.profiles[0].name, "small-business");
  EXPECT_EQ(m.profiles[0].description, "Service first.");
  EXPECT_EQ(m.profiles[0].weights.size(), 3u);
  EXPECT_NE(m.find_profile("small-business"), nullptr);
  EXPECT_EQ(m.find_profile("nope"), nullptr);
}

TEST(CriteriaLoader, ReviewsDefaults) {
  const Loaded l = load("title: T\ncriteria:\n  - {id: r, name: R, scale: {type: reviews, min: 0, max: 10}}\n");
  ASSERT_FALSE(l.diagnostics.has_errors()) << listing(l.diagnostics);
  const Scale& s = l.model.criteria[0].scale;
  EXPECT_EQ(s.prior_mean, 5);  // midway between min and max
  EXPECT_EQ(s.prior_strength, 10);
  EXPECT_EQ(s.half_life_days, 365);
}

TEST(CriteriaLoader, DirectionSynonyms) {
  const Loaded l = load(
      "title: T\ncriteria:\n"
      "  - {id: a, name: A, direction: benefit}\n"
      "  - {id: b, name: B, direction: max}\n"
      "  - {id: c, name: C, direction: +}\n"
      "  - {id: d, name: D, direction: cost}\n"
      "  - {id: e, name: E, direction: min}\n"
      "  - {id: f, name: F, direction: \"-\"}\n"
      "  - {id: g, name: G}\n");
  ASSERT_FALSE(l.diagnostics.has_errors()) << listing(l.diagnostics);
  const auto& c = l.model.criteria;
  for (int i : {0, 1, 2, 6}) EXPECT_EQ(c[static_cast<std::size_t>(i)].direction, Direction::benefit) << i;
  for (int i : {3, 4, 5}) EXPECT_EQ(c[static_cast<std::size_t>(i)].direction, Direction::cost) << i;
}

TEST(CriteriaLoader, UnknownKeyWithDidYouMean) {
  expect_single_error(
      "title: T\n"
      "criteria:\n"
      "  - id: a\n"
      "    name: A\n"
      "    wieght: 3\n",
      5, 5, "unknown key \"wieght\"");
  const Loaded l = load("title: T\ncriteria:\n  - id: a\n    name: A\n    wieght: 3\n");
  EXPECT_THAT(l.diagnostics.items().front().message, HasSubstr("did you mean 'weight'?"));
  // At the top level too.
  expect_single_error("title: T\ncriterias: []\ncriteria:\n  - {id: a, name: A}\n", 2, 1, "did you mean 'criteria'?");
}

TEST(CriteriaLoader, LeafKeyOnAGroupIsExplained) {
  expect_single_error(
      "title: T\n"
      "criteria:\n"
      "  - id: g\n"
      "    name: G\n"
      "    direction: cost\n"
      "    children:\n"
      "      - {id: a, name: A}\n",
      5, 5, "belongs on a leaf");
}

TEST(CriteriaLoader, MissingRequiredKeys) {
  const Loaded l = load("description: no title\n");
  EXPECT_NE(find_diagnostic(l.diagnostics, "'title'"), nullptr) << listing(l.diagnostics);
  EXPECT_NE(find_diagnostic(l.diagnostics, "'criteria'"), nullptr) << listing(l.diagnostics);
  expect_single_error("title: T\ncriteria:\n  - id: a\n", 3, 5, "missing required key 'name'");
  expect_single_error("title: T\ncriteria: []\n", 2, 11, "at least one criterion");
}

TEST(CriteriaLoader, EmptyFile) {
  const Loaded l = load("");
  ASSERT_EQ(l.diagnostics.error_count(), 1u);
  EXPECT_THAT(l.diagnostics.items().front().message, HasSubstr("empty"));
}

TEST(CriteriaLoader, InvalidId) {
  expect_single_error("title: T\ncriteria:\n  - {id: Uptime SLA, name: A}\n", 3, 10, "not a valid id");
}

TEST(CriteriaLoader, DuplicateIdAtTheSecondOne) {
  expect_single_error(
      "title: T\n"
      "criteria:\n"
      "  - id: g\n"
      "    name: G\n"
      "    children:\n"
      "      - {id: price, name: Price}\n"
      "  - id: price\n"
      "    name: Price again\n",
      7, 9, "duplicate criterion id \"price\"");
}

TEST(CriteriaLoader, NegativeWeight) {
  expect_single_error("title: T\ncriteria:\n  - {id: a, name: A}\n  - {id: b, name: B, weight: -2}\n", 4, 30,
                      "must not be negative");
}

TEST(CriteriaLoader, QuotedWeightIsNotANumber) {
  expect_single_error("title: T\ncriteria:\n  - {id: a, name: A, weight: \"3\"}\n", 3, 30, "remove the quotes");
}

TEST(CriteriaLoader, SiblingWeightsSummingToZero) {
  expect_single_error(
      "title: T\n"
      "criteria:\n"
      "  - id: g\n"
      "    name: G\n"
      "    children:\n"
      "      - {id: a, name: A, weight: 0}\n"
      "      - {id: b, name: B, weight: 0}\n"
      "  - {id: c, name: C}\n",
      6, 7, "sum to zero");
}

TEST(CriteriaLoader, LinearWorstEqualsBest) {
  expect_single_error("title: T\ncriteria:\n  - {id: a, name: A, scale: {type: linear, worst: 5, best: 5}}\n", 3, 60,
                      "best must differ from worst");
}

TEST(CriteriaLoader, LinearScaleOutsideItsDomain) {
  const Loaded l =
      load("title: T\ncriteria:\n  - {id: a, name: A, scale: {type: linear, worst: 0, best: 120, max: 100}}\n");
  EXPECT_NE(find_diagnostic(l.diagnostics, "outside its own min/max"), nullptr) << listing(l.diagnostics);
}

TEST(CriteriaLoader, DirectionContradictingTheScale) {
  expect_single_error(
      "title: T\ncriteria:\n  - {id: a, name: A, direction: cost, scale: {type: linear, worst: 0, best: 10}}\n", 3, 33,
      "the scale runs the other way");
}

TEST(CriteriaLoader, PiecewisePointsMustIncrease) {
  expect_single_error(
      "title: T\n"
      "criteria:\n"
      "  - id: a\n"
      "    name: A\n"
      "    scale:\n"
      "      type: piecewise\n"
      "      points:\n"
      "        - [0, 0]\n"
      "        - [10, 0.5]\n"
      "        - [10, 1]\n",
      10, 12, "increase strictly");
}

TEST(CriteriaLoader, PointUtilityOutsideZeroOne) {
  expect_single_error(
      "title: T\n"
      "criteria:\n"
      "  - id: a\n"
      "    name: A\n"
      "    scale:\n"
      "      type: step\n"
      "      points: [[0, 0], [5, 1.5]]\n",
      7, 28, "between 0 and 1");
}

TEST(CriteriaLoader, PiecewiseNeedsTwoPoints) {
  expect_single_error("title: T\ncriteria:\n  - {id: a, name: A, scale: {type: piecewise, points: [[0, 0]]}}\n", 3, 55,
                      "at least two points");
}

TEST(CriteriaLoader, LikertLabelsMustMatchPoints) {
  expect_single_error(
      "title: T\n"
      "criteria:\n"
      "  - id: a\n"
      "    name: A\n"
      "    scale: {type: likert, points: 5, labels: [bad, ok, good]}\n",
      5, 46, "one label per point (5)");
  expect_single_error("title: T\ncriteria:\n  - {id: a, name: A, scale: {type: likert, points: 12}}\n", 3, 52,
                      "from 2 to 11");
}

TEST(CriteriaLoader, LevelsMustBeAMappingOfUtilities) {
  expect_single_error(
      "title: T\n"
      "criteria:\n"
      "  - id: a\n"
      "    name: A\n"
      "    scale:\n"
      "      type: levels\n"
      "      levels: {email: 0.2, phone: 2}\n",
      7, 35, "between 0 and 1");
  expect_single_error("title: T\ncriteria:\n  - {id: a, name: A, scale: {type: levels, levels: [a, b]}}\n", 3, 52,
                      "mapping of label: utility");
}

TEST(CriteriaLoader, ReviewsPriorOutsideTheRange) {
  expect_single_error(
      "title: T\n"
      "criteria:\n"
      "  - id: r\n"
      "    name: R\n"
      "    scale: {type: reviews, min: 1, max: 5, prior: {mean: 6, strength: 10}}\n",
      5, 58, "prior mean must lie between");
  expect_single_error(
      "title: T\ncriteria:\n  - {id: r, name: R, scale: {type: reviews, prior: {mean: 3, strength: -1}}}\n", 3, 72,
      "must not be negative");
  expect_single_error("title: T\ncriteria:\n  - {id: r, name: R, scale: {type: reviews, min: 5, max: 1}}\n", 3, 29,
                      "min < max");
}

TEST(CriteriaLoader, UnknownScaleType) {
  const Loaded l = load("title: T\ncriteria:\n  - {id: a, name: A, scale: {type: linaer, worst: 0, best: 1}}\n");
  const Diagnostic* d = find_diagnostic(l.diagnostics, "unknown scale type");
  ASSERT_NE(d, nullptr) << listing(l.diagnostics);
  EXPECT_EQ(d->where.line, 3);
  EXPECT_EQ(d->where.column, 36);
  EXPECT_THAT(d->message, HasSubstr("did you mean 'linear'?"));
}

TEST(CriteriaLoader, RequirementOnTheWrongScale) {
  expect_single_error(
      "title: T\ncriteria:\n  - {id: a, name: A, scale: {type: linear, worst: 0, best: 1}, require: {equals: true}}\n",
      3, 82, "equals applies to boolean");
  expect_single_error("title: T\ncriteria:\n  - {id: a, name: A, scale: {type: boolean}, require: {min: 1}}\n", 3, 55,
                      "min and max apply to numeric");
  expect_single_error(
      "title: T\ncriteria:\n  - {id: a, name: A, scale: {type: levels, levels: {chat: 0.5, phone: 1}}, "
      "require: {one_of: [phnoe]}}\n",
      3, 95, "did you mean 'phone'?");
  expect_single_error("title: T\ncriteria:\n  - {id: a, name: A, require: {}}\n", 3, 31, "give min, max, equals or one_of");
}

TEST(CriteriaLoader, UnknownMissingPolicy) {
  expect_single_error("title: T\ncriteria:\n  - {id: a, name: A, missing: wrost}\n", 3, 31, "did you mean 'worst'?");
}

TEST(CriteriaLoader, UnknownPreferenceFunction) {
  expect_single_error("title: T\ncriteria:\n  - {id: a, name: A, preference: {function: v-shap, p: 1}}\n", 3, 45,
                      "unknown preference function \"v-shap\" (did you mean 'v-shape'?)");
  expect_single_error("title: T\ncriteria:\n  - {id: a, name: A, preference: {function: linear, p: -1}}\n", 3, 56,
                      "must not be negative");
}

TEST(CriteriaLoader, PreferenceThresholdsAndBounds) {
  const Loaded l = load(
      "title: T\ncriteria:\n"
      "  - {id: a, name: A, preference: {q: 1, p: 2, v: 5}, bounds: [0, 10]}\n"
      "  - {id: b, name: B, scale: {type: boolean}, preference: {function: linear, q: 0.1, p: 0.4}}\n");
  ASSERT_EQ(l.diagnostics.error_count(), 0u) << listing(l.diagnostics);
  const CriterionNode& a = l.model.criteria[0];
  ASSERT_TRUE(a.preference && a.bounds);
  EXPECT_EQ(a.preference->function, "") << "the function is optional: the method's default applies";
  EXPECT_EQ(a.preference->v, 5);
  EXPECT_EQ(a.bounds->lower, 0);
  EXPECT_EQ(a.bounds->upper, 10);
  EXPECT_EQ(l.model.criteria[1].preference->p, 0.4);
}

TEST(CriteriaLoader, ThresholdsOfAScaledCriterionAreUtilities) {
  expect_single_error(
      "title: T\ncriteria:\n  - {id: a, name: A, scale: {type: linear, worst: 0, best: 100}, preference: {p: 20}}\n",
      3, 82, "thresholds are in utilities, from 0 to 1");
}

TEST(CriteriaLoader, ThresholdsInOrder) {
  expect_single_error("title: T\ncriteria:\n  - {id: a, name: A, preference: {q: 3, p: 2}}\n", 3, 34,
                      "q (indifference) must not exceed p (preference)");
  expect_single_error("title: T\ncriteria:\n  - {id: a, name: A, preference: {p: 3, v: 2}}\n", 3, 34,
                      "p (preference) must not exceed v (veto)");
}

TEST(CriteriaLoader, BadBounds) {
  expect_single_error("title: T\ncriteria:\n  - {id: a, name: A, bounds: [5, 1]}\n", 3, 30, "lower must be below upper");
  expect_single_error("title: T\ncriteria:\n  - {id: a, name: A, bounds: [5]}\n", 3, 30, "expected [lower, upper], found 1 item");
  expect_single_error("title: T\ncriteria:\n  - {id: a, name: A, scale: {type: boolean}, bounds: [0, 1]}\n", 3,
                      54, "already run from 0 to 1");
}

TEST(CriteriaLoader, UnknownMethod) {
  expect_single_error("title: T\nmethod: wsn\ncriteria:\n  - {id: a, name: A}\n", 2, 9,
                      "unknown method \"wsn\" (did you mean 'wsm'?)");
}

TEST(CriteriaLoader, ProfileNamingAnUnknownId) {
  expect_single_error(
      "title: T\n"
      "criteria:\n"
      "  - {id: uptime, name: U}\n"
      "  - {id: price, name: P}\n"
      "profiles:\n"
      "  cheap:\n"
      "    weights: {prcie: 5}\n",
      7, 15, "unknown criterion \"prcie\" (did you mean 'price'?)");
}

TEST(CriteriaLoader, EvidenceMaxAgeMustBeWholeDays) {
  expect_single_error("title: T\nsettings: {evidence_max_age_days: 1.5}\ncriteria:\n  - {id: a, name: A}\n", 2, 35,
                      "whole number of days");
}

TEST(CriteriaLoader, ReportsEveryErrorAtOnce) {
  const Loaded l = load(
      "title: T\n"                                                     // 1
      "method: topsys\n"                                               // 2
      "criteria:\n"                                                    // 3
      "  - {id: a, name: A, wieght: 1}\n"                              // 4
      "  - {id: b, name: B, weight: -1}\n"                             // 5
      "  - {id: a, name: C}\n"                                         // 6
      "  - {id: d, name: D, scale: {type: likert, labels: [x, y]}}\n"  // 7
      "  - {id: e, name: E, missing: never}\n");                       // 8
  EXPECT_EQ(l.diagnostics.error_count(), 6u) << listing(l.diagnostics);
  std::vector<int> lines;
  for (const auto& d : l.diagnostics.items()) lines.push_back(d.where.line);
  EXPECT_THAT(lines, ::testing::UnorderedElementsAre(2, 4, 5, 6, 7, 8));
  for (const auto& d : l.diagnostics.items()) EXPECT_EQ(d.where.file, "c.yaml");
}

TEST(LoadCriteriaModel, ZeroWeightGroupIsReportedOnce) {
  // The loader reports siblings whose weights sum to zero; loading the model
  // from a file must not report the same mistake a second time.
  testing::TempDir dir;
  const std::string path = dir.write("zero.yaml",
                                     "title: T\n"
                                     "criteria:\n"
                                     "  - {id: a, name: A, weight: 0}\n"
                                     "  - {id: b, name: B, weight: 0}\n");
  Diagnostics diagnostics;
  EXPECT_FALSE(load_criteria_model(path, ParseLimits{}, diagnostics).has_value());
  EXPECT_EQ(diagnostics.error_count(), 1u) << listing(diagnostics);
  EXPECT_NE(find_diagnostic(diagnostics, "sum to zero"), nullptr) << listing(diagnostics);
}

TEST(LoadCriteriaModel, UnknownCatalogWithDidYouMean) {
  Diagnostics diagnostics;
  EXPECT_FALSE(load_criteria_model("hostnig", ParseLimits{}, diagnostics).has_value());
  ASSERT_EQ(diagnostics.error_count(), 1u) << listing(diagnostics);
  EXPECT_THAT(diagnostics.items().front().message, HasSubstr("unknown criteria catalog"));
  EXPECT_THAT(diagnostics.items().front().message, HasSubstr("did you mean 'hosting'?"));
}

// ---- flatten ----------------------------------------------------------------

TEST(Flatten, GlobalWeightsAreProductsAlongThePath) {
  const Loaded l = load(k_full_model);
  ASSERT_FALSE(l.diagnostics.has_errors()) << listing(l.diagnostics);
  const auto criteria = flatten(l.model, nullptr);
  ASSERT_EQ(criteria.size(), 9u);
  // policies 3 : service 1 (default) -> 3/4 and 1/4.
  // uptime 2 : response 1 -> 3/4 * 2/3 = 1/2, 3/4 * 1/3 = 1/4; service has 7 equal children -> 1/28 each.
  EXPECT_EQ(criteria[0].id, "uptime");
  EXPECT_DOUBLE_EQ(criteria[0].weight, 0.5);
  EXPECT_DOUBLE_EQ(criteria[1].weight, 0.25);
  for (std::size_t i = 2; i < 9; ++i) EXPECT_DOUBLE_EQ(criteria[i].weight, 1.0 / 28) << criteria[i].id;
  double sum = 0;
  for (const auto& c : criteria) sum += c.weight;
  EXPECT_NEAR(sum, 1.0, 1e-12);
  EXPECT_EQ(criteria[0].path, (std::vector<std::string>{"policies", "uptime"}));
  EXPECT_EQ(criteria[8].path, (std::vector<std::string>{"service", "price"}));
  // Leaf settings travel with the criterion.
  EXPECT_EQ(criteria[0].require.min, 99.5);
  EXPECT_EQ(criteria[0].scale.type, ScaleType::linear);
  EXPECT_EQ(criteria[8].direction, Direction::cost);
  EXPECT_EQ(criteria[8].missing, MissingPolicy::mean);
  EXPECT_EQ(criteria[0].where.line, 12);
}

TEST(Flatten, ProfileOverridesRelativeWeights) {
  const Loaded l = load(k_full_model);
  ASSERT_FALSE(l.diagnostics.has_errors()) << listing(l.diagnostics);
  const auto criteria = flatten(l.model, l.model.find_profile("small-business"));
  // policies 1 : service 3 -> 1/4, 3/4. uptime 2 : response 1 -> 1/6, 1/12.
  // service children: six at weight 1 and price at 5 -> sum 11; price 3/4*5/11, others 3/4*1/11.
  ASSERT_EQ(criteria.size(), 9u);
  EXPECT_DOUBLE_EQ(criteria[0].weight, 1.0 / 6);
  EXPECT_DOUBLE_EQ(criteria[1].weight, 1.0 / 12);
  for (std::size_t i = 2; i < 8; ++i) EXPECT_DOUBLE_EQ(criteria[i].weight, 0.75 / 11) << criteria[i].id;
  EXPECT_DOUBLE_EQ(criteria[8].weight, 0.75 * 5 / 11);
  double sum = 0;
  for (const auto& c : criteria) sum += c.weight;
  EXPECT_NEAR(sum, 1.0, 1e-12);
}

TEST(Flatten, FlatModelNormalisesWeights) {
  const Loaded l = load("title: T\ncriteria:\n  - {id: a, name: A, weight: 20}\n  - {id: b, name: B, weight: 60}\n"
                        "  - {id: c, name: C, weight: 0}\n  - {id: d, name: D, weight: 20}\n");
  ASSERT_FALSE(l.diagnostics.has_errors()) << listing(l.diagnostics);
  const auto criteria = flatten(l.model, nullptr);
  ASSERT_EQ(criteria.size(), 4u);
  EXPECT_DOUBLE_EQ(criteria[0].weight, 0.2);
  EXPECT_DOUBLE_EQ(criteria[1].weight, 0.6);
  EXPECT_DOUBLE_EQ(criteria[2].weight, 0.0);
  EXPECT_DOUBLE_EQ(criteria[3].weight, 0.2);
}

TEST(Flatten, ProfileThatZeroesAGroupIsAnError) {
  const Loaded l = load(
      "title: T\n"
      "criteria:\n"
      "  - {id: a, name: A}\n"
      "  - {id: b, name: B}\n"
      "profiles:\n"
      "  none:\n"
      "    weights: {a: 0, b: 0}\n");
  ASSERT_FALSE(l.diagnostics.has_errors()) << listing(l.diagnostics);
  const auto d = expect_error([&] { flatten(l.model, l.model.find_profile("none")); });
  EXPECT_THAT(d.message, HasSubstr("sum to zero"));
  EXPECT_THAT(d.message, HasSubstr("profile"));
}

}  // namespace
}  // namespace criterio
