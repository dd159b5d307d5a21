#pragma once
// A PID that names no process: for tests of what a crashed run left behind.
// Shared by the unit and the end-to-end tests.

#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

namespace criterio::testing {

// A PID that was a process a moment ago and is no longer one (a child that
// exited and was reaped).
inline pid_t dead_process() {
  const pid_t pid = ::fork();
  if (pid == 0) ::_exit(0);
  int status = 0;
  ::waitpid(pid, &status, 0);
  return pid;
}

}  // namespace criterio::testing
