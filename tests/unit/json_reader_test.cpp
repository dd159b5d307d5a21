// parse_json: strict RFC 8259 JSON text in, the same Document tree as YAML out.

#include <gtest/gtest.h>

#include <string>

#include "criterio/document.hpp"
#include "unit/test_support.hpp"

namespace criterio {
namespace {

using testing::contains;
using testing::expect_error;

Document json(const std::string& text, const ParseLimits& limits = {}) { return parse_json(text, "p.json", limits); }

Diagnostic json_error(const std::string& text, const ParseLimits& limits = {}) {
  return expect_error([&] { json(text, limits); });
}

TEST(JsonReader, BuildsTheTreeWithPositions) {
  const Document d = json(
      "{\n"                                    // line 1
      "  \"title\": \"Hosting\",\n"            // line 2: key at 3, value at 12
      "  \"list\": [1, \"two\", null, true],\n"  // line 3: '[' at 11, 1 at 12, "two" at 15, null at 22, true at 28
      "  \"obj\": {\"k\": -0.5e3}\n"           // line 4: '{' at 10, "k" at 11, value at 16
      "}\n");
  const Node& root = d.root;
  ASSERT_TRUE(root.is_mapping());
  EXPECT_EQ(root.line, 1);
  EXPECT_EQ(root.column, 1);
  ASSERT_EQ(root.entries.size(), 3u);
  EXPECT_EQ(root.entries[0].first.text, "title");
  EXPECT_EQ(root.entries[0].first.line, 2);
  EXPECT_EQ(root.entries[0].first.column, 3);
  EXPECT_EQ(root.entries[0].second.column, 12);
  EXPECT_TRUE(root.entries[0].second.quoted);

  const Node* list = root.find("list");
  ASSERT_TRUE(list && list->is_sequence());
  EXPECT_EQ(list->line, 3);
  EXPECT_EQ(list->column, 11);
  ASSERT_EQ(list->items.size(), 4u);
  EXPECT_EQ(list->items[0].text, "1");
  EXPECT_FALSE(list->items[0].quoted);
  EXPECT_EQ(list->items[0].column, 12);
  EXPECT_EQ(list->items[1].text, "two");
  EXPECT_TRUE(list->items[1].quoted);
  EXPECT_EQ(list->items[1].column, 15);
  EXPECT_TRUE(list->items[2].is_null());
  EXPECT_EQ(list->items[2].column, 22);
  EXPECT_EQ(list->items[3].text, "true");
  EXPECT_FALSE(list->items[3].quoted);
  EXPECT_EQ(list->items[3].column, 28);

  const Node* obj = root.find("obj");
  ASSERT_TRUE(obj && obj->is_mapping());
  EXPECT_EQ(obj->line, 4);
  EXPECT_EQ(obj->column, 10);
  EXPECT_EQ(obj->find("k")->text, "-0.5e3");  // numbers keep their text
  EXPECT_EQ(obj->find("k")->column, 16);
}

TEST(JsonReader, ColumnsCountCharacters) {
  // "é" is one character (two bytes); the value 1 is the 7th character.
  const Document d = json("{\"é\": 1}");
  EXPECT_EQ(d.root.find("é")->column, 7);
}

TEST(JsonReader, ScalarsAtTheTop) {
  EXPECT_EQ(json("42").root.text, "42");
  EXPECT_TRUE(json("null").root.is_null());
  EXPECT_TRUE(json("\"s\"").root.quoted);
  EXPECT_TRUE(json("[]").root.is_sequence());
  EXPECT_TRUE(json(" {} ").root.is_mapping());
}

TEST(JsonReader, ValidNumbers) {
  for (const char* n : {"0", "-0", "12", "-12", "0.5", "1e3", "1E+2", "2.5e-3", "-0.0"}) {
    const Document d = json(std::string("[") + n + "]");
    EXPECT_EQ(d.root.items.at(0).text, n);
    EXPECT_FALSE(d.root.items.at(0).quoted);
  }
}

TEST(JsonReader, Escapes) {
  const Document d = json(R"(["a\"b", "back\\slash", "\/", "\b\f\n\r\t", "\u0041\u00e9\u20ac"])");
  ASSERT_EQ(d.root.items.size(), 5u);
  EXPECT_EQ(d.root.items[0].text, "a\"b");
  EXPECT_EQ(d.root.items[1].text, "back\\slash");
  EXPECT_EQ(d.root.items[2].text, "/");
  EXPECT_EQ(d.root.items[3].text, "\b\f\n\r\t");
  EXPECT_EQ(d.root.items[4].text, "A\xC3\xA9\xE2\x82\xAC");  // A, é (U+00E9), € (U+20AC)
}

TEST(JsonReader, SurrogatePairsBecomeOneCodePoint) {
  // U+1F600 = D83D DE00 = F0 9F 98 80 in UTF-8; U+10FFFF = DBFF DFFF = F4 8F BF BF.
  EXPECT_EQ(json(R"("\ud83d\ude00")").root.text, "\xF0\x9F\x98\x80");
  EXPECT_EQ(json(R"("\uD83D\uDE00")").root.text, "\xF0\x9F\x98\x80");
  EXPECT_EQ(json(R"("\udbff\udfff")").root.text, "\xF4\x8F\xBF\xBF");
  EXPECT_EQ(json(R"("x\ud800\udc00y")").root.text, "x\xF0\x90\x80\x80y");  // U+10000
}

TEST(JsonReader, BadEscapes) {
  for (const char* text : {R"("\ud800")", R"("\udc00")", R"("\ud800\u0041")", R"("\u12")", R"("\uZZZZ")",
                           R"("\x41")", R"("\u0000")", R"("\')"}) {
    const auto d = json_error(text);
    EXPECT_EQ(d.where.line, 1) << text;
    EXPECT_TRUE(contains(d.message, "JSON syntax")) << d.message;
  }
  EXPECT_TRUE(contains(json_error(R"("\udc00")").message, "surrogate"));
  EXPECT_TRUE(contains(json_error(R"("\ud800")").message, "surrogate"));
}

TEST(JsonReader, RefusesInvalidForms) {
  struct Case {
    const char* text;
    int line, column;
  };
  const Case cases[] = {
      {"[1,]", 1, 4},                // trailing comma in an array
      {"{\"a\": 1,}", 1, 9},         // trailing comma in an object
      {"[01]", 1, 2},                // leading zero
      {"[-01]", 1, 2},
      {"[NaN]", 1, 2},
      {"[Infinity]", 1, 2},
      {"[-Infinity]", 1, 2},
      {"[+1]", 1, 2},
      {"[.5]", 1, 2},
      {"[1.]", 1, 2},
      {"[1e]", 1, 2},
      {"[0x10]", 1, 2},
      {"{'a': 1}", 1, 2},            // single quotes
      {"['a']", 1, 2},
      {"[1] // comment", 1, 5},      // comments
      {"/* c */ [1]", 1, 1},
      {"[1]\n# c", 2, 1},
      {"[1] x", 1, 5},               // trailing garbage
      {"{\"a\": 1}{}", 1, 9},
      {"[1 2]", 1, 4},               // missing comma
      {"{\"a\" 1}", 1, 6},           // missing colon
      {"{a: 1}", 1, 2},              // unquoted key
      {"[tru]", 1, 2},
      {"[1,\n 2,\n ]", 3, 2},
      {"\"tab\there\"", 1, 5},       // raw control character in a string
      {"[\"abc", 1, 6},              // unterminated string
      {"{\"a\": [1, 2}", 1, 12},     // mismatched bracket
  };
  for (const auto& c : cases) {
    const auto d = json_error(c.text);
    EXPECT_EQ(d.where.file, "p.json") << c.text;
    EXPECT_EQ(d.where.line, c.line) << c.text << " -> " << d.format();
    EXPECT_EQ(d.where.column, c.column) << c.text << " -> " << d.format();
    EXPECT_TRUE(contains(d.message, "JSON syntax")) << d.message;
  }
}

TEST(JsonReader, EmptyInputIsAnError) {
  EXPECT_TRUE(contains(json_error("").message, "empty"));
  EXPECT_TRUE(contains(json_error("  \n ").message, "empty"));
}

TEST(JsonReader, TruncatedInputIsAnError) {
  for (const char* text : {"{", "[", "{\"a\"", "{\"a\":", "[1,", "\"abc"}) {
    const auto d = json_error(text);
    EXPECT_EQ(d.where.line, 1) << text;
  }
}

TEST(JsonReader, DuplicateKeysAtTheSecondKey) {
  const auto d = json_error("{\n  \"a\": 1,\n  \"b\": 2,\n  \"a\": 3\n}");
  EXPECT_EQ(d.where.line, 4);
  EXPECT_EQ(d.where.column, 3);
  EXPECT_TRUE(contains(d.message, "duplicate key \"a\"")) << d.message;
  // The same key in sibling objects is fine; escapes are compared after decoding.
  EXPECT_NO_THROW(json(R"([{"a": 1}, {"a": 2}])"));
  EXPECT_TRUE(contains(json_error(R"({"a": 1, "\u0061": 2})").message, "duplicate"));
}

TEST(JsonReader, DepthLimit) {
  ParseLimits limits;
  limits.max_depth = 3;
  EXPECT_NO_THROW(json(R"({"a": [[1]]})", limits));
  const auto d = json_error(R"({"a": [[[1]]]})", limits);
  EXPECT_EQ(d.where.line, 1);
  EXPECT_EQ(d.where.column, 9);  // {"a": [[[ : the fourth level opens at column 9
  EXPECT_TRUE(contains(d.message, "3 levels")) << d.message;
}

TEST(JsonReader, DefaultDepthLimitStopsDeepNestingWithoutCrashing) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const auto d = json_error(deep);
  EXPECT_EQ(d.where.column, ParseLimits{}.max_depth + 1);
}

TEST(JsonReader, NodeLimit) {
  ParseLimits limits;
  limits.max_nodes = 3;  // {"a": 1}: object, key, value
  EXPECT_NO_THROW(json(R"({"a": 1})", limits));
  limits.max_nodes = 4;
  const auto d = json_error(R"({"a": 1, "b": 2})", limits);
  EXPECT_EQ(d.where.column, 15);  // the fifth node: the value 2
  EXPECT_TRUE(contains(d.message, "more than 4")) << d.message;
}

TEST(JsonReader, StringSizeLimit) {
  ParseLimits limits;
  limits.max_scalar_bytes = 4;
  EXPECT_EQ(json(R"(["abcd"])", limits).root.items[0].text, "abcd");
  const auto d = json_error(R"(["abcde"])", limits);
  EXPECT_EQ(d.where.line, 1);
  EXPECT_TRUE(contains(d.message, "longer than")) << d.message;
}

TEST(JsonReader, DocumentSizeLimit) {
  ParseLimits limits;
  limits.max_document_bytes = 4;
  EXPECT_NO_THROW(json("[12]", limits));
  EXPECT_TRUE(contains(json_error("[123]", limits).message, "CSV"));
}

TEST(ParseStructured, ChoosesByExtension) {
  EXPECT_TRUE(parse_structured("{\"a\": 1}", "x.json").root.is_mapping());
  // YAML accepts a flow mapping too, but only JSON refuses YAML-only syntax.
  EXPECT_TRUE(parse_structured("a: 1\n", "x.yaml").root.is_mapping());
  expect_error([] { parse_structured("a: 1\n", "x.json"); });
  expect_error([] { parse_structured("a: 1\n", "x.JSON"); });
}

}  // namespace
}  // namespace criterio
