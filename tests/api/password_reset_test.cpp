// Password reset by e-mail token: through the service with a capturing mailer, and the
// mail itself through a real SMTP server (started by scripts/with-smtp.sh).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "api/harness.hpp"
#include "core/clock.hpp"
#include "core/crypto.hpp"

namespace {
namespace bj = boost::json;
using fw::testing::Harness;

std::string token_from(const std::string& text) {
  const std::string marker = "token=";
  auto p = text.find(marker);
  if (p == std::string::npos) return "";
  auto end = text.find_first_of(" \r\n", p);
  return text.substr(p + marker.size(), end - p - marker.size());
}

class PasswordResetTest : public ::testing::TestWithParam<std::string> {};

TEST_P(PasswordResetTest, TokenSetsPasswordOnceAndEndsSessions) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("anna@example.org");
  auto old_session = h.login("anna@example.org");
  auto r = h.post("/api/v1/password-reset", bj::object{{"email", "anna@example.org"}});
  EXPECT_EQ(r.status, 202);
  ASSERT_EQ(h.mailer.sent.size(), 1u);
  EXPECT_EQ(h.mailer.sent[0].to, "anna@example.org");
  EXPECT_EQ(h.mailer.sent[0].subject, "Fachwerk: Passwort zurücksetzen");
  const auto token = token_from(h.mailer.sent[0].text);
  ASSERT_FALSE(token.empty());

  auto weak = h.post("/api/v1/password-reset/confirm", bj::object{{"token", token}, {"password", "kurz"}});
  EXPECT_EQ(weak.status, 422);
  auto ok = h.post("/api/v1/password-reset/confirm", bj::object{{"token", token}, {"password", "Neu-gesetzt-2026"}});
  EXPECT_EQ(ok.status, 204) << ok.body;
  auto again = h.post("/api/v1/password-reset/confirm", bj::object{{"token", token}, {"password", "Noch-einmal-2026"}});
  EXPECT_EQ(again.status, 422);
  EXPECT_EQ(again.error_field(), "token");
  EXPECT_EQ(h.get("/api/v1/me", {.session = old_session}).status, 401) << "all sessions end";
  EXPECT_EQ(h.post("/api/v1/session", bj::object{{"email", "anna@example.org"}, {"password", "Neu-gesetzt-2026"}}).status, 200);
}

TEST_P(PasswordResetTest, UnknownAddressLooksTheSameButSendsNothing) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  auto r = h.post("/api/v1/password-reset", bj::object{{"email", "niemand@example.org"}});
  EXPECT_EQ(r.status, 202);
  EXPECT_TRUE(h.mailer.sent.empty());
  EXPECT_EQ(h.post("/api/v1/password-reset", bj::object{{"email", "kaputt"}}).status, 422);
}

TEST_P(PasswordResetTest, TokenExpiresAfterAnHour) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("anna@example.org");
  h.post("/api/v1/password-reset", bj::object{{"email", "anna@example.org"}});
  ASSERT_EQ(h.mailer.sent.size(), 1u);
  const auto token = token_from(h.mailer.sent[0].text);
  fw::clock::advance_for_tests(h.auth->config().reset_token_ttl_ms + 1000);
  auto late = h.post("/api/v1/password-reset/confirm", bj::object{{"token", token}, {"password", "Neu-gesetzt-2026"}});
  fw::clock::advance_for_tests(-(h.auth->config().reset_token_ttl_ms + 1000));
  EXPECT_EQ(late.status, 422);
}

INSTANTIATE_TEST_SUITE_P(Backends, PasswordResetTest, ::testing::ValuesIn(fw::testing::test_backends()),
                         fw::testing::BackendName{});

// The SMTP mailer against a real SMTP server (aiosmtpd with a Maildir, from Debian's
// python3-aiosmtpd), started by scripts/with-smtp.sh which exports FACHWERK_TEST_SMTP_URL
// and FACHWERK_TEST_SMTP_MAILDIR.
TEST(SmtpMailer, DeliversUtf8MailToARealServer) {
  const char* url = std::getenv("FACHWERK_TEST_SMTP_URL");
  const char* maildir = std::getenv("FACHWERK_TEST_SMTP_MAILDIR");
  if (!url || !maildir) {
    if (std::getenv("FACHWERK_TEST_ALLOW_NO_SMTP")) GTEST_SKIP() << "no SMTP server";
    FAIL() << "FACHWERK_TEST_SMTP_URL/FACHWERK_TEST_SMTP_MAILDIR not set: run under scripts/with-smtp.sh";
  }
  auto mailer = fw::service::make_smtp_mailer({url, "fachwerk@example.org", "", ""});
  const std::string marker = "marker-" + fw::crypto::random_token(12);
  auto sent = mailer->send({"anna@example.org", "Passwort zurücksetzen – Prüfung", "Grüße\nLink: " + marker + "\n"});
  ASSERT_TRUE(sent) << sent.error().detail;
  // Delivery into the Maildir is asynchronous on the server side; poll briefly.
  std::string found;
  for (int i = 0; i < 100 && found.empty(); ++i) {
    for (const auto& dir : {"new", "cur"}) {
      std::error_code ec;
      for (const auto& f : std::filesystem::directory_iterator(std::filesystem::path(maildir) / dir, ec)) {
        std::ifstream in(f.path());
        std::stringstream ss;
        ss << in.rdbuf();
        if (ss.str().find(marker) != std::string::npos) found = ss.str();
      }
    }
    if (found.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ASSERT_FALSE(found.empty()) << "mail not delivered to " << maildir;
  EXPECT_NE(found.find("Subject: =?UTF-8?B?"), std::string::npos) << "umlauts in the subject are encoded";
  EXPECT_NE(found.find("Grüße"), std::string::npos);
  EXPECT_NE(found.find("To: anna@example.org"), std::string::npos);
}

}  // namespace
