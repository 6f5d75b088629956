#include "cli/transfer.hpp"

#include <algorithm>

#include "core/clock.hpp"
#include "core/csv.hpp"
#include "service/accounts/user_import.hpp"
#include "service/accounts/users.hpp"
#include "service/audit/audit_log.hpp"

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

Result<std::string> export_users(store::Database& db) {
  auto users = FW_TRY(service::list_users(db, service::Actor::system("cli")));
  std::string out;
  csv::write_row(out, {"id", "email", "display_name", "language", "is_admin", "disabled", "created_at"});
  for (const auto& u : users) {
    csv::write_row(out, {std::to_string(u.id), u.email, u.display_name, u.language, u.is_admin ? "1" : "0",
                         u.disabled ? "1" : "0", clock::iso8601(u.created_at)});
  }
  return out;
}

Result<std::string> export_audit(store::Database& db) {
  std::string out;
  csv::write_row(out, {"id", "at", "actor_user_id", "actor_label", "ip", "action", "entity", "entity_id", "before", "after"});
  service::AuditFilter f;
  f.size = 500;
  // Each page read is itself audited; the bound keeps those new entries out of the export.
  f.to_ms = clock::now_ms();
  for (f.page = 1;; ++f.page) {
    auto page = FW_TRY(service::list_audit(db, service::Actor::system("cli"), f));
    for (const auto& e : page.items) {
      csv::write_row(out, {std::to_string(e.id), clock::iso8601(e.at),
                           e.actor_user_id ? std::to_string(*e.actor_user_id) : "", e.actor_label, e.ip, e.action,
                           e.entity, e.entity_id, e.before.value_or(""), e.after.value_or("")});
    }
    if (static_cast<std::int64_t>(f.page) * f.size >= page.total) break;
  }
  return out;
}

}  // namespace fw::cli
