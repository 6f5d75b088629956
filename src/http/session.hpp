// PRIVATE to http/server.cpp and http/session.cpp: the only header that includes Beast/Asio.
// Never include it from anywhere else (compile time, and Beast stays an implementation detail).
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>

#include "http/metrics.hpp"
#include "http/router.hpp"
#include "http/server.hpp"
#include "http/worker_pool.hpp"

namespace spdlog {
class logger;
}

namespace fw::http::detail {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

// True on the server's io and worker threads: stop() from there must not join itself.
inline thread_local bool t_on_server_thread = false;

class Session;

// What every session of one Server shares. Owned by Server::Impl; outlives all sessions.
struct ServerContext {
  ServerContext(const ServerOptions& o, const Router& r, Metrics& m, WorkerPool& w,
                std::shared_ptr<spdlog::logger> log)
      : options(o), router(r), metrics(m), workers(w), access_log(std::move(log)) {}

  const ServerOptions& options;
  const Router& router;
  Metrics& metrics;
  WorkerPool& workers;
  std::shared_ptr<spdlog::logger> access_log;  // null: access log off
  std::atomic<bool> stopping{false};

  // The live sessions, for max_connections and graceful stop. A Session adds itself in
  // start() and removes itself in its destructor.
  void add(const std::shared_ptr<Session>& s);
  void remove(Session* s);
  std::size_t live() const;
  // Calls f on every live session (outside the lock).
  template <class F>
  void for_each(F f) {
    std::vector<std::shared_ptr<Session>> all;
    {
      std::lock_guard lock(mu_);
      for (auto& [ptr, weak] : sessions_) {
        if (auto s = weak.lock()) all.push_back(std::move(s));
      }
    }
    for (auto& s : all) f(*s);
  }
  // True if no session is left within `timeout`.
  bool wait_empty_for(std::chrono::milliseconds timeout);

 private:
  mutable std::mutex mu_;
  std::condition_variable empty_cv_;
  std::unordered_map<Session*, std::weak_ptr<Session>> sessions_;
};

// One TCP connection: reads requests one at a time (keep-alive), runs each on the io strand
// or the worker pool, writes the response back on the strand. All members except start(),
// shutdown() and force_close() run on the connection's strand.
class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket&& socket, ServerContext& ctx);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  void start();
  // Graceful: close now if waiting for a request, else after the current response.
  void shutdown();
  // Close now; a response still being computed is dropped.
  void force_close();

 private:
  enum class Phase { waiting, reading, handling, writing, closed };

  void wait_for_request(std::chrono::milliseconds timeout);
  void on_first_bytes(beast::error_code ec, std::size_t n);
  void read_header();
  bool parse_buffered(beast::error_code& ec);
  void on_header(beast::error_code ec);
  void read_body();
  void on_body(beast::error_code ec);
  void on_read_error(beast::error_code ec);
  void handle();
  Response dispatch(Request& req) noexcept;
  void respond_error(int status, const Error& err);
  void send(Response res);
  void on_write(beast::error_code ec);
  void linger();
  void drain();
  void close();

  ServerContext& ctx_;
  beast::tcp_stream stream_;
  asio::any_io_executor strand_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  std::optional<bhttp::response<bhttp::string_body>> response_;
  std::string ip_;
  bool opened_ = false;  // counted in metrics/registry
  Phase phase_ = Phase::waiting;
  bool shutdown_requested_ = false;

  // The request being served, for the response, the access log and metrics.
  struct Current {
    std::chrono::steady_clock::time_point started;
    std::string method;  // label value: method_name()
    std::string path;
    std::string route;
    std::string user;
    unsigned version = 11;
    bool keep_alive = false;
    bool head = false;
    bool linger = false;  // an error found while reading: drain before closing
    int status = 0;
    std::size_t bytes = 0;
  } cur_;
};

}  // namespace fw::http::detail
