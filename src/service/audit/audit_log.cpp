#include "service/audit/audit_log.hpp"

#include "core/clock.hpp"
#include "service/authz.hpp"

namespace fw::service {
namespace {

constexpr std::string_view kColumns =
    "id, at, actor_user_id, actor_label, ip, action, entity, entity_id, before_json, after_json";

AuditEntry to_entry(const store::Row& r) {
  return AuditEntry{r.int_at(0),      r.int_at(1),      r.opt_int(2),   r.text_at(3),  r.text_at(4),
                    r.text_at(5),     r.text_at(6),     r.text_at(7),   r.opt_text(8), r.opt_text(9)};
}

}  // namespace

Result<void> record_audit(store::Connection& conn, const Actor& actor, const AuditEvent& event) {
  store::Value who = actor.user_id ? store::Value(*actor.user_id) : store::null();
  FW_TRY(conn.exec(
      "INSERT INTO audit_log (at, actor_user_id, actor_label, ip, action, entity, entity_id, before_json, after_json)"
      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {clock::now_ms(), who, actor.label, actor.ip, event.action, event.entity, event.entity_id,
       store::opt(event.before), store::opt(event.after)}));
  return {};
}

Result<AuditPage> list_audit(store::Database& db, const Actor& actor, const AuditFilter& f) {
  FW_TRY_VOID(require_admin(actor));
  if (f.page < 1) return fail(ErrorCode::invalid_argument, "query.invalid", "page", ">= 1");
  if (f.size < 1 || f.size > 500) return fail(ErrorCode::invalid_argument, "query.invalid", "size", "1..500");

  // Each filter is a fixed SQL fragment with a bound parameter; only their presence varies.
  std::string where = " WHERE 1=1";
  store::Params params;
  if (f.actor_user_id) { where += " AND actor_user_id = ?"; params.emplace_back(*f.actor_user_id); }
  if (f.entity) { where += " AND entity = ?"; params.emplace_back(*f.entity); }
  if (f.entity_id) { where += " AND entity_id = ?"; params.emplace_back(*f.entity_id); }
  if (f.action) { where += " AND action = ?"; params.emplace_back(*f.action); }
  if (f.from_ms) { where += " AND at >= ?"; params.emplace_back(*f.from_ms); }
  if (f.to_ms) { where += " AND at < ?"; params.emplace_back(*f.to_ms); }

  return store::transact(db, [&](store::Connection& c) -> Result<AuditPage> {
    AuditPage page;
    auto count = FW_TRY(c.query("SELECT COUNT(*) FROM audit_log" + where, params));
    page.total = count[0].int_at(0);
    store::Params p = params;
    p.emplace_back(std::int64_t{f.size});
    p.emplace_back(std::int64_t{(f.page - 1) * f.size});
    auto rows = FW_TRY(c.query("SELECT " + std::string(kColumns) + " FROM audit_log" + where +
                                   " ORDER BY id DESC LIMIT ? OFFSET ?",
                               p));
    for (const auto& r : rows.rows) page.items.push_back(to_entry(r));
    FW_TRY_VOID(record_audit(c, actor, {"view", "audit_log", "", std::nullopt, std::nullopt}));
    return page;
  });
}

Result<std::vector<AuditEntry>> audit_about_user(store::Connection& conn, std::int64_t user_id) {
  auto rows = FW_TRY(conn.query("SELECT " + std::string(kColumns) +
                                    " FROM audit_log WHERE actor_user_id = ? OR (entity = 'user' AND entity_id = ?)"
                                    " ORDER BY id",
                                {user_id, std::to_string(user_id)}));
  std::vector<AuditEntry> out;
  for (const auto& r : rows.rows) out.push_back(to_entry(r));
  return out;
}

}  // namespace fw::service
