// The bottleneck view of a region: per occupation × level the six indicators with their
// points, the mean score, the class, the risk indicators, and the imported BA result beside
// it where one exists (Länder and Germany only: the BA publishes nothing for Kreise). Public.
#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string>

#include "core/result.hpp"
#include "engine/monitor/engpass.hpp"
#include "service/actor.hpp"
#include "service/monitor/monitor_cache.hpp"
#include "store/store.hpp"

namespace fw::service::monitor_data {

struct EngpassQuery {
  std::string region;                 // see monitor_region.hpp
  std::optional<int> year;            // default: the latest year of the data
  std::optional<int> level;           // 1..4, default all
  std::string thresholds = "2020";    // threshold table version
};

// Errors: bad_request "monitor.no_data" (nothing loaded), the region errors, not_found
// "monitor.no_period" for a year without data, invalid_argument "monitor.bad_level".
Result<boost::json::object> engpass_report(store::Database& db, const Actor& actor, const EngpassQuery& q);

// Shared by the views: the sources of the served data, and the dataset notes as names.
boost::json::array sources_json(const MonitorState& state);
boost::json::array notes_json(std::uint8_t notes);
// A JSON number, or null for NaN/inf (never a silent 0).
boost::json::value number_or_null(double v);

}  // namespace fw::service::monitor_data
