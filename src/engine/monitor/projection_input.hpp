// Inputs of the supply/demand projection: the labour supply of every Kreis × occupation group ×
// level by single age in the base year, flows per year, and the demographic curves.
//
// Layout: a row is one Kreis × group × level, r = (k · G + g) · 4 + (level − 1); age is the
// innermost, contiguous axis (60 ages, 15..74). One Kreis's rows are contiguous, so any region
// is a set of row blocks, and one row (480 bytes) fits in L1 for all projected years.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "engine/monitor/codes.hpp"
#include "engine/monitor/demography.hpp"

namespace fw::monitor {

struct ProjectionInput {
  int base_year = 2024;
  std::vector<std::string> kreise;  // AGS, the row blocks in this order
  std::vector<std::string> groups;  // occupation codes (3-digit groups, or any single KldB level)

  std::vector<double> stock;          // [R][A] labour supply (employed + unemployed) at base_year
  std::vector<double> female_share;   // [R] 0..1, for the participation scenario
  std::vector<double> demand0;        // [R] demand at base_year (employment + reported vacancies)
  std::vector<double> entrants;       // [R] entrants per year from training and higher education
  std::vector<double> net_migration;  // [R] net migration per year (negative = outflow)

  std::vector<double> mortality;            // [A] probability of death within a year
  std::vector<double> retirement;           // [G][4][A] other exit rates (retirement, leaving the
                                            // occupation), calibrated on history (calibration.hpp)
  std::vector<double> entry_profile;        // [4][A] age distribution of entrants, each sums to 1
  std::vector<double> migration_profile;    // [A] age distribution of net migration, sums to 1
  int growth_years = 0;                     // H: the growth path covers base_year .. base_year + H
  std::vector<double> growth;               // [G][H+1] demand relative to base_year, growth[g][0] = 1
  std::vector<double> participation_women;  // [A] baseline participation rates 0..1
  std::vector<double> participation_all;    // [A]

  bool synthetic = false;  // generated demo data: results must say so
  std::string source;      // where the inputs came from, shown with every figure

  std::size_t groups_count() const { return groups.size(); }
  std::size_t rows_per_kreis() const { return groups.size() * kLevels; }
  std::size_t rows() const { return kreise.size() * rows_per_kreis(); }

  // Checks sizes against K, G, H, that rates are within [0, 1], that stocks, entrants and demand
  // are finite and >= 0, and that profiles sum to 1 (±1e-9). invalid_argument
  // "monitor.bad_projection_input" with the field name (e.g. "stock[1234]").
  Result<void> validate() const;
};

}  // namespace fw::monitor
