// The hot loop of the stochastic projection: eight runs of one row at a time, one per lane of a
// 256-bit vector (GCC vector extensions; AVX2 clone chosen at run time, plain x86-64 otherwise).
// A scalar version with one run at a time spent most of its time on loop and branch overhead;
// lanes share the row's tables, so every step serves eight runs.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "engine/monitor/stochastic_tables.hpp"

namespace fw::monitor::stoch {

std::uint32_t threshold(double prob) {
  const double x = std::ceil(prob * 4294967296.0 - 0.5);
  if (x <= 0) return 0;
  return x >= 4294967295.0 ? 0xFFFFFFFFu : static_cast<std::uint32_t>(x);
}

namespace {

void build_poisson(PoissonTable& p, double lambda) {
  p.lambda = lambda;
  p.exp_minus = std::exp(-lambda);
  p.normal = lambda > kNormalFrom;
  p.count = 0;
  double f = p.exp_minus, c = f;
  for (std::size_t k = 0; k < kTableK; ++k) {
    const std::uint32_t t = threshold(c);
    p.cdf[k] = biased(t);
    if (t < 0xFFFFFFFFu) p.count = static_cast<int>(k) + 1;
    f *= lambda / static_cast<double>(k + 1);
    c += f;
  }
}

}  // namespace

void build_tables(RowTables& t, const double* exit_rate, const double* inflow) {
  for (std::size_t a = 0; a < kAges; ++a) {
    const double q = exit_rate[a];
    t.q[a] = q;
    t.log1mq[a] = q < 1 ? std::log1p(-q) : -INFINITY;
    double p0 = 1;  // (1-q)^n
    for (std::size_t n = 0; n < kSmallN; ++n) {
      const double p1 = n == 0 || q >= 1 ? 0.0 : static_cast<double>(n) * q * p0 / (1 - q);  // P(X = 1)
      t.exit0[a][n] = biased(threshold(p0));
      t.exit1[a][n] = biased(q < 1 ? threshold(p0 + p1) : 0);
      p0 *= 1 - q;
    }
    build_poisson(t.in[a], std::max(0.0, inflow[a]));
    build_poisson(t.out[a], std::max(0.0, -inflow[a]));
    t.has_in[a] = inflow[a] > 0;
    t.has_out[a] = inflow[a] < 0;
  }
}

std::int64_t exits_slow(std::uint32_t u, Rng& spare, const RowTables& t, std::size_t a, std::int64_t n) {
  const double q = t.q[a];
  if (n <= 0 || q <= 0) return 0;
  if (q >= 1) return n;
  if (n >= kSmallN && static_cast<double>(n) * q > kNormalFrom) return binomial_normal(spare, n, q);
  return binomial_inversion(to_unit(u), n, q, std::exp(static_cast<double>(n) * t.log1mq[a]));
}

std::int64_t poisson_slow(std::uint32_t u, Rng& spare, const PoissonTable& p) {
  if (p.lambda <= 0) return 0;
  if (p.normal) return poisson_normal(spare, p.lambda);
  return poisson_inversion(to_unit(u), p.lambda, p.exp_minus);
}

namespace {

typedef std::int32_t v8i __attribute__((vector_size(32)));
typedef std::uint32_t v8u __attribute__((vector_size(32)));
typedef std::uint64_t v4q __attribute__((vector_size(32)));
// Helpers take and return vectors by value but are always inlined into the kernel, so GCC's note
// about the AVX calling convention does not apply.
#pragma GCC diagnostic ignored "-Wpsabi"

[[gnu::always_inline]] inline v8u rotl(v8u x, int k) {
  return (x << k) | (x >> (32 - k));
}

// xoshiro128** (Blackman & Vigna) in eight independent lanes.
struct LaneRng {
  v8u s0, s1, s2, s3;
  [[gnu::always_inline]] inline v8u next() {
    const v8u result = rotl(s1 * 5u, 7) * 9u;
    const v8u t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  }
};

[[gnu::always_inline]] inline bool any(v8i mask) {
  v4q w;
  std::memcpy(&w, &mask, sizeof w);
  return ((w[0] | w[1]) | (w[2] | w[3])) != 0;
}

[[gnu::always_inline]] inline v8i load(const std::int32_t* p) {
  v8i v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

// table[n] per lane for n in 0..31: four in-register permutes and a select, no memory gather.
[[gnu::always_inline]] inline v8i lookup32(const std::array<std::int32_t, kSmallN>& table, v8i n) {
  const v8i idx = n & 7;
  const v8i hi = n >> 3;
  const v8i r0 = __builtin_shuffle(load(&table[0]), idx);
  const v8i r1 = __builtin_shuffle(load(&table[8]), idx);
  const v8i r2 = __builtin_shuffle(load(&table[16]), idx);
  const v8i r3 = __builtin_shuffle(load(&table[24]), idx);
  return hi == 0 ? r0 : hi == 1 ? r1 : hi == 2 ? r2 : r3;
}

[[gnu::always_inline]] inline v8i broadcast(std::int32_t x) {
  return v8i{x, x, x, x, x, x, x, x};
}

// Poisson outcomes of eight lanes for one table; tail lanes (outcome = count) take the exact
// slow path with the same u.
[[gnu::always_inline]] inline v8i poisson(const PoissonTable& p, v8u u, Rng& spare) {
  v8i k{};
  v8i tail;
  if (!p.normal) {
    const v8i ub = reinterpret_cast<v8i&>(u) ^ broadcast(INT32_MIN);
    for (int j = 0; j < p.count; ++j) k -= ub >= broadcast(p.cdf[static_cast<std::size_t>(j)]);
    tail = k == broadcast(p.count);
  } else {
    tail = broadcast(-1);
  }
  if (any(tail)) [[unlikely]] {
    for (int l = 0; l < 8; ++l) {
      if (tail[l]) k[l] = static_cast<std::int32_t>(poisson_slow(u[l], spare, p));
    }
  }
  return k;
}

}  // namespace

__attribute__((target_clones("arch=x86-64-v3", "default"))) void run_lanes(const LaneJob& job) {
  const RowTables& t = *job.tables;
  Rng spare(job.spare_seed);
  LaneRng rng;
  for (int l = 0; l < 8; ++l) {
    std::uint64_t s = job.lane_seeds[l];
    const std::uint64_t a = splitmix64(s), b = splitmix64(s);
    rng.s0[l] = static_cast<std::uint32_t>(a);
    rng.s1[l] = static_cast<std::uint32_t>(a >> 32);
    rng.s2[l] = static_cast<std::uint32_t>(b);
    rng.s3[l] = static_cast<std::uint32_t>(b >> 32) | 1u;  // never the all-zero state
  }
  v8i p[kAges];
  double base = 0;
  for (std::size_t a = 0; a < kAges; ++a) {
    p[a] = broadcast(job.p0[a]);
    base += job.participation ? job.p0[a] * (job.weight_all[a] + job.female_share * job.weight_female[a])
                              : static_cast<double>(job.p0[a]);
  }
  for (int l = 0; l < job.lanes; ++l) job.totals[l] += base;

  const v8i zero{};
  for (int year = 1; year <= job.years; ++year) {
    v8i carry = zero, people = zero;
    for (std::size_t a = 0; a < kAges; ++a) {
      const v8i n = p[a];
      v8i exits;
      if (a + 1 == kAges) {
        exits = n;  // everybody still here at 74 leaves by 75
      } else {
        const v8u u = rng.next();
        const v8i ub = reinterpret_cast<const v8i&>(u) ^ broadcast(INT32_MIN);
        const v8i small = n < kSmallN ? n : broadcast(kSmallN - 1);
        const v8i past0 = ub >= lookup32(t.exit0[a], small);
        const v8i past1 = ub >= lookup32(t.exit1[a], small);
        exits = -(past0 + past1);  // 0 or 1 exits from the tables; 2+ and large n below
        const v8i slow = past1 | (n >= kSmallN);
        if (any(slow)) [[unlikely]] {
          for (int l = 0; l < 8; ++l) {
            if (slow[l]) exits[l] = static_cast<std::int32_t>(exits_slow(u[l], spare, t, a, n[l]));
          }
        }
      }
      v8i v = carry;
      if (t.has_in[a]) v += poisson(t.in[a], rng.next(), spare);
      if (t.has_out[a]) v -= poisson(t.out[a], rng.next(), spare);
      v = v > zero ? v : zero;
      p[a] = v;
      people += v;
      carry = n - exits;
    }
    double* row = job.totals + static_cast<std::size_t>(year) * job.stride;
    if (!job.participation) {
      for (int l = 0; l < job.lanes; ++l) row[l] += people[l];
      continue;
    }
    const double* wa = job.weight_all + static_cast<std::size_t>(year) * kAges;
    const double* wf = job.weight_female + static_cast<std::size_t>(year) * kAges;
    for (int l = 0; l < job.lanes; ++l) {
      double s = 0, f = 0;
      for (std::size_t a = 0; a < kAges; ++a) {
        s += p[a][l] * wa[a];
        f += p[a][l] * wf[a];
      }
      row[l] += s + job.female_share * f;
    }
  }
}

}  // namespace fw::monitor::stoch
