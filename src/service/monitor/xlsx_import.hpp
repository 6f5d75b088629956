// Importer of BA statistics tables as XLSX (docs/monitor-data.md): per sheet, title rows above
// a header row that names a region column (Region/Kreis/AGS) and an occupation column
// (KldB/Beruf), an optional level column (Anforderungsniveau) and year column (Jahr), and one
// column per quantity (machine name or German label). Region cells merged over several rows
// (or left empty below a value) are filled downwards; the year comes from the year column or
// the first year in the title rows; the source from a "Quelle:" or "©" line. Rows without an
// occupation code (totals, footers) are skipped. Symbols become flags, never a silent 0.
// All-or-nothing; errors name file:sheet:row:column (e.g. "tabelle.xlsx:Kreise:12:D").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "service/monitor/datasets.hpp"

namespace fw::service::monitor_data {

Result<std::vector<BaseRow>> parse_xlsx_table(std::string_view bytes, const std::string& file,
                                              const Progress& progress = {});

// Admins only; one dataset (kind "xlsx") in one transaction with an audit entry.
Result<ImportResult> import_xlsx_table(store::Database& db, const Actor& actor, std::string_view bytes,
                                       const std::string& file, bool dry_run = false, const Progress& progress = {});

}  // namespace fw::service::monitor_data
