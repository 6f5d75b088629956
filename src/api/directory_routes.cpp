// Regions, organisations, networks and memberships.
#include <boost/json.hpp>
#include <charconv>
#include <cmath>

#include "api/call.hpp"
#include "api/download.hpp"
#include "api/routes.hpp"
#include "core/json.hpp"
#include "service/directory/directory_lists.hpp"
#include "service/directory/directory_search.hpp"
#include "service/directory/map.hpp"
#include "service/directory/networks.hpp"
#include "service/directory/organisations.hpp"
#include "service/directory/regions.hpp"
#include "service/directory/vocabularies.hpp"
#include "service/export/lists.hpp"

namespace fw::api {
namespace bj = boost::json;
using http::Method;
using http::Response;

namespace {

Result<service::OrganisationInput> decode_organisation(const bj::object& o) {
  service::OrganisationInput in;
  in.name = FW_TRY(json::get_string(o, "name"));
  in.type = FW_TRY(json::get_string(o, "type"));
  in.street = FW_TRY(json::opt_string(o, "street")).value_or("");
  in.postcode = FW_TRY(json::opt_string(o, "postcode")).value_or("");
  in.city = FW_TRY(json::opt_string(o, "city")).value_or("");
  in.website = FW_TRY(json::opt_string(o, "website")).value_or("");
  in.email = FW_TRY(json::opt_string(o, "email")).value_or("");
  in.place_id = FW_TRY(json::opt_int(o, "place_id"));
  in.kreis_ags = FW_TRY(json::opt_string(o, "kreis_ags"));
  in.size_class = FW_TRY(json::opt_string(o, "size_class"));
  in.external_id = FW_TRY(json::opt_string(o, "external_id"));
  if (auto it = o.find("contacts"); it != o.end() && !it->value().is_null()) {
    if (!it->value().is_array()) return fail(ErrorCode::invalid_argument, "json.wrong_type", "contacts", "array");
    for (const auto& v : it->value().as_array()) {
      if (!v.is_object()) return fail(ErrorCode::invalid_argument, "json.wrong_type", "contacts", "array of objects");
      const auto& co = v.as_object();
      service::Contact ct;
      ct.name = FW_TRY(json::opt_string(co, "name"));
      ct.function_title = FW_TRY(json::opt_string(co, "function_title"));
      ct.email = FW_TRY(json::opt_string(co, "email"));
      ct.phone = FW_TRY(json::opt_string(co, "phone"));
      ct.name_visibility = FW_TRY(json::opt_string(co, "name_visibility")).value_or("coordinators");
      ct.email_visibility = FW_TRY(json::opt_string(co, "email_visibility")).value_or("coordinators");
      ct.phone_visibility = FW_TRY(json::opt_string(co, "phone_visibility")).value_or("coordinators");
      in.contacts.push_back(std::move(ct));
    }
  }
  return in;
}

Result<service::NetworkInput> decode_network(const bj::object& o) {
  service::NetworkInput in;
  in.name = FW_TRY(json::get_string(o, "name"));
  in.short_name = FW_TRY(json::opt_string(o, "short_name")).value_or("");
  in.cooperation_form = FW_TRY(json::opt_string(o, "cooperation_form")).value_or("kooperationsvereinbarung");
  in.description = FW_TRY(json::opt_string(o, "description")).value_or("");
  in.data_basis = FW_TRY(json::opt_string(o, "data_basis")).value_or("");
  in.website = FW_TRY(json::opt_string(o, "website")).value_or("");
  in.status = FW_TRY(json::opt_string(o, "status")).value_or("active");
  in.founded_on = FW_TRY(json::opt_string(o, "founded_on"));
  in.coordinator_organisation_id = FW_TRY(json::opt_int(o, "coordinator_organisation_id"));
  in.kreise = FW_TRY(string_list(o, "kreise"));
  in.handlungsfelder = FW_TRY(string_list(o, "handlungsfelder"));
  in.zielgruppen = FW_TRY(string_list(o, "zielgruppen"));
  return in;
}

Result<Response> laender(Call& c) {
  bj::array items;
  for (const auto& l : FW_TRY(service::list_laender(c.app.db))) {
    items.push_back(bj::object{{"ags", l.ags}, {"name", l.name}, {"area_km2", l.area_km2},
                               {"population", l.population}, {"kreise", l.kreise}});
  }
  return json_response(200, bj::object{{"items", std::move(items)}});
}

Result<Response> kreise(Call& c) {
  bj::array items;
  for (const auto& k : FW_TRY(service::list_kreise(c.app.db, c.req.query_param("land").value_or("")))) {
    items.push_back(bj::object{{"ags", k.ags}, {"nuts3", k.nuts3}, {"type", k.type}, {"name", k.name},
                               {"land", k.land_ags}, {"area_km2", k.area_km2}, {"population", k.population}});
  }
  return json_response(200, bj::object{{"items", std::move(items)}});
}

Result<Response> places(Call& c) {
  int limit = 20;
  if (auto l = c.req.query_param("limit")) {
    auto [p, ec] = std::from_chars(l->data(), l->data() + l->size(), limit);
    if (ec != std::errc{} || p != l->data() + l->size()) return fail(ErrorCode::invalid_argument, "query.invalid", "limit", "1..100");
  }
  bj::array items;
  for (const auto& p : FW_TRY(service::search_places(c.app.db, c.req.query_param("q").value_or(""), limit))) {
    items.push_back(bj::object{{"id", p.id}, {"name", p.name}, {"lat", p.lat}, {"lon", p.lon},
                               {"population", p.population}, {"kreis_ags", p.kreis_ags}, {"kreis", p.kreis_name},
                               {"gemeinde_ags", p.gemeinde_ags}});
  }
  return json_response(200, bj::object{{"items", std::move(items)}});
}

Result<Response> create_org(Call& c) {
  auto in = FW_TRY(decode_organisation(FW_TRY(json_body(c.req))));
  auto o = FW_TRY(service::create_organisation(c.app.db, c.actor, in));
  return json_response(201, bj::object{{"organisation", service::organisation_json(o)}});
}
Result<Response> get_org(Call& c) {
  auto o = FW_TRY(service::get_organisation(c.app.db, c.actor, FW_TRY(id_param(c.req, "id"))));
  return json_response(200, bj::object{{"organisation", service::organisation_json(o)}});
}
Result<Response> update_org(Call& c) {
  const auto id = FW_TRY(id_param(c.req, "id"));
  const auto body = FW_TRY(json_body(c.req));
  auto in = FW_TRY(decode_organisation(body));
  // Without "contacts" the stored contacts stay: the UI form edits the organisation's own fields.
  auto o = FW_TRY(service::update_organisation(c.app.db, c.actor, id, in, body.contains("contacts")));
  return json_response(200, bj::object{{"organisation", service::organisation_json(o)}});
}
Result<Response> delete_org(Call& c) {
  FW_TRY_VOID(service::delete_organisation(c.app.db, c.actor, FW_TRY(id_param(c.req, "id"))));
  return Response::no_content();
}

Result<Response> create_net(Call& c) {
  auto in = FW_TRY(decode_network(FW_TRY(json_body(c.req))));
  auto n = FW_TRY(service::create_network(c.app.db, c.actor, in));
  return json_response(201, bj::object{{"network", service::network_json(n)}});
}
Result<Response> get_net(Call& c) {
  auto n = FW_TRY(service::get_network(c.app.db, c.actor, FW_TRY(id_param(c.req, "id"))));
  return json_response(200, bj::object{{"network", service::network_json(n)}});
}
Result<Response> update_net(Call& c) {
  const auto id = FW_TRY(id_param(c.req, "id"));
  auto in = FW_TRY(decode_network(FW_TRY(json_body(c.req))));
  auto n = FW_TRY(service::update_network(c.app.db, c.actor, id, in));
  return json_response(200, bj::object{{"network", service::network_json(n)}});
}
Result<Response> delete_net(Call& c) {
  FW_TRY_VOID(service::delete_network(c.app.db, c.actor, FW_TRY(id_param(c.req, "id"))));
  return Response::no_content();
}

// PUT /networks/{id}/members/{organisation_id} {"step": "request|invite|approve|accept|reject|leave", …}
Result<Response> member_step(Call& c) {
  const auto network = FW_TRY(id_param(c.req, "id"));
  const auto org = FW_TRY(id_param(c.req, "organisation_id"));
  auto body = FW_TRY(json_body(c.req));
  const auto step_name = FW_TRY(json::get_string(body, "step"));
  static const std::pair<const char*, service::MembershipStep> kSteps[] = {
      {"request", service::MembershipStep::request}, {"invite", service::MembershipStep::invite},
      {"approve", service::MembershipStep::approve}, {"accept", service::MembershipStep::accept},
      {"reject", service::MembershipStep::reject},   {"leave", service::MembershipStep::leave}};
  const service::MembershipStep* step = nullptr;
  for (const auto& [name, s] : kSteps) {
    if (step_name == name) step = &s;
  }
  if (!step) return fail(ErrorCode::invalid_argument, "directory.value_invalid", "step", step_name);
  const auto role = FW_TRY(json::opt_string(body, "role")).value_or("partner");
  const auto reason = FW_TRY(json::opt_string(body, "reason")).value_or("");
  const auto left_on = FW_TRY(json::opt_string(body, "left_on"));
  auto m = FW_TRY(service::membership_step(c.app.db, c.actor, *step, network, org, role, reason, left_on));
  return json_response(200, bj::object{{"membership", service::membership_json(m)}});
}

// GET /networks/{id}/members[?format=csv|xlsx]: the members the reader may see, with each
// organisation's first contact as far as its visibility allows.
Result<Response> members(Call& c) {
  const auto id = FW_TRY(id_param(c.req, "id"));
  auto table = FW_TRY(service::exporting::network_members_list(c.app.db, c.actor, id));
  if (auto format = FW_TRY(download_format(c.req))) return download(table, *format);
  bj::array columns, rows;
  for (const auto& col : table.columns) columns.push_back(bj::string(col.title));
  for (const auto& row : table.rows) {
    bj::array cells;
    for (const auto& cell : row) cells.push_back(bj::string(cell));
    rows.push_back(std::move(cells));
  }
  return json_response(200, bj::object{{"title", table.title}, {"columns", std::move(columns)}, {"rows", std::move(rows)}});
}

Result<Response> map_kreise(Call& c) {
  const auto metric = c.req.query_param("metric").value_or("networks");
  bj::object values;
  for (const auto& [ags, v] : FW_TRY(service::kreis_values(c.app.db, metric))) values[ags] = v;
  return json_response(200, bj::object{{"metric", metric}, {"values", std::move(values)}});
}

Result<double> number_param(const std::string& text, const char* field) {
  try {
    std::size_t used = 0;
    const double v = std::stod(text, &used);
    if (used == text.size() && std::isfinite(v)) return v;
  } catch (const std::exception&) {
  }
  return fail(ErrorCode::invalid_argument, "query.invalid", field, "Zahl");
}

Result<Response> search(Call& c) {
  service::SearchQuery q;
  const auto& r = c.req;
  q.q = r.query_param("q").value_or("");
  q.type = r.query_param("type").value_or("");
  q.land = r.query_param("land").value_or("");
  q.kreis = r.query_param("kreis").value_or("");
  q.handlungsfeld = r.query_param("handlungsfeld").value_or("");
  q.zielgruppe = r.query_param("zielgruppe").value_or("");
  q.partner_type = r.query_param("partner_type").value_or("");
  q.page = FW_TRY(int_param(r, "page", 1));
  q.size = FW_TRY(int_param(r, "size", 20));
  if (auto near = r.query_param("near"); near && !near->empty()) {
    const auto comma = near->find(',');
    if (comma == std::string::npos) return fail(ErrorCode::invalid_argument, "query.invalid", "near", "lat,lon");
    q.near_lat = FW_TRY(number_param(near->substr(0, comma), "near"));
    q.near_lon = FW_TRY(number_param(near->substr(comma + 1), "near"));
    q.radius_km = FW_TRY(number_param(r.query_param("radius_km").value_or("25"), "radius_km"));
  }
  if (auto format = FW_TRY(download_format(c.req))) return download(FW_TRY(service::exporting::search_list(c.app.db, q)), *format);
  auto result = FW_TRY(service::search_directory(c.app.db, q));
  return json_response(200, service::search_result_json(result, q));
}

template <class T, class ToJson>
bj::object page_json(const service::ListPage<T>& page, ToJson to_json) {
  bj::array items;
  for (const auto& item : page.items) items.push_back(to_json(item));
  return bj::object{{"items", std::move(items)}, {"total", page.total}, {"page", page.page}, {"size", page.size}};
}

// GET /networks?page&size&land&status[&format=csv|xlsx]: public data, paged (downloads: all rows).
Result<Response> list_nets(Call& c) {
  service::NetworkListQuery q;
  q.land = c.req.query_param("land").value_or("");
  q.status = c.req.query_param("status").value_or("");
  q.page = FW_TRY(int_param(c.req, "page", 1));
  q.size = FW_TRY(int_param(c.req, "size", 20));
  if (auto format = FW_TRY(download_format(c.req))) return download(FW_TRY(service::exporting::networks_list(c.app.db, q)), *format);
  return json_response(200, page_json(FW_TRY(service::list_networks(c.app.db, q)), service::network_summary_json));
}

// GET /organisations?page&size&type&kreis[&format=csv|xlsx]: public data (no contacts), paged.
Result<Response> list_orgs(Call& c) {
  service::OrganisationListQuery q;
  q.type = c.req.query_param("type").value_or("");
  q.kreis = c.req.query_param("kreis").value_or("");
  q.page = FW_TRY(int_param(c.req, "page", 1));
  q.size = FW_TRY(int_param(c.req, "size", 20));
  if (auto format = FW_TRY(download_format(c.req))) {
    return download(FW_TRY(service::exporting::organisations_list(c.app.db, q)), *format);
  }
  return json_response(200, page_json(FW_TRY(service::list_organisations(c.app.db, q)), service::organisation_summary_json));
}

// GET /vocabularies: {"handlungsfelder": [...], "zielgruppen": [...]}, built-in and added terms.
Result<Response> vocabularies(Call& c) {
  bj::array handlungsfelder, zielgruppen;
  for (const auto& t : FW_TRY(service::list_vocabularies(c.app.db))) {
    (t.kind == "handlungsfeld" ? handlungsfelder : zielgruppen).push_back(service::vocabulary_term_json(t));
  }
  return json_response(200, bj::object{{"handlungsfelder", std::move(handlungsfelder)}, {"zielgruppen", std::move(zielgruppen)}});
}

Result<Response> add_vocabulary_term(Call& c) {
  const auto body = FW_TRY(json_body(c.req));
  service::VocabularyTerm term;
  term.code = FW_TRY(json::get_string(body, "code"));
  term.label_de = FW_TRY(json::get_string(body, "label_de"));
  term.label_en = FW_TRY(json::get_string(body, "label_en"));
  auto added = FW_TRY(service::add_vocabulary_term(c.app.db, c.actor, c.req.path_params.at("kind"), term));
  return json_response(201, bj::object{{"term", service::vocabulary_term_json(added)}});
}

}  // namespace

void register_directory_routes(http::Router& r, App& app) {
  r.add(Method::get, "/api/v1/regions/laender", wrap(app, laender));
  r.add(Method::get, "/api/v1/regions/kreise", wrap(app, kreise));
  r.add(Method::get, "/api/v1/regions/places", wrap(app, places));
  r.add(Method::get, "/api/v1/organisations", wrap(app, list_orgs));
  r.add(Method::post, "/api/v1/organisations", wrap(app, create_org));
  r.add(Method::get, "/api/v1/organisations/{id}", wrap(app, get_org));
  r.add(Method::put, "/api/v1/organisations/{id}", wrap(app, update_org));
  r.add(Method::del, "/api/v1/organisations/{id}", wrap(app, delete_org));
  r.add(Method::get, "/api/v1/networks", wrap(app, list_nets));
  r.add(Method::post, "/api/v1/networks", wrap(app, create_net));
  r.add(Method::get, "/api/v1/networks/{id}", wrap(app, get_net));
  r.add(Method::put, "/api/v1/networks/{id}", wrap(app, update_net));
  r.add(Method::del, "/api/v1/networks/{id}", wrap(app, delete_net));
  r.add(Method::get, "/api/v1/networks/{id}/members", wrap(app, members));
  r.add(Method::put, "/api/v1/networks/{id}/members/{organisation_id}", wrap(app, member_step));
  r.add(Method::get, "/api/v1/map/kreise", wrap(app, map_kreise));
  r.add(Method::get, "/api/v1/search", wrap(app, search));
  r.add(Method::get, "/api/v1/vocabularies", wrap(app, vocabularies));
  r.add(Method::post, "/api/v1/vocabularies/{kind}", wrap(app, add_vocabulary_term));
}

}  // namespace fw::api
