// The listener and the server's lifetime: start, accept, stop. Connections: http/session.cpp.
#include "http/server.hpp"

#include <condition_variable>
#include <csignal>
#include <exception>
#include <future>
#include <thread>
#include <vector>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <fmt/format.h>
#include <spdlog/logger.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include "http/session.hpp"

namespace fw::http {

using namespace detail;
using namespace std::chrono_literals;

struct Server::Impl {
  enum class State { created, running, stopping, stopped };

  Impl(ServerOptions opts, const Router& r, Metrics& m) : options(std::move(opts)), router(r), metrics(m) {}

  void accept();
  void on_accept(beast::error_code ec, tcp::socket socket);
  void run_io();
  void do_stop();

  ServerOptions options;
  const Router& router;
  Metrics& metrics;
  std::shared_ptr<spdlog::logger> access_log;

  // Destruction order matters: sessions (owned by pending handlers) die with io and workers
  // and still use ctx, and their sockets need io. So: ctx first, then io, then workers.
  std::optional<ServerContext> ctx;
  // The hint must say how many threads run the loop: with 1, Asio never wakes a second thread
  // for queued work, so a handler that blocks would stall every connection.
  asio::io_context io{std::max(1, options.io_threads)};
  std::optional<WorkerPool> workers;
  std::optional<asio::strand<asio::io_context::executor_type>> accept_strand;
  std::optional<tcp::acceptor> acceptor;
  std::optional<asio::steady_timer> accept_retry;
  std::optional<asio::executor_work_guard<asio::io_context::executor_type>> guard;
  std::optional<asio::signal_set> signals;
  std::vector<std::thread> threads;
  std::uint16_t port = 0;

  std::mutex state_mu;
  std::condition_variable state_cv;
  State state = State::created;
  bool signalled = false;
};

void Server::Impl::accept() {
  acceptor->async_accept(asio::make_strand(io), [this](beast::error_code ec, tcp::socket socket) {
    on_accept(ec, std::move(socket));
  });
}

void Server::Impl::on_accept(beast::error_code ec, tcp::socket socket) {
  if (ec == asio::error::operation_aborted || !acceptor->is_open()) return;
  if (ec) {
    // E.g. EMFILE: retry shortly instead of spinning on the error.
    spdlog::warn("accept failed: {}", ec.message());
    accept_retry->expires_after(50ms);
    accept_retry->async_wait([this](beast::error_code tec) {
      if (!tec && acceptor->is_open()) accept();
    });
    return;
  }
  beast::error_code ignored;
  if (ctx->stopping || ctx->live() >= options.max_connections) {
    if (!ctx->stopping) metrics.connection_rejected();
    socket.shutdown(tcp::socket::shutdown_both, ignored);
    socket.close(ignored);
  } else {
    // Without TCP_NODELAY, Nagle + delayed ACK add ~40 ms to small keep-alive responses.
    socket.set_option(tcp::no_delay(true), ignored);
    std::make_shared<Session>(std::move(socket), *ctx)->start();
  }
  accept();
}

void Server::Impl::run_io() {
  t_on_server_thread = true;
  while (true) {
    try {
      io.run();
      return;
    } catch (const std::exception& e) {
      // Handlers catch their own errors; this is the last line, the loop keeps serving.
      spdlog::error("http io thread: uncaught exception: {}", e.what());
    } catch (...) {
      spdlog::error("http io thread: uncaught non-standard exception");
    }
  }
}

Server::Server(ServerOptions options, const Router& router, Metrics& metrics)
    : impl_(std::make_unique<Impl>(std::move(options), router, metrics)) {
  if (impl_->options.access_log) {
    // Not registered with spdlog: several servers (tests) may exist at once. The pattern is
    // the bare message, so each line is one JSON object.
    impl_->access_log = std::make_shared<spdlog::logger>("http.access", std::make_shared<spdlog::sinks::stderr_sink_mt>());
    impl_->access_log->set_pattern("%v");
  }
}

Server::~Server() { stop(); }

Result<void> Server::start() {
  Impl& m = *impl_;
  {
    std::lock_guard lock(m.state_mu);
    if (m.state != Impl::State::created) {
      return fail(ErrorCode::unavailable, "server.bind", "", fmt::format("{}:{} (already started)", m.options.address, m.options.port));
    }
  }
  beast::error_code ec;
  const auto address = asio::ip::make_address(m.options.address, ec);
  if (ec) return fail(ErrorCode::unavailable, "server.bind", "address", fmt::format("{} ({})", m.options.address, ec.message()));
  const tcp::endpoint endpoint(address, m.options.port);

  m.accept_strand.emplace(asio::make_strand(m.io));
  m.acceptor.emplace(*m.accept_strand);
  m.accept_retry.emplace(*m.accept_strand);
  // detail fills "Der Server kann nicht auf {detail} lauschen."
  const auto failed = [&](const char* step) {
    beast::error_code ignored;
    m.acceptor->close(ignored);
    return fail(ErrorCode::unavailable, "server.bind", "",
                fmt::format("{}:{} ({}: {})", m.options.address, m.options.port, step, ec.message()));
  };
  if (m.acceptor->open(endpoint.protocol(), ec)) return failed("open");
  if (m.acceptor->set_option(asio::socket_base::reuse_address(true), ec)) return failed("reuse_address");
  if (m.acceptor->bind(endpoint, ec)) return failed("bind");
  if (m.acceptor->listen(asio::socket_base::max_listen_connections, ec)) return failed("listen");
  m.port = m.acceptor->local_endpoint(ec).port();

  const int io_threads = std::max(1, m.options.io_threads);
  // With worker_threads = 0 the pool gets one idle thread and is never posted to.
  const int worker_threads = std::max(1, m.options.worker_threads);
  m.workers.emplace(worker_threads, m.options.worker_spin);
  m.ctx.emplace(m.options, m.router, m.metrics, *m.workers, m.access_log);
  m.guard.emplace(asio::make_work_guard(m.io));
  asio::post(*m.accept_strand, [&m] { m.accept(); });
  for (int i = 0; i < io_threads; ++i) m.threads.emplace_back([&m] { m.run_io(); });
  {
    std::lock_guard lock(m.state_mu);
    m.state = Impl::State::running;
  }
  spdlog::info("http: listening on {}:{}", m.options.address, m.port);
  return {};
}

std::uint16_t Server::port() const { return impl_->port; }

void Server::stop() {
  Impl& m = *impl_;
  {
    std::unique_lock lock(m.state_mu);
    if (m.state == Impl::State::created) {
      m.state = Impl::State::stopped;
      m.state_cv.notify_all();
      return;
    }
    if (m.state == Impl::State::stopping || m.state == Impl::State::stopped) {
      if (t_on_server_thread) return;
      m.state_cv.wait(lock, [&m] { return m.state == Impl::State::stopped; });
      return;
    }
    m.state = Impl::State::stopping;
    m.state_cv.notify_all();  // wakes run_until_signal()
  }
  if (t_on_server_thread) {
    // Joining our own thread would deadlock: stop from a fresh thread instead.
    std::thread([&m] { m.do_stop(); }).detach();
    return;
  }
  m.do_stop();
}

void Server::Impl::do_stop() {
  ctx->stopping = true;
  // 1. No new connections.
  std::promise<void> closed;
  asio::post(*accept_strand, [this, &closed] {
    beast::error_code ignored;
    acceptor->close(ignored);
    accept_retry->cancel();
    closed.set_value();
  });
  closed.get_future().wait();

  // 2. Idle connections close now; busy ones after their response (sent with
  //    "Connection: close"). 3. After the grace period, close whatever is left.
  ctx->for_each([](Session& s) { s.shutdown(); });
  if (!ctx->wait_empty_for(options.shutdown_grace)) {
    spdlog::warn("http: {} connection(s) still busy after the shutdown grace period; closing them", ctx->live());
    ctx->for_each([](Session& s) { s.force_close(); });
  }

  // 4. Join: workers first (their results are posted to io threads, which still run).
  guard.reset();
  workers->join();
  io.stop();
  for (auto& t : threads) t.join();
  threads.clear();
  signals.reset();  // give SIGINT/SIGTERM back
  spdlog::info("http: stopped");

  std::lock_guard lock(state_mu);
  state = State::stopped;
  state_cv.notify_all();
}

void Server::run_until_signal() {
  Impl& m = *impl_;
  {
    std::lock_guard lock(m.state_mu);
    if (m.state != Impl::State::running) return;
    m.signals.emplace(m.io, SIGINT, SIGTERM);
  }
  m.signals->async_wait([&m](beast::error_code ec, int signal) {
    if (ec) return;
    spdlog::info("http: signal {} received, stopping", signal);
    std::lock_guard lock(m.state_mu);
    m.signalled = true;
    m.state_cv.notify_all();
  });
  {
    std::unique_lock lock(m.state_mu);
    m.state_cv.wait(lock, [&m] { return m.signalled || m.state != Impl::State::running; });
  }
  stop();
}

void Server::wait() {
  Impl& m = *impl_;
  std::unique_lock lock(m.state_mu);
  m.state_cv.wait(lock, [&m] { return m.state == Impl::State::stopped || m.state == Impl::State::created; });
}

}  // namespace fw::http
