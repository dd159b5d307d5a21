// parse_csv: RFC 4180 text in, a table of unescaped cells with positions out.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "criterio/csv.hpp"
#include "unit/test_support.hpp"

namespace criterio {
namespace {

using testing::contains;
using testing::expect_error;

CsvTable csv(const std::string& text) { return parse_csv(text, "v.csv"); }

std::vector<std::string> row(const CsvTable& t, std::size_t r) {
  std::vector<std::string> out;
  for (std::size_t c = 0; c < t.column_count(); ++c) out.emplace_back(t.text(t.cell(r, c)));
  return out;
}

std::vector<std::string> header(const CsvTable& t) {
  std::vector<std::string> out;
  for (std::size_t c = 0; c < t.column_count(); ++c) out.emplace_back(t.text(t.header(c)));
  return out;
}

using Row = std::vector<std::string>;

TEST(CsvReader, SimpleTable) {
  const CsvTable t = csv("id,price,uptime\nnimbus,12.5,99.9\ncheapo,3,98\n");
  EXPECT_EQ(t.file(), "v.csv");
  EXPECT_EQ(t.column_count(), 3u);
  EXPECT_EQ(t.row_count(), 2u);
  EXPECT_EQ(header(t), (Row{"id", "price", "uptime"}));
  EXPECT_EQ(row(t, 0), (Row{"nimbus", "12.5", "99.9"}));
  EXPECT_EQ(row(t, 1), (Row{"cheapo", "3", "98"}));
}

TEST(CsvReader, FinalLineEndIsOptional) {
  const CsvTable t = csv("a,b\n1,2");
  EXPECT_EQ(t.row_count(), 1u);
  EXPECT_EQ(row(t, 0), (Row{"1", "2"}));
}

TEST(CsvReader, HeaderOnly) {
  const CsvTable t = csv("a,b\n");
  EXPECT_EQ(t.column_count(), 2u);
  EXPECT_EQ(t.row_count(), 0u);
}

TEST(CsvReader, QuotedFields) {
  const CsvTable t = csv(
      "id,name,note\n"
      "a,\"Smith, Jones & Co\",\"say \"\"hi\"\"\"\n"
      "b,\"two\nlines\",\"\"\n"
      "c,plain,\"\"\"\"\n");
  ASSERT_EQ(t.row_count(), 3u);
  EXPECT_EQ(row(t, 0), (Row{"a", "Smith, Jones & Co", "say \"hi\""}));
  EXPECT_EQ(row(t, 1), (Row{"b", "two\nlines", ""}));
  EXPECT_EQ(row(t, 2), (Row{"c", "plain", "\""}));
  EXPECT_TRUE(t.cell(0, 1).quoted);
  EXPECT_FALSE(t.cell(0, 0).quoted);
  EXPECT_TRUE(t.cell(1, 2).quoted);  // "" is a quoted empty cell
  EXPECT_EQ(t.text(t.cell(1, 2)), "");
}

TEST(CsvReader, QuotedCrlfInsideAFieldIsKept) {
  const CsvTable t = csv("a,b\r\n\"x\r\ny\",2\r\n");
  EXPECT_EQ(row(t, 0), (Row{"x\r\ny", "2"}));
}

TEST(CsvReader, CrlfLineEnds) {
  const CsvTable t = csv("id,v\r\nx,1\r\ny,2\r\n");
  EXPECT_EQ(t.row_count(), 2u);
  EXPECT_EQ(row(t, 0), (Row{"x", "1"}));
  EXPECT_EQ(row(t, 1), (Row{"y", "2"}));  // no '\r' left in the last cell
  EXPECT_EQ(t.cell(1, 0).line, 3);
}

TEST(CsvReader, BlankLinesAreSkipped) {
  const CsvTable t = csv("\n\nid,v\n\nx,1\r\n\r\n\ny,2\n\n");
  EXPECT_EQ(t.row_count(), 2u);
  EXPECT_EQ(header(t), (Row{"id", "v"}));
  EXPECT_EQ(t.header(0).line, 3);
  EXPECT_EQ(row(t, 0), (Row{"x", "1"}));
  EXPECT_EQ(t.cell(0, 0).line, 5);
  EXPECT_EQ(row(t, 1), (Row{"y", "2"}));
  EXPECT_EQ(t.cell(1, 0).line, 8);
}

TEST(CsvReader, EmptyCells) {
  const CsvTable t = csv("a,b,c\n,,\n1,,3\n1,2,\n");
  EXPECT_EQ(row(t, 0), (Row{"", "", ""}));
  EXPECT_EQ(row(t, 1), (Row{"1", "", "3"}));
  EXPECT_EQ(row(t, 2), (Row{"1", "2", ""}));
}

TEST(CsvReader, TrailingCommaIsAnExtraEmptyField) {
  // A trailing comma on every line is a consistent extra (empty) column...
  const CsvTable t = csv("a,b,\n1,2,\n");
  EXPECT_EQ(t.column_count(), 3u);
  EXPECT_EQ(row(t, 0), (Row{"1", "2", ""}));
  // ... also at the very end of the text without a line end.
  EXPECT_EQ(row(csv("a,b,\n1,2,"), 0), (Row{"1", "2", ""}));
  // ... but on data rows only it makes them longer than the header.
  const auto d = expect_error([] { csv("a,b\n1,2,\n"); });
  EXPECT_EQ(d.where.line, 2);
  EXPECT_TRUE(contains(d.message, "3 fields")) << d.message;
  EXPECT_TRUE(contains(d.message, "header has 2")) << d.message;
}

TEST(CsvReader, CellPositions) {
  const CsvTable t = csv(
      "id,name,v\n"                // line 1
      "abc,\"N, M\",42\n"          // line 2: abc at 1, quote at 5, 42 at 12
      "x,\"multi\nline\",7\n"      // line 3-4: x at 1, quote at 3, 7 at line 4 column 7
      "é,ü,z\n");                  // line 5: columns count characters: é 1, ü 3, z 5
  EXPECT_EQ(t.header(2).line, 1);
  EXPECT_EQ(t.header(2).column, 9);
  EXPECT_EQ(t.cell(0, 0).line, 2);
  EXPECT_EQ(t.cell(0, 0).column, 1);
  EXPECT_EQ(t.cell(0, 1).column, 5);
  EXPECT_EQ(t.cell(0, 2).column, 12);
  EXPECT_EQ(t.cell(1, 1).line, 3);
  EXPECT_EQ(t.cell(1, 1).column, 3);
  EXPECT_EQ(t.cell(1, 2).line, 4);
  EXPECT_EQ(t.cell(1, 2).column, 7);
  EXPECT_EQ(t.cell(2, 1).column, 3);
  EXPECT_EQ(t.cell(2, 2).column, 5);
  const SourceLocation at = t.at(t.cell(0, 2));
  EXPECT_EQ(at.file, "v.csv");
  EXPECT_EQ(at.line, 2);
  EXPECT_EQ(at.column, 12);
}

TEST(CsvReader, RaggedRowsNameTheirLine) {
  {
    const auto d = expect_error([] { csv("a,b,c\n1,2,3\n4,5\n6,7,8\n"); });
    EXPECT_EQ(d.where.file, "v.csv");
    EXPECT_EQ(d.where.line, 3);
    EXPECT_TRUE(contains(d.message, "2 fields")) << d.message;
    EXPECT_TRUE(contains(d.message, "header has 3")) << d.message;
  }
  {
    // A row after a multi-line quoted field: its own line counts.
    const auto d = expect_error([] { csv("a,b\n\"x\ny\",1\n1,2,3\n"); });
    EXPECT_EQ(d.where.line, 4);
  }
  {
    // The short row is the last one, without a line end.
    const auto d = expect_error([] { csv("a,b\n1,2\n3"); });
    EXPECT_EQ(d.where.line, 3);
  }
}

TEST(CsvReader, UnterminatedQuoteNamesTheOpeningQuote) {
  const auto d = expect_error([] { csv("a,b\n1,2\n3,\"never closed\n4,5\n"); });
  EXPECT_EQ(d.where.line, 3);
  EXPECT_EQ(d.where.column, 3);
  EXPECT_TRUE(contains(d.message, "never closed")) << d.message;
}

TEST(CsvReader, StrayQuotes) {
  {
    const auto d = expect_error([] { csv("a,b\n1,x\"y\n"); });
    EXPECT_EQ(d.where.line, 2);
    EXPECT_EQ(d.where.column, 4);
  }
  {
    const auto d = expect_error([] { csv("a,b\n1,\"x\"y\n"); });
    EXPECT_EQ(d.where.line, 2);
    EXPECT_EQ(d.where.column, 6);
  }
}

TEST(CsvReader, BareCarriageReturnIsAnError) {
  const auto d = expect_error([] { csv("a,b\r1,2\n"); });
  EXPECT_EQ(d.where.line, 1);
  EXPECT_TRUE(contains(d.message, "carriage return")) << d.message;
}

TEST(CsvReader, EmptyFile) {
  for (const char* text : {"", "\n", "\r\n\r\n", "\n\n\n"}) {
    const auto d = expect_error([&] { csv(text); });
    EXPECT_EQ(d.where.file, "v.csv");
    EXPECT_TRUE(contains(d.message, "empty")) << d.message;
  }
}

TEST(CsvReader, ManyRowsStayCheap) {
  std::string text = "id,a,b\n";
  for (int i = 0; i < 20000; ++i) text += "p" + std::to_string(i) + "," + std::to_string(i) + ",\"q\"\"" + "\"\n";
  const CsvTable t = csv(text);
  ASSERT_EQ(t.row_count(), 20000u);
  EXPECT_EQ(row(t, 19999), (Row{"p19999", "19999", "q\""}));
  EXPECT_EQ(t.cell(19999, 0).line, 20001);
}

}  // namespace
}  // namespace criterio
