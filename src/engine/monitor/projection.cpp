#include "engine/monitor/projection.hpp"

#include <cstring>
#include <numeric>

namespace fw::monitor {

namespace {

// Four doubles as one value: GCC lowers it to one AVX register in the x86-64-v3 clone below and
// to two SSE2 registers in the default one. 60 ages = 15 vectors, no remainder loop.
typedef double v4d __attribute__((vector_size(32)));
// The helpers below pass v4d by value; they are always inlined into the kernel, so no call ever
// crosses an ABI boundary and GCC's note about the AVX calling convention does not apply.
#pragma GCC diagnostic ignored "-Wpsabi"
static_assert(kAges % 4 == 0, "the kernel assumes whole vectors of ages");

[[gnu::always_inline]] inline v4d load(const double* p) {
  v4d v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
[[gnu::always_inline]] inline void store(double* p, v4d v) {
  std::memcpy(p, &v, sizeof v);
}
[[gnu::always_inline]] inline double hsum(v4d v) {
  return (v[0] + v[1]) + (v[2] + v[3]);
}

}  // namespace

namespace detail {

// All T years of one row while its 60 ages stay in L1: the state is read from memory once and
// only the per-year totals are written, instead of sweeping the whole 111 MB state every year.
template <bool kParticipation>
[[gnu::always_inline]] inline void run_row_impl(const double* p0, const double* survival_below, const double* exit_rate,
                                                const double* inflow, int years, double female_share,
                                                const double* w_all, const double* w_female, double* supply,
                                                double* exits) {
  // p[-1] must read as 0 for age 15 (nobody ages into it): one padding slot before each buffer.
  alignas(32) double buf_a[kAges + 4];
  alignas(32) double buf_b[kAges + 4];
  buf_a[3] = buf_b[3] = 0.0;
  double* p = buf_a + 4;
  double* next = buf_b + 4;
  std::memcpy(p, p0, sizeof(double) * kAges);
  {
    v4d s = {0, 0, 0, 0}, f = {0, 0, 0, 0};
    for (int i = 0; i < kAges; i += 4) {
      const v4d x = load(p + i);
      if constexpr (kParticipation) {
        s += x * load(w_all + i);
        f += x * load(w_female + i);
      } else {
        s += x;
      }
    }
    supply[0] = hsum(s) + (kParticipation ? female_share * hsum(f) : 0.0);
    exits[0] = 0.0;
  }
  const v4d zero = {0, 0, 0, 0};
  for (int t = 1; t <= years; ++t) {
    v4d acc_exit = zero, acc_supply = zero, acc_female = zero;
    const double* wa = w_all + static_cast<std::ptrdiff_t>(t) * kAges;
    const double* wf = w_female + static_cast<std::ptrdiff_t>(t) * kAges;
    for (int i = 0; i < kAges; i += 4) {
      const v4d cur = load(p + i);
      v4d n = load(p + i - 1) * load(survival_below + i) + load(inflow + i);
      n = n > zero ? n : zero;
      store(next + i, n);
      acc_exit += load(exit_rate + i) * cur;
      if constexpr (kParticipation) {
        acc_supply += n * load(wa + i);
        acc_female += n * load(wf + i);
      } else {
        acc_supply += n;
      }
    }
    exits[t] = hsum(acc_exit);
    supply[t] = hsum(acc_supply) + (kParticipation ? female_share * hsum(acc_female) : 0.0);
    std::swap(p, next);
  }
}

// Runtime dispatch (ifunc): AVX2+FMA where the CPU has it, plain x86-64 otherwise, so the
// binary stays portable while the hot loop gets 4-wide vectors.
__attribute__((target_clones("arch=x86-64-v3", "default"))) void run_row(const double* p0, const double* survival_below,
                                                                         const double* exit_rate, const double* inflow,
                                                                         int years, double female_share,
                                                                         const double* w_all, const double* w_female,
                                                                         bool participation, double* supply,
                                                                         double* exits) {
  if (participation) {
    run_row_impl<true>(p0, survival_below, exit_rate, inflow, years, female_share, w_all, w_female, supply, exits);
  } else {
    run_row_impl<false>(p0, survival_below, exit_rate, inflow, years, female_share, w_all, w_female, supply, exits);
  }
}

}  // namespace detail

Result<void> project_prepared(const ProjectionInput& in, const PreparedScenario& prep, std::span<const int> kreise,
                              ProjectionOutput& out) {
  const std::size_t K = in.kreise.size(), GL = in.rows_per_kreis(), A = kAges;
  if (in.stock.size() != in.rows() * A || in.entrants.size() != in.rows() || in.demand0.size() != in.rows()) {
    return fail(ErrorCode::invalid_argument, "monitor.bad_projection_input", "stock", "sizes do not match");
  }
  out.kreise.assign(kreise.begin(), kreise.end());
  if (out.kreise.empty()) {
    out.kreise.resize(K);
    std::iota(out.kreise.begin(), out.kreise.end(), 0);
  }
  for (int k : out.kreise) {
    if (k < 0 || static_cast<std::size_t>(k) >= K) {
      return fail(ErrorCode::not_found, "monitor.unknown_region", "region", std::to_string(k));
    }
  }
  out.base_year = in.base_year;
  out.years = prep.years;
  out.synthetic = in.synthetic;
  const std::size_t TT = out.points();
  const std::size_t n = out.kreise.size() * GL * TT;
  out.supply.resize(n);  // no zeroing (LargeAllocator), no reallocation when the size is unchanged
  out.exits.resize(n);
  out.demand.resize(n);

  alignas(32) double inflow[kAges];
  std::size_t o = 0;
  for (int k : out.kreise) {
    for (std::size_t gl = 0; gl < GL; ++gl, ++o) {
      const std::size_t r = static_cast<std::size_t>(k) * GL + gl;
      const std::size_t g = gl / kLevels, l = gl % kLevels;
      const double e = in.entrants[r], m = in.net_migration[r];
      const double* ep = &prep.entrant_profile[l * A];
      for (std::size_t a = 0; a < A; ++a) inflow[a] = e * ep[a] + m * prep.migrant_profile[a];
      detail::run_row(&in.stock[r * A], &prep.survival_below[gl * A], &prep.exit_rate[gl * A], inflow, prep.years,
                      in.female_share[r], prep.weight_all.data(), prep.weight_female.data(), prep.participation,
                      &out.supply[o * TT], &out.exits[o * TT]);
      const double d0 = in.demand0[r];
      const double* df = &prep.demand_factor[g * TT];
      double* d = &out.demand[o * TT];
      for (std::size_t t = 0; t < TT; ++t) d[t] = d0 * df[t];
    }
  }
  return {};
}

Result<void> project(const ProjectionInput& in, const Scenario& scenario, std::span<const int> kreise, int horizon,
                     ProjectionOutput& out) {
  auto prepared = FW_TRY(prepare_scenario(in, scenario, horizon));
  return project_prepared(in, prepared, kreise, out);
}

}  // namespace fw::monitor
