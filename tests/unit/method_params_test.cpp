// Method parameters: per-criterion values from the command line, a list, or
// the criterion's own settings; the registry's checks of each item.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "criterio/method.hpp"
#include "unit/method_support.hpp"
#include "unit/test_support.hpp"

namespace criterio {
namespace {

using ::testing::HasSubstr;
using testing::expect_error;

Criterion with_preference(std::string function, std::optional<double> q, std::optional<double> p) {
  Criterion c;
  c.id = "c";
  c.preference = Preference{std::move(function), q, p, std::nullopt, std::nullopt};
  return c;
}

TEST(MethodParams, GivenValueOverridesTheCriterionsOwnSetting) {
  const MethodParams params({{"p", "0.5", true, true}});
  EXPECT_EQ(params.number_for("p", with_preference("linear", 0.1, 0.2), 0), 0.5);
}

TEST(MethodParams, AListGivesEachColumnItsItem) {
  const MethodParams params({{"q", "1,2,3", true, true}});
  const Criterion c;
  EXPECT_EQ(params.number_for("q", c, 0), 1);
  EXPECT_EQ(params.number_for("q", c, 2), 3);
  EXPECT_NO_THROW(params.check_columns(3));
  EXPECT_THAT(expect_error([&] { params.check_columns(4); }, ExitCode::usage).message,
              HasSubstr("3 values for 4 criteria"));
}

TEST(MethodParams, CriterionSettingBeatsTheDefault) {
  const MethodParams params({{"preference", "usual", false, true}, {"p", "", false, true}, {"q", "", false, true}});
  const Criterion c = with_preference("v-shape", std::nullopt, 0.3);
  EXPECT_EQ(params.text_for("preference", c, 0), "v-shape");
  EXPECT_EQ(params.number_for("p", c, 0), 0.3);
  EXPECT_EQ(params.number_for("q", c, 0), std::nullopt) << "no threshold anywhere, and an empty default";
  EXPECT_EQ(params.text_for("preference", Criterion{}, 0), "usual");
}

TEST(MethodParams, BoundsComeFromTheCriterion) {
  const MethodParams params({{"lower", "", false, true}, {"upper", "", false, true}});
  Criterion c;
  c.bounds = Bounds{-2.5, 10};
  EXPECT_EQ(params.number_for("lower", c, 0), -2.5);
  EXPECT_EQ(params.number_for("upper", c, 0), 10);
}

TEST(MethodParams, UndeclaredKeyIsAnInternalError) {
  const MethodParams params;
  expect_error([&] { (void)params.text("nope"); }, ExitCode::internal);
}

// The catalog lists methods in this order (the order of the list,
// with each family together); `criterio catalog` and --methods all follow it.
TEST(Registry, EveryMethodInCatalogOrder) {
  std::vector<std::string> names;
  for (const auto& m : methods()) names.push_back(m.name);
  EXPECT_EQ(names, (std::vector<std::string>{"wsm",      "wpm",   "waspas",   "topsis",    "vikor",      "promethee2",
                                             "promethee1", "electre1", "electre3", "copras",   "edas",       "moora",
                                             "multimoora", "aras",    "spotis",   "codas",     "mabac",      "mairca",
                                             "cocoso",   "marcos", "ocra",     "ram",       "probid"}));
}

// What the registry says of linearity holds: a method marked linear in its
// weights scores utilities · weights, with utilities the weights leave alone.
TEST(Registry, AMethodMarkedLinearScoresUtilitiesTimesWeights) {
  std::size_t linear = 0;
  for (const auto& m : methods()) {
    if (!m.linear_in_weights) continue;
    ++linear;
    testing::MethodCase c;
    c.values = testing::matrix({{1, 10, 3}, {2, 5, 4}, {4, 7, 1}});
    c.directions = "+-+";
    for (const std::vector<double>& weights : {std::vector<double>{1, 1, 1}, std::vector<double>{5, 1, 2}}) {
      c.weights = weights;
      const MethodOutput out = testing::run_method(m.name, c);
      testing::MethodCase equal_weights = c;
      equal_weights.weights.clear();
      const MethodOutput equal = testing::run_method(m.name, equal_weights);
      Eigen::VectorXd w = Eigen::Map<const Eigen::VectorXd>(weights.data(), 3);
      w /= w.sum();
      EXPECT_TRUE(out.utilities.isApprox(equal.utilities)) << m.name;
      EXPECT_TRUE(out.scores.isApprox(out.utilities * w)) << m.name;
    }
  }
  EXPECT_EQ(linear, 1u) << "only the weighted sum, so far";
}

TEST(MethodRunner, WeightedSumThroughTheTestRunner) {
  testing::MethodCase c;
  c.values = testing::matrix({{1, 10}, {2, 5}});
  c.directions = "+-";
  const MethodOutput out = testing::run_method("wsm", c);
  testing::expect_near(out.scores, {0.5 * 0.5 + 0.5 * 0.5, 0.5 * 1 + 0.5 * 1}, 1e-12);
  EXPECT_TRUE(out.additive);
}

}  // namespace
}  // namespace criterio
