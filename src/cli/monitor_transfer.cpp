// `fachwerk import monitor-long|engpass|monitor-xlsx FILE`: the monitor importers as the system actor,
// with progress on stderr for large files.
#include <cstdio>

#include "cli/transfer.hpp"
#include "service/monitor/engpass_import.hpp"
#include "service/monitor/long_import.hpp"
#include "service/monitor/xlsx_import.hpp"

namespace fw::cli {
namespace {

service::monitor_data::Progress stderr_progress(const std::string& name) {
  return [name](std::size_t lines) { std::fprintf(stderr, "%s: %zu Zeilen …\n", name.c_str(), lines); };
}

}  // namespace

Result<ImportReport> import_monitor_long(store::Database& db, std::string_view text, const std::string& name, bool dry_run) {
  auto r = FW_TRY(service::monitor_data::import_long_csv(db, service::Actor::system("cli"), text, name, dry_run,
                                                         stderr_progress(name)));
  return ImportReport{static_cast<int>(r.rows), 0};
}

Result<ImportReport> import_engpass(store::Database& db, std::string_view text, const std::string& name, bool dry_run) {
  auto r = FW_TRY(service::monitor_data::import_engpass_csv(db, service::Actor::system("cli"), text, name, dry_run,
                                                            stderr_progress(name)));
  return ImportReport{static_cast<int>(r.rows), 0};
}

Result<ImportReport> import_monitor_xlsx(store::Database& db, std::string_view bytes, const std::string& name, bool dry_run) {
  auto r = FW_TRY(service::monitor_data::import_xlsx_table(db, service::Actor::system("cli"), bytes, name, dry_run,
                                                           stderr_progress(name)));
  return ImportReport{static_cast<int>(r.rows), 0};
}

}  // namespace fw::cli
