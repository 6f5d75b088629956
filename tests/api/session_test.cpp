// Sign-in, cookies, CSRF, expiry and rate limiting.
#include <gtest/gtest.h>

#include "api/harness.hpp"
#include "core/clock.hpp"

namespace {
namespace bj = boost::json;
using fw::http::Method;
using fw::testing::Harness;
using fw::testing::RequestOptions;

class SessionTest : public ::testing::TestWithParam<std::string> {};

TEST_P(SessionTest, LoginSetsHardenedCookieAndMeWorks) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("anna@example.org");
  auto r = h.post("/api/v1/session", bj::object{{"email", "  Anna@Example.org "}, {"password", Harness::kPassword}});
  ASSERT_EQ(r.status, 200) << r.body;
  const auto cookie = r.header("set-cookie");
  EXPECT_NE(cookie.find("fw_session="), std::string::npos);
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Lax"), std::string::npos);
  EXPECT_EQ(cookie.find("Secure"), std::string::npos) << "plain HTTP must not set Secure";
  EXPECT_EQ(r.json().at("user").at("email").as_string(), "anna@example.org");
  EXPECT_FALSE(r.json().at("csrf_token").as_string().empty());

  auto s = h.login("anna@example.org");
  auto me = h.get("/api/v1/me", {.session = s});
  ASSERT_EQ(me.status, 200);
  EXPECT_EQ(me.json().at("csrf_token").as_string(), s.csrf);
  EXPECT_EQ(h.audit_count("login", "session"), 2);
}

TEST_P(SessionTest, SecureCookieWhenConfigured) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("anna@example.org");
  h.app->config.secure_cookies = true;
  auto r = h.post("/api/v1/session", bj::object{{"email", "anna@example.org"}, {"password", Harness::kPassword}});
  EXPECT_NE(r.header("set-cookie").find("; Secure"), std::string::npos);
}

TEST_P(SessionTest, WrongPasswordIsLocalisedAndAudited) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("anna@example.org");
  auto de = h.post("/api/v1/session", bj::object{{"email", "anna@example.org"}, {"password", "falsch-falsch"}});
  EXPECT_EQ(de.status, 401);
  EXPECT_EQ(de.error_code(), "unauthenticated");
  EXPECT_EQ(de.error_message(), "E-Mail-Adresse oder Passwort ist falsch.");
  auto en = h.post("/api/v1/session", bj::object{{"email", "nobody@example.org"}, {"password", "x"}},
                   {.accept_language = "en-GB,en;q=0.8"});
  EXPECT_EQ(en.status, 401);
  EXPECT_EQ(en.error_message(), "E-mail address or password is wrong.");
  EXPECT_EQ(h.audit_count("login_failed", "session"), 2);
}

TEST_P(SessionTest, LogoutEndsTheSessionOnTheServer) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("anna@example.org");
  auto s = h.login("anna@example.org");
  EXPECT_EQ(h.get("/api/v1/me", {.session = s}).status, 200) << "now the session is cached";
  auto out = h.call(Method::del, "/api/v1/session", "", {.session = s});
  EXPECT_EQ(out.status, 204);
  EXPECT_NE(out.header("set-cookie").find("Max-Age=0"), std::string::npos);
  auto me = h.get("/api/v1/me", {.session = s});
  EXPECT_EQ(me.status, 401);
  EXPECT_EQ(me.error_message(), "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.");
}

TEST_P(SessionTest, CsrfTokenRequiredForChangesWithASession) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("anna@example.org");
  auto s = h.login("anna@example.org");
  auto missing = h.call(Method::patch, "/api/v1/me", R"({"language":"en"})", {.session = s, .send_csrf = false});
  EXPECT_EQ(missing.status, 403);
  EXPECT_EQ(missing.error_code(), "permission_denied");
  auto wrong = s;
  wrong.csrf = "nicht-das-token";
  EXPECT_EQ(h.call(Method::patch, "/api/v1/me", R"({"language":"en"})", {.session = wrong}).status, 403);
  auto me = h.get("/api/v1/me", {.session = s});
  EXPECT_EQ(me.json().at("user").at("language").as_string(), "de") << "a refused request must change nothing";
  EXPECT_EQ(h.call(Method::patch, "/api/v1/me", R"({"language":"en"})", {.session = s}).status, 200);
}

TEST_P(SessionTest, AnonymousChangesMustBeSameSiteJson) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("anna@example.org");
  const std::string body = R"({"email":"anna@example.org","password":"Richtig-Geheim-42"})";
  auto cross = h.call(Method::post, "/api/v1/session", body, {.extra = {{"origin", "https://evil.example"}}});
  EXPECT_EQ(cross.status, 403);
  auto form = h.call(Method::post, "/api/v1/session", "email=a", {.content_type = "application/x-www-form-urlencoded"});
  EXPECT_EQ(form.status, 403);
  auto same = h.call(Method::post, "/api/v1/session", body, {.extra = {{"origin", "http://127.0.0.1:8080"}}});
  EXPECT_EQ(same.status, 200);
}

TEST_P(SessionTest, IdleAndAbsoluteExpiry) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("anna@example.org");
  auto s = h.login("anna@example.org");
  fw::clock::advance_for_tests(h.auth->config().idle_timeout_ms - 60'000);
  EXPECT_EQ(h.get("/api/v1/me", {.session = s}).status, 200) << "used before the idle limit";
  fw::clock::advance_for_tests(h.auth->config().idle_timeout_ms + 1000);
  auto late = h.get("/api/v1/me", {.session = s});
  EXPECT_EQ(late.status, 401);
  EXPECT_NE(late.header("set-cookie").find("Max-Age=0"), std::string::npos) << "stale cookie is cleared";
  fw::clock::advance_for_tests(-2 * h.auth->config().idle_timeout_ms + 60'000);
}

TEST_P(SessionTest, RateLimitPerAccountThenPerIp) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("anna@example.org");
  const int limit = h.auth->config().max_failures_per_account;
  for (int i = 0; i < limit; ++i) {
    EXPECT_EQ(h.post("/api/v1/session", bj::object{{"email", "anna@example.org"}, {"password", "falsch"}}).status, 401);
  }
  auto blocked = h.post("/api/v1/session", bj::object{{"email", "anna@example.org"}, {"password", Harness::kPassword}});
  EXPECT_EQ(blocked.status, 429) << "even the right password waits";
  EXPECT_EQ(blocked.error_code(), "rate_limited");
  EXPECT_FALSE(blocked.header("retry-after").empty());
  // Another IP is blocked for this account too, but another account from the first IP is not.
  EXPECT_EQ(h.post("/api/v1/session", bj::object{{"email", "anna@example.org"}, {"password", Harness::kPassword}},
                   {.ip = "10.1.1.1"}).status, 429);
  h.add_user("bert@example.org");
  EXPECT_EQ(h.post("/api/v1/session", bj::object{{"email", "bert@example.org"}, {"password", Harness::kPassword}}).status, 200);
  // Many accounts from one IP: the IP limit stops them.
  int last = 0;
  for (int i = 0; i < h.auth->config().max_failures_per_ip + 1; ++i) {
    last = h.post("/api/v1/session", bj::object{{"email", "x" + std::to_string(i) + "@example.org"}, {"password", "p"}},
                  {.ip = "192.0.2.9"}).status;
  }
  EXPECT_EQ(last, 429);
}

INSTANTIATE_TEST_SUITE_P(Backends, SessionTest, ::testing::ValuesIn(fw::testing::test_backends()),
                         fw::testing::BackendName{});

}  // namespace
