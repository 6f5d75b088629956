// One SQLite connection (C API). Statements are prepared once per connection with
// SQLITE_PREPARE_PERSISTENT and cached by their SQL text; the set of SQL texts is fixed in the
// code, so the cache is bounded without eviction.
//
// Not thread-safe (opened with SQLITE_OPEN_NOMUTEX): the pool hands it to one thread at a time.
#pragma once

#include <sqlite3.h>

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/result.hpp"
#include "store/store.hpp"

namespace fw::store {

// Maps a SQLite result code to an Error: SQLITE_CONSTRAINT* → conflict "db.conflict",
// SQLITE_BUSY/LOCKED (busy_timeout expired) → unavailable "db.busy", else internal "db.error".
// `db` may be null; `context` (usually the SQL) is appended to the detail.
Error sqlite_error(sqlite3* db, int rc, std::string_view context);

class SqliteConnection final : public Connection {
 public:
  struct Options {
    bool uri = false;         // target is a "file:" URI (shared in-memory database)
    bool create = true;       // SQLITE_OPEN_CREATE
    bool require_wal = true;  // fail unless journal_mode=WAL took effect (files only)
    std::chrono::milliseconds busy_timeout{5000};
  };
  // Opens `target` and applies WAL, synchronous=NORMAL, foreign_keys=ON and busy_timeout.
  // `display` names the database in error details. Failure to open: unavailable "db.unavailable".
  static Result<std::unique_ptr<SqliteConnection>> open(const std::string& target, const std::string& display,
                                                        const Options& options);
  ~SqliteConnection() override;
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  Backend backend() const override { return Backend::sqlite; }
  Result<Rows> query(std::string_view sql, const Params& params = {}) override;
  Result<std::int64_t> exec(std::string_view sql, const Params& params = {}) override;
  Result<void> exec_script(std::string_view sql) override;
  Result<void> begin() override;
  Result<void> commit() override;
  Result<void> rollback() override;

  sqlite3* handle() const { return db_; }
  bool in_transaction() const { return sqlite3_get_autocommit(db_) == 0; }
  // Finalizes all cached statements (they are prepared again on next use).
  void clear_statement_cache();

 private:
  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  Result<sqlite3_stmt*> prepare(std::string_view sql);
  // Runs one statement; collects rows into `out` when non-null; returns rows changed.
  Result<std::int64_t> run(std::string_view sql, const Params& params, Rows* out);

  struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  sqlite3* db_;
  std::unordered_map<std::string, sqlite3_stmt*, TextHash, std::equal_to<>> cache_;
};

}  // namespace fw::store
