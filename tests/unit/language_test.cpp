// The message catalog: every message in both languages with the same
// placeholders, placeholders filled in each language's order, lists joined
// the Spanish way, and names chosen by language. Then what a language changes
// in a method's output (its sentences, never its figures), in the weight tree
// (bases, notes, AHP advice) and in the registries (Spanish titles).

#include <gtest/gtest.h>

#include <cmath>
#include <optional>

#include "criterio/language.hpp"
#include "criterio/document.hpp"
#include "criterio/model.hpp"
#include "criterio/weights.hpp"
#include "sensitivity/weight_sampler.hpp"
#include "unit/method_support.hpp"

namespace criterio {
namespace {

constexpr Language k_languages[] = {Language::en, Language::es};

TEST(Language, EveryMessageHasBothLanguagesWithTheSamePlaceholders) {
  for (std::size_t i = 0; i < static_cast<std::size_t>(Message::count); ++i) {
    const auto id = static_cast<Message>(i);
    const std::string_view en = text(id, Language::en), es = text(id, Language::es);
    EXPECT_FALSE(en.empty()) << "message " << i;
    EXPECT_FALSE(es.empty()) << "message " << i << " (" << en << ")";
    EXPECT_EQ(placeholders(en), placeholders(es)) << en << " | " << es;
    // Placeholders are numbered from 0 without gaps, so that say() can fill them.
    const unsigned used = placeholders(en);
    EXPECT_EQ(used & (used + 1), 0u) << en;
  }
}

TEST(Language, PlaceholdersAreFoundAsNumberedBraces) {
  EXPECT_EQ(placeholders("no placeholder"), 0u);
  EXPECT_EQ(placeholders("{0} and {1}"), 3u);
  EXPECT_EQ(placeholders("{1} before {0}"), 3u);
  EXPECT_EQ(placeholders("{x} {} {10"), 0u);
}

TEST(Language, SayFillsThePlaceholdersWhereEachLanguagePutsThem) {
  EXPECT_EQ(say(Message::rank_of_score, Language::en, {"2", "6", "0.8068"}), "rank 2 of 6, score 0.8068");
  EXPECT_EQ(say(Message::rank_of_score, Language::es, {"2", "6", "0.8068"}), "puesto 2 de 6, puntuación 0.8068");
  EXPECT_EQ(say(Message::reason_below_minimum, Language::es, {"uptime_sla 98.9%", "99.5"}),
            "uptime_sla 98.9% < mínimo exigido 99.5");
  // An argument that looks like a placeholder is copied, not filled again.
  EXPECT_EQ(say(Message::versus, Language::en, {"{1}", "b"}), "{1} vs b");
}

TEST(Language, NamesAndParsing) {
  for (Language language : k_languages) EXPECT_EQ(parse_language(to_string(language)), language);
  EXPECT_FALSE(parse_language("sp"));
  EXPECT_FALSE(parse_language("ES"));
  EXPECT_FALSE(parse_language(""));
  EXPECT_EQ(language_names(), (std::vector<std::string>{"en", "es"}));
}

TEST(Language, AndListsJoinTheSpanishWay) {
  EXPECT_EQ(and_list({}, Language::es), "");
  EXPECT_EQ(and_list({"a"}, Language::es), "a");
  EXPECT_EQ(and_list({"Precio", "Soporte"}, Language::en), "Precio and Soporte");
  EXPECT_EQ(and_list({"Precio", "Plazos", "Soporte"}, Language::es), "Precio, Plazos y Soporte");
  // "y" becomes "e" before the sound i, but not before "hie"/"hia" (a diphthong).
  EXPECT_EQ(and_list({"Precio", "Integración"}, Language::es), "Precio e Integración");
  EXPECT_EQ(and_list({"Precio", "historial"}, Language::es), "Precio e historial");
  EXPECT_EQ(and_list({"Precio", "Índice"}, Language::es), "Precio e Índice");
  EXPECT_EQ(and_list({"Precio", "hielo"}, Language::es), "Precio y hielo");
  EXPECT_EQ(and_list({"Precio", "Integración"}, Language::en), "Precio and Integración");
}

TEST(Language, LocalizeUsesTheSpanishNamesThatAreGiven) {
  CriteriaModel model;
  model.title = "Hosting";
  model.title_es = "Alojamiento";
  CriterionNode price;
  price.name = "Price";
  price.name_es = "Precio";
  price.description = "Monthly";
  CriterionNode support;
  support.name = "Support";
  support.children.push_back(price);
  model.criteria.push_back(support);

  CriteriaModel english = model;
  localize(english, Language::en);
  EXPECT_EQ(english.title, "Hosting");
  EXPECT_EQ(english.criteria[0].children[0].name, "Price");

  localize(model, Language::es);
  EXPECT_EQ(model.title, "Alojamiento");
  EXPECT_EQ(model.criteria[0].name, "Support");  // no Spanish name: the English one stays
  EXPECT_EQ(model.criteria[0].children[0].name, "Precio");
  EXPECT_EQ(model.criteria[0].children[0].description, "Monthly");
}

// Bitwise the same matrices (NaN equal to NaN).
bool same_figures(const Eigen::MatrixXd& a, const Eigen::MatrixXd& b) {
  if (a.rows() != b.rows() || a.cols() != b.cols()) return false;
  for (Eigen::Index i = 0; i < a.size(); ++i)
    if (!(a.data()[i] == b.data()[i] || (std::isnan(a.data()[i]) && std::isnan(b.data()[i])))) return false;
  return true;
}

// Runs every method on `c` in English and in Spanish: the figures must be
// identical and every sentence (contribution meaning, notes, set notes and
// labels) must be written in each language, not copied from English.
void expect_only_sentences_change(testing::MethodCase c) {
  for (const MethodInfo& info : methods()) {
    SCOPED_TRACE(info.name);
    c.language = Language::en;
    std::optional<MethodOutput> en;
    try {
      en = testing::run_method(info.name, c);
    } catch (const Error&) {
      c.language = Language::es;
      EXPECT_THROW(testing::run_method(info.name, c), Error);  // this data does not suit the method in either language
      continue;
    }
    c.language = Language::es;
    const MethodOutput es = testing::run_method(info.name, c);
    EXPECT_TRUE(same_figures(es.scores, en->scores));
    EXPECT_TRUE(same_figures(es.utilities, en->utilities));
    EXPECT_TRUE(same_figures(es.contributions, en->contributions));
    ASSERT_EQ(es.details.size(), en->details.size());
    for (std::size_t k = 0; k < es.details.size(); ++k) {
      EXPECT_EQ(es.details[k].first, en->details[k].first);  // names are ids, as in JSON
      EXPECT_TRUE(same_figures(es.details[k].second, en->details[k].second)) << es.details[k].first;
    }
    EXPECT_FALSE(en->contribution_meaning.empty());
    EXPECT_NE(es.contribution_meaning, en->contribution_meaning);
    ASSERT_EQ(es.notes.size(), en->notes.size());
    for (std::size_t k = 0; k < es.notes.size(); ++k) EXPECT_NE(es.notes[k], en->notes[k]) << en->notes[k];
    ASSERT_EQ(es.sets.size(), en->sets.size());
    for (std::size_t k = 0; k < es.sets.size(); ++k) {
      EXPECT_EQ(es.sets[k].name, en->sets[k].name);
      EXPECT_EQ(es.sets[k].rows, en->sets[k].rows);
      EXPECT_EQ(en->sets[k].label, en->sets[k].name);
      EXPECT_NE(es.sets[k].label, en->sets[k].label);
      EXPECT_NE(es.sets[k].note, en->sets[k].note);
    }
  }
}

TEST(MethodLanguage, EveryMethodWritesItsSentencesInTheLanguageAndKeepsItsFigures) {
  testing::MethodCase c;
  c.values = testing::matrix({{250, 16, 12, 5}, {200, 16, 8, 3}, {300, 32, 16, 4}, {275, 32, 8, 4}, {225, 16, 16, 2}});
  c.directions = "-+++";
  c.weights = {0.35, 0.25, 0.25, 0.15};
  expect_only_sentences_change(c);
}

TEST(MethodLanguage, DegenerateDataGivesTheSameNotesInEachLanguage) {
  // Identical providers: TOPSIS says each scores 0.5, VIKOR that S and R are flat.
  testing::MethodCase c;
  c.values = testing::matrix({{3, 4}, {3, 4}, {3, 4}});
  expect_only_sentences_change(c);
  c.language = Language::es;
  const MethodOutput topsis = testing::run_method("topsis", c);
  ASSERT_EQ(topsis.notes.size(), 1u);
  EXPECT_EQ(topsis.notes[0], "todos los proveedores son idénticos en cada criterio ponderado: cada uno puntúa 0.5");
  c.language = Language::en;
  EXPECT_EQ(testing::run_method("topsis", c).notes.at(0),
            "all providers are identical on every weighted criterion: each scores 0.5");
}

TEST(MethodLanguage, VikorSentencesInSpanishAndEnglish) {
  testing::MethodCase c;
  c.values = testing::matrix({{250, 16, 12, 5}, {200, 16, 8, 3}, {300, 32, 16, 4}, {275, 32, 8, 4}, {225, 16, 16, 2}});
  c.directions = "-+++";
  c.language = Language::es;
  const MethodOutput es = testing::run_method("vikor", c);
  c.language = Language::en;
  const MethodOutput en = testing::run_method("vikor", c);
  EXPECT_EQ(en.contribution_meaning, "weighted regret; sums to S, the largest is R (lower is better)");
  EXPECT_EQ(es.contribution_meaning, "arrepentimiento ponderado; suman S, el mayor es R (menor es mejor)");
  // The two conditions come last, after any note on flat S or R.
  ASSERT_GE(en.notes.size(), 2u);
  ASSERT_EQ(es.notes.size(), en.notes.size());
  const std::size_t advantage = en.notes.size() - 2, stability = en.notes.size() - 1;
  EXPECT_EQ(en.notes[advantage].substr(0, 21), "acceptable advantage ") << en.notes[advantage];
  EXPECT_EQ(es.notes[advantage].substr(0, 21), "la ventaja aceptable ") << es.notes[advantage];
  EXPECT_EQ(en.notes[stability].substr(0, 21), "acceptable stability ") << en.notes[stability];
  EXPECT_EQ(es.notes[stability].substr(0, 25), "la estabilidad aceptable ") << es.notes[stability];
  EXPECT_EQ(es.sets.at(0).label, "compromiso");
  EXPECT_EQ(es.sets.at(0).name, "compromise");
}

TEST(MethodLanguage, EveryMethodAndWeightingHasASpanishTitleAndSummary) {
  for (const MethodInfo& m : methods()) {
    EXPECT_FALSE(m.title_es.empty()) << m.name;
    EXPECT_FALSE(m.summary_es.empty()) << m.name;
    EXPECT_NE(m.summary_es, m.summary) << m.name;
    for (const ParamSpec& p : m.params) {
      EXPECT_FALSE(p.description_es.empty()) << m.name << " " << p.key;
      EXPECT_NE(p.description_es, p.description) << m.name << " " << p.key;
    }
  }
  for (const WeightingInfo& w : weighting_methods()) {
    EXPECT_FALSE(w.title_es.empty()) << w.name;
    EXPECT_NE(w.summary_es, w.summary) << w.name;
  }
}

const WeightNode& child(const WeightNode& node, const std::string& id) {
  for (const auto& c : node.children)
    if (c.id == id) return c;
  ADD_FAILURE() << "no child " << id;
  return node;
}

CriteriaModel load_model(const std::string& yaml) {
  Diagnostics diagnostics;
  CriteriaModel model = load_criteria(parse_yaml(yaml, "c.yaml"), diagnostics);
  EXPECT_FALSE(diagnostics.has_errors());
  return model;
}

TEST(WeightLanguage, BasesNotesAndAdviceInSpanishWithTheSameWeights) {
  const CriteriaModel m = load_model(
      "title: T\n"
      "weighting: {method: ahp, judgments: {price: {uptime: 9}, uptime: {support: 9}, support: {price: 9}}}\n"
      "criteria:\n"
      "  - id: price\n"
      "    name: Price\n"
      "    weighting: {method: roc, order: [a, b]}\n"
      "    children: [{id: a, name: A}, {id: b, name: B}]\n"
      "  - id: uptime\n"
      "    name: Uptime\n"
      "    weighting: {method: swing, points: {c: 100, d: 40}}\n"
      "    children: [{id: c, name: C}, {id: d, name: D}]\n"
      "  - id: support\n"
      "    name: Support\n"
      "    children: [{id: e, name: E, weight: 2}, {id: f, name: F, weight: 3}]\n");
  const WeightTree en = derive_weights(m, nullptr);
  const WeightTree es = derive_weights(m, nullptr, nullptr, Language::es);
  EXPECT_EQ(leaf_weights(es), leaf_weights(en));
  EXPECT_EQ(child(en.root, "price").basis, "AHP priority");
  EXPECT_EQ(child(es.root, "price").basis, "prioridad AHP");
  EXPECT_EQ(child(child(en.root, "price"), "a").basis, "rank 1 (roc)");
  EXPECT_EQ(child(child(es.root, "price"), "a").basis, "puesto 1 (roc)");
  EXPECT_EQ(child(child(en.root, "uptime"), "d").basis, "40 points (swing)");
  EXPECT_EQ(child(child(es.root, "uptime"), "d").basis, "40 puntos (swing)");
  EXPECT_EQ(child(child(en.root, "support"), "f").basis, "weight 3");
  EXPECT_EQ(child(child(es.root, "support"), "f").basis, "peso 3");

  ASSERT_TRUE(en.root.ahp && es.root.ahp);
  ASSERT_FALSE(en.root.ahp->advice.empty());
  ASSERT_EQ(es.root.ahp->advice.size(), en.root.ahp->advice.size());
  EXPECT_EQ(en.root.ahp->advice[0].sentence.substr(0, 9), "you said ");
  EXPECT_EQ(es.root.ahp->advice[0].sentence.substr(0, 11), "usted dijo ");
  EXPECT_EQ(es.root.ahp->advice[0].cr_after, en.root.ahp->advice[0].cr_after);
  ASSERT_EQ(es.root.notes.size(), 1u);
  EXPECT_EQ(en.root.notes[0].substr(0, 34), "the judgments are inconsistent (CR");
  EXPECT_EQ(es.root.notes[0].substr(0, 35), "los juicios son incoherentes (CR 6.");
}

TEST(WeightLanguage, SamplerDescriptionsInSpanish) {
  const std::vector<std::string> names = {"a", "b", "c"};
  const sensitivity::WeightSampler simplex(3, {}, names, 1);
  EXPECT_EQ(simplex.description(), "uniform over the simplex");
  EXPECT_EQ(simplex.description(Language::es), "uniforme sobre el símplex");
}

}  // namespace
}  // namespace criterio
