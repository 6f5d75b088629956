// Small hand-made inputs for the monitor engine tests.
#pragma once

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "engine/monitor/base_data.hpp"
#include "engine/monitor/projection_input.hpp"
#include "engine/monitor/reference.hpp"
#include "engine/monitor/thresholds.hpp"

namespace fw::monitor::test {

inline std::string data_dir() {
  return std::string(FACHWERK_SOURCE_DIR) + "/data";
}

// A reference with the given Kreise (AGS, all in Land 08 unless the code says otherwise).
inline Reference tiny_reference(std::vector<std::string> ags, std::vector<std::string> groups) {
  std::vector<Kreis> kreise;
  for (auto& a : ags) kreise.push_back({a, "Kreis " + a, "Landkreis", 100000});
  std::vector<Occupation> occ;
  for (auto& g : groups) occ.push_back({g, "Beruf " + g});
  return Reference::from(std::move(kreise), std::move(occ));
}

// Sets quantities of one cell: {quantity, value} with value < 0 meaning "*" (suppressed).
inline void fill(BaseCube& cube, std::size_t kreis, std::size_t occ, int level,
                 std::initializer_list<std::pair<Quantity, double>> values) {
  const std::size_t c = cube.cell(kreis, occ, level);
  for (const auto& [q, v] : values) {
    if (v < 0) {
      cube.set(q, c, 0, Status::suppressed);
    } else if (v == 0) {
      cube.set(q, c, 0, Status::zero);
    } else {
      cube.set(q, c, v, Status::value);
    }
  }
}

// Every quantity of a cell, the hand-computed example of the indicator tests (year 2024).
inline void fill_example_now(BaseCube& cube, std::size_t k, std::size_t o, int level) {
  fill(cube, k, o, level,
       {{Quantity::employees, 1000},
        {Quantity::employees_foreign, 120},
        {Quantity::employees_60plus, 200},
        {Quantity::employees_female, 300},
        {Quantity::unemployed, 30},
        {Quantity::job_seekers, 60},
        {Quantity::vacancies_stock, 40},
        {Quantity::vacancies_stock_temp, 5},
        {Quantity::vacancies_inflow, 110},
        {Quantity::vacancies_completed, 100},
        {Quantity::vacancy_duration_median, 120},
        {Quantity::exits_unemployment, 36},
        {Quantity::wage_employees, 700},
        {Quantity::median_wage, 3600},
        {Quantity::apprenticeships_reported, 50},
        {Quantity::apprenticeships_unfilled, 10},
        {Quantity::graduates, 25}});
}

// The comparison year (2023) of the example.
inline void fill_example_prev(BaseCube& cube, std::size_t k, std::size_t o, int level) {
  fill_example_now(cube, k, o, level);
  fill(cube, k, o, level,
       {{Quantity::employees, 950},
        {Quantity::employees_foreign, 100},
        {Quantity::employees_60plus, 180},
        {Quantity::median_wage, 3500}});
}

inline ThresholdTable table_from(const std::string& rows, int min_indicators = 2) {
  std::string text = "version;kind;name;scope;basis;direction;cut1;cut2;cut3;min_base\n" + rows +
                     "t;rule;engpass_ab;;;;2,0;;;\nt;rule;beobachtung_ab;;;;1,5;;;\n"
                     "t;rule;min_indikatoren;;;;" +
                     std::to_string(min_indicators) +
                     ";;;\n"
                     "t;rule;min_risikoindikatoren;;;;1;;;\n";
  return ThresholdTable::parse(text, "test.csv").value();
}

// A projection input with K Kreise and G groups; every rate and flow zero, growth flat, stock
// `per_age` persons at every age. Tests switch on what they need.
inline ProjectionInput flat_input(std::size_t K, std::size_t G, double per_age, int years = 15) {
  ProjectionInput in;
  in.base_year = 2025;
  for (std::size_t k = 0; k < K; ++k) in.kreise.push_back("0810" + std::to_string(k));
  for (std::size_t g = 0; g < G; ++g) in.groups.push_back(std::to_string(261 + g));
  const std::size_t R = in.rows(), A = kAges;
  in.stock.assign(R * A, per_age);
  in.female_share.assign(R, 0.5);
  in.demand0.assign(R, per_age * A);
  in.entrants.assign(R, 0.0);
  in.net_migration.assign(R, 0.0);
  in.mortality.assign(A, 0.0);
  in.retirement.assign(G * kLevels * A, 0.0);
  for (int l = 1; l <= kLevels; ++l) {
    auto e = entry_profile(l);
    in.entry_profile.insert(in.entry_profile.end(), e.begin(), e.end());
  }
  auto m = migration_profile();
  in.migration_profile.assign(m.begin(), m.end());
  in.growth_years = years;
  in.growth.assign(G * static_cast<std::size_t>(years + 1), 1.0);
  auto pw = default_participation_women(), pa = default_participation_all();
  in.participation_women.assign(pw.begin(), pw.end());
  in.participation_all.assign(pa.begin(), pa.end());
  return in;
}

}  // namespace fw::monitor::test
