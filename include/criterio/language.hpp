#pragma once
// The language of labels and sentences meant for people (--lang). Keys, ids,
// enum values and column headers of JSON and CSV are a contract read by
// programs and are the same in every language; error messages stay English.

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

// Puts the names and descriptions given for `language` (name_es, ...) in
// place of the English ones, where the model has them; the rest stays English.
void localize(CriteriaModel& model, Language language);

}  // namespace criterio
