#include "criterio/decision_matrix.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <unordered_set>

#include "criterio/input.hpp"
#include "criterio/number.hpp"
#include "criterio/text.hpp"
#include "support/parallel.hpp"

namespace criterio {

std::string_view DecisionMatrix::name(std::size_t row) const {
  const std::size_t begin = m_label_ends[2 * row];
  const std::size_t end = m_label_ends[2 * row + 1];
  return end == begin ? id(row) : std::string_view(m_labels).substr(begin, end - begin);
}

namespace {

// Where the id, the name and each criterion sit among a row's fields.
struct Layout {
  std::size_t fields = 0;
  std::size_t id_field = 0;
  std::optional<std::size_t> name_field;
  std::vector<std::ptrdiff_t> criterion_of_field;  // -1 for id and name
};

// One chunk of rows, parsed on its own thread into its slice of the matrix.
struct Chunk {
  std::string_view text;   // whole rows
  std::size_t first_row = 0;
  std::size_t rows = 0;
  std::string labels;      // ids and names of this chunk's rows
  std::vector<std::size_t> label_ends;
  bool ok = true;
};

bool is_field_end(std::string_view text, std::size_t i) {
  return i >= text.size() || text[i] == ',' || text[i] == '\n' || text[i] == '\r';
}

bool is_blank_line_start(std::string_view text, std::size_t i) {
  return text[i] == '\n' || (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n');
}

// Hands each stretch of about 4 MiB the reader is done with to `done_with`,
// and the rest at the end.
class Releaser {
 public:
  Releaser(std::string_view text, const std::function<void(std::string_view)>& done_with)
      : m_text(text), m_done_with(done_with) {}
  Releaser(const Releaser&) = delete;
  Releaser& operator=(const Releaser&) = delete;
  ~Releaser() { release(m_text.size()); }
  void done_up_to(std::size_t i) {
    if (i - m_released >= k_stretch) release(i);
  }

 private:
  static constexpr std::size_t k_stretch = 4u << 20;
  void release(std::size_t i) {
    if (m_done_with && i > m_released) m_done_with(m_text.substr(m_released, i - m_released));
    m_released = i;
  }
  std::string_view m_text;
  const std::function<void(std::string_view)>& m_done_with;
  std::size_t m_released = 0;
};

// Non-blank lines in `text`; lines never contain quotes here.
std::size_t count_rows(std::string_view text) {
  std::size_t rows = 0, i = 0;
  while (i < text.size()) {
    const char* newline = static_cast<const char*>(std::memchr(text.data() + i, '\n', text.size() - i));
    const std::size_t end = newline ? static_cast<std::size_t>(newline - text.data()) : text.size();
    if (end > i && !(end == i + 1 && text[i] == '\r')) ++rows;
    i = end + 1;
  }
  return rows;
}

// A quoted field starting at text[i] == '"', unescaped into `out`; returns the
// index after the closing quote, or npos when it is never closed.
std::size_t read_quoted(std::string_view text, std::size_t i, std::string& out) {
  for (++i; i < text.size(); ++i) {
    if (text[i] != '"') {
      out += text[i];
      continue;
    }
    if (i + 1 < text.size() && text[i + 1] == '"') {
      out += '"';
      ++i;
      continue;
    }
    return i + 1;
  }
  return std::string_view::npos;
}

// Parses chunk.text's rows into `values` from row chunk.first_row on.
// Declines (ok = false) on anything the general loader should explain.
void parse_chunk(const Layout& layout, Chunk& chunk, Eigen::MatrixXd& values,
                 const std::function<void(std::string_view)>& done_with) {
  const std::string_view text = chunk.text;
  Releaser releaser(text, done_with);
  std::size_t i = 0, row = chunk.first_row;
  std::string name;
  while (i < text.size()) {
    releaser.done_up_to(i);
    if (is_blank_line_start(text, i)) {
      i += text[i] == '\r' ? 2 : 1;
      continue;
    }
    if (row >= chunk.first_row + chunk.rows) return void(chunk.ok = false);
    std::size_t id_begin = 0, id_end = 0;
    name.clear();
    for (std::size_t field = 0; field < layout.fields; ++field) {
      if (field > 0) {
        if (i >= text.size() || text[i] != ',') return void(chunk.ok = false);
        ++i;
      }
      const bool is_name = layout.name_field == field;
      if (i < text.size() && text[i] == '"') {
        if (!is_name) return void(chunk.ok = false);
        i = read_quoted(text, i, name);
        if (i == std::string_view::npos) return void(chunk.ok = false);
        continue;
      }
      const std::size_t begin = i;
      if (layout.criterion_of_field[field] >= 0) {
        // A number: std::from_chars finds its end, the grammar check keeps
        // parse_number's rules (it refuses inf, nan, 010, ...).
        const std::size_t digits = begin < text.size() && text[begin] == '+' ? begin + 1 : begin;
        double value = 0;
        const auto [end, error] = std::from_chars(text.data() + digits, text.data() + text.size(), value);
        i = static_cast<std::size_t>(end - text.data());
        if (error != std::errc() || !std::isfinite(value) || !is_field_end(text, i) ||
            !is_strict_decimal(text.substr(begin, i - begin)))
          return void(chunk.ok = false);
        values(static_cast<Eigen::Index>(row), layout.criterion_of_field[field]) = value;
        continue;
      }
      while (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r' && text[i] != '"') ++i;
      if (i < text.size() && text[i] == '"') return void(chunk.ok = false);
      if (field == layout.id_field) {
        id_begin = begin;
        id_end = i;
      } else {
        name = text.substr(begin, i - begin);
      }
    }
    // The row must end here: LF, CRLF or the end of the text.
    if (i < text.size()) {
      if (text[i] == '\r') ++i;
      if (i >= text.size() || text[i] != '\n') return void(chunk.ok = false);
      ++i;
    }
    const std::string_view id = text.substr(id_begin, id_end - id_begin);
    if (!is_valid_id(id) || has_control_characters(name) || !is_utf8(name)) return void(chunk.ok = false);
    chunk.labels += id;
    chunk.label_ends.push_back(chunk.labels.size());
    chunk.labels += name;
    chunk.label_ends.push_back(chunk.labels.size());
    ++row;
  }
  if (row != chunk.first_row + chunk.rows) chunk.ok = false;
}

// The header: `id` (else the first column), optional `name`, and criteria
// columns with valid, distinct ids. nullopt for anything unusual.
std::optional<Layout> read_header(std::string_view header, const std::string& file, std::vector<std::string>& criteria,
                                  std::vector<SourceLocation>& where) {
  if (header.ends_with('\r')) header.remove_suffix(1);
  if (header.find_first_of("\"\r") != std::string_view::npos || has_control_characters(header) || !is_utf8(header))
    return std::nullopt;
  std::vector<std::string_view> names;
  std::vector<int> columns;
  for (std::size_t start = 0;;) {
    const std::size_t comma = header.find(',', start);
    names.push_back(header.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
    columns.push_back(1 + static_cast<int>(std::count_if(header.begin(), header.begin() + static_cast<std::ptrdiff_t>(start),
                                                          [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; })));
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  Layout layout;
  layout.fields = names.size();
  for (std::size_t f = 0; f < names.size(); ++f) {
    if (names[f] == "id") layout.id_field = f;
    if (names[f] == "name") layout.name_field = f;
  }
  std::unordered_set<std::string_view> seen;
  for (std::size_t f = 0; f < names.size(); ++f) {
    if (!seen.insert(names[f]).second) return std::nullopt;
    if (f == layout.id_field || f == layout.name_field) {
      layout.criterion_of_field.push_back(-1);
      continue;
    }
    if (!is_valid_id(names[f])) return std::nullopt;
    layout.criterion_of_field.push_back(static_cast<std::ptrdiff_t>(criteria.size()));
    criteria.emplace_back(names[f]);
    where.push_back({file, 1, columns[f]});
  }
  if (criteria.empty()) return std::nullopt;
  return layout;
}

// Splits `body` into about `parts` pieces of whole lines.
std::vector<std::string_view> split_lines(std::string_view body, std::size_t parts) {
  std::vector<std::string_view> pieces;
  std::size_t start = 0;
  for (std::size_t p = 1; p <= parts && start < body.size(); ++p) {
    std::size_t end = p == parts ? body.size() : std::max(start, body.size() * p / parts);
    if (end < body.size()) {
      const std::size_t newline = body.find('\n', end);
      end = newline == std::string_view::npos ? body.size() : newline + 1;
    }
    pieces.push_back(body.substr(start, end - start));
    start = end;
  }
  return pieces;
}

}  // namespace

class DecisionMatrixBuilder {
 public:
  static std::optional<DecisionMatrix> build(std::string_view text, const std::string& file, unsigned threads,
                                             const std::function<void(std::string_view)>& done_with) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    DecisionMatrix matrix;
    matrix.m_file = file;
    const std::size_t header_end = std::min(text.find('\n'), text.size());
    const auto layout = read_header(text.substr(0, header_end), file, matrix.m_criteria, matrix.m_criteria_where);
    if (!layout) return std::nullopt;
    const std::string_view body = header_end < text.size() ? text.substr(header_end + 1) : std::string_view();
    // Quoted names may hold line breaks, so a file with quotes is read in one piece.
    const bool has_quotes = std::memchr(body.data(), '"', body.size()) != nullptr;
    constexpr std::size_t k_bytes_per_thread = 1u << 20;
    const std::size_t parts =
        has_quotes ? 1 : std::clamp<std::size_t>(body.size() / k_bytes_per_thread, 1, thread_count(threads));

    std::vector<Chunk> chunks;
    for (const auto piece : split_lines(body, parts)) {
      chunks.emplace_back();
      chunks.back().text = piece;
    }
    if (has_quotes) return build_sequential(std::move(matrix), *layout, chunks.front(), done_with);
    // Counting keeps the pages (the matrix is not allocated yet); parsing
    // hands them back as it goes, while the matrix fills.
    run_all(chunks, [](Chunk& c) { c.rows = count_rows(c.text); });
    std::size_t rows = 0;
    for (auto& c : chunks) {
      c.first_row = rows;
      rows += c.rows;
    }
    matrix.m_values.resize(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(matrix.m_criteria.size()));
    run_all(chunks, [&](Chunk& c) { parse_chunk(*layout, c, matrix.m_values, done_with); });
    return finish(std::move(matrix), chunks);
  }

 private:
  // work(chunk) for every chunk, each on its own thread.
  template <class F>
  static void run_all(std::vector<Chunk>& chunks, const F& work) {
    parallel_for(chunks.size(), static_cast<unsigned>(chunks.size()), [&](std::size_t k) { work(chunks[k]); });
  }

  // With quotes, a line break may sit inside a name: count rows with a
  // quote-aware scan, then parse on one thread.
  static std::optional<DecisionMatrix> build_sequential(DecisionMatrix matrix, const Layout& layout, Chunk& chunk,
                                                        const std::function<void(std::string_view)>& done_with) {
    const std::size_t rows = count_rows_quoted(chunk.text);
    if (rows == std::string_view::npos) return std::nullopt;
    chunk.rows = rows;
    matrix.m_values.resize(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(matrix.m_criteria.size()));
    parse_chunk(layout, chunk, matrix.m_values, done_with);
    std::vector<Chunk> one;
    one.push_back(std::move(chunk));
    return finish(std::move(matrix), one);
  }

  // Rows in `text`, counting a quoted field's line breaks as part of its row;
  // npos when a quote is never closed.
  static std::size_t count_rows_quoted(std::string_view text) {
    std::size_t rows = 0;
    bool in_quotes = false, row_has_text = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (c == '"') in_quotes = !in_quotes;
      if (!in_quotes && c == '\n') {
        if (row_has_text) ++rows;
        row_has_text = false;
      } else if (!(c == '\r' && !in_quotes)) {
        row_has_text = true;
      }
    }
    if (in_quotes) return std::string_view::npos;
    return rows + (row_has_text ? 1 : 0);
  }

  // Open addressing over row numbers: one allocation per thread for a
  // million ids, where a node-based set would make a million. The ids are
  // hashed on every thread, then each thread keeps its own table for the
  // hashes whose top bits are its share, so a repeated id meets itself there.
  static bool has_repeated_id(const DecisionMatrix& matrix, std::size_t threads) {
    const std::size_t rows = matrix.rows();
    std::vector<std::size_t> hashes(rows);
    const auto bounds = [&](std::size_t t) { return rows * t / threads; };
    const auto on_threads = static_cast<unsigned>(threads);
    parallel_for(threads, on_threads, [&](std::size_t t) {
      const std::hash<std::string_view> hash;
      for (std::size_t r = bounds(t); r < bounds(t + 1); ++r) hashes[r] = hash(matrix.id(r));
    });
    const auto share = [&](std::size_t h) { return (h >> 40) % threads; };
    std::vector<char> repeated(threads, 0);
    parallel_for(threads, on_threads, [&](std::size_t t) {
      const std::size_t mine = static_cast<std::size_t>(
          std::count_if(hashes.begin(), hashes.end(), [&](std::size_t h) { return share(h) == t; }));
      std::size_t capacity = 16;
      while (capacity < 2 * mine) capacity *= 2;
      std::vector<std::size_t> slots(capacity, 0);  // row + 1; 0 is free
      for (std::size_t r = 0; r < rows && !repeated[t]; ++r) {
        const std::size_t h = hashes[r];
        if (share(h) != t) continue;
        for (std::size_t slot = h & (capacity - 1);; slot = (slot + 1) & (capacity - 1)) {
          if (slots[slot] == 0) {
            slots[slot] = r + 1;
            break;
          }
          const std::size_t other = slots[slot] - 1;
          if (hashes[other] == h && matrix.id(other) == matrix.id(r)) {
            repeated[t] = 1;
            break;
          }
        }
      }
    });
    return std::find(repeated.begin(), repeated.end(), 1) != repeated.end();
  }

  // Joins the chunks' labels; declines on a repeated id.
  static std::optional<DecisionMatrix> finish(DecisionMatrix matrix, std::vector<Chunk>& chunks) {
    if (matrix.m_values.rows() == 0) return std::nullopt;
    std::size_t label_bytes = 0, ends = 0;
    for (const auto& c : chunks) {
      if (!c.ok) return std::nullopt;
      label_bytes += c.labels.size();
      ends += c.label_ends.size();
    }
    matrix.m_labels.reserve(label_bytes);
    matrix.m_label_ends.reserve(ends);
    for (auto& c : chunks) {
      const std::size_t base = matrix.m_labels.size();
      matrix.m_labels += c.labels;
      for (auto e : c.label_ends) matrix.m_label_ends.push_back(base + e);
      c.labels = std::string();
    }
    if (has_repeated_id(matrix, chunks.size())) return std::nullopt;
    return matrix;
  }
};

std::optional<DecisionMatrix> read_decision_matrix(std::string_view text, const std::string& file, unsigned threads,
                                                   const std::function<void(std::string_view)>& done_with) {
  return DecisionMatrixBuilder::build(text, file, threads, done_with);
}

}  // namespace criterio
