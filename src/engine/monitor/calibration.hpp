// Calibrating the exit rates of the projection on history: how many of the people at age a in
// year y are still there at age a + 1 in year y + 1, once the known inflows are taken out.
#pragma once

#include <vector>

#include "core/result.hpp"
#include "engine/monitor/demography.hpp"

namespace fw::monitor {

// Supply by single age per group × level (cells = G·4) for consecutive years, and the inflows
// (entrants + net migration) that arrived between year y and y + 1, at their age in y + 1.
struct AgeHistory {
  int first_year = 0;
  int years = 0;               // Y ≥ 2
  std::size_t cells = 0;       // G · 4
  std::vector<double> stock;   // [Y][cells][A]
  std::vector<double> inflow;  // [Y-1][cells][A]
};

struct Calibration {
  std::vector<double> retirement;  // [cells][A] = max(0, q - mortality), q[59] = 1 - mortality
  int fallback_cells = 0;          // cell-ages with too few people, given the all-cells rate
};

// q[c][a] = 1 − Σ_y (P_{y+1}[c][a+1] − in_y[c][a+1]) / Σ_y P_y[c][a], clamped to [0, 1], pooled
// over all years (a ratio of sums, so small cells are not dominated by one noisy year). Where
// Σ_y P_y[c][a] < min_stock the pooled rate of all cells at that age is used instead.
// invalid_argument "monitor.bad_history" (field names the array) on inconsistent sizes.
Result<Calibration> calibrate_exit_rates(const AgeHistory& h, const AgeCurve& mortality, double min_stock = 50);

}  // namespace fw::monitor
