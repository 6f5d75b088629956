// The per-request frame every API handler gets: who is calling (resolved from the session
// cookie), their CSRF token and language. wrap() builds it, enforces CSRF on state-changing
// requests and turns errors into the JSON error body.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "api/app.hpp"
#include "core/result.hpp"
#include "http/message.hpp"
#include "service/accounts/users.hpp"
#include "service/actor.hpp"

namespace fw::api {

inline constexpr std::string_view kSessionCookie = "fw_session";

struct Call {
  http::Request& req;
  App& app;
  service::Actor actor;
  std::optional<std::string> session_token;  // only when the session is valid
  std::string csrf;                          // of the valid session, else ""
  std::optional<service::User> user;         // the signed-in account, as read with the session
  bool stale_cookie = false;                 // a cookie was sent but its session is gone
};

using ApiHandler = std::function<Result<http::Response>(Call&)>;

http::Handler wrap(App& app, ApiHandler handler);

http::Response json_response(int status, const boost::json::value& body);
// Path parameter as a positive integer, else not_found (an id that can't exist).
Result<std::int64_t> id_param(const http::Request& req, const std::string& name);
// Query parameter as an int; absent or empty → fallback; not an integer → 422 "query.invalid".
Result<int> int_param(const http::Request& req, const char* name, int fallback);
// o[field] as a list of strings; absent or null → empty. Errors "json.wrong_type" name `path`
// (default: field), e.g. "region.kreise" for a nested object.
Result<std::vector<std::string>> string_list(const boost::json::object& o, std::string_view field,
                                             std::string_view path = {});
// Requires Content-Type application/json and a JSON object body.
Result<boost::json::object> json_body(const http::Request& req);
// An optional array in a JSON object: nullptr when missing or null, else invalid_argument
// "json.wrong_type" naming the field unless it is an array.
Result<const boost::json::array*> optional_array(const boost::json::object& o, std::string_view field);
std::string session_cookie(const App& app, const http::Request& req, const std::string& token, std::int64_t max_age_s);
std::string clear_session_cookie(const App& app, const http::Request& req);

}  // namespace fw::api
