// kill -9 during writes loses no acknowledged write, on either backend, and leaves nothing
// half-written (each user's audit entry is in the same transaction as the user).
#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <thread>

#include "http/raw_client.hpp"
#include "integration/fachwerk_process.hpp"
#include "store/store.hpp"
#include "support/test_db.hpp"

namespace {
using fw::http::test::RawClient;
using fw::testing::ServerProcess;

struct Login {
  std::string cookie, csrf;
};

std::string post(const std::string& path, const std::string& body, const Login* login) {
  std::string req = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " +
                    std::to_string(body.size()) + "\r\n";
  if (login) req += "Cookie: " + login->cookie + "\r\nX-CSRF-Token: " + login->csrf + "\r\n";
  return req + "\r\n" + body;
}

std::optional<Login> login(std::uint16_t port) {
  RawClient c(port);
  if (!c.send(post("/api/v1/session", R"({"email":"admin@example.org","password":"Richtig-Geheim-42"})", nullptr))) return {};
  auto r = c.read_response();
  if (!r || r->status != 200) return {};
  Login l;
  const auto sc = r->header("set-cookie");
  l.cookie = sc.substr(0, sc.find(';'));
  const auto p = r->body.find("\"csrf_token\":\"");
  l.csrf = r->body.substr(p + 14, r->body.find('"', p + 14) - p - 14);
  return l;
}

class CrashTest : public ::testing::TestWithParam<std::string> {};

TEST_P(CrashTest, Kill9LosesNoAcknowledgedWrite) {
  auto td = fw::testing::make_test_database(GetParam());
  FW_REQUIRE_BACKEND(td);
  auto add = fw::testing::run_fachwerk({"--db", td.url, "user", "add", "--email", "admin@example.org", "--name", "Admin", "--admin"},
                                       {"FACHWERK_PASSWORD=Richtig-Geheim-42"});
  ASSERT_EQ(add.exit_code, 0) << add.output;

  ServerProcess server(td.url, {"--workers", "4"});
  ASSERT_TRUE(server.wait_listening()) << server.log();
  auto session = login(server.port);
  ASSERT_TRUE(session) << server.log();

  // Two writers on their own connections, so that a write is in flight at the kill.
  std::mutex mu;
  std::vector<std::string> acked;
  std::atomic<bool> stop{false};
  auto writer = [&](int id) {
    RawClient c(server.port);
    for (int i = 0; !stop; ++i) {
      const std::string email = "w" + std::to_string(id) + "-" + std::to_string(i) + "@example.org";
      if (!c.send(post("/api/v1/users", R"({"email":")" + email + R"(","display_name":"W","password":"Lang-genug-123"})",
                       &*session))) {
        return;
      }
      auto r = c.read_response(std::chrono::seconds(10));
      if (!r) return;  // the server died mid-request: this write was never acknowledged
      if (r->status == 201) {
        std::lock_guard lock(mu);
        acked.push_back(email);
      }
    }
  };
  std::thread w1(writer, 1), w2(writer, 2);
  for (int i = 0; i < 600; ++i) {
    {
      std::lock_guard lock(mu);
      if (acked.size() >= 60) break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  server.kill9();
  stop = true;
  w1.join();
  w2.join();
  ASSERT_EQ(server.wait_exit(std::chrono::seconds(10)), 128 + 9);
  ASSERT_GE(acked.size(), 20u) << "too few writes before the kill to mean anything";

  auto db = fw::testing::reopen(td);
  ASSERT_TRUE(db);
  auto lease = db->acquire();
  ASSERT_TRUE(lease);
  for (const auto& email : acked) {
    auto rows = (*lease)->query("SELECT COUNT(*) FROM users WHERE email = ?", {email});
    ASSERT_TRUE(rows);
    EXPECT_EQ((*rows)[0].int_at(0), 1) << "acknowledged but lost: " << email;
  }
  auto users = (*lease)->query("SELECT COUNT(*) FROM users WHERE email LIKE 'w%'");
  auto audits = (*lease)->query("SELECT COUNT(*) FROM audit_log WHERE action = 'create' AND after_json LIKE '%\"email\":\"w%'");
  ASSERT_TRUE(users && audits);
  EXPECT_EQ((*users)[0].int_at(0), (*audits)[0].int_at(0)) << "a user without its audit entry (or the reverse)";
  if (GetParam() == "sqlite") {
    auto check = (*lease)->query("PRAGMA integrity_check");
    ASSERT_TRUE(check);
    EXPECT_EQ((*check)[0].text_at(0), "ok");
  }
  lease = {};

  // And the server comes back on the same data.
  ServerProcess again(td.url);
  ASSERT_TRUE(again.wait_listening()) << again.log();
  EXPECT_TRUE(login(again.port));
}

INSTANTIATE_TEST_SUITE_P(Backends, CrashTest, ::testing::ValuesIn(fw::testing::test_backends()),
                         fw::testing::BackendName{});

}  // namespace
