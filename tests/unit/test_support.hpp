#pragma once
// Small helpers shared by the unit tests: catching a criterio::Error and
// returning its first diagnostic, scratch directories, diagnostic searches.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <string_view>

#include "criterio/diagnostics.hpp"

namespace criterio::testing {

// Runs `f`, which must throw criterio::Error with `code`; returns the error's
// first diagnostic (an empty one, after a test failure, when it did not throw).
inline Diagnostic expect_error(const std::function<void()>& f, ExitCode code = ExitCode::invalid_input) {
  try {
    f();
  } catch (const Error& e) {
    EXPECT_EQ(static_cast<int>(e.code()), static_cast<int>(code)) << e.what();
    if (e.diagnostics().empty()) {
      ADD_FAILURE() << "an Error without diagnostics";
      return {};
    }
    return e.diagnostics().front();
  } catch (const std::exception& e) {
    ADD_FAILURE() << "threw a non-criterio exception: " << e.what();
    return {};
  }
  ADD_FAILURE() << "expected an Error, nothing was thrown";
  return {};
}

inline bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

// The first error diagnostic whose message contains `needle`, or nullptr.
inline const Diagnostic* find_diagnostic(const Diagnostics& diagnostics, std::string_view needle) {
  for (const auto& d : diagnostics.items())
    if (d.severity == Severity::error && contains(d.message, needle)) return &d;
  return nullptr;
}

// All diagnostics, one per line, for failure messages.
inline std::string listing(const Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics.items()) out += d.format() + "\n";
  return out;
}

// A fresh scratch directory, removed with everything in it at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "criterio-unit-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
    m_path = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string path(const std::string& name) const { return (m_path / name).string(); }
  std::string write(const std::string& name, std::string_view content) const {
    const std::string file = path(name);
    std::ofstream out(file, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    return file;
  }
  const std::filesystem::path& root() const { return m_path; }

 private:
  std::filesystem::path m_path;
};

}  // namespace criterio::testing
