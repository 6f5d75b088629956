// Timing program for the matcher (issue 4 figures): generates N open vacancies (default
// 1,000,000), builds the index, and runs the fixed query sets one at a time on one thread,
// printing p50/p95/p99 per query type, build time and index bytes per vacancy.
//
//   match_bench [--vacancies N] [--queries Q] [--seed S] [--export DIR] [--only anchored|region|nationwide]
//
// --export DIR writes the data set, the queries and the engine's top results as CSV, for the
// PostGIS comparison (docs/engine-match.md, "PostGIS side by side").
#include <malloc.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <string>

#include "bench_setup.hpp"
#include "engine/match/matcher.hpp"

using namespace fw::match;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

// CPU time of this thread: on a machine shared with other work, wall time measures the
// neighbours as much as the search. Both are reported.
double cpu_ms() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

struct Stats {
  double p50 = 0, p95 = 0, p99 = 0, max = 0, mean = 0;
};

Stats stats(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  Stats s;
  auto at = [&](double q) {
    return v[std::min(v.size() - 1, static_cast<std::size_t>(q * static_cast<double>(v.size())))];
  };
  s.p50 = at(0.50), s.p95 = at(0.95), s.p99 = at(0.99), s.max = v.back();
  for (double x : v) s.mean += x / static_cast<double>(v.size());
  return s;
}

template <class Q, class F>
void run(const char* name, const std::vector<Q>& queries, F&& search) {
  for (std::size_t i = 0; i < std::min<std::size_t>(queries.size(), 10); ++i) (void)search(queries[i]);  // warm caches
  std::vector<double> times, walls;
  double results = 0, feasible = 0;
  std::size_t counted = 0;
  for (const auto& q : queries) {
    const auto t = Clock::now();
    const double c0 = cpu_ms();
    const auto r = search(q);
    times.push_back(cpu_ms() - c0);
    walls.push_back(ms_since(t));
    if (!r) {
      std::fprintf(stderr, "%s: error %s %s\n", name, r.error().key.c_str(), r.error().field.c_str());
      std::exit(1);
    }
    results += static_cast<double>(r->matches.size());
    if (r->feasible) feasible += static_cast<double>(*r->feasible), ++counted;
  }
  const auto s = stats(times), w = stats(walls);
  std::printf("%-22s %6zu %9.3f %9.3f %9.3f %9.3f %9.3f %9.3f %8.1f %12.0f %7zu\n", name, queries.size(), s.p50, s.p95,
              s.p99, s.max, s.mean, w.p95, results / static_cast<double>(queries.size()),
              counted ? feasible / static_cast<double>(counted) : -1.0, counted);
}

void export_csv(const std::string& dir, const std::vector<Vacancy>& vs) {
  std::ofstream out(dir + "/vacancies.csv");
  out << "id;kldb;level;working_time;start_day;loc;lat;lon\n";
  char buf[160];
  for (const auto& v : vs)
    for (std::size_t l = 0; l < v.locations.size(); ++l) {
      std::snprintf(buf, sizeof buf, "%lld;%s;%d;%d;%s;%zu;%.17g;%.17g\n", static_cast<long long>(v.id), v.kldb.c_str(),
                    v.level, v.working_time, v.start_day ? std::to_string(*v.start_day).c_str() : "", l,
                    v.locations[l].lat, v.locations[l].lon);
      out << buf;
    }
}

std::string request_csv(const PartnerRequest& r) {
  std::string occ;
  for (const auto& o : r.occupations) occ += (occ.empty() ? "" : ",") + o.kldb;
  return occ + ";" + std::to_string(r.working_time) + ";" +
         (r.earliest_start ? std::to_string(*r.earliest_start) : "") + ";" + std::to_string(r.max_minutes) + ";" +
         std::string(mode_name(r.mode));
}

// Queries and the engine's answers, for the PostGIS side to run and compare (see docs).
void export_queries(const std::string& dir, const Matcher& matcher, const std::vector<AnchoredQuery>& anchored,
                    const std::vector<CoupleQuery>& region, const std::vector<CoupleQuery>& nationwide) {
  std::ofstream qa(dir + "/anchored_queries.csv"), qc(dir + "/couple_queries.csv"), res(dir + "/engine_results.csv");
  for (auto* f : {&qa, &qc, &res}) f->precision(17);  // exact doubles, for an exact comparison
  qa << "qid;kldb;working_time;earliest_start;max_minutes;mode;anchor_lat;anchor_lon;anchor_max_minutes;anchor_mode\n";
  qc << "qid;a_kldb;a_working_time;a_earliest_start;a_max_minutes;a_mode;b_kldb;b_working_time;b_earliest_start;b_max_"
        "minutes;b_mode;kreise\n";
  res << "type;qid;rank;ids;score;feasible\n";
  for (std::size_t i = 0; i < anchored.size(); ++i) {
    const auto& q = anchored[i];
    qa << i << ";" << request_csv(q.partner) << ";" << q.anchor->lat << ";" << q.anchor->lon << ";"
       << q.anchor->max_minutes << ";" << mode_name(q.anchor->mode) << "\n";
    const auto r = matcher.anchored(q);
    for (std::size_t k = 0; r && k < r->matches.size(); ++k)
      res << "anchored;" << i << ";" << k << ";" << r->matches[k].vacancy_ids[0] << ";" << r->matches[k].score << ";"
          << r->feasible.value_or(0) << "\n";
  }
  std::size_t qid = 0;
  for (const auto* set : {&region, &nationwide}) {
    for (const auto& q : *set) {
      std::string kreise;
      if (q.region)
        for (const auto& k : q.region->kreise) kreise += (kreise.empty() ? "" : ",") + k;
      qc << qid << ";" << request_csv(q.a) << ";" << request_csv(q.b) << ";" << kreise << "\n";
      const auto r = matcher.couple(q);
      for (std::size_t k = 0; r && k < r->matches.size(); ++k)
        res << "couple;" << qid << ";" << k << ";" << r->matches[k].vacancy_ids[0] << ","
            << r->matches[k].vacancy_ids[1] << ";" << r->matches[k].score << ";"
            << (r->feasible ? std::to_string(*r->feasible) : "") << "\n";
      ++qid;
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t n = 1'000'000, nq = 200;
  std::uint64_t seed = 42;
  std::string export_dir, only;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--vacancies"))
      n = std::stoul(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--queries"))
      nq = std::stoul(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--seed"))
      seed = std::stoull(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--export"))
      export_dir = argv[i + 1];
    else if (!std::strcmp(argv[i], "--only"))
      only = argv[i + 1];
  }
  const PlaceTable places = bench::load_places_or_die();
  auto t = Clock::now();
  GenerateOptions g;
  g.vacancies = n;
  g.seed = seed;
  auto vacancies = generate_vacancies(places, g);
  std::printf("generated %zu vacancies in %.0f ms (seed %llu)\n", n, ms_since(t),
              static_cast<unsigned long long>(seed));

  const auto heap_now = [] {
    const auto m = mallinfo2();
    return m.uordblks + m.hblkhd;
  };
  const std::size_t heap0 = heap_now();
  t = Clock::now();
  VacancyIndex index(places);
  index.reserve(n);
  for (const auto& v : vacancies)
    if (!index.upsert(v)) return 1;
  index.shrink_to_fit();
  const double build_ms = ms_since(t);
  const std::size_t heap = heap_now() - heap0;
  std::printf("index build: %.0f ms for %zu vacancies (%.2f µs each)\n", build_ms, index.size(),
              build_ms * 1000 / static_cast<double>(n));
  std::printf("index memory: %.1f bytes/vacancy (heap in use, malloc overhead included); %.1f by capacities\n",
              static_cast<double>(heap) / static_cast<double>(n),
              static_cast<double>(index.memory_bytes()) / static_cast<double>(n));

  // Incremental updates: move, recode and close 10,000 vacancies, one at a time.
  // The updated vacancies are kept and written back afterwards, so that --export describes the
  // index the queries run on (the draws below read the generated state, as before).
  Rng rng(seed + 1);
  std::vector<std::pair<std::size_t, Vacancy>> updated;
  updated.reserve(10'000);
  t = Clock::now();
  for (int i = 0; i < 10'000; ++i) {
    const std::size_t at = rng.below(n);
    Vacancy v = vacancies[at];
    v.locations = vacancies[rng.below(n)].locations;
    v.kldb = vacancies[rng.below(n)].kldb;
    v.level = vacancies[rng.below(n)].level;
    if (v.kldb.size() == 5) v.level = 0;
    if (!index.upsert(v)) return 1;
    updated.emplace_back(at, std::move(v));
  }
  std::printf("incremental upsert: %.2f µs each\n\n", ms_since(t) * 1000 / 10'000);
  for (auto& [at, v] : updated) vacancies[at] = std::move(v);
  if (!export_dir.empty()) export_csv(export_dir, vacancies);

  const CommuteModel commute;
  const Matcher matcher(index, commute);
  std::printf("%-22s %6s %9s %9s %9s %9s %9s %9s %8s %12s %7s\n", "query (CPU ms)", "n", "p50", "p95", "p99", "max",
              "mean", "wall p95", "results", "feasible", "counted");
  const auto anchored = bench::anchored_queries(places, nq, seed + 2);
  const auto region = bench::couple_region_queries(places, nq, seed + 3);
  const auto nationwide = bench::couple_nationwide_queries(nq, seed + 4);
  if (only.empty() || only == "anchored")
    run("anchored", anchored, [&](const AnchoredQuery& q) { return matcher.anchored(q); });
  if (only.empty() || only == "region")
    run("couple region 60 km", region, [&](const CoupleQuery& q) { return matcher.couple(q); });
  if (only.empty() || only == "nationwide")
    run("couple nationwide", nationwide, [&](const CoupleQuery& q) { return matcher.couple(q); });
  if (!export_dir.empty()) export_queries(export_dir, matcher, anchored, region, nationwide);
  return 0;
}
