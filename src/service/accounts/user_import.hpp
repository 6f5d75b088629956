// Bulk creation of accounts from a table (the CSV import). All or nothing: every row is
// validated first; one bad row rejects the whole file with its line and column.
#pragma once

#include <string>
#include <vector>

#include "core/result.hpp"
#include "service/actor.hpp"
#include "store/store.hpp"

namespace fw::service {

struct ImportedUser {
  std::string place;  // "file.csv:12" for error messages
  std::string email, display_name, language = "de";
  bool is_admin = false;
};

struct UserImportResult {
  int created = 0;
  int skipped = 0;  // address already registered
};

// Admin only. New accounts get no usable password: their owners set one through
// "Passwort vergessen". With dry_run nothing is written.
Result<UserImportResult> import_users(store::Database& db, const Actor& actor, const std::vector<ImportedUser>& rows,
                                      bool dry_run);

}  // namespace fw::service
