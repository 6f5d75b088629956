// The server process: a database that is down at start-up gets a clear 503 while the
// server keeps serving; SIGTERM ends it cleanly.
#include <gtest/gtest.h>

#include "http/raw_client.hpp"
#include "integration/fachwerk_process.hpp"
#include "support/test_db.hpp"

namespace {
using fw::http::test::RawClient;
using fw::testing::ServerProcess;

TEST(Startup, DatabaseDownAtStartIsA503NotACrash) {
  const auto closed = fw::testing::free_port();
  ServerProcess server("postgresql://postgres@127.0.0.1:" + std::to_string(closed) + "/fachwerk");
  ASSERT_TRUE(server.wait_listening()) << server.log();

  RawClient c(server.port);
  ASSERT_TRUE(c.send(RawClient::get("/healthz")));
  auto health = c.read_response();
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 503);
  EXPECT_NE(health->body.find("\"status\":\"unavailable\""), std::string::npos) << health->body;

  ASSERT_TRUE(c.send(RawClient::get("/api/v1/me")));
  auto me = c.read_response();
  ASSERT_TRUE(me);
  EXPECT_EQ(me->status, 503);
  EXPECT_NE(me->body.find("Die Datenbank ist nicht erreichbar"), std::string::npos) << me->body;
  EXPECT_EQ(me->body.find("postgres@"), std::string::npos) << "no connection details to clients";
  EXPECT_NE(server.log().find("Die Datenbank ist nicht erreichbar"), std::string::npos) << server.log();

  server.terminate();
  EXPECT_EQ(server.wait_exit(std::chrono::seconds(10)), 0) << server.log();
}

class StartupTest : public ::testing::TestWithParam<std::string> {};

TEST_P(StartupTest, ServesHealthAndStopsOnSigterm) {
  auto td = fw::testing::make_test_database(GetParam());
  FW_REQUIRE_BACKEND(td);
  ServerProcess server(td.url);
  ASSERT_TRUE(server.wait_listening()) << server.log();
  RawClient c(server.port);
  ASSERT_TRUE(c.send(RawClient::get("/healthz")));
  auto r = c.read_response();
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_NE(r->body.find("\"db\":\"" + GetParam() + "\""), std::string::npos) << r->body;
  ASSERT_TRUE(c.send(RawClient::get("/metrics")));
  auto m = c.read_response();
  ASSERT_TRUE(m);
  EXPECT_NE(m->body.find("fachwerk_http_requests_total{"), std::string::npos);
  EXPECT_NE(m->body.find("fachwerk_db_pool_capacity"), std::string::npos);
  server.terminate();
  EXPECT_EQ(server.wait_exit(std::chrono::seconds(30)), 0) << server.log();
}

INSTANTIATE_TEST_SUITE_P(Backends, StartupTest, ::testing::ValuesIn(fw::testing::test_backends()),
                         fw::testing::BackendName{});

}  // namespace
