#include "service/monitor/demo_monitor.hpp"

#include "service/audit/audit_log.hpp"
#include "service/monitor/monitor_cache.hpp"

namespace fw::service::monitor_data {

Result<bool> load_demo_monitor(store::Database& db) {
  const auto actor = Actor::system("demo-data");
  return store::transact(db, [&](store::Connection& c) -> Result<bool> {
    auto exists = FW_TRY(c.query("SELECT 1 FROM monitor_datasets WHERE kind = 'synthetic'"));
    if (!exists.empty()) return false;
    DatasetInfo info;
    info.kind = "synthetic";
    info.name = "Synthetische Demodaten (keine amtlichen Zahlen)";
    info.source = "SYNTHETISCH: Fachwerk-Demodaten (keine amtlichen Zahlen)";
    info.synthetic = true;
    info.parameters = synthetic_parameters(monitor::SyntheticOptions{});
    const auto id = FW_TRY(insert_dataset(c, actor, info));
    FW_TRY_VOID(record_audit(c, actor, {"import", "monitor_dataset", std::to_string(id), std::nullopt, info.parameters}));
    return true;
  });
}

}  // namespace fw::service::monitor_data
