// Routes a Request to a handler by method and path pattern ("/api/v1/users/{id}").
// The route table is also what /api/openapi.json is checked against (tests/api).
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "http/message.hpp"

namespace fw::http {

using Handler = std::function<Response(Request&)>;

// Where a handler runs. Anything that may block (database, disk, hashing) runs on the worker
// pool; only trivial in-memory handlers (healthz, metrics, static files) run on I/O threads.
enum class RunOn { worker, io };

struct Route {
  Method method;
  std::string pattern;   // segments; "{name}" matches one non-empty segment
  Handler handler;
  RunOn run_on = RunOn::worker;
  bool in_api_doc = true;  // false for static files / SPA fallback
};

struct Match {
  const Route* route = nullptr;
  std::map<std::string, std::string> params;
  bool method_mismatch = false;  // path matched some route, but not with this method (405)
  std::vector<Method> allowed;   // with method_mismatch: the methods the path accepts (Allow)
};

// Matching: a pattern matches a path with the same number of '/'-separated segments where
// every literal segment is equal and every {param} segment is non-empty. Among the routes for
// the request's method, the most specific wins: comparing segment by segment from the left,
// a literal beats a {param}. HEAD is served by GET routes (the server drops the body).
// Build the table before serving; afterwards the Router is read-only and thread-safe.
class Router {
 public:
  // Adding the same method and pattern twice keeps the first (and is a programming error).
  void add(Method method, std::string pattern, Handler handler, RunOn run_on = RunOn::worker);
  // Called when nothing matched: e.g. static files and SPA fallback. May be unset (→ 404).
  void set_fallback(Handler handler, RunOn run_on = RunOn::io);

  Match match(Method method, std::string_view path) const;
  // Dispatches: fills path_params and Response::route; 404/405 as JSON errors (405 with an
  // Allow header). An exception from a handler becomes a logged 500 (key "internal"); only
  // std::bad_alloc escapes. Unmatched requests (404/405/fallback) leave Response::route "".
  Response dispatch(Request& req) const;
  // Where the request will run, decided before dispatch.
  RunOn run_on(const Request& req) const;

  const std::vector<Route>& routes() const { return routes_; }

 private:
  struct Segment {
    std::string text;  // the literal, or the parameter name
    bool param = false;
  };
  std::vector<Route> routes_;
  std::vector<std::vector<Segment>> compiled_;  // parallel to routes_
  std::optional<Route> fallback_;
};

}  // namespace fw::http
