// The API: handlers that decode a request, call a service and encode the response.
// register_routes() puts every route of the product on the router.
#pragma once

#include <string>

#include "http/metrics.hpp"
#include "http/router.hpp"
#include "service/accounts/auth.hpp"
#include "store/store.hpp"

namespace fw::service {
class LiveMatcher;  // service/dualcareer/live_matcher.hpp
}

namespace fw::api {

struct AppConfig {
  bool secure_cookies = false;  // set when served over TLS (directly or behind a proxy)
  std::string version = FACHWERK_VERSION;
};

struct App {
  store::Database& db;
  service::Auth& auth;
  http::Metrics& metrics;
  AppConfig config;
  // The Job für Zwei matcher, built at start-up; null → the vacancy routes answer 503.
  service::LiveMatcher* dualcareer = nullptr;
};

void register_routes(http::Router& router, App& app);

// The OpenAPI document served at /api/openapi.json (src/api/openapi.json, embedded).
std::string_view openapi_document();

}  // namespace fw::api
