// `fachwerk dualcareer purge`: deletes "Job für Zwei" cases whose retention time after closing
// has passed (docs/dualcareer-cases.md). The server runs the same purge at start and daily.
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <spdlog/spdlog.h>

#include "cli/commands.hpp"
#include "core/clock.hpp"
#include "service/dualcareer/cases_retention.hpp"

namespace fw::cli {

void add_dualcareer(CLI::App& app, Global& g) {
  static int days = service::dualcareer::kDefaultRetentionDays;
  auto* dc = app.add_subcommand("dualcareer", "Job für Zwei: Fälle verwalten");
  dc->require_subcommand(1);
  auto* purge = dc->add_subcommand("purge", "Fälle löschen, deren Aufbewahrungsfrist nach dem Abschluss abgelaufen ist");
  purge->add_option("--retention-days", days, "Tage nach Abschluss, bis die Falldaten gelöscht werden")
      ->envname("FACHWERK_CASE_RETENTION_DAYS")->check(CLI::Range(0, 3650))->capture_default_str();
  purge->callback([&g] {
    auto db = open_database(g);
    if (!db) std::exit(report(db.error()));
    auto n = service::dualcareer::purge_cases(**db, service::Actor::system("dualcareer purge"), days, clock::now_ms());
    if (!n) std::exit(report(n.error()));
    std::printf("%lld Fälle gelöscht (Aufbewahrung %d Tage nach Abschluss).\n", static_cast<long long>(*n), days);
  });
}

std::jthread start_case_retention(store::Database& db, int retention_days) {
  return std::jthread([&db, retention_days](std::stop_token stop) {
    std::mutex mu;
    std::condition_variable_any cv;
    const auto system = service::Actor::system("dualcareer retention");
    do {
      auto n = service::dualcareer::purge_cases(db, system, retention_days, clock::now_ms());
      if (!n) {
        spdlog::error("Job für Zwei: Löschen abgelaufener Fälle fehlgeschlagen: {}", n.error().detail);
      } else if (*n > 0) {
        spdlog::info("Job für Zwei: {} Fälle nach Ablauf der Aufbewahrungsfrist gelöscht.", *n);
      }
      std::unique_lock lock(mu);
      cv.wait_for(lock, stop, std::chrono::hours(24), [] { return false; });
    } while (!stop.stop_requested());
  });
}

}  // namespace fw::cli
