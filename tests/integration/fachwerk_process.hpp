// Runs the real `fachwerk` binary (FACHWERK_BINARY, set by CTest) for integration tests:
// CLI commands to completion, and `serve` as a child process on a free port.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fw::testing {

struct CliResult {
  int exit_code = -1;
  std::string output;  // stdout + stderr
};

std::string fachwerk_binary();
// Runs `fachwerk ARGS…` with extra environment entries ("NAME=value") and stdin from /dev/null.
CliResult run_fachwerk(const std::vector<std::string>& args, const std::vector<std::string>& env = {});
std::uint16_t free_port();

class ServerProcess {
 public:
  // Starts `fachwerk --db URL serve --listen 127.0.0.1:PORT …extra` with minimal password cost.
  ServerProcess(const std::string& db_url, std::vector<std::string> extra_args = {});
  ~ServerProcess();  // SIGKILL if still running
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  // Waits until GET /healthz answers with any status; false on timeout or early exit.
  bool wait_listening(std::chrono::milliseconds timeout = std::chrono::seconds(30));
  void kill9();
  void terminate();  // SIGTERM
  // Exit status after terminate()/kill9(); nullopt if still running after timeout.
  std::optional<int> wait_exit(std::chrono::milliseconds timeout);
  std::string log() const;  // what the server wrote to stdout/stderr

  std::uint16_t port = 0;
  pid_t pid = -1;

 private:
  std::string log_path_;
};

}  // namespace fw::testing
