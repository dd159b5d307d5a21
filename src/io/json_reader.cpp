// A strict RFC 8259 JSON reader that keeps line and column for every value,
// bounds depth, node count and string size, and refuses duplicate keys.

#include <string>
#include <unordered_set>

#include "criterio/document.hpp"
#include "criterio/text.hpp"
#include "io/document_limits.hpp"

namespace criterio {

namespace {

class JsonReader {
 public:
  JsonReader(std::string_view text, const std::string& file, const ParseLimits& limits)
      : m_text(text), m_file(file), m_limits(limits) {}

  Node parse_document() {
    skip_space();
    if (at_end()) fail("the file is empty; expected a JSON value");
    Node root = parse_value(0);
    skip_space();
    if (!at_end()) fail("unexpected " + describe_here() + " after the JSON value");
    return root;
  }

 private:
  [[noreturn]] void fail(const std::string& message) const {
    throw Error(ExitCode::invalid_input, SourceLocation{m_file, m_line, m_column}, "JSON syntax: " + message);
  }

  bool at_end() const { return m_pos >= m_text.size(); }
  char peek() const { return m_text[m_pos]; }

  void advance() {
    const unsigned char c = static_cast<unsigned char>(m_text[m_pos++]);
    if (c == '\n') {
      ++m_line;
      m_column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++m_column;
    }
  }

  void skip_space() {
    while (!at_end() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')) advance();
  }

  std::string describe_here() const {
    if (at_end()) return "end of file";
    return "character " + quote(m_text.substr(m_pos, 1));
  }

  Node start(Node::Kind kind) {
    if (++m_nodes > m_limits.max_nodes)
      fail("the document has more than " + std::to_string(m_limits.max_nodes) + " values" + raise_hint("nodes"));
    Node node;
    node.kind = kind;
    node.line = m_line;
    node.column = m_column;
    return node;
  }

  Node parse_value(int depth) {
    if (at_end()) fail("unexpected end of file; expected a value");
    switch (peek()) {
      case '{': return parse_object(depth);
      case '[': return parse_array(depth);
      case '"': {
        Node node = start(Node::Kind::scalar);
        node.text = parse_string();
        node.quoted = true;
        return node;
      }
      default: return parse_literal();
    }
  }

  void enter(int depth) {
    if (depth >= m_limits.max_depth)
      fail("arrays and objects are nested deeper than " + std::to_string(m_limits.max_depth) + " levels" +
           raise_hint("depth"));
  }

  Node parse_object(int depth) {
    enter(depth);
    Node node = start(Node::Kind::mapping);
    advance();  // {
    skip_space();
    if (!at_end() && peek() == '}') {
      advance();
      return node;
    }
    std::unordered_set<std::string> keys;
    for (;;) {
      skip_space();
      if (at_end() || peek() != '"') fail("expected a quoted key, found " + describe_here());
      Node key = start(Node::Kind::scalar);
      const int key_line = m_line, key_column = m_column;
      key.text = parse_string();
      key.quoted = true;
      if (!keys.insert(key.text).second) {
        m_line = key_line;
        m_column = key_column;
        fail("duplicate key " + quote(key.text));
      }
      skip_space();
      if (at_end() || peek() != ':') fail("expected ':' after the key, found " + describe_here());
      advance();
      skip_space();
      Node value = parse_value(depth + 1);
      node.entries.emplace_back(std::move(key), std::move(value));
      skip_space();
      if (at_end()) fail("unexpected end of file; expected ',' or '}'");
      if (peek() == ',') {
        advance();
        continue;
      }
      if (peek() == '}') {
        advance();
        return node;
      }
      fail("expected ',' or '}', found " + describe_here());
    }
  }

  Node parse_array(int depth) {
    enter(depth);
    Node node = start(Node::Kind::sequence);
    advance();  // [
    skip_space();
    if (!at_end() && peek() == ']') {
      advance();
      return node;
    }
    for (;;) {
      skip_space();
      node.items.push_back(parse_value(depth + 1));
      skip_space();
      if (at_end()) fail("unexpected end of file; expected ',' or ']'");
      if (peek() == ',') {
        advance();
        continue;
      }
      if (peek() == ']') {
        advance();
        return node;
      }
      fail("expected ',' or ']', found " + describe_here());
    }
  }

  Node parse_literal() {
    Node node = start(Node::Kind::scalar);
    const std::size_t begin = m_pos;
    while (!at_end()) {
      const char c = peek();
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' ||
            c == '+' || c == '.'))
        break;
      advance();
    }
    const std::string_view word = m_text.substr(begin, m_pos - begin);
    if (word == "null") {
      node.kind = Node::Kind::null;
      return node;
    }
    if (word == "true" || word == "false" || is_json_number(word)) {
      node.text = std::string(word);
      return node;
    }
    m_line = node.line;
    m_column = node.column;
    if (word.empty()) fail("unexpected " + describe_here() + "; expected a value");
    fail("invalid value " + quote(word) + "; expected a number, a string, true, false or null");
  }

  static bool is_json_number(std::string_view s) {
    std::size_t i = 0;
    auto digits = [&] {
      const std::size_t from = i;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
      return i - from;
    };
    if (i < s.size() && s[i] == '-') ++i;
    if (i < s.size() && s[i] == '0') {
      ++i;
    } else if (digits() == 0) {
      return false;
    }
    if (i < s.size() && s[i] == '.') {
      ++i;
      if (digits() == 0) return false;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
      ++i;
      if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
      if (digits() == 0) return false;
    }
    return i == s.size();
  }

  std::string parse_string() {
    advance();  // opening quote
    std::string out;
    for (;;) {
      if (at_end()) fail("unterminated string");
      const char c = peek();
      if (c == '"') {
        advance();
        return out;
      }
      if (static_cast<unsigned char>(c) < 0x20) fail("control character inside a string; escape it");
      if (out.size() >= m_limits.max_scalar_bytes)
        fail("a string is longer than the limit of " + describe_bytes(m_limits.max_scalar_bytes) + raise_hint("scalar-size"));
      if (c != '\\') {
        out += c;
        advance();
        continue;
      }
      advance();
      if (at_end()) fail("unterminated string");
      const char e = peek();
      advance();
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': append_code_point(out); break;
        default: fail("invalid escape '\\" + std::string(1, e) + "' in a string");
      }
    }
  }

  unsigned hex4() {
    unsigned value = 0;
    for (int k = 0; k < 4; ++k) {
      if (at_end()) fail("unterminated \\u escape");
      const char c = peek();
      unsigned digit;
      if (c >= '0' && c <= '9') digit = static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f') digit = static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') digit = static_cast<unsigned>(c - 'A' + 10);
      else fail("invalid \\u escape: expected four hexadecimal digits");
      value = value * 16 + digit;
      advance();
    }
    return value;
  }

  void append_code_point(std::string& out) {
    unsigned cp = hex4();
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (m_pos + 1 >= m_text.size() || m_text[m_pos] != '\\' || m_text[m_pos + 1] != 'u')
        fail("a \\u surrogate must come in a pair");
      advance();
      advance();
      const unsigned low = hex4();
      if (low < 0xDC00 || low > 0xDFFF) fail("invalid \\u surrogate pair");
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
      fail("a lone \\u surrogate is not a character");
    }
    if (cp == 0) fail("\\u0000 (NUL) is not accepted in strings");
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  std::string_view m_text;
  const std::string& m_file;
  const ParseLimits& m_limits;
  std::size_t m_pos = 0;
  int m_line = 1;
  int m_column = 1;
  std::size_t m_nodes = 0;
};

}  // namespace

Document parse_json(std::string_view text, const std::string& file, const ParseLimits& limits) {
  check_document_size(text, file, limits);
  return Document{file, JsonReader(text, file, limits).parse_document()};
}

}  // namespace criterio
