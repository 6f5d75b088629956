#include "store/postgres/postgres_database.hpp"

#include <system_error>
#include <utility>

#include "store/postgres/pg_connection.hpp"
#include "store/postgres/pg_url.hpp"
#include "store/process.hpp"

namespace fw::store {

namespace {

// Prefer the client tools matching the libpq/server major version we ship with; fall back
// to whatever is on PATH.
std::string tool_path(const std::string& tool) {
  const std::filesystem::path pinned = std::filesystem::path("/usr/lib/postgresql/15/bin") / tool;
  std::error_code ec;
  if (std::filesystem::is_regular_file(pinned, ec)) return pinned.string();
  return tool;
}

}  // namespace

Result<std::unique_ptr<Database>> open_postgres(std::string_view url, const OpenOptions& options) {
  auto db = std::make_unique<PostgresDatabase>(std::string(url), options);
  FW_TRY_VOID(db->start());
  return std::unique_ptr<Database>(std::move(db));
}

PostgresDatabase::PostgresDatabase(std::string url, const OpenOptions& options)
    : url_(std::move(url)),
      display_(redact_url(url_)),
      pool_(
          options.pool_size, options.acquire_timeout, [this] { return connect(); },
          [](Connection& c) {
            // Drop lost connections (reconnect on next acquire) and roll back transactions a
            // caller left open so the next user starts clean.
            auto& pg = static_cast<PgConnection&>(c);
            if (pg.broken()) return false;
            if (pg.in_transaction()) (void)pg.rollback();
            return !pg.broken() && !pg.in_transaction();
          }) {}

Result<void> PostgresDatabase::start() {
  auto first = FW_TRY(connect());
  pool_.adopt(std::move(first));
  return {};
}

Result<std::unique_ptr<Connection>> PostgresDatabase::connect() {
  auto conn = FW_TRY(PgConnection::open(url_, display_));
  return std::unique_ptr<Connection>(std::move(conn));
}

Result<Lease> PostgresDatabase::acquire() {
  auto conn = FW_TRY(pool_.acquire());
  return Lease(this, std::move(conn));
}

void PostgresDatabase::release(std::unique_ptr<Connection> conn, bool broken) {
  pool_.release(std::move(conn), broken);
}

Result<void> PostgresDatabase::run_tool(const std::string& tool, std::vector<std::string> args,
                                        const std::string& error_key) {
  auto info = child_conninfo(url_);
  if (!info) return fail(ErrorCode::internal, error_key, {}, info.error().detail);
  std::vector<std::string> argv{tool_path(tool)};
  for (auto& a : args) argv.push_back(a == "{conninfo}" ? info->conninfo : std::move(a));
  std::vector<std::string> env;
  if (info->password) env.push_back("PGPASSWORD=" + *info->password);
  auto outcome = FW_TRY(run_process(argv, env, error_key));
  if (outcome.exit_code != 0) {
    return fail(ErrorCode::internal, error_key, {},
                tool + " exited with " + std::to_string(outcome.exit_code) + ": " + outcome.output);
  }
  return {};
}

Result<void> PostgresDatabase::backup_to(const std::filesystem::path& file) {
  std::error_code ec;
  if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
  // Absolute, so a relative name starting with '-' can never be read as an option.
  const std::filesystem::path tmp = std::filesystem::absolute(file, ec).string() + ".tmp";
  std::filesystem::remove(tmp, ec);
  auto done =
      run_tool("pg_dump", {"-Fc", "--no-owner", "--no-privileges", "-f", tmp.string(), "-d", "{conninfo}"},
               "db.backup_failed");
  if (!done) {
    std::filesystem::remove(tmp, ec);
    return done;
  }
  std::filesystem::rename(tmp, file, ec);
  if (ec)
    return fail(ErrorCode::internal, "db.backup_failed", {},
                "rename to " + file.string() + ": " + ec.message());
  return {};
}

Result<void> PostgresDatabase::restore_from(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) {
    return fail(ErrorCode::internal, "db.restore_failed", {}, "no backup file " + file.string());
  }
  const std::string archive = std::filesystem::absolute(file, ec).string();
  // Reading the table of contents rejects a missing, truncated or foreign file before any
  // data is dropped.
  FW_TRY_VOID(run_tool("pg_restore", {"-l", "-f", "/dev/null", archive}, "db.restore_failed"));

  pool_.drain_idle();
  {
    auto conn = PgConnection::open(url_, display_);
    if (!conn) return fail(ErrorCode::internal, "db.restore_failed", {}, conn.error().detail);
    auto dropped = (*conn)->exec_script("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    if (!dropped) return fail(ErrorCode::internal, "db.restore_failed", {}, dropped.error().detail);
  }
  return run_tool("pg_restore",
                  {"--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", "-d",
                   "{conninfo}", archive},
                  "db.restore_failed");
}

}  // namespace fw::store
