#pragma once
// A sentence meant for people, kept as data until a formatter renders it:
// which message it is (an id of the library's message catalog) and the
// values it names. The library returns phrases, never words: to_text()
// chooses the words of a language. Tools read a phrase's stable code and
// named arguments from the JSON output (schemas/result.schema.json) instead
// of parsing its prose.

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "criterio/language.hpp"

namespace criterio {

// An id of the message catalog; its values are private to the library.
enum class Message : std::uint16_t;

struct Phrase {
  // A figure, shown with at most `decimals` decimals and a decimal point in
  // every language; JSON keeps the exact value.
  struct Number {
    double value = 0;
    int decimals = 4;
    friend bool operator==(const Number&, const Number&) = default;
  };
  // What a phrase names: text shown as it is (an id, a name, a value already
  // formatted with its unit), a figure, a count, texts shown as "a, b, c",
  // or phrases shown one after another (none: nothing is shown).
  using Arg = std::variant<std::string, Number, std::int64_t, std::vector<std::string>, std::vector<Phrase>>;

  Message id;
  std::vector<Arg> args;

  friend bool operator==(const Phrase&, const Phrase&) = default;
};

// The phrase in the words of `language`.
std::string to_text(const Phrase& phrase, Language language);
// Each phrase in the words of `language`, in order.
std::vector<std::string> to_text(const std::vector<Phrase>& phrases, Language language);

}  // namespace criterio
