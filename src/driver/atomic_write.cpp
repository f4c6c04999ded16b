#include "driver/atomic_write.h"

#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <mutex>

namespace desugar {

namespace {

// The temporary files being written, one slot per writing thread, removed by the signal handler
// if SIGINT or SIGTERM arrives before they are renamed into place. unlink is async-signal-safe;
// std::string is not, so the names live in fixed buffers.
constexpr int kSlots = 256;
struct Slot {
  std::atomic<bool> taken{false};
  std::atomic<bool> ready{false};  // `path` holds a complete name
  char path[4096];
};
Slot g_slots[kSlots];

void remove_pending_temps_and_die(int sig) {
  for (Slot& s : g_slots) {
    if (s.ready.load()) ::unlink(s.path);
  }
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

void install_handlers_once() {
  static std::once_flag once;
  std::call_once(once, [] {
    std::signal(SIGINT, remove_pending_temps_and_die);
    std::signal(SIGTERM, remove_pending_temps_and_die);
  });
}

// Marks `path` as a temporary file to remove on SIGINT/SIGTERM for as long as it lives.
class PendingTemp {
 public:
  explicit PendingTemp(const std::string& path) {
    if (path.size() >= sizeof(Slot::path)) return;
    install_handlers_once();
    for (Slot& s : g_slots) {
      bool expected = false;
      if (s.taken.compare_exchange_strong(expected, true)) {
        std::memcpy(s.path, path.c_str(), path.size() + 1);
        s.ready.store(true);
        slot_ = &s;
        return;
      }
    }
  }
  ~PendingTemp() {
    if (slot_ == nullptr) return;
    slot_->ready.store(false);
    slot_->taken.store(false);
  }
  PendingTemp(const PendingTemp&) = delete;
  PendingTemp& operator=(const PendingTemp&) = delete;

 private:
  Slot* slot_ = nullptr;
};

}  // namespace

// Writes `text` next to `path` under a temporary name, then renames it into place, so a failed
// or interrupted run never leaves a partial or truncated output file.
bool write_atomically(const std::string& path, const std::string& text, std::string& error) {
  std::filesystem::path target(path);
  std::filesystem::path dir = target.parent_path();
  if (dir.empty()) dir = ".";
  std::string tmpl = (dir / ("." + target.filename().string() + ".desugar-XXXXXX")).string();
  int fd = mkstemp(tmpl.data());
  if (fd < 0) {
    error = std::strerror(errno);
    return false;
  }
  PendingTemp pending(tmpl);
  const char* data = text.data();
  std::size_t left = text.size();
  while (left > 0) {
    ssize_t n = ::write(fd, data, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      error = std::strerror(errno);
      ::close(fd);
      std::remove(tmpl.c_str());
      return false;
    }
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  fchmod(fd, 0644);
  if (::close(fd) != 0 || std::rename(tmpl.c_str(), path.c_str()) != 0) {
    error = std::strerror(errno);
    std::remove(tmpl.c_str());
    return false;
  }
  return true;
}

}  // namespace desugar
