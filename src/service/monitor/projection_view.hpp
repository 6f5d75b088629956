// Projection views of a region: series per year (supply, demand, gap, expansion and
// replacement demand, p10/p50/p90 bands from stochastic runs) per occupation group × level,
// and "today and tomorrow": the current bottleneck class beside the projected gap in
// 2030/2035/2040. Public; needs projection inputs (so far the synthetic demo data only).
#pragma once

#include <boost/json/object.hpp>
#include <string>

#include "core/result.hpp"
#include "engine/monitor/scenario.hpp"
#include "service/actor.hpp"
#include "store/store.hpp"

namespace fw::service::monitor_data {

struct ProjectionQuery {
  std::string region;
  int horizon = 2040;
  monitor::Scenario scenario;
  int runs = 100;          // 0 = deterministic only; else 2..10000 and at most kRunBudget / Kreise
  std::string occupation;  // KldB prefix filter ("" = all groups)
};

// Stochastic runs cost runs × Kreise; above this budget the request is refused (monitor.bad_runs)
// rather than tying up a worker for minutes.
inline constexpr long kRunBudget = 5000;

Result<boost::json::object> projection_report(store::Database& db, const Actor& actor, const ProjectionQuery& q);

// Years shown beside today's class.
inline constexpr int kTomorrowYears[] = {2030, 2035, 2040};
Result<boost::json::object> today_tomorrow_report(store::Database& db, const Actor& actor, const std::string& region);

}  // namespace fw::service::monitor_data
