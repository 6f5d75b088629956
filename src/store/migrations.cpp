// Applies schema migrations; see migrations.hpp for the contract.
#include "store/migrations.hpp"

#include <ctime>
#include <string>

namespace fw::store {

namespace {

// Same DDL on both backends: INTEGER is wide enough for version numbers everywhere.
constexpr std::string_view kCreateTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

// ISO 8601 UTC with second precision, e.g. "2025-03-01T12:00:00Z" (sorts as text).
std::string utc_now() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

Result<bool> table_exists(Connection& c) {
  const std::string_view sql =
      c.backend() == Backend::sqlite
          ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
          : "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
            "AND tablename = 'schema_migrations'";
  Rows rows = FW_TRY(c.query(sql));
  return !rows.empty() && rows[0].int_at(0) > 0;
}

Result<int> max_version(Connection& c) {
  Rows rows = FW_TRY(c.query("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
  return rows.empty() ? 0 : static_cast<int>(rows[0].int_at(0));
}

Result<void> check_order(const std::vector<Migration>& migrations) {
  int previous = 0;
  for (const Migration& m : migrations) {
    if (m.version <= previous) {
      return fail(ErrorCode::internal, "db.error", {},
                  "migrations must have ascending versions > 0; " + std::to_string(m.version) + " (" +
                      std::string(m.name) + ") follows " + std::to_string(previous));
    }
    previous = m.version;
  }
  return {};
}

Result<void> apply_one(Database& db, const Migration& m) {
  return transact(db, [&](Connection& c) -> Result<void> {
    // Another process may be migrating the same database: serialize on the table (SQLite's
    // BEGIN IMMEDIATE already does) and skip what it applied meanwhile.
    if (c.backend() == Backend::postgresql) {
      FW_TRY_VOID(c.exec_script("LOCK TABLE schema_migrations IN EXCLUSIVE MODE"));
    }
    Rows done =
        FW_TRY(c.query("SELECT 1 FROM schema_migrations WHERE version = ?", {std::int64_t{m.version}}));
    if (!done.empty()) return {};
    const std::string_view ddl = c.backend() == Backend::sqlite ? m.sqlite_sql : m.postgres_sql;
    if (!ddl.empty()) FW_TRY_VOID(c.exec_script(ddl));
    if (m.data) FW_TRY_VOID(m.data(c));
    FW_TRY_VOID(c.exec("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                       {std::int64_t{m.version}, std::string(m.name), utc_now()}));
    return {};
  });
}

}  // namespace

Result<int> current_version(Database& db) {
  return with_connection(db, [](Connection& c) -> Result<int> {
    if (!FW_TRY(table_exists(c))) return 0;
    return max_version(c);
  });
}

Result<MigrateReport> migrate(Database& db, const std::vector<Migration>& migrations) {
  FW_TRY_VOID(check_order(migrations));
  FW_TRY_VOID(with_connection(db, [](Connection& c) { return c.exec_script(kCreateTable); }));
  MigrateReport report;
  report.from_version = FW_TRY(current_version(db));
  report.to_version = report.from_version;
  const int known = migrations.empty() ? 0 : migrations.back().version;
  if (report.from_version > known) {
    // detail reads inside the message: "… eine neuere Version (7 > 5) als dieses Programm."
    return fail(ErrorCode::conflict, "db.schema_too_new", {},
                std::to_string(report.from_version) + " > " + std::to_string(known));
  }
  for (const Migration& m : migrations) {
    if (m.version <= report.from_version) continue;
    auto applied = apply_one(db, m);
    if (!applied) {
      Error e = applied.error();
      e.field = "migration " + std::to_string(m.version) + " " + std::string(m.name);
      return std::unexpected(std::move(e));
    }
    ++report.applied;
    report.to_version = m.version;
  }
  return report;
}

}  // namespace fw::store
