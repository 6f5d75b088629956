#include "store/sqlite/sqlite_connection.hpp"

#include <cstdint>
#include <utility>

namespace fw::store {

namespace {

// SQLITE_TRANSIENT is an old-style cast in sqlite3.h; spell it with a C++ cast.
const sqlite3_destructor_type kTransient =
    reinterpret_cast<sqlite3_destructor_type>(static_cast<std::intptr_t>(-1));

bool only_space_or_semicolons(const char* p) {
  if (p == nullptr) return true;
  for (; *p != '\0'; ++p) {
    if (*p != ';' && *p != ' ' && *p != '\n' && *p != '\r' && *p != '\t') return false;
  }
  return true;
}

Value column_value(sqlite3_stmt* stmt, int c) {
  switch (sqlite3_column_type(stmt, c)) {
    case SQLITE_INTEGER:
      return static_cast<std::int64_t>(sqlite3_column_int64(stmt, c));
    case SQLITE_FLOAT:
      return sqlite3_column_double(stmt, c);
    case SQLITE_TEXT: {
      const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
      return std::string(p != nullptr ? p : "", static_cast<std::size_t>(sqlite3_column_bytes(stmt, c)));
    }
    case SQLITE_BLOB: {
      const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt, c));
      return p != nullptr ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt, c)))
                          : std::string();
    }
    default:
      return std::monostate{};
  }
}

Result<void> bind_all(sqlite3* db, sqlite3_stmt* stmt, const Params& params, std::string_view sql) {
  const int expected = sqlite3_bind_parameter_count(stmt);
  if (static_cast<std::size_t>(expected) != params.size()) {
    return fail(ErrorCode::internal, "db.error", {},
                "statement expects " + std::to_string(expected) + " parameters, got " +
                    std::to_string(params.size()) + ": " + std::string(sql));
  }
  for (std::size_t i = 0; i < params.size(); ++i) {
    const int idx = static_cast<int>(i) + 1;
    const Value& v = params[i];
    int rc = SQLITE_OK;
    if (const auto* n = std::get_if<std::int64_t>(&v)) {
      rc = sqlite3_bind_int64(stmt, idx, *n);
    } else if (const auto* d = std::get_if<double>(&v)) {
      rc = sqlite3_bind_double(stmt, idx, *d);
    } else if (const auto* s = std::get_if<std::string>(&v)) {
      rc = sqlite3_bind_text64(stmt, idx, s->data(), s->size(), kTransient, SQLITE_UTF8);
    } else {
      rc = sqlite3_bind_null(stmt, idx);
    }
    if (rc != SQLITE_OK) return std::unexpected(sqlite_error(db, rc, sql));
  }
  return {};
}

// Leaves a cached statement ready for its next use whichever way run() exits.
struct ResetOnExit {
  sqlite3_stmt* stmt;
  ~ResetOnExit() {
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
  }
};

}  // namespace

Error sqlite_error(sqlite3* db, int rc, std::string_view context) {
  std::string detail = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  switch (rc & 0xff) {
    case SQLITE_CONSTRAINT:
      // e.g. "UNIQUE constraint failed: users.email"; shown to users, so no SQL appended.
      return Error{ErrorCode::conflict, "db.conflict", {}, std::move(detail)};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Error{ErrorCode::unavailable, "db.busy", {}, std::move(detail)};
    default:
      // Internal errors are logged, not shown: the SQL helps there.
      if (!context.empty()) detail += " [" + std::string(context.substr(0, 300)) + "]";
      return Error{ErrorCode::internal, "db.error", {}, std::move(detail)};
  }
}

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::open(const std::string& target,
                                                                 const std::string& display,
                                                                 const Options& options) {
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
  if (options.create) flags |= SQLITE_OPEN_CREATE;
  if (options.uri) flags |= SQLITE_OPEN_URI;
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(target.c_str(), &raw, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = raw != nullptr ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
    sqlite3_close_v2(raw);
    return fail(ErrorCode::unavailable, "db.unavailable", {}, "cannot open " + display + ": " + msg);
  }
  std::unique_ptr<SqliteConnection> conn(new SqliteConnection(raw));
  sqlite3_extended_result_codes(raw, 1);
  sqlite3_busy_timeout(raw, static_cast<int>(options.busy_timeout.count()));

  // WAL + synchronous=NORMAL: a commit appends the transaction to the -wal file with write()
  // before COMMIT returns, so once committed it sits in the OS page cache and survives a crash
  // or kill -9 of this process; only the fsync is deferred to checkpoints. An OS crash or
  // power loss may lose the most recent commits but never corrupts the database.
  auto mode = conn->query("PRAGMA journal_mode=WAL");
  if (!mode) return std::unexpected(mode.error());
  if (options.require_wal && (mode->empty() || mode->rows[0].text_at(0) != "wal")) {
    return fail(ErrorCode::internal, "db.error", {},
                "cannot enable WAL on " + display +
                    " (journal_mode=" + (mode->empty() ? std::string("?") : mode->rows[0].text_at(0)) + ")");
  }
  // Reads map the file instead of copying pages through read(): a search over 100,000
  // organisations touches thousands of scattered rows (docs/benchmarks.md). The map is shared
  // page cache, not extra memory per connection; 256 MB covers a large directory.
  FW_TRY_VOID(conn->exec_script("PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA mmap_size=268435456;"));
  return conn;
}

SqliteConnection::~SqliteConnection() {
  clear_statement_cache();
  sqlite3_close_v2(db_);
}

void SqliteConnection::clear_statement_cache() {
  for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
  cache_.clear();
}

Result<sqlite3_stmt*> SqliteConnection::prepare(std::string_view sql) {
  if (auto it = cache_.find(sql); it != cache_.end()) return it->second;
  sqlite3_stmt* stmt = nullptr;
  const char* tail = nullptr;
  const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                    &stmt, &tail);
  if (rc != SQLITE_OK) {
    Error e = sqlite_error(db_, rc, sql);
    sqlite3_finalize(stmt);
    return std::unexpected(std::move(e));
  }
  if (stmt == nullptr) return fail(ErrorCode::internal, "db.error", {}, "empty statement");
  // prepare stops after the first statement; silently ignoring the rest would hide bugs.
  const std::string rest(tail, static_cast<std::size_t>(sql.data() + sql.size() - tail));
  if (!only_space_or_semicolons(rest.c_str())) {
    sqlite3_finalize(stmt);
    return fail(ErrorCode::internal, "db.error", {},
                "more than one statement (use exec_script): " + std::string(sql.substr(0, 300)));
  }
  cache_.emplace(std::string(sql), stmt);
  return stmt;
}

Result<std::int64_t> SqliteConnection::run(std::string_view sql, const Params& params, Rows* out) {
  sqlite3_stmt* stmt = FW_TRY(prepare(sql));
  ResetOnExit reset{stmt};
  FW_TRY_VOID(bind_all(db_, stmt, params, sql));
  const int ncol = sqlite3_column_count(stmt);
  if (out != nullptr) {
    for (int c = 0; c < ncol; ++c) {
      const char* name = sqlite3_column_name(stmt, c);
      out->columns.emplace_back(name != nullptr ? name : "");
    }
  }
  for (;;) {
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_ROW) return std::unexpected(sqlite_error(db_, rc, sql));
    if (out == nullptr) continue;
    Row row;
    row.values.reserve(static_cast<std::size_t>(ncol));
    for (int c = 0; c < ncol; ++c) row.values.push_back(column_value(stmt, c));
    out->rows.push_back(std::move(row));
  }
  // sqlite3_changes64 reports the last INSERT/UPDATE/DELETE, which is stale after a SELECT.
  return sqlite3_stmt_readonly(stmt) != 0 ? 0 : static_cast<std::int64_t>(sqlite3_changes64(db_));
}

Result<Rows> SqliteConnection::query(std::string_view sql, const Params& params) {
  Rows rows;
  FW_TRY_VOID(run(sql, params, &rows));
  return rows;
}

Result<std::int64_t> SqliteConnection::exec(std::string_view sql, const Params& params) {
  return run(sql, params, nullptr);
}

Result<void> SqliteConnection::exec_script(std::string_view sql) {
  char* errmsg = nullptr;
  const int rc = sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &errmsg);
  sqlite3_free(errmsg);  // sqlite3_errmsg(db_) still holds the same text for sqlite_error()
  if (rc != SQLITE_OK) return std::unexpected(sqlite_error(db_, rc, sql.substr(0, 120)));
  return {};
}

// BEGIN IMMEDIATE takes the write lock now, so concurrent writers wait in busy_timeout instead
// of failing later when a read transaction cannot be upgraded (SQLITE_BUSY_SNAPSHOT).
Result<void> SqliteConnection::begin() {
  FW_TRY_VOID(run("BEGIN IMMEDIATE", {}, nullptr));
  return {};
}

Result<void> SqliteConnection::commit() {
  FW_TRY_VOID(run("COMMIT", {}, nullptr));
  return {};
}

Result<void> SqliteConnection::rollback() {
  FW_TRY_VOID(run("ROLLBACK", {}, nullptr));
  return {};
}

}  // namespace fw::store
