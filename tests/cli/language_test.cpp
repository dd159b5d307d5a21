// --lang es and CRITERIO_LANG on the real binary: Spanish labels, names and
// sentences with the same figures; JSON keys, ids and numbers unchanged;
// English by default, whatever LANG says; an unknown language is a usage error.

#include <gtest/gtest.h>

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <optional>
#include <regex>

#include "cli/cli_support.hpp"

namespace criterio::testing {
namespace {

using nlohmann::json;

// Sets an environment variable for one scope (the binary inherits it).
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : m_name(name) {
    if (const char* old = std::getenv(name)) m_old = old;
    setenv(name, value, 1);
  }
  ~ScopedEnv() {
    if (m_old) setenv(m_name, m_old->c_str(), 1);
    else unsetenv(m_name);
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* m_name;
  std::optional<std::string> m_old;
};

RunResult run_ok(const std::vector<std::string>& args) {
  const RunResult r = run(args);
  EXPECT_EQ(r.exit_code, 0) << describe(r);
  return r;
}

// Every number printed with four decimals (scores, weights, contributions), in order.
std::vector<std::string> four_decimal_numbers(const std::string& text) {
  static const std::regex number(R"([-+]?\d+\.\d{4}\b)");
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), number); it != std::sregex_iterator(); ++it)
    out.push_back(it->str());
  return out;
}

// Every decimal number in `text` (scores, weights, shares), in order.
std::vector<std::string> decimal_numbers(const std::string& text) {
  static const std::regex number(R"(\d+\.\d+)");
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), number); it != std::sregex_iterator(); ++it)
    out.push_back(it->str());
  return out;
}

// Whether `a` and `b` have the same keys in the same order, the same array
// lengths and the same numbers, booleans and nulls: only strings may differ.
::testing::AssertionResult same_shape(const json& a, const json& b, const std::string& where = "$") {
  if (a.type() != b.type()) return ::testing::AssertionFailure() << where << ": types differ";
  if (a.is_object()) {
    auto x = a.begin();
    auto y = b.begin();
    for (; x != a.end() && y != b.end(); ++x, ++y) {
      if (x.key() != y.key()) return ::testing::AssertionFailure() << where << ": key " << x.key() << " vs " << y.key();
      if (auto r = same_shape(x.value(), y.value(), where + "." + x.key()); !r) return r;
    }
    if (a.size() != b.size()) return ::testing::AssertionFailure() << where << ": key counts differ";
  } else if (a.is_array()) {
    if (a.size() != b.size()) return ::testing::AssertionFailure() << where << ": lengths differ";
    for (std::size_t i = 0; i < a.size(); ++i)
      if (auto r = same_shape(a[i], b[i], where + "[" + std::to_string(i) + "]"); !r) return r;
  } else if (!a.is_string() && a != b) {
    return ::testing::AssertionFailure() << where << ": " << a.dump() << " vs " << b.dump();
  }
  return ::testing::AssertionSuccess();
}

TEST(CliLanguage, RankInSpanishHasSpanishHeadingsNamesAndSentencesAndTheSameNumbers) {
  const RunResult en = run_ok({"rank", k_example});
  const RunResult es = run_ok({"--lang", "es", "rank", k_example});
  for (const char* text : {"Proveedores de alojamiento web", "Proveedor", "Puntuación", "Avisos", "clasificados: 6, excluidos: 1",
                           "Precio mensual", "Excluidos", "Advertencias", "mínimo exigido 99.5", "sin valor para"})
    EXPECT_TRUE(contains(es.out, text)) << text << "\n" << es.out;
  for (const char* text : {"Provider", "Score", "Warnings", "Monthly price", "ranked", "required"})
    EXPECT_FALSE(contains(es.out, text)) << text << "\n" << es.out;
  EXPECT_EQ(four_decimal_numbers(es.out), four_decimal_numbers(en.out));
  EXPECT_FALSE(four_decimal_numbers(es.out).empty());
}

TEST(CliLanguage, MarkdownInSpanish) {
  const RunResult es = run_ok({"--lang", "es", "rank", k_example, "-f", "markdown"});
  EXPECT_TRUE(contains(es.out, "| # | Proveedor | Puntuación | Fortalezas | Debilidades | Avisos |")) << es.out;
  EXPECT_TRUE(contains(es.out, "### Advertencias")) << es.out;
}

TEST(CliLanguage, ExplainInSpanish) {
  const RunResult en = run_ok({"explain", "nimbus", k_example});
  const RunResult es = run_ok({"--lang", "es", "explain", "nimbus", k_example});
  for (const char* text : {"puesto 2 de 6, puntuación", "Criterio", "Utilidad", "Peso", "Puesto", "Fortalezas:",
                           "Debilidades:", "Habilidades interpersonales", "reseñas, media bruta"})
    EXPECT_TRUE(contains(es.out, text)) << text << "\n" << es.out;
  EXPECT_EQ(four_decimal_numbers(es.out), four_decimal_numbers(en.out));

  const RunResult excluded = run_ok({"--lang", "es", "explain", "cheapo", k_example});
  EXPECT_TRUE(contains(excluded.out, "excluido")) << excluded.out;
  EXPECT_TRUE(contains(excluded.out, "uptime_sla 98.9% < mínimo exigido 99.5")) << excluded.out;
}

// The value texts measure() builds and the catalog's units (unit_es).
TEST(CliLanguage, ExplainShowsValuesAndUnitsInSpanish) {
  const RunResult en = run_wide({"explain", "nimbus", k_example});
  const RunResult es = run_wide({"--lang", "es", "explain", "nimbus", k_example});
  ASSERT_EQ(es.exit_code, 0) << describe(es);
  for (const char* text : {"3.66 (10 reviews, mean 4.1)", " yes ", "0.75 hours", "3 behaviours", "16 years"})
    EXPECT_TRUE(contains(en.out, text)) << text << "\n" << en.out;
  for (const char* text : {"3.66 (10 reseñas, media 4.1)", " sí ", "0.75 horas", "3 conductas", "16 años",
                           "129 EUR/mes", "168 horas/semana"})
    EXPECT_TRUE(contains(es.out, text)) << text << "\n" << es.out;
  for (const char* text : {"reviews", " yes ", "hours", "behaviours"})
    EXPECT_FALSE(contains(es.out, text)) << text << "\n" << es.out;
  EXPECT_EQ(four_decimal_numbers(es.out), four_decimal_numbers(en.out));
}

// A criteria file without unit_es keeps its unit in every language.
TEST(CliLanguage, SpreadValuesInSpanish) {
  const std::string file = "tests/data/uncertain/providers.yaml";
  const RunResult en = run_wide({"explain", "alpha", file});
  const RunResult es = run_wide({"--lang", "es", "explain", "alpha", file});
  for (const char* text : {"99 to 100%", "2 to 40 hours (most likely 12)"})
    EXPECT_TRUE(contains(en.out, text)) << text << "\n" << describe(en);
  for (const char* text : {"99 a 100%", "2 a 40 hours (lo más probable: 12)"})
    EXPECT_TRUE(contains(es.out, text)) << text << "\n" << describe(es);
}

TEST(CliLanguage, CompareSentenceInSpanish) {
  const RunResult es = run_wide({"--lang", "es", "compare", "nimbus", "harbor", k_example});
  EXPECT_EQ(es.exit_code, 0) << describe(es);
  EXPECT_TRUE(contains(es.out, "Nimbus Cloud frente a Harbor Web Services")) << es.out;
  EXPECT_TRUE(contains(es.out, "queda por encima de Harbor Web Services")) << es.out;
  EXPECT_TRUE(contains(es.out, "la diferencia se debe sobre todo a")) << es.out;
}

TEST(CliLanguage, WeightsInSpanish) {
  const RunResult en = run_ok({"weights", "criteria/hosting.yaml"});
  const RunResult es = run_ok({"--lang", "es", "weights", "criteria/hosting.yaml"});
  for (const char* text : {"Pesos · ", "criterio", "cómo", "(primer nivel: "})
    EXPECT_TRUE(contains(es.out, text)) << text << "\n" << es.out;
  for (const char* text : {"Weights ·", "top level", "how"}) EXPECT_FALSE(contains(es.out, text)) << text << "\n" << es.out;
  EXPECT_EQ(decimal_numbers(es.out), decimal_numbers(en.out));
  EXPECT_FALSE(decimal_numbers(es.out).empty());
}

TEST(CliLanguage, SensitivityInSpanishHasSpanishFindingsAndTheSameFigures) {
  const RunResult en = run_wide({"sensitivity", k_example});
  const RunResult es = run_wide({"--lang", "es", "sensitivity", k_example});
  ASSERT_EQ(es.exit_code, 0) << describe(es);
  for (const char* text : {"Sensibilidad · ", "Estabilidad de los pesos", "el ganador sigue primero", "Qué haría falta",
                           "Conclusiones", "el caso más ajustado: si el peso de"})
    EXPECT_TRUE(contains(es.out, text)) << text << "\n" << es.out;
  for (const char* text : {"Weight stability", "Findings", "winner stays first", "the closest call", "stays first while"})
    EXPECT_FALSE(contains(es.out, text)) << text << "\n" << es.out;
  EXPECT_EQ(decimal_numbers(es.out), decimal_numbers(en.out));

  // JSON: the same keys and figures, the findings in Spanish.
  const json en_json = json::parse(run_ok({"sensitivity", k_example, "-f", "json"}).out);
  const json es_json = json::parse(run_ok({"--lang", "es", "sensitivity", k_example, "-f", "json"}).out);
  EXPECT_TRUE(same_shape(en_json, es_json));
  EXPECT_EQ(es_json["kind"], "sensitivity");
  ASSERT_FALSE(es_json["findings"].empty());
  EXPECT_NE(es_json["findings"], en_json["findings"]);
  EXPECT_TRUE(contains(es_json["findings"].dump(), "sigue en primer lugar")) << es_json["findings"].dump();
}

TEST(CliLanguage, HtmlReportInSpanish) {
  const RunResult en = run_ok({"rank", k_example, "--robustness", "-f", "html"});
  const RunResult es = run_ok({"--lang", "es", "rank", k_example, "--robustness", "-f", "html"});
  EXPECT_TRUE(contains(en.out, "<html lang=\"en\">"));
  EXPECT_TRUE(contains(es.out, "<html lang=\"es\">"));
  for (const char* text : {"<h2>Clasificación</h2>", "<h2>Contribuciones por criterio</h2>", "<h2>Utilidades</h2>",
                           "<h2>Excluidos</h2>", "<h2>Pesos</h2>", "<h2>Robustez</h2>", "<th scope=\"col\">Proveedor</th>",
                           "Aceptabilidad de puestos", "Proveedores de alojamiento web", "mínimo exigido"})
    EXPECT_TRUE(contains(es.out, text)) << text;
  for (const char* text : {">Provider<", ">Ranking<", ">Utilities<", ">Robustness<", "Higher score is better", "Contributions of "})
    EXPECT_FALSE(contains(es.out, text)) << text;
  EXPECT_EQ(four_decimal_numbers(es.out), four_decimal_numbers(en.out));

  const RunResult explain = run_ok({"--lang", "es", "explain", "nimbus", k_example, "-f", "html"});
  EXPECT_TRUE(contains(explain.out, "puesto 2 de 6, puntuación")) << explain.out;
  const RunResult weights = run_ok({"--lang", "es", "weights", "criteria/hosting.yaml", "-f", "html"});
  EXPECT_TRUE(contains(weights.out, "<title>Pesos: ")) << weights.out;
}

TEST(CliLanguage, DiffInSpanish) {
  const std::string dir = ::testing::TempDir();
  const std::string before = dir + "/lang_before.json", after = dir + "/lang_after.json";
  run_ok({"rank", k_example, "-f", "json", "-o", before});
  run_ok({"rank", k_example, "-m", "topsis", "-f", "json", "-o", after});
  const RunResult table = run_ok({"--lang", "es", "diff", before, after});
  for (const char* text : {"Cambios: ", "proveedores con cambios", "proveedor", "estado", "criterios que lo explican"})
    EXPECT_TRUE(contains(table.out, text)) << text << "\n" << table.out;
  EXPECT_FALSE(contains(table.out, "criteria behind it")) << table.out;
  EXPECT_TRUE(contains(table.out, "los métodos difieren (wsm y después topsis): las puntuaciones no son comparables"))
      << table.out;
  const RunResult english = run_ok({"diff", before, after});
  EXPECT_TRUE(contains(english.out, "the methods differ (wsm, then topsis): scores are not comparable")) << english.out;
  const RunResult markdown = run_ok({"--lang", "es", "diff", before, after, "-f", "markdown"});
  EXPECT_TRUE(contains(markdown.out, "### Cambios en la clasificación")) << markdown.out;
  EXPECT_TRUE(contains(markdown.out, "| Proveedor | Estado | Puesto | Movimiento | Puntuación | Criterios que lo explican |"))
      << markdown.out;
}

TEST(CliLanguage, EnglishIsTheDefaultForEveryFormatAndCommand) {
  const std::vector<std::vector<std::string>> runs = {
      {"rank", k_example, "--robustness", "-f", "html"}, {"sensitivity", k_example}, {"weights", "criteria/hosting.yaml"},
      {"explain", "nimbus", k_example, "-f", "markdown"}};
  for (const auto& args : runs) {
    std::vector<std::string> english = {"--lang", "en"};
    english.insert(english.end(), args.begin(), args.end());
    EXPECT_EQ(run_ok(english).out, run_ok(args).out) << args[0];
  }
}

TEST(CliLanguage, JsonKeepsItsKeysIdsAndNumbersAndTranslatesOnlyText) {
  const json en = json::parse(run_ok({"rank", k_example, "-f", "json"}).out);
  const json es = json::parse(run_ok({"--lang", "es", "rank", k_example, "-f", "json"}).out);
  EXPECT_TRUE(same_shape(en, es));
  EXPECT_EQ(es["schema_version"], en["schema_version"]);
  EXPECT_EQ(es["method"], en["method"]);
  for (std::size_t i = 0; i < en["ranking"].size(); ++i) EXPECT_EQ(es["ranking"][i]["id"], en["ranking"][i]["id"]);
  EXPECT_EQ(es["title"], "Proveedores de alojamiento web");
  EXPECT_NE(es["excluded"][0]["reasons"], en["excluded"][0]["reasons"]);
  EXPECT_TRUE(contains(es.dump(), "mínimo exigido")) << es.dump();
}

TEST(CliLanguage, CsvIsTheSameInEveryLanguageButForNames) {
  // The CSV's headers, ids, numbers and status words are a contract; only names follow --lang.
  const std::string en = run_ok({"rank", k_example, "-f", "csv"}).out;
  const std::string es = run_ok({"--lang", "es", "rank", k_example, "-f", "csv"}).out;
  EXPECT_EQ(es.substr(0, es.find('\n')), en.substr(0, en.find('\n')));
  EXPECT_EQ(four_decimal_numbers(es), four_decimal_numbers(en));
}

TEST(CliLanguage, EnglishIsTheDefaultAndLangDoesNotChangeIt) {
  const RunResult plain = run_ok({"rank", k_example});
  const RunResult en = run_ok({"--lang", "en", "rank", k_example});
  EXPECT_EQ(en.out, plain.out);
  ScopedEnv lang("LANG", "es_ES.UTF-8");
  ScopedEnv messages("LC_MESSAGES", "es_ES.UTF-8");
  EXPECT_EQ(run_ok({"rank", k_example}).out, plain.out);
  EXPECT_TRUE(contains(plain.out, "Web hosting providers")) << plain.out;
}

TEST(CliLanguage, CriterioLangChoosesTheLanguageAndTheOptionWins) {
  ScopedEnv lang("CRITERIO_LANG", "es");
  EXPECT_TRUE(contains(run_ok({"rank", k_example}).out, "Proveedor"));
  EXPECT_TRUE(contains(run_ok({"--lang", "en", "rank", k_example}).out, "Provider"));
}

TEST(CliLanguage, UnknownLanguageIsAUsageErrorWithASuggestion) {
  const RunResult r = run({"--lang", "esp", "rank", k_example});
  EXPECT_EQ(r.exit_code, 2) << describe(r);
  EXPECT_TRUE(contains(r.err, "unknown language \"esp\"")) << r.err;
  EXPECT_TRUE(contains(r.err, "did you mean 'es'")) << r.err;
  EXPECT_TRUE(r.out.empty());

  ScopedEnv lang("CRITERIO_LANG", "fr");
  const RunResult from_env = run({"rank", k_example});
  EXPECT_EQ(from_env.exit_code, 2) << describe(from_env);
  EXPECT_TRUE(contains(from_env.err, "CRITERIO_LANG")) << from_env.err;
}

TEST(CliLanguage, HelpDescribesLang) {
  const RunResult r = run_ok({"--help"});
  EXPECT_TRUE(contains(r.out, "--lang")) << r.out;
  EXPECT_TRUE(contains(r.out, "CRITERIO_LANG")) << r.out;
}

TEST(CliLanguage, UserCriteriaWithoutSpanishNamesKeepTheirEnglishOnes) {
  const std::string dir = ::testing::TempDir();
  write_file(dir + "/criteria.yaml",
             "title: Cloud\ncriteria:\n  - {id: price, name: Price, name_es: Precio, direction: cost}\n"
             "  - {id: speed, name: Speed}\n");
  write_file(dir + "/providers.yaml",
             "criteria: criteria.yaml\nproviders:\n  - {id: a, name: A, values: {price: 10, speed: 5}}\n"
             "  - {id: b, name: B, values: {price: 20, speed: 9}}\n");
  const RunResult r = run({"--lang", "es", "explain", "a", "providers.yaml"}, "", dir);
  EXPECT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_TRUE(contains(r.out, "Precio")) << r.out;
  EXPECT_TRUE(contains(r.out, "Speed")) << r.out;
  EXPECT_TRUE(contains(r.out, "Cloud")) << r.out;
}

// A method's notes and contribution meaning in JSON and in explain: the
// Spanish sentences, the same keys and figures as the English run.
struct MethodSentences {
  const char* method;
  const char* meaning;  // part of the Spanish contribution meaning
  const char* note;     // part of a Spanish note, or "" when the method has none here
};

class CliMethodLanguage : public ::testing::TestWithParam<MethodSentences> {};

TEST_P(CliMethodLanguage, JsonNotesAndContributionMeaningInSpanishWithTheSameFigures) {
  const MethodSentences& m = GetParam();
  const json en = json::parse(run_ok({"rank", k_example, "-m", m.method, "-f", "json"}).out);
  const json es = json::parse(run_ok({"--lang", "es", "rank", k_example, "-m", m.method, "-f", "json"}).out);
  EXPECT_TRUE(same_shape(en, es));
  const std::string meaning = es["contribution_meaning"];
  EXPECT_TRUE(contains(meaning, m.meaning)) << meaning;
  EXPECT_NE(es["contribution_meaning"], en["contribution_meaning"]);
  ASSERT_EQ(es["notes"].size(), en["notes"].size());
  for (std::size_t k = 0; k < en["notes"].size(); ++k) EXPECT_NE(es["notes"][k], en["notes"][k]);
  if (*m.note) {
    EXPECT_TRUE(contains(es["notes"].dump(), m.note)) << es["notes"].dump();
  }
}

TEST_P(CliMethodLanguage, ExplainShowsTheSpanishSentencesAndTheSameNumbers) {
  const MethodSentences& m = GetParam();
  const RunResult en = run_wide({"explain", "nimbus", k_example, "-m", m.method});
  const RunResult es = run_wide({"--lang", "es", "explain", "nimbus", k_example, "-m", m.method});
  ASSERT_EQ(es.exit_code, 0) << describe(es);
  EXPECT_EQ(four_decimal_numbers(es.out), four_decimal_numbers(en.out));
  EXPECT_EQ(decimal_numbers(es.out), decimal_numbers(en.out));
  // Explain shows the meaning where the contributions are not a sum.
  const bool additive = !contains(en.out, "this method's score is not a sum");
  if (!additive) {
    EXPECT_TRUE(contains(es.out, m.meaning)) << es.out;
  }
  for (const char* english : {"sums to", "lower is better", "acceptable advantage", "is a partial order", "ranks by a partial"})
    EXPECT_FALSE(contains(es.out, english)) << english << "\n" << es.out;
}

INSTANTIATE_TEST_SUITE_P(
    Methods, CliMethodLanguage,
    ::testing::Values(MethodSentences{"wsm", "peso × utilidad; suman la puntuación", ""},
                      MethodSentences{"topsis", "suman la puntuación - 0.5", ""},
                      MethodSentences{"vikor", "arrepentimiento ponderado", "la ventaja aceptable no se cumple"},
                      MethodSentences{"promethee2", "flujo neto φ_j del criterio", ""},
                      MethodSentences{"promethee1", "flujo neto φ_j del criterio", "PROMETHEE I es un orden parcial"},
                      MethodSentences{"electre1", "suman C_net, no la puntuación", "c es la concordancia media"},
                      MethodSentences{"electre3", "concordancia parcial de las demás", "preorden parcial"}),
    [](const auto& info) { return std::string(info.param.method); });

TEST(CliLanguage, MethodSectionOfTheRankTableInSpanish) {
  const RunResult en = run_wide({"rank", k_example, "-m", "vikor"});
  const RunResult es = run_wide({"--lang", "es", "rank", k_example, "-m", "vikor"});
  EXPECT_TRUE(contains(en.out, "acceptable advantage fails: Q(a2) - Q(a1) = 0.0697 < DQ = 0.2")) << en.out;
  EXPECT_TRUE(contains(en.out, "compromise: harbor, meadow (acceptable advantage fails")) << en.out;
  EXPECT_TRUE(contains(es.out, "la ventaja aceptable no se cumple: Q(a2) - Q(a1) = 0.0697 < DQ = 0.2")) << es.out;
  EXPECT_TRUE(contains(es.out, "compromiso: harbor, meadow (la ventaja aceptable no se cumple")) << es.out;
  const RunResult html = run_ok({"--lang", "es", "explain", "nimbus", k_example, "-m", "topsis", "-f", "html"});
  EXPECT_TRUE(contains(html.out, "hasta el ideal (-); suman la puntuación - 0.5.")) << html.out;
  EXPECT_FALSE(contains(html.out, "they sum to the score")) << html.out;
  const RunResult partial = run_wide({"--lang", "es", "rank", k_example, "-m", "promethee1"});
  EXPECT_TRUE(contains(partial.out, "nimbus y meadow incomparables")) << partial.out;
  EXPECT_TRUE(contains(run_wide({"rank", k_example, "-m", "promethee1"}).out, "nimbus and meadow incomparable"));
  const RunResult markdown = run_ok({"--lang", "es", "rank", k_example, "-m", "electre1", "-f", "markdown"});
  EXPECT_TRUE(contains(markdown.out, "- núcleo: ")) << markdown.out;
  EXPECT_TRUE(contains(markdown.out, "ELECTRE I da una relación de superación")) << markdown.out;
}

TEST(CliLanguage, AhpWeightedModelRanksWithSpanishBasesAndTheSameFigures) {
  const std::string model = "examples/weights/providers.yaml";
  const json en = json::parse(run_ok({"rank", model, "-f", "json"}).out);
  const json es = json::parse(run_ok({"--lang", "es", "rank", model, "-f", "json"}).out);
  EXPECT_TRUE(same_shape(en, es));
  EXPECT_TRUE(contains(es.dump(), "\"basis\":\"prioridad AHP\"")) << es.dump();
  EXPECT_TRUE(contains(en.dump(), "\"basis\":\"AHP priority\"")) << en.dump();
  EXPECT_FALSE(contains(es.dump(), "AHP priority")) << es.dump();
}

TEST(CliLanguage, WeightBasesAndAhpAdviceInSpanish) {
  const RunResult en = run_wide({"weights", "examples/weights/criteria.yaml"});
  const RunResult es = run_wide({"--lang", "es", "weights", "examples/weights/criteria.yaml"});
  ASSERT_EQ(es.exit_code, 0) << describe(es);
  for (const char* text : {"prioridad AHP", "puesto 1 (roc)", "100 puntos (swing)", "peso 2", "entropy de los datos",
                           "los pesos entropy describen", "algunos pesos provienen de los datos"})
    EXPECT_TRUE(contains(es.out, text)) << text << "\n" << es.out;
  for (const char* text : {"AHP priority", "rank 1 (roc)", "100 points (swing)", "weight 2", "entropy of the data"})
    EXPECT_TRUE(contains(en.out, text)) << text << "\n" << en.out;
  EXPECT_EQ(decimal_numbers(es.out), decimal_numbers(en.out));

  const std::string circular = "tests/data/weights/cli/inconsistent.yaml";
  const RunResult advice_en = run_wide({"weights", circular});
  const RunResult advice_es = run_wide({"--lang", "es", "weights", circular});
  EXPECT_TRUE(contains(advice_en.out, "you said price vs uptime = 9; your other judgments imply about 1/81")) << advice_en.out;
  EXPECT_TRUE(contains(advice_es.out, "usted dijo price frente a uptime = 9; sus otros juicios implican aproximadamente 1/81"))
      << advice_es.out;
  EXPECT_TRUE(contains(advice_es.out, "los juicios son incoherentes (CR 6.13 > 0.1)")) << advice_es.out;
  EXPECT_EQ(decimal_numbers(advice_es.out), decimal_numbers(advice_en.out));
  const json advice = json::parse(run_ok({"--lang", "es", "weights", circular, "-f", "json"}).out);
  EXPECT_TRUE(contains(advice.dump(), "usted dijo")) << advice.dump();

  const std::string markdown = run_ok({"--lang", "es", "weights", circular, "-f", "markdown"}).out;
  for (const char* text : {"## Pesos: Circular judgments", "| Criterio | Local | Global | Cómo |", "| prioridad AHP |",
                           "### AHP: primer nivel", "- prioridades por eigenvector; λmax", "(incoherente: por encima de 0.1)",
                           "- consejo: usted dijo price frente a uptime = 9", "> primer nivel: los juicios son incoherentes"})
    EXPECT_TRUE(contains(markdown, text)) << text << "\n" << markdown;
  const std::string english = run_ok({"weights", circular, "-f", "markdown"}).out;
  for (const char* text : {"## Weights: Circular judgments", "| Criterion | Local | Global | How |", "### AHP: top level",
                           "- advice: you said price vs uptime = 9", "(inconsistent: above 0.1)"})
    EXPECT_TRUE(contains(english, text)) << text << "\n" << english;
}

TEST(CliLanguage, SeveralMethodsTableAndMarkdownInSpanish) {
  const std::vector<std::string> args = {"rank", k_example, "--methods", "wsm,topsis,vikor"};
  std::vector<std::string> spanish = {"--lang", "es"};
  spanish.insert(spanish.end(), args.begin(), args.end());
  const RunResult en = run_wide(args);
  const RunResult es = run_wide(spanish);
  ASSERT_EQ(es.exit_code, 0) << describe(es);
  for (const char* text : {"3 métodos comparados · clasificados: 6, excluidos: 1 · fecha 2026-11-01", "menor puntuación es mejor",
                           "Proveedor", "Correlaciones de rangos (sobre los 6 proveedores clasificados)", "Spearman ponderado rw",
                           "Acuerdo entre métodos", "ganador: topsis y vikor eligen harbor; wsm elige meadow",
                           "vikor: compromiso: harbor y meadow"})
    EXPECT_TRUE(contains(es.out, text)) << text << "\n" << es.out;
  for (const char* text : {"3 methods compared · 6 ranked, 1 excluded · as of 2026-11-01", "Rank correlations",
                           "winner: topsis and vikor pick harbor; wsm picks meadow", "vikor: compromise: harbor and meadow"})
    EXPECT_TRUE(contains(en.out, text)) << text << "\n" << en.out;
  for (const char* text : {"compared", "Agreement", "winner", "picks", "Rank correlations", "lower score"})
    EXPECT_FALSE(contains(es.out, text)) << text << "\n" << es.out;
  EXPECT_EQ(four_decimal_numbers(es.out), four_decimal_numbers(en.out));

  spanish.insert(spanish.end(), {"-f", "markdown"});
  const RunResult markdown = run_ok(spanish);
  for (const char* text : {"_3 métodos comparados · fecha 2026-11-01_", "| Proveedor |", "| wsm puntuación |",
                           "### Correlaciones de rangos", "### Acuerdo entre métodos", "- ganador: topsis y vikor eligen harbor"})
    EXPECT_TRUE(contains(markdown.out, text)) << text << "\n" << markdown.out;
}

TEST(CliLanguage, CatalogListingInSpanish) {
  const RunResult en = run_ok({"catalog"});
  const RunResult es = run_ok({"--lang", "es", "catalog"});
  for (const char* text : {"Catálogos de criterios incorporados", "Proveedores de alojamiento web (41 criterios)", "Métodos (úselos con -m NOMBRE):",
                           "Suma ponderada (modelo de valor aditivo, SAW)", "TOPSIS (cercanía a la solución ideal)",
                           "VIKOR (clasificación de compromiso)", "PROMETHEE II (flujo neto de superación)", "también: saw",
                           "referencia: Hwang & Yoon 1981", "Métodos de ponderación", "Centroide del orden de rangos (ROC)",
                           "(por omisión max): cómo se convierten en utilidades"})
    EXPECT_TRUE(contains(es.out, text)) << text << "\n" << es.out;
  for (const char* text : {"Weighted sum", "  reference: ", "also:", "(default ", "Rank order centroid"})
    EXPECT_FALSE(contains(es.out, text)) << text << "\n" << es.out;
  // The names that select a method stay as they are.
  EXPECT_EQ(count_of(es.out, "\n  "), count_of(en.out, "\n  "));
  const json listing_en = json::parse(run_ok({"catalog", "-f", "json"}).out);
  const json listing_es = json::parse(run_ok({"--lang", "es", "catalog", "-f", "json"}).out);
  EXPECT_TRUE(same_shape(listing_en, listing_es));
  EXPECT_EQ(listing_es["methods"][0]["name"], "wsm");
  EXPECT_EQ(listing_es["methods"][0]["title"], "Suma ponderada (modelo de valor aditivo, SAW)");
}

TEST(CliLanguage, ValidateSummaryInSpanish) {
  EXPECT_EQ(run_ok({"--lang", "es", "validate", k_example}).out, std::string(k_example) + ": correcto\n");
  EXPECT_EQ(run_ok({"validate", k_example}).out, std::string(k_example) + ": ok\n");
}

TEST(CliLanguage, SensitivitySamplerAndReversalReasonInSpanish) {
  const RunResult es = run_wide({"--lang", "es", "sensitivity", k_example, "--samples", "200"});
  ASSERT_EQ(es.exit_code, 0) << describe(es);
  EXPECT_TRUE(contains(es.out, "uniforme sobre el símplex")) << es.out;
  EXPECT_FALSE(contains(es.out, "uniform over")) << es.out;
  // Two providers: rank reversal is not checked, and says why in each language.
  const std::string dir = ::testing::TempDir();
  write_file(dir + "/criteria.yaml",
             "title: Two\ncriteria:\n  - {id: price, name: Price, direction: cost}\n  - {id: speed, name: Speed}\n");
  write_file(dir + "/two.yaml",
             "criteria: criteria.yaml\nproviders:\n  - {id: a, name: A, values: {price: 10, speed: 5}}\n"
             "  - {id: b, name: B, values: {price: 20, speed: 9}}\n");
  const RunResult two_es = run({"--lang", "es", "sensitivity", "two.yaml", "-f", "json"}, "", dir);
  ASSERT_EQ(two_es.exit_code, 0) << describe(two_es);
  const RunResult two_en = run({"sensitivity", "two.yaml", "-f", "json"}, "", dir);
  EXPECT_TRUE(contains(two_es.out, "hacen falta al menos tres proveedores")) << two_es.out;
  EXPECT_TRUE(contains(two_en.out, "it needs at least three providers")) << two_en.out;
  EXPECT_TRUE(same_shape(json::parse(two_en.out), json::parse(two_es.out)));
}

TEST(CliLanguage, CompletionOffersTheLanguagesAfterLang) {
  EXPECT_TRUE(contains(run_ok({"completion", "bash"}).out, "--lang) COMPREPLY=($(compgen -W \"en es\" -- \"$cur\"))"));
  EXPECT_TRUE(contains(run_ok({"completion", "zsh"}).out, ":lang:(en es)'"));
  EXPECT_TRUE(contains(run_ok({"completion", "fish"}).out, "-l lang -d"));
  const std::string fish = run_ok({"completion", "fish"}).out;
  EXPECT_TRUE(contains(line_with(fish, "-l lang "), "-x -a 'en es'")) << line_with(fish, "-l lang ");
}

TEST(CliLanguage, EvaluatorPanelLinesInSpanish) {
  const std::vector<std::string> files = {"examples/panel/providers.yaml", "examples/panel/ana.yaml",
                                          "examples/panel/ben.yaml", "examples/panel/carla.yaml"};
  const auto with = [&](std::vector<std::string> args) {
    args.insert(args.end(), files.begin(), files.end());
    return run_wide(args);
  };
  const RunResult rank_es = with({"--lang", "es", "rank"});
  const RunResult rank_en = with({"rank"});
  EXPECT_TRUE(contains(rank_es.out, "Respeto: dispersión media 0.16 en 3 proveedores (máxima 0.47, meadow)")) << rank_es.out;
  EXPECT_TRUE(contains(rank_es.out, "carla es el valor atípico más a menudo (1 de 3)")) << rank_es.out;
  EXPECT_TRUE(contains(rank_en.out, "Respect: mean spread 0.16 over 3 providers (largest 0.47, meadow)")) << rank_en.out;
  EXPECT_TRUE(contains(rank_en.out, "carla is most often the outlier (1 of 3)")) << rank_en.out;
  const RunResult explain_es = with({"--lang", "es", "explain", "harbor"});
  const RunResult explain_en = with({"explain", "harbor"});
  EXPECT_TRUE(contains(explain_es.out, "Cortesía: ana 4, ben 4, carla 2 → mean 3.33; dispersión 0.94; carla es el valor atípico"))
      << explain_es.out;
  EXPECT_TRUE(contains(explain_en.out, "Courtesy: ana 4, ben 4, carla 2 → mean 3.33; spread 0.94; carla is the outlier"))
      << explain_en.out;
  EXPECT_EQ(four_decimal_numbers(explain_es.out), four_decimal_numbers(explain_en.out));
}

}  // namespace
}  // namespace criterio::testing
