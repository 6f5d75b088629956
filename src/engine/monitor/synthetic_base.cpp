// Synthetic base quantities per Kreis × group × level × year, published as the BA would:
// whole numbers, "*" below 3, "-" for nothing.
#include <algorithm>
#include <cmath>

#include "engine/monitor/synthetic_detail.hpp"

namespace fw::monitor {

using namespace synth;

namespace synth {

Cell cell(const SyntheticWorld& w, std::size_t k, std::size_t g, int level, int year, double exit_frac,
          double share60) {
  const std::uint64_t s = w.options.seed;
  const auto l = static_cast<std::size_t>(level - 1);
  const auto y = static_cast<std::uint64_t>(year);
  const double lf = synthetic_labour_force(w, k, g, level, year);
  const double base_tight = w.tightness[g * kLevels + l] * (w.city[k] ? 1.05 : w.east[k] ? 0.9 : 1.0);
  const double tight = base_tight * std::exp(0.05 * normal(key(s, {kYearTight, k, g, l, y})));
  constexpr double kUnemploymentRate[kLevels] = {0.15, 0.045, 0.03, 0.02};
  const double kreis_u = w.east[k] ? 1.4 : w.city[k] ? 1.2 : 0.9;
  const double urate = std::min(
      0.4, kUnemploymentRate[l] / tight * kreis_u * std::exp(0.1 * normal(key(s, {kUnemployment, k, g, l, y}))));
  Cell c{};
  c.unemployed = lf * urate;
  c.employees = lf - c.unemployed;
  const int since_first = year - w.options.first_year;
  const double foreign_share = std::min(0.9, w.foreign[g] * (w.city[k]   ? 1.5
                                                             : w.east[k] ? 0.5
                                                                         : 1.0) +
                                                 (0.004 + 0.004 * (tight - 1)) * since_first);
  c.foreign = c.employees * std::max(0.0, foreign_share);
  c.over60 = c.employees * std::clamp(share60 + 0.0045 * (year - w.options.last_year), 0.0, 1.0);
  c.female = c.employees * std::clamp(w.female[g] * (1 + 0.05 * normal(key(s, {kFemaleNoise, k, g, l, y}))), 0.0, 1.0);
  c.job_seekers = c.unemployed * 1.9 + c.employees * 0.012;
  c.vacancies = c.employees * 0.018 * std::pow(tight, 1.5) * std::exp(0.15 * normal(key(s, {kVacancies, k, g, l, y})));
  const std::string_view code = w.groups[g];
  c.vacancies_temp =
      c.vacancies * (code.starts_with("51") || code.starts_with("24") || code.starts_with("25") ? 0.3 : 0.08);
  c.inflow = c.vacancies * 3.2;
  c.completed = c.inflow * 0.92;
  c.duration = 55 * std::pow(tight, 1.1) * std::exp(0.15 * normal(key(s, {kDuration, k, g, l, y})));
  c.exits = c.unemployed * 0.85 * std::pow(tight, 0.4) * std::exp(0.1 * normal(key(s, {kExits, k, g, l, y})));
  c.wage_employees = c.employees * 0.72;
  const double wage_growth = 1.022 + 0.012 * (base_tight - 1);
  c.wage = w.wage[g * kLevels + l] *
           (w.east[k]   ? 0.85
            : w.city[k] ? 1.08
                        : 1.0) *
           std::pow(wage_growth, since_first) * std::exp(0.01 * normal(key(s, {kWageNoise, k, g, l, y})));
  c.appr_reported = level == 2 ? c.employees * 0.035 : 0.0;
  c.appr_unfilled = c.appr_reported * std::min(0.6, 0.07 * std::pow(tight, 1.5));
  c.graduates = c.employees * exit_frac * 0.9 / std::sqrt(tight);
  return c;
}

}  // namespace synth

namespace {

void put_count(BaseCube& cube, Quantity q, std::size_t cell, double v) {
  const double n = std::round(v);
  const Status st = n <= 0 ? Status::zero : n < 3 ? Status::suppressed : Status::value;
  cube.set(q, cell, n, st, kNoteSynthetic);
}

void put_median(BaseCube& cube, Quantity q, std::size_t cell, double v, double cases) {
  const double n = std::round(cases);
  // Fewer than 5 cases: no median is published ("*"); no cases at all: nothing ("-").
  const Status st = n <= 0 ? Status::zero : n < 5 ? Status::suppressed : Status::value;
  cube.set(q, cell, std::round(v), st, kNoteSynthetic);
}

}  // namespace

BaseDataset synthetic_base(const SyntheticWorld& w, int from_year, int to_year) {
  BaseDataset data(w.kreise, w.groups);
  const std::size_t K = w.kreise.size(), G = w.groups.size();
  std::vector<double> exit_frac(G * kLevels), share60(G * kLevels * 2);
  for (std::size_t g = 0; g < G; ++g) {
    for (int level = 1; level <= kLevels; ++level) {
      const std::size_t gl = g * kLevels + static_cast<std::size_t>(level - 1);
      exit_frac[gl] = exit_fraction(w, g, level);
      for (int east = 0; east < 2; ++east) {
        share60[gl * 2 + static_cast<std::size_t>(east)] = share_60plus(synthetic_age_profile(w, g, level, east != 0));
      }
    }
  }
  for (int year = std::max(from_year, w.options.first_year); year <= std::min(to_year, w.options.last_year); ++year) {
    const std::string stichtag = std::to_string(year) + "-06-30";
    const std::uint16_t src = data.add_source(
        {"SYNTHETISCH: Fachwerk-Demodaten (keine amtlichen Zahlen)", stichtag, std::to_string(w.options.seed), true});
    BaseCube& cube = data.period(year);
    for (std::size_t q = 0; q < kQuantityCount; ++q) cube.set_source(static_cast<Quantity>(q), src);
    for (std::size_t k = 0; k < K; ++k) {
      for (std::size_t g = 0; g < G; ++g) {
        for (int level = 1; level <= kLevels; ++level) {
          const std::size_t gl = g * kLevels + static_cast<std::size_t>(level - 1);
          const Cell c = cell(w, k, g, level, year, exit_frac[gl], share60[gl * 2 + w.east[k]]);
          const std::size_t i = cube.cell(k, g, level);
          put_count(cube, Quantity::employees, i, c.employees);
          put_count(cube, Quantity::employees_foreign, i, c.foreign);
          put_count(cube, Quantity::employees_60plus, i, c.over60);
          put_count(cube, Quantity::employees_female, i, c.female);
          put_count(cube, Quantity::unemployed, i, c.unemployed);
          put_count(cube, Quantity::job_seekers, i, c.job_seekers);
          put_count(cube, Quantity::vacancies_stock, i, c.vacancies);
          put_count(cube, Quantity::vacancies_stock_temp, i, c.vacancies_temp);
          put_count(cube, Quantity::vacancies_inflow, i, c.inflow);
          put_count(cube, Quantity::vacancies_completed, i, c.completed);
          put_median(cube, Quantity::vacancy_duration_median, i, c.duration, c.completed);
          put_count(cube, Quantity::exits_unemployment, i, c.exits);
          put_count(cube, Quantity::wage_employees, i, c.wage_employees);
          put_median(cube, Quantity::median_wage, i, c.wage, c.wage_employees);
          put_count(cube, Quantity::apprenticeships_reported, i, c.appr_reported);
          put_count(cube, Quantity::apprenticeships_unfilled, i, c.appr_unfilled);
          put_count(cube, Quantity::graduates, i, c.graduates);
        }
      }
    }
  }
  return data;
}

}  // namespace fw::monitor
