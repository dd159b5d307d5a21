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
#include "text/messages.hpp"

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
  EXPECT_EQ(say(Message::reason_below_minimum, Language::es, {"uptime_sla", "98.9%", "99.5"}),
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

// A phrase in both languages: every placeholder filled, and the Spanish
// written for Spanish readers, not copied from English.
void expect_both_languages(const Phrase& phrase) {
  const std::string en = to_text(phrase, Language::en), es = to_text(phrase, Language::es);
  EXPECT_FALSE(en.empty());
  EXPECT_NE(es, en) << en;
  EXPECT_EQ(placeholders(en), 0u) << en;
  EXPECT_EQ(placeholders(es), 0u) << es;
}

// Runs every method on `c`: each phrase it returns (contribution meaning,
// notes, set notes and labels) reads in English and in Spanish. Its figures
// cannot depend on the language: a method is never told one.
void expect_phrases_in_both_languages(const testing::MethodCase& c) {
  for (const MethodInfo& info : methods()) {
    SCOPED_TRACE(info.name);
    std::optional<MethodOutput> out;
    try {
      out = testing::run_method(info.name, c);
    } catch (const Error&) {
      continue;  // this data does not suit the method
    }
    ASSERT_TRUE(out->contribution_meaning.has_value());
    expect_both_languages(*out->contribution_meaning);
    for (const Phrase& note : out->notes) expect_both_languages(note);
    for (const RowSet& set : out->sets) {
      EXPECT_EQ(to_text(set.label, Language::en), set.name);  // the English name is the id
      expect_both_languages(set.label);
      expect_both_languages(set.note);
    }
  }
}

TEST(MethodLanguage, EveryMethodsPhrasesReadInBothLanguages) {
  testing::MethodCase c;
  c.values = testing::matrix({{250, 16, 12, 5}, {200, 16, 8, 3}, {300, 32, 16, 4}, {275, 32, 8, 4}, {225, 16, 16, 2}});
  c.directions = "-+++";
  c.weights = {0.35, 0.25, 0.25, 0.15};
  expect_phrases_in_both_languages(c);
}

TEST(MethodLanguage, DegenerateDataGivesNotesInBothLanguages) {
  // Identical providers: TOPSIS says each scores 0.5, VIKOR that S and R are flat.
  testing::MethodCase c;
  c.values = testing::matrix({{3, 4}, {3, 4}, {3, 4}});
  expect_phrases_in_both_languages(c);
  const MethodOutput topsis = testing::run_method("topsis", c);
  ASSERT_EQ(topsis.notes.size(), 1u);
  EXPECT_EQ(to_text(topsis.notes[0], Language::es),
            "todos los proveedores son idénticos en cada criterio ponderado: cada uno puntúa 0.5");
  EXPECT_EQ(to_text(topsis.notes[0], Language::en),
            "all providers are identical on every weighted criterion: each scores 0.5");
}

TEST(MethodLanguage, VikorSentencesInSpanishAndEnglish) {
  testing::MethodCase c;
  c.values = testing::matrix({{250, 16, 12, 5}, {200, 16, 8, 3}, {300, 32, 16, 4}, {275, 32, 8, 4}, {225, 16, 16, 2}});
  c.directions = "-+++";
  const MethodOutput out = testing::run_method("vikor", c);
  EXPECT_EQ(to_text(*out.contribution_meaning, Language::en),
            "weighted regret; sums to S, the largest is R (lower is better)");
  EXPECT_EQ(to_text(*out.contribution_meaning, Language::es),
            "arrepentimiento ponderado; suman S, el mayor es R (menor es mejor)");
  // The two conditions come last, after any note on flat S or R.
  ASSERT_GE(out.notes.size(), 2u);
  const Phrase& advantage = out.notes[out.notes.size() - 2];
  const Phrase& stability = out.notes.back();
  EXPECT_EQ(to_text(advantage, Language::en).substr(0, 21), "acceptable advantage ") << advantage;
  EXPECT_EQ(to_text(advantage, Language::es).substr(0, 21), "la ventaja aceptable ") << advantage;
  EXPECT_EQ(to_text(stability, Language::en).substr(0, 21), "acceptable stability ") << stability;
  EXPECT_EQ(to_text(stability, Language::es).substr(0, 25), "la estabilidad aceptable ") << stability;
  EXPECT_EQ(to_text(out.sets.at(0).label, Language::es), "compromiso");
  EXPECT_EQ(out.sets.at(0).name, "compromise");
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

TEST(WeightLanguage, BasesNotesAndAdviceInBothLanguages) {
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
  const WeightTree t = derive_weights(m, nullptr);
  const auto basis = [](const WeightNode& node, Language l) { return to_text(*node.basis, l); };
  EXPECT_EQ(basis(child(t.root, "price"), Language::en), "AHP priority");
  EXPECT_EQ(basis(child(t.root, "price"), Language::es), "prioridad AHP");
  EXPECT_EQ(basis(child(child(t.root, "price"), "a"), Language::en), "rank 1 (roc)");
  EXPECT_EQ(basis(child(child(t.root, "price"), "a"), Language::es), "puesto 1 (roc)");
  EXPECT_EQ(basis(child(child(t.root, "uptime"), "d"), Language::en), "40 points (swing)");
  EXPECT_EQ(basis(child(child(t.root, "uptime"), "d"), Language::es), "40 puntos (swing)");
  EXPECT_EQ(basis(child(child(t.root, "support"), "f"), Language::en), "weight 3");
  EXPECT_EQ(basis(child(child(t.root, "support"), "f"), Language::es), "peso 3");

  ASSERT_TRUE(t.root.ahp);
  ASSERT_FALSE(t.root.ahp->advice.empty());
  EXPECT_EQ(to_text(t.root.ahp->advice[0].sentence, Language::en).substr(0, 9), "you said ");
  EXPECT_EQ(to_text(t.root.ahp->advice[0].sentence, Language::es).substr(0, 11), "usted dijo ");
  ASSERT_EQ(t.root.notes.size(), 1u);
  EXPECT_EQ(to_text(t.root.notes[0], Language::en).substr(0, 34), "the judgments are inconsistent (CR");
  EXPECT_EQ(to_text(t.root.notes[0], Language::es).substr(0, 35), "los juicios son incoherentes (CR 6.");
}

TEST(WeightLanguage, SamplerDescriptionsInSpanish) {
  const std::vector<std::string> names = {"a", "b", "c"};
  const sensitivity::WeightSampler simplex(3, {}, names, 1);
  EXPECT_EQ(to_text(simplex.description(), Language::en), "uniform over the simplex");
  EXPECT_EQ(to_text(simplex.description(), Language::es), "uniforme sobre el símplex");
}

}  // namespace
}  // namespace criterio
