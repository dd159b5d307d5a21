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

// Bounds that keep hostile or accidental input from exhausting the stack,
// memory or time. Each can be raised from the command line (--limit NAME=N),
// for the user who legitimately needs more.
struct ParseLimits {
  std::size_t max_file_bytes = 256u << 20;       // any input file
  std::size_t max_document_bytes = 16u << 20;    // YAML and JSON documents (bulk data belongs in CSV)
  int max_depth = 64;                            // nesting of lists and mappings
  std::size_t max_nodes = 2'000'000;             // nodes in one document
  std::size_t max_scalar_bytes = 1u << 20;       // one scalar
  std::size_t max_providers = 10'000'000;        // providers in one run
  std::size_t max_criteria = 10'000;             // criteria (leaves) in one model or CSV
  // Values held one object each (YAML, JSON, and CSV read against a criteria
  // model): about half a kilobyte apiece, so the default bounds memory to a
  // few gigabytes. Spreadsheet mode's fast path keeps 8 bytes a value and is
  // bounded by max_file_bytes instead.
  std::size_t max_values = 10'000'000;
  // Providers a method that compares every pair of them may rank (ELECTRE,
  // PROMETHEE with a Gaussian function); 0 keeps each method's own default
  // (Method::pairwise_cost). Not a parse limit but a run's: it is kept here
  // so that --limit sets every limit in one place.
  std::size_t max_pairwise_rows = 0;
};

// One named limit of ParseLimits, as --limit names it.
struct LimitSpec {
  std::string_view name;         // "file-size", "depth", ...
  std::string_view description;  // for --help and messages
  bool is_size;                  // accepts K, M and G suffixes (powers of 1024)
};

// The limits --limit knows, in the order the manual lists them.
const std::vector<LimitSpec>& limit_specs();

// Applies "NAME=VALUE" (VALUE a whole number, sizes with an optional K, M or
// G suffix) to `limits`. Error(usage) for an unknown name (with a
// suggestion), a malformed or zero value.
void apply_limit(ParseLimits& limits, std::string_view assignment);

// What to tell a user who reached limit `name`: " (raise it with --limit name=N)".
std::string raise_hint(std::string_view name);

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
