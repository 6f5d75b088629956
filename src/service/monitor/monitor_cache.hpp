// The monitor's figures in memory, as the engines need them: imported base quantities (or the
// synthetic demo data generated from its stored seed) as one BaseDataset, and the projection
// input. Reloaded when the set of datasets changes (compared by their random tokens, one cheap
// query per request), so imports through the CLI reach a running server too. Imported data
// win: once any base quantities are imported, the synthetic demo data are not served.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "engine/monitor/base_data.hpp"
#include "engine/monitor/projection_input.hpp"
#include "engine/monitor/synthetic.hpp"
#include "service/monitor/datasets.hpp"
#include "store/store.hpp"

namespace fw::service::monitor_data {

struct MonitorState {
  std::vector<DatasetInfo> datasets;                  // all, oldest first
  std::shared_ptr<const monitor::BaseDataset> base;   // null: no base quantities at all
  bool synthetic = false;                             // base is the generated demo dataset
  std::optional<monitor::SyntheticOptions> synthetic_options;
  std::vector<int> periods() const { return base ? base->periods() : std::vector<int>{}; }
};

Result<std::shared_ptr<const MonitorState>> monitor_state(store::Database& db);

// The projection input: only the synthetic demo data have stocks by single age so far;
// otherwise bad_request "monitor.no_projection_data". Generated once per seed (≈ 2 s, 111 MB).
Result<std::shared_ptr<const monitor::ProjectionInput>> projection_input(const MonitorState& state);

// Loads the served data (and the synthetic projection input) ahead of the first request; the
// server calls it on a background thread at start. Errors are left for that request to report.
void warm_up(store::Database& db);

// Parameters stored for a synthetic dataset, and back.
std::string synthetic_parameters(const monitor::SyntheticOptions& o);
Result<monitor::SyntheticOptions> parse_synthetic_parameters(const std::string& json);

}  // namespace fw::service::monitor_data
