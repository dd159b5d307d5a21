// The spreadsheet fast path: `rank FILE.csv -f csv` of one plain CSV (every
// criteria cell a number) reads it straight into a matrix and never builds an
// object per cell; `-v` says so on standard error. Its rows must be what the
// general path gives (here: `-f json`, which always takes the general path),
// `--brief` must keep only rank, id, name, score and status, and a file the
// fast path declines must still get the general path's precise outcome.
//
// The spreadsheet is generated here: 3000 providers, 6 criteria of small
// whole numbers and halves (so that many cells tie), every 37th provider a
// copy of the one before (so that whole scores tie), and names that need
// quoting (commas, quotes) or are not ASCII.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "cli/cli_support.hpp"

namespace criterio::testing {
namespace {

using nlohmann::json;

constexpr std::size_t k_rows = 3000;
const std::string k_directions = "+,-,+,-,+,+";
const std::string k_weights = "0.25,0.1,0.2,0.15,0.1,0.2";

// A small deterministic generator (the same numbers on every platform).
class Lcg {
 public:
  explicit Lcg(std::uint64_t seed) : m_state(seed) {}
  std::uint32_t next() {
    m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::uint32_t>(m_state >> 33);
  }
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint32_t>(n)); }

 private:
  std::uint64_t m_state;
};

std::string csv_quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// One CSV line per provider (the header first), without line ends, so that a
// test can point at a line and column. Ids are unique but not in file order.
struct Sheet {
  std::vector<std::string> lines;
  std::string text() const {
    std::string out;
    for (const auto& line : lines) out += line + "\r\n";
    return out;
  }
};

Sheet generate() {
  Lcg random(20261101);
  Sheet sheet;
  sheet.lines.push_back("id,name,quality,price,uptime,delay,support,reviews");
  std::vector<std::string> previous;
  for (std::size_t i = 0; i < k_rows; ++i) {
    char id[16];
    std::snprintf(id, sizeof id, "v%04zu", (i * 1237) % k_rows);  // 1237 is prime to 3000: a permutation
    std::string name;
    switch (i % 5) {
      case 0: name = "Vendor " + std::to_string(i); break;
      case 1: name = csv_quoted("Smith, Jones & Co " + std::to_string(i)); break;
      case 2: name = csv_quoted("The \"Best\" " + std::to_string(i)); break;
      case 3: name = "Soci\xC3\xA9t\xC3\xA9 " + std::to_string(i); break;
      default: name = "Plain " + std::to_string(i); break;
    }
    std::vector<std::string> cells;
    if (i % 37 == 36) {
      cells = previous;  // the same values as the provider before: a tie
    } else {
      cells.push_back(std::to_string(1 + random.below(10)));                      // quality 1..10
      cells.push_back(std::to_string(5 + random.below(40)) + ".5");               // price 5.5..44.5
      cells.push_back("99." + std::to_string(random.below(10)));                  // uptime 99.0..99.9
      cells.push_back(std::to_string(1 + random.below(48)));                      // delay 1..48
      cells.push_back(std::to_string(random.below(5) + 1));                       // support 1..5
      cells.push_back(std::to_string(1 + random.below(4)) + "." + std::to_string(random.below(10)));  // reviews
    }
    previous = cells;
    std::string line = std::string(id) + "," + name;
    for (const auto& c : cells) line += "," + c;
    sheet.lines.push_back(line);
  }
  return sheet;
}

// The 1-based byte column where field `field` (0-based) of `line` starts.
std::size_t column_of(const std::string& line, std::size_t field) {
  std::size_t at = 0;
  bool quoted = false;
  for (std::size_t f = 0; f < field; ++at) {
    if (line[at] == '"') quoted = !quoted;
    else if (line[at] == ',' && !quoted) ++f;
  }
  return at + 1;
}

// `line` with field `field` (a criteria cell, so never quoted) replaced.
std::string replace_field(const std::string& line, std::size_t field, const std::string& value) {
  const std::size_t start = column_of(line, field) - 1;
  const std::size_t end = line.find(',', start);
  return line.substr(0, start) + value + (end == std::string::npos ? "" : line.substr(end));
}

class FastPath : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    s_dir = new TempDir;
    s_sheet = new Sheet(generate());
    s_file = s_dir->write("vendors.csv", s_sheet->text());
  }
  static void TearDownTestSuite() {
    delete s_sheet;
    delete s_dir;
  }

  static std::vector<std::string> rank_args(const std::string& file, const std::string& method,
                                            const std::string& format) {
    return {"rank", file, "-m", method, "--directions", k_directions, "--weights", k_weights, "-f", format};
  }
  static RunResult rank(const std::string& method, const std::string& format, std::vector<std::string> extra = {}) {
    auto args = rank_args(s_file, method, format);
    args.insert(args.end(), extra.begin(), extra.end());
    return run(args, "", CRITERIO_SOURCE_DIR, 60);
  }

  static TempDir* s_dir;
  static Sheet* s_sheet;
  static std::string s_file;
};

TempDir* FastPath::s_dir = nullptr;
Sheet* FastPath::s_sheet = nullptr;
std::string FastPath::s_file;

// The generated sheet has what the tests rely on.
TEST_F(FastPath, TheGeneratedSheetHasQuotedNamesAndTies) {
  const auto rows = parse_csv(s_sheet->text());
  ASSERT_EQ(rows.size(), k_rows + 1);
  std::set<std::string> ids;
  std::size_t with_comma = 0, with_quote = 0;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    ASSERT_EQ(rows[i].size(), 8u) << s_sheet->lines[i];
    ids.insert(rows[i][0]);
    with_comma += contains(rows[i][1], ",");
    with_quote += contains(rows[i][1], "\"");
  }
  EXPECT_EQ(ids.size(), k_rows);
  EXPECT_GT(with_comma, 100u);
  EXPECT_GT(with_quote, 100u);
}

// (a) The fast path's rank, id, name and score are the general path's, for
// each method it serves, scores to the last bit, ties ranked alike and
// listed by id.
TEST_F(FastPath, CsvRowsAreTheJsonRanking) {
  for (const char* method : {"wsm", "topsis", "vikor"}) {
    SCOPED_TRACE(method);
    const RunResult csv = rank(method, "csv");
    const RunResult js = rank(method, "json");
    expect_success(csv);
    expect_success(js);
    EXPECT_EQ(csv.err, "") << describe(csv);
    EXPECT_EQ(js.err, "") << describe(js);
    const auto rows = parse_csv(csv.out);
    const json result = json::parse(js.out);
    const json& ranking = result.at("ranking");
    ASSERT_EQ(ranking.size(), k_rows);
    ASSERT_EQ(rows.size(), k_rows + 1);
    EXPECT_EQ(std::vector<std::string>(rows[0].begin(), rows[0].begin() + 5),
              (std::vector<std::string>{"rank", "id", "name", "score", "status"}));
    const bool higher = result.at("higher_is_better").get<bool>();
    EXPECT_EQ(higher, std::string(method) != "vikor");
    std::size_t ties = 0;
    for (std::size_t i = 0; i < k_rows; ++i) {
      const auto& row = rows[i + 1];
      const json& p = ranking[i];
      SCOPED_TRACE("CSV line " + std::to_string(i + 2));
      ASSERT_GE(row.size(), 5u);
      EXPECT_EQ(row[0], std::to_string(p.at("rank").get<int>()));
      EXPECT_EQ(row[1], p.at("id").get<std::string>());
      EXPECT_EQ(row[2], p.at("name").get<std::string>());
      char* end = nullptr;
      const double score = std::strtod(row[3].c_str(), &end);
      EXPECT_EQ(*end, '\0') << row[3];
      EXPECT_EQ(score, p.at("score").get<double>()) << row[3] << " vs " << p.at("score").dump();
      EXPECT_EQ(row[4], "ranked");
      if (i > 0 && row[3] == rows[i][3]) {
        ++ties;
        EXPECT_EQ(row[0], rows[i][0]) << "a tie shares its rank";
        EXPECT_LT(rows[i][1], row[1]) << "tied providers are listed by id";
      }
    }
    EXPECT_GE(ties, k_rows / 37 - 1) << "the copied rows tie";
  }
}

// (b) -v says which path was taken; the general path does not claim it.
TEST_F(FastPath, VerboseSaysFastPath) {
  for (const char* method : {"wsm", "topsis", "vikor"}) {
    SCOPED_TRACE(method);
    auto args = rank_args(s_file, method, "csv");
    args.insert(args.begin(), "-v");
    const RunResult r = run(args, "", CRITERIO_SOURCE_DIR, 60);
    expect_success(r);
    EXPECT_TRUE(contains(r.err, "fast path")) << describe(r);
    EXPECT_TRUE(contains(r.err, "3000 providers x 6 criteria")) << describe(r);
  }
  auto args = rank_args(s_file, "wsm", "json");
  args.insert(args.begin(), "-v");
  const RunResult general = run(args, "", CRITERIO_SOURCE_DIR, 60);
  expect_success(general);
  EXPECT_FALSE(general.err.empty());
  EXPECT_FALSE(contains(general.err, "fast path")) << describe(general);
}

// (c) --brief: exactly the five columns, one row per provider, the same
// ranks and scores as the full output.
TEST_F(FastPath, BriefKeepsRankIdNameScoreStatus) {
  for (const char* method : {"wsm", "topsis", "vikor"}) {
    SCOPED_TRACE(method);
    const RunResult brief = rank(method, "csv", {"--brief"});
    const RunResult full = rank(method, "csv");
    expect_success(brief);
    expect_success(full);
    EXPECT_EQ(brief.err, "");
    EXPECT_TRUE(brief.out.starts_with("rank,id,name,score,status\r\n")) << brief.out.substr(0, 200);
    const auto rows = parse_csv(brief.out);
    const auto full_rows = parse_csv(full.out);
    ASSERT_EQ(rows.size(), k_rows + 1);
    ASSERT_EQ(full_rows.size(), k_rows + 1);
    EXPECT_EQ(rows[0], (std::vector<std::string>{"rank", "id", "name", "score", "status"}));
    for (std::size_t i = 1; i < rows.size(); ++i) {
      ASSERT_EQ(rows[i].size(), 5u) << i;
      EXPECT_EQ(rows[i], std::vector<std::string>(full_rows[i].begin(), full_rows[i].begin() + 5)) << "line " << i + 1;
    }
    EXPECT_LT(brief.out.size() * 2, full.out.size()) << "the brief output is a fraction of the full one";
  }
}

// (d) --brief is for CSV only.
TEST_F(FastPath, BriefWithJsonIsAUsageError) {
  const RunResult r = rank("wsm", "json", {"--brief"});
  expect_clean_failure(r, 2);
  EXPECT_TRUE(contains(r.err, "--brief")) << describe(r);
  EXPECT_EQ(lines_of(r.err).size(), 1u) << describe(r);
}

// (e) A non-numeric cell: the fast path declines the file, and the general
// path names the file, line and column, exit 3.
TEST_F(FastPath, NonNumericCellGetsTheGeneralPathsLineAndColumn) {
  TempDir dir;
  Sheet sheet = *s_sheet;
  const std::size_t line = 1234;  // 1-based, the header is line 1
  const std::size_t field = 4;    // uptime
  const std::size_t column = column_of(sheet.lines[line - 1], field);
  sheet.lines[line - 1] = replace_field(sheet.lines[line - 1], field, "n/a");
  ASSERT_EQ(sheet.lines[line - 1].substr(column - 1, 3), "n/a");
  dir.write("bad.csv", sheet.text());
  const std::string where = "bad.csv:" + std::to_string(line) + ":" + std::to_string(column) + ":";
  for (const char* format : {"csv", "json"}) {
    SCOPED_TRACE(format);
    auto args = rank_args("bad.csv", "wsm", format);
    args.insert(args.begin(), "-v");
    const RunResult r = run(args, "", dir.path(), 60);
    expect_clean_failure(r, 3);
    const std::string error = line_with(r.err, "error");
    EXPECT_TRUE(error.starts_with("criterio: " + where)) << where << "\n" << describe(r);
    EXPECT_TRUE(contains(error, "n/a")) << error;
    EXPECT_TRUE(contains(error, "uptime")) << error;
    EXPECT_FALSE(contains(r.err, "fast path")) << describe(r);
  }
}

// (e) An empty cell: the fast path declines the file; the general path fills
// the value in, flags it and ranks everyone (exit 0), exactly as `-f json`.
TEST_F(FastPath, EmptyCellIsImputedAndFlaggedByTheGeneralPath) {
  TempDir dir;
  Sheet sheet = *s_sheet;
  const std::size_t line = 2001;
  const std::size_t field = 3;  // price
  sheet.lines[line - 1] = replace_field(sheet.lines[line - 1], field, "");
  const std::string id = parse_csv(sheet.lines[line - 1]).at(0).at(0);
  dir.write("gap.csv", sheet.text());

  auto args = rank_args("gap.csv", "wsm", "csv");
  args.insert(args.begin(), "-v");
  const RunResult csv = run(args, "", dir.path(), 60);
  expect_success(csv);
  EXPECT_FALSE(contains(csv.err, "fast path")) << describe(csv);
  for (const auto& l : lines_of(csv.err))
    EXPECT_TRUE(l.starts_with("criterio: ")) << l;
  EXPECT_FALSE(contains(csv.err, "error")) << describe(csv);

  const auto rows = parse_csv(csv.out);
  ASSERT_EQ(rows.size(), k_rows + 1);
  const int missing = column_index(rows[0], "missing");
  ASSERT_GE(missing, 0);
  std::size_t flagged = 0;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    if (!rows[i][static_cast<std::size_t>(missing)].empty()) {
      ++flagged;
      EXPECT_EQ(rows[i][1], id);
      EXPECT_EQ(rows[i][static_cast<std::size_t>(missing)], "price");
    }
  }
  EXPECT_EQ(flagged, 1u) << "the one empty cell is flagged";

  const RunResult js = run(rank_args("gap.csv", "wsm", "json"), "", dir.path(), 60);
  expect_success(js);
  const json result = json::parse(js.out);
  bool warned = false;
  for (const auto& w : result.at("warnings"))
    warned = warned || (contains(w.get<std::string>(), id) && contains(w.get<std::string>(), "no value for price"));
  EXPECT_TRUE(warned) << result.at("warnings").dump();
  ASSERT_EQ(result.at("ranking").size(), k_rows);
  for (std::size_t i = 0; i < k_rows; ++i) {
    const json& p = result["ranking"][i];
    EXPECT_EQ(rows[i + 1][1], p["id"].get<std::string>()) << i;
    EXPECT_EQ(std::strtod(rows[i + 1][3].c_str(), nullptr), p["score"].get<double>()) << i;
  }
}

// The fast path's bytes are the general path's: the same sheet split in two
// files (which the fast path never takes) gives the same CSV. The halves keep
// the rows in file order: TOPSIS's vector norms are sums over the rows, so
// another row order may move scores by a unit in the last place.
TEST_F(FastPath, SameBytesAsTheGeneralPath) {
  TempDir dir;
  std::string first = s_sheet->lines[0] + "\r\n", second = first;
  for (std::size_t i = 1; i < s_sheet->lines.size(); ++i)
    (i <= k_rows / 2 ? first : second) += s_sheet->lines[i] + "\r\n";
  dir.write("first.csv", first);
  dir.write("second.csv", second);
  dir.write("whole.csv", s_sheet->text());
  for (const char* method : {"wsm", "topsis", "vikor"}) {
    SCOPED_TRACE(method);
    auto fast_args = rank_args("whole.csv", method, "csv");
    fast_args.insert(fast_args.begin(), "-v");
    auto general_args = rank_args("first.csv", method, "csv");
    general_args.insert(general_args.begin() + 2, "second.csv");
    general_args.insert(general_args.begin(), "-v");
    const RunResult fast = run(fast_args, "", dir.path(), 60);
    const RunResult general = run(general_args, "", dir.path(), 60);
    expect_success(fast);
    expect_success(general);
    ASSERT_TRUE(contains(fast.err, "fast path")) << describe(fast);
    ASSERT_FALSE(contains(general.err, "fast path")) << describe(general);
    EXPECT_EQ(fast.out.size(), general.out.size());
    EXPECT_TRUE(fast.out == general.out) << "the first difference is at byte "
                                         << std::mismatch(fast.out.begin(), fast.out.end(), general.out.begin(),
                                                          general.out.end())
                                                    .first -
                                                fast.out.begin();
  }
}

// (f) -o writes the bytes standard output would have shown, and nothing to
// standard output.
TEST_F(FastPath, OutputFileHoldsWhatStandardOutputShows) {
  TempDir dir;
  for (const bool brief : {false, true}) {
    SCOPED_TRACE(brief ? "brief" : "full");
    std::vector<std::string> extra;
    if (brief) extra.push_back("--brief");
    const RunResult shown = rank("topsis", "csv", extra);
    const std::string target = dir / (brief ? "brief.csv" : "full.csv");
    extra.insert(extra.end(), {"-o", target});
    const RunResult written = rank("topsis", "csv", extra);
    expect_success(shown);
    expect_success(written);
    EXPECT_EQ(written.out, "");
    EXPECT_EQ(written.err, "");
    ASSERT_TRUE(file_exists(target));
    EXPECT_FALSE(shown.out.empty());
    EXPECT_TRUE(read_file(target) == shown.out) << "-o " << target << " differs from standard output";
  }
}

}  // namespace
}  // namespace criterio::testing
