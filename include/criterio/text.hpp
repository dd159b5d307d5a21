#pragma once
// Small text helpers shared by loaders, messages and formatters.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace criterio {

// Edit distance (insertions, deletions, substitutions, adjacent swaps).
std::size_t edit_distance(std::string_view a, std::string_view b);

// The closest candidate to `word` when it is close enough to be a likely typo.
std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates);

// " (did you mean 'x'?)" or "".
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

// Quotes user text for a message: control characters escaped, long text cut.
std::string quote(std::string_view text, std::size_t max_length = 60);

// The pieces of `text` between each `separator`, empty ones included: "a,,b"
// gives "a", "", "b"; text without one is a single piece.
std::vector<std::string> split(std::string_view text, char separator);

// An id as every file and column header spells one: 1 to 64 of [a-z0-9_].
bool is_valid_id(std::string_view id);

// Text that could drive a terminal: a control character other than tab and
// line feed (escape sequences, carriage returns, DEL).
bool has_control_characters(std::string_view text);

// `text` with every control character (C0, DEL, C1) replaced: line breaks
// and tabs by a space, the rest by '?'. Keeps input from driving a terminal.
std::string printable(std::string_view text);

// Terminal columns taken by UTF-8 text (one per code point; good enough for
// the Latin scripts and block characters we print).
std::size_t display_width(std::string_view text);

// Cuts UTF-8 text to at most `width` columns, ending in "…" when cut.
std::string truncate_display(std::string_view text, std::size_t width);

}  // namespace criterio
