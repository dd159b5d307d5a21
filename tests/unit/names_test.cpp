// The registries' translations (src/text/names.hpp): every method, parameter
// and weighting method has a Spanish text, and every row of the Spanish table
// names something that exists, so that the table cannot rot.

#include "text/names.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace criterio {
namespace {

// Every key the registries need, in the scheme names.hpp gives.
std::set<std::string> registry_keys() {
  std::set<std::string> keys;
  for (const MethodInfo& m : methods()) {
    keys.insert("method." + m.name + ".title");
    keys.insert("method." + m.name + ".summary");
    for (const ParamSpec& p : m.params) keys.insert("method." + m.name + ".param." + p.key);
  }
  for (const WeightingInfo& w : weighting_methods()) {
    keys.insert("weighting." + w.name + ".title");
    keys.insert("weighting." + w.name + ".summary");
  }
  return keys;
}

TEST(Names, EnglishIsTheRegistrysOwnText) {
  EXPECT_TRUE(name_translations(Language::en).empty());
  EXPECT_EQ(translated("method.wsm.title", Language::en), std::nullopt);
  const MethodInfo& wsm = *find_method("wsm");
  EXPECT_EQ(method_title(wsm, Language::en), wsm.title);
  EXPECT_EQ(param_description(wsm, wsm.params.front(), Language::en), wsm.params.front().description);
}

TEST(Names, AMissingKeyFallsBackToEnglish) {
  EXPECT_EQ(translated("method.nonexistent.title", Language::es), std::nullopt);
  MethodInfo unknown{.name = "nonexistent", .title = "Not a method", .summary = "none", .reference = ""};
  EXPECT_EQ(method_title(unknown, Language::es), "Not a method");
}

TEST(Names, EveryMethodParameterAndWeightingHasASpanishText) {
  for (const MethodInfo& m : methods()) {
    EXPECT_NE(method_summary(m, Language::es), m.summary) << m.name;
    for (const ParamSpec& p : m.params)
      EXPECT_NE(param_description(m, p, Language::es), p.description) << m.name << " " << p.key;
  }
  for (const WeightingInfo& w : weighting_methods()) {
    EXPECT_NE(weighting_summary(w, Language::es), w.summary) << w.name;
  }
  const std::set<std::string> needed = registry_keys();
  for (const std::string& key : needed) EXPECT_TRUE(translated(key, Language::es).has_value()) << key;
}

TEST(Names, EveryRowOfTheSpanishTableNamesSomethingThatExistsOnce) {
  const std::set<std::string> needed = registry_keys();
  std::set<std::string> seen;
  for (const NameTranslation& row : name_translations(Language::es)) {
    EXPECT_TRUE(needed.contains(std::string(row.key))) << row.key << " names no method, parameter or weighting";
    EXPECT_TRUE(seen.insert(std::string(row.key)).second) << row.key << " twice";
    EXPECT_FALSE(row.text.empty()) << row.key;
  }
  EXPECT_EQ(seen.size(), needed.size());
}

}  // namespace
}  // namespace criterio
