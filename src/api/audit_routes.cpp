// The audit log for admins: list and filter, or download (?format=csv|xlsx).
#include <boost/json.hpp>
#include <charconv>

#include "api/call.hpp"
#include "api/download.hpp"
#include "api/routes.hpp"
#include "core/clock.hpp"
#include "core/json.hpp"
#include "service/audit/audit_log.hpp"
#include "service/export/lists.hpp"

namespace fw::api {
namespace bj = boost::json;

namespace {

Result<std::optional<std::int64_t>> int_query(const http::Request& req, const char* name) {
  auto v = req.query_param(name);
  if (!v || v->empty()) return std::optional<std::int64_t>{};
  std::int64_t out = 0;
  auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), out);
  if (ec != std::errc{} || p != v->data() + v->size()) {
    return fail(ErrorCode::invalid_argument, "query.invalid", name, "integer");
  }
  return std::optional<std::int64_t>(out);
}

Result<http::Response> list(Call& c) {
  service::AuditFilter f;
  f.actor_user_id = FW_TRY(int_query(c.req, "actor"));
  f.entity = c.req.query_param("entity");
  f.entity_id = c.req.query_param("entity_id");
  f.action = c.req.query_param("action");
  f.from_ms = FW_TRY(int_query(c.req, "from"));
  f.to_ms = FW_TRY(int_query(c.req, "to"));
  if (auto format = FW_TRY(download_format(c.req))) {
    return download(FW_TRY(service::exporting::audit_list(c.app.db, c.actor, f)), *format);
  }
  f.page = static_cast<int>(FW_TRY(int_query(c.req, "page")).value_or(1));
  f.size = static_cast<int>(FW_TRY(int_query(c.req, "size")).value_or(50));
  auto page = FW_TRY(service::list_audit(c.app.db, c.actor, f));
  bj::array items;
  for (const auto& e : page.items) {
    bj::object o{{"id", e.id},         {"at", clock::iso8601(e.at)},  {"actor_label", e.actor_label},
                 {"ip", e.ip},         {"action", e.action},          {"entity", e.entity},
                 {"entity_id", e.entity_id}};
    o["actor_user_id"] = e.actor_user_id ? bj::value(*e.actor_user_id) : bj::value(nullptr);
    o["before"] = e.before ? bj::parse(*e.before) : bj::value(nullptr);
    o["after"] = e.after ? bj::parse(*e.after) : bj::value(nullptr);
    items.push_back(std::move(o));
  }
  return json_response(200, bj::object{{"items", std::move(items)}, {"total", page.total}, {"page", f.page}, {"size", f.size}});
}

}  // namespace

void register_audit_routes(http::Router& r, App& app) { r.add(http::Method::get, "/api/v1/audit", wrap(app, list)); }

}  // namespace fw::api
