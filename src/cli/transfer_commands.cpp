// import KIND FILE and export KIND: the kinds come with the capabilities. Today: users and
// organisations (with options of its own, cli/import_organisations.hpp), vacancies (--format,
// --network) and travel-matrix (cli/vacancy_import_command.cpp).
// The monitor's kinds: monitor-long, engpass and monitor-xlsx (cli/monitor_transfer.cpp).
// Imports are all-or-nothing: a bad line aborts and nothing is written.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/import_organisations.hpp"
#include "cli/transfer.hpp"
#include "core/csv.hpp"

namespace fw::cli {
namespace {

const std::map<std::string, ImportFn>& importers() {
  static const std::map<std::string, ImportFn> m{
      {"users", import_users}, {"monitor-long", import_monitor_long}, {"engpass", import_engpass},
      {"monitor-xlsx", import_monitor_xlsx}};
  return m;
}
const std::map<std::string, ExportFn>& exporters() {
  static const std::map<std::string, ExportFn> m{{"users", export_users}, {"audit", export_audit}};
  return m;
}

template <class M>
std::string kinds(const M& m, const char* more = "") {
  std::string s;
  for (const auto& [k, _] : m) s += (s.empty() ? "" : ", ") + k;
  return s + more;
}

}  // namespace

void add_import_export(CLI::App& app, Global& g) {
  static std::string kind, file, output, format = "ba-jobsuche";
  static bool dry_run = false, bom = false;
  static OrganisationImportFlags org;

  auto* imp = app.add_subcommand("import", "Daten aus einer Datei einlesen (Arten: " +
                                                kinds(importers(), ", organisations, vacancies, travel-matrix") + ")");
  imp->add_option("kind", kind, "Art der Daten")->required();
  imp->add_option("file", file, "Datei (CSV: UTF-8, Trennzeichen ;; monitor-xlsx: XLSX)")->required();
  imp->add_flag("--dry-run", dry_run, "nur prüfen und berichten, nichts schreiben");
  imp->add_option("--network", org.network,
                  "organisations: zusätzlich als Partner in dieses Netzwerk (ID) aufnehmen; vacancies: Stellen nur für "
                  "dessen Mitglieder (ohne: öffentlich)");
  imp->add_flag("--skip-invalid", org.skip_invalid, "organisations: abgelehnte Zeilen melden, die übrigen speichern");
  imp->add_option("--mapping", org.mapping_file, "organisations: Datei mit Zuordnungen Spalte=Feld, eine je Zeile");
  imp->add_option("--map", org.map, "organisations: Zuordnungen Spalte=Feld,… (z. B. \"Firma=name,Nr=external_id\")");
  imp->add_option("--report", org.report_file, "organisations: Fehlerbericht als CSV (Zeile;Spalte;Wert;Meldung) schreiben");
  imp->add_option("--format", format, "vacancies: ba-jobsuche | jobposting | csv")->capture_default_str();
  imp->callback([&g] {
    if (kind == "vacancies" || kind == "travel-matrix") {
      std::ifstream vf(file, std::ios::binary);
      if (!vf) std::exit(report({ErrorCode::invalid_argument, "file.unreadable", file, "nicht gefunden"}));
      std::stringstream text;
      text << vf.rdbuf();
      if (kind == "travel-matrix") std::exit(import_travel_matrix_file(g, text.str(), file, dry_run));
      std::exit(import_vacancies_file(g, text.str(), file, format, org.network, dry_run));
    }
    auto it = importers().find(kind);
    if (it == importers().end() && kind != "organisations") {
      std::exit(report({ErrorCode::invalid_argument, "cli.unknown_kind", kinds(importers(), ", organisations"), kind}));
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) std::exit(report({ErrorCode::invalid_argument, "file.unreadable", file, "nicht gefunden"}));
    std::stringstream ss;
    ss << in.rdbuf();
    auto db = open_database(g);
    if (!db) std::exit(report(db.error()));
    if (kind == "organisations") {
      org.dry_run = dry_run;
      if (const int rc = run_organisation_import(**db, file, ss.str(), org); rc != 0) std::exit(rc);
      return;
    }
    auto r = it->second(**db, ss.str(), file, dry_run);
    if (!r) std::exit(report(r.error()));
    std::printf("%s: %d neu, %d unverändert%s\n", file.c_str(), r->created, r->skipped,
                dry_run ? " (Probelauf, nichts geschrieben)" : "");
  });

  auto* exp = app.add_subcommand("export", "Daten als CSV ausgeben (Arten: " + kinds(exporters()) + ")");
  exp->add_option("kind", kind, "Art der Daten")->required();
  exp->add_option("--output,-o", output, "Zieldatei (Standard: Standardausgabe)");
  exp->add_flag("--bom", bom, "UTF-8-BOM voranstellen (für Excel)");
  exp->callback([&g] {
    auto it = exporters().find(kind);
    if (it == exporters().end()) std::exit(report({ErrorCode::invalid_argument, "cli.unknown_kind", kinds(exporters()), kind}));
    auto db = open_database(g);
    if (!db) std::exit(report(db.error()));
    auto text = it->second(**db);
    if (!text) std::exit(report(text.error()));
    std::string out = bom ? std::string(csv::kBom) + *text : *text;
    if (output.empty()) {
      std::fwrite(out.data(), 1, out.size(), stdout);
    } else {
      std::ofstream f(output, std::ios::binary);
      f << out;
      if (!f) std::exit(report({ErrorCode::internal, "file.unreadable", output, "nicht schreibbar"}));
    }
  });
}

}  // namespace fw::cli
