#include <string>

#include "criterio/csv.hpp"
#include "criterio/text.hpp"

namespace criterio {

namespace {

[[noreturn]] void csv_error(const std::string& file, int line, int column, const std::string& message) {
  throw Error(ExitCode::invalid_input, SourceLocation{file, line, column}, message);
}

}  // namespace

CsvTable parse_csv(std::string_view text, const std::string& file) {
  CsvTable table;
  table.m_file = file;
  table.m_text.reserve(text.size());

  std::size_t i = 0;
  int line = 1, column = 1;
  std::size_t fields_in_row = 0;
  std::size_t rows = 0;  // header included
  const auto advance = [&] {
    const unsigned char c = static_cast<unsigned char>(text[i++]);
    if (c == '\n') {
      ++line;
      column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++column;
    }
  };
  const auto end_row = [&](int row_line) {
    if (rows == 0) {
      table.m_column_count = fields_in_row;
    } else if (fields_in_row != table.m_column_count) {
      csv_error(file, row_line, 1,
                "row has " + std::to_string(fields_in_row) + " fields but the header has " +
                    std::to_string(table.m_column_count));
    }
    ++rows;
    fields_in_row = 0;
  };

  while (i < text.size()) {
    // At the start of a row: skip blank lines.
    if (fields_in_row == 0 && (text[i] == '\n' || text[i] == '\r')) {
      if (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))
        csv_error(file, line, column, "a bare carriage return; lines must end in LF or CRLF");
      advance();
      continue;
    }
    const int row_line = line;
    // Read one field.
    CsvTable::Cell cell;
    cell.offset = table.m_text.size();
    cell.line = line;
    cell.column = column;
    if (text[i] == '"') {
      cell.quoted = true;
      advance();
      for (;;) {
        if (i >= text.size()) csv_error(file, cell.line, cell.column, "a quoted field is never closed");
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            table.m_text += '"';
            advance();
            advance();
            continue;
          }
          advance();
          break;
        }
        table.m_text += text[i];
        advance();
      }
      if (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
        csv_error(file, line, column, "unexpected text after a closing quote; double a quote inside a quoted field");
    } else {
      while (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
        if (text[i] == '"')
          csv_error(file, line, column, "a quote inside an unquoted field; quote the whole field");
        table.m_text += text[i];
        advance();
      }
    }
    cell.length = table.m_text.size() - cell.offset;
    table.m_cells.push_back(cell);
    ++fields_in_row;

    if (i >= text.size()) {
      end_row(row_line);
      break;
    }
    if (text[i] == ',') {
      advance();
      if (i >= text.size()) {  // a trailing comma at the very end: one more empty field
        CsvTable::Cell empty;
        empty.offset = table.m_text.size();
        empty.line = line;
        empty.column = column;
        table.m_cells.push_back(empty);
        ++fields_in_row;
        end_row(row_line);
      }
      continue;
    }
    if (text[i] == '\r') {
      if (i + 1 >= text.size() || text[i + 1] != '\n')
        csv_error(file, line, column, "a bare carriage return; lines must end in LF or CRLF");
      advance();
    }
    advance();  // '\n'
    end_row(row_line);
  }
  if (rows == 0) csv_error(file, 1, 1, "the file is empty; expected a header row");
  table.m_row_count = rows - 1;
  return table;
}

}  // namespace criterio
