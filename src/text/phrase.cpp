// Phrases into words: each argument rendered, then the message's text of the
// language with its placeholders filled.

#include "criterio/phrase.hpp"

#include <string_view>

#include "criterio/number.hpp"
#include "text/messages.hpp"

namespace criterio {

namespace {

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

std::string argument_text(const Phrase::Arg& arg, Language language) {
  if (const auto* text = std::get_if<std::string>(&arg)) return *text;
  if (const auto* number = std::get_if<Phrase::Number>(&arg)) return format_number(number->value, number->decimals);
  if (const auto* count = std::get_if<std::int64_t>(&arg)) return std::to_string(*count);
  if (const auto* texts = std::get_if<std::vector<std::string>>(&arg)) return joined(*texts);
  std::string out;
  for (const Phrase& phrase : std::get<std::vector<Phrase>>(arg)) out += to_text(phrase, language);
  return out;
}

}  // namespace

std::string to_text(const Phrase& phrase, Language language) {
  std::vector<std::string> texts;
  texts.reserve(phrase.args.size());
  for (const Phrase::Arg& arg : phrase.args) texts.push_back(argument_text(arg, language));
  const std::vector<std::string_view> views(texts.begin(), texts.end());
  return say(phrase.id, language, views);
}

std::vector<std::string> to_text(const std::vector<Phrase>& phrases, Language language) {
  std::vector<std::string> out;
  out.reserve(phrases.size());
  for (const Phrase& phrase : phrases) out.push_back(to_text(phrase, language));
  return out;
}

}  // namespace criterio
