// The Beast-free parts of the server (http/server.cpp, http/session.cpp): response headers
// every response gets, splitting a request target, and the access-log line. Kept apart so
// they are testable and cheap to compile.
#pragma once

#include <string>
#include <string_view>

#include "http/message.hpp"

namespace fw::http {

// Content-Security-Policy sent with every HTML response (unless the handler set its own).
inline constexpr std::string_view kHtmlCsp =
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; "
    "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

// Adds X-Content-Type-Options: nosniff, Referrer-Policy: same-origin, and for text/html the
// CSP above. Headers the handler already set are kept.
void add_security_headers(Response& res);

// Fills req.path (percent-decoded, without query) and req.query from req.target.
// An absolute-form target ("http://host/p?q") is reduced to its path.
void split_target(Request& req);

struct AccessRecord {
  std::string_view ip;
  std::string_view method;
  std::string_view path;   // without query string: it may carry tokens
  std::string_view route;  // pattern or "unmatched"
  int status = 0;
  std::size_t bytes = 0;   // body bytes sent
  double ms = 0;
  std::string_view user;
};

// One JSON object without trailing newline, e.g.
// {"ts":"2026-01-31T12:00:00.123Z","ip":"…","method":"GET","path":"/x","route":"/x",
//  "status":200,"bytes":12,"ms":0.41,"user":""}
std::string access_log_line(const AccessRecord& rec);

}  // namespace fw::http
