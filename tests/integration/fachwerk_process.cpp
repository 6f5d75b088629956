#include "integration/fachwerk_process.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>

#include "http/raw_client.hpp"

extern char** environ;

namespace fw::testing {
namespace {

std::vector<std::string> merged_env(const std::vector<std::string>& extra) {
  std::vector<std::string> env;
  for (char** e = environ; *e; ++e) {
    std::string entry(*e);
    const auto name = entry.substr(0, entry.find('=') + 1);
    bool overridden = false;
    for (const auto& x : extra) overridden = overridden || x.rfind(name, 0) == 0;
    if (!overridden) env.push_back(entry);
  }
  env.insert(env.end(), extra.begin(), extra.end());
  return env;
}

pid_t spawn(const std::vector<std::string>& argv, const std::vector<std::string>& env, const std::string& out_path) {
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&fa, 1, 2);
  std::vector<char*> a, e;
  for (const auto& s : argv) a.push_back(const_cast<char*>(s.c_str()));
  a.push_back(nullptr);
  for (const auto& s : env) e.push_back(const_cast<char*>(s.c_str()));
  e.push_back(nullptr);
  pid_t pid = -1;
  if (posix_spawn(&pid, argv[0].c_str(), &fa, nullptr, a.data(), e.data()) != 0) pid = -1;
  posix_spawn_file_actions_destroy(&fa);
  return pid;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string temp_path(const char* what) {
  static int n = 0;
  return "/tmp/fw-it-" + std::to_string(getpid()) + "-" + std::to_string(++n) + "-" + what;
}

}  // namespace

std::string fachwerk_binary() {
  const char* b = std::getenv("FACHWERK_BINARY");
  return b ? b : "build/fachwerk";
}

CliResult run_fachwerk(const std::vector<std::string>& args, const std::vector<std::string>& env) {
  std::vector<std::string> argv{fachwerk_binary()};
  argv.insert(argv.end(), args.begin(), args.end());
  std::vector<std::string> extra{"FACHWERK_PASSWORD_COST=minimal"};
  extra.insert(extra.end(), env.begin(), env.end());
  const auto out = temp_path("cli.out");
  CliResult r;
  pid_t pid = spawn(argv, merged_env(extra), out);
  if (pid < 0) return r;
  int status = 0;
  waitpid(pid, &status, 0);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.output = read_file(out);
  std::remove(out.c_str());
  return r;
}

std::uint16_t free_port() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
  socklen_t len = sizeof a;
  getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
  close(fd);
  return ntohs(a.sin_port);
}

ServerProcess::ServerProcess(const std::string& db_url, std::vector<std::string> extra_args) : port(free_port()) {
  log_path_ = temp_path("server.log");
  std::vector<std::string> argv{fachwerk_binary(), "--db", db_url, "serve", "--listen", "127.0.0.1:" + std::to_string(port),
                                "--static-dir", "/nonexistent"};
  argv.insert(argv.end(), extra_args.begin(), extra_args.end());
  pid = spawn(argv, merged_env({"FACHWERK_PASSWORD_COST=minimal"}), log_path_);
}

ServerProcess::~ServerProcess() {
  if (pid > 0) {
    ::kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
  }
  std::remove(log_path_.c_str());
}

bool ServerProcess::wait_listening(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (pid <= 0 || waitpid(pid, nullptr, WNOHANG) == pid) {
      pid = -1;
      return false;
    }
    http::test::RawClient c(port);
    if (c.ok() && c.send(http::test::RawClient::get("/healthz")) && c.read_response(std::chrono::seconds(2))) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return false;
}

void ServerProcess::kill9() {
  if (pid > 0) ::kill(pid, SIGKILL);
}

void ServerProcess::terminate() {
  if (pid > 0) ::kill(pid, SIGTERM);
}

std::optional<int> ServerProcess::wait_exit(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (pid > 0) {
    int status = 0;
    if (waitpid(pid, &status, WNOHANG) == pid) {
      pid = -1;
      return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    if (std::chrono::steady_clock::now() > deadline) return std::nullopt;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return std::nullopt;
}

std::string ServerProcess::log() const { return read_file(log_path_); }

}  // namespace fw::testing
