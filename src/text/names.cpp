#include "text/names.hpp"

#include <algorithm>
#include <string>

namespace criterio {

namespace {

// English, or the text of `key` in `language` where its table has one.
std::string_view in_language(const std::string& english, const std::string& key, Language language) {
  return translated(key, language).value_or(english);
}

}  // namespace

std::span<const NameTranslation> name_translations(Language language) {
  switch (language) {
    case Language::en: return {};
    case Language::es: return spanish_names();
  }
  return {};
}

// A linear search: the tables hold about a hundred rows, read by `criterio catalog`.
std::optional<std::string_view> translated(std::string_view key, Language language) {
  const auto table = name_translations(language);
  const auto found = std::find_if(table.begin(), table.end(), [&](const NameTranslation& t) { return t.key == key; });
  if (found == table.end()) return std::nullopt;
  return found->text;
}

std::string_view method_title(const MethodInfo& method, Language language) {
  return in_language(method.title, "method." + method.name + ".title", language);
}

std::string_view method_summary(const MethodInfo& method, Language language) {
  return in_language(method.summary, "method." + method.name + ".summary", language);
}

std::string_view param_description(const MethodInfo& method, const ParamSpec& param, Language language) {
  return in_language(param.description, "method." + method.name + ".param." + param.key, language);
}

std::string_view weighting_title(const WeightingInfo& weighting, Language language) {
  return in_language(weighting.title, "weighting." + weighting.name + ".title", language);
}

std::string_view weighting_summary(const WeightingInfo& weighting, Language language) {
  return in_language(weighting.summary, "weighting." + weighting.name + ".summary", language);
}

}  // namespace criterio
