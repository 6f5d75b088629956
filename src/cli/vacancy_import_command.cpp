// import travel-matrix FILE [--dry-run]: replaces the stored Gemeinde travel-time matrix.
// import vacancies FILE --format ba-jobsuche|jobposting|csv [--network ID] [--dry-run]:
// reads the whole file, reports progress on stderr for large files, then the counts and every
// rejected record with its place and reason (German) on stdout.
#include <cstdio>

#include "cli/commands.hpp"
#include "core/messages.hpp"
#include "service/dualcareer/travel_times.hpp"
#include "service/dualcareer/vacancy_import.hpp"

namespace fw::cli {

int import_vacancies_file(const Global& g, const std::string& text, const std::string& file, const std::string& format,
                          std::optional<std::int64_t> network, bool dry_run) {
  auto db = open_database(g);
  if (!db) return report(db.error());
  service::ImportOptions options;
  options.format = format;
  options.defaults.network_id = network;
  options.dry_run = dry_run;
  options.progress = [](std::size_t done, std::size_t total) {
    if (total >= 10'000 && (done % 10'000 == 0 || done == total)) std::fprintf(stderr, "\r%zu / %zu Datensätze", done, total);
    if (total >= 10'000 && done == total) std::fprintf(stderr, "\n");
  };
  auto r = service::import_vacancies(**db, service::Actor::system("import"), text, file, options);
  if (!r) return report(r.error());
  std::printf("%s: %d neu, %d aktualisiert, %d unverändert, %d abgelehnt%s\n", file.c_str(), r->created, r->updated,
              r->unchanged, r->rejected, dry_run ? " (Probelauf, nichts geschrieben)" : "");
  for (const auto& e : r->reasons) {
    const auto reason = message_text(e, "de");
    // Most texts name the place themselves; the others get it in front.
    if (reason.find(e.field) != std::string::npos) {
      std::printf("  abgelehnt: %s\n", reason.c_str());
    } else {
      std::printf("  abgelehnt: %s – %s\n", e.field.c_str(), reason.c_str());
    }
  }
  return 0;
}

int import_travel_matrix_file(const Global& g, const std::string& text, const std::string& file, bool dry_run) {
  auto db = open_database(g);
  if (!db) return report(db.error());
  auto n = service::import_travel_matrix(**db, service::Actor::system("import"), text, file, dry_run);
  if (!n) return report(n.error());
  std::printf("%s: %zu Reisezeiten %s (gilt ab dem nächsten Start des Servers)\n", file.c_str(), *n,
              dry_run ? "geprüft (Probelauf, nichts geschrieben)" : "gespeichert; die bisherige Matrix ist ersetzt");
  return 0;
}

}  // namespace fw::cli
