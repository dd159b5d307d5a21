// render_ranking and render_weights as XLSX workbooks, on a hand-built
// Result: the bytes are a zip holding the workbook's parts, the same input
// gives the same bytes, the temporary file is gone afterwards, and the
// renderers without a workbook refuse it. What the cells hold (formulas,
// cached values, recalculation) is checked by the XlsxRecalc test.

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <stdlib.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "criterio/report.hpp"
#include "unit/test_support.hpp"
#include "text/messages.hpp"

namespace criterio {
namespace {

using ::testing::Contains;
using ::testing::IsSupersetOf;
using ::testing::Not;

std::uint32_t little_endian(const std::string& bytes, std::size_t at, std::size_t size) {
  std::uint32_t value = 0;
  for (std::size_t k = size; k-- > 0;) value = value << 8 | static_cast<unsigned char>(bytes.at(at + k));
  return value;
}

// The part names in a zip's central directory (no archive comment expected).
std::vector<std::string> zip_entries(const std::string& bytes) {
  std::vector<std::string> names;
  if (bytes.size() < 22 || bytes.compare(bytes.size() - 22, 4, "PK\x05\x06") != 0) {
    ADD_FAILURE() << "no end of central directory record";
    return names;
  }
  const std::size_t end = bytes.size() - 22;
  const std::uint32_t count = little_endian(bytes, end + 10, 2);
  std::size_t at = little_endian(bytes, end + 16, 4);
  for (std::uint32_t k = 0; k < count; ++k) {
    if (bytes.compare(at, 4, "PK\x01\x02") != 0) {
      ADD_FAILURE() << "bad central directory entry " << k;
      break;
    }
    const std::size_t name = little_endian(bytes, at + 28, 2), extra = little_endian(bytes, at + 30, 2),
                      comment = little_endian(bytes, at + 32, 2);
    names.push_back(bytes.substr(at + 46, name));
    at += 46 + name + extra + comment;
  }
  return names;
}

Criterion criterion(std::string id, double weight) {
  Criterion c;
  c.id = id;
  c.name = id;
  c.weight = weight;
  return c;
}

WeightNode leaf(std::string id, double weight) {
  WeightNode node;
  node.id = std::move(id);
  node.name = node.id;
  node.local = node.global = weight;
  node.basis = Phrase{Message::w_basis_weight, {Phrase::Number{weight, 6}}};
  return node;
}

RankedProvider provider(int rank, std::string id, std::string name, double uptime, double price) {
  RankedProvider p;
  p.rank = rank;
  p.id = std::move(id);
  p.name = std::move(name);
  for (const auto& [criterion, utility, weight] : {std::tuple{"uptime", uptime, 0.6}, std::tuple{"price", price, 0.4}}) {
    Contribution c;
    c.criterion = criterion;
    c.utility = utility;
    c.weight = weight;
    c.contribution = utility * weight;
    p.contributions.push_back(c);
    p.score += c.contribution;
  }
  return p;
}

// A weighted sum of two criteria: three ranked providers (one named like a formula), one excluded.
Result sample() {
  Result r;
  r.title = "Hosting";
  r.method = "wsm";
  r.method_title = "Weighted sum";
  r.as_of = *Date::from_ymd(2026, 3, 1);
  r.criteria = {criterion("uptime", 0.6), criterion("price", 0.4)};
  r.weights.root.name = "Hosting";
  r.weights.root.children = {leaf("uptime", 0.6), leaf("price", 0.4)};
  r.ranking = {provider(1, "nimbus", "Nimbus", 0.9, 0.5), provider(2, "formula", "=HYPERLINK(\"http://x\")", 0.5, 0.6),
               provider(3, "meadow", "Meadow", 0.4, 0.4)};
  ExcludedProvider cheapo;
  cheapo.id = "cheapo";
  cheapo.name = "Cheapo";
  cheapo.reasons = {Phrase{Message::reason_below_minimum, {"uptime", "98.9", Phrase::Number{99.5, 6}}}};
  r.excluded = {cheapo};
  r.additive = true;
  r.contribution_meaning = Phrase{Message::m_wsm, {}};
  return r;
}

TEST(ReportXlsx, FormatName) {
  EXPECT_EQ(parse_format("xlsx"), Format::xlsx);
  EXPECT_EQ(to_string(Format::xlsx), "xlsx");
}

TEST(ReportXlsx, RankingIsAZipWithTheWorkbookParts) {
  const std::string bytes = render_ranking(sample(), Format::xlsx, {});
  ASSERT_GT(bytes.size(), 4u);
  EXPECT_EQ(bytes.substr(0, 4), "PK\x03\x04");
  EXPECT_THAT(zip_entries(bytes),
              IsSupersetOf({"[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml",
                            "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml", "xl/charts/chart1.xml",
                            "xl/sharedStrings.xml", "docProps/core.xml"}));
}

TEST(ReportXlsx, WeightsWorkbookHasOneSheet) {
  WeightReport report;
  report.tree = sample().weights;
  report.criteria = sample().criteria;
  const auto entries = zip_entries(render_weights(report, Format::xlsx, {}));
  EXPECT_THAT(entries, Contains("xl/worksheets/sheet1.xml"));
  EXPECT_THAT(entries, Not(Contains("xl/worksheets/sheet2.xml")));
}

TEST(ReportXlsx, SameInputSameBytes) {
  const std::string first = render_ranking(sample(), Format::xlsx, {});
  // Past the next second: a creation time taken from the clock would differ.
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  EXPECT_EQ(render_ranking(sample(), Format::xlsx, {}), first);
  Result later = sample();
  later.as_of = *Date::from_ymd(2026, 3, 2);
  EXPECT_NE(render_ranking(later, Format::xlsx, {}), first) << "the creation time is the as-of date";
}

// The workbook goes through a temporary file in $TMPDIR: removed afterwards,
// and an unusable $TMPDIR is an I/O error.
class ReportXlsxTemporary : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* old = std::getenv("TMPDIR");
    if (old) m_old = old;
    m_had = old != nullptr;
  }
  void TearDown() override {
    if (m_had) ::setenv("TMPDIR", m_old.c_str(), 1);
    else ::unsetenv("TMPDIR");
  }

 private:
  std::string m_old;
  bool m_had = false;
};

TEST_F(ReportXlsxTemporary, FileIsRemoved) {
  testing::TempDir dir;
  ::setenv("TMPDIR", dir.path().c_str(), 1);
  EXPECT_FALSE(render_ranking(sample(), Format::xlsx, {}).empty());
  EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

TEST_F(ReportXlsxTemporary, UnusableDirectoryIsAnIoError) {
  testing::TempDir dir;
  ::setenv("TMPDIR", (dir.path() + "/missing").c_str(), 1);
  const Diagnostic d = testing::expect_error([] { render_ranking(sample(), Format::xlsx, {}); }, ExitCode::io_error);
  EXPECT_TRUE(testing::contains(d.message, "temporary file")) << d.message;
}

TEST(ReportXlsx, TooManyCriteriaForASheetIsAUsageError) {
  Result wide = sample();
  wide.ranking.clear();
  wide.criteria.assign(8192, criterion("c", 0));
  const Diagnostic d = testing::expect_error([&] { render_ranking(wide, Format::xlsx, {}); }, ExitCode::usage);
  EXPECT_TRUE(testing::contains(d.message, "-f csv")) << d.message;
}

TEST(ReportXlsx, OtherRenderersRefuseAWorkbook) {
  const Result result = sample();
  const Diagnostic d = testing::expect_error(
      [&] { render_explanation(result, result.ranking.front(), Format::xlsx, {}); }, ExitCode::usage);
  EXPECT_TRUE(testing::contains(d.message, "criterio rank")) << d.message;
  Comparison comparison;
  comparison.a = "nimbus";
  comparison.b = "meadow";
  testing::expect_error([&] { render_comparison(result, comparison, Format::xlsx, {}); }, ExitCode::usage);
  testing::expect_error([&] { render_sensitivity(SensitivityReport{}, Format::xlsx, {}); }, ExitCode::usage);
}

}  // namespace
}  // namespace criterio
