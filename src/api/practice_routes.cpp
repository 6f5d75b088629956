// The good-practice database: list, read, write, the editorial workflow and revisions.
#include <boost/json.hpp>

#include "api/call.hpp"
#include "api/routes.hpp"
#include "core/json.hpp"
#include "service/directory/practices.hpp"

namespace fw::api {
namespace bj = boost::json;
using http::Method;
using http::Response;

namespace {

Result<std::vector<std::int64_t>> id_list(const bj::object& o, std::string_view field) {
  std::vector<std::int64_t> out;
  const auto* a = FW_TRY(optional_array(o, field));
  for (std::size_t i = 0; a && i < a->size(); ++i) {
    if (!(*a)[i].is_int64()) return fail(ErrorCode::invalid_argument, "json.wrong_type", std::string(field), "array of integers");
    out.push_back((*a)[i].as_int64());
  }
  return out;
}

Result<std::vector<service::PracticeAward>> award_list(const bj::object& o) {
  std::vector<service::PracticeAward> out;
  const auto* a = FW_TRY(optional_array(o, "awards"));
  for (std::size_t i = 0; a && i < a->size(); ++i) {
    if (!(*a)[i].is_object()) return fail(ErrorCode::invalid_argument, "json.wrong_type", "awards", "array of objects");
    const auto& award = (*a)[i].as_object();
    const auto year = FW_TRY(json::get_int(award, "year"));
    // Out-of-range years become 0 and are rejected with the field named by the service.
    out.push_back({year >= 0 && year <= 9999 ? static_cast<int>(year) : 0, FW_TRY(json::get_string(award, "name"))});
  }
  return out;
}

Result<service::PracticeInput> decode_practice(const bj::object& o) {
  service::PracticeInput in;
  in.title = FW_TRY(json::get_string(o, "title"));
  in.teaser = FW_TRY(json::opt_string(o, "teaser")).value_or("");
  in.ausgangslage = FW_TRY(json::opt_string(o, "ausgangslage")).value_or("");
  in.massnahmen = FW_TRY(json::opt_string(o, "massnahmen")).value_or("");
  in.ergebnisse = FW_TRY(json::opt_string(o, "ergebnisse")).value_or("");
  in.funding = FW_TRY(json::opt_string(o, "funding")).value_or("");
  in.land_ags = FW_TRY(json::opt_string(o, "land_ags"));
  in.period_from = FW_TRY(json::opt_string(o, "period_from"));
  in.period_to = FW_TRY(json::opt_string(o, "period_to"));
  in.kreise = FW_TRY(string_list(o, "kreise"));
  in.handlungsfelder = FW_TRY(string_list(o, "handlungsfelder"));
  in.zielgruppen = FW_TRY(string_list(o, "zielgruppen"));
  in.networks = FW_TRY(id_list(o, "networks"));
  in.awards = FW_TRY(award_list(o));
  if (auto it = o.find("contact"); it != o.end() && !it->value().is_null()) {
    if (!it->value().is_object()) return fail(ErrorCode::invalid_argument, "json.wrong_type", "contact", "object");
    const auto& co = it->value().as_object();
    in.contact.name = FW_TRY(json::opt_string(co, "name"));
    in.contact.email = FW_TRY(json::opt_string(co, "email"));
    in.contact.phone = FW_TRY(json::opt_string(co, "phone"));
    in.contact.name_visibility = FW_TRY(json::opt_string(co, "name_visibility")).value_or("coordinators");
    in.contact.email_visibility = FW_TRY(json::opt_string(co, "email_visibility")).value_or("coordinators");
    in.contact.phone_visibility = FW_TRY(json::opt_string(co, "phone_visibility")).value_or("coordinators");
  }
  return in;
}

Response practice_response(int status, const service::Practice& p) {
  return json_response(status, bj::object{{"practice", service::practice_json(p)}});
}

Result<Response> list(Call& c) {
  service::PracticeListQuery q;
  q.status = c.req.query_param("status").value_or("");
  q.page = FW_TRY(int_param(c.req, "page", 1));
  q.size = FW_TRY(int_param(c.req, "size", 20));
  if (auto n = c.req.query_param("network"); n && !n->empty()) q.network = FW_TRY(int_param(c.req, "network", 0));
  auto page = FW_TRY(service::list_practices(c.app.db, c.actor, q));
  bj::array items;
  for (const auto& p : page.items) items.push_back(service::practice_json(p));
  return json_response(200, bj::object{{"items", std::move(items)}, {"total", page.total}, {"page", q.page}, {"size", q.size}});
}

Result<Response> create(Call& c) {
  auto in = FW_TRY(decode_practice(FW_TRY(json_body(c.req))));
  return practice_response(201, FW_TRY(service::create_practice(c.app.db, c.actor, in)));
}

Result<Response> get(Call& c) {
  return practice_response(200, FW_TRY(service::get_practice(c.app.db, c.actor, FW_TRY(id_param(c.req, "id")))));
}

Result<Response> update(Call& c) {
  const auto id = FW_TRY(id_param(c.req, "id"));
  auto in = FW_TRY(decode_practice(FW_TRY(json_body(c.req))));
  return practice_response(200, FW_TRY(service::update_practice(c.app.db, c.actor, id, in)));
}

// POST /practices/{id}/submit|publish|unpublish; unpublish takes {"reason": "…"}.
ApiHandler step(service::PracticeStep s) {
  return [s](Call& c) -> Result<Response> {
    const auto id = FW_TRY(id_param(c.req, "id"));
    std::string reason;
    if (s == service::PracticeStep::unpublish) reason = FW_TRY(json::opt_string(FW_TRY(json_body(c.req)), "reason")).value_or("");
    return practice_response(200, FW_TRY(service::practice_step(c.app.db, c.actor, id, s, reason)));
  };
}

Result<Response> revisions(Call& c) {
  bj::array items;
  for (const auto& r : FW_TRY(service::practice_revisions(c.app.db, c.actor, FW_TRY(id_param(c.req, "id"))))) {
    items.push_back(service::practice_revision_json(r));
  }
  return json_response(200, bj::object{{"items", std::move(items)}});
}

}  // namespace

void register_practice_routes(http::Router& r, App& app) {
  r.add(Method::get, "/api/v1/practices", wrap(app, list));
  r.add(Method::post, "/api/v1/practices", wrap(app, create));
  r.add(Method::get, "/api/v1/practices/{id}", wrap(app, get));
  r.add(Method::put, "/api/v1/practices/{id}", wrap(app, update));
  r.add(Method::post, "/api/v1/practices/{id}/submit", wrap(app, step(service::PracticeStep::submit)));
  r.add(Method::post, "/api/v1/practices/{id}/publish", wrap(app, step(service::PracticeStep::publish)));
  r.add(Method::post, "/api/v1/practices/{id}/unpublish", wrap(app, step(service::PracticeStep::unpublish)));
  r.add(Method::get, "/api/v1/practices/{id}/revisions", wrap(app, revisions));
}

}  // namespace fw::api
