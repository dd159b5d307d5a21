#pragma once
// Runs the criterio binary as a user would and captures what it printed.

#include <string>
#include <vector>

namespace criterio::testing {

struct RunResult {
  int exit_code = -1;      // -1 when killed by a signal
  int signal = 0;          // the signal that ended it, if any
  std::string out;         // standard output
  std::string err;         // standard error
};

// Runs CRITERIO_BINARY with `args` in `directory` (default: the source tree),
// feeding `input` on standard input, with NO_COLOR unset and COLUMNS=100
// (`columns` overrides it). Kills the process after `timeout_seconds`.
RunResult run(const std::vector<std::string>& args, const std::string& input = "",
              const std::string& directory = CRITERIO_SOURCE_DIR, int timeout_seconds = 10, int columns = 100);

// The same with room for every line: prose in tables is not wrapped.
inline RunResult run_wide(const std::vector<std::string>& args) {
  return run(args, "", CRITERIO_SOURCE_DIR, 10, 1000);
}

}  // namespace criterio::testing
