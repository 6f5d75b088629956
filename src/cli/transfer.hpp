// Importers and exporters by kind, used by `fachwerk import` / `export`.
#pragma once

#include <functional>
#include <string>

#include "core/result.hpp"
#include "store/store.hpp"

namespace fw::cli {

struct ImportReport {
  int created = 0;
  int skipped = 0;  // already present
};

using ImportFn = std::function<Result<ImportReport>(store::Database&, std::string_view text, const std::string& name,
                                                    bool dry_run)>;
using ExportFn = std::function<Result<std::string>(store::Database&)>;

// users CSV: columns email;display_name[;language][;is_admin]. New accounts get a random
// password (they use "Passwort vergessen"); existing addresses are skipped.
Result<ImportReport> import_users(store::Database& db, std::string_view text, const std::string& name, bool dry_run);
Result<std::string> export_users(store::Database& db);
// Labour-market monitor (docs/monitor-data.md): base quantities in the long format, and BA
// bottleneck results. "created" counts the rows of the new dataset.
Result<ImportReport> import_monitor_long(store::Database& db, std::string_view text, const std::string& name, bool dry_run);
Result<ImportReport> import_engpass(store::Database& db, std::string_view text, const std::string& name, bool dry_run);
// BA statistics tables as XLSX (the file's bytes).
Result<ImportReport> import_monitor_xlsx(store::Database& db, std::string_view bytes, const std::string& name, bool dry_run);
Result<std::string> export_audit(store::Database& db);

}  // namespace fw::cli
