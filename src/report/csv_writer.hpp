#pragma once
// RFC 4180 cells for every CSV the formatters write. Text cells that a
// spreadsheet would run as a formula (starting with = + - @, tab or carriage
// return) get a leading apostrophe; numbers are written as numbers.

#include <charconv>
#include <string>
#include <string_view>

namespace criterio::report {

// Whether a cell holds a comma, a quote or a line break (a plain loop: this
// runs for every name of a million-row ranking).
inline bool needs_quotes(std::string_view cell) {
  for (char c : cell)
    if (c == ',' || c == '"' || c == '\r' || c == '\n') return true;
  return false;
}

// Appends RFC 4180 cells to a string, with no allocation per cell.
class CsvWriter {
 public:
  explicit CsvWriter(std::string& out) : m_out(out) {}

  CsvWriter& text(std::string_view cell) {
    separate();
    const bool formula = !cell.empty() && (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' ||
                                           cell[0] == '\t' || cell[0] == '\r');
    if (!needs_quotes(cell)) {
      if (formula) m_out += '\'';
      m_out += cell;
      return *this;
    }
    m_out += '"';
    if (formula) m_out += '\'';
    for (char c : cell) {
      if (c == '"') m_out += '"';
      m_out += c;
    }
    m_out += '"';
    return *this;
  }
  CsvWriter& number(double value) {
    separate();
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;  // shortest round-trip form
    m_out.append(buffer, end);
    return *this;
  }
  CsvWriter& integer(long value) {
    separate();
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    m_out.append(buffer, end);
    return *this;
  }
  CsvWriter& empty() {
    separate();
    return *this;
  }
  void end_row() {
    m_out += "\r\n";
    m_first = true;
  }

 private:
  void separate() {
    if (!m_first) m_out += ',';
    m_first = false;
  }
  std::string& m_out;
  bool m_first = true;
};

}  // namespace criterio::report
