#pragma once
// A fresh scratch directory for one test, removed with everything in it when
// the test ends. Shared by the unit and the end-to-end tests.

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace criterio::testing {

class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "criterio-test-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
    m_path = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // The directory itself.
  const std::string& path() const { return m_path; }
  std::filesystem::path root() const { return m_path; }
  // A file in it.
  std::string path(std::string_view name) const { return m_path + "/" + std::string(name); }
  std::string operator/(std::string_view name) const { return path(name); }

  // Writes `content` to the file `name` in it and returns the file's path.
  std::string write(std::string_view name, std::string_view content) const {
    const std::string file = path(name);
    std::ofstream out(file, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    return file;
  }

 private:
  std::string m_path;
};

}  // namespace criterio::testing
