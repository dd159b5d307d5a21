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

#include "support/temp_dir.hpp"
#include "unit/phrase_support.hpp"

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


}  // namespace criterio::testing
