// The golden outputs: each case of tests/golden/cases.txt is run and what it
// printed (exit code, standard output, standard error) is compared byte for
// byte with tests/golden/expected/NAME.txt. A binary standard output (a
// workbook) is kept beside it as NAME.bin. With CRITERIO_UPDATE_GOLDEN=1 the
// expected files are written instead (tests/golden/README.md).

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli/run.hpp"

namespace criterio::testing {
namespace {

namespace fs = std::filesystem;

const fs::path k_golden = fs::path(CRITERIO_SOURCE_DIR) / "tests" / "golden";
// Generous: the sanitizer build runs the sensitivity cases many times slower.
constexpr int k_timeout_seconds = 120;

struct GoldenCase {
  std::string name;  // NAME.FORMAT.LANGUAGE, the file name of its expected output
  std::vector<std::string> args;
};

std::vector<std::string> words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string word; in >> word;) out.push_back(word);
  return out;
}

std::vector<std::string> split_columns(const std::string& line) {
  std::vector<std::string> columns;
  std::size_t start = 0;
  for (std::size_t bar; (bar = line.find('|', start)) != std::string::npos && columns.size() < 3; start = bar + 1)
    columns.push_back(line.substr(start, bar - start));
  columns.push_back(line.substr(start));
  return columns;
}

// One line of cases.txt, expanded over its formats and languages.
void expand(const std::string& line, std::vector<GoldenCase>& cases) {
  const std::vector<std::string> columns = split_columns(line);
  if (columns.size() != 4) throw std::runtime_error("tests/golden/cases.txt: not NAME | FORMATS | LANGUAGES | ARGS: " + line);
  const std::string name = words(columns[0]).at(0);
  const std::vector<std::string> args = words(columns[3]);
  for (const std::string& format : words(columns[1])) {
    for (const std::string& language : words(columns[2])) {
      GoldenCase c{name, args};
      for (const auto& [value, flag] : {std::pair{format, "-f"}, std::pair{language, "--lang"}}) {
        c.name += "." + (value == "-" ? std::string("none") : value);
        if (value == "-") continue;
        c.args.push_back(flag);
        c.args.push_back(value);
      }
      cases.push_back(std::move(c));
    }
  }
}

std::vector<GoldenCase> load_cases() {
  std::ifstream in(k_golden / "cases.txt");
  std::vector<GoldenCase> cases;
  for (std::string line; std::getline(in, line);) {
    if (line.find_first_not_of(" \t") == std::string::npos || line[0] == '#') continue;
    expand(line, cases);
  }
  return cases;
}

const std::vector<GoldenCase>& all_cases() {
  static const std::vector<GoldenCase> cases = load_cases();
  return cases;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_file(const fs::path& path, const std::string& content) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

bool is_binary(const std::string& text) { return text.find('\0') != std::string::npos || text.starts_with("PK"); }

// What a run printed, as one text; a binary standard output is named, its
// bytes returned in `binary`.
std::string transcript(const GoldenCase& c, const RunResult& r, std::string& binary) {
  std::string out = "$ criterio";
  for (const std::string& a : c.args) out += " " + a;
  out += "\n--- exit " + std::to_string(r.exit_code) + "\n--- stdout\n";
  if (is_binary(r.out)) {
    binary = r.out;
    out += "(binary, " + std::to_string(r.out.size()) + " bytes: " + c.name + ".bin)\n";
  } else {
    out += r.out;
  }
  return out + "--- stderr\n" + r.err;
}

// gtest names a failing case by its name, not by its bytes.
void PrintTo(const GoldenCase& c, std::ostream* out) { *out << c.name; }

class Golden : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(Golden, OutputIsUnchanged) {
  const GoldenCase& c = GetParam();
  const RunResult r = run(c.args, "", CRITERIO_SOURCE_DIR, k_timeout_seconds);
  ASSERT_EQ(r.signal, 0) << c.name << " was killed by signal " << r.signal;
  std::string binary;
  const std::string actual = transcript(c, r, binary);
  const fs::path text_file = k_golden / "expected" / (c.name + ".txt");
  const fs::path binary_file = k_golden / "expected" / (c.name + ".bin");
  if (std::getenv("CRITERIO_UPDATE_GOLDEN")) {
    write_file(text_file, actual);
    if (!binary.empty()) write_file(binary_file, binary);
    return;
  }
  ASSERT_TRUE(fs::exists(text_file)) << text_file << " is missing: see tests/golden/README.md";
  EXPECT_EQ(actual, read_file(text_file)) << c.name;
  if (!binary.empty()) {
    EXPECT_TRUE(binary == read_file(binary_file)) << c.name << ": the binary output differs";
  }
}

std::string test_name(const ::testing::TestParamInfo<GoldenCase>& info) {
  std::string name = info.param.name;
  std::replace_if(name.begin(), name.end(), [](char ch) { return !std::isalnum(static_cast<unsigned char>(ch)); }, '_');
  return name;
}

INSTANTIATE_TEST_SUITE_P(Cases, Golden, ::testing::ValuesIn(all_cases()), test_name);

// A renamed or removed case must not leave its old expected output behind,
// where it would be kept and never checked.
TEST(GoldenFiles, EveryExpectedFileBelongsToACase) {
  std::set<std::string> names;
  for (const GoldenCase& c : all_cases()) names.insert(c.name);
  for (const auto& entry : fs::directory_iterator(k_golden / "expected")) {
    EXPECT_TRUE(names.contains(entry.path().stem().string())) << entry.path() << " belongs to no case in cases.txt";
  }
}

}  // namespace
}  // namespace criterio::testing
