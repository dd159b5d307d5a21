#pragma once
// Shared helpers for the end-to-end tests: temporary directories, files,
// a strict RFC 4180 reader for checking CSV output, and matchers for what a
// failed run must look like.

#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "cli/run.hpp"
#include "support/temp_dir.hpp"

namespace criterio::testing {

inline const std::string k_source = CRITERIO_SOURCE_DIR;
inline const std::string k_example = "examples/hosting/providers.yaml";
inline const std::string k_suppliers = "examples/spreadsheet/suppliers.csv";

inline void write_file(const std::string& path, std::string_view content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw std::runtime_error("cannot write " + path);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline bool file_exists(const std::string& path) {
  struct stat info {};
  return ::stat(path.c_str(), &info) == 0;
}

// The names in directory `path`, sorted.
inline std::vector<std::string> directory_listing(const std::string& path) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(path)) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

inline std::string source_path(std::string_view relative) { return k_source + "/" + std::string(relative); }

inline bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

inline std::size_t count_of(std::string_view haystack, std::string_view needle) {
  std::size_t n = 0;
  for (auto at = haystack.find(needle); at != std::string_view::npos; at = haystack.find(needle, at + needle.size())) ++n;
  return n;
}

inline bool has_ansi(std::string_view text) { return contains(text, "\x1b["); }

// Lines of `text`, without their line ends.
inline std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

// The first line that contains `needle`, or "".
inline std::string line_with(const std::string& text, std::string_view needle) {
  for (const auto& line : lines_of(text))
    if (contains(line, needle)) return line;
  return {};
}

// True when `text` is well-formed UTF-8.
inline bool is_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t extra = 0;
    if (c < 0x80) extra = 0;
    else if ((c >> 5) == 0x6) extra = 1;
    else if ((c >> 4) == 0xE) extra = 2;
    else if ((c >> 3) == 0x1E) extra = 3;
    else return false;
    if (extra > 0 && i + extra >= text.size()) return false;
    for (std::size_t k = 1; k <= extra; ++k)
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    i += extra + 1;
  }
  return true;
}

// A strict RFC 4180 reader: fields separated by commas, records by CRLF or
// LF, quoted fields may hold commas, quotes (doubled) and line breaks.
// Throws on a malformed document (bare quote, text after a closing quote,
// unterminated quote).
inline std::vector<std::vector<std::string>> parse_csv(std::string_view text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  std::size_t i = 0;
  bool row_started = false;
  while (i < text.size()) {
    row_started = true;
    if (text[i] == '"' && field.empty()) {
      ++i;
      for (;;) {
        if (i >= text.size()) throw std::runtime_error("CSV: unterminated quoted field");
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field += text[i++];
      }
      if (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
        throw std::runtime_error("CSV: text after a closing quote");
      continue;
    }
    const char c = text[i];
    if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
      ++i;
    } else if (c == '\r' || c == '\n') {
      if (c == '\r') {
        if (i + 1 >= text.size() || text[i + 1] != '\n') throw std::runtime_error("CSV: bare carriage return");
        ++i;
      }
      ++i;
      row.push_back(std::move(field));
      field.clear();
      rows.push_back(std::move(row));
      row.clear();
      row_started = false;
    } else {
      if (c == '"') throw std::runtime_error("CSV: quote inside an unquoted field");
      field += c;
      ++i;
    }
  }
  if (row_started) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  return rows;
}

// Index of `name` in a CSV header, or -1.
inline int column_index(const std::vector<std::string>& header, std::string_view name) {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return static_cast<int>(i);
  return -1;
}

// Describes a run for failure messages.
inline std::string describe(const RunResult& r) {
  std::ostringstream out;
  out << "exit " << r.exit_code << ", signal " << r.signal << "\n--- stdout (" << r.out.size() << " bytes) ---\n"
      << r.out.substr(0, 2000) << "\n--- stderr (" << r.err.size() << " bytes) ---\n"
      << r.err.substr(0, 2000);
  return out.str();
}

// A failed run must end normally with `code`, print nothing on standard
// output and explain itself on standard error, prefixed with the tool's name.
inline void expect_clean_failure(const RunResult& r, int code) {
  EXPECT_EQ(r.signal, 0) << describe(r);
  EXPECT_EQ(r.exit_code, code) << describe(r);
  EXPECT_TRUE(r.out.empty()) << describe(r);
  EXPECT_FALSE(r.err.empty()) << describe(r);
  EXPECT_TRUE(contains(r.err, "criterio")) << describe(r);
  EXPECT_FALSE(contains(r.err, "internal error")) << describe(r);
  EXPECT_FALSE(contains(r.err, "terminate called")) << describe(r);
}

inline void expect_success(const RunResult& r) {
  EXPECT_EQ(r.signal, 0) << describe(r);
  EXPECT_EQ(r.exit_code, 0) << describe(r);
}

}  // namespace criterio::testing
