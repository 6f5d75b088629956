// Internals of the stochastic projection: per-row sampling tables and the exact slow paths.
// Not part of the engine's API.
//
// Draws compare a 32-bit uniform u with integer thresholds: u < t ⇔ (u + 0.5) / 2^32 < prob,
// so the table paths agree with the exact inversion on the same u. Thresholds are stored with the
// sign bit flipped ("biased") so that one signed vector compare orders them like unsigned values.
#pragma once

#include <array>
#include <cstdint>

#include "engine/monitor/demography.hpp"
#include "engine/monitor/random.hpp"

namespace fw::monitor::stoch {

inline constexpr int kSmallN = 32;          // counts below this use the per-row exit tables
inline constexpr std::size_t kTableK = 16;  // Poisson outcomes tabulated per row and age
inline constexpr double kNormalFrom = 30;   // mean above which the normal approximation is used

std::uint32_t threshold(double prob);
inline std::int32_t biased(std::uint32_t t) {
  return static_cast<std::int32_t>(t ^ 0x80000000u);
}
inline double to_unit(std::uint32_t u) {
  return (static_cast<double>(u) + 0.5) / 4294967296.0;
}

// A Poisson distribution with fixed λ (entrants and migrants of one row and age).
struct PoissonTable {
  double lambda = 0;
  double exp_minus = 1;
  bool normal = false;                      // λ above kNormalFrom: every draw takes the normal approximation
  int count = 0;                            // thresholds in use (those below 1); an outcome of `count` means "tail"
  std::array<std::int32_t, kTableK> cdf{};  // biased thresholds of P(K <= k)
};

// Everything about one row that stays fixed over years and runs (about 25 KB).
struct RowTables {
  // Biased thresholds of P(X <= 0) and P(X <= 1), X ~ Binomial(n, q[a]), n < kSmallN.
  std::array<std::array<std::int32_t, kSmallN>, kAges> exit0{}, exit1{};
  std::array<double, kAges> q{}, log1mq{};
  std::array<PoissonTable, kAges> in{}, out{};
  std::array<bool, kAges> has_in{}, has_out{};
};

// exit_rate[a] = q[a] (1 at the last age); inflow[a] = expected entrants + net migrants.
void build_tables(RowTables& t, const double* exit_rate, const double* inflow);

// Exact exits for any n given the lane's uniform u (normal approximation above kNormalFrom,
// drawing from `spare`).
std::int64_t exits_slow(std::uint32_t u, Rng& spare, const RowTables& t, std::size_t a, std::int64_t n);

// Exact Poisson draw given u (inversion from 0, or the normal approximation for large λ).
std::int64_t poisson_slow(std::uint32_t u, Rng& spare, const PoissonTable& p);

// Simulates up to 8 runs of one row side by side (one run per vector lane) for `years` years.
// lane_seeds[8] seed the lanes' streams; p0 is the rounded base-year stock. Adds each run's
// supply in year t to totals[t * stride + lane] for lane < lanes. weight_all/weight_female are
// PreparedScenario's [T+1][A] tables, used when participation is set.
struct LaneJob {
  const RowTables* tables = nullptr;
  const std::int32_t* p0 = nullptr;
  const std::uint64_t* lane_seeds = nullptr;
  std::uint64_t spare_seed = 0;
  int years = 0;
  int lanes = 8;
  bool participation = false;
  const double* weight_all = nullptr;
  const double* weight_female = nullptr;
  double female_share = 0;
  double* totals = nullptr;
  std::size_t stride = 0;
};
void run_lanes(const LaneJob& job);

}  // namespace fw::monitor::stoch
