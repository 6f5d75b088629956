// Versioned schema migrations. Each migration has a version, a name and the DDL for each
// backend. migrate() applies the missing ones in order, each in its own transaction, and
// records them in schema_migrations(version, name, applied_at).
#pragma once

#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "store/store.hpp"

namespace fw::store {

struct Migration {
  int version;
  std::string_view name;
  std::string_view sqlite_sql;
  std::string_view postgres_sql;
  // Optional: fills tables after the DDL (reference data), in the same transaction.
  Result<void> (*data)(Connection&) = nullptr;
};

// All migrations of the product, ascending by version (src/store/schema/, collected by schema.cpp).
const std::vector<Migration>& all_migrations();

struct MigrateReport {
  int from_version = 0;
  int to_version = 0;
  int applied = 0;
};

// Applies pending migrations. Fails (changing nothing more) if the database is at a version
// newer than the binary knows, or if a migration fails (that migration is rolled back).
Result<MigrateReport> migrate(Database& db, const std::vector<Migration>& migrations = all_migrations());
Result<int> current_version(Database& db);

}  // namespace fw::store
