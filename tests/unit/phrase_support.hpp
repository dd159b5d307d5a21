#pragma once
// Phrases in the unit tests: the English words a test checks, and a phrase
// streamed (as gtest prints it) as those words.

#include <ostream>
#include <string>
#include <vector>

#include "criterio/phrase.hpp"

namespace criterio {

inline std::ostream& operator<<(std::ostream& out, const Phrase& phrase) { return out << to_text(phrase, Language::en); }

namespace testing {

inline std::string english(const Phrase& phrase) { return to_text(phrase, Language::en); }
inline std::vector<std::string> english(const std::vector<Phrase>& phrases) { return to_text(phrases, Language::en); }

}  // namespace testing
}  // namespace criterio
