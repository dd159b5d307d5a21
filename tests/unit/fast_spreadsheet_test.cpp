// Spreadsheet mode's fast path (read_decision_matrix, evaluate_matrix,
// render_ranking_csv) must give exactly the bytes of the general path
// (load_problem, evaluate, render_ranking) on every file it accepts, and
// decline every file the general path has something to say about.

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "analysis/ranking.hpp"
#include "criterio/decision_matrix.hpp"
#include "criterio/evaluate.hpp"
#include "criterio/number.hpp"
#include "criterio/problem.hpp"
#include "criterio/report.hpp"
#include "unit/test_support.hpp"

namespace criterio {
namespace {

struct Paths {
  std::string general, fast;
};

Paths both_paths(const std::string& path, const ProblemSpec& base, const EvaluationOptions& options,
                 const RenderOptions& render = {}) {
  ProblemSpec spec = base;
  spec.provider_files = {path};
  Diagnostics diagnostics;
  const auto problem = load_problem(spec, diagnostics);
  EXPECT_TRUE(problem.has_value());
  Paths out;
  if (problem) out.general = render_ranking(evaluate(*problem, options), Format::csv, render);
  auto matrix = load_spreadsheet_matrix(spec);
  EXPECT_TRUE(matrix.has_value()) << "the fast path declined " << path;
  if (matrix) out.fast = render_ranking_csv(evaluate_matrix(std::move(*matrix), options, !render.brief), render);
  return out;
}

// A random plain CSV: ids, awkward names, values with ties and repeats.
std::string random_csv(std::mt19937& random, std::size_t rows, std::size_t columns, bool crlf) {
  const std::vector<std::string> names = {"Acme", "\"Smith, Jones & Co\"", "=cmd()", "\"two\nlines\"", "", "Ünïcode",
                                          "\"say \"\"hi\"\"\"", "-minus"};
  const std::string eol = crlf ? "\r\n" : "\n";
  std::string csv = "id,name";
  for (std::size_t j = 0; j < columns; ++j) csv += ",c" + std::to_string(j + 1);
  csv += eol;
  std::uniform_int_distribution<int> level(0, 4), pick(0, static_cast<int>(names.size()) - 1);
  std::uniform_real_distribution<double> real(0.5, 1000);
  for (std::size_t r = 0; r < rows; ++r) {
    csv += "p" + std::to_string((r * 7919) % 100003) + "," + names[static_cast<std::size_t>(pick(random))];
    for (std::size_t j = 0; j < columns; ++j)
      csv += "," + (j % 2 == 0 ? std::to_string(level(random) + 1) : format_number(real(random), 3));
    csv += eol;
    if (r % 97 == 5) csv += eol;  // blank lines are skipped
  }
  return csv;
}

TEST(FastSpreadsheet, SameBytesAsTheGeneralPath) {
  std::mt19937 random(20261124);
  testing::TempDir dir;
  for (const bool crlf : {false, true}) {
    for (const std::size_t rows : {1u, 2u, 37u, 1500u}) {
      const auto path = dir.write("data.csv", random_csv(random, rows, 5, crlf));
      ProblemSpec spec;
      spec.weights = {3, 1, 2, 2, 1};
      spec.directions = {Direction::benefit, Direction::cost, Direction::benefit, Direction::cost, Direction::benefit};
      for (const std::string normalization : {"max", "minmax", "vector", "sum"}) {
        EvaluationOptions options;
        options.params["normalization"] = normalization;
        const Paths out = both_paths(path, spec, options);
        EXPECT_EQ(out.fast, out.general) << rows << " rows, " << normalization << (crlf ? ", CRLF" : "");
      }
    }
  }
}

TEST(FastSpreadsheet, TopLimitsRowsTheSameWay) {
  std::mt19937 random(7);
  testing::TempDir dir;
  const auto path = dir.write("data.csv", random_csv(random, 50, 3, false));
  RenderOptions render;
  render.top = 4;
  const Paths out = both_paths(path, {}, {}, render);
  EXPECT_EQ(out.fast, out.general);
}

// The renderer formats rows in batches of 8,192 rows a thread and streams
// them out: rankings spanning several batches, cut inside one by --top,
// with and without the breakdown.
TEST(FastSpreadsheet, RowsSpanningSeveralBatchesGiveTheSameBytes) {
  std::mt19937 random(11);
  testing::TempDir dir;
  const auto path = dir.write("data.csv", random_csv(random, 70000, 3, false));
  for (const bool brief : {false, true}) {
    for (const std::optional<std::size_t> top : {std::optional<std::size_t>{}, std::optional<std::size_t>{20001}}) {
      RenderOptions render;
      render.brief = brief;
      render.top = top;
      const Paths out = both_paths(path, {}, {}, render);
      EXPECT_EQ(out.fast, out.general) << (brief ? "brief" : "full") << ", top " << top.value_or(0);
      EXPECT_EQ(std::count(out.fast.begin(), out.fast.end(), '\r'), 1 + static_cast<long>(top.value_or(70000)));
    }
  }
}

TEST(FastSpreadsheet, AnyThreadCountGivesTheSameMatrix) {
  std::mt19937 random(11);
  const std::string text = random_csv(random, 30000, 4, false);
  const std::string unquoted = [&] {
    std::string t;
    for (char c : text)
      if (c != '"') t += c;
    return t;
  }();
  // Names lose their quotes, so some now hold commas: keep only the plain rows.
  std::string plain;
  std::size_t start = 0;
  while (start < unquoted.size()) {
    const std::size_t end = unquoted.find('\n', start);
    const std::string line = unquoted.substr(start, end - start);
    if (std::count(line.begin(), line.end(), ',') == 5 || start == 0) plain += line + "\n";
    start = end + 1;
  }
  const auto one = read_decision_matrix(plain, "data.csv", 1);
  ASSERT_TRUE(one.has_value());
  for (unsigned threads : {2u, 3u, 8u}) {
    const auto many = read_decision_matrix(plain, "data.csv", threads);
    ASSERT_TRUE(many.has_value()) << threads;
    ASSERT_EQ(many->rows(), one->rows());
    EXPECT_TRUE(many->values() == one->values()) << threads << " threads";
    for (std::size_t r = 0; r < one->rows(); r += 997) {
      EXPECT_EQ(many->id(r), one->id(r));
      EXPECT_EQ(many->name(r), one->name(r));
    }
  }
}

// The duplicate check hashes on every thread and splits the table by hash:
// a repeated id must be found wherever its two rows fall.
TEST(FastSpreadsheet, FindsARepeatedIdOnAnyThreadCount) {
  std::string text = "id,name,a,b\n";
  const std::size_t rows = 60000;  // about 2 MB: several chunks
  for (std::size_t r = 0; r < rows; ++r)
    text += "p" + std::to_string(r) + ",Provider number " + std::to_string(r) + "," + std::to_string(r % 97) + ".25," +
            std::to_string(r % 13) + "\n";
  for (const unsigned threads : {1u, 2u, 3u, 8u}) {
    EXPECT_TRUE(read_decision_matrix(text, "f.csv", threads).has_value()) << threads << " threads, distinct ids";
    for (const std::size_t first : {0u, 12345u, 59998u}) {
      const std::string repeated = text + "p" + std::to_string(first) + ",Again,1,2\n";
      EXPECT_FALSE(read_decision_matrix(repeated, "f.csv", threads).has_value())
          << threads << " threads, p" << first << " twice";
    }
  }
}

// rank_order sorts by the scores' bits; it must give the order of a
// comparison sort by score, tied runs (relative 1e-12) by id, whatever the
// signs, zeros and repeats, on small frames (keys compared) and large ones
// (radix sort) alike.
void expect_comparison_sort_order(std::size_t rows) {
  std::mt19937 random(11);
  std::uniform_int_distribution<int> kind(0, 5);
  std::uniform_real_distribution<double> real(-1e3, 1e3);
  const std::vector<double> repeats = {0.0, -0.0, 0.25, -7.5, 1e-300, -1e300};
  Eigen::VectorXd scores(static_cast<Eigen::Index>(rows));
  std::vector<std::string> ids(rows);
  for (std::size_t r = 0; r < rows; ++r) {
    const int k = kind(random);
    double s = k < 2 ? real(random) : repeats[static_cast<std::size_t>(k) % repeats.size()];
    if (k == 5) s = 0.25 * (1 + 1e-14);  // tied with 0.25 within the tolerance, not exactly
    scores(static_cast<Eigen::Index>(r)) = s;
    ids[r] = "p" + std::to_string((r * 7919) % rows);
  }
  const auto id = [&](std::size_t r) { return std::string_view(ids[r]); };
  for (const bool higher_is_better : {true, false}) {
    std::vector<std::size_t> expected(rows);
    std::iota(expected.begin(), expected.end(), 0);
    std::sort(expected.begin(), expected.end(), [&](std::size_t a, std::size_t b) {
      return higher_is_better ? scores(static_cast<Eigen::Index>(a)) > scores(static_cast<Eigen::Index>(b))
                              : scores(static_cast<Eigen::Index>(a)) < scores(static_cast<Eigen::Index>(b));
    });
    for (std::size_t begin = 0; begin < rows;) {
      std::size_t end = begin + 1;
      while (end < rows && tied(scores(static_cast<Eigen::Index>(expected[end])),
                                scores(static_cast<Eigen::Index>(expected[end - 1]))))
        ++end;
      std::sort(expected.begin() + static_cast<std::ptrdiff_t>(begin), expected.begin() + static_cast<std::ptrdiff_t>(end),
                [&](std::size_t a, std::size_t b) { return id(a) < id(b); });
      begin = end;
    }
    EXPECT_EQ(rank_order(scores, higher_is_better, id), expected) << rows << " rows, " << (higher_is_better ? "descending" : "ascending");
  }
}

TEST(FastSpreadsheet, RankOrderIsTheComparisonSortOrder) {
  for (const std::size_t rows : {60u, 5000u}) expect_comparison_sort_order(rows);
}

TEST(FastSpreadsheet, ReadsIdsNamesAndHeaderPositions) {
  const auto m = read_decision_matrix("cost,id,name,speed\n1.5,a,\"Acme, Inc\",2\n-3,b,,4\n", "f.csv");
  ASSERT_TRUE(m.has_value());
  ASSERT_EQ(m->rows(), 2u);
  EXPECT_EQ(m->criteria(), (std::vector<std::string>{"cost", "speed"}));
  EXPECT_EQ(m->criteria_where()[1].column, 14) << "speed starts at the 14th character";
  EXPECT_EQ(m->id(0), "a");
  EXPECT_EQ(m->name(0), "Acme, Inc");
  EXPECT_EQ(m->name(1), "b") << "an empty name is the id";
  EXPECT_EQ(m->values()(1, 0), -3);
  EXPECT_EQ(m->values()(1, 1), 4);
}

TEST(FastSpreadsheet, SkipsAByteOrderMarkAsTheGeneralPathDoes) {
  const auto m = read_decision_matrix("\xEF\xBB\xBFid,speed\nx,2\n", "f.csv");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->criteria(), std::vector<std::string>{"speed"});
  EXPECT_EQ(m->criteria_where()[0].column, 4);
  EXPECT_EQ(m->id(0), "x");
}

TEST(FastSpreadsheet, HandsBackEveryStretchItHasRead) {
  const std::string header = "id,a\n";  // then 11 MB of rows: several 4 MiB stretches
  std::string text = header;
  for (int r = 0; r < 1000000; ++r) text += "p" + std::to_string(r) + "," + std::to_string(r % 97) + "\n";
  for (const unsigned threads : {1u, 2u}) {
    std::size_t released = 0, stretches = 0;
    const auto m = read_decision_matrix(text, "f.csv", threads, [&](std::string_view part) {
      released += part.size();
      ++stretches;
    });
    ASSERT_TRUE(m.has_value());
    EXPECT_EQ(released, text.size() - header.size()) << "every byte of the rows, once, on " << threads << " threads";
    EXPECT_GT(stretches, 1u) << "in stretches, as the parse goes";
  }
}

TEST(FastSpreadsheet, DeclinesWhatTheGeneralLoaderMustExplain) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"empty cell", "id,a,b\nx,1,\ny,2,3\n"},
      {"quoted number", "id,a\nx,\"1\"\n"},
      {"not a number", "id,a\nx,1O\n"},
      {"leading zero", "id,a\nx,010\n"},
      {"invalid id", "id,a\nX,1\n"},
      {"repeated id", "id,a\nx,1\nx,2\n"},
      {"ragged row", "id,a,b\nx,1\n"},
      {"too many fields", "id,a\nx,1,2\n"},
      {"repeated column", "id,a,a\nx,1,2\n"},
      {"invalid column", "id,Price\nx,1\n"},
      {"no criteria", "id,name\nx,X\n"},
      {"no rows", "id,a\n"},
      {"bare carriage return", "id,a\rx,1\n"},
      {"unclosed quote", "id,name,a\nx,\"open,1\n"},
      {"control character in a name", "id,name,a\nx,\"\x1b[31m\",1\n"},
      {"quote inside a field", "id,a\nx\"y,1\n"},
      {"invalid UTF-8 in a name", "id,name,a\nx,caf\xe9,1\n"},
      {"invalid UTF-8 in the id column's header", "\xff,a\nx,1\n"},
      {"NUL in a name", std::string("id,name,a\nx,a\0b,1\n", 16)},
  };
  for (const auto& [what, text] : cases) EXPECT_FALSE(read_decision_matrix(text, "f.csv").has_value()) << what;
}

}  // namespace
}  // namespace criterio
