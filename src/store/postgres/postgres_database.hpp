// The PostgreSQL backend: a pool of libpq connections to one database.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "store/pool.hpp"
#include "store/store.hpp"

namespace fw::store {

// url: "postgresql://…" or "postgres://…". Used by Database::open. Fails with unavailable
// "db.unavailable" (detail: redacted URL and the libpq message) when the server is down.
Result<std::unique_ptr<Database>> open_postgres(std::string_view url, const OpenOptions& options);

class PostgresDatabase final : public Database {
 public:
  PostgresDatabase(std::string url, const OpenOptions& options);

  // Opens the first connection so that an unreachable server is reported by open().
  Result<void> start();

  Backend backend() const override { return Backend::postgresql; }
  std::string describe() const override { return display_; }
  Result<Lease> acquire() override;
  PoolStats pool_stats() const override { return pool_.stats(); }
  // pg_dump -Fc --no-owner --no-privileges into "<file>.tmp", renamed to `file` on success.
  // Failure: internal "db.backup_failed" with pg_dump's output in detail.
  Result<void> backup_to(const std::filesystem::path& file) override;
  // Checks the archive (pg_restore -l), closes idle pooled connections, drops and recreates
  // schema public, then pg_restore --no-owner --no-privileges --single-transaction.
  // Not atomic: if pg_restore fails after the drop the schema is left empty (checked archive
  // makes this unlikely). Failure: internal "db.restore_failed".
  Result<void> restore_from(const std::filesystem::path& file) override;

 protected:
  void release(std::unique_ptr<Connection> conn, bool broken) override;

 private:
  Result<std::unique_ptr<Connection>> connect();
  // Runs a PostgreSQL client tool against this database (conninfo and PGPASSWORD derived
  // from the URL); non-zero exit → internal `error_key`.
  Result<void> run_tool(const std::string& tool, std::vector<std::string> args, const std::string& error_key);

  std::string url_;
  std::string display_;
  ConnectionPool pool_;
};

}  // namespace fw::store
