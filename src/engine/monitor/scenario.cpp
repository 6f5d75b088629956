#include "engine/monitor/scenario.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace fw::monitor {

namespace {

Result<void> out_of_range(const char* field, double lo, double hi, double v) {
  return fail(ErrorCode::invalid_argument, "monitor.scenario_out_of_range", std::string("scenario.") + field,
              fmt::format("{} is outside {} .. {}", v, lo, hi));
}

Result<void> check(const char* field, double v, double lo, double hi) {
  if (!std::isfinite(v) || v < lo || v > hi) return out_of_range(field, lo, hi, v);
  return {};
}

// The participation change must keep the rate a rate at every affected age.
Result<void> check_rates(const char* field, const std::vector<double>& base, double pp, int from, int to) {
  for (int a = from; a <= to; ++a) {
    const double r = base[static_cast<std::size_t>(a - kAgeMin)] + pp / 100;
    if (r < 0 || r > 1) {
      return fail(ErrorCode::invalid_argument, "monitor.scenario_out_of_range", std::string("scenario.") + field,
                  fmt::format("participation at age {} would be {:.1f} %", a, 100 * r));
    }
  }
  return {};
}

}  // namespace

Result<void> validate_scenario(const Scenario& s, const ProjectionInput& in, int horizon) {
  if (horizon <= in.base_year || horizon > in.base_year + in.growth_years) {
    return fail(ErrorCode::invalid_argument, "monitor.bad_horizon", "horizon",
                fmt::format("{} is outside {} .. {}", horizon, in.base_year + 1, in.base_year + in.growth_years));
  }
  FW_TRY_VOID(check("retirement_age_shift", s.retirement_age_shift, -3, 5));
  FW_TRY_VOID(check("participation_women_pp", s.participation_women_pp, -20, 20));
  FW_TRY_VOID(check("participation_55plus_pp", s.participation_55plus_pp, -20, 20));
  FW_TRY_VOID(check("net_migration_pct", s.net_migration_pct, -100, 300));
  FW_TRY_VOID(check("graduates_pct", s.graduates_pct, -100, 100));
  FW_TRY_VOID(check("demand_growth_pct", s.demand_growth_pct, -5, 5));
  FW_TRY_VOID(check_rates("participation_women_pp", in.participation_women, s.participation_women_pp, 15, 64));
  FW_TRY_VOID(check_rates("participation_55plus_pp", in.participation_all, s.participation_55plus_pp, 55, 64));
  return {};
}

Result<PreparedScenario> prepare_scenario(const ProjectionInput& in, const Scenario& s, int horizon) {
  FW_TRY_VOID(validate_scenario(s, in, horizon));
  PreparedScenario p;
  const int T = horizon - in.base_year;
  const std::size_t A = kAges, GL = in.rows_per_kreis(), TT = static_cast<std::size_t>(T) + 1;
  p.years = T;
  p.survival_below.assign(GL * A, 0.0);
  p.exit_rate.assign(GL * A, 0.0);
  const int n = s.retirement_age_shift;
  for (std::size_t gl = 0; gl < GL; ++gl) {
    const double* r = &in.retirement[gl * A];
    double* sb = &p.survival_below[gl * A];
    double* q = &p.exit_rate[gl * A];
    for (std::size_t a = 0; a < A; ++a) {
      const int age = static_cast<int>(a) + kAgeMin;
      // Later retirement: the exit profile from 55 on moves right by n years, the gap filled with
      // the rate at 54; earlier retirement moves it left.
      const int src = age >= 55 ? std::clamp(age - n, 54, kAgeMax) : age;
      q[a] = std::min(1.0, in.mortality[a] + r[static_cast<std::size_t>(src - kAgeMin)]);
    }
    q[A - 1] = 1.0;  // everyone still in the supply at 74 leaves it by 75
    sb[0] = 0.0;
    for (std::size_t a = 1; a < A; ++a) sb[a] = 1.0 - q[a - 1];
  }
  p.entrant_profile = in.entry_profile;
  for (double& v : p.entrant_profile) v *= 1 + s.graduates_pct / 100;
  p.migrant_profile = in.migration_profile;
  for (double& v : p.migrant_profile) v *= 1 + s.net_migration_pct / 100;

  p.participation = s.participation_women_pp != 0 || s.participation_55plus_pp != 0;
  p.weight_all.assign(TT * A, 1.0);
  p.weight_female.assign(TT * A, 0.0);
  if (p.participation) {
    for (std::size_t t = 0; t < TT; ++t) {
      const double alpha = static_cast<double>(t) / T;  // phased in linearly, full at the horizon
      for (std::size_t a = 0; a < A; ++a) {
        const int age = static_cast<int>(a) + kAgeMin;
        const double c55 = age >= 55 && age <= 64 ? s.participation_55plus_pp / 100 / in.participation_all[a] : 0.0;
        const double cw = age <= 64 ? s.participation_women_pp / 100 / in.participation_women[a] : 0.0;
        p.weight_all[t * A + a] = 1 + alpha * c55;
        p.weight_female[t * A + a] = alpha * cw * (1 + alpha * c55);
      }
    }
  }
  const std::size_t G = in.groups.size(), H1 = static_cast<std::size_t>(in.growth_years) + 1;
  p.demand_factor.assign(G * TT, 0.0);
  for (std::size_t g = 0; g < G; ++g) {
    for (std::size_t t = 0; t < TT; ++t) {
      p.demand_factor[g * TT + t] =
          in.growth[g * H1 + t] * std::pow(1 + s.demand_growth_pct / 100, static_cast<double>(t));
    }
  }
  return p;
}

}  // namespace fw::monitor
