// Regions of the monitor API: "08136" (a Kreis), "land:08", "de", "kreise:08136,08135" (the
// engine's forms) and "network:ID", whose Kreise come from the directory (network_kreise).
#pragma once

#include <boost/json/object.hpp>
#include <string>

#include "core/result.hpp"
#include "engine/monitor/reference.hpp"
#include "store/store.hpp"

namespace fw::service::monitor_data {

struct ResolvedRegion {
  monitor::Region region;
  std::string name;           // "Ostalbkreis", "Land 08", "Deutschland", the network's name
  std::string ba_land;        // "08" for land:08, "00" for de, "" where the BA publishes nothing
};

// Errors: invalid_argument "monitor.bad_region", not_found "monitor.unknown_region",
// not_found "directory.network_not_found", bad_request "monitor.network_empty".
Result<ResolvedRegion> resolve_region(store::Database& db, const std::string& spec);

// {"id", "name", "kreise": count} for the responses.
boost::json::object region_json(const ResolvedRegion& r);

}  // namespace fw::service::monitor_data
