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
    {html_ranking, "Ranking", "Clasificación"},
    {html_higher_better, "Higher score is better. Ties share a rank.",
     "Cuanto mayor es la puntuación, mejor. Los empates comparten puesto."},
    {html_lower_better, "Lower score is better. Ties share a rank.",
     "Cuanto menor es la puntuación, mejor. Los empates comparten puesto."},
    {html_status, "Status", "Estado"},
    {html_stale_evidence_count, "{0} stale evidence", "{0} con evidencia antigua"},
    {html_ranked, "ranked", "clasificado"},
    {html_first_of, "The first {0} of {1} ranked providers.",
     "Los {0} primeros de {1} proveedores clasificados."},
    {html_coloured_by_group, "Coloured by criteria group; hover a segment for its criterion.",
     "Colores por grupo de criterios; pase el puntero sobre un segmento para ver su criterio."},
    {html_criteria_colours, "Criteria colours", "Colores de los criterios"},
    {html_missing_imputed, "missing, {0}", "sin valor, {0}"},
    {html_bar_splits, "Each bar splits a provider's result by criterion: {0}. ",
     "Cada barra reparte el resultado de un proveedor por criterio: {0}. "},
    {html_segments_add_up, "The segments add up to the score.", "Los segmentos suman la puntuación."},
    {html_segments_do_not_add_up, "Under this method the segments do not add up to the score; compare their lengths, not their sum, with the score.",
     "Con este método los segmentos no suman la puntuación; compare con ella sus longitudes, no su suma."},
    {html_negative_segments, " Segments left of the black line are negative.",
     " Los segmentos a la izquierda de la línea negra son negativos."},
    {html_contributions_by_criterion, "Contributions by criterion", "Contribuciones por criterio"},
    {html_contributions, "Contributions", "Contribuciones"},
    {html_contributions_of, "Contributions of {0}", "Contribuciones de {0}"},
    {html_utility_scale, "Utility colour scale", "Escala de colores de la utilidad"},
    {html_utilities, "Utilities", "Utilidades"},
    {html_utilities_caption, "The value of each provider on each criterion as the method used it, from 0 (worst) to 1 (best). A * marks a missing value filled in.",
     "El valor de cada proveedor en cada criterio tal como lo usó el método, de 0 (peor) a 1 (mejor). Un * marca un valor ausente que se ha completado."},
    {html_weight_short, "w {0}", "p {0}"},
    {html_excluded_caption, "These providers fail a requirement and have no score.",
     "Estos proveedores no cumplen algún requisito y no tienen puntuación."},
    {html_reasons, "Reasons", "Motivos"},
    {html_local_global, "local {0} · global {1}", "local {0} · global {1}"},
    {html_weights, "Weights", "Pesos"},
    {html_weights_caption, ". Local weights share their group; global weights are their products along the path and sum to 1.",
     ". Los pesos locales se reparten dentro de su grupo; los globales son sus productos a lo largo de la ruta y suman 1."},
    {html_source, "Source", "Fuente"},
    {html_date, "Date", "Fecha"},
    {html_evidence_caption, "Where each value comes from. Evidence older than {0} days on {1} is marked stale.",
     "De dónde procede cada valor. La evidencia de más de {0} días a fecha {1} se marca como antigua."},
    {html_notes_and_warnings, "Notes and warnings", "Notas y advertencias"},
    {html_robustness, "Robustness", "Robustez"},
    {html_findings, "Findings", "Conclusiones"},
    {html_weight_stability, "Weight stability", "Estabilidad de los pesos"},
    {html_stability_exact, "How far each weight can move (the others rescaled in proportion) before the winner or the order changes; exact under the additive model.",
     "Cuánto puede moverse cada peso (con los demás reescalados en proporción) antes de que cambie el ganador o el orden; exacto con el modelo aditivo."},
    {html_stability_scanned, "How far each weight can move (the others rescaled in proportion) before the winner or the order changes; scanned in steps of {0}.",
     "Cuánto puede moverse cada peso (con los demás reescalados en proporción) antes de que cambie el ganador o el orden; explorado en pasos de {0}."},
    {html_stability_legend, " The black tick is the weight now; the blue range keeps the winner first.",
     " La marca negra es el peso actual; el tramo azul mantiene al ganador en primer lugar."},
    {html_one_criterion, "One criterion: no weight to move.", "Un solo criterio: ningún peso que mover."},
    {html_winner_stays_first, "Winner stays first", "El ganador sigue primero"},
    {html_order_unchanged, "Order unchanged", "Orden sin cambios"},
    {html_range, "Range", "Intervalo"},
    {html_interval_aria, "from {0} to {1}, now {2}", "de {0} a {1}, ahora {2}"},
    {html_passes, "at {0} {1} passes {2}", "en {0}, {1} supera a {2}"},
    {html_what_it_takes, "What it takes", "Qué haría falta"},
    {html_to_take_first, "{0} (rank {1}) to take first place, one criterion at a time.",
     "{0} (puesto {1}) para pasar al primer puesto, criterio a criterio."},
    {html_to_pass, "{0} (rank {1}) to pass {2}, one criterion at a time.",
     "{0} (puesto {1}) para superar a {2}, criterio a criterio."},
    {html_now, "Now", "Ahora"},
    {html_needs, "Needs", "Necesita"},
    {html_already_there, "already there", "ya lo cumple"},
    {html_not_reachable, "not reachable on this alone", "no se alcanza solo con este criterio"},
    {html_above, "above {0}", "más de {0}"},
    {html_below, "below {0}", "menos de {0}"},
    {html_rank_reversal, "Rank reversal", "Inversión del orden"},
    {html_rank_reversal_caption, "Remove one provider, rank the others again.",
     "Se retira un proveedor y se vuelve a clasificar a los demás."},
    {html_not_checked, "Not checked: {0}", "No comprobado: {0}"},
    {html_no_reversal, "None: the others keep their order whoever is removed.",
     "Ninguna: los demás mantienen su orden sea cual sea el proveedor retirado."},
    {html_above_other, "{0} above {1}", "{0} por encima de {1}"},
    {html_without, "without {0}: {1}", "sin {0}: {1}"},
    {html_rank_colours, "Rank colours", "Colores de los puestos"},
    {html_rank_n, "rank {0}", "puesto {0}"},
    {html_to_rank_n, "… to rank {0}", "… hasta el puesto {0}"},
    {html_smaa, "SMAA-2 rank acceptability", "Aceptabilidad de puestos (SMAA-2)"},
    {html_smaa_caption, "How often each provider takes each rank over {0} samples of the weights ({1}, seed {2})",
     "Con qué frecuencia ocupa cada proveedor cada puesto en {0} muestras de los pesos ({1}, semilla {2})"},
    {html_smaa_values, " and of {0} values given as spreads and {1} missing values",
     " y de {0} valores dados como intervalos y {1} valores ausentes"},
    {html_smaa_bar, ". Each bar is 100% of the samples, split by rank.",
     ". Cada barra es el 100 % de las muestras, repartido por puesto."},
    {html_rank_acceptability, "Rank acceptability", "Aceptabilidad de puestos"},
    {html_first, "First", "Primero"},
    {html_holistic, "Holistic", "Holística"},
    {html_confidence, "Confidence", "Confianza"},
    {html_rank_acceptability_of, "Rank acceptability of {0}", "Aceptabilidad de puestos de {0}"},
    {html_sensitivity_meta, "Sensitivity · {0} · {1} providers, {2} criteria",
     "Sensibilidad · {0} · {1} proveedores, {2} criterios"},
    {html_sensitivity_title, "{0} — sensitivity", "{0} — sensibilidad"},
    {html_weights_title, "Weights: {0}", "Pesos: {0}"},
    {html_footer, "Made by criterio {0}.", "Generado con criterio {0}."},
    {xlsx_notes, "Notes", "Notas"},
    {xlsx_weights_note_edit, "Edit a local weight (shaded, column E): the weights of a group are divided by their sum (column F), so they need not sum to 1.",
     "Edite un peso local (sombreado, columna E): los pesos de un grupo se dividen por su suma (columna F), así que no hace falta que sumen 1."},
    {xlsx_weights_note_global, "A global weight (column G) is the product of the normalised local weights from the top of the tree down.",
     "Un peso global (columna G) es el producto de los pesos locales normalizados desde la raíz del árbol hacia abajo."},
    {xlsx_weights_note_derived, "A local weight that was derived (AHP priorities, ranks, points, data) is replaced by what you type.",
     "Un peso local derivado (prioridades AHP, rangos, puntos, datos) se sustituye por lo que escriba."},
    {xlsx_weights_note_parent, "Parent row: the row of the group a criterion belongs to (0 for the top level).",
     "Columna parent row: la fila del grupo al que pertenece el criterio (0 en el primer nivel)."},
    {xlsx_method_note, "Method: {0}. As of {1}. Criteria: {2}.", "Método: {0}. Fecha: {1}. Criterios: {2}."},
    {xlsx_scores_are_formulas, "Scores are formulas: the SUMPRODUCT of the provider's utilities (Breakdown sheet) and the global weights, divided by the weights' sum. Edit a local weight on the Weights sheet and every weight, contribution, score and rank follows.",
     "Las puntuaciones son fórmulas: el SUMAPRODUCTO de las utilidades del proveedor (hoja Breakdown) y los pesos globales, dividido por la suma de los pesos. Si edita un peso local en la hoja Weights, se actualizan todos los pesos, contribuciones, puntuaciones y puestos."},
    {xlsx_ranks_are_formulas, "Ranks are formulas: 1 + the number of providers scoring higher (beyond 1e-12), so tied providers share a rank as in criterio. Rows keep criterio's order (best first, ties by id): sort by score after an edit.",
     "Los puestos son fórmulas: 1 + el número de proveedores con una puntuación mayor (por más de 1e-12), así que los empatados comparten puesto, como en criterio. Las filas siguen el orden de criterio (el mejor primero, los empates por id): ordene por puntuación después de editar."},
    {xlsx_scores_are_values, "Scores are values, not formulas: {0} is not a weighted sum of utilities that stay fixed when the weights change, so the workbook cannot recompute it. Change the weights in the criteria file and run criterio again.",
     "Las puntuaciones son valores, no fórmulas: {0} no es una suma ponderada de utilidades que se mantengan fijas al cambiar los pesos, así que el libro no puede recalcularla. Cambie los pesos en el archivo de criterios y vuelva a ejecutar criterio."},
    {xlsx_only_first, "Only the first {0} of {1} ranked providers are listed (--top); ranks after an edit are among these.",
     "Solo se listan los {0} primeros de {1} proveedores clasificados (--top); tras una edición, los puestos se calculan entre ellos."},
    {xlsx_warning, "Warning: {0}", "Advertencia: {0}"},
    {xlsx_scores, "Scores", "Puntuaciones"},
    {xlsx_scores_of_first, "Scores of the first {0}", "Puntuaciones de los {0} primeros"},
    {sens_stays_first_whatever, "{0} stays first whatever the weight of any one criterion",
     "{0} sigue en primer lugar sea cual sea el peso de cada criterio por separado"},
    {sens_closest_call_below, "the closest call: if the weight of {0} falls below {1} (now {2}), {3} takes first place",
     "el caso más ajustado: si el peso de {0} baja de {1} (ahora {2}), {3} pasa al primer puesto"},
    {sens_closest_call_above, "the closest call: if the weight of {0} rises above {1} (now {2}), {3} takes first place",
     "el caso más ajustado: si el peso de {0} sube por encima de {1} (ahora {2}), {3} pasa al primer puesto"},
    {sens_stays_first_between, "{0} stays first while the weight of {1} is between {2} and {3} (now {4})",
     "{0} sigue en primer lugar mientras el peso de {1} esté entre {2} y {3} (ahora {4})"},
    {sens_already_first, "{0} is already first", "{0} ya está en primer lugar"},
    {sens_already_above, "{0} is already above {1}", "{0} ya está por encima de {1}"},
    {sens_take_first, "take first place", "pasar al primer puesto"},
    {sens_pass, "pass {0}", "superar a {0}"},
    {sens_would_need_at, "to {0}, {1} would need {2} at {3} (now {4})",
     "para {0}, {1} necesitaría que {2} fuera {3} (ahora {4})"},
    {sens_would_need_above, "to {0}, {1} would need {2} above {3} (now {4})",
     "para {0}, {1} necesitaría que {2} superara {3} (ahora {4})"},
    {sens_would_need_below, "to {0}, {1} would need {2} below {3} (now {4})",
     "para {0}, {1} necesitaría que {2} bajara de {3} (ahora {4})"},
    {sens_more_criteria, "… and {0} more criteria where one change would do it (see what it takes)",
     "… y {0} criterios más en los que bastaría un solo cambio (véase qué haría falta)"},
    {sens_cannot, "{0} cannot {1} by changing any one criterion alone",
     "{0} no puede {1} cambiando un solo criterio"},
    {sens_no_change_alone, "on {0} of {1} criteria no change alone would do it",
     "en {0} de {1} criterios ningún cambio bastaría por sí solo"},
    {sens_no_reversal, "no rank reversal: removing any one provider leaves the others in the same order",
     "sin inversión del orden: retirar cualquier proveedor deja a los demás en el mismo orden"},
    {sens_reversal, "rank reversal: without {0}, {1} moves above {2}",
     "inversión del orden: sin {0}, {1} pasa por encima de {2}"},
    {sens_pairs_change, " ({0} pairs change places)", " ({0} pares cambian de lugar)"},
    {sens_first_place_across, "first place across {0} samples ({1}): {2}",
     "primer puesto en {0} muestras ({1}): {2}"},
    {sens_every_provider_excluded, "every provider is excluded, so there is no ranking to analyse; see `criterio rank`",
     "todos los proveedores quedan excluidos, así que no hay clasificación que analizar; véase `criterio rank`"},
    {st_sensitivity, "Sensitivity", "Sensibilidad"},
    {st_providers_criteria, "{0} providers, {1} criteria", "{0} proveedores, {1} criterios"},
    {st_exact, "(exact: the additive model)", "(exacto: el modelo aditivo)"},
    {st_scanned, "(scanned in steps of {0}, located to {1})",
     "(explorado en pasos de {0}, con precisión {1})"},
    {st_one_criterion, "one criterion: no weight to move", "un solo criterio: ningún peso que mover"},
    {st_criterion, "criterion", "criterio"},
    {st_weight, "weight", "peso"},
    {st_winner_stays_first, "winner stays first", "el ganador sigue primero"},
    {st_order_unchanged, "order unchanged", "orden sin cambios"},
    {st_now, "now", "ahora"},
    {st_needs, "needs", "necesita"},
    {st_provider, "provider", "proveedor"},
    {st_holistic, "holistic", "holística"},
    {st_confidence, "confidence", "confianza"},
    {st_to_take_first, "to take first place", "para pasar al primer puesto"},
    {st_to_pass, "to pass {0}", "para superar a {0}"},
    {st_what_it_takes_line, ": {0} (rank {1}) {2}, one criterion at a time",
     ": {0} (puesto {1}) {2}, criterio a criterio"},
    {st_reversal_caption, "(remove one provider, rank the others again)",
     "(se retira un proveedor y se vuelve a clasificar a los demás)"},
    {st_not_checked, "not checked: {0}", "no comprobado: {0}"},
    {st_no_reversal, "none: the others keep their order whoever is removed",
     "ninguna: los demás mantienen su orden sea cual sea el proveedor retirado"},
    {st_central_weights, "central weights", "pesos centrales"},
    {st_central_matrix, "(the typical weights that make each provider first)",
     "(los pesos típicos con los que cada proveedor queda primero)"},
    {st_central_largest, "(the largest of the typical weights that make each provider first; all in -f json or csv)",
     "(los mayores de los pesos típicos con los que cada proveedor queda primero; todos en -f json o csv)"},
    {st_smaa_caption, "({0} samples, {1}, seed {2})", "({0} muestras, {1}, semilla {2})"},
    {st_sampled_too, "{0} values given as spreads and {1} missing values sampled too",
     "también se muestrean {0} valores dados como intervalos y {1} valores ausentes"},
    {st_ranks_past, "(ranks past {0} in -f json or csv)",
     "(los puestos posteriores al {0}, en -f json o csv)"},
    {wt_title, "Weights · {0}", "Pesos · {0}"},
    {wt_data_of, " · data of {0} providers", " · datos de {0} proveedores"},
    {wt_no_providers, " · no providers given", " · sin proveedores"},
    {wt_local, "local", "local"},
    {wt_global, "global", "global"},
    {wt_how, "how", "cómo"},
    {wt_top_level, "top level", "primer nivel"},
    {wt_top_level_method, "(top level: {0})", "(primer nivel: {0})"},
    {wt_children, "[children: {0}]", "[hijos: {0}]"},
    {wt_ahp_priorities, "({0} priorities", "(prioridades por {0}"},
    {wt_ahp_evaluators, ", {0} evaluators, aggregated by {1}", ", {0} evaluadores, agregados por {1}"},
    {wt_judgments, "{0} judgments", "{0} juicios"},
    {wt_completed, "{0} completed", "{0} completados"},
    {wt_consistent, "consistent", "coherente"},
    {wt_inconsistent, "inconsistent (CR > 0.1)", "incoherente (CR > 0.1)"},
    {wt_evaluator, "evaluator", "evaluador"},
    {wt_disagreement, "{0}: priorities from {1} to {2} (spread {3}); {4} stands apart",
     "{0}: prioridades de {1} a {2} (dispersión {3}); {4} se aparta del resto"},
    {diff_changes, "Changes: {0} → {1}", "Cambios: {0} → {1}"},
    {diff_no_change, "no change", "sin cambios"},
    {diff_provider_changed, "{0} provider changed", "{0} proveedor con cambios"},
    {diff_providers_changed, "{0} providers changed", "{0} proveedores con cambios"},
    {diff_status, "status", "estado"},
    {diff_rank, "rank", "puesto"},
    {diff_score, "score", "puntuación"},
    {diff_behind, "criteria behind it", "criterios que lo explican"},
    {diff_heading, "Ranking changes", "Cambios en la clasificación"},
    {diff_move, "Move", "Movimiento"},
    {diff_behind_title, "Criteria behind it", "Criterios que lo explican"},
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
