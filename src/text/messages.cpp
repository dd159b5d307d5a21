// The message catalog behind messages.hpp: one row per Message, English and
// Spanish side by side. The static_assert below refuses a row out of order, a
// missing text, or two texts of one id with different placeholders.

#include <algorithm>
#include <array>
#include <cctype>

#include "text/messages.hpp"

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
    {reason_below_minimum, "{0} {1} < required {2}", "{0} {1} < mínimo exigido {2}"},
    {reason_below_minimum_central, "{0} {1} (the central value of {2}) < required {3}",
     "{0} {1} (valor central de {2}) < mínimo exigido {3}"},
    {reason_above_maximum, "{0} {1} > allowed {2}", "{0} {1} > máximo permitido {2}"},
    {reason_above_maximum_central, "{0} {1} (the central value of {2}) > allowed {3}",
     "{0} {1} (valor central de {2}) > máximo permitido {3}"},
    {reason_not_equal, "{0} is {1}, required {2}", "{0} es {1}, se exige {2}"},
    {reason_not_one_of, "{0} is {1}, required one of {2}", "{0} es {1}, se exige uno de estos: {2}"},
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
    {sens_reversal, "rank reversal: without {0}, {1} moves above {2}{3}",
     "inversión del orden: sin {0}, {1} pasa por encima de {2}{3}"},
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
    {m_no_decomposition, "weight × utility (this method's score has no per-criterion decomposition)",
     "peso × utilidad (la puntuación de este método no se descompone por criterio)"},
    {m_no_providers, "no providers to score", "ningún proveedor que puntuar"},
    {m_wsm, "weight × utility; sums to the score", "peso × utilidad; suman la puntuación"},
    {m_wpm, "weight × ln(normalised value); sums to ln(score), not to the score",
     "peso × ln(valor normalizado); suman ln(puntuación), no la puntuación"},
    {m_waspas, "λ × weight × normalised value, plus the WPM part shared in the same proportions; sums to Q",
     "λ × peso × valor normalizado, más la parte WPM repartida en las mismas proporciones; suman Q"},
    {m_topsis, "each criterion's share of the distances from the anti-ideal (+) and to the ideal (-); they sum to the score - 0.5",
     "la parte de cada criterio en las distancias desde el anti-ideal (+) y hasta el ideal (-); suman la puntuación - 0.5"},
    {m_topsis_identical, "all providers are identical on every weighted criterion: each scores 0.5",
     "todos los proveedores son idénticos en cada criterio ponderado: cada uno puntúa 0.5"},
    {m_vikor, "weighted regret; sums to S, the largest is R (lower is better)",
     "arrepentimiento ponderado; suman S, el mayor es R (menor es mejor)"},
    {m_vikor_flat_both, "S and R are the same for every provider (S* = S-, R* = R-): Q is 0 for all",
     "S y R son iguales para todos los proveedores (S* = S-, R* = R-): Q es 0 para todos"},
    {m_vikor_flat_s, "S is the same for every provider (S* = S-): Q ranks by R alone",
     "S es igual para todos los proveedores (S* = S-): Q clasifica solo por R"},
    {m_vikor_flat_r, "R is the same for every provider (R* = R-): Q ranks by S alone",
     "R es igual para todos los proveedores (R* = R-): Q clasifica solo por S"},
    {m_vikor_advantage_holds, "acceptable advantage holds: Q(a2) - Q(a1) = {0} >= DQ = {1}",
     "la ventaja aceptable se cumple: Q(a2) - Q(a1) = {0} >= DQ = {1}"},
    {m_vikor_advantage_fails, "acceptable advantage fails: Q(a2) - Q(a1) = {0} < DQ = {1}",
     "la ventaja aceptable no se cumple: Q(a2) - Q(a1) = {0} < DQ = {1}"},
    {m_vikor_by_s_and_r, "by S and by R", "por S y por R"},
    {m_vikor_by_s, "by S", "por S"},
    {m_vikor_by_r, "by R", "por R"},
    {m_vikor_stability_holds, "acceptable stability holds: a1 (the best by Q) is also the best {0}",
     "la estabilidad aceptable se cumple: a1 (la mejor por Q) es también la mejor {0}"},
    {m_vikor_stability_fails, "acceptable stability fails: a1 (the best by Q) is the best neither by S (S(a1) = {0}, S* = {1}) nor by R (R(a1) = {2}, R* = {3})",
     "la estabilidad aceptable no se cumple: a1 (la mejor por Q) no es la mejor ni por S (S(a1) = {0}, S* = {1}) ni por R (R(a1) = {2}, R* = {3})"},
    {m_vikor_only_provider, "the only provider", "el único proveedor"},
    {m_vikor_set_advantage, "acceptable advantage fails: a1 to aM, whose Q is less than DQ = {0} above Q(a1)",
     "la ventaja aceptable no se cumple: de a1 a aM, cuya Q supera a Q(a1) en menos de DQ = {0}"},
    {m_vikor_set_stability, "acceptable stability fails: a1 and a2, the first two by Q",
     "la estabilidad aceptable no se cumple: a1 y a2, las dos primeras por Q"},
    {m_vikor_set_both, "both conditions hold: a1, the best by Q, is the compromise solution",
     "se cumplen las dos condiciones: a1, la mejor por Q, es la solución de compromiso"},
    {m_promethee, "weight × the criterion's net flow φ_j; sums to the net flow φ",
     "peso × el flujo neto φ_j del criterio; suman el flujo neto φ"},
    {m_promethee1, "PROMETHEE I is a partial order (from φ+ and φ−); the ranks shown follow the net flow φ of PROMETHEE II",
     "PROMETHEE I es un orden parcial (a partir de φ+ y φ−); los puestos mostrados siguen el flujo neto φ de PROMETHEE II"},
    {m_promethee1_not_listed, "the PROMETHEE I relations are listed up to {0} providers; here there are {1}",
     "las relaciones de PROMETHEE I se listan hasta {0} proveedores; aquí hay {1}"},
    {m_promethee1_incomparable, "{0} of {1} pairs are incomparable in PROMETHEE I (one is better on φ+, the other on φ−)",
     "{0} de {1} pares son incomparables en PROMETHEE I (uno es mejor en φ+ y el otro en φ−)"},
    {m_electre1, "weight × (rows it is at least as good as − rows at least as good as it); sums to C_net, not to the score",
     "peso × (filas a las que iguala o supera − filas que la igualan o superan); suman C_net, no la puntuación"},
    {m_electre1_kernel, "not outranked by one another, and together they outrank every other alternative",
     "ninguna supera a otra, y juntas superan a todas las demás alternativas"},
    {m_electre1_relation, "ELECTRE I gives an outranking relation and its kernel, not a ranking; the score (how many alternatives each outranks minus how many outrank it) only orders the list",
     "ELECTRE I da una relación de superación y su núcleo, no una clasificación; la puntuación (a cuántas alternativas supera cada una menos cuántas la superan) solo ordena la lista"},
    {m_electre1_thresholds, "a outranks b when C(a,b) >= c = {0} and D(a,b) <= d = {1}{2}",
     "a supera a b cuando C(a,b) >= c = {0} y D(a,b) <= d = {1}{2}"},
    {m_electre1_mean_c, "; c is the mean concordance", "; c es la concordancia media"},
    {m_electre1_mean_d, "; d is the mean discordance", "; d es la discordancia media"},
    {m_electre1_circuits, "the outranking graph has circuits; alternatives on a circuit are taken together, as Roy (1968) does, so the kernel holds whole circuits",
     "el grafo de superación tiene circuitos; las alternativas de un circuito se toman juntas, como hace Roy (1968), así que el núcleo contiene circuitos enteros"},
    {m_electre3, "weight × (others' partial concordance over it − its over the others); lower is better, like the score, but it does not sum to it",
     "peso × (concordancia parcial de las demás sobre ella − la suya sobre las demás); menor es mejor, como la puntuación, pero no suman la puntuación"},
    {m_electre3_preorder, "ELECTRE III ranks by a partial preorder, the intersection of the descending and ascending distillations; the score is the sum of the two distillation ranks (lower is better): it keeps every preference of that preorder and ties indifferent alternatives",
     "ELECTRE III clasifica por un preorden parcial, la intersección de las destilaciones descendente y ascendente; la puntuación es la suma de los dos puestos de destilación (menor es mejor): conserva todas las preferencias de ese preorden y empata las alternativas indiferentes"},
    {m_electre3_incomparable_one, "{0} pair is incomparable (the two distillations disagree on their order); their order by score is a compromise, not a preference",
     "{0} par es incomparable (las dos destilaciones no coinciden en su orden); su orden por puntuación es un compromiso, no una preferencia"},
    {m_electre3_incomparable_many, "{0} pairs are incomparable (the two distillations disagree on their order); their order by score is a compromise, not a preference",
     "{0} pares son incomparables (las dos destilaciones no coinciden en su orden); su orden por puntuación es un compromiso, no una preferencia"},
    {m_copras, "benefit: weight × share of the column; cost: the S− term split by weight; in % of the best Q, sums to N",
     "beneficio: peso × parte de la columna; coste: el término S− repartido por peso; en % de la mejor Q, suman N"},
    {m_edas, "w/2 + (w × PDA / max SP − w × NDA / max SN)/2; sums to AS",
     "w/2 + (w × PDA / max SP − w × NDA / max SN)/2; suman AS"},
    {m_moora_reference, "weighted distance to the reference point; the score is the largest, not the sum",
     "distancia ponderada al punto de referencia; la puntuación es la mayor, no la suma"},
    {m_moora_ratio, "weight × ratio, negative for cost criteria; sums to the score",
     "peso × razón, negativa en los criterios de coste; suman la puntuación"},
    {m_multimoora, "weight × ratio of the ratio system; sums to RS, not to the dominance count",
     "peso × razón del sistema de razones; suman RS, no el recuento de dominancias"},
    {m_multimoora_circular, "the dominance between the three rankings is circular for {0} pair(s): a provider that dominates another does not dominate more providers than it; Brauers & Zavadskas (2011) call this circular reasoning",
     "la dominancia entre las tres clasificaciones es circular en {0} par(es): un proveedor que domina a otro no domina a más proveedores que este; Brauers y Zavadskas (2011) lo llaman razonamiento circular"},
    {m_aras, "weight × share of the column sum, over S0 (the optimal alternative's S); sums to K",
     "peso × parte de la suma de la columna, entre S0 (la S de la alternativa óptima); suman K"},
    {m_spotis, "weight × normalised distance to the ideal solution point; sums to the score, lower is better",
     "peso × distancia normalizada al punto de solución ideal; suman la puntuación, menor es mejor"},
    {m_spotis_bounds, "SPOTIS bounds for {0} were taken from the observed minimum and maximum, so its protection against rank reversal does not hold: adding or removing a provider can move them; give lower=/upper= or bounds: [lower, upper] to fix them",
     "los límites de SPOTIS de {0} se tomaron del mínimo y el máximo observados, así que su protección contra la inversión de rangos no se cumple: añadir o quitar un proveedor puede moverlos; dé lower=/upper= o bounds: [lower, upper] para fijarlos"},
    {m_codas, "share of the Euclidean and taxicab distances in H, against every other provider; sums to H",
     "parte de las distancias euclídea y Manhattan en H, frente a cada uno de los demás proveedores; suman H"},
    {m_mabac, "distance v − g from the border approximation area; sums to Q",
     "distancia v − g al área de aproximación de frontera; suman Q"},
    {m_mairca, "gap between the theoretical and the real rating, w/m × (1 − n); sums to Q, lower is better",
     "diferencia entre la valoración teórica y la real, w/m × (1 − n); suman Q, menor es mejor"},
    {m_cocoso, "k shared out by each criterion's part of S (weight × normalised value); sums to the score",
     "k repartida según la parte de S de cada criterio (peso × valor normalizado); suman la puntuación"},
    {m_marcos, "f(K) shared out by each criterion's part of S (weight × value over the ideal); sums to the score",
     "f(K) repartida según la parte de S de cada criterio (peso × valor entre el ideal); suman la puntuación"},
    {m_ocra, "weight × preference rating (the terms of I and O); they sum to I + O, which the score shifts so that the least competitive provider rates 0",
     "peso × valoración de preferencia (los términos de I y O); suman I + O, que la puntuación desplaza para que el proveedor menos competitivo valga 0"},
    {m_ram, "weight × sum-normalised value, negative for cost criteria (the terms of S+ and S-); RI is a root of them, not their sum",
     "peso × valor normalizado por la suma, negativo en los criterios de coste (los términos de S+ y S-); RI es una raíz de ellos, no su suma"},
    {m_probid, "none: PROBID's distances do not split by criterion",
     "ninguna: las distancias de PROBID no se reparten por criterio"},
    {w_basis_equal, "equal", "igual"},
    {w_basis_weight, "weight {0}", "peso {0}"},
    {w_basis_weight_profile, "weight {0} (profile)", "peso {0} (perfil)"},
    {w_basis_ahp, "AHP priority", "prioridad AHP"},
    {w_basis_rank, "rank {0} ({1})", "puesto {0} ({1})"},
    {w_basis_points, "{0} points ({1})", "{0} puntos ({1})"},
    {w_basis_data, "{0} of the data", "{0} de los datos"},
    {w_inconsistent, "the judgments are inconsistent (CR {0} > 0.1): the priorities are still given, but revisit the judgments advised below",
     "los juicios son incoherentes (CR {0} > 0.1): las prioridades se dan igualmente, pero revise los juicios que se aconsejan abajo"},
    {w_advice, "you said {0} vs {1} = {2}; your other judgments imply about {3}; with {4} the CR falls from {5} to {6}",
     "usted dijo {0} frente a {1} = {2}; sus otros juicios implican aproximadamente {3}; con {4} el CR baja de {5} a {6}"},
    {w_from_data, "{0} weights describe how the providers' data varies, not your priorities",
     "los pesos {0} describen cómo varían los datos de los proveedores, no sus prioridades"},
    {w_all_excluded, "every provider is excluded, so the weights that come from the data cannot be computed",
     "todos los proveedores están excluidos, así que no se pueden calcular los pesos que provienen de los datos"},
    {w_waits_for_data, "some weights come from the providers' data; give providers files to compute them",
     "algunos pesos provienen de los datos de los proveedores; dé archivos de proveedores para calcularlos"},
    {mc_left_out, "method {0} could not rank the providers and is left out: {1}",
     "el método {0} no pudo clasificar a los proveedores y se omite: {1}"},
    {mc_methods_compared_one, "{0} method compared", "{0} método comparado"},
    {mc_methods_compared, "{0} methods compared", "{0} métodos comparados"},
    {mc_lower_is_better, ", lower score is better", ", menor puntuación es mejor"},
    {mc_rank_score, "  #   Score", "  #   Punt."},
    {mc_score_of, "{0} score", "{0} puntuación"},
    {mc_rank_correlations, "Rank correlations", "Correlaciones de rangos"},
    {mc_over_ranked, " (over the {0} ranked providers)", " (sobre los {0} proveedores clasificados)"},
    {mc_weighted_spearman, "Weighted Spearman rw", "Spearman ponderado rw"},
    {mc_ws_similarity, "WS similarity (row: reference, column: tested)",
     "Similitud WS (fila: referencia, columna: evaluado)"},
    {mc_agreement, "Agreement", "Acuerdo entre métodos"},
    {mc_winner, "winner: {0}", "ganador: {0}"},
    {mc_methods, "Methods", "Métodos"},
    {mc_no_winner, "no method ranked a provider", "ningún método clasificó a un proveedor"},
    {mc_tied, "{0} (tied)", "{0} (empatados)"},
    {mc_every_method_picks, "every method picks {0}", "todos los métodos eligen {0}"},
    {mc_picks, "{0} picks {1}", "{0} elige {1}"},
    {mc_pick, "{0} pick {1}", "{0} eligen {1}"},
    {cat_catalogs, "Built-in criteria catalogs (use with -c NAME, or `criterio init --template NAME`):",
     "Catálogos de criterios incorporados (úselos con -c NOMBRE, o `criterio init --template NOMBRE`):"},
    {cat_criteria_count, "{0} criteria", "{0} criterios"},
    {cat_methods, "Methods (use with -m NAME):", "Métodos (úselos con -m NOMBRE):"},
    {cat_also, "also: {0}", "también: {0}"},
    {cat_reference, "reference: {0}", "referencia: {0}"},
    {cat_weighting, "Weighting methods (a group's weighting: in a criteria file; --weights NAME in spreadsheet mode):",
     "Métodos de ponderación (el weighting: de un grupo en un archivo de criterios; --weights NOMBRE en modo hoja de cálculo):"},
    {validate_ok, "{0}: ok", "{0}: correcto"},
    {smp_simplex, "uniform over the simplex", "uniforme sobre el símplex"},
    {smp_order, "uniform over the simplex within the importance order",
     "uniforme sobre el símplex dentro del orden de importancia"},
    {smp_lower_bounds, "uniform over the simplex above the lower bounds",
     "uniforme sobre el símplex por encima de los límites inferiores"},
    {smp_single_point, "the only weights the constraints allow", "los únicos pesos que permiten las restricciones"},
    {smp_within_bounds, "within the bounds", "dentro de los límites"},
    {smp_within_bounds_order, "within the bounds and the importance order",
     "dentro de los límites y del orden de importancia"},
    {smp_rejection, "uniform over the simplex {0} (rejection, {1} % accepted)",
     "uniforme sobre el símplex {0} (muestreo por rechazo, {1} % aceptado)"},
    {smp_hit_and_run, "hit-and-run Markov chain {0}, burn-in {1}, thinning {2}",
     "cadena de Markov hit-and-run {0}, calentamiento {1}, aclarado {2}"},
    {rr_value_functions, "it cannot happen here: every criterion has a value function, so the additive model scores each provider on its own",
     "aquí no puede ocurrir: cada criterio tiene una función de valor, así que el modelo aditivo puntúa a cada proveedor por sí solo"},
    {rr_three_providers, "it needs at least three providers", "hacen falta al menos tres proveedores"},
    {rr_too_many, "skipped above {0} providers (one run of the method per provider)",
     "se omite por encima de {0} proveedores (una ejecución del método por proveedor)"},
    {pn_not_rated, "not rated", "sin valorar"},
    {pn_nobody_rated, "nobody rated it (missing)", "nadie lo valoró (sin valor)"},
    {pn_spread, "; spread {0}", "; dispersión {0}"},
    {pn_outlier, "; {0} is the outlier", "; {0} es el valor atípico"},
    {pn_mean_spread_one, "{0}: mean spread {1} over {2} provider", "{0}: dispersión media {1} en {2} proveedor"},
    {pn_mean_spread, "{0}: mean spread {1} over {2} providers", "{0}: dispersión media {1} en {2} proveedores"},
    {pn_largest, " (largest {0}, {1})", " (máxima {0}, {1})"},
    {pn_most_often_one, "; {0} is most often the outlier ({1} of {2})",
     "; {0} es el valor atípico más a menudo ({1} de {2})"},
    {pn_most_often, "; {0} are most often the outlier ({1} of {2})",
     "; {0} son los valores atípicos más a menudo ({1} de {2})"},
    {set_kernel, "kernel", "núcleo"},
    {set_compromise, "compromise", "compromiso"},
    {cat_number, "NUMBER", "NÚMERO"},
    {cat_at_least, "at least {0}", "al menos {0}"},
    {cat_at_most, "at most {0}", "como máximo {0}"},
    {cat_range, "{0} to {1}", "de {0} a {1}"},
    {cat_any, "any", "cualquiera"},
    {cat_no_default, "no default", "sin valor por omisión"},
    {cat_default, "default {0}", "por omisión {0}"},
    {cat_per_criterion, "; one value, or one per criterion", "; un valor, o uno por criterio"},
    {md_weights_title, "Weights: {0}", "Pesos: {0}"},
    {md_local, "Local", "Local"},
    {md_global, "Global", "Global"},
    {md_how, "How", "Cómo"},
    {md_priorities, "{0} priorities", "prioridades por {0}"},
    {md_inconsistent, "inconsistent: above 0.1", "incoherente: por encima de 0.1"},
    {md_completed, "{0} missing judgments completed", "{0} juicios ausentes completados"},
    {md_advice, "advice: {0}", "consejo: {0}"},
    {md_evaluator, "evaluator {0}: CR {1}", "evaluador {0}: CR {1}"},
    {md_disagreement, "{0}: priorities {1} to {2}; {3} stands apart", "{0}: prioridades de {1} a {2}; {3} se aparta del resto"},
    {rel_incomparable, "{0} and {1} incomparable", "{0} y {1} incomparables"},
    {rel_indifferent, "{0} and {1} indifferent", "{0} y {1} indiferentes"},
    {value_yes, "yes", "sí"},
    {value_no, "no", "no"},
    {value_range, "{0} to {1}", "{0} a {1}"},
    {value_most_likely, "{0} (most likely {1})", "{0} (lo más probable: {1})"},
    {value_reviews_none, "{0} (0 reviews)", "{0} (0 reseñas)"},
    {value_reviews_one, "{0} (1 review, mean {1})", "{0} (1 reseña, media {1})"},
    {value_reviews_many, "{0} ({1} reviews, mean {2})", "{0} ({1} reseñas, media {2})"},
    {diff_methods_differ, "the methods differ ({0}, then {1}): scores are not comparable",
     "los métodos difieren ({0} y después {1}): las puntuaciones no son comparables"},
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

// The messages said as phrases (criterio/phrase.hpp): the stable code JSON
// gives each one, and the names of its arguments in placeholder order. A
// code is a contract with the tools that read the JSON: never change one.
// Two messages may share a code when they say one thing two ways (a count's
// singular and plural).
struct PhraseRow {
  Message id;
  std::string_view code;
  std::string_view args;  // comma-separated
};

constexpr PhraseRow k_phrases[] = {
    {yes, "yes", ""},
    {no, "no", ""},
    {reason_required_missing, "required_value_missing", "criterion"},
    {reason_missing_excludes, "missing_value_excludes", "criterion"},
    {reason_below_minimum, "below_minimum", "criterion,actual,required"},
    {reason_below_minimum_central, "central_value_below_minimum", "criterion,actual,spread,required"},
    {reason_above_maximum, "above_maximum", "criterion,actual,allowed"},
    {reason_above_maximum_central, "central_value_above_maximum", "criterion,actual,spread,allowed"},
    {reason_not_equal, "not_equal", "criterion,actual,required"},
    {reason_not_one_of, "not_one_of", "criterion,actual,allowed"},
    {warning_stale_evidence, "stale_evidence", "provider,criterion,evidence_date,max_age_days,as_of"},
    {warning_imputed, "values_imputed", "provider,criteria"},
    {warning_every_provider_excluded, "every_provider_excluded", ""},
    {warning_ahp_inconsistent, "ahp_inconsistent", "group,consistency_ratio"},
    {note_weights_from_data, "weights_from_data", "group,weighting"},
    {top_level_criteria, "top_level_criteria", ""},
    {named_group, "group", "group"},
    {mc_left_out, "method_left_out", "method,reason"},
    {set_kernel, "kernel", ""},
    {set_compromise, "compromise", ""},
    {m_no_decomposition, "no_decomposition", ""},
    {m_no_providers, "no_providers", ""},
    {m_wsm, "wsm_contributions", ""},
    {m_wpm, "wpm_contributions", ""},
    {m_waspas, "waspas_contributions", ""},
    {m_topsis, "topsis_contributions", ""},
    {m_topsis_identical, "topsis_identical_providers", ""},
    {m_vikor, "vikor_contributions", ""},
    {m_vikor_flat_both, "vikor_flat_s_and_r", ""},
    {m_vikor_flat_s, "vikor_flat_s", ""},
    {m_vikor_flat_r, "vikor_flat_r", ""},
    {m_vikor_advantage_holds, "vikor_advantage_holds", "q_gap,dq"},
    {m_vikor_advantage_fails, "vikor_advantage_fails", "q_gap,dq"},
    {m_vikor_by_s_and_r, "vikor_best_by_s_and_r", ""},
    {m_vikor_by_s, "vikor_best_by_s", ""},
    {m_vikor_by_r, "vikor_best_by_r", ""},
    {m_vikor_stability_holds, "vikor_stability_holds", "best_by"},
    {m_vikor_stability_fails, "vikor_stability_fails", "s_a1,s_best,r_a1,r_best"},
    {m_vikor_only_provider, "vikor_only_provider", ""},
    {m_vikor_set_advantage, "vikor_compromise_within_dq", "dq"},
    {m_vikor_set_stability, "vikor_compromise_first_two", ""},
    {m_vikor_set_both, "vikor_compromise_solution", ""},
    {m_promethee, "promethee_contributions", ""},
    {m_promethee1, "promethee1_partial_order", ""},
    {m_promethee1_not_listed, "promethee1_relations_not_listed", "limit,providers"},
    {m_promethee1_incomparable, "promethee1_incomparable", "incomparable,pairs"},
    {m_electre1, "electre1_contributions", ""},
    {m_electre1_kernel, "electre1_kernel", ""},
    {m_electre1_relation, "electre1_relation", ""},
    {m_electre1_thresholds, "electre1_thresholds", "c,d,defaults"},
    {m_electre1_mean_c, "electre1_mean_concordance", ""},
    {m_electre1_mean_d, "electre1_mean_discordance", ""},
    {m_electre1_circuits, "electre1_circuits", ""},
    {m_electre3, "electre3_contributions", ""},
    {m_electre3_preorder, "electre3_preorder", ""},
    {m_electre3_incomparable_one, "electre3_incomparable", "incomparable"},
    {m_electre3_incomparable_many, "electre3_incomparable", "incomparable"},
    {m_copras, "copras_contributions", ""},
    {m_edas, "edas_contributions", ""},
    {m_moora_reference, "moora_reference_contributions", ""},
    {m_moora_ratio, "moora_ratio_contributions", ""},
    {m_multimoora, "multimoora_contributions", ""},
    {m_multimoora_circular, "multimoora_circular_dominance", "pairs"},
    {m_aras, "aras_contributions", ""},
    {m_spotis, "spotis_contributions", ""},
    {m_spotis_bounds, "spotis_bounds_from_data", "criteria"},
    {m_codas, "codas_contributions", ""},
    {m_mabac, "mabac_contributions", ""},
    {m_mairca, "mairca_contributions", ""},
    {m_cocoso, "cocoso_contributions", ""},
    {m_marcos, "marcos_contributions", ""},
    {m_ocra, "ocra_contributions", ""},
    {m_ram, "ram_contributions", ""},
    {m_probid, "probid_contributions", ""},
    {w_basis_equal, "weight_equal", ""},
    {w_basis_weight, "weight_given", "weight"},
    {w_basis_weight_profile, "weight_from_profile", "weight"},
    {w_basis_ahp, "weight_ahp_priority", ""},
    {w_basis_rank, "weight_from_rank", "rank,weighting"},
    {w_basis_points, "weight_from_points", "points,weighting"},
    {w_basis_data, "weight_from_data", "weighting"},
    {w_inconsistent, "ahp_judgments_inconsistent", "consistency_ratio"},
    {w_advice, "ahp_revise_judgment", "more,less,given,implied,suggested,cr_before,cr_after"},
    {w_from_data, "weights_describe_the_data", "weighting"},
    {w_all_excluded, "data_weights_without_providers", ""},
    {w_waits_for_data, "weights_wait_for_data", ""},
    {sens_stays_first_whatever, "stays_first_whatever_one_weight", "provider"},
    {sens_closest_call_below, "closest_call_weight_below", "criterion,weight,now,takes_first"},
    {sens_closest_call_above, "closest_call_weight_above", "criterion,weight,now,takes_first"},
    {sens_stays_first_between, "stays_first_between_weights", "provider,criterion,low,high,now"},
    {sens_already_first, "already_first", "provider"},
    {sens_already_above, "already_above", "provider,rival"},
    {sens_take_first, "take_first_place", ""},
    {sens_pass, "pass_rival", "rival"},
    {sens_would_need_at, "would_need_level", "goal,provider,criterion,needed,now"},
    {sens_would_need_above, "would_need_above", "goal,provider,criterion,needed,now"},
    {sens_would_need_below, "would_need_below", "goal,provider,criterion,needed,now"},
    {sens_more_criteria, "more_criteria_would_do", "count"},
    {sens_cannot, "no_single_change_does_it", "provider,goal"},
    {sens_no_change_alone, "criteria_where_no_change_does_it", "count,of"},
    {sens_no_reversal, "no_rank_reversal", ""},
    {sens_reversal, "rank_reversal", "removed,moves_up,above,more"},
    {sens_pairs_change, "pairs_change_places", "pairs"},
    {sens_first_place_across, "first_place_shares", "samples,sampler,shares"},
    {sens_every_provider_excluded, "nothing_to_analyse", ""},
    {rr_value_functions, "reversal_impossible_with_value_functions", ""},
    {rr_three_providers, "reversal_needs_three_providers", ""},
    {rr_too_many, "reversal_skipped_above", "limit"},
    {smp_simplex, "sampler_simplex", ""},
    {smp_order, "sampler_order", ""},
    {smp_lower_bounds, "sampler_lower_bounds", ""},
    {smp_single_point, "sampler_single_point", ""},
    {smp_within_bounds, "sampler_within_bounds", ""},
    {smp_within_bounds_order, "sampler_within_bounds_and_order", ""},
    {smp_rejection, "sampler_rejection", "within,accepted_percent"},
    {smp_hit_and_run, "sampler_hit_and_run", "within,burn_in,thinning"},
};

constexpr std::size_t count_names(std::string_view args) {
  if (args.empty()) return 0;
  std::size_t names = 1;
  for (char c : args) names += c == ',';
  return names;
}

// Each phrase names one argument per placeholder, {0} to {n-1}, and has a code.
constexpr bool phrases_match_their_texts() {
  for (const PhraseRow& phrase : k_phrases) {
    const unsigned used = placeholders(k_catalog[static_cast<std::size_t>(phrase.id)].en);
    if (phrase.code.empty() || used != (1u << count_names(phrase.args)) - 1) return false;
  }
  return true;
}
static_assert(phrases_match_their_texts(), "a phrase needs a code and one argument name per placeholder");

// k_phrases by message id, for the lookups of a large JSON output.
constexpr auto k_phrase_index = [] {
  std::array<const PhraseRow*, static_cast<std::size_t>(Message::count)> index{};
  for (const PhraseRow& phrase : k_phrases) index[static_cast<std::size_t>(phrase.id)] = &phrase;
  return index;
}();

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

std::string say(Message id, Language language, std::span<const std::string_view> args) {
  const std::string_view pattern = text(id, language);
  std::string out;
  out.reserve(pattern.size() + 32);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const bool placeholder = pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
                             pattern[i + 1] >= '0' && pattern[i + 1] <= '9';
    const auto k = placeholder ? static_cast<std::size_t>(pattern[i + 1] - '0') : args.size();
    if (k < args.size()) {
      out += args[k];
      i += 2;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

std::string say(Message id, Language language, std::initializer_list<std::string_view> args) {
  return say(id, language, std::span<const std::string_view>(args.begin(), args.size()));
}

std::string_view phrase_code(Message id) {
  const PhraseRow* phrase = k_phrase_index.at(static_cast<std::size_t>(id));
  return phrase ? phrase->code : std::string_view();
}

std::vector<std::string_view> phrase_arguments(Message id) {
  const PhraseRow* phrase = k_phrase_index.at(static_cast<std::size_t>(id));
  std::vector<std::string_view> names;
  for (std::string_view rest = phrase ? phrase->args : ""; !rest.empty();) {
    const std::size_t comma = std::min(rest.find(','), rest.size());
    names.push_back(rest.substr(0, comma));
    rest.remove_prefix(std::min(comma + 1, rest.size()));
  }
  return names;
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
