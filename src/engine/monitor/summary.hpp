// Region series from a deterministic projection: sums over the region's Kreise and over
// occupations sharing a KldB prefix, with gap, gap %, expansion and replacement demand.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/monitor/projection.hpp"

namespace fw::monitor {

struct Series {
  std::string occupation;      // KldB prefix ("" = all occupations)
  int level = 0;               // 1..4, or 0 = all levels
  std::vector<double> supply;  // [T+1]
  std::vector<double> demand;
  std::vector<double> exits;

  double gap(std::size_t t) const { return demand[t] - supply[t]; }  // > 0: shortage
  // Gap in % of demand; empty where demand is 0 (no silent 0 %).
  std::optional<double> gap_pct(std::size_t t) const {
    if (demand[t] <= 0) return std::nullopt;
    return 100 * gap(t) / demand[t];
  }
  double expansion(std::size_t t) const { return t == 0 ? 0.0 : demand[t] - demand[t - 1]; }
  double replacement(std::size_t t) const { return exits[t]; }
};

// One series per distinct prefix of `digits` digits (0 → one series for all occupations) and,
// if by_level, per level. digits larger than the input's codes are clamped to their length.
std::vector<Series> summarize(const ProjectionInput& in, const ProjectionOutput& out, std::size_t digits,
                              bool by_level);

// For a map: one value per projected Kreis (in out.kreise order) of gap % at year index t for
// the occupations under `prefix` (all levels, or one level 1..4). Empty optional where demand is 0.
std::vector<std::optional<double>> gap_pct_by_kreis(const ProjectionInput& in, const ProjectionOutput& out,
                                                    const std::string& prefix, int level, std::size_t t);

}  // namespace fw::monitor
