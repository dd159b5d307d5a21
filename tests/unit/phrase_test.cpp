// Phrases: their arguments rendered in each language, and the catalog's
// phrase codes held to the result schema that documents them for tools.

#include "criterio/phrase.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "text/messages.hpp"

namespace criterio {
namespace {

TEST(Phrase, EachKindOfArgumentIsRendered) {
  const Phrase below{Message::reason_below_minimum, {"uptime_sla", "98.9%", Phrase::Number{99.5, 6}}};
  EXPECT_EQ(to_text(below, Language::en), "uptime_sla 98.9% < required 99.5");
  EXPECT_EQ(to_text(below, Language::es), "uptime_sla 98.9% < mínimo exigido 99.5");
  // A figure keeps at most its decimals; a count is an integer.
  EXPECT_EQ(to_text(Phrase{Message::m_vikor_set_advantage, {Phrase::Number{1.0 / 3, 4}}}, Language::en),
            "acceptable advantage fails: a1 to aM, whose Q is less than DQ = 0.3333 above Q(a1)");
  EXPECT_EQ(to_text(Phrase{Message::m_multimoora_circular, {std::int64_t{3}}}, Language::en).substr(0, 59),
            "the dominance between the three rankings is circular for 3 ");
  // A list of texts is joined by commas in every language.
  const Phrase imputed{Message::warning_imputed, {"p1", std::vector<std::string>{"price", "uptime"}}};
  EXPECT_EQ(to_text(imputed, Language::es).substr(0, 30), "p1: sin valor para price, upti");
}

TEST(Phrase, NestedPhrasesAreRenderedInTheSameLanguageOneAfterAnother) {
  const Phrase both{Message::m_electre1_thresholds,
                    {Phrase::Number{0.6, 6}, Phrase::Number{0.25, 6},
                     std::vector{Phrase{Message::m_electre1_mean_c, {}}, Phrase{Message::m_electre1_mean_d, {}}}}};
  EXPECT_EQ(to_text(both, Language::en),
            "a outranks b when C(a,b) >= c = 0.6 and D(a,b) <= d = 0.25; c is the mean concordance; d is the mean "
            "discordance");
  const Phrase none{Message::m_electre1_thresholds, {Phrase::Number{0.6, 6}, Phrase::Number{0.25, 6}, std::vector<Phrase>{}}};
  EXPECT_EQ(to_text(none, Language::es), "a supera a b cuando C(a,b) >= c = 0.6 y D(a,b) <= d = 0.25");
  const Phrase group{Message::warning_ahp_inconsistent,
                     {std::vector{Phrase{Message::named_group, {"support"}}}, Phrase::Number{0.1234, 3}}};
  EXPECT_EQ(to_text(group, Language::es).substr(0, 50), "los juicios AHP de el grupo 'support' son incohere");
}

TEST(Phrase, ArgumentNamesFollowThePlaceholders) {
  EXPECT_EQ(phrase_code(Message::reason_below_minimum), "below_minimum");
  EXPECT_EQ(phrase_arguments(Message::reason_below_minimum),
            (std::vector<std::string_view>{"criterion", "actual", "required"}));
  EXPECT_TRUE(phrase_arguments(Message::m_wsm).empty());
  EXPECT_EQ(phrase_code(Message::provider), "") << "a column heading is not a phrase";
}

// The English text of `id` with its placeholders named: "{criterion} < ...".
std::string named_text(Message id) {
  std::string text(criterio::text(id, Language::en));
  const auto names = phrase_arguments(id);
  for (std::size_t k = 0; k < names.size(); ++k) {
    const std::string placeholder = "{" + std::to_string(k) + "}";
    for (std::size_t at; (at = text.find(placeholder)) != std::string::npos;)
      text.replace(at, placeholder.size(), "{" + std::string(names[k]) + "}");
  }
  return text;
}

// Every phrase code of the catalog is documented in the result schema with
// its arguments and its English text, and the schema names no other code.
TEST(Phrase, TheResultSchemaDocumentsEveryCode) {
  std::ifstream in(std::string(CRITERIO_SOURCE_DIR) + "/schemas/result.schema.json");
  const nlohmann::json phrase = nlohmann::json::parse(in).at("definitions").at("phrase");
  std::map<std::string, nlohmann::json> documented;
  for (const auto& rule : phrase.at("allOf")) documented[rule.at("if").at("properties").at("code").at("const")] = rule.at("then");
  std::set<std::string> codes;
  for (std::size_t k = 0; k < static_cast<std::size_t>(Message::count); ++k) {
    const auto id = static_cast<Message>(k);
    const std::string code(phrase_code(id));
    if (code.empty()) continue;
    codes.insert(code);
    ASSERT_TRUE(documented.contains(code)) << code << " is not in schemas/result.schema.json";
    const std::vector<std::string_view> arguments = phrase_arguments(id);
    const std::vector<std::string> names(arguments.begin(), arguments.end());
    EXPECT_EQ(documented[code].at("required").get<std::vector<std::string>>(), names) << code;
    if (id != Message::m_electre3_incomparable_many) {  // shares its code with the singular's text
      EXPECT_EQ(documented[code].at("description"), named_text(id)) << code;
    }
  }
  EXPECT_EQ(phrase.at("properties").at("code").at("enum").get<std::set<std::string>>(), codes);
  EXPECT_EQ(documented.size(), codes.size());
}

}  // namespace
}  // namespace criterio
