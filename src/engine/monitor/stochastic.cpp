#include "engine/monitor/stochastic.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <string_view>

#include "engine/monitor/random.hpp"
#include "engine/monitor/stochastic_tables.hpp"

namespace fw::monitor {

namespace {

std::uint64_t mix(std::uint64_t h, std::uint64_t v) {
  std::uint64_t s = h ^ v;
  return splitmix64(s);
}

std::uint64_t text_hash(std::string_view s) {  // FNV-1a: stable across platforms and runs
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
  return h;
}

// Linear-interpolation percentile of sorted values (NumPy's default "linear" method).
double percentile(const std::vector<double>& sorted, double p) {
  const double h = (static_cast<double>(sorted.size()) - 1) * p;
  const auto lo = static_cast<std::size_t>(std::floor(h));
  const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
  return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

// values: [T+1][runs] → band.
Band make_band(const double* values, std::size_t points, std::size_t runs) {
  Band b;
  std::vector<double> v(runs);
  for (std::size_t t = 0; t < points; ++t) {
    std::copy(values + t * runs, values + (t + 1) * runs, v.begin());
    std::sort(v.begin(), v.end());
    b.p10.push_back(percentile(v, 0.10));
    b.p50.push_back(percentile(v, 0.50));
    b.p90.push_back(percentile(v, 0.90));
    b.mean.push_back(std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(runs));
  }
  return b;
}

}  // namespace

Result<StochasticOutput> project_stochastic(const ProjectionInput& in, const Scenario& scenario,
                                            std::span<const int> kreise, int horizon,
                                            const StochasticOptions& options) {
  if (options.runs < 2 || options.runs > 10000) {
    return fail(ErrorCode::invalid_argument, "monitor.bad_runs", "runs", std::to_string(options.runs));
  }
  const PreparedScenario prep = FW_TRY(prepare_scenario(in, scenario, horizon));
  StochasticOutput out;
  out.base_year = in.base_year;
  out.years = prep.years;
  out.runs = options.runs;
  out.synthetic = in.synthetic;
  out.kreise.assign(kreise.begin(), kreise.end());
  if (out.kreise.empty()) {
    out.kreise.resize(in.kreise.size());
    std::iota(out.kreise.begin(), out.kreise.end(), 0);
  }
  for (int k : out.kreise) {
    if (k < 0 || static_cast<std::size_t>(k) >= in.kreise.size()) {
      return fail(ErrorCode::not_found, "monitor.unknown_region", "region", std::to_string(k));
    }
  }
  const std::size_t GL = in.rows_per_kreis(), TT = static_cast<std::size_t>(prep.years) + 1, A = kAges;
  const auto runs = static_cast<std::size_t>(options.runs);
  std::vector<double> totals(GL * TT * runs, 0.0);  // [gl][t][run]
  out.demand.assign(GL, std::vector<double>(TT, 0.0));

  stoch::RowTables tables;
  std::array<double, kAges> inflow{};
  std::array<std::int32_t, kAges> p0{};
  std::array<std::uint64_t, 8> lane_seeds{};
  for (int k : out.kreise) {
    const std::uint64_t kreis_seed = mix(options.seed, text_hash(in.kreise[static_cast<std::size_t>(k)]));
    for (std::size_t gl = 0; gl < GL; ++gl) {
      const std::size_t r = static_cast<std::size_t>(k) * GL + gl;
      const std::size_t g = gl / kLevels, l = gl % kLevels;
      for (std::size_t t = 0; t < TT; ++t) out.demand[gl][t] += in.demand0[r] * prep.demand_factor[g * TT + t];
      for (std::size_t a = 0; a < A; ++a) {
        inflow[a] = in.entrants[r] * prep.entrant_profile[l * A + a] + in.net_migration[r] * prep.migrant_profile[a];
        p0[a] = static_cast<std::int32_t>(std::min(in.stock[r * A + a] + 0.5, 2e9));  // whole persons
      }
      stoch::build_tables(tables, &prep.exit_rate[gl * A], inflow.data());
      const std::uint64_t row_seed = mix(kreis_seed, gl);
      // Eight runs side by side, one per vector lane; run i always uses the stream of (row, i).
      for (std::size_t run0 = 0; run0 < runs; run0 += 8) {
        for (std::size_t lane = 0; lane < 8; ++lane) lane_seeds[lane] = mix(row_seed, run0 + lane);
        stoch::LaneJob job;
        job.tables = &tables;
        job.p0 = p0.data();
        job.lane_seeds = lane_seeds.data();
        job.spare_seed = mix(row_seed, 0x5eed0000ULL + run0);
        job.years = prep.years;
        job.lanes = static_cast<int>(std::min<std::size_t>(8, runs - run0));
        job.participation = prep.participation;
        job.weight_all = prep.weight_all.data();
        job.weight_female = prep.weight_female.data();
        job.female_share = in.female_share[r];
        job.totals = &totals[gl * TT * runs + run0];
        job.stride = runs;
        stoch::run_lanes(job);
      }
    }
  }
  out.supply.reserve(GL);
  std::vector<double> all(TT * runs, 0.0);
  for (std::size_t gl = 0; gl < GL; ++gl) {
    const double* v = &totals[gl * TT * runs];
    out.supply.push_back(make_band(v, TT, runs));
    for (std::size_t i = 0; i < TT * runs; ++i) all[i] += v[i];
  }
  out.total_supply = make_band(all.data(), TT, runs);
  out.total_demand.assign(TT, 0.0);
  for (const auto& d : out.demand) {
    for (std::size_t t = 0; t < TT; ++t) out.total_demand[t] += d[t];
  }
  return out;
}

Band gap_band(const Band& supply, const std::vector<double>& demand) {
  Band g;
  for (std::size_t t = 0; t < demand.size(); ++t) {
    g.p10.push_back(demand[t] - supply.p90[t]);
    g.p50.push_back(demand[t] - supply.p50[t]);
    g.p90.push_back(demand[t] - supply.p10[t]);
    g.mean.push_back(demand[t] - supply.mean[t]);
  }
  return g;
}

}  // namespace fw::monitor
