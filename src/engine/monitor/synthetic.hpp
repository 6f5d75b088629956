// SYNTHETIC demo data: a plausible national labour market for all 401 Kreise (scaled by their
// real population from data/kreise.csv) × 144 occupation groups × 4 levels, with single ages and
// ten years of history. Nothing here is an official figure: every Source is marked synthetic,
// every cube cell carries kNoteSynthetic, and ProjectionInput::synthetic is set.
//
// Everything is a pure function of (Reference, options): each number is drawn from a hash of
// (seed, what, Kreis, group, level, year, age), so any part can be regenerated alone, in any
// order, and gives the same value (same binary, same libm).
#pragma once

#include <cstdint>
#include <vector>

#include "engine/monitor/base_data.hpp"
#include "engine/monitor/calibration.hpp"
#include "engine/monitor/projection_input.hpp"
#include "engine/monitor/reference.hpp"

namespace fw::monitor {

struct SyntheticOptions {
  std::uint64_t seed = 20240601;
  int first_year = 2016;  // ten years of history ...
  int last_year = 2025;   // ... the projection's base year
  int horizon = 2040;     // growth paths reach this year
};

// The latent structure behind the figures, drawn once from the seed.
struct SyntheticWorld {
  SyntheticOptions options;
  std::vector<std::string> kreise;       // AGS in Reference order
  std::vector<std::string> groups;       // 3-digit codes
  std::vector<double> labour_force;      // [K] ≈ 52 % of the population
  std::vector<std::uint8_t> city, east;  // [K] kreisfreie Stadt / Stadtkreis; Länder 12–16
  std::vector<double> migration_rate;    // [K] net migration per year, share of the labour force
  std::vector<double> group_share;       // [K][G] share of the Kreis's labour force, rows sum to 1
  std::vector<double> level_share;       // [G][4]
  std::vector<double> tightness;         // [G][4] latent shortage, ~0.5 (slack) .. ~2.5 (shortage)
  std::vector<double> growth;            // [G] annual growth of employment and demand
  std::vector<double> female;            // [G] share of women
  std::vector<double> foreign;           // [G] foreign share in the first year
  std::vector<double> age_shift;         // [G] years by which the workforce is older than average
  std::vector<double> wage;              // [G][4] median monthly wage in the first year, EUR
};

SyntheticWorld make_world(const Reference& ref, const SyntheticOptions& options = {});

// Labour supply (employed + unemployed) of one Kreis × group × level in a year; the base cube's
// employees + unemployed and the projection's stock both derive from it.
double synthetic_labour_force(const SyntheticWorld& w, std::size_t k, std::size_t g, int level, int year);

// Share of a (group, level, east) workforce at each single age (sums to 1).
AgeCurve synthetic_age_profile(const SyntheticWorld& w, std::size_t g, int level, bool east);

// True exit rates (mortality + retirement + leaving the occupation) the history is simulated with.
AgeCurve synthetic_exit_rates(const SyntheticWorld& w, std::size_t g, int level);

// Base quantities for the years from..to (each within first_year..last_year) for all Kreise.
// Whole numbers; counts below 3 are published as "*", zeros as "-", medians with fewer than
// 5 cases as "*" (the BA's rule for counts; the median rule is our assumption). About 35 MB
// per year.
BaseDataset synthetic_base(const SyntheticWorld& w, int from_year, int to_year);

// National single-age history first_year..last_year per group × level, with its inflows.
AgeHistory synthetic_history(const SyntheticWorld& w);

// The projection input at last_year, exit rates calibrated on synthetic_history(). The stock by
// age (about 111 MB for Germany) sums per row to employees + unemployed of the base cube.
Result<ProjectionInput> synthetic_projection(const SyntheticWorld& w);

}  // namespace fw::monitor
