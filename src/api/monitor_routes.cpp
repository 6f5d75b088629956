// The labour-market monitor: bottleneck scores, projections, "today and tomorrow", saved
// scenarios (public reads; scenarios need a login), and imports for admins.
#include <boost/json.hpp>
#include <charconv>

#include "api/call.hpp"
#include "api/routes.hpp"
#include "core/json.hpp"
#include "service/authz.hpp"
#include "service/monitor/datasets.hpp"
#include "service/monitor/engpass_import.hpp"
#include "service/monitor/engpass_view.hpp"
#include "service/monitor/import_common.hpp"
#include "service/monitor/long_import.hpp"
#include "service/monitor/projection_view.hpp"
#include "service/monitor/scenarios.hpp"
#include "service/monitor/threshold_tables.hpp"
#include "service/monitor/xlsx_import.hpp"

namespace fw::api {
namespace bj = boost::json;
namespace md = service::monitor_data;
using http::Method;
using http::Response;

namespace {

Result<std::optional<int>> opt_int_param(const http::Request& req, const char* name) {
  auto v = req.query_param(name);
  if (!v || v->empty()) return std::optional<int>{};
  int out = 0;
  auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), out);
  if (ec != std::errc{} || p != v->data() + v->size()) return fail(ErrorCode::invalid_argument, "query.invalid", name, "ganze Zahl");
  return std::optional<int>{out};
}

Result<std::string> region_param(const http::Request& req) {
  auto r = req.query_param("region");
  if (!r || r->empty()) return fail(ErrorCode::invalid_argument, "query.invalid", "region", "z. B. 08136, land:08, network:ID");
  return *r;
}

Result<Response> engpass(Call& c) {
  md::EngpassQuery q;
  q.region = FW_TRY(region_param(c.req));
  q.year = FW_TRY(opt_int_param(c.req, "year"));
  q.level = FW_TRY(opt_int_param(c.req, "level"));
  if (auto t = c.req.query_param("thresholds"); t && !t->empty()) q.thresholds = *t;
  return json_response(200, FW_TRY(md::engpass_report(c.app.db, c.actor, q)));
}

Result<Response> today_tomorrow(Call& c) {
  return json_response(200, FW_TRY(md::today_tomorrow_report(c.app.db, c.actor, FW_TRY(region_param(c.req)))));
}

// {"region": "08136", "horizon": 2040, "scenario": {...} | "scenario_id": 3, "runs": 100, "occupation": "26"}
Result<Response> projection(Call& c) {
  const auto body = FW_TRY(json_body(c.req));
  md::ProjectionQuery q;
  q.region = FW_TRY(json::get_string(body, "region"));
  q.horizon = static_cast<int>(FW_TRY(json::opt_int(body, "horizon")).value_or(2040));
  q.runs = static_cast<int>(FW_TRY(json::opt_int(body, "runs")).value_or(100));
  q.occupation = FW_TRY(json::opt_string(body, "occupation")).value_or("");
  if (auto id = FW_TRY(json::opt_int(body, "scenario_id"))) {
    q.scenario = FW_TRY(md::get_scenario(c.app.db, c.actor, *id)).scenario;
  } else if (auto it = body.find("scenario"); it != body.end() && !it->value().is_null()) {
    if (!it->value().is_object()) return fail(ErrorCode::invalid_argument, "json.wrong_type", "scenario", "object");
    q.scenario = FW_TRY(md::scenario_from_json(it->value().as_object()));
  }
  return json_response(200, FW_TRY(md::projection_report(c.app.db, c.actor, q)));
}

Result<Response> list_scenarios(Call& c) {
  bj::array items;
  for (const auto& s : FW_TRY(md::list_scenarios(c.app.db, c.actor))) items.push_back(md::saved_scenario_json(s));
  return json_response(200, bj::object{{"items", std::move(items)}});
}

// {"name": "Rente mit 69", "parameters": {"retirement_age_shift": 2}}
Result<Response> create_scenario(Call& c) {
  const auto body = FW_TRY(json_body(c.req));
  const auto name = FW_TRY(json::get_string(body, "name"));
  monitor::Scenario s;
  if (auto it = body.find("parameters"); it != body.end() && !it->value().is_null()) {
    if (!it->value().is_object()) return fail(ErrorCode::invalid_argument, "json.wrong_type", "parameters", "object");
    s = FW_TRY(md::scenario_from_json(it->value().as_object()));
  }
  auto saved = FW_TRY(md::create_scenario(c.app.db, c.actor, name, s));
  return json_response(201, bj::object{{"scenario", md::saved_scenario_json(saved)}});
}

Result<Response> delete_scenario(Call& c) {
  FW_TRY_VOID(md::delete_scenario(c.app.db, c.actor, FW_TRY(id_param(c.req, "id"))));
  return Response::no_content();
}

// {"kind": "monitor-long" | "engpass" | "monitor-xlsx", "file_name": "basis.csv", "content": "<CSV text, or the
//  XLSX file in Base64>", "dry_run": false}
Result<Response> import_file(Call& c) {
  const auto body = FW_TRY(json_body(c.req));
  const auto kind = FW_TRY(json::get_string(body, "kind"));
  const auto file = FW_TRY(json::opt_string(body, "file_name")).value_or("upload.csv");
  const auto content = FW_TRY(json::get_string(body, "content"));
  const bool dry_run = FW_TRY(json::opt_bool(body, "dry_run")).value_or(false);
  md::ImportResult r;
  if (kind == "monitor-long") {
    r = FW_TRY(md::import_long_csv(c.app.db, c.actor, content, file, dry_run));
  } else if (kind == "engpass") {
    r = FW_TRY(md::import_engpass_csv(c.app.db, c.actor, content, file, dry_run));
  } else if (kind == "monitor-xlsx") {
    FW_TRY_VOID(service::require_admin(c.actor));  // before decoding anything
    r = FW_TRY(md::import_xlsx_table(c.app.db, c.actor, FW_TRY(md::decode_base64(content, "content")), file, dry_run));
  } else {
    return fail(ErrorCode::invalid_argument, "monitor.import_unknown_kind", "monitor-long, engpass, monitor-xlsx", kind);
  }
  return json_response(dry_run ? 200 : 201, bj::object{{"dataset_id", r.dataset_id}, {"rows", r.rows}, {"dry_run", dry_run}});
}

Result<Response> datasets(Call& c) {
  return json_response(200, bj::object{{"items", FW_TRY(md::datasets_report(c.app.db, c.actor))}});
}

bj::object thresholds_json(const md::ThresholdText& t) {
  return bj::object{{"version", t.version}, {"content", t.content}, {"edited", t.edited}};
}

Result<Response> get_thresholds(Call& c) {
  const auto version = c.req.path_params.at("version");
  return json_response(200, thresholds_json(FW_TRY(md::get_thresholds(c.app.db, version))));
}

// {"content": "<table CSV>"}; "" restores the shipped table.
Result<Response> put_thresholds(Call& c) {
  const auto body = FW_TRY(json_body(c.req));
  const auto content = FW_TRY(json::get_string(body, "content"));
  const auto version = c.req.path_params.at("version");
  return json_response(200, thresholds_json(FW_TRY(md::put_thresholds(c.app.db, c.actor, version, content))));
}

}  // namespace

void register_monitor_routes(http::Router& r, App& app) {
  r.add(Method::get, "/api/v1/monitor/engpass", wrap(app, engpass));
  r.add(Method::post, "/api/v1/monitor/projection", wrap(app, projection));
  r.add(Method::get, "/api/v1/monitor/today-tomorrow", wrap(app, today_tomorrow));
  r.add(Method::get, "/api/v1/monitor/scenarios", wrap(app, list_scenarios));
  r.add(Method::post, "/api/v1/monitor/scenarios", wrap(app, create_scenario));
  r.add(Method::del, "/api/v1/monitor/scenarios/{id}", wrap(app, delete_scenario));
  r.add(Method::post, "/api/v1/monitor/imports", wrap(app, import_file));
  r.add(Method::get, "/api/v1/monitor/datasets", wrap(app, datasets));
  r.add(Method::get, "/api/v1/monitor/thresholds/{version}", wrap(app, get_thresholds));
  r.add(Method::put, "/api/v1/monitor/thresholds/{version}", wrap(app, put_thresholds));
}

}  // namespace fw::api
