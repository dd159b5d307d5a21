// The message catalog: every message in both languages with the same
// placeholders, placeholders filled in each language's order, lists joined
// the Spanish way, and names chosen by language.

#include <gtest/gtest.h>

#include "criterio/language.hpp"
#include "criterio/model.hpp"

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

}  // namespace
}  // namespace criterio
