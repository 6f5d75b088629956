#include "service/monitor/threshold_tables.hpp"

#include <boost/json.hpp>

#include "core/clock.hpp"
#include "engine/monitor/thresholds.hpp"
#include "service/audit/audit_log.hpp"
#include "service/authz.hpp"
#include "service/monitor/monitor_reference.hpp"

namespace fw::service::monitor_data {
namespace {

std::string shipped(const std::string& version) {
  if (version == "2020") return std::string(embedded_thresholds_2020_csv());
  if (version == "pre2019") return std::string(embedded_thresholds_pre2019_csv());
  return "";
}

Result<ThresholdText> read(store::Connection& c, const std::string& version) {
  auto rows = FW_TRY(c.query("SELECT content FROM monitor_thresholds WHERE version = ?", {version}));
  if (!rows.empty()) return ThresholdText{version, rows[0].text_at(0), true};
  auto text = shipped(version);
  if (text.empty()) return fail(ErrorCode::not_found, "monitor.thresholds_unknown", "version", version);
  return ThresholdText{version, std::move(text), false};
}

// The audit log keeps JSON: the table text as a JSON string.
std::string as_json(const std::string& text) { return boost::json::serialize(boost::json::value(text)); }

}  // namespace

Result<ThresholdText> get_thresholds(store::Database& db, const std::string& version) {
  return store::with_connection(db, [&](store::Connection& c) { return read(c, version); });
}

Result<ThresholdText> put_thresholds(store::Database& db, const Actor& actor, const std::string& version,
                                     const std::string& content) {
  FW_TRY_VOID(require_admin(actor));
  if (!content.empty()) {
    const auto table = FW_TRY(monitor::ThresholdTable::parse(content, "content"));
    if (table.version() != version) {
      return fail(ErrorCode::invalid_argument, "monitor.bad_thresholds", "version", table.version() + " ≠ " + version);
    }
  } else if (shipped(version).empty()) {
    return fail(ErrorCode::not_found, "monitor.thresholds_unknown", "version", version);
  }
  return store::transact(db, [&](store::Connection& c) -> Result<ThresholdText> {
    const auto before = FW_TRY(read(c, version));
    FW_TRY_VOID(c.exec("DELETE FROM monitor_thresholds WHERE version = ?", {version}));
    if (!content.empty()) {
      FW_TRY_VOID(c.exec("INSERT INTO monitor_thresholds (version, content, updated_at, updated_by) VALUES (?, ?, ?, ?)",
                         {version, content, clock::now_ms(), actor.label}));
    }
    const auto after = FW_TRY(read(c, version));
    FW_TRY_VOID(record_audit(c, actor, {"update", "monitor_thresholds", version,
                                        as_json(before.content), as_json(after.content)}));
    return after;
  });
}

}  // namespace fw::service::monitor_data
