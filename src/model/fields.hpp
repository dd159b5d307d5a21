#pragma once
// Typed reading of a Document with every problem reported, never thrown:
// the loaders use it so that `validate` can list all problems at once.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "criterio/date.hpp"
#include "criterio/diagnostics.hpp"
#include "criterio/document.hpp"

namespace criterio {

class Reader {
 public:
  Reader(const Document& document, Diagnostics& diagnostics) : m_document(document), m_diagnostics(diagnostics) {}

  SourceLocation at(const Node& node) const { return m_document.at(node); }
  const std::string& file() const { return m_document.file; }
  void error(const Node& node, std::string message) const { m_diagnostics.error(at(node), std::move(message)); }
  void warning(const Node& node, std::string message) const { m_diagnostics.warning(at(node), std::move(message)); }
  Diagnostics& diagnostics() const { return m_diagnostics; }

  // Checks that `node` is a mapping whose keys are all in `allowed`; reports
  // unknown keys with a did-you-mean. Returns false when it is not a mapping.
  bool expect_mapping(const Node& node, std::string_view what, const std::vector<std::string>& allowed) const;
  bool expect_sequence(const Node& node, std::string_view what) const;

  // Typed values; nullopt (with an error reported) on the wrong type.
  std::optional<std::string> text(const Node& node, std::string_view what) const;
  std::optional<double> number(const Node& node, std::string_view what) const;
  std::optional<bool> boolean(const Node& node, std::string_view what) const;
  std::optional<Date> date(const Node& node, std::string_view what) const;
  // An id: [a-z0-9_]+.
  std::optional<std::string> id(const Node& node, std::string_view what) const;

  // A required key: reports its absence at the mapping.
  const Node* require(const Node& mapping, std::string_view key, std::string_view what) const;

 private:
  const Document& m_document;
  Diagnostics& m_diagnostics;
};

// Parses booleans as written in any of our formats: true/false/yes/no, any case.
std::optional<bool> parse_boolean(std::string_view text);

}  // namespace criterio
