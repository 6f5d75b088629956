#include "store/sqlite/sqlite_database.hpp"

#include <atomic>
#include <system_error>
#include <utility>

namespace fw::store {

namespace {

Error backup_error(std::string key, std::string what, sqlite3* db, int rc) {
  std::string detail = what + ": " + (db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  return Error{ErrorCode::internal, std::move(key), {}, std::move(detail)};
}

// Owns a raw handle used only for backup/restore files (not pooled, no statement cache).
struct RawDb {
  sqlite3* db = nullptr;
  ~RawDb() { sqlite3_close_v2(db); }
};

// Copies all of `from` into `to` in one step: one read transaction on the source (a
// consistent snapshot) and one write transaction on the destination.
int copy_database(sqlite3* to, sqlite3* from) {
  sqlite3_backup* b = sqlite3_backup_init(to, "main", from, "main");
  if (b == nullptr) return sqlite3_errcode(to);
  const int step = sqlite3_backup_step(b, -1);
  const int fin = sqlite3_backup_finish(b);
  if (step != SQLITE_DONE) return step;
  return fin;
}

}  // namespace

Result<std::unique_ptr<Database>> open_sqlite(std::string_view spec, const OpenOptions& options) {
  SqliteConnection::Options conn_options;
  conn_options.busy_timeout = options.busy_timeout;
  conn_options.create = options.create_if_missing;
  std::string target;
  OpenOptions pool_options = options;
  if (spec == ":memory:") {
    static std::atomic<unsigned> counter{0};
    target = "file:fwmem" + std::to_string(counter.fetch_add(1)) + "?mode=memory&cache=shared";
    conn_options.uri = true;
    conn_options.create = true;
    conn_options.require_wal = false;  // in-memory databases cannot use WAL
    pool_options.pool_size = 1;        // see the header: shared cache ignores busy_timeout
  } else {
    target = std::string(spec);
    if (options.create_if_missing) {
      const std::filesystem::path parent = std::filesystem::path(target).parent_path();
      std::error_code ec;
      if (!parent.empty()) std::filesystem::create_directories(parent, ec);
      if (ec) {
        return fail(
            ErrorCode::unavailable, "db.unavailable", {},
            "cannot create directory " + parent.string() + " for sqlite:" + target + ": " + ec.message());
      }
    }
  }
  auto db = std::make_unique<SqliteDatabase>(std::move(target), "sqlite:" + std::string(spec), conn_options,
                                             pool_options);
  FW_TRY_VOID(db->start());
  return std::unique_ptr<Database>(std::move(db));
}

SqliteDatabase::SqliteDatabase(std::string target, std::string display,
                               SqliteConnection::Options conn_options, const OpenOptions& options)
    : target_(std::move(target)),
      display_(std::move(display)),
      conn_options_(conn_options),
      pool_(
          options.pool_size, options.acquire_timeout, [this] { return connect(); },
          [](Connection& c) {
            // A connection returned inside a transaction (a caller forgot commit/rollback)
            // would hold the write lock forever; roll it back or drop it.
            auto& s = static_cast<SqliteConnection&>(c);
            if (s.in_transaction()) (void)s.rollback();
            return !s.in_transaction();
          }) {}

Result<void> SqliteDatabase::start() {
  if (conn_options_.uri) {
    keeper_ = FW_TRY(SqliteConnection::open(target_, display_, conn_options_));
  }
  auto first = FW_TRY(connect());
  pool_.adopt(std::move(first));
  return {};
}

Result<std::unique_ptr<Connection>> SqliteDatabase::connect() {
  auto conn = FW_TRY(SqliteConnection::open(target_, display_, conn_options_));
  return std::unique_ptr<Connection>(std::move(conn));
}

Result<Lease> SqliteDatabase::acquire() {
  auto conn = FW_TRY(pool_.acquire());
  return Lease(this, std::move(conn));
}

void SqliteDatabase::release(std::unique_ptr<Connection> conn, bool broken) {
  pool_.release(std::move(conn), broken);
}

Result<void> SqliteDatabase::backup_to(const std::filesystem::path& file) {
  std::error_code ec;
  if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
  if (ec)
    return fail(ErrorCode::internal, "db.backup_failed", {}, "cannot create " + file.parent_path().string());
  const std::filesystem::path tmp = file.string() + ".tmp";
  std::filesystem::remove(tmp, ec);

  auto lease = FW_TRY(acquire());
  auto& src = static_cast<SqliteConnection&>(*lease);
  {
    RawDb dst;
    int rc = sqlite3_open_v2(tmp.c_str(), &dst.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK)
      return std::unexpected(backup_error("db.backup_failed", "open " + tmp.string(), dst.db, rc));
    rc = copy_database(dst.db, src.handle());
    if (rc != SQLITE_OK)
      return std::unexpected(backup_error("db.backup_failed", "copy to " + tmp.string(), dst.db, rc));
    // The copied header says WAL; a backup should be one self-contained file.
    rc = sqlite3_exec(dst.db, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
      return std::unexpected(backup_error("db.backup_failed", "finish " + tmp.string(), dst.db, rc));
  }
  std::filesystem::rename(tmp, file, ec);
  if (ec)
    return fail(ErrorCode::internal, "db.backup_failed", {},
                "rename to " + file.string() + ": " + ec.message());
  return {};
}

Result<void> SqliteDatabase::restore_from(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) {
    return fail(ErrorCode::internal, "db.restore_failed", {}, "no backup file " + file.string());
  }
  RawDb src;
  int rc = sqlite3_open_v2(file.c_str(), &src.db, SQLITE_OPEN_READONLY, nullptr);
  // Validate before touching the live database: a non-database file fails here.
  if (rc == SQLITE_OK)
    rc = sqlite3_exec(src.db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK)
    return std::unexpected(backup_error("db.restore_failed", "read " + file.string(), src.db, rc));

  auto lease = FW_TRY(acquire());
  auto& dst = static_cast<SqliteConnection&>(*lease);
  // Idle connections could hold snapshots or cached statements of the old schema.
  pool_.drain_idle();
  dst.clear_statement_cache();
  rc = copy_database(dst.handle(), src.db);
  dst.clear_statement_cache();
  if (rc != SQLITE_OK) {
    return std::unexpected(backup_error("db.restore_failed", "copy from " + file.string(), dst.handle(), rc));
  }
  return {};
}

}  // namespace fw::store
