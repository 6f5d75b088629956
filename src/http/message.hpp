// HTTP request and response as plain structs, free of Beast, so that handlers, services and
// tests compile without the heavy headers. http/server.cpp converts at the edge.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace fw::http {

enum class Method { get, head, post, put, patch, del, options, other };
const char* method_name(Method m);  // "GET", …, "DELETE"
Method parse_method(std::string_view s);

using Headers = std::vector<std::pair<std::string, std::string>>;  // names in lower case

struct Request {
  Method method = Method::get;
  std::string target;                             // as received: path + "?" + query
  std::string path;                               // percent-decoded path
  std::map<std::string, std::string> query;       // decoded query parameters (last one wins)
  Headers headers;                                // lower-case names
  std::string body;
  std::string remote_ip;
  bool tls = false;
  std::map<std::string, std::string> path_params;  // filled by the router: {id} → "42"

  std::optional<std::string_view> header(std::string_view lower_name) const;
  std::optional<std::string> cookie(std::string_view name) const;
  std::optional<std::string> query_param(std::string_view name) const;
};

struct Response {
  int status = 200;
  Headers headers;
  std::string body;
  // Set by handlers for the access log (user id or ""); never sent.
  std::string log_user;
  // Set by the router: the matched route pattern (e.g. "/api/v1/users/{id}") for metrics.
  std::string route;

  void set_header(std::string name, std::string value);
  std::optional<std::string_view> header(std::string_view lower_name) const;

  static Response json(int status, std::string body);
  static Response text(int status, std::string body, std::string content_type = "text/plain; charset=utf-8");
  static Response no_content();
};

// Parses "a=1&b=x%20y" into a map; '+' is a space.
std::map<std::string, std::string> parse_query(std::string_view qs);
std::string percent_decode(std::string_view s);

}  // namespace fw::http
