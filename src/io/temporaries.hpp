#pragma once
// The temporary files OutputFile writes before renaming them over an output:
// their names, their removal when SIGINT, SIGTERM or SIGHUP ends the process,
// and the removal of those left by a process that died another way (SIGKILL,
// a crash, a power cut).

#include <sys/types.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace criterio {

// mkstemp's pattern for a temporary in `directory` that will replace the file
// `name` there: "DIRECTORY/.NAME.criterio-PID-XXXXXX" (NAME cut short when
// the whole would not fit in a file name). The PID tells a later run whether
// the writer is still alive.
std::string temporary_pattern(const std::string& directory, std::string_view name);

// The process that made the temporary called `file_name` (a name without a
// directory), or nullopt when the name is not exactly of that pattern.
std::optional<pid_t> temporary_owner(std::string_view file_name);

// Creates a temporary file from `pattern` (mode 0600, open for writing) and
// registers it, so that SIGINT, SIGTERM and SIGHUP remove it before the
// process dies of them. The handlers are installed with the first
// registration, for those signals whose action is the default (an ignored
// SIGHUP, under nohup, stays ignored). Returns the descriptor, or -1 with
// errno set; `path` receives the name and `slot` the registration, -1 when
// the registry is full or the path too long for it (that temporary is then
// left to remove_stale_temporaries_in).
int create_guarded_temporary(std::string pattern, std::string& path, int& slot);

// Ends the registration `slot` (-1: none), once its temporary was renamed or
// removed. The previous signal actions come back with the last one.
void release_guarded_temporary(int slot);

// Removes from `directory` the temporaries of this pattern that are regular
// files of this user and whose process no longer exists (kill(pid, 0) fails
// with ESRCH), and returns their paths. Anything else is left alone.
std::vector<std::string> remove_stale_temporaries_in(const std::string& directory);

}  // namespace criterio
