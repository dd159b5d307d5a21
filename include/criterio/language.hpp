#pragma once
// The language of labels and sentences meant for people (--lang): a message
// catalog keyed by id, one English and one Spanish text per id. Keys, ids,
// enum values and column headers of JSON and CSV are a contract read by
// programs and never go through here; error messages stay English.
//
// A formatter gets a label with text(Message::..., options.language) and a
// sentence with its values with say(Message::..., language, {a, b}): the
// texts carry numbered placeholders {0}, {1}, ... so that each language puts
// them where its word order wants them. Numbers are formatted by the caller,
// the same in every language (a decimal point), so that figures do not change.

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace criterio {

struct CriteriaModel;

enum class Language { en, es };

// "en" or "es"; nullopt for anything else.
std::optional<Language> parse_language(std::string_view name);
std::string_view to_string(Language language);
// Every language's name, for help text and did-you-mean.
std::vector<std::string> language_names();

enum class Message {
  // Column headings and section titles.
  provider,
  score,
  strengths,
  weaknesses,
  flags,
  criterion,
  value,
  utility,
  weight,
  contribution,
  contribution_short,
  rank,
  evidence,
  difference,
  total,
  section_method,
  section_excluded,
  section_warnings,
  section_evaluator_panel,
  // Short phrases.
  missing_count,
  stale_count,
  ranked_and_excluded,
  more_not_shown,
  no_provider_to_rank,
  profile_part,
  as_of_part,
  rank_of_score,
  excluded_word,
  missing_value,
  stale_word,
  versus,
  strengths_label,
  weaknesses_label,
  missing_label,
  evaluator_panel_label,
  evidence_legend,
  not_a_sum,
  reviews_line,
  panel_legend,
  and_word,
  yes,
  no,
  // Exclusion reasons.
  reason_required_missing,
  reason_missing_excludes,
  reason_below_minimum,
  reason_above_maximum,
  reason_not_equal,
  reason_not_one_of,
  central_value_of,
  // Warnings and notes of an evaluation.
  warning_stale_evidence,
  warning_imputed,
  warning_every_provider_excluded,
  warning_ahp_inconsistent,
  note_weights_from_data,
  top_level_criteria,
  named_group,
  // The sentence of `compare`.
  compare_tie,
  compare_above,
  compare_below,
  compare_drivers,
  compare_offsets,
  // Labels and captions of the HTML report.
  html_ranking,
  html_higher_better,
  html_lower_better,
  html_status,
  html_stale_evidence_count,
  html_ranked,
  html_first_of,
  html_coloured_by_group,
  html_criteria_colours,
  html_missing_imputed,
  html_bar_splits,
  html_segments_add_up,
  html_segments_do_not_add_up,
  html_negative_segments,
  html_contributions_by_criterion,
  html_contributions,
  html_contributions_of,
  html_utility_scale,
  html_utilities,
  html_utilities_caption,
  html_weight_short,
  html_excluded_caption,
  html_reasons,
  html_local_global,
  html_weights,
  html_weights_caption,
  html_source,
  html_date,
  html_evidence_caption,
  html_notes_and_warnings,
  html_robustness,
  html_findings,
  html_weight_stability,
  html_stability_exact,
  html_stability_scanned,
  html_stability_legend,
  html_one_criterion,
  html_winner_stays_first,
  html_order_unchanged,
  html_range,
  html_interval_aria,
  html_passes,
  html_what_it_takes,
  html_to_take_first,
  html_to_pass,
  html_now,
  html_needs,
  html_already_there,
  html_not_reachable,
  html_above,
  html_below,
  html_rank_reversal,
  html_rank_reversal_caption,
  html_not_checked,
  html_no_reversal,
  html_above_other,
  html_without,
  html_rank_colours,
  html_rank_n,
  html_to_rank_n,
  html_smaa,
  html_smaa_caption,
  html_smaa_values,
  html_smaa_bar,
  html_rank_acceptability,
  html_first,
  html_holistic,
  html_confidence,
  html_rank_acceptability_of,
  html_sensitivity_meta,
  html_sensitivity_title,
  html_weights_title,
  html_footer,
  // Headings and notes of the XLSX workbook (sheet names and column headers stay English).
  xlsx_notes,
  xlsx_weights_note_edit,
  xlsx_weights_note_global,
  xlsx_weights_note_derived,
  xlsx_weights_note_parent,
  xlsx_method_note,
  xlsx_scores_are_formulas,
  xlsx_ranks_are_formulas,
  xlsx_scores_are_values,
  xlsx_only_first,
  xlsx_warning,
  xlsx_scores,
  xlsx_scores_of_first,
  // The findings of `sensitivity`.
  sens_stays_first_whatever,
  sens_closest_call_below,
  sens_closest_call_above,
  sens_stays_first_between,
  sens_already_first,
  sens_already_above,
  sens_take_first,
  sens_pass,
  sens_would_need_at,
  sens_would_need_above,
  sens_would_need_below,
  sens_more_criteria,
  sens_cannot,
  sens_no_change_alone,
  sens_no_reversal,
  sens_reversal,
  sens_pairs_change,
  sens_first_place_across,
  sens_every_provider_excluded,
  // The tables of `sensitivity` and `weights`.
  st_sensitivity,
  st_providers_criteria,
  st_exact,
  st_scanned,
  st_one_criterion,
  st_criterion,
  st_weight,
  st_winner_stays_first,
  st_order_unchanged,
  st_now,
  st_needs,
  st_provider,
  st_holistic,
  st_confidence,
  st_to_take_first,
  st_to_pass,
  st_what_it_takes_line,
  st_reversal_caption,
  st_not_checked,
  st_no_reversal,
  st_central_weights,
  st_central_matrix,
  st_central_largest,
  st_smaa_caption,
  st_sampled_too,
  st_ranks_past,
  wt_title,
  wt_data_of,
  wt_no_providers,
  wt_local,
  wt_global,
  wt_how,
  wt_top_level,
  wt_top_level_method,
  wt_children,
  wt_ahp_priorities,
  wt_ahp_evaluators,
  wt_judgments,
  wt_completed,
  wt_consistent,
  wt_inconsistent,
  wt_evaluator,
  wt_disagreement,
  // The table and Markdown of `diff` (status words stay English, as in JSON and CSV).
  diff_changes,
  diff_no_change,
  diff_provider_changed,
  diff_providers_changed,
  diff_status,
  diff_rank,
  diff_score,
  diff_behind,
  diff_heading,
  diff_move,
  diff_behind_title,
  count  // not a message: how many there are
};

// The text of `id` in `language`, placeholders unfilled.
std::string_view text(Message id, Language language);

// The text of `id` in `language` with {0}, {1}, ... replaced by `args`.
std::string say(Message id, Language language, std::initializer_list<std::string_view> args);

// "a", "a and b", "a, b and c" in `language` (Spanish writes "e" for "y"
// before a word that starts with the sound i).
std::string and_list(const std::vector<std::string>& items, Language language);

// The placeholders {0}, {1}, ... a text uses, as a bit set (bit k for {k}).
// Every language's text of one id uses the same set: checked at compile time.
constexpr unsigned placeholders(std::string_view text) {
  unsigned used = 0;
  for (std::size_t i = 0; i + 2 < text.size(); ++i)
    if (text[i] == '{' && text[i + 1] >= '0' && text[i + 1] <= '9' && text[i + 2] == '}')
      used |= 1u << (text[i + 1] - '0');
  return used;
}

// Puts the names and descriptions given for `language` (name_es, ...) in
// place of the English ones, where the model has them; the rest stays English.
void localize(CriteriaModel& model, Language language);

}  // namespace criterio
