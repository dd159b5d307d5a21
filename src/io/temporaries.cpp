#include "io/temporaries.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <memory>
#include <mutex>
#include <utility>

namespace criterio {

namespace {

constexpr std::string_view k_marker = ".criterio-";
constexpr std::size_t k_random_letters = 6;  // mkstemp's XXXXXX
constexpr std::array<int, 3> k_signals = {SIGINT, SIGTERM, SIGHUP};

// What the signal handler reads: fixed buffers, each written before its flag
// is set, so that the handler needs nothing but atomic loads and unlink().
struct Slot {
  std::atomic<bool> used{false};
  char path[PATH_MAX] = {};
};
static_assert(std::atomic<bool>::is_always_lock_free, "the signal handler reads the flags");

struct Registry {
  std::array<Slot, 16> slots;
  std::mutex lock;                       // taken by registrations, never by the handler
  std::size_t registered = 0;            // slots in use
  std::array<bool, k_signals.size()> installed{};  // where our handler replaced the default
};
constinit Registry registry;  // ready before any handler can run

void remove_temporaries_and_reraise(int signal) {
  for (const Slot& slot : registry.slots)
    if (slot.used.load(std::memory_order_acquire)) ::unlink(slot.path);
  struct sigaction default_action {};
  default_action.sa_handler = SIG_DFL;
  ::sigemptyset(&default_action.sa_mask);
  ::sigaction(signal, &default_action, nullptr);
  // Blocked while this handler runs: delivered as it returns, with the default action.
  ::raise(signal);
}

void install_handlers() {
  for (std::size_t k = 0; k < k_signals.size(); ++k) {
    struct sigaction current {};
    ::sigaction(k_signals[k], nullptr, &current);
    registry.installed[k] = (current.sa_flags & SA_SIGINFO) == 0 && current.sa_handler == SIG_DFL;
    if (!registry.installed[k]) continue;
    struct sigaction action {};
    action.sa_handler = remove_temporaries_and_reraise;
    ::sigemptyset(&action.sa_mask);
    for (const int other : k_signals) ::sigaddset(&action.sa_mask, other);
    ::sigaction(k_signals[k], &action, nullptr);
  }
}

void restore_default_actions() {
  struct sigaction default_action {};
  default_action.sa_handler = SIG_DFL;
  ::sigemptyset(&default_action.sa_mask);
  for (std::size_t k = 0; k < k_signals.size(); ++k)
    if (std::exchange(registry.installed[k], false)) ::sigaction(k_signals[k], &default_action, nullptr);
}

// A slot holding `pattern`, or -1. The slot is marked used before mkstemp
// fills in the name, so that no moment passes with the file there and not
// registered; whatever name the handler may find in it meanwhile carries
// this process's PID, so no other live process can own that file.
int claim_slot(const std::string& pattern) {
  if (pattern.size() >= PATH_MAX) return -1;
  const std::lock_guard lock(registry.lock);
  for (std::size_t k = 0; k < registry.slots.size(); ++k) {
    Slot& slot = registry.slots[k];
    if (slot.used.load(std::memory_order_relaxed)) continue;
    std::memcpy(slot.path, pattern.c_str(), pattern.size() + 1);
    if (registry.registered++ == 0) install_handlers();
    slot.used.store(true, std::memory_order_release);
    return static_cast<int>(k);
  }
  return -1;
}

bool is_random_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// A temporary of a process that is gone, and ours to remove.
bool is_stale(int directory, const char* name, pid_t owner) {
  struct stat info {};
  if (::fstatat(directory, name, &info, AT_SYMLINK_NOFOLLOW) != 0) return false;
  if (!S_ISREG(info.st_mode) || info.st_uid != ::geteuid()) return false;
  return ::kill(owner, 0) != 0 && errno == ESRCH;
}

}  // namespace

std::string temporary_pattern(const std::string& directory, std::string_view name) {
  const std::string suffix = std::string(k_marker) + std::to_string(::getpid()) + "-XXXXXX";
  const std::size_t room = NAME_MAX - 1 - suffix.size();
  return directory + "/." + std::string(name.substr(0, room)) + suffix;
}

// Read from the end, since NAME may hold anything, ".criterio-" included.
std::optional<pid_t> temporary_owner(std::string_view name) {
  if (name.size() <= k_random_letters || name.front() != '.') return std::nullopt;
  const std::string_view letters = name.substr(name.size() - k_random_letters);
  if (!std::all_of(letters.begin(), letters.end(), is_random_letter)) return std::nullopt;
  name.remove_suffix(k_random_letters);
  if (!name.ends_with('-')) return std::nullopt;
  name.remove_suffix(1);
  const auto marker = name.rfind(k_marker);
  if (marker == std::string_view::npos || marker < 2) return std::nullopt;  // an empty NAME
  const std::string_view digits = name.substr(marker + k_marker.size());
  pid_t pid = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), pid);
  if (digits.empty() || digits.front() == '0' || error != std::errc() || end != digits.data() + digits.size() || pid <= 0)
    return std::nullopt;
  return pid;
}

int create_guarded_temporary(std::string pattern, std::string& path, int& slot) {
  slot = claim_slot(pattern);
  char* name = slot >= 0 ? registry.slots[static_cast<std::size_t>(slot)].path : pattern.data();
  const int fd = ::mkostemp(name, O_CLOEXEC);
  const int error = errno;
  path = name;
  if (fd < 0) {
    release_guarded_temporary(slot);
    slot = -1;
    errno = error;
  }
  return fd;
}

void release_guarded_temporary(int slot) {
  if (slot < 0) return;
  const std::lock_guard lock(registry.lock);
  registry.slots[static_cast<std::size_t>(slot)].used.store(false, std::memory_order_release);
  if (--registry.registered == 0) restore_default_actions();
}

std::vector<std::string> remove_stale_temporaries_in(const std::string& directory) {
  std::vector<std::string> removed;
  const auto close = [](DIR* d) { ::closedir(d); };
  const std::unique_ptr<DIR, decltype(close)> listing(::opendir(directory.c_str()), close);
  if (!listing) return removed;
  const int fd = ::dirfd(listing.get());
  while (const dirent* entry = ::readdir(listing.get())) {
    const auto owner = temporary_owner(entry->d_name);
    if (owner && is_stale(fd, entry->d_name, *owner) && ::unlinkat(fd, entry->d_name, 0) == 0)
      removed.push_back(directory + "/" + entry->d_name);
  }
  std::sort(removed.begin(), removed.end());
  return removed;
}

}  // namespace criterio
