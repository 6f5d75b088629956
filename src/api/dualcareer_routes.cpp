// Job für Zwei: vacancies and the household matcher (issue 4).
#include <boost/json.hpp>

#include "api/call.hpp"
#include "api/routes.hpp"
#include "core/json.hpp"
#include "engine/match/dates.hpp"
#include "service/dualcareer/live_matcher.hpp"

namespace fw::api {
namespace bj = boost::json;
using http::Method;
using http::Response;

namespace {

std::unexpected<Error> wrong_type(const std::string& field, const char* expected) {
  return fail(ErrorCode::invalid_argument, "json.wrong_type", field, expected);
}

// A JSON number (integer or not) at o[field]; `path` names it in errors.
Result<std::optional<double>> opt_number(const bj::object& o, std::string_view field, const std::string& path) {
  auto it = o.find(field);
  if (it == o.end() || it->value().is_null()) return std::optional<double>{};
  const auto& v = it->value();
  if (v.is_double()) return std::optional<double>{v.as_double()};
  if (v.is_int64()) return std::optional<double>{static_cast<double>(v.as_int64())};
  if (v.is_uint64()) return std::optional<double>{static_cast<double>(v.as_uint64())};
  return wrong_type(path, "number");
}

Result<double> number(const bj::object& o, std::string_view field, const std::string& path) {
  auto v = FW_TRY(opt_number(o, field, path));
  if (!v) return fail(ErrorCode::invalid_argument, "json.missing", path);
  return *v;
}

Result<const bj::object*> opt_object(const bj::object& o, std::string_view field, const std::string& path) {
  auto it = o.find(field);
  if (it == o.end() || it->value().is_null()) return nullptr;
  if (!it->value().is_object()) return wrong_type(path, "object");
  return &it->value().as_object();
}

Result<service::VacancyInput> decode_vacancy(const bj::object& o) {
  service::VacancyInput in;
  in.network_id = FW_TRY(json::opt_int(o, "network_id"));
  in.organisation_id = FW_TRY(json::opt_int(o, "organisation_id"));
  in.employer_name = FW_TRY(json::opt_string(o, "employer_name")).value_or("");
  in.title = FW_TRY(json::get_string(o, "title"));
  in.kldb = FW_TRY(json::get_string(o, "kldb"));
  in.level = static_cast<int>(FW_TRY(json::opt_int(o, "level")).value_or(0));
  in.working_time = FW_TRY(string_list(o, "working_time"));
  if (auto h = FW_TRY(json::opt_int(o, "homeoffice_share"))) in.homeoffice_share = static_cast<int>(*h);
  in.contract = FW_TRY(json::opt_string(o, "contract"));
  in.start_date = FW_TRY(json::opt_string(o, "start_date"));
  in.published_on = FW_TRY(json::opt_string(o, "published_on"));
  in.expires_on = FW_TRY(json::opt_string(o, "expires_on"));
  in.status = FW_TRY(json::opt_string(o, "status")).value_or("open");
  in.visibility = FW_TRY(json::opt_string(o, "visibility")).value_or("members");
  auto it = o.find("locations");
  if (it == o.end() || it->value().is_null()) return in;  // the engine's check names "locations"
  if (!it->value().is_array()) return wrong_type("locations", "array");
  const auto& locs = it->value().as_array();
  for (std::size_t i = 0; i < locs.size(); ++i) {
    const std::string at = "locations[" + std::to_string(i) + "]";
    if (!locs[i].is_object()) return wrong_type(at, "object");
    const auto& l = locs[i].as_object();
    in.locations.push_back({FW_TRY(number(l, "lat", at + ".lat")), FW_TRY(number(l, "lon", at + ".lon")),
                            FW_TRY(json::opt_string(l, "label")).value_or("")});
  }
  return in;
}

Result<match::Mode> mode_of(const bj::object& o, const std::string& path) {
  auto m = FW_TRY(json::opt_string(o, "mode"));
  if (!m) return match::Mode::car;
  if (auto mode = match::parse_mode(*m)) return *mode;
  return fail(ErrorCode::invalid_argument, "directory.value_invalid", path + ".mode", *m);
}

Result<match::PartnerRequest> decode_partner(const bj::object& body, std::string_view field) {
  const std::string path(field);
  const auto* o = FW_TRY(opt_object(body, field, path));
  if (!o) return fail(ErrorCode::invalid_argument, "json.missing", path);
  match::PartnerRequest p;
  auto it = o->find("occupations");
  if (it != o->end() && !it->value().is_null()) {
    if (!it->value().is_array()) return wrong_type(path + ".occupations", "array");
    const auto& occ = it->value().as_array();
    for (std::size_t i = 0; i < occ.size(); ++i) {
      const std::string at = path + ".occupations[" + std::to_string(i) + "]";
      if (!occ[i].is_object()) return wrong_type(at, "object");
      const auto& oo = occ[i].as_object();
      auto kldb = oo.find("kldb");
      if (kldb == oo.end() || !kldb->value().is_string()) return wrong_type(at + ".kldb", "string");
      auto level = FW_TRY(opt_number(oo, "level", at + ".level"));
      p.occupations.push_back({std::string(kldb->value().as_string()), static_cast<int>(level.value_or(0))});
    }
  }
  const auto wt = FW_TRY(string_list(*o, "working_time", path + ".working_time"));
  for (std::size_t i = 0; i < wt.size(); ++i) {
    auto flag = match::parse_working_time(wt[i]);
    if (!flag) {
      return fail(ErrorCode::invalid_argument, "directory.value_invalid", path + ".working_time[" + std::to_string(i) + "]",
                  wt[i]);
    }
    p.working_time = static_cast<match::WorkingTimeSet>(p.working_time | *flag);
  }
  if (auto start = FW_TRY(json::opt_string(*o, "earliest_start"))) {
    p.earliest_start = match::parse_iso_date(*start);
    if (!p.earliest_start) return fail(ErrorCode::invalid_argument, "directory.date_invalid", path + ".earliest_start", *start);
  }
  p.max_minutes = FW_TRY(opt_number(*o, "max_minutes", path + ".max_minutes")).value_or(45);
  p.mode = FW_TRY(mode_of(*o, path));
  return p;
}

Result<match::SearchOptions> decode_options(const bj::object& body) {
  match::SearchOptions s;
  const auto* o = FW_TRY(opt_object(body, "options", "options"));
  if (!o) return s;
  s.tolerance_minutes = FW_TRY(opt_number(*o, "tolerance_minutes", "options.tolerance_minutes")).value_or(s.tolerance_minutes);
  s.near_misses = static_cast<int>(FW_TRY(opt_number(*o, "near_misses", "options.near_misses")).value_or(s.near_misses));
  s.best_homes = static_cast<int>(FW_TRY(opt_number(*o, "best_homes", "options.best_homes")).value_or(s.best_homes));
  return s;
}

// min_fit and limit; the engine checks their ranges.
Result<void> decode_common(const bj::object& body, double& min_fit, int& limit) {
  min_fit = FW_TRY(opt_number(body, "min_fit", "min_fit")).value_or(min_fit);
  const double l = FW_TRY(opt_number(body, "limit", "limit")).value_or(limit);
  if (l < 0 || l > 2e9) return fail(ErrorCode::invalid_argument, "match.limit_invalid", "limit");
  limit = static_cast<int>(l);
  return {};
}

Result<service::LiveMatcher*> matcher(Call& c) {
  if (!c.app.dualcareer) return fail(ErrorCode::unavailable, "shutting_down");
  return c.app.dualcareer;
}

Result<Response> list(Call& c) {
  service::VacancyFilter f;
  const auto& r = c.req;
  if (auto n = FW_TRY(int_param(r, "network", 0)); n > 0) f.network_id = n;
  if (auto n = FW_TRY(int_param(r, "organisation", 0)); n > 0) f.organisation_id = n;
  if (auto s = r.query_param("status"); s && !s->empty()) f.status = *s;
  f.kldb_prefix = r.query_param("kldb").value_or("");
  f.page = FW_TRY(int_param(r, "page", 1));
  f.size = FW_TRY(int_param(r, "size", 50));
  auto page = FW_TRY(service::list_vacancies(c.app.db, c.actor, f));
  bj::array items;
  for (const auto& v : page.items) items.push_back(service::vacancy_json(v));
  return json_response(200, bj::object{{"items", std::move(items)}, {"total", page.total}, {"page", f.page}, {"size", f.size}});
}

Result<Response> create(Call& c) {
  auto* m = FW_TRY(matcher(c));
  auto in = FW_TRY(decode_vacancy(FW_TRY(json_body(c.req))));
  auto v = FW_TRY(m->create(c.actor, in));
  return json_response(201, bj::object{{"vacancy", service::vacancy_json(v)}});
}

Result<Response> get(Call& c) {
  auto v = FW_TRY(service::get_vacancy(c.app.db, c.actor, FW_TRY(id_param(c.req, "id"))));
  return json_response(200, bj::object{{"vacancy", service::vacancy_json(v)}});
}

Result<Response> update(Call& c) {
  auto* m = FW_TRY(matcher(c));
  const auto id = FW_TRY(id_param(c.req, "id"));
  auto in = FW_TRY(decode_vacancy(FW_TRY(json_body(c.req))));
  auto v = FW_TRY(m->update(c.actor, id, in));
  return json_response(200, bj::object{{"vacancy", service::vacancy_json(v)}});
}

// POST /vacancies/{id}/close {"status": "filled" | "expired"} (default filled)
Result<Response> close(Call& c) {
  auto* m = FW_TRY(matcher(c));
  const auto id = FW_TRY(id_param(c.req, "id"));
  std::string status = "filled";
  if (!c.req.body.empty()) status = FW_TRY(json::opt_string(FW_TRY(json_body(c.req)), "status")).value_or("filled");
  auto v = FW_TRY(m->close(c.actor, id, status));
  return json_response(200, bj::object{{"vacancy", service::vacancy_json(v)}});
}

Result<Response> anchored(Call& c) {
  auto* m = FW_TRY(matcher(c));
  const auto body = FW_TRY(json_body(c.req));
  match::AnchoredQuery q;
  q.partner = FW_TRY(decode_partner(body, "partner"));
  if (const auto* a = FW_TRY(opt_object(body, "anchor", "anchor"))) {
    match::Anchor anchor;
    anchor.lat = FW_TRY(number(*a, "lat", "anchor.lat"));
    anchor.lon = FW_TRY(number(*a, "lon", "anchor.lon"));
    anchor.max_minutes = FW_TRY(opt_number(*a, "max_minutes", "anchor.max_minutes")).value_or(anchor.max_minutes);
    anchor.mode = FW_TRY(mode_of(*a, "anchor"));
    q.anchor = anchor;
  }
  if (const auto* h = FW_TRY(opt_object(body, "home", "home"))) {
    q.home = match::Point{FW_TRY(number(*h, "lat", "home.lat")), FW_TRY(number(*h, "lon", "home.lon"))};
  }
  FW_TRY_VOID(decode_common(body, q.min_fit, q.limit));
  q.options = FW_TRY(decode_options(body));
  auto result = FW_TRY(m->anchored(c.actor, FW_TRY(json::opt_int(body, "network_id")), q));
  return json_response(200, result);
}

Result<Response> couple(Call& c) {
  auto* m = FW_TRY(matcher(c));
  const auto body = FW_TRY(json_body(c.req));
  match::CoupleQuery q;
  q.a = FW_TRY(decode_partner(body, "a"));
  q.b = FW_TRY(decode_partner(body, "b"));
  if (const auto* r = FW_TRY(opt_object(body, "region", "region"))) {
    q.region = match::Region{FW_TRY(string_list(*r, "kreise", "region.kreise"))};
  }
  FW_TRY_VOID(decode_common(body, q.min_fit, q.limit));
  q.options = FW_TRY(decode_options(body));
  auto result = FW_TRY(m->couple(c.actor, FW_TRY(json::opt_int(body, "network_id")), q));
  return json_response(200, result);
}

}  // namespace

void register_dualcareer_routes(http::Router& r, App& app) {
  r.add(Method::get, "/api/v1/vacancies", wrap(app, list));
  r.add(Method::post, "/api/v1/vacancies", wrap(app, create));
  r.add(Method::get, "/api/v1/vacancies/{id}", wrap(app, get));
  r.add(Method::put, "/api/v1/vacancies/{id}", wrap(app, update));
  r.add(Method::post, "/api/v1/vacancies/{id}/close", wrap(app, close));
  r.add(Method::post, "/api/v1/dualcareer/match/anchored", wrap(app, anchored));
  r.add(Method::post, "/api/v1/dualcareer/match/couple", wrap(app, couple));
}

}  // namespace fw::api
