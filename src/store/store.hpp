// The store: one interface, two backends (SQLite through its C API in WAL mode, PostgreSQL
// through libpq). Services talk to it; handlers and engines never do.
//
// SQL is written once with `?` placeholders; the PostgreSQL backend rewrites them to $1..$n.
// Every statement is prepared and its parameters bound: there is no API that splices values
// into SQL text. Dialect differences that remain (DDL, upserts) are handled by the caller
// asking backend().
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/result.hpp"

namespace fw::store {

enum class Backend { sqlite, postgresql };
const char* backend_name(Backend b);  // "sqlite" | "postgresql"

// A bound parameter or a column value. monostate is SQL NULL.
using Value = std::variant<std::monostate, std::int64_t, double, std::string>;

inline Value null() { return std::monostate{}; }
// Convenience: optional<string> → text or NULL.
Value opt(const std::optional<std::string>& v);

struct Row {
  std::vector<Value> values;

  bool is_null(std::size_t i) const;
  // Integer column; text holding an integer is converted; NULL → 0.
  std::int64_t int_at(std::size_t i) const;
  double real_at(std::size_t i) const;
  // Text column; integers/reals are formatted; NULL → "".
  std::string text_at(std::size_t i) const;
  std::optional<std::string> opt_text(std::size_t i) const;
  std::optional<std::int64_t> opt_int(std::size_t i) const;
};

struct Rows {
  std::vector<std::string> columns;
  std::vector<Row> rows;
  bool empty() const { return rows.empty(); }
  std::size_t size() const { return rows.size(); }
  const Row& operator[](std::size_t i) const { return rows[i]; }
};

using Params = std::vector<Value>;

// A single connection. Not thread-safe: used by one thread at a time (the pool hands it out).
class Connection {
 public:
  virtual ~Connection() = default;
  virtual Backend backend() const = 0;

  // Runs one statement (prepared and cached per connection) and returns all result rows.
  // Statements with RETURNING work on both backends. Constraint violations come back as
  // ErrorCode::conflict with key "db.conflict" and the constraint/column in `detail`;
  // a lost connection as ErrorCode::unavailable ("db.unavailable"); anything else as
  // ErrorCode::internal ("db.error").
  virtual Result<Rows> query(std::string_view sql, const Params& params = {}) = 0;
  // Same, returns the number of rows changed.
  virtual Result<std::int64_t> exec(std::string_view sql, const Params& params = {}) = 0;
  // Runs several statements without parameters (migrations only).
  virtual Result<void> exec_script(std::string_view sql) = 0;

  // Transactions. begin() takes the write lock at once on SQLite (BEGIN IMMEDIATE) so that
  // writers queue on busy_timeout instead of failing on upgrade.
  virtual Result<void> begin() = 0;
  virtual Result<void> commit() = 0;
  virtual Result<void> rollback() = 0;
};

struct PoolStats {
  std::size_t size = 0;      // connections opened
  std::size_t in_use = 0;    // handed out now
  std::size_t capacity = 0;  // maximum
  std::uint64_t waits = 0;   // acquisitions that had to wait
  std::uint64_t timeouts = 0;
};

class Database;

// A connection borrowed from the pool; returned on destruction. Move-only.
class Lease {
 public:
  Lease() = default;
  Lease(Database* db, std::unique_ptr<Connection> conn);
  Lease(Lease&&) noexcept;
  Lease& operator=(Lease&&) noexcept;
  Lease(const Lease&) = delete;
  Lease& operator=(const Lease&) = delete;
  ~Lease();
  Connection& operator*() const { return *conn_; }
  Connection* operator->() const { return conn_.get(); }
  // Drop a broken connection instead of returning it to the pool.
  void discard();

 private:
  Database* db_ = nullptr;
  std::unique_ptr<Connection> conn_;
};

struct OpenOptions {
  std::size_t pool_size = 8;
  std::chrono::milliseconds acquire_timeout{5000};
  std::chrono::milliseconds busy_timeout{5000};  // SQLite only
  bool create_if_missing = true;                 // SQLite only: create file and parent dirs
};

class Database {
 public:
  virtual ~Database() = default;

  // url: "sqlite:PATH", "sqlite::memory:" (shared in-memory, tests), or
  // "postgresql://…" / "postgres://…" (libpq URI). A database that is down gives
  // ErrorCode::unavailable with key "db.unavailable" and the redacted URL in detail.
  static Result<std::unique_ptr<Database>> open(std::string_view url, const OpenOptions& options = {});

  virtual Backend backend() const = 0;
  // The URL with any password replaced by "***", for logs.
  virtual std::string describe() const = 0;

  // Borrows a connection, waiting up to acquire_timeout (then ErrorCode::unavailable).
  virtual Result<Lease> acquire() = 0;
  virtual PoolStats pool_stats() const = 0;

  // Copies the whole database to `file` (SQLite online backup API; pg_dump -Fc for
  // PostgreSQL) and back. restore replaces all data; it is not to be used while serving.
  virtual Result<void> backup_to(const std::filesystem::path& file) = 0;
  virtual Result<void> restore_from(const std::filesystem::path& file) = 0;

 protected:
  friend class Lease;
  virtual void release(std::unique_ptr<Connection> conn, bool broken) = 0;
};

// Runs fn(Connection&) inside a transaction on a pooled connection: commits when fn returns
// a value, rolls back when it returns an error (and then returns that error).
template <class F>
auto transact(Database& db, F&& fn) -> decltype(fn(std::declval<Connection&>())) {
  auto lease = db.acquire();
  if (!lease) return std::unexpected(lease.error());
  Connection& c = **lease;
  if (auto b = c.begin(); !b) {
    lease->discard();
    return std::unexpected(b.error());
  }
  auto result = fn(c);
  if (!result) {
    if (!c.rollback()) lease->discard();
    return result;
  }
  if (auto cm = c.commit(); !cm) {
    (void)c.rollback();
    return std::unexpected(cm.error());
  }
  return result;
}

// Runs fn(Connection&) on a pooled connection without a transaction (single reads).
template <class F>
auto with_connection(Database& db, F&& fn) -> decltype(fn(std::declval<Connection&>())) {
  auto lease = db.acquire();
  if (!lease) return std::unexpected(lease.error());
  return fn(**lease);
}

}  // namespace fw::store
