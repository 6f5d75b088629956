#include "api/call.hpp"

#include <boost/json.hpp>
#include <charconv>
#include <spdlog/spdlog.h>

#include "core/crypto.hpp"
#include "core/json.hpp"
#include "http/json_error.hpp"

namespace fw::api {
namespace {

bool state_changing(http::Method m) {
  return m == http::Method::post || m == http::Method::put || m == http::Method::patch || m == http::Method::del;
}

// Host part of an Origin ("https://host:port" → "host:port").
std::string_view origin_host(std::string_view origin) {
  if (auto p = origin.find("://"); p != std::string_view::npos) origin.remove_prefix(p + 3);
  return origin;
}

// Without a session there is no token to compare; a cross-site form cannot send JSON without
// a CORS preflight (which we never grant), and a browser that sends Origin must send ours.
bool anonymous_request_is_same_site(const http::Request& req) {
  if (auto origin = req.header("origin"); origin && *origin != "null") {
    auto host = req.header("host");
    if (!host || origin_host(*origin) != *host) return false;
  } else if (origin && *origin == "null") {
    return false;
  }
  if (!req.body.empty()) {
    auto ct = req.header("content-type");
    if (!ct || ct->find("application/json") != 0) return false;
  }
  return true;
}

}  // namespace

http::Response json_response(int status, const boost::json::value& body) {
  return http::Response::json(status, boost::json::serialize(body));
}

Result<std::int64_t> id_param(const http::Request& req, const std::string& name) {
  auto it = req.path_params.find(name);
  std::int64_t v = 0;
  if (it == req.path_params.end()) return fail(ErrorCode::not_found, "not_found");
  auto [p, ec] = std::from_chars(it->second.data(), it->second.data() + it->second.size(), v);
  if (ec != std::errc{} || p != it->second.data() + it->second.size() || v <= 0) {
    return fail(ErrorCode::not_found, "not_found");
  }
  return v;
}

Result<boost::json::object> json_body(const http::Request& req) {
  auto ct = req.header("content-type");
  if (!ct || ct->find("application/json") != 0) {
    return fail(ErrorCode::bad_request, "json.unsupported_media_type");
  }
  return json::parse_object(req.body);
}

std::string session_cookie(const App& app, const http::Request& req, const std::string& token, std::int64_t max_age_s) {
  std::string c = std::string(kSessionCookie) + "=" + token + "; Path=/; HttpOnly; SameSite=Lax; Max-Age=" +
                  std::to_string(max_age_s);
  if (app.config.secure_cookies || req.tls) c += "; Secure";
  return c;
}

std::string clear_session_cookie(const App& app, const http::Request& req) {
  return session_cookie(app, req, "", 0);
}

http::Handler wrap(App& app, ApiHandler handler) {
  return [&app, handler = std::move(handler)](http::Request& req) -> http::Response {
    Call call{req, app, service::Actor::anonymous(req.remote_ip), std::nullopt, "", std::nullopt, false};
    call.actor.lang = std::string(http::preferred_language(req));

    auto finish_error = [&](Error err) {
      if (err.code == ErrorCode::unauthenticated && err.key == "auth.required" && call.stale_cookie) {
        err.key = "auth.session_expired";
      }
      if (err.code == ErrorCode::internal || err.code == ErrorCode::unavailable) {
        spdlog::error("{} {}: {} ({})", http::method_name(req.method), req.path, err.key, err.detail);
      }
      http::Response r = http::error_response(err, req);
      if (err.code == ErrorCode::rate_limited && !err.detail.empty()) r.set_header("Retry-After", err.detail);
      if (call.stale_cookie) r.set_header("Set-Cookie", clear_session_cookie(app, req));
      r.log_user = call.actor.user_id ? std::to_string(*call.actor.user_id) : "";
      return r;
    };

    if (auto token = req.cookie(kSessionCookie); token && !token->empty()) {
      auto view = app.auth.resolve(*token, req.remote_ip);
      if (!view) return finish_error(view.error());
      if (*view) {
        call.actor = std::move((*view)->actor);
        call.actor.lang = std::string(http::preferred_language(req));
        call.csrf = std::move((*view)->csrf);
        call.user = std::move((*view)->user);
        call.session_token = *token;
      } else {
        call.stale_cookie = true;
      }
    }

    if (state_changing(req.method)) {
      const bool ok = call.session_token
                          ? crypto::equal_constant_time(req.header("x-csrf-token").value_or(""), call.csrf)
                          : anonymous_request_is_same_site(req);
      if (!ok) return finish_error(Error{ErrorCode::permission_denied, "auth.csrf", {}, {}});
    }

    auto result = handler(call);
    if (!result) return finish_error(std::move(result.error()));
    result->log_user = call.actor.user_id ? std::to_string(*call.actor.user_id) : "";
    result->set_header("Cache-Control", "no-store");
    return std::move(*result);
  };
}

Result<const boost::json::array*> optional_array(const boost::json::object& o, std::string_view field) {
  auto it = o.find(field);
  if (it == o.end() || it->value().is_null()) return nullptr;
  if (!it->value().is_array()) return fail(ErrorCode::invalid_argument, "json.wrong_type", std::string(field), "array");
  return &it->value().as_array();
}

Result<int> int_param(const http::Request& req, const char* name, int fallback) {
  auto v = req.query_param(name);
  if (!v || v->empty()) return fallback;
  int out = 0;
  auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), out);
  if (ec != std::errc{} || p != v->data() + v->size()) return fail(ErrorCode::invalid_argument, "query.invalid", name, "integer");
  return out;
}


Result<std::vector<std::string>> string_list(const boost::json::object& o, std::string_view field, std::string_view path) {
  const std::string name(path.empty() ? field : path);
  std::vector<std::string> out;
  auto it = o.find(field);
  if (it == o.end() || it->value().is_null()) return out;
  if (!it->value().is_array()) return fail(ErrorCode::invalid_argument, "json.wrong_type", name, "array");
  for (const auto& v : it->value().as_array()) {
    if (!v.is_string()) return fail(ErrorCode::invalid_argument, "json.wrong_type", name, "array of strings");
    out.emplace_back(v.as_string());
  }
  return out;
}

}  // namespace fw::api
