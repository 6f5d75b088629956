// Health, metrics and the API description. These run on the I/O threads: they touch no
// database and must answer even when the worker pool is saturated.
#include <boost/json.hpp>

#include "api/call.hpp"
#include "api/routes.hpp"

namespace fw::api {
using http::Method;
using http::Response;
using http::RunOn;

void register_system_routes(http::Router& r, App& app) {
  r.add(
      Method::get, "/healthz",
      [&app](http::Request&) {
        return json_response(200, boost::json::object{{"status", "ok"},
                                                      {"db", store::backend_name(app.db.backend())},
                                                      {"version", app.config.version}});
      },
      RunOn::io);
  r.add(
      Method::get, "/metrics",
      [&app](http::Request&) {
        return Response::text(200, app.metrics.render(), "text/plain; version=0.0.4; charset=utf-8");
      },
      RunOn::io);
  r.add(
      Method::get, "/api/openapi.json",
      [](http::Request&) { return Response::json(200, std::string(openapi_document())); }, RunOn::io);
}

}  // namespace fw::api
