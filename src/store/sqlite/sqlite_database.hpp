// The SQLite backend: a pool of connections to one database file in WAL mode.
//
// "sqlite::memory:" opens a shared-cache in-memory database (tests). Shared-cache connections
// lock whole tables and report SQLITE_LOCKED without honouring busy_timeout, so concurrent
// writers would fail instead of queueing; the pool is therefore limited to ONE connection for
// in-memory databases, plus a private "keeper" connection that only keeps the database alive
// while the pooled connection is closed and reopened.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "store/pool.hpp"
#include "store/sqlite/sqlite_connection.hpp"
#include "store/store.hpp"

namespace fw::store {

// spec: a file path, or ":memory:". Used by Database::open for "sqlite:" URLs.
Result<std::unique_ptr<Database>> open_sqlite(std::string_view spec, const OpenOptions& options);

class SqliteDatabase final : public Database {
 public:
  SqliteDatabase(std::string target, std::string display, SqliteConnection::Options conn_options,
                 const OpenOptions& options);

  // Opens the first connection (creating the file and its parent directories when allowed)
  // so that an unusable path is reported by open() rather than by the first acquire().
  Result<void> start();

  Backend backend() const override { return Backend::sqlite; }
  std::string describe() const override { return display_; }
  Result<Lease> acquire() override;
  PoolStats pool_stats() const override { return pool_.stats(); }
  // Online backup of a consistent snapshot (one read transaction) into `file`, written to
  // "<file>.tmp" and renamed, converted to journal_mode=DELETE so it is a single file.
  Result<void> backup_to(const std::filesystem::path& file) override;
  // Copies `file` over the live database through one pooled connection after closing the
  // idle ones; other connections opened later see the restored data. Not while serving.
  Result<void> restore_from(const std::filesystem::path& file) override;

 protected:
  void release(std::unique_ptr<Connection> conn, bool broken) override;

 private:
  Result<std::unique_ptr<Connection>> connect();

  std::string target_;   // path or file: URI
  std::string display_;  // "sqlite:PATH"
  SqliteConnection::Options conn_options_;
  std::unique_ptr<SqliteConnection> keeper_;  // in-memory databases only; declared before the pool
  ConnectionPool pool_;
};

}  // namespace fw::store
