// Reading input safely: check_text (UTF-8, NUL, BOM) and read_input (regular
// files only, size cap, never blocking on a FIFO), and the record of what was
// read (input_read_at).

#include "criterio/input.hpp"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <future>
#include <string>

#include "unit/test_support.hpp"

namespace criterio {
namespace {

using testing::contains;
using testing::expect_error;
using testing::TempDir;

Diagnostic text_error(std::string text) {
  return expect_error([&] { check_text(text, "in.yaml"); });
}

TEST(CheckText, AcceptsUtf8) {
  std::string text = "a: café €5 😀\nb: ok\n";
  const std::string before = text;
  EXPECT_NO_THROW(check_text(text, "in.yaml"));
  EXPECT_EQ(text, before);
  std::string empty;
  EXPECT_NO_THROW(check_text(empty, "in.yaml"));
  // The largest code point, U+10FFFF, and U+FFFF (a noncharacter, still valid UTF-8).
  std::string edge = "\xF4\x8F\xBF\xBF \xEF\xBF\xBF";
  EXPECT_NO_THROW(check_text(edge, "in.yaml"));
}

TEST(CheckText, StripsALeadingByteOrderMark) {
  std::string text = "\xEF\xBB\xBFid,a\n";
  check_text(text, "in.csv");
  EXPECT_EQ(text, "id,a\n");
  // Only a leading one.
  std::string inner = "a\xEF\xBB\xBF";
  check_text(inner, "in.csv");
  EXPECT_EQ(inner, "a\xEF\xBB\xBF");
}

TEST(CheckText, LocatesANulByte) {
  const auto d = text_error(std::string("a: 1\nbc: \0x\n", 12));
  EXPECT_EQ(d.where.file, "in.yaml");
  EXPECT_EQ(d.where.line, 2);
  EXPECT_EQ(d.where.column, 5);
  EXPECT_TRUE(contains(d.message, "NUL")) << d.message;
}

TEST(CheckText, LocatesInvalidUtf8ByCharacterColumn) {
  // Line 2: "é" (one character), "x", then a stray 0xFF as the third character.
  const auto d = text_error("ok\n\xC3\xA9x\xFFy\n");
  EXPECT_EQ(d.where.line, 2);
  EXPECT_EQ(d.where.column, 3);
  EXPECT_TRUE(contains(d.message, "UTF-8")) << d.message;
}

TEST(CheckText, PositionsCountAfterTheByteOrderMark) {
  const auto d = text_error("\xEF\xBB\xBF" "ab\xFF");
  EXPECT_EQ(d.where.line, 1);
  EXPECT_EQ(d.where.column, 3);
}

TEST(CheckText, RefusesMalformedSequences) {
  const char* cases[] = {
      "\x80",              // a continuation byte alone
      "\xBF",
      "\xC3",              // a truncated two-byte sequence
      "\xE2\x82",          // a truncated three-byte sequence
      "\xF0\x9F\x98",      // a truncated four-byte sequence
      "\xC3\x41",          // a lead byte followed by ASCII
      "\xFE", "\xFF",      // never valid in UTF-8
      "\xF8\x88\x80\x80\x80",  // old five-byte form
  };
  for (const char* bad : cases) {
    const auto d = text_error(std::string("x") + bad);
    EXPECT_EQ(d.where.line, 1);
    EXPECT_EQ(d.where.column, 2);
  }
}

TEST(CheckText, RefusesOverlongEncodings) {
  // "/" (U+002F) and NUL written with more bytes than needed.
  for (const char* bad : {"\xC0\xAF", "\xC1\xBF", "\xE0\x80\xAF", "\xF0\x80\x80\xAF", "\xC0\x80", "\xE0\x9F\xBF"}) {
    const auto d = text_error(std::string("ab") + bad);
    EXPECT_EQ(d.where.column, 3);
  }
}

TEST(CheckText, RefusesSurrogatesAndCodePointsBeyondUnicode) {
  for (const char* bad : {"\xED\xA0\x80", "\xED\xBF\xBF", "\xED\xA0\xBD\xED\xB8\x80", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80"}) {
    const auto d = text_error(std::string("a\n") + bad);
    EXPECT_EQ(d.where.line, 2);
    EXPECT_EQ(d.where.column, 1);
  }
  // U+D7FF and U+E000 sit just outside the surrogate range and are fine.
  std::string ok = "\xED\x9F\xBF\xEE\x80\x80";
  EXPECT_NO_THROW(check_text(ok, "in.yaml"));
}

TEST(ReadInput, ReadsARegularFile) {
  TempDir dir;
  const std::string content = std::string("title: x\n") + std::string(200000, 'y') + "\n";
  const std::string path = dir.write("model.yaml", content);
  EXPECT_EQ(read_input(path), content);
  EXPECT_EQ(read_input(dir.write("empty.yaml", "")), "");
}

TEST(ReadInput, KeepsBytesAsTheyAre) {
  TempDir dir;
  const std::string content = std::string("a\r\n\0b\xFF", 6);
  EXPECT_EQ(read_input(dir.write("bin.csv", content)), content);  // checking is check_text's job
}

TEST(ReadInput, MissingFileIsAnIoError) {
  TempDir dir;
  const std::string path = dir.path("nope.yaml");
  const auto d = expect_error([&] { read_input(path); }, ExitCode::io_error);
  EXPECT_EQ(d.where.file, path);
  EXPECT_TRUE(contains(d.message, "no such file")) << d.message;
}

TEST(ReadInput, DirectoryIsRefused) {
  TempDir dir;
  const std::string path = dir.root().string();
  const auto d = expect_error([&] { read_input(path); }, ExitCode::io_error);
  EXPECT_EQ(d.where.file, path);
  EXPECT_TRUE(contains(d.message, "directory")) << d.message;
}

TEST(ReadInput, DeviceIsRefused) {
  const auto d = expect_error([] { read_input("/dev/null"); }, ExitCode::io_error);
  EXPECT_TRUE(contains(d.message, "not a regular file")) << d.message;
}

TEST(ReadInput, FifoIsRefusedWithoutBlocking) {
  TempDir dir;
  const std::string path = dir.path("pipe.yaml");
  ASSERT_EQ(::mkfifo(path.c_str(), 0600), 0);
  auto result = std::async(std::launch::async, [&] {
    try {
      read_input(path);
      return std::string("read");
    } catch (const Error& e) {
      return std::string(e.code() == ExitCode::io_error ? "io_error: " : "other: ") + e.what();
    }
  });
  if (result.wait_for(std::chrono::seconds(5)) != std::future_status::ready) {
    // It blocked waiting for a writer: open and close one so the test ends.
    const int fd = ::open(path.c_str(), O_WRONLY | O_NONBLOCK);
    if (fd >= 0) ::close(fd);
    ADD_FAILURE() << "read_input blocked on a FIFO";
  }
  const std::string outcome = result.get();
  EXPECT_TRUE(outcome.starts_with("io_error: ")) << outcome;
  EXPECT_TRUE(contains(outcome, "not a regular file")) << outcome;
}

TEST(ReadInput, SizeLimit) {
  TempDir dir;
  ParseLimits limits;
  limits.max_file_bytes = 1 << 20;
  EXPECT_NO_THROW(read_input(dir.write("exact.csv", std::string(1 << 20, 'a')), limits));
  const std::string big = dir.write("big.csv", std::string((1 << 20) + 1, 'a'));
  const auto d = expect_error([&] { read_input(big, limits); }, ExitCode::invalid_input);
  EXPECT_EQ(d.where.file, big);
  EXPECT_TRUE(contains(d.message, "limit")) << d.message;
}

TEST(ReadInput, FollowsASymlinkToARegularFile) {
  TempDir dir;
  const std::string target = dir.write("real.yaml", "a: 1\n");
  const std::string link = dir.path("link.yaml");
  ASSERT_EQ(::symlink(target.c_str(), link.c_str()), 0);
  EXPECT_EQ(read_input(link), "a: 1\n");
}

TEST(InputReadAt, NamesTheFileReadThatAPathLeadsTo) {
  TempDir dir;
  const std::string read = dir.write("read.yaml", "a: 1\n");
  const std::string mapped = dir.write("mapped.csv", "id,x\na,1\n");
  const std::string unread = dir.write("unread.yaml", "a: 1\n");
  const std::string link = dir.path("link.yaml");
  ASSERT_EQ(::symlink("read.yaml", link.c_str()), 0);
  EXPECT_EQ(input_read_at(read), std::nullopt);
  read_input(read);
  ASSERT_TRUE(MappedInput::map(mapped).has_value());
  EXPECT_EQ(input_read_at(read), read);
  EXPECT_EQ(input_read_at(link), read);  // the same file under another name
  EXPECT_EQ(input_read_at(mapped), mapped);
  EXPECT_EQ(input_read_at(unread), std::nullopt);
  EXPECT_EQ(input_read_at(dir.path("missing.yaml")), std::nullopt);
}

}  // namespace
}  // namespace criterio
