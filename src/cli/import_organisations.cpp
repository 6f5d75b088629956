#include "cli/import_organisations.hpp"

#include <cstdio>
#include <fstream>
#include <sstream>

#include "cli/commands.hpp"
#include "core/messages.hpp"
#include "service/directory/organisation_import.hpp"

namespace fw::cli {
namespace {

Result<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(ErrorCode::invalid_argument, "file.unreadable", path, "nicht gefunden");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Result<service::ColumnMapping> mapping_of(const OrganisationImportFlags& flags) {
  service::ColumnMapping m;
  if (!flags.mapping_file.empty()) m = FW_TRY(service::parse_column_mapping(FW_TRY(read_file(flags.mapping_file)), flags.mapping_file));
  if (!flags.map.empty()) {
    for (auto& entry : FW_TRY(service::parse_column_mapping(flags.map, "--map"))) m.push_back(std::move(entry));
  }
  return m;
}

}  // namespace

int run_organisation_import(store::Database& db, const std::string& file, const std::string& text,
                            const OrganisationImportFlags& flags) {
  service::OrganisationImportOptions o;
  o.file_name = file;
  o.network_id = flags.network;
  o.dry_run = flags.dry_run;
  o.skip_invalid = flags.skip_invalid;
  auto mapping = mapping_of(flags);
  if (!mapping) return report(mapping.error());
  o.mapping = std::move(*mapping);
  auto r = service::import_organisations(db, service::Actor::system("cli"), text, o);
  if (!r) return report(r.error());

  std::printf("%s: %d neu, %d aktualisiert, %d unverändert, %d abgelehnt%s\n", file.c_str(), r->created, r->updated,
              r->unchanged, r->rejected,
              r->dry_run ? " (Probelauf, nichts geschrieben)" : r->written ? "" : " (nichts geschrieben)");
  if (!r->unknown_columns.empty()) {
    std::string list;
    for (const auto& u : r->unknown_columns) list += (list.empty() ? "" : ", ") + u;
    std::printf("Nicht zugeordnete Spalten (ignoriert): %s\n", list.c_str());
  }
  for (const auto& p : r->problems) std::fprintf(stderr, "%s\n", message_text(p.error, "de").c_str());
  if (!flags.report_file.empty()) {
    std::ofstream out(flags.report_file, std::ios::binary);
    out << service::import_problems_csv(*r, "de");
    if (!out) return report({ErrorCode::internal, "file.unreadable", flags.report_file, "nicht schreibbar"});
  }
  if (r->rejected > 0 && !r->written && !r->dry_run) {
    std::fprintf(stderr, "Fehler: %s\n", message_text("import.rejected", "de", "", std::to_string(r->rejected)).c_str());
  }
  return r->rejected > 0 && !r->written ? 2 : 0;
}

}  // namespace fw::cli
