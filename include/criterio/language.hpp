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
