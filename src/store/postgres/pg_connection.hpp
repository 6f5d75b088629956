// One PostgreSQL connection (libpq). Statements are prepared with PQprepare under generated
// names ("fw1", "fw2", …), cached per connection by SQL text, and run with PQexecPrepared;
// parameters travel as text and the server infers their types.
//
// Not thread-safe: the pool hands it to one thread at a time.
#pragma once

#include <libpq-fe.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/result.hpp"
#include "store/store.hpp"

namespace fw::store {

struct PgResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using PgResult = std::unique_ptr<PGresult, PgResultDeleter>;

class PgConnection final : public Connection {
 public:
  // Connects to `url` (libpq URI; client_encoding forced to UTF8, connect_timeout 10 s unless
  // the URL sets one). Failure: unavailable "db.unavailable", detail = `display` + libpq message.
  static Result<std::unique_ptr<PgConnection>> open(const std::string& url, const std::string& display);
  ~PgConnection() override;
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;

  Backend backend() const override { return Backend::postgresql; }
  Result<Rows> query(std::string_view sql, const Params& params = {}) override;
  Result<std::int64_t> exec(std::string_view sql, const Params& params = {}) override;
  Result<void> exec_script(std::string_view sql) override;
  Result<void> begin() override;
  Result<void> commit() override;
  // Harmless outside a transaction (the server only warns).
  Result<void> rollback() override;

  // True once the connection was lost; the pool then closes it instead of reusing it.
  bool broken() const { return broken_ || PQstatus(conn_) != CONNECTION_OK; }
  bool in_transaction() const { return PQtransactionStatus(conn_) != PQTRANS_IDLE; }

 private:
  struct Prepared {
    std::string name;
    int param_count = 0;
  };
  explicit PgConnection(PGconn* conn) : conn_(conn) {}
  Result<const Prepared*> prepare(std::string_view sql);
  Result<PgResult> run(std::string_view sql, const Params& params);
  Result<void> simple(const char* sql);
  // Maps a failed result (or a null one) to an Error; marks the connection broken when the
  // failure is about the connection rather than the statement.
  Error error_from(const PGresult* res, std::string_view context);

  struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  PGconn* conn_;
  bool broken_ = false;
  std::uint64_t next_id_ = 0;
  std::unordered_map<std::string, Prepared, TextHash, std::equal_to<>> cache_;
};

}  // namespace fw::store
