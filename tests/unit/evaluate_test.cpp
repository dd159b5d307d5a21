// evaluate(), compare() and find_ranked() on small problems loaded from temp
// files through load_problem(). Every expected score is worked out by hand.

#include "criterio/evaluate.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "criterio/problem.hpp"
#include "unit/test_support.hpp"

namespace criterio {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::UnorderedElementsAre;
using testing::expect_error;
using testing::listing;
using testing::TempDir;

// Writes the two files and loads the problem (as of 2026-03-01 unless the
// providers file says otherwise).
Problem load(const TempDir& dir, const std::string& criteria_yaml, const std::string& providers_yaml,
             std::optional<std::string> profile = std::nullopt) {
  dir.write("criteria.yaml", criteria_yaml);
  const std::string providers = dir.write("providers.yaml", "criteria: criteria.yaml\n" + providers_yaml);
  ProblemSpec spec;
  spec.provider_files = {providers};
  spec.as_of = Date::parse("2026-03-01");
  spec.profile = std::move(profile);
  Diagnostics diagnostics;
  auto problem = load_problem(spec, diagnostics);
  if (!problem) {
    ADD_FAILURE() << "load_problem failed:\n" << listing(diagnostics);
    return {};
  }
  return std::move(*problem);
}

Result rank(const Problem& problem, std::map<std::string, std::string> params = {}) {
  return evaluate(problem, {"", std::move(params)});
}

std::vector<std::string> ids(const Result& result) {
  std::vector<std::string> out;
  for (const auto& p : result.ranking) out.push_back(p.id);
  return out;
}

std::vector<int> ranks(const Result& result) {
  std::vector<int> out;
  for (const auto& p : result.ranking) out.push_back(p.rank);
  return out;
}

const Contribution& contribution(const RankedProvider& p, const std::string& criterion) {
  for (const auto& c : p.contributions)
    if (c.criterion == criterion) return c;
  throw std::runtime_error("no contribution for " + criterion);
}

const char* const k_two_criteria = R"(title: Two criteria
criteria:
  - id: quality
    name: Quality
    scale: {type: linear, worst: 0, best: 10}
  - id: support
    name: Support
    scale: {type: linear, worst: 0, best: 10}
)";

// Scores with equal weights 0.5: a 1.0, b 0.5, c 0.5, d 0.
// c is listed before b in the file and its name sorts first, but ties are listed by id.
const char* const k_tied_providers = R"(providers:
  - {id: d, name: Delta, values: {quality: 0, support: 0}}
  - {id: c, name: Alpha, values: {quality: 0, support: 10}}
  - {id: b, name: Zeta, values: {quality: 10, support: 0}}
  - {id: a, name: Acme, values: {quality: 10, support: 10}}
)";

TEST(Evaluate, TiesShareARankAndAreListedById) {
  TempDir dir;
  const Problem problem = load(dir, k_two_criteria, k_tied_providers);
  const Result result = rank(problem);
  EXPECT_EQ(result.method, "wsm");
  EXPECT_TRUE(result.higher_is_better);
  EXPECT_TRUE(result.additive);
  EXPECT_EQ(ids(result), (std::vector<std::string>{"a", "b", "c", "d"}));
  EXPECT_EQ(ranks(result), (std::vector<int>{1, 2, 2, 4}));
  EXPECT_NEAR(result.ranking[0].score, 1.0, 1e-12);
  EXPECT_NEAR(result.ranking[1].score, 0.5, 1e-12);
  EXPECT_NEAR(result.ranking[2].score, 0.5, 1e-12);
  EXPECT_NEAR(result.ranking[3].score, 0.0, 1e-12);
  EXPECT_EQ(result.ranking[1].name, "Zeta");
  EXPECT_TRUE(result.excluded.empty());
  EXPECT_TRUE(testing::english(result.warnings).empty());
}

TEST(Evaluate, ContributionsSumToTheScore) {
  TempDir dir;
  const Problem problem = load(dir, k_two_criteria, k_tied_providers);
  const Result result = rank(problem);
  for (const auto& p : result.ranking) {
    double sum = 0;
    for (const auto& c : p.contributions) sum += c.contribution;
    EXPECT_NEAR(sum, p.score, 1e-12) << p.id;
    ASSERT_EQ(p.contributions.size(), 2u);
    EXPECT_EQ(p.contributions[0].criterion, "quality");
    EXPECT_NEAR(p.contributions[0].weight, 0.5, 1e-12);
  }
  const RankedProvider& b = *result.find("b");
  EXPECT_NEAR(contribution(b, "quality").utility, 1.0, 1e-12);
  EXPECT_NEAR(contribution(b, "quality").contribution, 0.5, 1e-12);
  EXPECT_NEAR(contribution(b, "support").contribution, 0.0, 1e-12);
  EXPECT_EQ(std::get<double>(contribution(b, "quality").value), 10.0);
}

TEST(Evaluate, CriterionRanks) {
  TempDir dir;
  const Problem problem = load(dir, k_two_criteria, k_tied_providers);
  const Result result = rank(problem);
  // quality utilities: a 1, b 1, c 0, d 0 -> ranks 1, 1, 3, 3. support: a 1, c 1 -> 1; b, d -> 3.
  EXPECT_EQ(contribution(*result.find("a"), "quality").criterion_rank, 1);
  EXPECT_EQ(contribution(*result.find("b"), "quality").criterion_rank, 1);
  EXPECT_EQ(contribution(*result.find("c"), "quality").criterion_rank, 3);
  EXPECT_EQ(contribution(*result.find("d"), "quality").criterion_rank, 3);
  EXPECT_EQ(contribution(*result.find("c"), "support").criterion_rank, 1);
  EXPECT_EQ(contribution(*result.find("b"), "support").criterion_rank, 3);
}

TEST(Evaluate, StrengthsAndWeaknesses) {
  // Weights 0.5, 0.3, 0.2. x: utilities (1, 0, 0.5); y: (0, 1, 0.5); z: (0.5, 0.5, 0.5).
  // Means: 0.5, 0.5, 0.5. Weighted deviations of x: +0.25, -0.15, 0 -> strength speed,
  // weakness price, nothing for uptime. z sits at the mean everywhere.
  TempDir dir;
  const Problem problem = load(dir, R"(title: T
criteria:
  - {id: speed, name: Speed, weight: 5, scale: {type: linear, worst: 0, best: 1}}
  - {id: price, name: Price, weight: 3, scale: {type: linear, worst: 0, best: 1}}
  - {id: uptime, name: Uptime, weight: 2, scale: {type: linear, worst: 0, best: 1}}
)",
                               R"(providers:
  - {id: x, values: {speed: 1, price: 0, uptime: 0.5}}
  - {id: y, values: {speed: 0, price: 1, uptime: 0.5}}
  - {id: z, values: {speed: 0.5, price: 0.5, uptime: 0.5}}
)");
  const Result result = rank(problem);
  const RankedProvider& x = *result.find("x");
  EXPECT_THAT(x.strengths, ElementsAre("speed"));
  EXPECT_THAT(x.weaknesses, ElementsAre("price"));
  const RankedProvider& y = *result.find("y");
  EXPECT_THAT(y.strengths, ElementsAre("price"));
  EXPECT_THAT(y.weaknesses, ElementsAre("speed"));
  const RankedProvider& z = *result.find("z");
  EXPECT_TRUE(z.strengths.empty());
  EXPECT_TRUE(z.weaknesses.empty());
  // x: 0.5 + 0 + 0.1 = 0.6; y: 0 + 0.3 + 0.1 = 0.4; z: 0.25 + 0.15 + 0.1 = 0.5
  EXPECT_EQ(ids(result), (std::vector<std::string>{"x", "z", "y"}));
  EXPECT_NEAR(x.score, 0.6, 1e-12);
}

TEST(Evaluate, StrengthsAreOrderedStrongestFirst) {
  // Weights 0.4, 0.35, 0.25; w: utilities (1, 1, 1), v: (0, 0, 0). Means 0.5.
  // w's deviations: 0.2, 0.175, 0.125 -> strengths a, b, c; v's weaknesses a, b, c (weakest first).
  TempDir dir;
  const Problem problem = load(dir, R"(title: T
criteria:
  - {id: c, name: C, weight: 25, scale: {type: boolean}}
  - {id: a, name: A, weight: 40, scale: {type: boolean}}
  - {id: b, name: B, weight: 35, scale: {type: boolean}}
)",
                               R"(providers:
  - {id: w, values: {a: true, b: true, c: true}}
  - {id: v, values: {a: false, b: false, c: false}}
)");
  const Result result = rank(problem);
  EXPECT_THAT(result.find("w")->strengths, ElementsAre("a", "b", "c"));
  EXPECT_TRUE(result.find("w")->weaknesses.empty());
  EXPECT_THAT(result.find("v")->weaknesses, ElementsAre("a", "b", "c"));
}

const char* const k_requirements = R"(title: Requirements
criteria:
  - id: uptime
    name: Uptime
    scale: {type: linear, worst: 99, best: 100}
    require: {min: 99.5}
  - id: price
    name: Price
    direction: cost
    require: {max: 100}
  - id: handover
    name: Credential hand-over
    scale: {type: boolean}
    require: {equals: true}
  - id: channel
    name: Support channel
    scale: {type: levels, levels: {email: 0.2, chat: 0.6, phone: 1}}
    require: {one_of: [chat, phone]}
  - id: audit
    name: Audit
    scale: {type: likert}
    missing: exclude
)";

const char* const k_requirement_providers = R"(providers:
  - {id: good, values: {uptime: 99.9, price: 50, handover: true, channel: phone, audit: 4}}
  - {id: lowup, values: {uptime: 99, price: 50, handover: true, channel: phone, audit: 4}}
  - {id: pricey, values: {uptime: 99.9, price: 150, handover: true, channel: phone, audit: 4}}
  - {id: nohand, values: {uptime: 99.9, price: 50, handover: false, channel: phone, audit: 4}}
  - {id: emailonly, values: {uptime: 99.9, price: 50, handover: true, channel: email, audit: 4}}
  - {id: noaudit, values: {uptime: 99.9, price: 50, handover: true, channel: chat}}
  - {id: noup, values: {price: 50, handover: true, channel: chat, audit: 2}}
  - {id: multi, values: {uptime: 99.2, price: 101, handover: true, channel: chat, audit: 3}}
  - {id: fine, values: {uptime: 99.5, price: 100, handover: true, channel: chat, audit: 3}}
)";

TEST(Evaluate, RequirementsExcludeWithReasons) {
  TempDir dir;
  const Problem problem = load(dir, k_requirements, k_requirement_providers);
  const Result result = rank(problem);
  // Requirements hold at their bounds: fine has uptime exactly 99.5 and price exactly 100.
  EXPECT_THAT(ids(result), UnorderedElementsAre("good", "fine"));
  std::vector<std::string> excluded;
  for (const auto& e : result.excluded) excluded.push_back(e.id);
  // Listed by id.
  EXPECT_EQ(excluded, (std::vector<std::string>{"emailonly", "lowup", "multi", "noaudit", "nohand", "noup", "pricey"}));

  const auto reasons = [&](const std::string& id) { return testing::english(result.find_excluded(id)->reasons); };
  ASSERT_EQ(reasons("lowup").size(), 1u);
  EXPECT_EQ(reasons("lowup")[0], "uptime 99 < required 99.5");
  ASSERT_EQ(reasons("pricey").size(), 1u);
  EXPECT_EQ(reasons("pricey")[0], "price 150 > allowed 100");
  ASSERT_EQ(reasons("nohand").size(), 1u);
  EXPECT_THAT(reasons("nohand")[0], HasSubstr("handover"));
  EXPECT_THAT(reasons("nohand")[0], HasSubstr("required yes"));
  ASSERT_EQ(reasons("emailonly").size(), 1u);
  EXPECT_THAT(reasons("emailonly")[0], HasSubstr("channel is email"));
  EXPECT_THAT(reasons("emailonly")[0], HasSubstr("chat, phone"));
  ASSERT_EQ(reasons("noaudit").size(), 1u);
  EXPECT_THAT(reasons("noaudit")[0], HasSubstr("no value for audit"));
  EXPECT_THAT(reasons("noaudit")[0], HasSubstr("missing: exclude"));
  ASSERT_EQ(reasons("noup").size(), 1u);
  EXPECT_THAT(reasons("noup")[0], HasSubstr("no value for uptime"));
  EXPECT_THAT(reasons("noup")[0], HasSubstr("required"));
  // Every failed requirement is listed, not just the first.
  EXPECT_EQ(reasons("multi").size(), 2u);
  EXPECT_EQ(result.find_excluded("multi")->name, "multi");  // the name defaults to the id
}

TEST(Evaluate, LikertRequirementUsesThePoint) {
  TempDir dir;
  const Problem problem = load(dir, R"(title: T
criteria:
  - id: courtesy
    name: Courtesy
    scale: {type: likert, labels: [awful, poor, fair, good, great]}
    require: {min: 3}
)",
                               R"(providers:
  - {id: a, values: {courtesy: fair}}
  - {id: b, values: {courtesy: poor}}
  - {id: c, values: {courtesy: 5}}
)");
  const Result result = rank(problem);
  EXPECT_EQ(ids(result), (std::vector<std::string>{"c", "a"}));
  ASSERT_NE(result.find_excluded("b"), nullptr);
  EXPECT_THAT(testing::english(result.find_excluded("b")->reasons.at(0)), HasSubstr("< required 3"));
}

TEST(Evaluate, LikertOneOfAcceptsThePointOfAnAllowedLabel) {
  // A likert value may be given as a point or as its label (docs/FORMATS.md);
  // 5 is "great", so it meets one_of [good, great] just as "great" does.
  TempDir dir;
  const Problem problem = load(dir, R"(title: T
criteria:
  - id: courtesy
    name: Courtesy
    scale: {type: likert, labels: [awful, poor, fair, good, great]}
    require: {one_of: [good, great]}
)",
                               R"(providers:
  - {id: by_point, values: {courtesy: 5}}
  - {id: by_label, values: {courtesy: great}}
  - {id: fair_label, values: {courtesy: fair}}
  - {id: poor_point, values: {courtesy: 2}}
)");
  const Result result = rank(problem);
  EXPECT_THAT(ids(result), UnorderedElementsAre("by_point", "by_label"));
  std::vector<std::string> excluded;
  for (const auto& e : result.excluded) excluded.push_back(e.id);
  EXPECT_EQ(excluded, (std::vector<std::string>{"fair_label", "poor_point"}));
}

TEST(Evaluate, EveryProviderExcluded) {
  TempDir dir;
  const Problem problem =
      load(dir, k_requirements, "providers:\n  - {id: lowup, values: {uptime: 99, price: 50, handover: true, channel: phone, audit: 4}}\n");
  const Result result = rank(problem);
  EXPECT_TRUE(result.ranking.empty());
  EXPECT_EQ(result.excluded.size(), 1u);
  ASSERT_FALSE(testing::english(result.warnings).empty());
  EXPECT_THAT(testing::english(result.warnings)[0], HasSubstr("excluded"));
}

TEST(Evaluate, ImputationIsFlagged) {
  // Weights 0.25 each, wsm with max normalisation for the raw columns.
  //            q (0..10, worst)  s (0..10, mean)  raw (benefit, worst)  rawm (benefit, mean)
  //   p1       10 -> 1           8 -> 0.8         4                     2
  //   p2       -  -> 0 (worst)   4 -> 0.4         2                     6
  //   p3       6  -> 0.6         -  -> 0.6 (mean) -  -> 2 (worst seen)  -  -> 4 (mean seen)
  // raw column [4, 2, 2] / 4 = [1, 0.5, 0.5]; rawm column [2, 6, 4] / 6.
  // p1 = 0.25 * (1 + 0.8 + 1 + 1/3)     = 0.78333...
  // p2 = 0.25 * (0 + 0.4 + 0.5 + 1)     = 0.475
  // p3 = 0.25 * (0.6 + 0.6 + 0.5 + 2/3) = 0.59166...
  TempDir dir;
  const Problem problem = load(dir, R"(title: T
criteria:
  - {id: q, name: Q, scale: {type: linear, worst: 0, best: 10}}
  - {id: s, name: S, scale: {type: linear, worst: 0, best: 10}, missing: mean}
  - {id: raw, name: Raw}
  - {id: rawm, name: Raw mean, missing: mean}
)",
                               R"(providers:
  - {id: p1, values: {q: 10, s: 8, raw: 4, rawm: 2}}
  - {id: p2, values: {s: 4, raw: 2, rawm: 6}}
  - {id: p3, values: {q: 6, s: null, raw: ~}}
)");
  const Result result = rank(problem);
  ASSERT_EQ(ids(result), (std::vector<std::string>{"p1", "p3", "p2"}));
  EXPECT_NEAR(result.find("p1")->score, 0.25 * (1 + 0.8 + 1 + 1.0 / 3), 1e-12);
  EXPECT_NEAR(result.find("p2")->score, 0.25 * (0 + 0.4 + 0.5 + 1), 1e-12);
  EXPECT_NEAR(result.find("p3")->score, 0.25 * (0.6 + 0.6 + 0.5 + 2.0 / 3), 1e-12);

  const RankedProvider& p2 = *result.find("p2");
  EXPECT_THAT(p2.missing, ElementsAre("q"));
  EXPECT_TRUE(contribution(p2, "q").missing);
  EXPECT_EQ(contribution(p2, "q").imputed, "worst");
  EXPECT_EQ(contribution(p2, "q").display, "missing");
  EXPECT_EQ(contribution(p2, "q").utility, 0.0);
  EXPECT_FALSE(contribution(p2, "s").missing);
  EXPECT_EQ(contribution(p2, "s").imputed, "");

  const RankedProvider& p3 = *result.find("p3");
  EXPECT_THAT(p3.missing, ElementsAre("s", "raw", "rawm"));
  EXPECT_EQ(contribution(p3, "s").imputed, "mean");
  EXPECT_NEAR(contribution(p3, "s").utility, 0.6, 1e-12);
  EXPECT_EQ(contribution(p3, "raw").imputed, "worst");
  EXPECT_NEAR(contribution(p3, "raw").utility, 0.5, 1e-12);
  EXPECT_EQ(contribution(p3, "rawm").imputed, "mean");
  EXPECT_NEAR(contribution(p3, "rawm").utility, 4.0 / 6, 1e-12);

  // A warning per provider with missing values, naming them.
  int mentions = 0;
  for (const auto& w : testing::english(result.warnings))
    if (w.starts_with("p2:") || w.starts_with("p3:")) ++mentions;
  EXPECT_EQ(mentions, 2) << ::testing::PrintToString(testing::english(result.warnings));
  bool p3_listed = false;
  for (const auto& w : testing::english(result.warnings))
    if (w.starts_with("p3:") && w.find("s, raw, rawm") != std::string::npos) p3_listed = true;
  EXPECT_TRUE(p3_listed) << ::testing::PrintToString(testing::english(result.warnings));
}

TEST(Evaluate, WorstImputationForACostColumnUsesTheHighestValue) {
  // price (cost, no scale): observed 10 and 40; the missing one becomes 40 (the worst).
  // max normalisation for cost: min / x -> 10/10 = 1, 10/40 = 0.25, 10/40 = 0.25.
  TempDir dir;
  const Problem problem = load(dir, "title: T\ncriteria:\n  - {id: price, name: Price, direction: cost}\n",
                               "providers:\n  - {id: a, values: {price: 10}}\n  - {id: b, values: {price: 40}}\n"
                               "  - {id: c, values: {}}\n");
  const Result result = rank(problem);
  EXPECT_NEAR(result.find("a")->score, 1.0, 1e-12);
  EXPECT_NEAR(result.find("b")->score, 0.25, 1e-12);
  EXPECT_NEAR(result.find("c")->score, 0.25, 1e-12);
  EXPECT_EQ(ranks(result), (std::vector<int>{1, 2, 2}));
}

TEST(Evaluate, MethodParametersFromOptions) {
  // minmax: price [10, 40, 20] cost -> (40 - x) / 30 = 1, 0, 2/3.
  TempDir dir;
  const Problem problem = load(dir, "title: T\ncriteria:\n  - {id: price, name: Price, direction: cost}\n",
                               "providers:\n  - {id: a, values: {price: 10}}\n  - {id: b, values: {price: 40}}\n"
                               "  - {id: c, values: {price: 20}}\n");
  const Result result = rank(problem, {{"normalization", "minmax"}});
  EXPECT_NEAR(result.find("c")->score, 2.0 / 3, 1e-12);
  EXPECT_NEAR(result.find("b")->score, 0.0, 1e-12);
  EXPECT_EQ(result.params, (std::vector<std::pair<std::string, std::string>>{{"normalization", "minmax"}}));
  expect_error([&] { evaluate(problem, {"topsys", {}}); }, ExitCode::usage);
  expect_error([&] { evaluate(problem, {"wsm", {{"normalization", "bogus"}}}); }, ExitCode::usage);
}

TEST(Evaluate, StaleEvidenceIsFlaggedAndWarned) {
  // As of 2026-03-01, evidence older than 30 days is stale: 2026-01-01 is 59 days old, 2026-02-15 is 14.
  TempDir dir;
  const Problem problem = load(dir, std::string(k_two_criteria) + "settings: {evidence_max_age_days: 30}\n",
                               R"(providers:
  - id: a
    values: {quality: 8, support: 6}
    evidence:
      quality: {source: "audit 2025", date: 2026-01-01}
      support: {source: "ticket log", date: 2026-02-15}
  - id: b
    values: {quality: 5, support: 5}
    evidence:
      quality: {source: "exactly 30 days old", date: 2026-01-30}
)");
  EXPECT_EQ(problem.evidence_max_age_days, 30);
  const Result result = rank(problem);
  const RankedProvider& a = *result.find("a");
  EXPECT_THAT(a.stale_evidence, ElementsAre("quality"));
  EXPECT_TRUE(contribution(a, "quality").stale_evidence);
  ASSERT_TRUE(contribution(a, "quality").evidence.has_value());
  EXPECT_EQ(contribution(a, "quality").evidence->source, "audit 2025");
  EXPECT_FALSE(contribution(a, "support").stale_evidence);
  EXPECT_TRUE(result.find("b")->stale_evidence.empty());  // 30 days is not older than 30 days
  EXPECT_FALSE(contribution(*result.find("b"), "quality").stale_evidence);
  ASSERT_EQ(testing::english(result.warnings).size(), 1u) << ::testing::PrintToString(testing::english(result.warnings));
  EXPECT_THAT(testing::english(result.warnings)[0], HasSubstr("a:"));
  EXPECT_THAT(testing::english(result.warnings)[0], HasSubstr("quality"));
  EXPECT_THAT(testing::english(result.warnings)[0], HasSubstr("2026-01-01"));
  EXPECT_THAT(testing::english(result.warnings)[0], HasSubstr("30 days"));
}

TEST(Evaluate, ProfileChangesTheRanking) {
  TempDir dir;
  const std::string model = std::string(k_two_criteria) +
                            "profiles:\n  support-first:\n    weights: {quality: 1, support: 3}\n";
  const std::string providers = "providers:\n  - {id: q, values: {quality: 10, support: 2}}\n"
                                "  - {id: s, values: {quality: 2, support: 10}}\n";
  EXPECT_EQ(ids(rank(load(dir, model, providers))), (std::vector<std::string>{"q", "s"}));  // 0.6 = 0.6: tie by id
  const Problem weighted = load(dir, model, providers, "support-first");
  EXPECT_EQ(weighted.profile, "support-first");
  const Result result = rank(weighted);
  // q: 0.25 * 1 + 0.75 * 0.2 = 0.4; s: 0.25 * 0.2 + 0.75 * 1 = 0.8
  EXPECT_EQ(ids(result), (std::vector<std::string>{"s", "q"}));
  EXPECT_NEAR(result.ranking[0].score, 0.8, 1e-12);
  EXPECT_EQ(result.profile, "support-first");
}

// ---- compare and find_ranked ------------------------------------------------

TEST(Compare, ExplainsTheGapCriterionByCriterion) {
  // Weights 0.5 each. e: (10, 2) -> 0.5 + 0.1 = 0.6; c: (0, 10) -> 0.5.
  // Differences: quality +0.5, support -0.4; gap 0.1.
  TempDir dir;
  const Problem problem = load(dir, k_two_criteria, R"(providers:
  - {id: e, name: Echo, values: {quality: 10, support: 2}}
  - {id: c, name: Charlie, values: {quality: 0, support: 10}}
)");
  const Result result = rank(problem);
  const Comparison cmp = compare(result, "e", "c");
  EXPECT_EQ(cmp.a, "e");
  EXPECT_EQ(cmp.b, "c");
  EXPECT_NEAR(cmp.gap, 0.1, 1e-12);
  ASSERT_EQ(cmp.lines.size(), 2u);
  EXPECT_EQ(cmp.lines[0].criterion, "quality");  // largest |difference| first
  EXPECT_NEAR(cmp.lines[0].difference, 0.5, 1e-12);
  EXPECT_NEAR(cmp.lines[0].a_contribution, 0.5, 1e-12);
  EXPECT_NEAR(cmp.lines[0].b_contribution, 0.0, 1e-12);
  EXPECT_EQ(cmp.lines[1].criterion, "support");
  EXPECT_NEAR(cmp.lines[1].difference, -0.4, 1e-12);
  EXPECT_THAT(cmp.summary, HasSubstr("Echo (0.6) ranks above Charlie (0.5) by 0.1"));
  EXPECT_THAT(cmp.summary, HasSubstr("Quality (+0.5)"));
  EXPECT_THAT(cmp.summary, HasSubstr("partly offset by Support (-0.4)"));

  const Comparison reverse = compare(result, "c", "e");
  EXPECT_NEAR(reverse.gap, -0.1, 1e-12);
  EXPECT_THAT(reverse.summary, HasSubstr("Charlie (0.5) ranks below Echo (0.6) by 0.1"));
  EXPECT_THAT(reverse.summary, HasSubstr("Quality (-0.5)"));
}

TEST(Compare, Tie) {
  TempDir dir;
  const Result result = rank(load(dir, k_two_criteria, k_tied_providers));
  const Comparison cmp = compare(result, "b", "c");
  EXPECT_NEAR(cmp.gap, 0.0, 1e-12);
  EXPECT_THAT(cmp.summary, HasSubstr("Zeta and Alpha tie at 0.5"));
  expect_error([&] { compare(result, "b", "b"); }, ExitCode::usage);
}

TEST(FindRanked, UnknownAndExcluded) {
  TempDir dir;
  const Result result = rank(load(dir, k_requirements, k_requirement_providers));
  EXPECT_EQ(find_ranked(result, "good").id, "good");
  auto d = expect_error([&] { find_ranked(result, "godo"); }, ExitCode::usage);
  EXPECT_THAT(d.message, HasSubstr("unknown provider \"godo\""));
  EXPECT_THAT(d.message, HasSubstr("did you mean 'good'?"));
  d = expect_error([&] { find_ranked(result, "lowup"); }, ExitCode::usage);
  EXPECT_THAT(d.message, HasSubstr("excluded"));
  EXPECT_THAT(d.message, HasSubstr("uptime 99 < required 99.5"));
  d = expect_error([&] { compare(result, "good", "pricey"); }, ExitCode::usage);
  EXPECT_THAT(d.message, HasSubstr("price 150 > allowed 100"));
  // A typo of an excluded id still gets a suggestion.
  d = expect_error([&] { find_ranked(result, "pricy"); }, ExitCode::usage);
  EXPECT_THAT(d.message, HasSubstr("did you mean 'pricey'?"));
}

// ---- load_problem -----------------------------------------------------------

TEST(LoadProblem, ReportsUnknownCriteriaAndBadValuesTogether) {
  TempDir dir;
  dir.write("criteria.yaml", k_two_criteria);
  const std::string providers = dir.write("providers.yaml",
                                          "criteria: criteria.yaml\n"             // 1
                                          "providers:\n"                          // 2
                                          "  - id: a\n"                           // 3
                                          "    values:\n"                         // 4
                                          "      qualty: 5\n"                     // 5
                                          "      support: lots\n");               // 6
  ProblemSpec spec;
  spec.provider_files = {providers};
  Diagnostics diagnostics;
  EXPECT_FALSE(load_problem(spec, diagnostics).has_value());
  const Diagnostic* unknown = testing::find_diagnostic(diagnostics, "unknown criterion");
  ASSERT_NE(unknown, nullptr) << listing(diagnostics);
  EXPECT_EQ(unknown->where.file, providers);
  EXPECT_EQ(unknown->where.line, 5);
  EXPECT_THAT(unknown->message, HasSubstr("did you mean 'quality'?"));
  const Diagnostic* bad = testing::find_diagnostic(diagnostics, "'support'");
  ASSERT_NE(bad, nullptr) << listing(diagnostics);
  EXPECT_EQ(bad->where.line, 6);
  EXPECT_EQ(bad->where.column, 16);
}

TEST(LoadProblem, MissingErrorPolicyIsAnInputError) {
  TempDir dir;
  dir.write("criteria.yaml", "title: T\ncriteria:\n  - {id: q, name: Q, missing: error}\n");
  const std::string providers =
      dir.write("providers.yaml", "criteria: criteria.yaml\nproviders:\n  - id: a\n    values: {}\n");
  ProblemSpec spec;
  spec.provider_files = {providers};
  Diagnostics diagnostics;
  EXPECT_FALSE(load_problem(spec, diagnostics).has_value());
  const Diagnostic* d = testing::find_diagnostic(diagnostics, "missing: error");
  ASSERT_NE(d, nullptr) << listing(diagnostics);
  EXPECT_EQ(d->where.line, 3);
}

TEST(LoadProblem, MissingProvidersFileIsAnIoError) {
  TempDir dir;
  ProblemSpec spec;
  spec.provider_files = {dir.path("absent.yaml")};
  Diagnostics diagnostics;
  expect_error([&] { load_problem(spec, diagnostics); }, ExitCode::io_error);
}

}  // namespace
}  // namespace criterio
