// The backend-neutral parts of store.hpp: value accessors, the Lease, and URL dispatch.
#include "store/store.hpp"

#include <cmath>
#include <limits>
#include <utility>

#include "store/postgres/pg_url.hpp"
#include "store/postgres/postgres_database.hpp"
#include "store/sqlite/sqlite_database.hpp"
#include "store/value_text.hpp"

namespace fw::store {

const char* backend_name(Backend b) {
  switch (b) {
    case Backend::sqlite:
      return "sqlite";
    case Backend::postgresql:
      return "postgresql";
  }
  return "unknown";
}

Value opt(const std::optional<std::string>& v) {
  if (!v) return null();
  return *v;
}

// ---- Row accessors. An index out of range reads as NULL rather than throwing. ----

namespace {
const Value* value_at(const Row& row, std::size_t i) {
  return i < row.values.size() ? &row.values[i] : nullptr;
}

std::int64_t double_to_int(double d) {
  // Truncates toward zero; saturates instead of invoking UB outside int64's range.
  if (std::isnan(d)) return 0;
  if (d >= 9223372036854775807.0) return std::numeric_limits<std::int64_t>::max();
  if (d <= -9223372036854775808.0) return std::numeric_limits<std::int64_t>::min();
  return static_cast<std::int64_t>(d);
}
}  // namespace

bool Row::is_null(std::size_t i) const {
  const Value* v = value_at(*this, i);
  return v == nullptr || std::holds_alternative<std::monostate>(*v);
}

std::int64_t Row::int_at(std::size_t i) const {
  const Value* v = value_at(*this, i);
  if (v == nullptr) return 0;
  if (const auto* n = std::get_if<std::int64_t>(v)) return *n;
  if (const auto* d = std::get_if<double>(v)) return double_to_int(*d);
  if (const auto* s = std::get_if<std::string>(v)) {
    if (auto n = parse_int64(*s)) return *n;
    if (auto d = parse_double(*s)) return double_to_int(*d);
  }
  return 0;
}

double Row::real_at(std::size_t i) const {
  const Value* v = value_at(*this, i);
  if (v == nullptr) return 0.0;
  if (const auto* d = std::get_if<double>(v)) return *d;
  if (const auto* n = std::get_if<std::int64_t>(v)) return static_cast<double>(*n);
  if (const auto* s = std::get_if<std::string>(v)) return parse_double(*s).value_or(0.0);
  return 0.0;
}

std::string Row::text_at(std::size_t i) const {
  const Value* v = value_at(*this, i);
  if (v == nullptr) return {};
  if (const auto* s = std::get_if<std::string>(v)) return *s;
  if (const auto* n = std::get_if<std::int64_t>(v)) return std::to_string(*n);
  if (const auto* d = std::get_if<double>(v)) return format_double(*d);
  return {};
}

std::optional<std::string> Row::opt_text(std::size_t i) const {
  if (is_null(i)) return std::nullopt;
  return text_at(i);
}

std::optional<std::int64_t> Row::opt_int(std::size_t i) const {
  if (is_null(i)) return std::nullopt;
  return int_at(i);
}

// ---- Lease ----

Lease::Lease(Database* db, std::unique_ptr<Connection> conn) : db_(db), conn_(std::move(conn)) {}

Lease::Lease(Lease&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), conn_(std::move(other.conn_)) {}

Lease& Lease::operator=(Lease&& other) noexcept {
  if (this != &other) {
    if (db_ != nullptr && conn_) db_->release(std::move(conn_), false);
    db_ = std::exchange(other.db_, nullptr);
    conn_ = std::move(other.conn_);
  }
  return *this;
}

Lease::~Lease() {
  if (db_ != nullptr && conn_) db_->release(std::move(conn_), false);
}

void Lease::discard() {
  if (db_ != nullptr && conn_) db_->release(std::move(conn_), true);
  db_ = nullptr;
}

// ---- Database::open ----

Result<std::unique_ptr<Database>> Database::open(std::string_view url, const OpenOptions& options) {
  constexpr std::string_view sqlite_prefix = "sqlite:";
  if (url.starts_with(sqlite_prefix)) {
    url.remove_prefix(sqlite_prefix.size());
    if (url.empty()) return fail(ErrorCode::invalid_argument, "db.url_invalid", {}, "sqlite:");
    return open_sqlite(url, options);
  }
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) return open_postgres(url, options);
  // The message shows the URL: never with its password.
  return fail(ErrorCode::invalid_argument, "db.url_invalid", {}, redact_url(url));
}

}  // namespace fw::store
