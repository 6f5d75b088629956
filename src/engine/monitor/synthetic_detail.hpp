// Internals of the synthetic generator shared by its .cpp files: hash-based random numbers and
// the figures of one Kreis × group × level × year cell. Not part of the engine's API.
#pragma once

#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <numbers>

#include "engine/monitor/random.hpp"
#include "engine/monitor/synthetic.hpp"

namespace fw::monitor::synth {

// What a number is for; part of its hash key so that different quantities are independent.
enum Tag : std::uint64_t {
  kGroupWeight = 1,
  kCityAffinity,
  kKreisGroup,
  kLevelShare,
  kTightness,
  kGrowth,
  kFemale,
  kForeign,
  kAgeShift,
  kWage,
  kMigration,
  kLabourNoise,
  kYearTight,
  kUnemployment,
  kVacancies,
  kDuration,
  kExits,
  kWageNoise,
  kFemaleNoise,
  kAgeNoise,
  kHistoryNoise,
};

inline std::uint64_t key(std::uint64_t seed, std::initializer_list<std::uint64_t> parts) {
  std::uint64_t h = seed;
  for (std::uint64_t p : parts) {
    std::uint64_t s = h ^ (p + 0x632be59bd9b4e019ULL);
    h = splitmix64(s);
  }
  return h;
}

// Uniform in [0, 1) from a key.
inline double unit(std::uint64_t k) {
  std::uint64_t s = k;
  return static_cast<double>(splitmix64(s) >> 11) * 0x1.0p-53;
}

// Standard normal from a key (Box–Muller on two derived uniforms).
inline double normal(std::uint64_t k) {
  const double u1 = unit(k) + 0x1.0p-54;
  const double u2 = unit(k ^ 0x5bd1e9955bd1e995ULL);
  return std::sqrt(-2 * std::log(u1)) * std::cos(2 * std::numbers::pi * u2);
}

// One cell's figures, before rounding and suppression.
struct Cell {
  double employees, unemployed, foreign, over60, female, job_seekers, vacancies, vacancies_temp, inflow, completed,
      duration, exits, wage_employees, wage, appr_reported, appr_unfilled, graduates;
};

// exit_fraction: share of the (group, level) workforce leaving per year (for graduates);
// share60: share aged 60+ in the (group, level, east) age profile.
Cell cell(const SyntheticWorld& w, std::size_t k, std::size_t g, int level, int year, double exit_fraction,
          double share60);

// Σ_a q[a] · profile[a] for the national (group, level) profile.
double exit_fraction(const SyntheticWorld& w, std::size_t g, int level);
double share_60plus(const AgeCurve& profile);

}  // namespace fw::monitor::synth
