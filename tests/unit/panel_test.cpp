// Evaluator panels: the statistics (aggregate, spread, range, outlier), the
// two ways of giving ratings (lists, one file per evaluator) through
// load_problem(), and every error with its file:line:column.
//
// The mean, median and population standard deviation are checked against
// published worked examples (cited at each test). The outlier rule is this
// project's own (docs/weights/panels.md); its cases are worked out from that
// rule by hand and were recomputed in plain Python.

#include "criterio/panel.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "criterio/evaluate.hpp"
#include "criterio/problem.hpp"
#include "unit/test_support.hpp"

namespace criterio {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::find_diagnostic;
using testing::listing;
using testing::TempDir;

// ---------------------------------------------------------------- statistics

// calculatey.pages.dev, "Standard deviation calculator", worked example and
// table of common examples: {2, 4, 4, 4, 5, 5, 7, 9} has mean 5 and
// population SD 2; {1, 2, 3, 4, 5} mean 3, population SD 1.41;
// {10, 12, 23, 23, 16, 23, 21, 16} mean 18, population SD 4.90.
TEST(PanelStatistics, MeanAndPopulationSpreadMatchPublishedExamples) {
  const std::vector<double> grades = {2, 4, 4, 4, 5, 5, 7, 9};
  EXPECT_NEAR(*aggregate_ratings(grades, RatingAggregate::mean), 5, 0.5);
  EXPECT_NEAR(population_spread(grades), 2, 0.5);
  const std::vector<double> five = {1, 2, 3, 4, 5};
  EXPECT_NEAR(*aggregate_ratings(five, RatingAggregate::mean), 3, 0.5);
  EXPECT_NEAR(population_spread(five), 1.41, 0.005);
  const std::vector<double> eight = {10, 12, 23, 23, 16, 23, 21, 16};
  EXPECT_NEAR(*aggregate_ratings(eight, RatingAggregate::mean), 18, 0.5);
  EXPECT_NEAR(population_spread(eight), 4.90, 0.005);
}

// turtlediary.com, "Median": {7, 4, 3, 8, 8} has median 7 (odd count, the
// middle value); {5, 9, 2, 6, 3, 4} has median 4.5 (even count, the mean of
// the two middle values).
TEST(PanelStatistics, MedianMatchesPublishedExamples) {
  EXPECT_NEAR(*aggregate_ratings({7, 4, 3, 8, 8}, RatingAggregate::median), 7, 0.5);
  EXPECT_NEAR(*aggregate_ratings({5, 9, 2, 6, 3, 4}, RatingAggregate::median), 4.5, 0.05);
}

TEST(PanelStatistics, NoRatingsHaveNoAggregate) {
  EXPECT_FALSE(aggregate_ratings({}, RatingAggregate::mean));
  EXPECT_FALSE(aggregate_ratings({}, RatingAggregate::median));
}

TEST(PanelStatistics, SummarySkipsMissingRatings) {
  PanelRatings panel;
  panel.aggregate = RatingAggregate::median;
  panel.ratings = {{"a", 2}, {"b", std::nullopt}, {"c", 4}, {"d", 4}, {"e", 4}, {"f", 5}, {"g", 5}, {"h", 7}, {"i", 9}};
  summarize_ratings(panel);
  // The calculatey data set once the missing rating is skipped: median of
  // the eight is (4 + 5) / 2, range 9 - 2, population SD 2.
  EXPECT_DOUBLE_EQ(*panel.value, 4.5);
  EXPECT_DOUBLE_EQ(panel.range, 7);
  EXPECT_NEAR(panel.spread, 2, 0.5);
  EXPECT_THAT(panel.given(), ElementsAre(2, 4, 4, 4, 5, 5, 7, 9));
}

// The outlier rule: at least three ratings; the rating farthest from the
// median of the others, when no other is as far and the distance is at least
// a third of the scale's range.
TEST(PanelOutlier, NeedsThreeRatings) {
  EXPECT_FALSE(find_outlier({1, 5}, 4));
  EXPECT_FALSE(find_outlier({1}, 4));
  EXPECT_FALSE(find_outlier({}, 4));
}

TEST(PanelOutlier, NamesTheRatingFarthestFromTheOthers) {
  // 5, 5, 1 on a five-point scale: 1 is 4 from the others' median 5; each 5 is 2 from 3.
  EXPECT_EQ(find_outlier({5, 5, 1}, 4), 2u);
  // 4, 5, 2: distances 0.5, 2 and 2.5; the 2 stands out.
  EXPECT_EQ(find_outlier({4, 5, 2}, 4), 2u);
}

TEST(PanelOutlier, ThresholdIsAThirdOfTheRangeInclusive) {
  // Range 9 (linear 0..9): the threshold is exactly 3.
  EXPECT_EQ(find_outlier({6, 3, 6}, 9), 1u);   // distance 3: named
  EXPECT_FALSE(find_outlier({6, 3.01, 6}, 9));  // distance 2.99: not
  // Five-point likert (range 4, threshold 4/3): one point off is agreement, two is not.
  EXPECT_FALSE(find_outlier({4, 4, 3}, 4));
  EXPECT_EQ(find_outlier({4, 4, 2}, 4), 2u);
}

TEST(PanelOutlier, ASplitPanelOrFullAgreementHasNone) {
  EXPECT_FALSE(find_outlier({1, 5, 3}, 4));  // 1 and 5 are equally far from the rest
  EXPECT_FALSE(find_outlier({3, 3, 3}, 4));
  EXPECT_FALSE(find_outlier({3, 3, 3}, 0));  // a raw criterion nobody disagrees on
}

TEST(PanelOutlier, AssignNamesTheEvaluatorAmongTheRatingsGiven) {
  PanelRatings panel;
  panel.ratings = {{"ana", 5}, {"ben", std::nullopt}, {"carla", 5}, {"dev", 1}};
  summarize_ratings(panel);
  assign_outlier(panel, 4);
  EXPECT_EQ(panel.outlier, "dev");
}

// ------------------------------------------------------------------ loading

const char* const k_criteria = R"(title: Panel
criteria:
  - id: courtesy
    name: Courtesy
    weight: 2
    scale: {type: likert, points: 5, labels: [rude, curt, polite, warm, exemplary]}
  - id: support
    name: Support
    scale: {type: linear, worst: 0, best: 9}
  - id: tickets
    name: Tickets answered
  - id: phone
    name: Phone line
    scale: {type: boolean}
  - id: reviews
    name: Reviews
    scale: {type: reviews, min: 1, max: 5, prior: {mean: 3, strength: 2}, half_life_days: 0}
    missing: mean
)";

// Files written to a scratch directory: criteria.yaml plus `files`
// (name, content); the providers files given in `order`.
struct Loaded {
  std::optional<Problem> problem;
  Diagnostics diagnostics;
};

Loaded load(const TempDir& dir, const std::vector<std::pair<std::string, std::string>>& files,
            std::optional<RatingAggregate> ratings = std::nullopt, const std::string& criteria = k_criteria) {
  dir.write("criteria.yaml", criteria);
  ProblemSpec spec;
  for (const auto& [name, content] : files) spec.provider_files.push_back(dir.write(name, content));
  spec.as_of = Date::parse("2026-03-01");
  spec.ratings = ratings;
  Loaded out;
  out.problem = load_problem(spec, out.diagnostics);
  return out;
}

const Measurement& measurement(const Problem& p, const std::string& provider, const std::string& criterion) {
  std::size_t i = 0, j = 0;
  while (p.providers.at(i).id != provider) ++i;
  while (p.criteria.at(j).id != criterion) ++j;
  return p.measurements.at(i).at(j);
}

const char* const k_lists = R"(criteria: criteria.yaml
evaluators: [ana, ben, carla]
providers:
  - id: alpha
    values: {courtesy: [5, 5, 1], support: [6, ~, 3], tickets: [10, 12, 30], phone: true}
  - id: beta
    values: {courtesy: [4, 4, warm], support: [5, 5, 5], tickets: 20, phone: false}
)";

const char* const k_main = R"(criteria: criteria.yaml
providers:
  - id: alpha
    values: {phone: true}
  - id: beta
    values: {tickets: 20, phone: false}
)";
const char* const k_ana = "evaluator: ana\nproviders:\n  - {id: alpha, values: {courtesy: 5, support: 6, tickets: 10}}\n"
                          "  - {id: beta, values: {courtesy: 4, support: 5}}\n";
const char* const k_ben = "evaluator: ben\nproviders:\n  - {id: alpha, values: {courtesy: 5, support: ~, tickets: 12}}\n"
                          "  - {id: beta, values: {courtesy: 4, support: 5}}\n";
const char* const k_carla = "evaluator: carla\nproviders:\n  - {id: alpha, values: {courtesy: 1, support: 3, tickets: 30}}\n"
                            "  - {id: beta, values: {courtesy: warm, support: 5}}\n";

void expect_alpha_panel(const Problem& problem) {
  const Measurement& courtesy = measurement(problem, "alpha", "courtesy");
  ASSERT_TRUE(courtesy.panel);
  EXPECT_FALSE(courtesy.missing);
  EXPECT_NEAR(courtesy.raw, 11.0 / 3, 1e-12);
  EXPECT_NEAR(courtesy.utility, (11.0 / 3 - 1) / 4, 1e-12);
  EXPECT_EQ(courtesy.display, "3.67/5 (mean of 3 ratings)");
  EXPECT_EQ(courtesy.panel->outlier, "carla");
  EXPECT_DOUBLE_EQ(courtesy.panel->range, 4);
  ASSERT_EQ(courtesy.panel->ratings.size(), 3u);
  EXPECT_EQ(courtesy.panel->ratings[0].evaluator, "ana");
  EXPECT_EQ(courtesy.panel->ratings[2].evaluator, "carla");

  const Measurement& support = measurement(problem, "alpha", "support");
  ASSERT_TRUE(support.panel);
  EXPECT_DOUBLE_EQ(support.raw, 4.5);  // ben did not rate: mean of 6 and 3
  EXPECT_FALSE(support.panel->ratings[1].rating);
  EXPECT_FALSE(support.panel->outlier);  // two ratings are not enough
  EXPECT_EQ(support.display, "4.5 (mean of 2 ratings)");

  // A label counts as its point: carla's "warm" is 4.
  const Measurement& beta = measurement(problem, "beta", "courtesy");
  EXPECT_DOUBLE_EQ(beta.raw, 4);
  EXPECT_DOUBLE_EQ(beta.panel->spread, 0);

  // A raw criterion has no scale: its range is that of all its ratings
  // (10..30, so the threshold is 20/3): 30 is 19 from the others' 11.
  const Measurement& tickets = measurement(problem, "alpha", "tickets");
  EXPECT_EQ(tickets.panel->outlier, "carla");
  EXPECT_FALSE(measurement(problem, "beta", "tickets").panel);  // a plain value stays plain
}

TEST(PanelLoading, ListsPerValue) {
  TempDir dir;
  const Loaded r = load(dir, {{"providers.yaml", k_lists}});
  ASSERT_TRUE(r.problem) << listing(r.diagnostics);
  expect_alpha_panel(*r.problem);
}

TEST(PanelLoading, OneFilePerEvaluator) {
  TempDir dir;
  const Loaded r = load(dir, {{"providers.yaml", k_main}, {"ana.yaml", k_ana}, {"ben.yaml", k_ben}, {"carla.yaml", k_carla}});
  ASSERT_TRUE(r.problem) << listing(r.diagnostics);
  EXPECT_EQ(r.problem->providers.size(), 2u);
  expect_alpha_panel(*r.problem);
}

TEST(PanelLoading, JsonFilesBothWays) {
  TempDir dir;
  const std::string lists = R"({"criteria": "criteria.yaml", "evaluators": ["ana", "ben", "carla"], "providers": [
  {"id": "alpha", "values": {"courtesy": [5, 5, 1], "support": [6, null, 3], "tickets": [10, 12, 30], "phone": true}},
  {"id": "beta", "values": {"courtesy": [4, 4, "warm"], "support": [5, 5, 5], "tickets": 20, "phone": false}}]}
)";
  const Loaded r = load(dir, {{"providers.json", lists}});
  ASSERT_TRUE(r.problem) << listing(r.diagnostics);
  expect_alpha_panel(*r.problem);

  TempDir files;
  const Loaded f = load(files, {{"providers.yaml", k_main},
                                {"ana.json", R"({"evaluator": "ana", "providers": [{"id": "alpha", "values": {"courtesy": 5, "support": 6, "tickets": 10}}, {"id": "beta", "values": {"courtesy": 4, "support": 5}}]})"},
                                {"ben.yaml", k_ben},
                                {"carla.yaml", k_carla}});
  ASSERT_TRUE(f.problem) << listing(f.diagnostics);
  expect_alpha_panel(*f.problem);
}

TEST(PanelLoading, ListsAndFilesCombineListFirst) {
  TempDir dir;
  const std::string main = "criteria: criteria.yaml\nevaluators: [ana, ben]\nproviders:\n"
                           "  - {id: alpha, values: {courtesy: [5, 5]}}\n";
  const Loaded r = load(dir, {{"providers.yaml", main}, {"carla.yaml", "evaluator: carla\nproviders:\n  - {id: alpha, values: {courtesy: 1}}\n"}});
  ASSERT_TRUE(r.problem) << listing(r.diagnostics);
  const auto& panel = *measurement(*r.problem, "alpha", "courtesy").panel;
  ASSERT_EQ(panel.ratings.size(), 3u);
  EXPECT_EQ(panel.ratings[2].evaluator, "carla");
  EXPECT_EQ(panel.outlier, "carla");
}

TEST(PanelLoading, WithoutEvaluatorsListsAreNumbered) {
  TempDir dir;
  const Loaded r = load(dir, {{"providers.yaml", "criteria: criteria.yaml\nproviders:\n  - {id: alpha, values: {courtesy: [4, 2]}}\n"}});
  ASSERT_TRUE(r.problem) << listing(r.diagnostics);
  const auto& panel = *measurement(*r.problem, "alpha", "courtesy").panel;
  EXPECT_EQ(panel.ratings[0].evaluator, "evaluator 1");
  EXPECT_EQ(panel.ratings[1].evaluator, "evaluator 2");
}

TEST(PanelLoading, MedianFromTheModelAndTheSpecWins) {
  TempDir dir;
  const std::string median_model = std::string(k_criteria) + "panel: {ratings: median}\n";
  const Loaded model = load(dir, {{"providers.yaml", k_lists}}, std::nullopt, median_model);
  ASSERT_TRUE(model.problem) << listing(model.diagnostics);
  EXPECT_EQ(model.problem->ratings, RatingAggregate::median);
  EXPECT_DOUBLE_EQ(measurement(*model.problem, "alpha", "courtesy").raw, 5);
  EXPECT_EQ(measurement(*model.problem, "alpha", "courtesy").display, "5/5 (median of 3 ratings)");

  TempDir other;
  const Loaded spec = load(other, {{"providers.yaml", k_lists}}, RatingAggregate::mean, median_model);
  ASSERT_TRUE(spec.problem) << listing(spec.diagnostics);
  EXPECT_NEAR(measurement(*spec.problem, "alpha", "courtesy").raw, 11.0 / 3, 1e-12);
}

TEST(PanelLoading, NobodyRatedIsMissingAndThePolicyApplies) {
  TempDir dir;
  const std::string providers = "criteria: criteria.yaml\nproviders:\n"
                                "  - {id: alpha, values: {courtesy: [~, ~, ~], support: 9, tickets: 1, phone: true, reviews: 4}}\n"
                                "  - {id: beta, values: {courtesy: 3, support: 0, tickets: 1, phone: true, reviews: 4}}\n";
  const Loaded r = load(dir, {{"providers.yaml", providers}});
  ASSERT_TRUE(r.problem) << listing(r.diagnostics);
  const Measurement& m = measurement(*r.problem, "alpha", "courtesy");
  EXPECT_TRUE(m.missing);
  ASSERT_TRUE(m.panel);
  EXPECT_FALSE(m.panel->value);
  const Result result = evaluate(*r.problem, {});
  const RankedProvider* alpha = result.find("alpha");
  ASSERT_TRUE(alpha);
  EXPECT_THAT(alpha->missing, ElementsAre("courtesy"));
  EXPECT_EQ(alpha->contributions[0].imputed, "worst");
  EXPECT_TRUE(alpha->contributions[0].panel);

  TempDir strict;
  std::string model = k_criteria;
  model.replace(model.find("    weight: 2\n"), 0, "    missing: error\n");
  const Loaded e = load(strict, {{"providers.yaml", providers}}, std::nullopt, model);
  EXPECT_FALSE(e.problem);
  EXPECT_TRUE(find_diagnostic(e.diagnostics, "has no value for 'courtesy'")) << listing(e.diagnostics);
}

TEST(PanelLoading, AListOfReviewsKeepsMeaningReviews) {
  TempDir dir;
  const std::string providers = "criteria: criteria.yaml\nproviders:\n  - id: alpha\n    values:\n      reviews: [{rating: 5}, {rating: 3}]\n";
  const Loaded r = load(dir, {{"providers.yaml", providers}});
  ASSERT_TRUE(r.problem) << listing(r.diagnostics);
  const Measurement& m = measurement(*r.problem, "alpha", "reviews");
  EXPECT_FALSE(m.panel);
  ASSERT_TRUE(m.reviews);
  EXPECT_EQ(m.reviews->count, 2u);
}

TEST(PanelSummary, MeanSpreadAndMostFrequentOutlierPerCriterion) {
  TempDir dir;
  const Loaded r = load(dir, {{"providers.yaml", k_lists}});
  ASSERT_TRUE(r.problem) << listing(r.diagnostics);
  const Result result = evaluate(*r.problem, {});
  ASSERT_TRUE(result.panel);
  EXPECT_THAT(result.panel->evaluators, ElementsAre("ana", "ben", "carla"));
  ASSERT_EQ(result.panel->criteria.size(), 3u);  // courtesy, support, tickets
  const PanelCriterionSummary& courtesy = result.panel->criteria[0];
  EXPECT_EQ(courtesy.criterion, "courtesy");
  EXPECT_EQ(courtesy.providers, 2u);
  // alpha's spread is the population SD of 5, 5, 1 (sqrt(32/9)); beta's is 0.
  EXPECT_NEAR(courtesy.mean_spread, std::sqrt(32.0 / 9) / 2, 1e-12);
  EXPECT_EQ(courtesy.max_spread_provider, "alpha");
  EXPECT_THAT(courtesy.most_often_outlier, ElementsAre("carla"));
  EXPECT_EQ(courtesy.outlier_times, 1u);
  EXPECT_TRUE(result.panel->criteria[1].most_often_outlier.empty());
  EXPECT_TRUE(result.find("alpha")->contributions[0].panel);
}

TEST(PanelSummary, AbsentWithoutRatings) {
  TempDir dir;
  const Loaded r = load(dir, {{"providers.yaml", k_main}});
  ASSERT_TRUE(r.problem) << listing(r.diagnostics);
  EXPECT_FALSE(evaluate(*r.problem, {}).panel);
}

// ------------------------------------------------------------------- errors

// Loads and expects a failure with an error containing `message` at `file`
// (a name in the scratch directory), `line` and `column`.
void expect_error_at(const std::vector<std::pair<std::string, std::string>>& files, const std::string& message,
                     const std::string& file, int line, int column, const std::string& criteria = k_criteria) {
  TempDir dir;
  const Loaded r = load(dir, files, std::nullopt, criteria);
  EXPECT_FALSE(r.problem);
  const Diagnostic* d = find_diagnostic(r.diagnostics, message);
  ASSERT_TRUE(d) << "no error with " << message << " in:\n" << listing(r.diagnostics);
  EXPECT_EQ(d->where.file, dir.path(file)) << d->format();
  EXPECT_EQ(d->where.line, line) << d->format();
  EXPECT_EQ(d->where.column, column) << d->format();
}

TEST(PanelErrors, ListLengthDiffersFromEvaluators) {
  expect_error_at({{"p.yaml", "criteria: criteria.yaml\nevaluators: [ana, ben, carla]\nproviders:\n"
                              "  - id: alpha\n    values:\n      courtesy: [4, 5]\n"}},
                  "'courtesy' of 'alpha': 2 ratings for 3 evaluators (ana, ben, carla)", "p.yaml", 6, 17);
}

TEST(PanelErrors, EmptyList) {
  expect_error_at({{"p.yaml", "criteria: criteria.yaml\nproviders:\n  - id: alpha\n    values:\n      courtesy: []\n"}},
                  "an empty list of ratings", "p.yaml", 5, 17);
}

TEST(PanelErrors, RatingOutOfTheScaleIsReportedAtTheRating) {
  expect_error_at({{"p.yaml", "criteria: criteria.yaml\nproviders:\n  - id: alpha\n    values:\n      courtesy: [5, 7, 1]\n"}},
                  "'courtesy': expected a whole point from 1 to 5, found 7", "p.yaml", 5, 21);
  expect_error_at({{"p.yaml", k_main}, {"ana.yaml", "evaluator: ana\nproviders:\n  - id: alpha\n    values:\n      support: fast\n"}},
                  "'support': expected a number, found \"fast\"", "ana.yaml", 5, 16);
}

TEST(PanelErrors, ListForACriterionWithoutNumericValueFunction) {
  expect_error_at({{"p.yaml", "criteria: criteria.yaml\nproviders:\n  - id: alpha\n    values:\n      phone: [true, false]\n"}},
                  "an evaluator panel rates criteria with a numeric value function", "p.yaml", 5, 14);
}

TEST(PanelErrors, PanelFileRatingOfAReviewsCriterion) {
  expect_error_at({{"p.yaml", k_main}, {"ana.yaml", "evaluator: ana\nproviders:\n  - id: alpha\n    values:\n      reviews: 4\n"}},
                  "this one's scale is reviews", "ana.yaml", 5, 16);
}

TEST(PanelErrors, JsonRatingOutOfTheScale) {
  expect_error_at({{"p.json", R"({"criteria": "criteria.yaml", "providers": [
  {"id": "alpha", "values": {"support": [1, -2]}}]})"}},
                  "'support': -2 is outside the scale's range", "p.json", 2, 45,
                  std::string(k_criteria).replace(std::string(k_criteria).find("best: 9}"), 8, "best: 9, min: 0}"));
}

TEST(PanelErrors, ProviderRatedButNotDefined) {
  expect_error_at({{"p.yaml", k_main}, {"ana.yaml", "evaluator: ana\nproviders:\n  - {id: alpha, values: {courtesy: 4}}\n  - {id: gamma, values: {courtesy: 4}}\n"}},
                  "provider \"gamma\" is rated by ana but not defined in any providers file", "ana.yaml", 4, 5);
}

TEST(PanelErrors, PlainValueAndPanelRatingNameBothPlaces) {
  TempDir dir;
  const std::string main = "criteria: criteria.yaml\nproviders:\n  - id: alpha\n    values:\n      courtesy: 4\n";
  const Loaded r = load(dir, {{"p.yaml", main}, {"ana.yaml", "evaluator: ana\nproviders:\n  - id: alpha\n    values:\n      courtesy: 2\n"}});
  EXPECT_FALSE(r.problem);
  const Diagnostic* d = find_diagnostic(r.diagnostics, "rated by ana here and also given as a single value at");
  ASSERT_TRUE(d) << listing(r.diagnostics);
  EXPECT_EQ(d->where.file, dir.path("ana.yaml"));
  EXPECT_EQ(d->where.line, 5);
  EXPECT_EQ(d->where.column, 17);
  EXPECT_THAT(d->message, HasSubstr(dir.path("p.yaml") + ":5:17"));
}

TEST(PanelErrors, SameEvaluatorTwice) {
  expect_error_at({{"p.yaml", k_main}, {"ana.yaml", k_ana}, {"ana2.yaml", "# again\nevaluator: ana\nproviders: []\n"}},
                  "evaluator \"ana\" already has a panel file", "ana2.yaml", 2, 12);
  expect_error_at({{"p.yaml", "criteria: criteria.yaml\nevaluators: [ana, ben]\nproviders:\n  - {id: alpha, values: {support: [1, 2]}}\n"},
                   {"ana.yaml", k_ana}},
                  "evaluator \"ana\" also gives lists of ratings", "ana.yaml", 1, 12);
  expect_error_at({{"p.yaml", "criteria: criteria.yaml\nevaluators: [ana, ana]\nproviders: []\n"}},
                  "evaluators: \"ana\" is named twice", "p.yaml", 2, 19);
}

TEST(PanelErrors, PanelFileHoldsRatingsOnly) {
  expect_error_at({{"p.yaml", k_main}, {"ana.yaml", "evaluator: ana\nproviders:\n  - id: alpha\n    name: Alpha\n    values: {courtesy: 4}\n"}},
                  "'name': a panel file (evaluator: ana) holds ratings only", "ana.yaml", 4, 5);
  expect_error_at({{"p.yaml", k_main}, {"ana.yaml", "evaluator: ana\nproviders:\n  - id: alpha\n    values:\n      courtesy: [4, 5]\n"}},
                  "a panel file gives one rating per value", "ana.yaml", 5, 17);
  expect_error_at({{"p.yaml", k_main}, {"ana.yaml", "evaluator: ana\nproviders:\n  - {id: alpha, values: {courtesy: 4}}\n  - {id: alpha, values: {support: 4}}\n"}},
                  "provider \"alpha\" is rated twice in ana's panel file", "ana.yaml", 4, 5);
  expect_error_at({{"p.yaml", k_main}, {"ana.yaml", "evaluator: ana\nevaluators: [ben]\nproviders: []\n"}},
                  "either one evaluator's ratings", "ana.yaml", 2, 13);
}

TEST(PanelErrors, UnknownCriterionInAPanelFile) {
  expect_error_at({{"p.yaml", k_main}, {"ana.yaml", "evaluator: ana\nproviders:\n  - id: alpha\n    values:\n      curtesy: 4\n"}},
                  "unknown criterion \"curtesy\"", "ana.yaml", 5, 7);
}

TEST(PanelErrors, DuplicateProviderAcrossProvidersFilesIsStillAnError) {
  expect_error_at({{"p.yaml", k_main}, {"q.yaml", "providers:\n  - {id: alpha, values: {phone: true}}\n"}},
                  "duplicate provider id \"alpha\"", "q.yaml", 2, 5);
}

TEST(PanelErrors, UnknownAggregateInTheModel) {
  TempDir dir;
  dir.write("criteria.yaml", std::string(k_criteria) + "panel: {ratings: avg}\n");
  Diagnostics diagnostics;
  EXPECT_FALSE(load_criteria_model(dir.path("criteria.yaml"), {}, diagnostics));
  const Diagnostic* d = find_diagnostic(diagnostics, "panel.ratings: expected mean or median, found \"avg\"");
  ASSERT_TRUE(d) << listing(diagnostics);
  EXPECT_EQ(d->where.line, 19);
  EXPECT_EQ(d->where.column, 18);
}

}  // namespace
}  // namespace criterio
