#include "criterio/document.hpp"

#include "criterio/number.hpp"
#include "criterio/text.hpp"
#include "io/document_limits.hpp"

namespace criterio {

Node::Node() = default;
Node::~Node() = default;
Node::Node(const Node&) = default;
Node::Node(Node&&) noexcept = default;
Node& Node::operator=(const Node&) = default;
Node& Node::operator=(Node&&) noexcept = default;

const Node* Node::find(std::string_view key) const {
  for (const auto& [k, v] : entries)
    if (k.text == key) return &v;
  return nullptr;
}

std::string Node::describe() const {
  switch (kind) {
    case Kind::null: return "nothing (null)";
    case Kind::sequence: return "a list";
    case Kind::mapping: return "a mapping";
    case Kind::scalar: break;
  }
  if (!quoted && parse_number(text)) return "the number " + text;
  return "the text " + quote(text, 40);
}

void check_document_size(std::string_view text, const std::string& file, const ParseLimits& limits) {
  if (text.size() > limits.max_document_bytes)
    throw Error(ExitCode::invalid_input, SourceLocation{file, 0, 0},
                "a YAML or JSON file may be at most " + describe_bytes(limits.max_document_bytes) +
                    "; use CSV for bulk data" + raise_hint("document-size"));
}

Document parse_structured(std::string_view text, const std::string& file, const ParseLimits& limits) {
  if (file.ends_with(".json") || file.ends_with(".JSON")) return parse_json(text, file, limits);
  return parse_yaml(text, file, limits);
}

}  // namespace criterio
