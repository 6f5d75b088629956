// Google Benchmark view of the matcher: the model's hot functions and whole searches on a
// generated index (FACHWERK_BENCH_VACANCIES, default 1,000,000). Mean times per operation;
// percentiles come from match_bench.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>

#include "bench_setup.hpp"
#include "engine/match/matcher.hpp"

using namespace fw::match;

namespace {

struct World {
  PlaceTable places = bench::load_places_or_die();
  VacancyIndex index{places};
  CommuteModel commute;
  Matcher matcher{index, commute};
  std::vector<AnchoredQuery> anchored = bench::anchored_queries(places, 256, 44);
  std::vector<CoupleQuery> region = bench::couple_region_queries(places, 64, 45);
  std::vector<CoupleQuery> nationwide = bench::couple_nationwide_queries(64, 46);
  World() {
    GenerateOptions g;
    const char* n = std::getenv("FACHWERK_BENCH_VACANCIES");
    g.vacancies = n ? std::stoul(n) : 1'000'000;
    index.reserve(g.vacancies);
    for (const auto& v : generate_vacancies(places, g)) (void)index.upsert(v);
    index.shrink_to_fit();
  }
};

World& world() {
  static World w;
  return w;
}

void BM_CommuteMinutes(benchmark::State& state) {
  const CommuteModel model;
  const Vec3 a = to_vec3(48.83777, 10.0933), b = to_vec3(48.67798, 10.15162);
  for (auto _ : state) benchmark::DoNotOptimize(model.minutes(0, 0, chord2(a, b), Mode::car));
}
BENCHMARK(BM_CommuteMinutes);

void BM_Fit(benchmark::State& state) {
  const FitConfig cfg;
  const KldbCode w = *parse_kldb("43104", ""), o = *parse_kldb("43112", "");
  for (auto _ : state) benchmark::DoNotOptimize(occupation_fit(cfg, w, 0, o, 2));
}
BENCHMARK(BM_Fit);

void BM_Anchored(benchmark::State& state) {
  auto& w = world();
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(w.matcher.anchored(w.anchored[i++ % w.anchored.size()]));
}
BENCHMARK(BM_Anchored)->Unit(benchmark::kMicrosecond);

void BM_CoupleRegion(benchmark::State& state) {
  auto& w = world();
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(w.matcher.couple(w.region[i++ % w.region.size()]));
}
BENCHMARK(BM_CoupleRegion)->Unit(benchmark::kMillisecond);

void BM_CoupleNationwide(benchmark::State& state) {
  auto& w = world();
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(w.matcher.couple(w.nationwide[i++ % w.nationwide.size()]));
}
BENCHMARK(BM_CoupleNationwide)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
