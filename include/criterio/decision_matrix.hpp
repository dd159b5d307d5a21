#pragma once
// Spreadsheet-mode data read straight into a matrix, with no object per cell,
// so that a CSV of a million providers loads in a fraction of a second.
//
// The reader takes only the plain case: a header of valid, distinct criteria
// ids (plus `id` and optional `name`), and rows whose criteria cells are
// unquoted numbers. Anything else (an empty cell, a value that is not a
// number, an invalid or repeated id, a control character in a name, a ragged
// row) makes it decline, and the general loader, which reports each problem
// with its line and column, takes over. Both paths give the same result.

#include <Eigen/Core>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "criterio/diagnostics.hpp"

namespace criterio {

class DecisionMatrix {
 public:
  const std::string& file() const { return m_file; }
  const std::vector<std::string>& criteria() const { return m_criteria; }        // column headers, in order
  const std::vector<SourceLocation>& criteria_where() const { return m_criteria_where; }
  const Eigen::MatrixXd& values() const { return m_values; }                     // rows × criteria
  std::size_t rows() const { return m_label_ends.size() / 2; }
  // Inline: called for every row by the duplicate check, the sort and the report.
  std::string_view id(std::size_t row) const {
    const std::size_t begin = row == 0 ? 0 : m_label_ends[2 * row - 1];
    return std::string_view(m_labels.data() + begin, m_label_ends[2 * row] - begin);
  }
  std::string_view name(std::size_t row) const;  // the id when the file has no name or an empty one
  // Hints for reading rows in rank order, that is at random: first where a
  // row's labels are, a few rows ahead, then the labels themselves.
  void prefetch_bounds(std::size_t row) const { __builtin_prefetch(m_label_ends.data() + 2 * row); }
  void prefetch_labels(std::size_t row) const { __builtin_prefetch(m_labels.data() + m_label_ends[2 * row]); }
  // Frees the values once a method has used them; ids and names stay.
  void release_values() { m_values = Eigen::MatrixXd(); }

 private:
  friend class DecisionMatrixBuilder;
  std::string m_file;
  std::vector<std::string> m_criteria;
  std::vector<SourceLocation> m_criteria_where;
  Eigen::MatrixXd m_values;
  std::string m_labels;                   // each row's id then name, back to back
  std::vector<std::size_t> m_label_ends;  // two per row: end of the id, end of the name
};

// Reads `text` (a whole CSV file; a byte order mark is skipped) on up to
// `threads` threads (0: one per core). It checks every byte it keeps (UTF-8,
// no control characters in names), so the text needs no check_text first.
// `done_with`, when given, is told of each stretch of text the reader will
// not look at again (to release the pages of a mapped file). nullopt when the
// file is not of the plain kind described above.
std::optional<DecisionMatrix> read_decision_matrix(std::string_view text, const std::string& file,
                                                   unsigned threads = 0,
                                                   const std::function<void(std::string_view)>& done_with = {});

}  // namespace criterio
