#pragma once
// A parsed YAML, JSON or CSV input as a plain tree that remembers where each
// node came from. Loaders read text into a Document; the model is built from
// Documents, so YAML and JSON share every rule and every message.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "criterio/diagnostics.hpp"

namespace criterio {

struct Node {
  enum class Kind { null, scalar, sequence, mapping };

  Kind kind = Kind::null;
  std::string text;     // scalars only: the scalar's text, unescaped
  bool quoted = false;  // scalars only: written quoted (so a string, never a number)
  int line = 0;         // 1-based position of the node's first character
  int column = 0;
  std::vector<Node> items;                       // sequences
  std::vector<std::pair<Node, Node>> entries;    // mappings, in file order; keys are scalars

  // Defined where Node is complete: clang with libstdc++ instantiates
  // `entries`' destructor at the implicit ones, while the pair of Nodes is not.
  Node();
  ~Node();
  Node(const Node&);
  Node(Node&&) noexcept;
  Node& operator=(const Node&);
  Node& operator=(Node&&) noexcept;

  bool is_null() const { return kind == Kind::null; }
  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_sequence() const { return kind == Kind::sequence; }
  bool is_mapping() const { return kind == Kind::mapping; }

  // The value of `key` in a mapping, or nullptr.
  const Node* find(std::string_view key) const;
  // "a string", "a number", "a list", "a mapping", "null": for messages.
  std::string describe() const;
};

// Bounds that keep hostile input from exhausting the stack, memory or time.
struct ParseLimits {
  std::size_t max_file_bytes = 256u << 20;       // any input file
  std::size_t max_document_bytes = 16u << 20;    // YAML and JSON documents (bulk data belongs in CSV)
  int max_depth = 64;                            // nesting of lists and mappings
  std::size_t max_nodes = 2'000'000;             // nodes in one document
  std::size_t max_scalar_bytes = 1u << 20;       // one scalar
};

struct Document {
  std::string file;  // as given by the caller; used in every message
  Node root;

  SourceLocation at(const Node& node) const { return {file, node.line, node.column}; }
};

// Parse YAML text. Exactly one document; anchors are allowed, aliases refused;
// duplicate keys, depth and size beyond `limits` are errors. Throws Error
// (invalid_input) naming file:line:column.
Document parse_yaml(std::string_view text, const std::string& file, const ParseLimits& limits = {});

// Parse JSON text (RFC 8259) into the same tree; numbers keep their text.
Document parse_json(std::string_view text, const std::string& file, const ParseLimits& limits = {});

// Parse YAML or JSON by the file's extension (".json" is JSON, anything else YAML).
Document parse_structured(std::string_view text, const std::string& file, const ParseLimits& limits = {});

}  // namespace criterio
