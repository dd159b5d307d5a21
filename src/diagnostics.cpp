#include "criterio/diagnostics.hpp"

#include <utility>

namespace criterio {

std::string Diagnostic::format() const {
  std::string out;
  if (!where.file.empty()) {
    out += where.file;
    if (where.line > 0) {
      out += ':' + std::to_string(where.line);
      if (where.column > 0) out += ':' + std::to_string(where.column);
    }
    out += ": ";
  }
  out += severity == Severity::error ? "error: " : "warning: ";
  out += message;
  return out;
}

void Diagnostics::error(SourceLocation where, std::string message) {
  add({Severity::error, std::move(where), std::move(message)});
}

void Diagnostics::warning(SourceLocation where, std::string message) {
  add({Severity::warning, std::move(where), std::move(message)});
}

void Diagnostics::add(Diagnostic diagnostic) {
  if (diagnostic.severity == Severity::error) ++m_error_count;
  if (m_items.size() >= k_max_items) {
    ++m_not_kept;
    return;
  }
  m_items.push_back(std::move(diagnostic));
}

namespace {
std::string first_message(const std::vector<Diagnostic>& diagnostics) {
  return diagnostics.empty() ? std::string("error") : diagnostics.front().format();
}
}  // namespace

Error::Error(ExitCode code, std::vector<Diagnostic> diagnostics)
    : std::runtime_error(first_message(diagnostics)), m_code(code), m_diagnostics(std::move(diagnostics)) {}

Error::Error(ExitCode code, SourceLocation where, std::string message)
    : Error(code, std::vector<Diagnostic>{{Severity::error, std::move(where), std::move(message)}}) {}

void throw_if_errors(const Diagnostics& diagnostics) {
  if (!diagnostics.has_errors()) return;
  std::vector<Diagnostic> errors;
  for (const auto& d : diagnostics.items())
    if (d.severity == Severity::error) errors.push_back(d);
  throw Error(ExitCode::invalid_input, std::move(errors));
}

void throw_usage(std::string message) { throw Error(ExitCode::usage, SourceLocation{}, std::move(message)); }

}  // namespace criterio
