#pragma once
// Problems found in user input, and the errors that carry them across the
// library boundary. Every problem names where it was found, so that a user
// can jump to it: "providers.yaml:12:7: error: ...".

#include <stdexcept>
#include <string>
#include <vector>

namespace criterio {

// The process exit codes of the criterio tool (PRODUCT.md).
enum class ExitCode : int {
  success = 0,
  gate_failed = 1,    // a CI gate did not hold
  usage = 2,          // bad command line
  invalid_input = 3,  // a file was read but its content is wrong
  io_error = 4,       // a file could not be read or written
  internal = 5,       // a bug in criterio
};

// A place in an input file. Lines and columns are 1-based; 0 means unknown
// (for example, a problem with a whole file).
struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;
};

enum class Severity { error, warning };

struct Diagnostic {
  Severity severity = Severity::error;
  SourceLocation where;
  std::string message;

  // "file:line:column: error: message", leaving out what is unknown.
  std::string format() const;
};

// Collects every problem of a run, so that a user sees them all at once.
// Past `k_max_items` problems are counted but not kept, so that a bulk file
// with one wrong column cannot flood the terminal or memory.
class Diagnostics {
 public:
  void error(SourceLocation where, std::string message);
  void warning(SourceLocation where, std::string message);
  void add(Diagnostic diagnostic);

  bool has_errors() const { return m_error_count > 0; }
  std::size_t error_count() const { return m_error_count; }
  const std::vector<Diagnostic>& items() const { return m_items; }
  std::size_t not_kept() const { return m_not_kept; }

  static constexpr std::size_t k_max_items = 200;

 private:
  std::vector<Diagnostic> m_items;
  std::size_t m_error_count = 0;
  std::size_t m_not_kept = 0;
};

// The one exception type that crosses the library boundary. It carries the
// exit code the tool should end with and the problems behind it.
class Error : public std::runtime_error {
 public:
  Error(ExitCode code, std::vector<Diagnostic> diagnostics);
  Error(ExitCode code, SourceLocation where, std::string message);

  ExitCode code() const { return m_code; }
  const std::vector<Diagnostic>& diagnostics() const { return m_diagnostics; }

 private:
  ExitCode m_code;
  std::vector<Diagnostic> m_diagnostics;
};

// Throws Error(invalid_input) with every error in `diagnostics`, if any.
void throw_if_errors(const Diagnostics& diagnostics);

// Throws Error(usage) with `message`.
[[noreturn]] void throw_usage(std::string message);

}  // namespace criterio
