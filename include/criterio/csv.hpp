#pragma once
// RFC 4180 CSV, read into one flat buffer (no allocation per cell).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "criterio/diagnostics.hpp"

namespace criterio {

class CsvTable {
 public:
  struct Cell {
    std::size_t offset = 0;  // into the table's text buffer
    std::size_t length = 0;
    int line = 0;
    int column = 0;
    bool quoted = false;
  };

  const std::string& file() const { return m_file; }
  std::size_t row_count() const { return m_row_count; }       // data rows, header excluded
  std::size_t column_count() const { return m_column_count; }
  const Cell& header(std::size_t column) const { return m_cells[column]; }
  const Cell& cell(std::size_t row, std::size_t column) const {
    return m_cells[(row + 1) * m_column_count + column];
  }
  std::string_view text(const Cell& cell) const { return {m_text.data() + cell.offset, cell.length}; }
  SourceLocation at(const Cell& cell) const { return {m_file, cell.line, cell.column}; }

 private:
  friend CsvTable parse_csv(std::string_view, const std::string&);
  std::string m_file;
  std::string m_text;  // unescaped cell texts, back to back
  std::vector<Cell> m_cells;
  std::size_t m_row_count = 0;
  std::size_t m_column_count = 0;
};

// Parse CSV text with a header row. Comma separated; fields may be quoted with
// '"' (doubled inside); LF or CRLF line ends; a final line end is optional and
// blank lines are skipped. Every row must have the header's number of fields.
// Throws Error(invalid_input) naming file:line:column.
CsvTable parse_csv(std::string_view text, const std::string& file);

}  // namespace criterio
