// parse_yaml: YAML text in, a Document (a plain tree with positions) out.
// Positions are 1-based line:column of a node's first character, counted by
// hand in the comments.

#include <gtest/gtest.h>

#include <string>

#include "criterio/document.hpp"
#include "unit/test_support.hpp"

namespace criterio {
namespace {

using testing::contains;
using testing::expect_error;

Document yaml(const std::string& text, const ParseLimits& limits = {}) { return parse_yaml(text, "m.yaml", limits); }

TEST(YamlReader, BuildsTheTreeWithPositions) {
  const Document d = yaml(
      "title: Hosting\n"        // line 1
      "criteria:\n"             // line 2
      "  - id: uptime\n"        // line 3: '-' at column 3, 'id' at 5, 'uptime' at 9
      "    weight: 3\n"         // line 4: 'weight' at 5, '3' at 13
      "  - {id: price, w: 2}\n" // line 5: '{' at 5, 'id' at 6, 'price' at 10, 'w' at 17, '2' at 20
  );
  EXPECT_EQ(d.file, "m.yaml");
  const Node& root = d.root;
  ASSERT_TRUE(root.is_mapping());
  EXPECT_EQ(root.line, 1);
  EXPECT_EQ(root.column, 1);
  ASSERT_EQ(root.entries.size(), 2u);
  EXPECT_EQ(root.entries[0].first.text, "title");
  EXPECT_EQ(root.entries[0].second.text, "Hosting");
  EXPECT_EQ(root.entries[0].second.line, 1);
  EXPECT_EQ(root.entries[0].second.column, 8);

  const Node* criteria = root.find("criteria");
  ASSERT_NE(criteria, nullptr);
  ASSERT_TRUE(criteria->is_sequence());
  ASSERT_EQ(criteria->items.size(), 2u);
  const Node& first = criteria->items[0];
  ASSERT_TRUE(first.is_mapping());
  EXPECT_EQ(first.line, 3);
  EXPECT_EQ(first.column, 5);
  EXPECT_EQ(first.entries[0].first.line, 3);
  EXPECT_EQ(first.entries[0].first.column, 5);
  EXPECT_EQ(first.find("id")->column, 9);
  const Node* weight = first.find("weight");
  ASSERT_NE(weight, nullptr);
  EXPECT_EQ(weight->text, "3");
  EXPECT_EQ(weight->line, 4);
  EXPECT_EQ(weight->column, 13);

  const Node& second = criteria->items[1];
  ASSERT_TRUE(second.is_mapping());
  EXPECT_EQ(second.line, 5);
  EXPECT_EQ(second.column, 5);
  EXPECT_EQ(second.find("id")->text, "price");
  EXPECT_EQ(second.find("id")->column, 10);
  EXPECT_EQ(second.find("w")->line, 5);
  EXPECT_EQ(second.find("w")->column, 20);
  EXPECT_EQ(d.at(*second.find("w")).file, "m.yaml");
}

TEST(YamlReader, KeepsMappingOrder) {
  const Document d = yaml("z: 1\na: 2\nm: 3\n");
  ASSERT_EQ(d.root.entries.size(), 3u);
  EXPECT_EQ(d.root.entries[0].first.text, "z");
  EXPECT_EQ(d.root.entries[1].first.text, "a");
  EXPECT_EQ(d.root.entries[2].first.text, "m");
}

TEST(YamlReader, CrlfLineEndsCountLinesLikeLf) {
  const Document d = yaml("a: 1\r\nb: 2\r\n");
  EXPECT_EQ(d.root.find("b")->line, 2);
  EXPECT_EQ(d.root.find("b")->column, 4);
  EXPECT_EQ(d.root.find("b")->text, "2");
}

TEST(YamlReader, ColumnsCountCharactersNotBytes) {
  // "éé: 1": the value is the 5th character on the line (é is two bytes in
  // UTF-8). The JSON and CSV readers and check_text count characters; the
  // YAML reader must agree, or the same mistake is reported at different
  // columns depending on the format.
  const Document d = yaml("éé: 1\n");
  const Node* value = d.root.find("éé");
  ASSERT_NE(value, nullptr);
  EXPECT_EQ(value->column, 5);
}

TEST(YamlReader, QuotedScalarsAreStringsPlainOnesAreNot) {
  const Document d = yaml(
      "plain: 12\n"
      "double: \"12\"\n"
      "single: '12'\n"
      "block: |\n"
      "  two\n"
      "  lines\n"
      "word: yes\n");
  EXPECT_FALSE(d.root.find("plain")->quoted);
  EXPECT_EQ(d.root.find("plain")->text, "12");
  EXPECT_TRUE(d.root.find("double")->quoted);
  EXPECT_EQ(d.root.find("double")->text, "12");
  EXPECT_TRUE(d.root.find("single")->quoted);
  EXPECT_EQ(d.root.find("single")->text, "12");
  EXPECT_TRUE(d.root.find("block")->quoted);
  EXPECT_EQ(d.root.find("block")->text, "two\nlines\n");
  EXPECT_FALSE(d.root.find("word")->quoted);
  EXPECT_EQ(d.root.find("word")->text, "yes");
}

TEST(YamlReader, PlainScalarsKeepTheirTextAsWritten) {
  // The reader does not interpret numbers: 0x1F, 010 and 1_000 stay text for
  // the strict number parser to refuse with a reason.
  const Document d = yaml("a: 0x1F\nb: 010\nc: 1_000\nd: -0.50\n");
  EXPECT_EQ(d.root.find("a")->text, "0x1F");
  EXPECT_EQ(d.root.find("b")->text, "010");
  EXPECT_EQ(d.root.find("c")->text, "1_000");
  EXPECT_EQ(d.root.find("d")->text, "-0.50");
}

TEST(YamlReader, NullForms) {
  const Document d = yaml(
      "a: ~\n"
      "b: null\n"
      "c: Null\n"
      "d: NULL\n"
      "e:\n"
      "f: \"null\"\n"
      "g: 'null'\n"
      "h: nul\n");
  for (const char* key : {"a", "b", "c", "d", "e"}) {
    ASSERT_NE(d.root.find(key), nullptr) << key;
    EXPECT_TRUE(d.root.find(key)->is_null()) << key;
  }
  for (const char* key : {"f", "g"}) {
    EXPECT_TRUE(d.root.find(key)->is_scalar()) << key;
    EXPECT_TRUE(d.root.find(key)->quoted) << key;
    EXPECT_EQ(d.root.find(key)->text, "null") << key;
  }
  EXPECT_TRUE(d.root.find("h")->is_scalar());
  // Null given explicitly sits where it is written.
  EXPECT_EQ(d.root.find("b")->line, 2);
  EXPECT_EQ(d.root.find("b")->column, 4);
}

TEST(YamlReader, AnEmptyValueIsLocatedOnItsKeysLine) {
  // "e:" has no text; a message about its value (e.g. "missing: error") must
  // point at line 2, where the key is, not at the next key's line.
  const Document d = yaml("a: 1\ne:\nz: 2\n");
  const Node* e = d.root.find("e");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(e->is_null());
  EXPECT_EQ(e->line, 2);
}

TEST(YamlReader, EmptyTextIsANullDocument) {
  EXPECT_TRUE(yaml("").root.is_null());
  EXPECT_TRUE(yaml("# only a comment\n").root.is_null());
}

TEST(YamlReader, AnchorsWithoutAliasesAreAccepted) {
  const Document d = yaml("a: &first 1\nb: 2\n");
  EXPECT_EQ(d.root.find("a")->text, "1");
  EXPECT_EQ(d.root.find("b")->text, "2");
}

TEST(YamlReader, RefusesAliases) {
  const auto d = expect_error([] { yaml("a: &x 1\nb: *x\n"); });
  EXPECT_EQ(d.where.file, "m.yaml");
  EXPECT_EQ(d.where.line, 2);
  EXPECT_EQ(d.where.column, 4);
  EXPECT_TRUE(contains(d.message, "alias")) << d.message;
}

TEST(YamlReader, RefusesMergeKeys) {
  const auto d = expect_error([] { yaml("base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2\n"); });
  EXPECT_EQ(d.where.line, 3);
  EXPECT_TRUE(contains(d.message, "alias")) << d.message;
}

TEST(YamlReader, RefusesSelfReference) {
  const auto d = expect_error([] { yaml("a: &a [1, *a]\n"); });
  EXPECT_EQ(d.where.line, 1);
  EXPECT_EQ(d.where.column, 11);
}

TEST(YamlReader, RefusesBillionLaughsAtTheFirstAlias) {
  // Nine levels of ten aliases each would expand to 10^9 strings; the reader
  // must stop at the first alias (line 2) instead of expanding anything.
  std::string text = "l0: &l0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
  for (int level = 1; level <= 9; ++level) {
    const std::string prev = "*l" + std::to_string(level - 1);
    text += "l" + std::to_string(level) + ": &l" + std::to_string(level) + " [";
    for (int k = 0; k < 10; ++k) text += (k ? "," : "") + prev;
    text += "]\n";
  }
  const auto d = expect_error([&] { yaml(text); });
  EXPECT_EQ(d.where.line, 2);
  EXPECT_TRUE(contains(d.message, "alias")) << d.message;
}

TEST(YamlReader, RefusesASecondDocument) {
  const auto d = expect_error([] { yaml("a: 1\n---\nb: 2\n"); });
  EXPECT_EQ(d.where.line, 2);
  EXPECT_TRUE(contains(d.message, "more than one YAML document")) << d.message;
  // A single document with explicit markers is fine.
  EXPECT_EQ(yaml("---\na: 1\n...\n").root.find("a")->text, "1");
}

TEST(YamlReader, RefusesDuplicateKeysAtTheSecondKey) {
  const auto d = expect_error([] { yaml("a: 1\nb: 2\na: 3\n"); });
  EXPECT_EQ(d.where.file, "m.yaml");
  EXPECT_EQ(d.where.line, 3);
  EXPECT_EQ(d.where.column, 1);
  EXPECT_TRUE(contains(d.message, "duplicate key")) << d.message;
  EXPECT_TRUE(contains(d.message, "\"a\"")) << d.message;
}

TEST(YamlReader, DuplicateKeysInNestedMappings) {
  const auto d = expect_error([] { yaml("outer:\n  x: 1\n  y: 2\n  x: 3\n"); });
  EXPECT_EQ(d.where.line, 4);
  EXPECT_EQ(d.where.column, 3);
  // The same key in two different mappings is not a duplicate.
  EXPECT_NO_THROW(yaml("p: {a: 1}\nq: {a: 2}\n"));
}

TEST(YamlReader, RefusesComplexKeys) {
  const auto d = expect_error([] { yaml("? [a, b]\n: 1\n"); });
  EXPECT_TRUE(contains(d.message, "key")) << d.message;
}

TEST(YamlReader, TagsOtherThanStrAreRefused) {
  for (const char* text : {"a: !!int 1\n", "a: !foo 1\n", "a: !!map {b: 1}\n", "a: !!seq [1]\n", "a: !!float 1\n"}) {
    const auto d = expect_error([&] { yaml(text); });
    EXPECT_EQ(d.where.line, 1) << text;
    EXPECT_EQ(d.where.column, 4) << text;
    EXPECT_TRUE(contains(d.message, "tag")) << d.message;
  }
  // !!str makes a plain scalar a string.
  const Document d = yaml("a: !!str 12\n");
  EXPECT_TRUE(d.root.find("a")->quoted);
  EXPECT_EQ(d.root.find("a")->text, "12");
}

TEST(YamlReader, DepthLimit) {
  ParseLimits limits;
  limits.max_depth = 3;
  // mapping > list > list: three levels, allowed.
  EXPECT_NO_THROW(yaml("a: [[1]]\n", limits));
  // mapping > list > list > list: the fourth opens at column 6.
  const auto d = expect_error([&] { yaml("a: [[[1]]]\n", limits); });
  EXPECT_EQ(d.where.line, 1);
  EXPECT_EQ(d.where.column, 6);
  EXPECT_TRUE(contains(d.message, "3 levels")) << d.message;
}

TEST(YamlReader, DefaultDepthLimitStopsDeepNesting) {
  const std::string deep = std::string(1000, '[') + std::string(1000, ']');
  const auto d = expect_error([&] { yaml(deep); });
  EXPECT_EQ(d.where.line, 1);
  EXPECT_EQ(d.where.column, ParseLimits{}.max_depth + 1);
  // Exactly at the default limit is fine.
  const int n = ParseLimits{}.max_depth;
  EXPECT_NO_THROW(yaml(std::string(static_cast<std::size_t>(n), '[') + std::string(static_cast<std::size_t>(n), ']')));
}

TEST(YamlReader, NodeLimitCountsKeysAndValues) {
  ParseLimits limits;
  limits.max_nodes = 3;  // "a: 1" is a mapping, a key and a value
  EXPECT_NO_THROW(yaml("a: 1\n", limits));
  limits.max_nodes = 4;
  const auto d = expect_error([&] { yaml("a: 1\nb: 2\n", limits); });
  EXPECT_EQ(d.where.line, 2);  // the fifth node is the value 2
  EXPECT_EQ(d.where.column, 4);
  EXPECT_TRUE(contains(d.message, "more than 4")) << d.message;
}

TEST(YamlReader, ScalarSizeLimit) {
  ParseLimits limits;
  limits.max_scalar_bytes = 4;
  EXPECT_EQ(yaml("a: abcd\n", limits).root.find("a")->text, "abcd");
  const auto d = expect_error([&] { yaml("a: x\nb: abcde\n", limits); });
  EXPECT_EQ(d.where.line, 2);
  EXPECT_EQ(d.where.column, 4);
}

TEST(YamlReader, DocumentSizeLimit) {
  ParseLimits limits;
  limits.max_document_bytes = 8;
  EXPECT_NO_THROW(yaml("a: 12345", limits));  // 8 bytes
  const auto d = expect_error([&] { yaml("a: 123456", limits); });
  EXPECT_EQ(d.where.file, "m.yaml");
  EXPECT_TRUE(contains(d.message, "CSV")) << d.message;
}

TEST(YamlReader, SyntaxErrorsNameFileLineAndColumn) {
  {
    const auto d = expect_error([] { yaml("a: 1\nb: [1, 2\nc: 3\n"); });
    EXPECT_EQ(d.where.file, "m.yaml");
    EXPECT_GE(d.where.line, 2);
    EXPECT_GE(d.where.column, 1);
    EXPECT_TRUE(contains(d.message, "YAML syntax")) << d.message;
    EXPECT_TRUE(contains(d.format(), "m.yaml:" + std::to_string(d.where.line) + ":")) << d.format();
  }
  {
    const auto d = expect_error([] { yaml("a: 1\nb: c: d\n"); });
    EXPECT_EQ(d.where.line, 2);
    EXPECT_TRUE(contains(d.message, "YAML syntax")) << d.message;
  }
  {
    const auto d = expect_error([] { yaml("a:\n  - 1\n - 2\n"); });
    EXPECT_EQ(d.where.file, "m.yaml");
    EXPECT_GE(d.where.line, 2);
  }
}

TEST(YamlReader, AnUnterminatedQuoteIsAnError) {
  // The closing quote is missing: the rest of the file must not be swallowed
  // into the string ("abc b: 2"), silently losing key b.
  const auto d = expect_error([] { yaml("a: \"abc\nb: 2\n"); });
  EXPECT_EQ(d.where.file, "m.yaml");
  EXPECT_EQ(d.where.line, 1);
  expect_error([] { yaml("a: 'abc\n"); });
}

}  // namespace
}  // namespace criterio
