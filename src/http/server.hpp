// The HTTP/1.1 server (Boost.Beast + Asio). The only translation unit that includes Beast is
// server.cpp. Handlers run on a worker pool unless their route says RunOn::io.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

#include "core/result.hpp"
#include "http/metrics.hpp"
#include "http/router.hpp"

namespace fw::http {

struct ServerOptions {
  std::string address = "127.0.0.1";
  std::uint16_t port = 8080;  // 0 picks a free port (tests); see Server::port()
  int io_threads = 1;
  int worker_threads = 4;
  // How long an idle worker polls for the next request before it sleeps (see worker_pool.hpp).
  std::chrono::microseconds worker_spin{0};
  std::size_t header_limit = 16 * 1024;      // bytes; larger → 431
  std::size_t body_limit = 1024 * 1024;      // bytes; larger → 413
  std::chrono::milliseconds request_timeout{15000};  // to receive one whole request
  std::chrono::milliseconds idle_timeout{30000};     // keep-alive between requests
  std::chrono::milliseconds write_timeout{60000};    // to send one response (stalled readers)
  std::size_t max_connections = 4096;        // beyond: accept and close at once (counted)
  std::chrono::milliseconds shutdown_grace{20000};   // in-flight requests get this long
  bool access_log = true;                     // one JSON line per request on stderr
  bool tls = false;                           // set when behind a TLS proxy: Secure cookies
};

// Threads: `io_threads` run the event loop (parsing, writing, RunOn::io handlers);
// `worker_threads` run RunOn::worker handlers. The Router and Metrics must outlive the Server
// and the Router must not change after start(). Every response gets the headers of
// add_security_headers() (http/server_support.hpp); the server owns Content-Length and
// Connection, so handlers must not set them.
// Timeouts: a new connection must deliver a whole request within request_timeout; between
// keep-alive requests it may stay silent for idle_timeout, and once the first byte of the
// next request arrives, request_timeout applies again.
class Server {
 public:
  Server(ServerOptions options, const Router& router, Metrics& metrics);
  // Calls stop().
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and starts accepting on background threads. Fails with ErrorCode::unavailable
  // ("server.bind", detail = the system's reason) if the address cannot be bound, or if
  // start() was called before.
  Result<void> start();
  std::uint16_t port() const;  // the bound port

  // Graceful stop: stop accepting, let in-flight requests finish (up to shutdown_grace),
  // close idle connections, join threads. Safe to call from any thread, more than once
  // (later calls wait for the first to finish). Called from a handler it only starts the
  // stop on another thread (joining the caller's own thread would deadlock).
  // In-flight responses are sent with "Connection: close". After shutdown_grace, remaining
  // connections are closed; a handler still running on a worker is waited for (it cannot be
  // interrupted), so handlers should not block for long.
  void stop();
  // Call after a successful start(). Blocks until SIGTERM or SIGINT (or until stop() is
  // called elsewhere), then stop(). The signals are only intercepted while it waits.
  void run_until_signal();
  // Blocks until stop() has completed.
  void wait();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace fw::http
