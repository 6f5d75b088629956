// An in-process Fachwerk for API tests: a fresh database on the given backend, the services,
// the router with every route, and a mailer that keeps what it sends. Requests go straight
// to Router::dispatch, so tests exercise the same code as the server minus the sockets.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <boost/json.hpp>

#include "api/app.hpp"
#include "http/metrics.hpp"
#include "http/router.hpp"
#include "service/accounts/auth.hpp"
#include "service/dualcareer/live_matcher.hpp"
#include "service/mail/mailer.hpp"
#include "support/test_db.hpp"

namespace fw::testing {

class CapturingMailer final : public service::Mailer {
 public:
  Result<void> send(const service::Mail& mail) override {
    std::lock_guard lock(mu);
    sent.push_back(mail);
    return {};
  }
  std::mutex mu;
  std::vector<service::Mail> sent;
};

struct Session {
  std::string cookie;  // "fw_session=…"
  std::string csrf;
  std::int64_t user_id = 0;
};

struct Reply {
  int status = 0;
  std::string body;
  http::Headers headers;
  boost::json::value json() const;  // parsed body (null if not JSON)
  std::string header(std::string_view lower_name) const;
  std::string error_code() const;   // error.code or ""
  std::string error_message() const;
  std::string error_field() const;  // "" for null
};

struct RequestOptions {
  std::optional<Session> session;
  bool send_csrf = true;               // with a session: send its X-CSRF-Token
  std::string content_type = "application/json";
  std::string accept_language;         // "" → none (German)
  std::string ip = "127.0.0.1";
  http::Headers extra;
};

class Harness {
 public:
  explicit Harness(const std::string& backend);
  bool ready() const { return td.db != nullptr; }

  Reply call(http::Method method, const std::string& target, const std::string& body = "",
             const RequestOptions& options = {});
  Reply get(const std::string& target, const RequestOptions& o = {}) { return call(http::Method::get, target, "", o); }
  Reply post(const std::string& target, const boost::json::value& body, const RequestOptions& o = {}) {
    return call(http::Method::post, target, boost::json::serialize(body), o);
  }

  // Creates an account directly through the service (as the system) and returns its id.
  std::int64_t add_user(const std::string& email, bool admin = false,
                        std::vector<service::RoleAssignment> roles = {});
  Session login(const std::string& email, const std::string& password = kPassword);
  // Number of audit entries matching action and entity.
  std::int64_t audit_count(const std::string& action, const std::string& entity);

  static constexpr const char* kPassword = "Richtig-Geheim-42";

  TestDatabase td;
  CapturingMailer mailer;
  http::Metrics metrics;
  std::unique_ptr<service::Auth> auth;
  std::unique_ptr<service::LiveMatcher> dualcareer;
  std::unique_ptr<api::App> app;
  http::Router router;
};

}  // namespace fw::testing

#define FW_REQUIRE_HARNESS(h) FW_REQUIRE_BACKEND((h).td)
