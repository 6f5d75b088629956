// The server against a real client on loopback. Timeouts are set short where a test needs
// the server to act, and the checks are functional ("the server closed the connection within
// a generous bound"), never performance assertions.
#include "http/server.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "raw_client.hpp"

namespace fw::http {
namespace {

using namespace std::chrono_literals;
using test::RawClient;

constexpr auto kGenerous = 5s;  // upper bound for "the server closes the connection"

class HttpServerTest : public ::testing::Test {
 protected:
  HttpServerTest() {
    router.add(Method::get, "/hello", [](Request&) { return Response::text(200, "hello"); }, RunOn::io);
    router.add(Method::get, "/page", [](Request&) { return Response::text(200, "<p>Hallo</p>", "text/html; charset=utf-8"); },
               RunOn::io);
    router.add(Method::post, "/echo", [](Request& r) { return Response::text(200, r.body); });
    router.add(Method::get, "/items/{id}", [](Request& r) {
      Response res = Response::text(200, r.path_params.at("id") + "|" + r.query_param("q").value_or("") + "|" + r.remote_ip);
      res.log_user = "u42";
      return res;
    });
    router.add(Method::get, "/thread/io", [this](Request&) {
      std::lock_guard lock(mu);
      io_thread = std::this_thread::get_id();
      return Response::text(200, "io");
    }, RunOn::io);
    router.add(Method::get, "/thread/worker", [this](Request&) {
      std::lock_guard lock(mu);
      worker_thread = std::this_thread::get_id();
      return Response::text(200, "worker");
    });
    router.add(Method::get, "/slow", [this](Request&) {
      slow_started = true;
      std::this_thread::sleep_for(300ms);
      return Response::text(200, "slow");
    });
    router.add(Method::get, "/slow-io", [this](Request&) {
      slow_started = true;
      std::this_thread::sleep_for(300ms);
      slow_finished = true;
      return Response::text(200, "slow");
    }, RunOn::io);
    router.add(Method::get, "/boom", [](Request&) -> Response { throw std::runtime_error("kaputt"); });
  }

  void start(ServerOptions opts = {}) {
    opts.port = 0;
    opts.io_threads = 2;  // as in production: sessions on several threads
    opts.access_log = access_log;
    server = std::make_unique<Server>(opts, router, metrics);
    const auto started = server->start();
    ASSERT_TRUE(started) << started.error().detail;
    ASSERT_NE(server->port(), 0);
  }

  RawClient client() const { return RawClient(server->port()); }

  Router router;
  Metrics metrics;
  std::unique_ptr<Server> server;
  bool access_log = false;
  std::mutex mu;
  std::thread::id io_thread, worker_thread;
  std::atomic<bool> slow_started{false};
  std::atomic<bool> slow_finished{false};
};

TEST_F(HttpServerTest, KeepAliveServesTwoRequestsOnOneConnection) {
  access_log = true;  // exercised once; goes to stderr
  start();
  RawClient c = client();
  ASSERT_TRUE(c.ok());
  ASSERT_TRUE(c.send(RawClient::get("/hello")));
  auto first = c.read_response();
  ASSERT_TRUE(first);
  EXPECT_EQ(first->status, 200);
  EXPECT_EQ(first->body, "hello");
  EXPECT_EQ(first->header("x-content-type-options"), "nosniff");
  EXPECT_EQ(first->header("referrer-policy"), "same-origin");
  EXPECT_EQ(first->header("content-security-policy"), "");  // not HTML

  ASSERT_TRUE(c.send(RawClient::get("/items/7?q=x%20y&token=secret")));
  auto second = c.read_response();
  ASSERT_TRUE(second);
  EXPECT_EQ(second->status, 200);
  EXPECT_EQ(second->body, "7|x y|127.0.0.1");

  // HEAD: GET's headers and length, no body; the connection stays usable.
  ASSERT_TRUE(c.send("HEAD /hello HTTP/1.1\r\nHost: t\r\n\r\n"));
  auto head = c.read_response(kGenerous, /*head=*/true);
  ASSERT_TRUE(head);
  EXPECT_EQ(head->status, 200);
  EXPECT_EQ(head->header("content-length"), "5");
  ASSERT_TRUE(c.send(RawClient::get("/page")));
  auto page = c.read_response();
  ASSERT_TRUE(page);
  EXPECT_EQ(page->body, "<p>Hallo</p>");  // proves HEAD sent no body bytes
  EXPECT_NE(page->header("content-security-policy").find("default-src 'self'"), std::string::npos);
}

TEST_F(HttpServerTest, PipelinedRequestsAreAnsweredInOrder) {
  start();
  RawClient c = client();
  ASSERT_TRUE(c.send(RawClient::get("/items/1") + RawClient::get("/hello") + RawClient::get("/items/2")));
  EXPECT_EQ(c.read_response()->body, "1||127.0.0.1");
  EXPECT_EQ(c.read_response()->body, "hello");
  EXPECT_EQ(c.read_response()->body, "2||127.0.0.1");
}

TEST_F(HttpServerTest, HeaderValuesCannotSplitTheResponse) {
  router.add(Method::get, "/inject", [](Request&) {
    Response res = Response::text(200, "ok");
    res.set_header("X-Name", "a\r\nSet-Cookie: evil=1");
    return res;
  }, RunOn::io);
  start();
  RawClient c = client();
  ASSERT_TRUE(c.send(RawClient::get("/inject")));
  const auto res = c.read_response();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->header("set-cookie"), "");
  EXPECT_EQ(res->body, "ok");
}

TEST_F(HttpServerTest, UnknownRouteIs404Json) {
  start();
  RawClient c = client();
  ASSERT_TRUE(c.send(RawClient::get("/nope", "Accept-Language: en\r\n")));
  const auto res = c.read_response();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);
  EXPECT_EQ(res->header("content-type"), "application/json");
  EXPECT_NE(res->body.find("\"code\":\"not_found\""), std::string::npos);
}

TEST_F(HttpServerTest, BodyOverLimitIs413ThenClose) {
  ServerOptions opts;
  opts.body_limit = 1024;
  start(opts);
  RawClient c = client();
  const std::string body(100000, 'x');
  ASSERT_TRUE(c.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n"));
  c.send(body);  // may fail: the server answers after the header
  const auto res = c.read_response();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  EXPECT_NE(res->body.find("\"code\":\"payload_too_large\""), std::string::npos);
  EXPECT_TRUE(c.closed_by_peer_within(kGenerous));

  // A body within the limit is fine.
  RawClient ok = client();
  ASSERT_TRUE(ok.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 4\r\n\r\nabcd"));
  const auto echoed = ok.read_response();
  ASSERT_TRUE(echoed);
  EXPECT_EQ(echoed->body, "abcd");
}

TEST_F(HttpServerTest, ExpectContinueGetsInterimResponse) {
  start();
  RawClient c = client();
  ASSERT_TRUE(c.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\n"));
  const auto interim = c.read_response(kGenerous, false, /*want_interim=*/true);
  ASSERT_TRUE(interim);
  EXPECT_EQ(interim->status, 100);
  ASSERT_TRUE(c.send("abc"));
  const auto res = c.read_response();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->body, "abc");
}

TEST_F(HttpServerTest, HugeHeaderIs431ThenClose) {
  start();  // header_limit 16 KiB
  RawClient c = client();
  c.send("GET /hello HTTP/1.1\r\nHost: t\r\nX-Big: " + std::string(32 * 1024, 'a') + "\r\n\r\n");
  const auto res = c.read_response();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 431);
  EXPECT_TRUE(c.closed_by_peer_within(kGenerous));
}

TEST_F(HttpServerTest, MalformedRequestIs400ThenClose) {
  start();
  RawClient c = client();
  ASSERT_TRUE(c.send("this is not http\r\n\r\n"));
  const auto res = c.read_response();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_NE(res->body.find("\"code\":\"bad_request\""), std::string::npos);
  EXPECT_TRUE(c.closed_by_peer_within(kGenerous));
}

TEST_F(HttpServerTest, SlowClientIsDisconnectedAfterRequestTimeout) {
  ServerOptions opts;
  opts.request_timeout = 300ms;
  start(opts);
  RawClient c = client();
  ASSERT_TRUE(c.send("GET /hello HTTP/1.1\r\nHost: t\r\n"));  // never finished
  EXPECT_TRUE(c.closed_by_peer_within(kGenerous));
  // A client that never sends anything is not kept either.
  RawClient silent = client();
  EXPECT_TRUE(silent.closed_by_peer_within(kGenerous));
}

TEST_F(HttpServerTest, IdleKeepAliveConnectionIsClosed) {
  ServerOptions opts;
  opts.idle_timeout = 300ms;
  start(opts);
  RawClient c = client();
  ASSERT_TRUE(c.send(RawClient::get("/hello")));
  ASSERT_TRUE(c.read_response());
  EXPECT_TRUE(c.closed_by_peer_within(kGenerous));
}

TEST_F(HttpServerTest, ConnectionsBeyondTheCapAreClosed) {
  ServerOptions opts;
  opts.max_connections = 2;
  start(opts);
  std::optional<RawClient> a(client()), b(client());
  for (RawClient* c : {&*a, &*b}) {
    ASSERT_TRUE(c->send(RawClient::get("/hello")));
    ASSERT_TRUE(c->read_response());
  }
  RawClient third = client();
  EXPECT_TRUE(third.closed_by_peer_within(kGenerous));
  EXPECT_NE(metrics.render().find("fachwerk_http_connections_rejected_total 1\n"), std::string::npos);
  EXPECT_NE(metrics.render().find("fachwerk_http_connections_open 2\n"), std::string::npos);

  // Once a slot is free, new connections are served again.
  a.reset();
  bool served = false;
  for (auto deadline = std::chrono::steady_clock::now() + kGenerous; !served && std::chrono::steady_clock::now() < deadline;) {
    RawClient next = client();
    served = next.send(RawClient::get("/hello")) && next.read_response(1s).has_value();
    if (!served) std::this_thread::sleep_for(20ms);
  }
  EXPECT_TRUE(served);
}

TEST_F(HttpServerTest, WorkerRoutesRunOffTheIoThreads) {
  start();
  RawClient c = client();
  ASSERT_TRUE(c.send(RawClient::get("/thread/io") + RawClient::get("/thread/worker")));
  ASSERT_TRUE(c.read_response());
  ASSERT_TRUE(c.read_response());
  std::lock_guard lock(mu);
  EXPECT_NE(io_thread, std::thread::id{});
  EXPECT_NE(worker_thread, std::thread::id{});
  EXPECT_NE(io_thread, worker_thread);
  EXPECT_NE(worker_thread, std::this_thread::get_id());
}

// Static files and /metrics answer on the I/O threads; a slow one (a large file to a slow
// disk) must hold only its own thread while the other I/O threads keep serving.
TEST_F(HttpServerTest, ABlockedIoThreadDoesNotStallTheOthers) {
  start();  // two I/O threads
  RawClient slow = client();
  ASSERT_TRUE(slow.send(RawClient::get("/slow-io")));
  while (!slow_started) std::this_thread::yield();
  RawClient fast = client();
  ASSERT_TRUE(fast.send(RawClient::get("/hello")));
  auto hello = fast.read_response();
  ASSERT_TRUE(hello);
  EXPECT_EQ(hello->status, 200);
  EXPECT_FALSE(slow_finished);  // answered by the other I/O thread while /slow-io still sleeps
  auto slow_answer = slow.read_response();
  ASSERT_TRUE(slow_answer);
  EXPECT_EQ(slow_answer->status, 200);
}

TEST_F(HttpServerTest, HandlerExceptionIs500AndServerKeepsServing) {
  start();
  RawClient c = client();
  ASSERT_TRUE(c.send(RawClient::get("/boom")));
  const auto res = c.read_response();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 500);
  EXPECT_NE(res->body.find("\"code\":\"internal\""), std::string::npos);
  ASSERT_TRUE(c.send(RawClient::get("/hello")));
  const auto next = c.read_response();
  ASSERT_TRUE(next);
  EXPECT_EQ(next->status, 200);
}

TEST_F(HttpServerTest, GracefulStopFinishesInFlightRequests) {
  start();
  RawClient idle = client();
  ASSERT_TRUE(idle.send(RawClient::get("/hello")));
  ASSERT_TRUE(idle.read_response());

  RawClient busy = client();
  ASSERT_TRUE(busy.send(RawClient::get("/slow")));
  for (auto deadline = std::chrono::steady_clock::now() + kGenerous; !slow_started && std::chrono::steady_clock::now() < deadline;) {
    std::this_thread::sleep_for(5ms);
  }
  ASSERT_TRUE(slow_started);
  const std::uint16_t port = server->port();
  server->stop();  // blocks until the slow request is answered

  const auto res = busy.read_response();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->body, "slow");
  EXPECT_EQ(res->header("connection"), "close");
  EXPECT_TRUE(busy.closed_by_peer_within(kGenerous));
  EXPECT_TRUE(idle.closed_by_peer_within(kGenerous));
  EXPECT_FALSE(RawClient(port).ok());  // no longer listening

  server->stop();  // idempotent
  server->wait();
}

TEST_F(HttpServerTest, RunUntilSignalReturnsWhenStoppedElsewhere) {
  start();
  std::thread waiter([this] { server->run_until_signal(); });
  std::this_thread::sleep_for(50ms);
  server->stop();
  waiter.join();
  server->wait();
}

TEST_F(HttpServerTest, MetricsSeeEveryRequest) {
  start();
  RawClient c = client();
  ASSERT_TRUE(c.send(RawClient::get("/items/1") + RawClient::get("/items/2") + RawClient::get("/nope")));
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(c.read_response());
  // The write completes before the metrics update; give the server a moment.
  std::string out;
  for (auto deadline = std::chrono::steady_clock::now() + kGenerous; std::chrono::steady_clock::now() < deadline;) {
    out = metrics.render();
    if (out.find("route=\"unmatched\",status=\"404\"} 1") != std::string::npos) break;
    std::this_thread::sleep_for(10ms);
  }
  EXPECT_NE(out.find("fachwerk_http_requests_total{method=\"GET\",route=\"/items/{id}\",status=\"200\"} 2"), std::string::npos)
      << out;
  EXPECT_NE(out.find("fachwerk_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"404\"} 1"), std::string::npos)
      << out;
  EXPECT_NE(out.find("fachwerk_http_connections_open 1"), std::string::npos) << out;
}

TEST_F(HttpServerTest, BindFailureIsAnError) {
  start();
  ServerOptions opts;
  opts.port = server->port();
  Server second(opts, router, metrics);
  const auto r = second.start();
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::unavailable);
  EXPECT_EQ(r.error().key, "server.bind");
}

}  // namespace
}  // namespace fw::http
