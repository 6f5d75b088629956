// import KIND FILE and export KIND: the kinds come with the capabilities. Today: users, and the
// monitor's monitor-long, engpass and monitor-xlsx.
// Imports are all-or-nothing: the first bad line aborts and nothing is written.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "cli/commands.hpp"
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
std::string kinds(const M& m) {
  std::string s;
  for (const auto& [k, _] : m) s += (s.empty() ? "" : ", ") + k;
  return s;
}

}  // namespace

void add_import_export(CLI::App& app, Global& g) {
  static std::string kind, file, output;
  static bool dry_run = false, bom = false;

  auto* imp = app.add_subcommand("import", "Daten aus einer Datei einlesen (Arten: " + kinds(importers()) + ")");
  imp->add_option("kind", kind, "Art der Daten")->required();
  imp->add_option("file", file, "Datei (CSV: UTF-8, Trennzeichen ;; monitor-xlsx: XLSX)")->required();
  imp->add_flag("--dry-run", dry_run, "nur prüfen und berichten, nichts schreiben");
  imp->callback([&g] {
    auto it = importers().find(kind);
    if (it == importers().end()) std::exit(report({ErrorCode::invalid_argument, "cli.unknown_kind", kinds(importers()), kind}));
    std::ifstream in(file, std::ios::binary);
    if (!in) std::exit(report({ErrorCode::invalid_argument, "file.unreadable", file, "nicht gefunden"}));
    std::stringstream ss;
    ss << in.rdbuf();
    auto db = open_database(g);
    if (!db) std::exit(report(db.error()));
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
