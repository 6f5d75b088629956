// Small, fast, reproducible random numbers for the stochastic projection: SplitMix64, and
// samplers tuned for the counts of one Kreis × occupation × level × age cell (mostly below 30).
// Same seed → same numbers on every platform with IEEE doubles; the exp/log calls of the rare
// slow paths come from libm and may differ in the last bit between libms.
#pragma once

#include <cmath>
#include <cstdint>
#include <numbers>

namespace fw::monitor {

inline std::uint64_t splitmix64(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// SplitMix64 as a generator (Steele, Lea & Flood 2014; passes BigCrush): one 64-bit word of
// state, cheap to create per stream. The stochastic projection uses it to seed its vector lanes
// (xoshiro128**, stochastic_kernel.cpp) and for the rare slow paths.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) { next(); }
  std::uint64_t next() { return splitmix64(state_); }
  // Uniform in [0, 1) with 53 random bits.
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  // Standard normal (Box–Muller; only the slow paths of the samplers need it).
  double normal() {
    const double u1 = (static_cast<double>(next() >> 11) + 0.5) * 0x1.0p-53;
    const double u2 = uniform();
    return std::sqrt(-2 * std::log(u1)) * std::cos(2 * std::numbers::pi * u2);
  }

 private:
  std::uint64_t state_;
};

// Binomial(n, p) by inversion from 0 given u ~ U[0,1) and p0 = (1-p)^n; the expected number of
// steps is n·p, so callers use it for n·p below about 30 and binomial_normal() above.
inline std::int64_t binomial_inversion(double u, std::int64_t n, double p, double p0) {
  const double ratio = p / (1 - p);
  double f = p0, cdf = p0;
  std::int64_t k = 0;
  while (u >= cdf && k < n) {
    f *= ratio * static_cast<double>(n - k) / static_cast<double>(k + 1);
    ++k;
    cdf += f;
  }
  return k;
}

// Normal approximation with continuity, rounded and clamped to [0, n]; for n·p·(1-p) large.
inline std::int64_t binomial_normal(Rng& rng, std::int64_t n, double p) {
  const double mean = static_cast<double>(n) * p;
  const double k = std::floor(mean + std::sqrt(mean * (1 - p)) * rng.normal() + 0.5);
  return k < 0 ? 0 : k > static_cast<double>(n) ? n : static_cast<std::int64_t>(k);
}

// Poisson(λ) by inversion given u and e^-λ (precomputed by the caller); for λ below about 30.
inline std::int64_t poisson_inversion(double u, double lambda, double exp_minus_lambda) {
  double f = exp_minus_lambda, cdf = f;
  std::int64_t k = 0;
  while (u >= cdf && k < 1000) {
    ++k;
    f *= lambda / static_cast<double>(k);
    cdf += f;
  }
  return k;
}

inline std::int64_t poisson_normal(Rng& rng, double lambda) {
  const double k = std::floor(lambda + std::sqrt(lambda) * rng.normal() + 0.5);
  return k < 0 ? 0 : static_cast<std::int64_t>(k);
}

}  // namespace fw::monitor
