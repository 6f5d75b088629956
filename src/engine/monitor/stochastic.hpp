// Uncertainty bands: N stochastic runs of the cohort model on whole persons.
//
// Per cell and year: exits ~ Binomial(p[a], q[a]); entrants and positive net migration ~
// Poisson(λ_in[a]); negative net migration ~ Poisson(|λ_out[a]|) removed (clamped at 0). The
// expectations equal the deterministic model, so the mean of many runs converges to it (exactly
// so without clamping and with whole-person initial stocks; stocks are rounded to persons).
// Each (Kreis, group, level, run) has its own random stream derived from the seed, so a
// Kreis's draws do not depend on which region it is projected in, and results are reproducible
// (also between the AVX2 and the plain x86-64 build of the kernel: the draws are integer
// arithmetic, the exact slow paths live outside the cloned kernel).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/result.hpp"
#include "engine/monitor/projection_input.hpp"
#include "engine/monitor/scenario.hpp"

namespace fw::monitor {

struct StochasticOptions {
  int runs = 100;  // 2..10000
  std::uint64_t seed = 20240601;
};

// Percentiles over runs (linear interpolation between order statistics, as NumPy's default).
struct Band {
  std::vector<double> p10, p50, p90, mean;  // [T+1] each
};

struct StochasticOutput {
  int base_year = 0;
  int years = 0;
  int runs = 0;
  std::vector<int> kreise;
  // Summed over the region's Kreise, per group × level (index g · 4 + level − 1).
  std::vector<Band> supply;                 // [G·4]
  std::vector<std::vector<double>> demand;  // [G·4][T+1], deterministic
  Band total_supply;                        // all groups and levels
  std::vector<double> total_demand;
  bool synthetic = false;
};

// Errors: the scenario/horizon errors of validate_scenario(); invalid_argument
// "monitor.bad_runs" (field "runs") outside 2..10000; not_found "monitor.unknown_region" for a
// Kreis index out of range. `in` must have passed validate().
Result<StochasticOutput> project_stochastic(const ProjectionInput& in, const Scenario& scenario,
                                            std::span<const int> kreise, int horizon,
                                            const StochasticOptions& options = {});

// Gap band (demand − supply): the 10th percentile of the gap is demand − p90 of supply, etc.
Band gap_band(const Band& supply, const std::vector<double>& demand);

}  // namespace fw::monitor
