// Throughput of the analyser on generated German text: build-search/tests/search/search_throughput
// [megabytes]. Measured, not asserted (2 shared cores make timings noisy).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "search/german.hpp"

int main(int argc, char** argv) {
  const double megabytes = argc > 1 ? std::atof(argv[1]) : 8.0;
  const std::vector<std::string> words = {"Fachkräftesicherung",
                                          "Pflegekräfte",
                                          "der",
                                          "die",
                                          "und",
                                          "für",
                                          "Netzwerk",
                                          "Wirtschaftsförderung",
                                          "Ausbildungsplätze",
                                          "Müller",
                                          "Straße",
                                          "Vereinbarkeit",
                                          "von",
                                          "Familie",
                                          "Beruf",
                                          "Handwerkskammer",
                                          "Zuwanderung",
                                          "Integration",
                                          "Unternehmen",
                                          "regionale",
                                          "Kooperationsvereinbarung",
                                          "im",
                                          "Landkreis",
                                          "Hochschulabschlüsse",
                                          "2014",
                                          "IT-Fachkräfte",
                                          "Arbeitsmarkt",
                                          "Ostwürttemberg",
                                          "Beratung",
                                          "wurde",
                                          "gemeinsam",
                                          "mit",
                                          "Partnern",
                                          "entwickelt",
                                          "Qualifizierung",
                                          "Geflüchteter",
                                          "Maßnahmen",
                                          "Ergebnisse"};
  std::mt19937 rng(7);
  std::string text;
  const auto target = static_cast<std::size_t>(megabytes * 1024 * 1024);
  while (text.size() < target) {
    text += words[rng() % words.size()];
    text += (rng() % 12 == 0) ? ". " : " ";
  }
  using Clock = std::chrono::steady_clock;
  auto mbps = [&](auto&& f) {
    const auto t0 = Clock::now();
    std::size_t sink = f();
    const double s = std::chrono::duration<double>(Clock::now() - t0).count();
    std::printf("  (%zu bytes out) ", sink);
    return static_cast<double>(text.size()) / (1024.0 * 1024.0) / s;
  };
  std::printf("input %.1f MB\n", static_cast<double>(text.size()) / (1024.0 * 1024.0));
  std::printf("fold        %.1f MB/s\n", mbps([&] { return fw::search::fold(text).size(); }));
  std::printf("index_terms %.1f MB/s\n", mbps([&] { return fw::search::index_terms(text).size(); }));
  const auto q = fw::search::query_terms("Ergebnisse Hochschulabschluss");
  std::printf("highlight   %.1f MB/s (whole text, no window)\n",
              mbps([&] { return fw::search::highlight(text, q, 0).size(); }));
  const std::string doc = text.substr(0, 2000);
  const auto t0 = Clock::now();
  std::size_t sink = 0;
  for (int i = 0; i < 2000; ++i) sink += fw::search::highlight(doc, q, 200).size();
  const double us = std::chrono::duration<double, std::micro>(Clock::now() - t0).count() / 2000;
  std::printf("highlight of a 2 kB text, 200-char snippet: %.1f us (%zu)\n", us, sink);
  return 0;
}
