// Timings of the monitor engines (issue 5), driven by bench/monitor/run.sh.
//
//   monitor_bench prepare <data_dir> <input.bin>            synthetic national input → file
//   monitor_bench project <input.bin> <result.bin> [reps]   national deterministic run
//   monitor_bench stochastic <input.bin> [runs] [reps]      runs for a 3-Kreis region
//   monitor_bench scores <data_dir> [reps]                  every Kreis × group × level
//
// Each timed part prints "RESULT <name> best_s=<min> median_s=<median> ..." (wall clock, one
// thread). Best-of-n because the machine is shared: the minimum is the least disturbed run.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "engine/monitor/engpass.hpp"
#include "engine/monitor/projection_io.hpp"
#include "engine/monitor/stochastic.hpp"
#include "engine/monitor/synthetic.hpp"

namespace {

using namespace fw::monitor;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

void report(const char* name, std::vector<double> t, const std::string& extra) {
  std::sort(t.begin(), t.end());
  std::printf("RESULT %s best_s=%.4f median_s=%.4f reps=%zu %s\n", name, t.front(), t[t.size() / 2], t.size(),
              extra.c_str());
}

int die(const fw::Error& e) {
  std::fprintf(stderr, "error: %s %s %s\n", e.key.c_str(), e.field.c_str(), e.detail.c_str());
  return 1;
}

int prepare(const std::string& data_dir, const std::string& path) {
  auto t0 = Clock::now();
  auto ref = Reference::load(data_dir);
  if (!ref) return die(ref.error());
  auto in = synthetic_projection(make_world(*ref));
  if (!in) return die(in.error());
  if (auto w = write_projection_input(*in, path); !w) return die(w.error());
  double people = 0;
  for (double v : in->stock) people += v;
  std::printf("prepared %zu Kreise x %zu groups x 4 levels x %d ages, base %d, supply %.0f, %.1f MB state, %.2f s\n",
              in->kreise.size(), in->groups.size(), kAges, in->base_year, people,
              static_cast<double>(in->stock.size() * sizeof(double)) / 1e6, seconds_since(t0));
  return 0;
}

int project_national(const std::string& path, const std::string& result_path, int reps) {
  auto in = read_projection_input(path);
  if (!in) return die(in.error());
  const int horizon = in->base_year + 15;
  ProjectionOutput out;
  std::vector<double> times;
  double cold = 0;
  for (int i = 0; i <= reps; ++i) {
    auto t0 = Clock::now();
    if (auto r = project(*in, Scenario{}, {}, horizon, out); !r) return die(r.error());
    const double t = seconds_since(t0);
    if (i == 0)
      cold = t;
    else
      times.push_back(t);  // the first run also faults in the output pages
  }
  double supply = 0, demand = 0;
  for (std::size_t r = 0; r < out.supply.size(); r += out.points()) {
    supply += out.supply[r + out.points() - 1];
    demand += out.demand[r + out.points() - 1];
  }
  char extra[256];
  std::snprintf(extra, sizeof extra, "cold_s=%.4f rows=%zu years=%d supply_%d=%.0f demand_%d=%.0f", cold, in->rows(),
                out.years, horizon, supply, horizon, demand);
  report("projection_national_deterministic", times, extra);
  if (auto w = write_projection_output(out, result_path); !w) return die(w.error());
  return 0;
}

int stochastic(const std::string& path, int runs, int reps) {
  auto in = read_projection_input(path);
  if (!in) return die(in.error());
  // A three-Kreis network region: Heilbronn (Stadt and Landkreis) and the Hohenlohekreis.
  std::vector<int> region;
  for (const char* ags : {"08121", "08125", "08126"}) {
    auto it = std::find(in->kreise.begin(), in->kreise.end(), ags);
    if (it == in->kreise.end()) return std::fprintf(stderr, "Kreis %s missing\n", ags), 1;
    region.push_back(static_cast<int>(it - in->kreise.begin()));
  }
  std::vector<double> times;
  StochasticOutput out;
  for (int i = 0; i < reps; ++i) {
    auto t0 = Clock::now();
    auto r = project_stochastic(*in, Scenario{}, region, in->base_year + 15, {runs, 7});
    times.push_back(seconds_since(t0));
    if (!r) return die(r.error());
    out = std::move(*r);
  }
  const std::size_t T = static_cast<std::size_t>(out.years);
  char extra[256];
  std::snprintf(extra, sizeof extra, "runs=%d kreise=3 supply_%d_p10=%.0f p50=%.0f p90=%.0f demand=%.0f", runs,
                out.base_year + out.years, out.total_supply.p10[T], out.total_supply.p50[T], out.total_supply.p90[T],
                out.total_demand[T]);
  report("projection_stochastic_3_kreise", times, extra);
  return 0;
}

int scores(const std::string& data_dir, int reps) {
  auto ref = Reference::load(data_dir);
  if (!ref) return die(ref.error());
  const SyntheticWorld world = make_world(*ref);
  const int year = world.options.last_year;
  const BaseDataset data = synthetic_base(world, year - 1, year);
  auto table = ThresholdTable::load(data_dir + "/monitor/engpass_thresholds_2020.csv");
  if (!table) return die(table.error());
  EngpassScorer scorer(data, *table);
  std::vector<double> times;
  std::vector<CompactScore> result;
  for (int i = 0; i < reps; ++i) {
    auto t0 = Clock::now();
    auto r = scorer.score_each_kreis(year);
    times.push_back(seconds_since(t0));
    if (!r) return die(r.error());
    result = std::move(*r);
  }
  std::size_t counts[4] = {};
  for (const auto& u : result) ++counts[static_cast<int>(u.cls)];
  char extra[256];
  std::snprintf(extra, sizeof extra, "units=%zu engpass=%zu beobachtung=%zu kein=%zu nicht_bewertbar=%zu",
                result.size(), counts[0], counts[1], counts[2], counts[3]);
  report("engpass_scores_all_kreise", times, extra);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> a(argv + 1, argv + argc);
  auto num = [&](std::size_t i, int def) { return a.size() > i ? std::atoi(a[i].c_str()) : def; };
  if (a.size() >= 3 && a[0] == "prepare") return prepare(a[1], a[2]);
  if (a.size() >= 3 && a[0] == "project") return project_national(a[1], a[2], num(3, 5));
  if (a.size() >= 2 && a[0] == "stochastic") return stochastic(a[1], num(2, 100), num(3, 3));
  if (a.size() >= 2 && a[0] == "scores") return scores(a[1], num(2, 3));
  std::fprintf(stderr, "usage: monitor_bench prepare|project|stochastic|scores ... (see source)\n");
  return 2;
}
