#include "model/fields.hpp"

#include <algorithm>

#include "criterio/number.hpp"
#include "criterio/text.hpp"

namespace criterio {

std::optional<bool> parse_boolean(std::string_view text) {
  std::string lower;
  for (char c : text) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (lower == "true" || lower == "yes") return true;
  if (lower == "false" || lower == "no") return false;
  return std::nullopt;
}

bool Reader::expect_mapping(const Node& node, std::string_view what, const std::vector<std::string>& allowed) const {
  if (!node.is_mapping()) {
    error(node, std::string(what) + ": expected a mapping, found " + node.describe());
    return false;
  }
  for (const auto& [key, value] : node.entries) {
    if (std::find(allowed.begin(), allowed.end(), key.text) != allowed.end()) continue;
    error(key, "unknown key " + quote(key.text) + " in " + std::string(what) + did_you_mean(key.text, allowed));
  }
  return true;
}

bool Reader::expect_sequence(const Node& node, std::string_view what) const {
  if (node.is_sequence()) return true;
  error(node, std::string(what) + ": expected a list, found " + node.describe());
  return false;
}

std::optional<std::string> Reader::text(const Node& node, std::string_view what) const {
  if (node.is_scalar()) {
    if (has_control_characters(node.text)) {
      error(node, std::string(what) + ": control characters (other than tab and line breaks) are not accepted, found " +
                      quote(node.text));
      return std::nullopt;
    }
    return node.text;
  }
  error(node, std::string(what) + ": expected text, found " + node.describe());
  return std::nullopt;
}

std::optional<double> Reader::number(const Node& node, std::string_view what) const {
  if (node.is_scalar() && !node.quoted) {
    if (auto value = parse_number(node.text)) return value;
    error(node, std::string(what) + ": " + quote(node.text) + " is not a number: " + number_problem(node.text));
    return std::nullopt;
  }
  if (node.is_scalar() && parse_number(node.text)) {
    error(node, std::string(what) + ": expected a number, found the quoted text " + quote(node.text) +
                    " (remove the quotes)");
    return std::nullopt;
  }
  error(node, std::string(what) + ": expected a number, found " + node.describe());
  return std::nullopt;
}

std::optional<bool> Reader::boolean(const Node& node, std::string_view what) const {
  if (node.is_scalar() && !node.quoted)
    if (auto value = parse_boolean(node.text)) return value;
  error(node, std::string(what) + ": expected true or false, found " + node.describe());
  return std::nullopt;
}

std::optional<Date> Reader::date(const Node& node, std::string_view what) const {
  if (node.is_scalar())
    if (auto value = Date::parse(node.text)) return value;
  error(node, std::string(what) + ": expected a date as YYYY-MM-DD, found " + node.describe());
  return std::nullopt;
}

std::optional<std::string> Reader::id(const Node& node, std::string_view what) const {
  auto value = text(node, what);
  if (!value) return std::nullopt;
  if (!is_valid_id(*value)) {
    error(node, std::string(what) + ": " + quote(*value) +
                    " is not a valid id; use 1 to 64 lowercase letters, digits and underscores");
    return std::nullopt;
  }
  return value;
}

const Node* Reader::require(const Node& mapping, std::string_view key, std::string_view what) const {
  if (const Node* node = mapping.find(key)) return node;
  error(mapping, std::string(what) + ": missing required key '" + std::string(key) + "'");
  return nullptr;
}

}  // namespace criterio
