#include "store/postgres/pg_connection.hpp"

#include <cstring>
#include <utility>
#include <vector>

#include "store/placeholders.hpp"
#include "store/value_text.hpp"

namespace fw::store {

namespace {

// Type OIDs from catalog/pg_type_d.h (a server header, not shipped with libpq-dev).
constexpr Oid kBool = 16, kInt8 = 20, kInt2 = 21, kInt4 = 23, kOid = 26;
constexpr Oid kFloat4 = 700, kFloat8 = 701, kNumeric = 1700;

// libpq messages end in a newline and may span lines ("…failed: Connection refused\n\tIs the
// server running…"); details are shown inside one sentence, so fold them into one line.
std::string trimmed(const char* msg) {
  std::string out;
  bool space = false;
  for (const char* p = msg != nullptr ? msg : ""; *p != '\0'; ++p) {
    const bool ws = *p == '\n' || *p == '\t' || *p == '\r' || *p == ' ';
    if (ws) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += *p;
  }
  return out;
}

Value column_value(const PGresult* res, int row, int col) {
  if (PQgetisnull(res, row, col) != 0) return std::monostate{};
  const char* text = PQgetvalue(res, row, col);
  const std::string_view view(text, static_cast<std::size_t>(PQgetlength(res, row, col)));
  switch (PQftype(res, col)) {
    case kInt2:
    case kInt4:
    case kInt8:
    case kOid:
      if (auto n = parse_int64(view)) return *n;
      break;
    case kFloat4:
    case kFloat8:
    case kNumeric:
      if (auto d = parse_double(view)) return *d;
      break;
    case kBool:
      return std::int64_t{view == "t" ? 1 : 0};
    default:
      break;
  }
  return std::string(view);
}

Rows to_rows(const PGresult* res) {
  Rows rows;
  const int cols = PQnfields(res);
  const int count = PQntuples(res);
  rows.columns.reserve(static_cast<std::size_t>(cols));
  for (int c = 0; c < cols; ++c) rows.columns.emplace_back(PQfname(res, c));
  rows.rows.reserve(static_cast<std::size_t>(count));
  for (int r = 0; r < count; ++r) {
    Row row;
    row.values.reserve(static_cast<std::size_t>(cols));
    for (int c = 0; c < cols; ++c) row.values.push_back(column_value(res, r, c));
    rows.rows.push_back(std::move(row));
  }
  return rows;
}

bool ok_status(const PGresult* res) {
  const ExecStatusType s = PQresultStatus(res);
  return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
}

// libpq prints NOTICE/WARNING messages ("relation already exists, skipping") to stderr by
// default; they are expected during migrations and carry no error.
void ignore_notice(void*, const char*) {}

}  // namespace

Result<std::unique_ptr<PgConnection>> PgConnection::open(const std::string& url, const std::string& display) {
  // Keywords before "dbname" are defaults the URL may override; those after it are forced.
  const char* keys[] = {"connect_timeout", "application_name", "dbname", "client_encoding", nullptr};
  const char* values[] = {"10", "fachwerk", url.c_str(), "UTF8", nullptr};
  PGconn* conn = PQconnectdbParams(keys, values, 1);
  if (conn == nullptr) return fail(ErrorCode::unavailable, "db.unavailable", {}, display + ": out of memory");
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string msg = trimmed(PQerrorMessage(conn));
    PQfinish(conn);
    return fail(ErrorCode::unavailable, "db.unavailable", {}, display + ": " + msg);
  }
  PQsetNoticeProcessor(conn, ignore_notice, nullptr);
  return std::unique_ptr<PgConnection>(new PgConnection(conn));
}

PgConnection::~PgConnection() { PQfinish(conn_); }

Error PgConnection::error_from(const PGresult* res, std::string_view context) {
  const char* state_c = res != nullptr ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
  const std::string_view state = state_c != nullptr ? state_c : "";
  // The primary message only: DETAIL lines may quote the offending values (personal data),
  // and db.conflict's detail is shown to users.
  std::string msg = trimmed(res != nullptr ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : nullptr);
  if (msg.empty()) msg = trimmed(PQerrorMessage(conn_));
  if (PQstatus(conn_) != CONNECTION_OK || state.starts_with("08") || state.starts_with("57P")) {
    broken_ = true;
    return Error{ErrorCode::unavailable, "db.unavailable", {}, msg};
  }
  if (state.starts_with("23")) return Error{ErrorCode::conflict, "db.conflict", {}, msg};
  // Serialization failure / deadlock: retryable, like SQLITE_BUSY.
  if (state.starts_with("40")) return Error{ErrorCode::unavailable, "db.busy", {}, msg};
  // Internal errors are logged, not shown: the SQL helps there.
  if (!context.empty()) msg += " [" + std::string(context.substr(0, 300)) + "]";
  return Error{ErrorCode::internal, "db.error", {}, std::move(msg)};
}

Result<const PgConnection::Prepared*> PgConnection::prepare(std::string_view sql) {
  if (auto it = cache_.find(sql); it != cache_.end()) return &it->second;
  RewrittenSql rewritten = rewrite_placeholders(sql);
  Prepared p{"fw" + std::to_string(++next_id_), rewritten.count};
  PgResult res(PQprepare(conn_, p.name.c_str(), rewritten.sql.c_str(), 0, nullptr));
  if (!ok_status(res.get())) return std::unexpected(error_from(res.get(), sql));
  auto [it, inserted] = cache_.emplace(std::string(sql), std::move(p));
  return &it->second;
}

Result<PgResult> PgConnection::run(std::string_view sql, const Params& params) {
  for (int attempt = 0;; ++attempt) {
    const Prepared* p = FW_TRY(prepare(sql));
    if (static_cast<std::size_t>(p->param_count) != params.size()) {
      return fail(ErrorCode::internal, "db.error", {},
                  "statement expects " + std::to_string(p->param_count) + " parameters, got " +
                      std::to_string(params.size()) + ": " + std::string(sql));
    }
    std::vector<std::string> texts(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (std::size_t i = 0; i < params.size(); ++i) {
      if (const auto* n = std::get_if<std::int64_t>(&params[i])) {
        texts[i] = std::to_string(*n);
        values[i] = texts[i].c_str();
      } else if (const auto* d = std::get_if<double>(&params[i])) {
        texts[i] = format_double(*d);
        values[i] = texts[i].c_str();
      } else if (const auto* s = std::get_if<std::string>(&params[i])) {
        values[i] = s->c_str();
      }
    }
    PgResult res(PQexecPrepared(conn_, p->name.c_str(), static_cast<int>(values.size()), values.data(),
                                nullptr, nullptr, 0));
    if (ok_status(res.get())) return res;
    // "cached plan must not change result type": DDL changed a table behind a cached
    // statement. Forget it (prepared again under a new name) and retry once if no
    // transaction was aborted by the failure.
    const char* state = PQresultErrorField(res.get(), PG_DIAG_SQLSTATE);
    if (attempt == 0 && state != nullptr && std::strcmp(state, "0A000") == 0) {
      cache_.erase(cache_.find(sql));
      if (!in_transaction()) continue;
    }
    return std::unexpected(error_from(res.get(), sql));
  }
}

Result<Rows> PgConnection::query(std::string_view sql, const Params& params) {
  PgResult res = FW_TRY(run(sql, params));
  return to_rows(res.get());
}

Result<std::int64_t> PgConnection::exec(std::string_view sql, const Params& params) {
  PgResult res = FW_TRY(run(sql, params));
  return parse_int64(PQcmdTuples(res.get())).value_or(0);
}

Result<void> PgConnection::exec_script(std::string_view sql) {
  // The simple query protocol runs several ;-separated statements in one call.
  PgResult res(PQexec(conn_, std::string(sql).c_str()));
  if (!ok_status(res.get())) return std::unexpected(error_from(res.get(), sql.substr(0, 120)));
  return {};
}

Result<void> PgConnection::simple(const char* sql) {
  PgResult res(PQexec(conn_, sql));
  if (!ok_status(res.get())) return std::unexpected(error_from(res.get(), sql));
  return {};
}

Result<void> PgConnection::begin() { return simple("BEGIN"); }

Result<void> PgConnection::commit() {
  // COMMIT of a transaction aborted by an earlier error "succeeds" as ROLLBACK; report it.
  if (PQtransactionStatus(conn_) == PQTRANS_INERROR) {
    (void)simple("ROLLBACK");
    return fail(ErrorCode::internal, "db.error", {}, "transaction aborted by an earlier error; rolled back");
  }
  return simple("COMMIT");
}

Result<void> PgConnection::rollback() { return simple("ROLLBACK"); }

}  // namespace fw::store
