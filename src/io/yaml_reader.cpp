// YAML through yaml-cpp's event parser, so that we never build yaml-cpp's own
// node graph: aliases (the root of "billion laughs" and self-reference) are
// refused as they are met, and depth, node count and scalar size are bounded
// while parsing, not after.

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <unordered_set>
#include <vector>

#include "criterio/document.hpp"
#include "criterio/text.hpp"
#include "io/document_limits.hpp"

namespace criterio {

namespace {

// yaml-cpp counts columns in bytes; we count characters, as the JSON and CSV
// readers do. Positions arrive mostly in order, so a cursor keeps this linear.
class ColumnCounter {
 public:
  explicit ColumnCounter(std::string_view text) : m_text(text) {}

  int column(std::size_t pos) {
    pos = std::min(pos, m_text.size());
    if (pos < m_pos) {
      const auto newline = m_text.rfind('\n', pos == 0 ? 0 : pos - 1);
      m_pos = newline == std::string_view::npos || pos == 0 ? 0 : newline + 1;
      m_column = 1;
    }
    for (; m_pos < pos; ++m_pos) {
      const auto c = static_cast<unsigned char>(m_text[m_pos]);
      if (c == '\n') m_column = 1;
      else if ((c & 0xC0) != 0x80) ++m_column;
    }
    return m_column;
  }

 private:
  std::string_view m_text;
  std::size_t m_pos = 0;
  int m_column = 1;
};

// yaml-cpp 0.7 accepts a quoted scalar that is never closed, reading to the
// end of the file and silently swallowing the keys after it. Returns false
// when the quoted scalar starting at `pos` (after any anchor or tag) has no
// closing quote.
bool quote_is_closed(std::string_view text, std::size_t pos) {
  while (pos < text.size() && (text[pos] == '&' || text[pos] == '!')) {  // anchor or tag before the scalar
    while (pos < text.size() && text[pos] != ' ' && text[pos] != '\t' && text[pos] != '\n') ++pos;
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  }
  if (pos >= text.size() || (text[pos] != '"' && text[pos] != '\'')) return true;  // a block scalar
  const char quote = text[pos];
  for (std::size_t i = pos + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;
        continue;
      }
      return true;
    }
  }
  return false;
}

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(std::string_view text, const std::string& file, const ParseLimits& limits)
      : m_text(text), m_columns(text), m_file(file), m_limits(limits) {}

  SourceLocation at(const YAML::Mark& mark) {
    if (mark.pos < 0) return {m_file, 0, 0};
    return {m_file, mark.line + 1, m_columns.column(static_cast<std::size_t>(mark.pos))};
  }

  Node take_root() { return std::move(m_root); }

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++m_documents > 1) fail(mark, "more than one YAML document ('---'); put everything in one document");
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
    Node node = make(Node::Kind::null, mark);
    add(std::move(node));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    fail(mark, "YAML aliases ('*name' and '<<: *name') are not accepted; write the value out in full");
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                const std::string& value) override {
    Node node = make(Node::Kind::scalar, mark);
    check_tag(mark, tag, true);
    if (value.size() > m_limits.max_scalar_bytes)
      fail(mark, "a value of " + std::to_string(value.size()) + " bytes is longer than the limit of " +
                     describe_bytes(m_limits.max_scalar_bytes) + raise_hint("scalar-size"));
    node.text = value;
    node.quoted = tag == "!" || tag == "tag:yaml.org,2002:str";
    if (tag == "!" && mark.pos >= 0 && !quote_is_closed(m_text, static_cast<std::size_t>(mark.pos)))
      fail(mark, "a quoted value is never closed; add the closing quote");
    add(std::move(node));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    check_tag(mark, tag, false);
    open(make(Node::Kind::sequence, mark), mark);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    check_tag(mark, tag, false);
    open(make(Node::Kind::mapping, mark), mark);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Open {
    Node node;
    std::unordered_set<std::string> keys;
    bool have_key = false;  // mappings: a key waits for its value
    Node pending_key;
  };

  [[noreturn]] void fail(const YAML::Mark& mark, const std::string& message) {
    throw Error(ExitCode::invalid_input, at(mark), message);
  }

  [[noreturn]] void fail(const Node& node, const std::string& message) {
    throw Error(ExitCode::invalid_input, SourceLocation{m_file, node.line, node.column}, message);
  }

  Node make(Node::Kind kind, const YAML::Mark& mark) {
    if (++m_nodes > m_limits.max_nodes)
      fail(mark, "the document has more than " + std::to_string(m_limits.max_nodes) + " values" + raise_hint("nodes"));
    Node node;
    node.kind = kind;
    const SourceLocation where = at(mark);
    node.line = where.line;
    node.column = where.column;
    return node;
  }

  void check_tag(const YAML::Mark& mark, const std::string& tag, bool scalar) {
    if (tag.empty() || tag == "?" || tag == "!") return;
    if (scalar && tag == "tag:yaml.org,2002:str") return;
    fail(mark, "YAML tags such as " + quote(tag) + " are not accepted");
  }

  void open(Node node, const YAML::Mark& mark) {
    if (static_cast<int>(m_stack.size()) >= m_limits.max_depth)
      fail(mark, "lists and mappings are nested deeper than " + std::to_string(m_limits.max_depth) + " levels" +
                         raise_hint("depth"));
    m_stack.push_back(Open{std::move(node), {}, false, {}});
  }

  void close() {
    Node node = std::move(m_stack.back().node);
    m_stack.pop_back();
    add(std::move(node));
  }

  void add(Node node) {
    if (m_stack.empty()) {
      m_root = std::move(node);
      return;
    }
    Open& parent = m_stack.back();
    if (parent.node.kind == Node::Kind::sequence) {
      parent.node.items.push_back(std::move(node));
      return;
    }
    if (!parent.have_key) {
      if (node.kind != Node::Kind::scalar) fail(node, "a mapping key must be a plain name, not " + node.describe());
      if (!parent.keys.insert(node.text).second) fail(node, "duplicate key " + quote(node.text));
      parent.pending_key = std::move(node);
      parent.have_key = true;
      return;
    }
    if (node.is_null() && node.line > parent.pending_key.line) {
      // An empty value ("key:" at the end of a line) is placed by yaml-cpp at
      // the next token; it belongs on its key's line.
      node.line = parent.pending_key.line;
      node.column = parent.pending_key.column;
    }
    parent.node.entries.emplace_back(std::move(parent.pending_key), std::move(node));
    parent.have_key = false;
  }

  std::string_view m_text;
  ColumnCounter m_columns;
  const std::string& m_file;
  const ParseLimits& m_limits;
  std::vector<Open> m_stack;
  Node m_root;
  std::size_t m_nodes = 0;
  int m_documents = 0;
};

}  // namespace

Document parse_yaml(std::string_view text, const std::string& file, const ParseLimits& limits) {
  check_document_size(text, file, limits);
  Document document{file, {}};
  std::istringstream stream{std::string(text)};
  TreeBuilder builder(text, file, limits);
  try {
    YAML::Parser parser(stream);
    parser.HandleNextDocument(builder);
    parser.HandleNextDocument(builder);  // a second document is refused by the builder
  } catch (const YAML::Exception& e) {
    std::string message = e.msg;
    if (!message.empty()) message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
    throw Error(ExitCode::invalid_input, builder.at(e.mark), "YAML syntax: " + message);
  }
  document.root = builder.take_root();
  return document;
}

}  // namespace criterio
