// migrate, backup, restore.
#include <spdlog/spdlog.h>

#include <cstdio>
#include <iostream>
#include <unistd.h>

#include "cli/commands.hpp"
#include "store/migrations.hpp"

namespace fw::cli {

void add_migrate(CLI::App& app, Global& g) {
  auto* cmd = app.add_subcommand("migrate", "Datenbankschema auf den neuesten Stand bringen");
  cmd->callback([&g] {
    auto db = store::Database::open(g.db);
    if (!db) std::exit(report(db.error()));
    auto r = store::migrate(**db);
    if (!r) std::exit(report(r.error()));
    std::printf("Schema-Version %d (vorher %d, %d Migration(en) angewendet)\n", r->to_version, r->from_version, r->applied);
  });
}

void add_backup_restore(CLI::App& app, Global& g) {
  static std::string file;
  auto* backup = app.add_subcommand("backup", "Vollständige Sicherung der Datenbank in eine Datei schreiben");
  backup->add_option("file", file, "Zieldatei")->required();
  backup->callback([&g] {
    auto db = open_database(g, false);
    if (!db) std::exit(report(db.error()));
    if (auto r = (*db)->backup_to(file); !r) std::exit(report(r.error()));
    std::printf("Sicherung geschrieben: %s\n", file.c_str());
  });

  static bool yes = false;
  auto* restore = app.add_subcommand("restore", "Datenbank aus einer Sicherung wiederherstellen (ersetzt alle Daten)");
  restore->add_option("file", file, "Sicherungsdatei")->required()->check(CLI::ExistingFile);
  restore->add_flag("--yes,-y", yes, "ohne Rückfrage wiederherstellen");
  restore->callback([&g] {
    if (!yes) {
      if (!isatty(STDIN_FILENO)) {
        std::fprintf(stderr, "Fehler: Die Wiederherstellung ersetzt alle Daten. Bitte mit --yes bestätigen.\n");
        std::exit(2);
      }
      std::fprintf(stderr, "Alle Daten in %s werden durch die Sicherung ersetzt. Fortfahren? [j/N] ", g.db.c_str());
      std::string answer;
      std::getline(std::cin, answer);
      if (answer != "j" && answer != "J" && answer != "y") {
        std::fprintf(stderr, "Abgebrochen, nichts geändert.\n");
        std::exit(1);
      }
    }
    auto db = open_database(g, false);
    if (!db) std::exit(report(db.error()));
    if (auto r = (*db)->restore_from(file); !r) std::exit(report(r.error()));
    std::printf("Wiederhergestellt aus: %s\n", file.c_str());
  });
}

}  // namespace fw::cli
