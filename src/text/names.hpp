#pragma once
// The registries' names and descriptions (methods, their parameters,
// weighting methods) in the languages other than English. The registries
// hold the English; each other language is one table of translations keyed
// by a stable id (names_es.cpp), so that a language is one more table, not a
// field in every row. Keys:
//
//   method.NAME.title   method.NAME.summary   method.NAME.param.KEY
//   weighting.NAME.title   weighting.NAME.summary
//
// Private to the library and the CLI, like the message catalog (messages.hpp).

#include <optional>
#include <span>
#include <string_view>

#include "criterio/language.hpp"
#include "criterio/method.hpp"
#include "criterio/weights.hpp"

namespace criterio {

struct NameTranslation {
  std::string_view key;
  std::string_view text;
};

// Every translation of `language`, in no particular order; empty for English.
std::span<const NameTranslation> name_translations(Language language);

// The text of `key` in `language`; nullopt for English and for a key the
// language's table lacks.
std::optional<std::string_view> translated(std::string_view key, Language language);

// A registry's text in `language`, else the English.
std::string_view method_title(const MethodInfo& method, Language language);
std::string_view method_summary(const MethodInfo& method, Language language);
std::string_view param_description(const MethodInfo& method, const ParamSpec& param, Language language);
std::string_view weighting_title(const WeightingInfo& weighting, Language language);
std::string_view weighting_summary(const WeightingInfo& weighting, Language language);

// The Spanish table (names_es.cpp).
std::span<const NameTranslation> spanish_names();

}  // namespace criterio
