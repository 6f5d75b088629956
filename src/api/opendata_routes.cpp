// The public open-data export: /api/v1/opendata/{dataset}.json and .csv for every dataset the
// service offers (service/opendata). No session needed; caches may keep it for five minutes.
#include <boost/json.hpp>

#include "api/call.hpp"
#include "api/routes.hpp"
#include "service/opendata/opendata.hpp"

namespace fw::api {
namespace od = service::opendata;

void register_opendata_routes(http::Router& r, App& app) {
  for (const auto& source : od::datasets()) {
    const std::string base = "/api/v1/opendata/" + source.name;
    r.add(http::Method::get, base + ".json", wrap(app, [source](Call& c) -> Result<http::Response> {
            auto d = FW_TRY(source.build(c.app.db));
            auto res = json_response(200, od::dataset_json(source.name, d));
            res.set_header("Cache-Control", "public, max-age=300");
            res.set_header("Access-Control-Allow-Origin", "*");
            return res;
          }));
    r.add(http::Method::get, base + ".csv", wrap(app, [source](Call& c) -> Result<http::Response> {
            auto d = FW_TRY(source.build(c.app.db));
            auto res = http::Response::text(200, od::dataset_csv(d), "text/csv; charset=utf-8");
            res.set_header("Content-Disposition", "attachment; filename=\"" + source.name + ".csv\"");
            res.set_header("Cache-Control", "public, max-age=300");
            res.set_header("Access-Control-Allow-Origin", "*");
            return res;
          }));
  }
}

}  // namespace fw::api
