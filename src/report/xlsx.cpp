// XLSX workbook output (libxlsxwriter): a Ranking sheet with a chart of the
// scores, a Breakdown sheet (utilities and contributions) and a Weights
// sheet (the weight tree). Under the weighted sum the scores, contributions,
// ranks and global weights are formulas over the local weights, with
// criterio's values cached, so editing a weight in a spreadsheet re-ranks.
//
// libxlsxwriter 1.1.4 writes only to a named file: the workbook goes to a
// private temporary file that is read back and removed on every path. Text
// is always written as a string cell, so a name starting with = + - @ is
// never run as a formula.

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <utility>

#include "criterio/diagnostics.hpp"
#include "criterio/method.hpp"
#include "report/formats.hpp"
#include "text/messages.hpp"
#include "report/style.hpp"

namespace criterio::report {

namespace {

// Excel's limits: rows and columns of a worksheet, characters in a cell.
constexpr std::size_t k_max_rows = 1'048'576;
constexpr std::size_t k_max_columns = 16'384;
constexpr std::size_t k_max_cell_text = 32'767;
// A chart of more bars than this is unreadable: it shows the first ones.
constexpr std::size_t k_chart_bars = 50;
// Ties as criterio sees them (analysis/ranking.cpp): scores within 1e-12, relative.
constexpr const char* k_tie_tolerance = "1E-12";

[[noreturn]] void write_failure(const std::string& what) {
  throw Error(ExitCode::io_error, SourceLocation{}, "cannot write the XLSX workbook: " + what);
}

void check(lxw_error error) {
  if (error != LXW_NO_ERROR) write_failure(lxw_strerror(error));
}

// "A", "B", ..., "Z", "AA", ... for a 0-based column.
std::string column_name(std::size_t column) {
  std::string name;
  for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26) name.insert(name.begin(), static_cast<char>('A' + (n - 1) % 26));
  return name;
}

// A cell reference from 0-based row and column, "$" where absolute.
std::string cell(std::size_t row, std::size_t column, bool absolute_row = false, bool absolute_column = false) {
  return (absolute_column ? "$" : "") + column_name(column) + (absolute_row ? "$" : "") + std::to_string(row + 1);
}

std::string absolute(std::size_t row, std::size_t column) { return cell(row, column, true, true); }

// Text a cell can hold: XML 1.0 has no control characters but tab and
// newline, and a cell holds at most 32767 characters (cut at a UTF-8
// character boundary).
std::string cell_text(std::string_view text) {
  std::string out;
  out.reserve(std::min(text.size(), k_max_cell_text));
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    out += (u < 0x20 && c != '\t' && c != '\n') || u == 0x7f ? '?' : c;
  }
  if (out.size() > k_max_cell_text) {
    std::size_t end = k_max_cell_text;
    while (end > 0 && (static_cast<unsigned char>(out[end]) & 0xC0) == 0x80) --end;
    out.resize(end);
  }
  return out;
}

// A private temporary file, removed when this goes.
class TemporaryFile {
 public:
  TemporaryFile() {
    const char* directory = std::getenv("TMPDIR");
    m_path = std::string(directory && *directory ? directory : "/tmp") + "/criterio-xlsx-XXXXXX";
    const int fd = ::mkstemp(m_path.data());
    if (fd < 0) write_failure(std::string("cannot create a temporary file: ") + std::strerror(errno));
    ::close(fd);
  }
  ~TemporaryFile() { ::unlink(m_path.c_str()); }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  const std::string& path() const { return m_path; }

 private:
  std::string m_path;
};

struct FreeWorkbook {
  void operator()(lxw_workbook* workbook) const { lxw_workbook_free(workbook); }
};

// The workbook, written to a temporary file; finish() gives its bytes.
class TemporaryWorkbook {
 public:
  TemporaryWorkbook(std::time_t created, const std::string& title) : m_workbook(workbook_new(m_file.path().c_str())) {
    if (!m_workbook) write_failure("cannot start the workbook");
    // A fixed creation time (libxlsxwriter takes 0 as "now") gives the same bytes for the same input.
    const std::string text = cell_text(title);
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>(text.c_str());
    properties.created = std::max<std::time_t>(created, 1);
    check(workbook_set_properties(m_workbook.get(), &properties));
  }

  lxw_workbook* get() const { return m_workbook.get(); }

  std::string finish() {
    check(workbook_close(m_workbook.release()));  // frees the workbook, even on failure
    std::ifstream in(m_file.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in || !bytes) write_failure("cannot read the temporary file back");
    return std::move(bytes).str();
  }

 private:
  TemporaryFile m_file;
  std::unique_ptr<lxw_workbook, FreeWorkbook> m_workbook;
};

struct Styles {
  lxw_format* heading = nullptr;
  lxw_format* score = nullptr;     // 0.0000
  lxw_format* utility = nullptr;   // 0.000
  lxw_format* weight = nullptr;    // 0.00%
  lxw_format* edit = nullptr;      // a weight meant to be edited: 0.00%, shaded
};

Styles make_styles(lxw_workbook* workbook) {
  Styles s;
  s.heading = workbook_add_format(workbook);
  format_set_bold(s.heading);
  format_set_bottom(s.heading, LXW_BORDER_THIN);
  s.score = workbook_add_format(workbook);
  format_set_num_format(s.score, "0.0000");
  s.utility = workbook_add_format(workbook);
  format_set_num_format(s.utility, "0.000");
  s.weight = workbook_add_format(workbook);
  format_set_num_format(s.weight, "0.00%");
  s.edit = workbook_add_format(workbook);
  format_set_num_format(s.edit, "0.00%");
  format_set_bg_color(s.edit, 0xFFF2CC);
  return s;
}

// One worksheet, written cell by cell with errors turned into Error.
class Sheet {
 public:
  Sheet(lxw_workbook* workbook, const char* name) : m_sheet(workbook_add_worksheet(workbook, name)) {
    if (!m_sheet) write_failure(std::string("cannot add the sheet ") + name);
  }
  lxw_worksheet* get() const { return m_sheet; }

  void text(std::size_t row, std::size_t column, std::string_view value, lxw_format* format = nullptr) {
    if (value.empty() && !format) return;
    check(worksheet_write_string(m_sheet, to_row(row), to_column(column), cell_text(value).c_str(), format));
  }
  // Not-a-number and infinities have no cell value: the cell says so.
  void number(std::size_t row, std::size_t column, double value, lxw_format* format = nullptr) {
    if (!std::isfinite(value)) return text(row, column, std::isnan(value) ? "n/a" : value > 0 ? "inf" : "-inf");
    check(worksheet_write_number(m_sheet, to_row(row), to_column(column), value, format));
  }
  void formula(std::size_t row, std::size_t column, const std::string& formula, double cached,
               lxw_format* format = nullptr) {
    check(worksheet_write_formula_num(m_sheet, to_row(row), to_column(column), formula.c_str(), format,
                                      std::isfinite(cached) ? cached : 0));
  }
  void headings(std::size_t row, std::initializer_list<std::string_view> names, const Styles& styles) {
    std::size_t column = 0;
    for (const auto name : names) text(row, column++, name, styles.heading);
  }
  void widths(std::initializer_list<double> widths) {
    lxw_col_t column = 0;
    for (const double w : widths) {
      check(worksheet_set_column(m_sheet, column, column, w, nullptr));
      ++column;
    }
  }

 private:
  static lxw_row_t to_row(std::size_t row) { return static_cast<lxw_row_t>(row); }
  static lxw_col_t to_column(std::size_t column) { return static_cast<lxw_col_t>(column); }
  lxw_worksheet* m_sheet;
};

// --- Weights sheet -----------------------------------------------------------

// Columns of the Weights sheet.
enum WeightColumn : std::size_t { w_id, w_name, w_path, w_parent, w_local, w_normalised, w_global, w_basis };

std::size_t count_nodes(const WeightNode& node) {
  std::size_t n = 1;
  for (const auto& child : node.children) n += count_nodes(child);
  return n;
}

// Where each leaf's global weight is on the Weights sheet (an absolute
// reference), and whether every weight is a formula there.
struct WeightCells {
  std::map<std::string, std::string, std::less<>> global;  // leaf id -> "Weights!$G$5"
  bool formulas = true;
};

class WeightsWriter {
 public:
  WeightsWriter(Sheet& sheet, const Styles& styles, std::size_t last_row, Language language)
      : m_sheet(sheet), m_styles(styles), m_last_row(last_row), m_language(language) {}

  // Writes `node`'s children and their subtrees from m_row on; `parent_row`
  // is the parent's row (0-based), nullopt for the root.
  void children(const WeightNode& node, const std::string& path, std::optional<std::size_t> parent_row,
                WeightCells& cells) {
    for (const auto& child : node.children) {
      const std::size_t row = m_row++;
      write_node(child, path, parent_row, row, cells);
      if (!child.is_leaf()) children(child, path.empty() ? child.id : path + "/" + child.id, row, cells);
    }
  }

 private:
  void write_node(const WeightNode& node, const std::string& path, std::optional<std::size_t> parent_row,
                  std::size_t row, WeightCells& cells) {
    m_sheet.text(row, w_id, node.id);
    m_sheet.text(row, w_name, node.name);
    m_sheet.text(row, w_path, path);
    // Top-level nodes share the parent row 0: the heading row holds no weight.
    m_sheet.number(row, w_parent, parent_row ? static_cast<double>(*parent_row + 1) : 0.0);
    m_sheet.text(row, w_basis, basis_text(node, m_language));
    if (node.is_leaf()) cells.global[node.id] = "Weights!" + absolute(row, w_global);
    if (!std::isfinite(node.local) || !std::isfinite(node.global)) {  // data-derived weights waiting for data
      for (const auto column : {w_local, w_normalised, w_global}) m_sheet.text(row, column, "from data");
      cells.formulas = false;
      return;
    }
    m_sheet.number(row, w_local, node.local, m_styles.edit);
    // Siblings are the rows with the same parent row: their local weights sum to 1 once normalised.
    const std::string siblings = "SUMIF(" + absolute(1, w_parent) + ":" + absolute(m_last_row, w_parent) + "," +
                                 cell(row, w_parent) + "," + absolute(1, w_local) + ":" +
                                 absolute(m_last_row, w_local) + ")";
    m_sheet.formula(row, w_normalised, "=" + cell(row, w_local) + "/" + siblings, node.local, m_styles.weight);
    const std::string global = "=" + cell(row, w_normalised) + (parent_row ? "*" + cell(*parent_row, w_global) : "");
    m_sheet.formula(row, w_global, global, node.global, m_styles.weight);
  }

  Sheet& m_sheet;
  const Styles& m_styles;
  std::size_t m_last_row;
  Language m_language;
  std::size_t m_row = 1;
};

// The weight tree, one row per group and criterion in tree order. Returns
// where the leaves' global weights are, and the row after the table.
WeightCells write_weights_sheet(Sheet& sheet, const WeightTree& tree, const Styles& styles, Language language,
                                std::size_t& next_row) {
  sheet.headings(0, {"id", "name", "group path", "parent row", "local weight", "normalised local", "global weight",
                     "basis"},
                 styles);
  sheet.widths({18, 30, 24, 10, 13, 16, 13, 30});
  worksheet_freeze_panes(sheet.get(), 1, 0);
  const std::size_t rows = count_nodes(tree.root) - 1;
  WeightCells cells;
  WeightsWriter writer(sheet, styles, rows, language);
  writer.children(tree.root, "", std::nullopt, cells);
  std::size_t row = rows + 2;
  sheet.text(row++, 0, text(Message::xlsx_notes, language), styles.heading);
  for (const Message note : {Message::xlsx_weights_note_edit, Message::xlsx_weights_note_global,
                             Message::xlsx_weights_note_derived, Message::xlsx_weights_note_parent})
    sheet.text(row++, 0, text(note, language));
  next_row = row;
  return cells;
}

// --- Ranking and Breakdown ---------------------------------------------------

// Breakdown rows: two heading rows, the weights row, then one row per provider.
constexpr std::size_t k_breakdown_weights_row = 2;
constexpr std::size_t k_breakdown_first_row = 3;
constexpr std::size_t k_breakdown_first_column = 2;
// Ranking columns.
enum RankingColumn : std::size_t { r_rank, r_id, r_name, r_score, r_status };

// Whether the workbook can recompute the scores from the weights: the
// weighted sum, whose utilities do not depend on the weights, with every
// criterion's global weight a formula on the Weights sheet.
bool recomputable(const Result& result, const WeightCells& weights) {
  if (!result.additive || !weights.formulas || result.criteria.empty()) return false;
  const MethodInfo* method = find_method(result.method);
  if (!method || !method->linear_in_weights) return false;
  return std::all_of(result.criteria.begin(), result.criteria.end(),
                     [&](const Criterion& c) { return weights.global.contains(c.id); });
}

void write_breakdown(Sheet& sheet, const Result& result, std::size_t listed, const WeightCells& weights,
                     bool formulas, const Styles& styles, Language language) {
  const std::size_t n = result.criteria.size();
  const std::size_t first = k_breakdown_first_column, last = first + n - 1;  // utility columns
  sheet.text(0, 0, "id", styles.heading);
  sheet.text(0, 1, "name", styles.heading);
  sheet.text(0, first, "utility (1 = best)", styles.heading);
  sheet.text(0, first + n, "contribution: " + contribution_meaning(result, language), styles.heading);
  sheet.text(k_breakdown_weights_row, 1, "global weight", styles.heading);
  for (std::size_t j = 0; j < n; ++j) {
    const Criterion& criterion = result.criteria[j];
    sheet.text(1, first + j, criterion.id, styles.heading);
    sheet.text(1, first + n + j, criterion.id, styles.heading);
    if (formulas)
      sheet.formula(k_breakdown_weights_row, first + j, "=" + weights.global.find(criterion.id)->second,
                    criterion.weight, styles.weight);
    else
      sheet.number(k_breakdown_weights_row, first + j, criterion.weight, styles.weight);
  }
  const std::string weight_sum = "SUM(" + absolute(k_breakdown_weights_row, first) + ":" +
                                 absolute(k_breakdown_weights_row, last) + ")";
  for (std::size_t k = 0; k < listed; ++k) {
    const RankedProvider& p = result.ranking[k];
    const std::size_t row = k_breakdown_first_row + k;
    sheet.text(row, 0, p.id);
    sheet.text(row, 1, p.name);
    for (std::size_t j = 0; j < n && j < p.contributions.size(); ++j) {
      const Contribution& c = p.contributions[j];
      sheet.number(row, first + j, c.utility, styles.utility);
      if (formulas)  // weight × utility, the weights normalised by their sum
        sheet.formula(row, first + n + j,
                      "=" + cell(k_breakdown_weights_row, first + j, true) + "*" + cell(row, first + j) + "/" +
                          weight_sum,
                      c.contribution, styles.score);
      else
        sheet.number(row, first + n + j, c.contribution, styles.score);
    }
  }
  sheet.widths({18, 30});
  if (n > 0)
    check(worksheet_set_column(sheet.get(), static_cast<lxw_col_t>(first), static_cast<lxw_col_t>(first + 2 * n - 1), 12,
                             nullptr));
  worksheet_freeze_panes(sheet.get(), k_breakdown_first_row, k_breakdown_first_column);
}

// SUMPRODUCT of provider k's utilities and the weights, over the weights' sum.
std::string score_formula(std::size_t k, std::size_t criteria) {
  const std::size_t first = k_breakdown_first_column, last = first + criteria - 1;
  const std::size_t row = k_breakdown_first_row + k;
  const std::string weights = "Breakdown!" + absolute(k_breakdown_weights_row, first) + ":" +
                              absolute(k_breakdown_weights_row, last);
  return "=SUMPRODUCT(" + weights + ",Breakdown!" + cell(row, first) + ":" + cell(row, last) + ")/SUM(" + weights + ")";
}

// 1 + the providers scoring better beyond the tie tolerance: tied providers
// share a rank (1, 2, 2, 4), as in criterio.
std::string rank_formula(std::size_t row, std::size_t last_row, bool higher_is_better) {
  const std::string score = cell(row, r_score);
  const std::string tolerance = std::string(k_tie_tolerance) + "*MAX(1,ABS(" + score + "))";
  const std::string range = absolute(1, r_score) + ":" + absolute(last_row, r_score);
  return "=1+SUMPRODUCT((" + range + (higher_is_better ? ">" + score + "+" : "<" + score + "-") + tolerance + ")*1)";
}

std::vector<std::string> ranking_notes(const Result& result, std::size_t listed, bool formulas, Language language) {
  std::vector<std::string> notes;
  notes.push_back(say(Message::xlsx_method_note, language, {result.method_title, result.as_of.iso(), result.criteria_source}));
  if (formulas) {
    notes.emplace_back(text(Message::xlsx_scores_are_formulas, language));
    notes.emplace_back(text(Message::xlsx_ranks_are_formulas, language));
  } else {
    notes.push_back(say(Message::xlsx_scores_are_values, language, {result.method_title}));
  }
  if (listed < result.ranking.size())
    notes.push_back(say(Message::xlsx_only_first, language, {std::to_string(listed), std::to_string(result.ranking.size())}));
  for (const auto& note : result.notes) notes.push_back(to_text(note, language));
  for (const auto& warning : result.warnings) notes.push_back(say(Message::xlsx_warning, language, {to_text(warning, language)}));
  return notes;
}

void write_ranking(Sheet& sheet, const Result& result, std::size_t listed, bool formulas, const Styles& styles,
                   Language language) {
  sheet.headings(0, {"rank", "id", "name", "score", "status"}, styles);
  sheet.widths({6, 18, 30, 10, 40});
  worksheet_freeze_panes(sheet.get(), 1, 0);
  const std::size_t last_row = listed;  // ranked providers are rows 1..listed
  for (std::size_t k = 0; k < listed; ++k) {
    const RankedProvider& p = result.ranking[k];
    const std::size_t row = 1 + k;
    if (formulas) {
      sheet.formula(row, r_rank, rank_formula(row, last_row, result.higher_is_better), p.rank);
      sheet.formula(row, r_score, score_formula(k, result.criteria.size()), p.score, styles.score);
    } else {
      sheet.number(row, r_rank, p.rank);
      sheet.number(row, r_score, p.score, styles.score);
    }
    sheet.text(row, r_id, p.id);
    sheet.text(row, r_name, p.name);
    sheet.text(row, r_status, "ranked");
  }
  std::size_t row = listed + 2;
  if (!result.excluded.empty()) {
    sheet.text(row++, 0, text(Message::section_excluded, language), styles.heading);
    for (const auto& e : result.excluded) {
      sheet.text(row, r_id, e.id);
      sheet.text(row, r_name, e.name);
      sheet.text(row++, r_status, "excluded: " + reasons_text(e, language));
    }
    ++row;
  }
  sheet.text(row++, 0, text(Message::xlsx_notes, language), styles.heading);
  for (const auto& note : ranking_notes(result, listed, formulas, language)) sheet.text(row++, 0, note);
}

// A column chart of the scores of the first providers listed.
void add_score_chart(lxw_workbook* workbook, Sheet& ranking, std::size_t listed, Language language) {
  if (listed == 0) return;
  const std::size_t bars = std::min(listed, k_chart_bars);
  lxw_chart* chart = workbook_add_chart(workbook, LXW_CHART_COLUMN);
  if (!chart) write_failure("cannot add the chart");
  const std::string categories = "=Ranking!" + absolute(1, r_id) + ":" + absolute(bars, r_id);
  const std::string values = "=Ranking!" + absolute(1, r_score) + ":" + absolute(bars, r_score);
  lxw_chart_series* series = chart_add_series(chart, categories.c_str(), values.c_str());
  if (!series) write_failure("cannot add the chart's series");
  chart_series_set_name(series, "score");
  const std::string title = bars < listed ? say(Message::xlsx_scores_of_first, language, {std::to_string(bars)})
                                          : std::string(text(Message::xlsx_scores, language));
  chart_title_set_name(chart, title.c_str());
  chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
  check(worksheet_insert_chart(ranking.get(), 1, r_status + 2, chart));
}

void check_fits(const Result& result, std::size_t listed) {
  if (2 + 2 * result.criteria.size() > k_max_columns)
    throw_usage("a worksheet has " + std::to_string(k_max_columns) + " columns, too few for " +
                std::to_string(result.criteria.size()) + " criteria in the Breakdown sheet; use -f csv");
  if (listed + result.excluded.size() + 100 > k_max_rows)
    throw_usage("a worksheet has " + std::to_string(k_max_rows) + " rows, too few for " +
                std::to_string(listed + result.excluded.size()) + " providers; use --top N or -f csv");
}

// The creation time written into the workbook: the as-of date, so that the
// same input gives the same bytes.
std::time_t creation_time(Date as_of) { return static_cast<std::time_t>(as_of.days()) * 86400; }

}  // namespace

std::string ranking_xlsx(const Result& result, const RenderOptions& options) {
  const std::size_t listed = std::min(result.ranking.size(), options.top.value_or(result.ranking.size()));
  check_fits(result, listed);
  TemporaryWorkbook book(creation_time(result.as_of), result.title);
  const Styles styles = make_styles(book.get());
  Sheet ranking(book.get(), "Ranking"), breakdown(book.get(), "Breakdown"), weights(book.get(), "Weights");
  std::size_t after_weights = 0;
  const WeightCells cells = write_weights_sheet(weights, result.weights, styles, options.language, after_weights);
  const bool formulas = recomputable(result, cells);
  write_breakdown(breakdown, result, listed, cells, formulas, styles, options.language);
  write_ranking(ranking, result, listed, formulas, styles, options.language);
  add_score_chart(book.get(), ranking, listed, options.language);
  return book.finish();
}

std::string weights_xlsx(const WeightReport& report, const RenderOptions& options) {
  TemporaryWorkbook book(0, report.tree.root.name);
  const Styles styles = make_styles(book.get());
  Sheet weights(book.get(), "Weights");
  std::size_t row = 0;
  write_weights_sheet(weights, report.tree, styles, options.language, row);
  for (const auto& warning : report.warnings)
    weights.text(row++, 0, say(Message::xlsx_warning, options.language, {to_text(warning, options.language)}));
  return book.finish();
}

}  // namespace criterio::report
