#include "service/accounts/user_import.hpp"

#include <set>

#include "core/clock.hpp"
#include "core/json.hpp"
#include "service/accounts/users.hpp"
#include "service/audit/audit_log.hpp"
#include "service/authz.hpp"

namespace fw::service {

// "!" is not a valid PHC string, so no password ever verifies against it.
constexpr std::string_view kNoPassword = "!";

Result<UserImportResult> import_users(store::Database& db, const Actor& actor, const std::vector<ImportedUser>& rows,
                                      bool dry_run) {
  FW_TRY_VOID(require_admin(actor));
  std::vector<ImportedUser> clean;
  std::set<std::string> seen;
  for (const auto& r : rows) {
    auto email = normalise_email(r.email);
    if (!email) return fail(ErrorCode::invalid_argument, "csv.invalid_value", r.place + ":email", r.email);
    if (r.display_name.find_first_not_of(' ') == std::string::npos) {
      return fail(ErrorCode::invalid_argument, "csv.invalid_value", r.place + ":display_name", "leer");
    }
    if (r.language != "de" && r.language != "en") {
      return fail(ErrorCode::invalid_argument, "csv.invalid_value", r.place + ":language", r.language);
    }
    if (!seen.insert(*email).second) {
      return fail(ErrorCode::invalid_argument, "csv.invalid_value", r.place + ":email", *email + " doppelt");
    }
    ImportedUser u = r;
    u.email = *email;
    clean.push_back(std::move(u));
  }
  UserImportResult result;
  auto run = store::transact(db, [&](store::Connection& c) -> Result<void> {
    const auto now = clock::now_ms();
    for (const auto& u : clean) {
      if (FW_TRY(find_user_by_email(c, u.email))) {
        ++result.skipped;
        continue;
      }
      auto rows_out = FW_TRY(c.query(
          "INSERT INTO users (email, display_name, password_hash, is_admin, language, created_at, updated_at)"
          " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {u.email, u.display_name, std::string(kNoPassword), std::int64_t{u.is_admin}, u.language, now, now}));
      const auto id = rows_out[0].int_at(0);
      auto created = FW_TRY(find_user_by_id(c, id));
      if (!created) return fail(ErrorCode::internal, "internal", {}, "imported user vanished");
      FW_TRY_VOID(record_audit(c, actor, {"create", "user", std::to_string(id), std::nullopt,
                                          json::dump(user_json(*created))}));
      ++result.created;
    }
    // A dry run does the same work and then rolls it back, so that it reports exactly what a
    // real run would do.
    if (dry_run) return fail(ErrorCode::conflict, "dry_run");
    return {};
  });
  if (!run && !(dry_run && run.error().key == "dry_run")) return std::unexpected(run.error());
  return result;
}

}  // namespace fw::service
