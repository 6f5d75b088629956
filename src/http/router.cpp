#include "http/router.hpp"

#include <algorithm>
#include <exception>
#include <new>

#include <spdlog/spdlog.h>

#include "http/json_error.hpp"

namespace fw::http {

namespace {

// "/" → {}, "/a/b" → {"a","b"}, "/a/" → {"a",""}. A path without a leading '/' (e.g. the
// asterisk-form "*") has no segments that could match and yields nullopt.
std::optional<std::vector<std::string_view>> split_path(std::string_view path) {
  if (path.empty() || path.front() != '/') return std::nullopt;
  std::vector<std::string_view> out;
  if (path.size() == 1) return out;
  path.remove_prefix(1);
  while (true) {
    const auto slash = path.find('/');
    out.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return out;
}

bool serves(Method route_method, Method request_method) {
  return route_method == request_method || (request_method == Method::head && route_method == Method::get);
}

std::string join_methods(const std::vector<Method>& methods) {
  std::string out;
  for (const Method m : methods) {
    if (!out.empty()) out += ", ";
    out += method_name(m);
  }
  return out;
}

// Exceptions stop here: a failing handler must not take the connection or the server down.
Response invoke(const Handler& handler, Request& req, std::string_view what) {
  try {
    return handler(req);
  } catch (const std::bad_alloc&) {
    throw;
  } catch (const std::exception& e) {
    spdlog::error("handler {} {} ({}) threw: {}", method_name(req.method), req.path, what, e.what());
  } catch (...) {
    spdlog::error("handler {} {} ({}) threw a non-standard exception", method_name(req.method), req.path, what);
  }
  return error_response(Error{ErrorCode::internal, "internal", {}, {}}, req);
}

}  // namespace

void Router::add(Method method, std::string pattern, Handler handler, RunOn run_on) {
  std::vector<Segment> segments;
  if (const auto parts = split_path(pattern)) {
    for (const std::string_view part : *parts) {
      if (part.size() >= 2 && part.front() == '{' && part.back() == '}') {
        segments.push_back(Segment{std::string(part.substr(1, part.size() - 2)), true});
      } else {
        segments.push_back(Segment{std::string(part), false});
      }
    }
  }
  routes_.push_back(Route{method, std::move(pattern), std::move(handler), run_on, true});
  compiled_.push_back(std::move(segments));
}

void Router::set_fallback(Handler handler, RunOn run_on) {
  fallback_ = Route{Method::get, "", std::move(handler), run_on, false};
}

Match Router::match(Method method, std::string_view path) const {
  Match result;
  const auto segments = split_path(path);
  if (!segments) return result;

  std::size_t best = routes_.size();
  bool path_matched = false;
  std::vector<Method> allowed;
  for (std::size_t i = 0; i < routes_.size(); ++i) {
    const auto& pattern = compiled_[i];
    if (pattern.size() != segments->size()) continue;
    bool ok = true;
    for (std::size_t k = 0; k < pattern.size() && ok; ++k) {
      ok = pattern[k].param ? !(*segments)[k].empty() : pattern[k].text == (*segments)[k];
    }
    if (!ok) continue;
    path_matched = true;
    allowed.push_back(routes_[i].method);
    if (!serves(routes_[i].method, method)) continue;
    if (best == routes_.size()) {
      best = i;
      continue;
    }
    // The first segment where the two differ in kind decides: literal beats parameter.
    const auto& current = compiled_[best];
    for (std::size_t k = 0; k < pattern.size(); ++k) {
      if (pattern[k].param == current[k].param) continue;
      if (!pattern[k].param) best = i;
      break;
    }
  }

  if (best != routes_.size()) {
    result.route = &routes_[best];
    const auto& pattern = compiled_[best];
    for (std::size_t k = 0; k < pattern.size(); ++k) {
      if (pattern[k].param) result.params.emplace(pattern[k].text, std::string((*segments)[k]));
    }
    return result;
  }
  if (path_matched) {
    if (std::ranges::find(allowed, Method::get) != allowed.end()) allowed.push_back(Method::head);
    std::ranges::sort(allowed);
    const auto [first, last] = std::ranges::unique(allowed);
    allowed.erase(first, last);
    result.method_mismatch = true;
    result.allowed = std::move(allowed);
  }
  return result;
}

Response Router::dispatch(Request& req) const {
  Match m = match(req.method, req.path);
  if (m.route != nullptr) {
    req.path_params = std::move(m.params);
    Response res = invoke(m.route->handler, req, m.route->pattern);
    res.route = m.route->pattern;
    return res;
  }
  if (m.method_mismatch) {
    Response res = error_response(Error{ErrorCode::method_not_allowed, "method_not_allowed", {}, {}}, req);
    res.set_header("allow", join_methods(m.allowed));
    return res;
  }
  if (fallback_) {
    Response res = invoke(fallback_->handler, req, "fallback");
    res.route.clear();
    return res;
  }
  return error_response(Error{ErrorCode::not_found, "not_found", {}, {}}, req);
}

RunOn Router::run_on(const Request& req) const {
  const Match m = match(req.method, req.path);
  if (m.route != nullptr) return m.route->run_on;
  if (m.method_mismatch) return RunOn::io;
  if (fallback_) return fallback_->run_on;
  return RunOn::io;
}

}  // namespace fw::http
