// OutputFile: an output written in pieces replaces the old file only when
// committed; anything else leaves the old file and no temporary beside it.

#include "criterio/output.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "criterio/diagnostics.hpp"
#include "support/temp_dir.hpp"

namespace criterio {
namespace {

std::string contents(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::size_t entries(const std::string& directory) {
  std::size_t count = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(directory)) ++count;
  return count;
}

TEST(OutputFile, WritesThePiecesInOrderWhenCommitted) {
  testing::TempDir dir;
  const std::string path = dir.write("out.csv", "old");
  OutputFile file(path);
  file.write("a,b\r\n");
  file.write("");
  file.write("1,2\r\n");
  EXPECT_EQ(contents(path), "old");  // not before commit()
  file.commit();
  EXPECT_EQ(contents(path), "a,b\r\n1,2\r\n");
  EXPECT_EQ(entries(dir.path()), 1u);
}

TEST(OutputFile, DroppedWithoutCommitLeavesTheOldFileAndNoTemporary) {
  testing::TempDir dir;
  const std::string path = dir.write("out.csv", "old");
  try {
    OutputFile file(path);
    file.write("half of a new");
    throw std::runtime_error("rendering failed");
  } catch (const std::runtime_error&) {
  }
  EXPECT_EQ(contents(path), "old");
  EXPECT_EQ(entries(dir.path()), 1u);
}

TEST(OutputFile, CreatesAMissingFile) {
  testing::TempDir dir;
  const std::string path = dir / "new.csv";
  write_output(path, "x\n");
  EXPECT_EQ(contents(path), "x\n");
}

TEST(OutputFile, ADirectoryThatDoesNotExistIsAnIoErrorNamingThePath) {
  testing::TempDir dir;
  const std::string path = dir / "missing/out.csv";
  try {
    OutputFile file(path);
    FAIL() << "opened " << path;
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ExitCode::io_error);
    EXPECT_NE(std::string(error.what()).find(path), std::string::npos) << error.what();
  }
}

}  // namespace
}  // namespace criterio
