// Sign-in, sessions and password reset.
//
// A session is a random 256-bit token in an HttpOnly cookie; the database keeps only its
// SHA-256, so a leaked database does not leak live sessions. Each session has its own CSRF
// token, returned to the UI at login and by /me, and required on state-changing requests.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/result.hpp"
#include "service/accounts/rate_limiter.hpp"
#include "service/accounts/session_cache.hpp"
#include "service/accounts/users.hpp"
#include "service/actor.hpp"
#include "service/mail/mailer.hpp"
#include "store/store.hpp"

namespace fw::service {

struct AuthConfig {
  std::int64_t idle_timeout_ms = 12LL * 3600 * 1000;         // signed out after 12 h without use
  std::int64_t absolute_timeout_ms = 14LL * 24 * 3600 * 1000; // and after 14 days in any case
  std::int64_t reset_token_ttl_ms = 3600 * 1000;              // reset links live one hour
  int max_failures_per_account = 5;                           // per window
  int max_failures_per_ip = 30;                               // per window
  std::int64_t failure_window_ms = 15 * 60 * 1000;
  std::string base_url = "http://127.0.0.1:8080";             // for links in e-mails
};

struct LoginResult {
  std::string token;  // cookie value; never stored
  std::string csrf;
  std::int64_t expires_at = 0;
  User user;
};

struct SessionView {
  Actor actor;
  std::string csrf;
  User user;
};

class Auth {
 public:
  Auth(store::Database& db, Mailer& mailer, AuthConfig config);

  // unauthenticated "auth.invalid_credentials" for a wrong address or password (the same
  // answer and about the same time for both); rate_limited "auth.rate_limited" (detail: the
  // seconds to wait) after too many failures for the account or the IP.
  Result<LoginResult> login(std::string_view email, std::string_view password, const std::string& ip,
                            const std::string& user_agent);
  Result<void> logout(std::string_view token, const Actor& actor);
  // nullopt for an unknown, expired or idle session, or a disabled account.
  Result<std::optional<SessionView>> resolve(std::string_view token, const std::string& ip);

  // Always succeeds for a well-formed address (no hint whether it is registered); mails a
  // link if it is. Rate limited per IP.
  Result<void> request_password_reset(std::string_view email, const std::string& ip);
  // Sets the new password, consumes the token and ends all of the user's sessions.
  Result<void> confirm_password_reset(std::string_view token, std::string_view new_password, const std::string& ip);

  const AuthConfig& config() const { return config_; }

 private:
  Result<void> audit_failure(const std::string& email, const std::string& ip);

  store::Database& db_;
  Mailer& mailer_;
  AuthConfig config_;
  RateLimiter per_account_;
  RateLimiter per_ip_;
  RateLimiter reset_per_ip_;
  std::string dummy_hash_;
  SessionCache cache_;  // verified against when the account doesn't exist (timing)
};

}  // namespace fw::service
