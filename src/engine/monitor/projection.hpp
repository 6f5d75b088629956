// The deterministic cohort projection of labour supply and demand.
//
// Per row (Kreis × group × level), with p_t[a] the supply at age a in year t:
//   p_{t+1}[0] = max(0, in[0])
//   p_{t+1}[a] = max(0, p_t[a-1] · (1 - q[a-1]) + in[a])           a = 1..59
//   in[a]      = entrants · e_level[a] · (1 + graduates %) + migration · m[a] · (1 + migration %)
//   exits_{t+1} = Σ_a q[a] · p_t[a]      (q[59] = 1: everybody leaves at 75)
//   supply_t   = Σ_a p_t[a] · (1 + α_t c55[a]) + female_share · Σ_a p_t[a] · α_t cw[a] (1 + α_t c55[a])
//   demand_t   = demand0 · growth[g][t] · (1 + demand growth %)^t
// Without clamping (no negative migration) supply is conserved:
//   Σ p_{t+1} = Σ p_t − exits_{t+1} + Σ in.
// Gap = demand − supply (positive = shortage); expansion demand = demand_t − demand_{t−1};
// replacement demand = exits_t.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "engine/monitor/large_buffer.hpp"
#include "engine/monitor/projection_input.hpp"
#include "engine/monitor/scenario.hpp"

namespace fw::monitor {

struct ProjectionOutput {
  int base_year = 0;
  int years = 0;            // T; every series has T + 1 points (base_year .. horizon)
  std::vector<int> kreise;  // the Kreise projected (indices into ProjectionInput::kreise)
  // [kreise.size() · G · 4][T + 1], rows in the input's order restricted to `kreise`.
  LargeVector<double> supply;
  LargeVector<double> exits;  // exits[t] = leavers between t−1 and t; exits[0] = 0
  LargeVector<double> demand;
  bool synthetic = false;
  std::size_t points() const { return static_cast<std::size_t>(years) + 1; }
};

// Projects the selected Kreise (empty span = all) from base_year to horizon. `in` must have
// passed ProjectionInput::validate() (only sizes are re-checked here, to keep the call cheap).
// `out` is overwritten; its buffers are reused when large enough, so repeated calls do not
// allocate. Errors: the scenario/horizon errors of validate_scenario(); not_found
// "monitor.unknown_region" for a Kreis index out of range.
Result<void> project(const ProjectionInput& in, const Scenario& scenario, std::span<const int> kreise, int horizon,
                     ProjectionOutput& out);

// The same, for a prepared scenario (used when the tables are shared between calls).
Result<void> project_prepared(const ProjectionInput& in, const PreparedScenario& prepared, std::span<const int> kreise,
                              ProjectionOutput& out);

}  // namespace fw::monitor
