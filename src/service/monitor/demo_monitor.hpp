// Demo data of the monitor: one synthetic national dataset (all 401 Kreise × 144 groups × 4
// levels, engine/monitor/synthetic*). Only the generator's parameters are stored; the figures
// are generated in memory on first use (about 70 MB for two years of base data, 111 MB for
// the projection input; storing ~40 million rows would take far longer than generating them).
// Idempotent: does nothing when a synthetic dataset exists.
#pragma once

#include "core/result.hpp"
#include "store/store.hpp"

namespace fw::service::monitor_data {

// True if a dataset was added.
Result<bool> load_demo_monitor(store::Database& db);

}  // namespace fw::service::monitor_data
