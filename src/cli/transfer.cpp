#include "cli/transfer.hpp"

#include <algorithm>

#include "core/csv.hpp"
#include "service/accounts/user_import.hpp"
#include "service/export/lists.hpp"
#include "service/export/table_writer.hpp"

namespace fw::cli {
namespace {

// Column index by header name (case-insensitive), or -1.
int column(const std::vector<std::string>& header, std::string_view name) {
  for (std::size_t i = 0; i < header.size(); ++i) {
    std::string h = header[i];
    std::transform(h.begin(), h.end(), h.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    h.erase(0, h.find_first_not_of(' '));
    h.erase(h.find_last_not_of(' ') + 1);
    if (h == name) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

Result<ImportReport> import_users(store::Database& db, std::string_view text, const std::string& name, bool dry_run) {
  auto records = FW_TRY(csv::parse(text, name));
  if (records.empty()) return fail(ErrorCode::invalid_argument, "csv.missing_column", name + ":1", "email");
  const auto& header = records[0].fields;
  const int email = column(header, "email"), display = column(header, "display_name");
  const int lang = column(header, "language"), admin = column(header, "is_admin");
  if (email < 0) return fail(ErrorCode::invalid_argument, "csv.missing_column", name + ":1", "email");
  if (display < 0) return fail(ErrorCode::invalid_argument, "csv.missing_column", name + ":1", "display_name");

  std::vector<service::ImportedUser> rows;
  for (std::size_t i = 1; i < records.size(); ++i) {
    const auto& r = records[i];
    const std::string place = name + ":" + std::to_string(r.line);
    if (r.fields.size() != header.size()) {
      return fail(ErrorCode::invalid_argument, "csv.field_count", place, std::to_string(r.fields.size()));
    }
    service::ImportedUser u;
    u.place = place;
    u.email = r.fields[static_cast<std::size_t>(email)];
    u.display_name = r.fields[static_cast<std::size_t>(display)];
    if (lang >= 0 && !r.fields[static_cast<std::size_t>(lang)].empty()) u.language = r.fields[static_cast<std::size_t>(lang)];
    if (admin >= 0) {
      const auto& v = r.fields[static_cast<std::size_t>(admin)];
      if (v != "" && v != "0" && v != "1" && v != "ja" && v != "nein") {
        return fail(ErrorCode::invalid_argument, "csv.invalid_value", place + ":is_admin", v);
      }
      u.is_admin = v == "1" || v == "ja";
    }
    rows.push_back(std::move(u));
  }
  auto r = FW_TRY(service::import_users(db, service::Actor::system("cli"), rows, dry_run));
  return ImportReport{r.created, r.skipped};
}

// The same lists as the UI's downloads (service/export), without the BOM unless --bom.
Result<std::string> export_users(store::Database& db) {
  return service::exporting::to_csv(FW_TRY(service::exporting::users_list(db, service::Actor::system("cli"))), false);
}

Result<std::string> export_audit(store::Database& db) {
  return service::exporting::to_csv(FW_TRY(service::exporting::audit_list(db, service::Actor::system("cli"), {})), false);
}

}  // namespace fw::cli
