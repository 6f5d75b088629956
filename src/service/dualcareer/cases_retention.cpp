#include "service/dualcareer/cases_retention.hpp"

#include "service/audit/audit_log.hpp"
#include "service/authz.hpp"

namespace fw::service::dualcareer {

Result<std::int64_t> purge_cases(store::Database& db, const Actor& actor, int retention_days, std::int64_t now_ms) {
  FW_TRY_VOID(require_admin(actor));
  if (retention_days < 0) return fail(ErrorCode::invalid_argument, "config.invalid", "retention_days", "≥ 0");
  const std::int64_t cutoff = now_ms - std::int64_t{retention_days} * 24 * 3600 * 1000;
  return store::transact(db, [&](store::Connection& c) -> Result<std::int64_t> {
    auto rows = FW_TRY(c.query("SELECT id FROM dc_cases WHERE ended_at IS NOT NULL AND ended_at <= ? ORDER BY id", {cutoff}));
    for (const auto& r : rows.rows) {
      const auto id = r.int_at(0);
      FW_TRY(c.exec("UPDATE dc_case_stats SET case_id = NULL WHERE case_id = ?", {id}));
      FW_TRY(c.exec("DELETE FROM dc_cases WHERE id = ?", {id}));
      FW_TRY_VOID(record_audit(c, actor, {"purge", "dc_case", std::to_string(id), std::nullopt, std::nullopt}));
    }
    return static_cast<std::int64_t>(rows.size());
  });
}

}  // namespace fw::service::dualcareer
