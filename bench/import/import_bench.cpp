// Parse + map of BA job-search JSON (v4 search shape): records per second. Measured, not
// asserted (docs/benchmarks.md). The database step is not included: it is bounded by the
// database, not by this code.
#include <boost/json.hpp>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "engine/match/generate.hpp"
#include "service/dualcareer/vacancy_import.hpp"

namespace {

// Realistic records: the fields the BA sends, occupations from a mix of mapped names.
std::string make_file(std::size_t n) {
  static const char* kBerufe[] = {"Mechatroniker/in", "Berufskraftfahrer/in (Güterverkehr/LKW)", "Fachkraft für Lagerlogistik",
                                  "Gesundheits- und Krankenpfleger/in", "Kaufmann/-frau - Büromanagement",
                                  "Softwareentwickler/in", "Erzieher/in", "Koch/Köchin", "Verkäufer/in", "Elektroniker/in"};
  fw::match::Rng rng(7);
  std::string s = "{\"stellenangebote\":[";
  s.reserve(n * 640);
  for (std::size_t i = 0; i < n; ++i) {
    const double lat = 47.6 + rng.uniform() * 7.0, lon = 6.2 + rng.uniform() * 8.5;
    char buf[900];
    std::snprintf(buf, sizeof buf,
                  "%s{\"beruf\":\"%s\",\"titel\":\"%s (m/w/d) in Vollzeit – Standort %zu\",\"refnr\":\"10000-%010zu-S\","
                  "\"arbeitsort\":{\"plz\":\"%05u\",\"ort\":\"Musterstadt\",\"strasse\":\"Industriestraße %zu\","
                  "\"region\":\"Baden-Württemberg\",\"land\":\"Deutschland\",\"koordinaten\":{\"lat\":%.6f,\"lon\":%.6f}},"
                  "\"arbeitgeber\":\"Muster Maschinenbau GmbH & Co. KG %zu\",\"aktuelleVeroeffentlichungsdatum\":\"2026-10-%02zu\","
                  "\"modifikationsTimestamp\":\"2026-10-02T09:14:21.512\",\"eintrittsdatum\":\"2027-01-%02zu\","
                  "\"kundennummerHash\":\"kDl4w-Xb1Q2%zu\",\"externeUrl\":\"https://karriere.example/jobs/%zu\"}",
                  i ? "," : "", kBerufe[i % 10], kBerufe[(i / 10) % 10], i % 7, i,
                  static_cast<unsigned>(10000 + rng.below(89999)), i % 200, lat, lon, i % 5000, 1 + i % 28, 1 + i % 28,
                  i, i);
    s += buf;
  }
  s += "],\"maxErgebnisse\":\"" + std::to_string(n) + "\",\"page\":\"1\",\"size\":\"" + std::to_string(n) + "\"}";
  return s;
}

// CPU time of this thread: the machine is shared, wall time would measure the neighbours.
double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 200'000;
  const std::string file = make_file(n);
  double best = 1e30;
  std::size_t mapped = 0;
  for (int run = 0; run < 5; ++run) {
    const double t0 = cpu_seconds();
    auto records = fw::service::read_ba_jobsuche(file, "bench.json", {});
    const double s = cpu_seconds() - t0;
    if (!records) {
      std::fprintf(stderr, "failed: %s\n", records.error().key.c_str());
      return 1;
    }
    mapped = 0;
    for (const auto& r : *records) mapped += r.input ? 1 : 0;
    if (s < best) best = s;
  }
  // The JSON parse alone, for where the time goes.
  double parse_best = 1e30;
  for (int run = 0; run < 3; ++run) {
    const double t0 = cpu_seconds();
    boost::json::monotonic_resource arena;
    auto doc = boost::json::parse(file, &arena);
    parse_best = std::min(parse_best, cpu_seconds() - t0);
    if (!doc.is_object()) return 1;
  }
  std::printf("JSON parse alone (Boost.JSON, arena): %.3f s\n", parse_best);
  std::printf("BA job-search JSON, parse + map: %zu records (%.1f MB), %zu mapped, best of 5 (CPU time): %.3f s = %.0f records/s (%.0f MB/s)\n",
              n, static_cast<double>(file.size()) / 1e6, mapped, best, static_cast<double>(n) / best,
              static_cast<double>(file.size()) / 1e6 / best);
  return 0;
}
