// Scenarios: named parameter sets that change the projection's assumptions, their validation,
// and the per-run tables derived from them (shared by the deterministic and stochastic runs).
#pragma once

#include <string>
#include <vector>

#include "core/result.hpp"
#include "engine/monitor/projection_input.hpp"

namespace fw::monitor {

// Every field 0 = the baseline. Ranges are checked by validate_scenario(); they are wide enough
// for any policy debate and narrow enough to catch typos (a 60-point participation rise).
struct Scenario {
  std::string name = "Basis";
  int retirement_age_shift = 0;        // years, -3..+5: the exit profile from age 55 on moves by n
  double participation_women_pp = 0;   // -20..+20 points on women's participation (15–64)
  double participation_55plus_pp = 0;  // -20..+20 points on participation at 55–64
  double net_migration_pct = 0;        // -100..+300 % on net migration (sign kept)
  double graduates_pct = 0;            // -100..+100 % on entrants from training and universities
  double demand_growth_pct = 0;        // -5..+5 % per year on top of the growth path
};

// invalid_argument "monitor.scenario_out_of_range" with field "scenario.<name>" and a detail
// giving the allowed range, also when a participation change would push a rate outside
// [0, 100 %] at some age (detail names the age). horizon must lie in
// (base_year, base_year + growth_years]: "monitor.bad_horizon", field "horizon".
Result<void> validate_scenario(const Scenario& s, const ProjectionInput& in, int horizon);

// Tables derived from input + scenario + horizon; built once per call, read by every row.
// Exposed for the engines and tests, not a stable API.
struct PreparedScenario {
  int years = 0;                        // T = horizon - base_year
  std::vector<double> survival_below;   // [G·4][A] 1 - q[a-1] (0 at a = 0: nobody ages into 15)
  std::vector<double> exit_rate;        // [G·4][A] q[a]; 1 at the last age (all leave at 75)
  std::vector<double> entrant_profile;  // [4][A] entry_profile · (1 + graduates_pct/100)
  std::vector<double> migrant_profile;  // [A] migration_profile · (1 + net_migration_pct/100)
  bool participation = false;           // any participation change (else supply = Σ stock)
  std::vector<double> weight_all;       // [T+1][A] 1 + α_t·c55[a]
  std::vector<double> weight_female;    // [T+1][A] α_t·cw[a]·(1 + α_t·c55[a])
  std::vector<double> demand_factor;    // [G][T+1] growth[g][t] · (1 + demand_growth_pct/100)^t
};

// Validates, then builds the tables. q[a] = min(1, mortality[a] + retirement'[a]) where
// retirement' is shifted for ages ≥ 55: r'[a] = r[clamp(a - n, 54, 74)].
Result<PreparedScenario> prepare_scenario(const ProjectionInput& in, const Scenario& s, int horizon);

}  // namespace fw::monitor
