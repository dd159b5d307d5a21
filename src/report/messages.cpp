// The message catalog behind language.hpp: one row per Message, English and
// Spanish side by side. The static_assert below refuses a row out of order, a
// missing text, or two texts of one id with different placeholders.

#include <array>
#include <cctype>

#include "criterio/language.hpp"

namespace criterio {

namespace {

struct Row {
  Message id;
  std::string_view en;
  std::string_view es;
};

using enum Message;

constexpr std::array<Row, static_cast<std::size_t>(Message::count)> k_catalog{{
    {provider, "Provider", "Proveedor"},
    {score, "Score", "Puntuación"},
    {strengths, "Strengths", "Fortalezas"},
    {weaknesses, "Weaknesses", "Debilidades"},
    {flags, "Flags", "Avisos"},
    {criterion, "Criterion", "Criterio"},
    {value, "Value", "Valor"},
    {utility, "Utility", "Utilidad"},
    {weight, "Weight", "Peso"},
    {contribution, "Contribution", "Contribución"},
    {contribution_short, "Contrib.", "Contrib."},
    {rank, "Rank", "Puesto"},
    {evidence, "Evidence", "Evidencia"},
    {difference, "Difference", "Diferencia"},
    {total, "Total", "Total"},
    {section_method, "Method", "Método"},
    {section_excluded, "Excluded", "Excluidos"},
    {section_warnings, "Warnings", "Advertencias"},
    {section_evaluator_panel, "Evaluator panel", "Panel de evaluadores"},
    {missing_count, "{0} missing", "{0} sin valor"},
    {stale_count, "{0} stale", "{0} con evidencia antigua"},
    {ranked_and_excluded, "{0} ranked, {1} excluded", "clasificados: {0}, excluidos: {1}"},
    {more_not_shown, "… {0} more", "… {0} más"},
    {no_provider_to_rank, "(no provider to rank)", "(ningún proveedor que clasificar)"},
    {profile_part, "profile {0}", "perfil {0}"},
    {as_of_part, "as of {0}", "fecha {0}"},
    {rank_of_score, "rank {0} of {1}, score {2}", "puesto {0} de {1}, puntuación {2}"},
    {excluded_word, "excluded", "excluido"},
    {missing_value, "missing ({0})", "sin valor ({0})"},
    {stale_word, "stale", "antigua"},
    {versus, "{0} vs {1}", "{0} frente a {1}"},
    {strengths_label, "Strengths:", "Fortalezas:"},
    {weaknesses_label, "Weaknesses:", "Debilidades:"},
    {missing_label, "Missing:", "Sin valor:"},
    {evaluator_panel_label, "Evaluator panel:", "Panel de evaluadores:"},
    {evidence_legend, "(* has evidence, ! older than {0} days)", "(* con evidencia, ! de hace más de {0} días)"},
    {not_a_sum, "(this method's score is not a sum; contributions are {0})",
     "(la puntuación de este método no es una suma; las contribuciones son: {0})"},
    {reviews_line, "{0}: {1} reviews, raw mean {2}, adjusted {3} (Bayesian prior and recency decay)",
     "{0}: {1} reseñas, media bruta {2}, ajustada {3} (prior bayesiano y pérdida de peso con la antigüedad)"},
    {panel_legend, "{0} of the ratings; spread is their standard deviation",
     "{0} de las valoraciones; la dispersión es su desviación típica"},
    {and_word, "and", "y"},
    {yes, "yes", "sí"},
    {no, "no", "no"},
    {reason_required_missing, "no value for {0}, which is required", "sin valor para {0}, que es obligatorio"},
    {reason_missing_excludes, "no value for {0} (missing: exclude)", "sin valor para {0} (missing: exclude)"},
    {reason_below_minimum, "{0} < required {1}", "{0} < mínimo exigido {1}"},
    {reason_above_maximum, "{0} > allowed {1}", "{0} > máximo permitido {1}"},
    {reason_not_equal, "{0} is {1}, required {2}", "{0} es {1}, se exige {2}"},
    {reason_not_one_of, "{0} is {1}, required one of {2}", "{0} es {1}, se exige uno de estos: {2}"},
    {central_value_of, "{0} {1} (the central value of {2})", "{0} {1} (valor central de {2})"},
    {warning_stale_evidence, "{0}: evidence for {1} dates from {2}, more than {3} days before {4}",
     "{0}: la evidencia de {1} es del {2}, más de {3} días antes del {4}"},
    {warning_imputed, "{0}: no value for {1} (imputed; see each criterion's missing policy)",
     "{0}: sin valor para {1} (imputado; véase la política de valores ausentes de cada criterio)"},
    {warning_every_provider_excluded, "every provider is excluded; see the reasons",
     "todos los proveedores quedan excluidos; véanse los motivos"},
    {warning_ahp_inconsistent, "the AHP judgments of {0} are inconsistent (CR {1} > 0.1); `criterio weights` says which to revisit",
     "los juicios AHP de {0} son incoherentes (CR {1} > 0.1); `criterio weights` indica cuáles revisar"},
    {note_weights_from_data, "the weights of {0} come from {1}: they describe how the providers' data varies, not your priorities",
     "los pesos de {0} provienen de {1}: describen cómo varían los datos de los proveedores, no las prioridades de la decisión"},
    {top_level_criteria, "the top-level criteria", "los criterios de primer nivel"},
    {named_group, "group '{0}'", "el grupo '{0}'"},
    {compare_tie, "{0} and {1} tie at {2}.", "{0} y {1} empatan con {2}."},
    {compare_above, "{0} ({1}) ranks above {2} ({3}) by {4}", "{0} ({1}) queda por encima de {2} ({3}) por {4}"},
    {compare_below, "{0} ({1}) ranks below {2} ({3}) by {4}", "{0} ({1}) queda por debajo de {2} ({3}) por {4}"},
    {compare_drivers, "; the gap comes mostly from {0}", "; la diferencia se debe sobre todo a {0}"},
    {compare_offsets, ", partly offset by {0}", ", compensada en parte por {0}"},
}};

constexpr bool catalog_is_complete() {
  for (std::size_t i = 0; i < k_catalog.size(); ++i) {
    const Row& row = k_catalog[i];
    if (static_cast<std::size_t>(row.id) != i || row.en.empty() || row.es.empty()) return false;
    if (placeholders(row.en) != placeholders(row.es)) return false;
  }
  return true;
}
static_assert(catalog_is_complete(),
              "every Message needs a row, in enum order, with English and Spanish texts using the same placeholders");

// Whether a Spanish word starts with the sound i ("Integración", "hilo"), before
// which "y" becomes "e"; not "hi" before another vowel ("hielo"), where it stays "y".
bool starts_with_i_sound(std::string_view word) {
  const auto lower = [&](std::size_t k) {
    return k < word.size() ? static_cast<char>(std::tolower(static_cast<unsigned char>(word[k]))) : '\0';
  };
  const auto accented_i = [&](std::size_t k) {  // í or Í in UTF-8
    return k + 1 < word.size() && word[k] == '\xc3' && (word[k + 1] == '\xad' || word[k + 1] == '\x8d');
  };
  if (lower(0) == 'i' || accented_i(0)) return true;
  const std::string_view vowels = "aeou";
  if (lower(0) == 'h') return (lower(1) == 'i' && vowels.find(lower(2)) == std::string_view::npos) || accented_i(1);
  return false;
}

}  // namespace

std::optional<Language> parse_language(std::string_view name) {
  if (name == "en") return Language::en;
  if (name == "es") return Language::es;
  return std::nullopt;
}

std::string_view to_string(Language language) { return language == Language::es ? "es" : "en"; }

std::vector<std::string> language_names() { return {"en", "es"}; }

std::string_view text(Message id, Language language) {
  const Row& row = k_catalog.at(static_cast<std::size_t>(id));
  return language == Language::es ? row.es : row.en;
}

std::string say(Message id, Language language, std::initializer_list<std::string_view> args) {
  const std::string_view pattern = text(id, language);
  std::string out;
  out.reserve(pattern.size() + 32);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const bool placeholder = pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
                             pattern[i + 1] >= '0' && pattern[i + 1] <= '9';
    const auto k = placeholder ? static_cast<std::size_t>(pattern[i + 1] - '0') : args.size();
    if (k < args.size()) {
      out += *(args.begin() + k);
      i += 2;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

std::string and_list(const std::vector<std::string>& items, Language language) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0 && i + 1 == items.size()) {
      const bool e = language == Language::es && starts_with_i_sound(items[i]);
      out += " " + std::string(e ? "e" : text(Message::and_word, language)) + " ";
    } else if (i > 0) {
      out += ", ";
    }
    out += items[i];
  }
  return out;
}

}  // namespace criterio
