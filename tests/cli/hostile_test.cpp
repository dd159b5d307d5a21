// Hostile input: every file in tests/data/hostile/ (small, committed) and a
// few large or special ones made at test time (deep nesting, huge scalars, a
// directory, a FIFO, a missing path). Each goes through both `rank` and
// `validate`, and each must end cleanly: the right exit code (3 for invalid
// content, 4 for what cannot be read), no signal, no hang, nothing on
// standard output and a message on standard error naming the file, and the
// line and column where there is one.

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/types.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/cli_support.hpp"

namespace criterio::testing {
namespace {

const std::string k_hostile = "tests/data/hostile/";

struct HostileCase {
  std::string file;      // in tests/data/hostile/, or in the generated directory when `generated`
  int exit_code;         // 3 invalid content, 4 cannot read
  std::string location;  // "line:column" expected after "file:", or "" when the problem has no place
  std::string keyword;   // a word the message must contain (case-insensitive), or ""
  bool generated = false;
};

std::ostream& operator<<(std::ostream& out, const HostileCase& c) { return out << c.file; }

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// Large and special inputs, made when a test first asks for them (ctest runs
// each test in its own process, so nothing is made that is not used).
class Generated {
 public:
  static Generated& get() {
    static Generated instance;
    return instance;
  }

  std::string path(const std::string& name) {
    const std::string path = m_dir / name;
    if (!file_exists(path)) make(name, path);
    return path;
  }

 private:
  static void make(const std::string& name, const std::string& path) {
    const std::string head = "criteria: " + source_path(k_hostile) + "tiny-criteria.yaml\nproviders:\n  - id: alpha\n";
    const std::string big(3u << 20, 'x');
    if (name == "deep-flow.yaml") {  // 10,000 levels of flow lists as a value
      write_file(path, head + "    values: {price: 1, quality: " + std::string(10000, '[') + std::string(10000, ']') +
                           "}\n");
    } else if (name == "deep-block.yaml") {  // 10,000 levels of block lists ("- - - ... 1")
      std::string block = head + "    values:\n      quality:\n        ";
      for (int i = 0; i < 10000; ++i) block += "- ";
      write_file(path, block + "1\n");
    } else if (name == "deep-indent.yaml") {  // 2,000 levels of block mappings, one more space each (2 MB)
      std::string indent;
      for (int i = 0; i < 2000; ++i) indent += std::string(static_cast<std::size_t>(i), ' ') + "k:\n";
      write_file(path, indent + std::string(2000, ' ') + "v: 1\n");
    } else if (name == "deep-array.json") {  // 10,000 levels of JSON arrays
      write_file(path, "{\"providers\": [{\"id\": \"alpha\", \"values\": {\"price\": " + std::string(10000, '[') +
                           std::string(10000, ']') + "}}]}\n");
    } else if (name == "deep-object.json") {  // 10,000 levels of JSON objects
      std::string objects;
      for (int i = 0; i < 10000; ++i) objects += "{\"a\": ";
      write_file(path, objects + "1" + std::string(10000, '}') + "\n");
    } else if (name == "huge-scalar.yaml") {  // 3 MiB scalars ...
      write_file(path, "criteria: tiny\nproviders:\n  - id: alpha\n    name: " + big + "\n");
    } else if (name == "huge-quoted.yaml") {
      write_file(path, "criteria: tiny\nproviders:\n  - id: alpha\n    name: \"" + big + "\"\n");
    } else if (name == "huge-string.json") {
      write_file(path, "{\"providers\": [{\"id\": \"alpha\", \"name\": \"" + big + "\"}]}\n");
    } else if (name == "huge-cell.csv") {
      write_file(path, "id,price\nalpha," + std::string(3u << 20, '7') + "\n");
    } else if (name == "oversized.yaml") {  // a YAML document over the 16 MiB limit, made of comments
      std::string comments = head + "    values: {price: 1, quality: 2}\n";
      const std::string comment = "# " + std::string(98, 'c') + "\n";
      comments.reserve(comments.size() + 170000 * comment.size());
      for (int i = 0; i < 170000; ++i) comments += comment;
      write_file(path, comments);
    } else if (name == "a-directory.yaml") {
      ::mkdir(path.c_str(), 0700);
    } else if (name == "a-fifo.yaml") {  // nobody ever writes to it: reading it would block forever
      if (::mkfifo(path.c_str(), 0600) != 0) throw std::runtime_error("mkfifo failed");
    }
    // Anything else is left missing on purpose.
  }

  TempDir m_dir;
};

const HostileCase k_cases[] = {
    // Aliases and anchors: refused, wherever they are.
    {"billion-laughs.yaml", 3, "4:8", "alias"},
    {"self-alias.yaml", 3, "5:11", "alias"},
    {"merge-key.yaml", 3, "6:11", "alias"},
    // Encodings.
    {"invalid-utf8.yaml", 3, "4:14", "utf-8"},
    {"invalid-utf8.json", 3, "2:44", "utf-8"},
    {"invalid-utf8.csv", 3, "3:9", "utf-8"},
    {"overlong-utf8.yaml", 3, "4:12", "utf-8"},
    {"nul-byte.yaml", 3, "4:14", "nul"},
    {"nul-byte.csv", 3, "2:9", "nul"},
    // Duplicate keys and columns.
    {"duplicate-key.yaml", 3, "4:36", "duplicate"},
    {"duplicate-key-block.yaml", 3, "7:7", "duplicate"},
    {"duplicate-key.json", 3, "2:69", "duplicate"},
    {"duplicate-top-key.yaml", 3, "3:1", "duplicate"},
    {"duplicate-column.csv", 3, "1:10", "duplicate"},
    // Numbers that are not plain finite decimals.
    {"nan.yaml", 3, "4:21", ".nan"},
    {"nan-word.yaml", 3, "4:21", "nan"},
    {"inf.yaml", 3, "4:21", ".inf"},
    {"negative-inf.yaml", 3, "4:21", ".inf"},
    {"huge-number.yaml", 3, "4:21", "1e400"},
    {"hex.yaml", 3, "4:21", "0x10"},
    {"octal.yaml", 3, "4:21", "010"},
    {"octal-0o.yaml", 3, "4:21", "0o10"},
    {"nan.json", 3, "2:52", "nan"},
    {"infinity.json", 3, "2:52", "infinity"},
    {"huge-number.json", 3, "2:52", "1e400"},
    {"hex.json", 3, "2:52", "0x10"},
    {"octal.json", 3, "2:52", "010"},
    {"nan.csv", 3, "3:6", "nan"},
    {"inf.csv", 3, "3:6", "inf"},
    {"huge-number.csv", 3, "3:6", "1e400"},
    {"hex.csv", 3, "3:6", "0x10"},
    {"octal.csv", 3, "3:6", "010"},
    // CSV structure.
    {"ragged-short.csv", 3, "3:1", "2 fields"},
    {"ragged-long.csv", 3, "3:1", "4 fields"},
    {"unterminated-quote.csv", 3, "2:7", "quote"},
    // An id with a control character and no name column (the name is the id): found by fuzzing.
    {"control-id.csv", 3, "3:1", "not valid"},
    // Empty files, several documents, tags.
    {"empty.yaml", 3, "", "empty"},
    {"empty.json", 3, "", "empty"},
    {"empty.csv", 3, "", "empty"},
    {"two-documents.yaml", 3, "5:1", "document"},
    {"python-tag.yaml", 3, "3:5", "tag"},
    {"custom-tag.yaml", 3, "4:21", "tag"},
    // Made at test time.
    {"deep-flow.yaml", 3, "", "nested", true},
    {"deep-block.yaml", 3, "", "nested", true},
    {"deep-indent.yaml", 3, "", "nested", true},
    {"deep-array.json", 3, "", "nested", true},
    {"deep-object.json", 3, "", "nested", true},
    {"huge-scalar.yaml", 3, "4:11", "limit", true},
    {"huge-quoted.yaml", 3, "4:11", "limit", true},
    {"huge-string.json", 3, "", "limit", true},
    {"huge-cell.csv", 3, "2:7", "", true},
    {"oversized.yaml", 3, "", "16 MiB", true},
    {"a-directory.yaml", 4, "", "directory", true},
    {"a-fifo.yaml", 4, "", "regular file", true},
    {"no-such-file.yaml", 4, "", "no such file", true},
};

class CliHostileInput : public ::testing::TestWithParam<HostileCase> {
 protected:
  std::string path() const {
    const HostileCase& c = GetParam();
    return c.generated ? Generated::get().path(c.file) : source_path(k_hostile + c.file);
  }

  void check(const std::string& command) const {
    const HostileCase& c = GetParam();
    const std::string file = path();
    SCOPED_TRACE("criterio " + command + " " + file);
    const RunResult r = run({command, file}, "", k_source, 10);
    expect_clean_failure(r, c.exit_code);
    EXPECT_NE(r.signal, 9) << "killed after the timeout: the run hung";
    const std::string where = c.location.empty() ? file + ":" : file + ":" + c.location + ":";
    EXPECT_TRUE(contains(r.err, where)) << "expected the message to start with " << where << "\n" << describe(r);
    if (!c.keyword.empty()) {
      EXPECT_TRUE(contains(lower(r.err), lower(c.keyword))) << "expected '" << c.keyword << "'\n" << describe(r);
    }
    EXPECT_LT(r.err.size(), 4000u) << "the message should be short, not the input echoed back";
    EXPECT_TRUE(is_utf8(r.err)) << "standard error must stay valid UTF-8";
  }
};

TEST_P(CliHostileInput, RankRefusesItCleanly) { check("rank"); }

TEST_P(CliHostileInput, ValidateRefusesItCleanly) { check("validate"); }

std::string case_name(const ::testing::TestParamInfo<HostileCase>& info) {
  std::string name;
  for (char c : info.param.file) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Corpus, CliHostileInput, ::testing::ValuesIn(k_cases), case_name);

// Inputs that look unusual but are valid: a byte order mark, CRLF line ends,
// CSV fields with commas, quotes and line breaks. They must rank exactly like
// their plain versions.
struct AcceptedCase {
  std::string file;
};

std::ostream& operator<<(std::ostream& out, const AcceptedCase& c) { return out << c.file; }

class CliAcceptedInput : public ::testing::TestWithParam<AcceptedCase> {};

TEST_P(CliAcceptedInput, RanksLikeThePlainFile) {
  const std::string file = source_path(k_hostile + GetParam().file);
  const RunResult r = run({"rank", file, "-f", "json"});
  expect_success(r);
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["ranking"].size(), 2u) << r.out;
  std::vector<std::string> ids;
  for (const auto& p : j["ranking"]) {
    ids.push_back(p["id"].get<std::string>());
    EXPECT_FALSE(contains(p["name"].get<std::string>(), "\r")) << "a CR leaked into a name";
    EXPECT_FALSE(contains(p["name"].get<std::string>(), "\xef\xbb\xbf")) << "the BOM leaked into a name";
  }
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids, (std::vector<std::string>{"alpha", "beta"}));
  for (const auto& c : j["criteria"]) {
    EXPECT_TRUE(c["id"] == "price" || c["id"] == "quality") << c.dump();
  }

  const RunResult v = run({"validate", file});
  expect_success(v);
  EXPECT_TRUE(contains(v.out, "ok")) << describe(v);
  EXPECT_FALSE(contains(v.err, "error")) << describe(v);
}

INSTANTIATE_TEST_SUITE_P(Corpus, CliAcceptedInput,
                         ::testing::Values(AcceptedCase{"bom.yaml"}, AcceptedCase{"bom.json"}, AcceptedCase{"bom.csv"},
                                           AcceptedCase{"crlf.yaml"}, AcceptedCase{"crlf.csv"},
                                           AcceptedCase{"quoted-fields.csv"}),
                         [](const auto& info) {
                           std::string name;
                           for (char c : info.param.file) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                           return name;
                         });

TEST(CliHostileAccepted, QuotedCsvFieldsKeepCommasQuotesAndLineBreaks) {
  const RunResult r = run({"rank", k_hostile + "quoted-fields.csv", "-f", "json"});
  expect_success(r);
  const auto j = nlohmann::json::parse(r.out);
  std::map<std::string, std::string> names;
  for (const auto& p : j["ranking"]) names[p["id"]] = p["name"];
  EXPECT_EQ(names["alpha"], "Acme, Inc.");
  EXPECT_EQ(names["beta"], "Two\nlines, \"quoted\"");
}

TEST(CliHostileAccepted, ByteOrderMarkAndCrlfGiveTheSameScoresAsPlainFiles) {
  const RunResult bom = run({"rank", k_hostile + "bom.csv", "-f", "json"});
  const RunResult crlf = run({"rank", k_hostile + "crlf.csv", "-f", "json"});
  expect_success(bom);
  expect_success(crlf);
  const auto a = nlohmann::json::parse(bom.out), b = nlohmann::json::parse(crlf.out);
  EXPECT_EQ(a["ranking"], b["ranking"]);
}

// Hostile content on standard input is reported as <stdin>, with its place.
TEST(CliHostileStdin, InvalidUtf8OnStandardInput) {
  const std::string text = read_file(source_path(k_hostile + "invalid-utf8.csv"));
  const RunResult r = run({"rank", "-"}, text);
  expect_clean_failure(r, 3);
  EXPECT_TRUE(contains(r.err, "<stdin>:3:9:")) << describe(r);
}

TEST(CliHostileStdin, DeepJsonLikeTextOnStandardInput) {
  const RunResult r = run({"rank", "-"}, std::string(100000, '[') + std::string(100000, ']'));
  EXPECT_EQ(r.signal, 0) << describe(r);
  EXPECT_EQ(r.exit_code, 3) << describe(r);
  EXPECT_TRUE(r.out.empty());
  EXPECT_TRUE(contains(r.err, "<stdin>")) << describe(r);
}

TEST(CliHostileStdin, NulByteOnStandardInput) {
  const RunResult r = run({"validate", "-"}, std::string("id,price\nalpha,1\0\n", 18));
  EXPECT_EQ(r.signal, 0) << describe(r);
  EXPECT_EQ(r.exit_code, 3) << describe(r);
  EXPECT_TRUE(contains(r.err, "<stdin>:2:8:")) << describe(r);
}

// Two files given: the bad one is named, and nothing is ranked.
TEST(CliHostileMixed, OneBadFileAmongGoodOnesStopsTheRanking) {
  TempDir dir;
  write_file(dir / "more.csv", "id,name,price,quality\ngamma,Gamma,2,2\ndelta,Delta,NaN,1\n");
  const RunResult r = run({"rank", k_hostile + "bom.csv", dir / "more.csv"});
  expect_clean_failure(r, 3);
  EXPECT_TRUE(contains(r.err, dir / "more.csv:3:13:")) << describe(r);
}

}  // namespace
}  // namespace criterio::testing
