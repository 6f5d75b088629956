// Synthetic projection input: the base-year supply by single age for every Kreis × group ×
// level, flows consistent with the base cube, and exit rates calibrated on a synthetic history.
#include <algorithm>
#include <cmath>

#include "engine/monitor/synthetic_detail.hpp"

namespace fw::monitor {

using namespace synth;

AgeHistory synthetic_history(const SyntheticWorld& w) {
  const std::size_t K = w.kreise.size(), G = w.groups.size(), GL = G * kLevels, A = kAges;
  const int Y = w.options.last_year - w.options.first_year + 1;
  AgeHistory h;
  h.first_year = w.options.first_year;
  h.years = Y;
  h.cells = GL;
  h.stock.assign(static_cast<std::size_t>(Y) * GL * A, 0.0);
  h.inflow.assign(static_cast<std::size_t>(Y - 1) * GL * A, 0.0);
  const AgeCurve mig = migration_profile();
  for (std::size_t g = 0; g < G; ++g) {
    for (int level = 1; level <= kLevels; ++level) {
      const std::size_t gl = g * kLevels + static_cast<std::size_t>(level - 1);
      double total = 0;
      for (std::size_t k = 0; k < K; ++k) total += synthetic_labour_force(w, k, g, level, w.options.first_year);
      const AgeCurve profile = synthetic_age_profile(w, g, level, false);
      const AgeCurve q = synthetic_exit_rates(w, g, level);
      const AgeCurve entry = entry_profile(level);
      double exit_frac = 0;
      for (std::size_t a = 0; a < A; ++a) exit_frac += profile[a] * q[a];
      for (std::size_t a = 0; a < A; ++a) h.stock[gl * A + a] = total * profile[a];
      for (int y = 0; y + 1 < Y; ++y) {
        const double* now = &h.stock[(static_cast<std::size_t>(y) * GL + gl) * A];
        double* next = &h.stock[(static_cast<std::size_t>(y + 1) * GL + gl) * A];
        double* in = &h.inflow[(static_cast<std::size_t>(y) * GL + gl) * A];
        double people = 0;
        for (std::size_t a = 0; a < A; ++a) people += now[a];
        // Inflows that roughly replace the leavers, with growth; migration 0.15 % a year.
        const double entrants = people * exit_frac * (1 + w.growth[g]);
        for (std::size_t a = 0; a < A; ++a) in[a] = entrants * entry[a] + 0.0015 * people * mig[a];
        next[0] = in[0];
        for (std::size_t a = 1; a < A; ++a) {
          const double noise =
              1 + 0.002 * normal(key(w.options.seed, {kHistoryNoise, gl, a, static_cast<std::uint64_t>(y)}));
          next[a] = now[a - 1] * (1 - q[a - 1]) * noise + in[a];
        }
      }
    }
  }
  return h;
}

Result<ProjectionInput> synthetic_projection(const SyntheticWorld& w) {
  const std::size_t K = w.kreise.size(), G = w.groups.size(), GL = G * kLevels, A = kAges;
  const int year = w.options.last_year;
  ProjectionInput in;
  in.base_year = year;
  in.kreise = w.kreise;
  in.groups = w.groups;
  in.synthetic = true;
  in.source = "SYNTHETISCH: Fachwerk-Demodaten (keine amtlichen Zahlen), Seed " + std::to_string(w.options.seed);
  const std::size_t R = K * GL;
  in.stock.resize(R * A);
  in.female_share.resize(R);
  in.demand0.resize(R);
  in.entrants.resize(R);
  in.net_migration.resize(R);

  std::vector<AgeCurve> profiles(GL * 2);
  std::vector<double> exit_frac(GL), share60(GL * 2);
  for (std::size_t g = 0; g < G; ++g) {
    for (int level = 1; level <= kLevels; ++level) {
      const std::size_t gl = g * kLevels + static_cast<std::size_t>(level - 1);
      exit_frac[gl] = exit_fraction(w, g, level);
      for (std::size_t east = 0; east < 2; ++east) {
        profiles[gl * 2 + east] = synthetic_age_profile(w, g, level, east != 0);
        share60[gl * 2 + east] = share_60plus(profiles[gl * 2 + east]);
      }
    }
  }
  for (std::size_t k = 0; k < K; ++k) {
    for (std::size_t gl = 0; gl < GL; ++gl) {
      const std::size_t g = gl / kLevels, r = k * GL + gl;
      const int level = static_cast<int>(gl % kLevels) + 1;
      const Cell c = cell(w, k, g, level, year, exit_frac[gl], share60[gl * 2 + w.east[k]]);
      // The same rounding as the published cube, so stock rows add up to employees + unemployed.
      const double total = std::round(c.employees) + std::round(c.unemployed);
      const AgeCurve& profile = profiles[gl * 2 + w.east[k]];
      double* row = &in.stock[r * A];
      double sum = 0;
      for (std::size_t a = 0; a < A; ++a) {
        const double u = unit(key(w.options.seed, {kAgeNoise, k, gl, a}));
        row[a] = profile[a] * (0.8 + 0.4 * u);
        sum += row[a];
      }
      for (std::size_t a = 0; a < A; ++a) row[a] = sum > 0 ? row[a] * total / sum : 0.0;
      in.female_share[r] = std::clamp(c.female / std::max(c.employees, 1.0), 0.0, 1.0);
      in.demand0[r] = std::round(c.employees) + std::round(c.vacancies);
      in.entrants[r] = c.graduates;
      in.net_migration[r] = w.migration_rate[k] * total * (level >= 3 ? 1.3 : 1.0);
    }
  }
  const AgeCurve mortality = default_mortality();
  in.mortality.assign(mortality.begin(), mortality.end());
  const Calibration cal = FW_TRY(calibrate_exit_rates(synthetic_history(w), mortality));
  in.retirement = cal.retirement;
  for (int level = 1; level <= kLevels; ++level) {
    const AgeCurve e = entry_profile(level);
    in.entry_profile.insert(in.entry_profile.end(), e.begin(), e.end());
  }
  const AgeCurve mig = migration_profile();
  in.migration_profile.assign(mig.begin(), mig.end());
  in.growth_years = w.options.horizon - year;
  for (std::size_t g = 0; g < G; ++g) {
    for (int h = 0; h <= in.growth_years; ++h) in.growth.push_back(std::pow(1 + w.growth[g], h));
  }
  const AgeCurve pw = default_participation_women(), pa = default_participation_all();
  in.participation_women.assign(pw.begin(), pw.end());
  in.participation_all.assign(pa.begin(), pa.end());
  FW_TRY_VOID(in.validate());
  return in;
}

}  // namespace fw::monitor
