#include "service/monitor/datasets.hpp"

#include <boost/json.hpp>

#include "core/clock.hpp"
#include "core/crypto.hpp"
#include "service/audit/audit_log.hpp"

namespace fw::service::monitor_data {

Result<std::int64_t> insert_dataset(store::Connection& c, const Actor& actor, const DatasetInfo& info) {
  store::Value by = store::null();
  if (actor.user_id) by = *actor.user_id;
  auto rows = FW_TRY(c.query(
      "INSERT INTO monitor_datasets (kind, name, source, file_name, row_count, synthetic, parameters, token, "
      "imported_at, imported_by, imported_by_label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {info.kind, info.name, info.source, info.file_name, info.row_count, std::int64_t{info.synthetic ? 1 : 0},
       info.parameters.empty() ? std::string("{}") : info.parameters, crypto::random_token(16), clock::now_ms(), by,
       actor.label}));
  return rows[0].int_at(0);
}

namespace {

constexpr std::string_view kBaseInsert =
    "INSERT INTO monitor_base_quantities (dataset_id, region, kldb, level, period, quantity, value, flag, source, "
    "reference_date, retrieval_date, synthetic) VALUES ";
constexpr std::string_view kBaseTuple = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
// Rows per statement: one round trip per batch instead of per row (12 parameters each, well
// below the limits of SQLite, 32,766, and PostgreSQL, 65,535).
constexpr std::size_t kBatch = 200;

std::string insert_sql(std::size_t rows) {
  std::string sql(kBaseInsert);
  for (std::size_t i = 0; i < rows; ++i) sql += (i ? ", " : "") + std::string(kBaseTuple);
  return sql;
}

void append(store::Params& p, std::int64_t dataset_id, const BaseRow& r) {
  p.insert(p.end(), {dataset_id, r.region, r.kldb, r.level ? store::Value(std::int64_t{*r.level}) : store::null(),
                     std::int64_t{r.period}, r.quantity, r.value ? store::Value(*r.value) : store::null(),
                     r.flag.empty() ? store::null() : store::Value(r.flag), r.source, r.reference_date,
                     r.retrieval_date, std::int64_t{r.synthetic ? 1 : 0}});
}

}  // namespace

Result<void> insert_base_rows(store::Connection& c, std::int64_t dataset_id, const std::vector<BaseRow>& rows,
                              const Progress& progress) {
  static const std::string batch_sql = insert_sql(kBatch), single_sql = insert_sql(1);
  std::size_t done = 0;
  store::Params p;
  while (done < rows.size()) {
    const std::size_t n = rows.size() - done >= kBatch ? kBatch : 1;
    p.clear();
    for (std::size_t i = 0; i < n; ++i) append(p, dataset_id, rows[done + i]);
    FW_TRY_VOID(c.exec(n == kBatch ? batch_sql : single_sql, p));
    const std::size_t before = done;
    done += n;
    if (progress && done / kProgressEvery != before / kProgressEvery) progress(done);
  }
  return {};
}

DatasetInfo file_dataset(std::string kind, const std::string& file, std::string source, std::int64_t rows) {
  DatasetInfo info;
  info.kind = std::move(kind);
  info.name = file;
  info.file_name = file;
  info.source = std::move(source);
  info.row_count = rows;
  return info;
}

Result<ImportResult> write_dataset(store::Database& db, const Actor& actor, const DatasetInfo& info,
                                   const std::function<Result<void>(store::Connection&, std::int64_t)>& write_rows) {
  return store::transact(db, [&](store::Connection& c) -> Result<ImportResult> {
    const auto id = FW_TRY(insert_dataset(c, actor, info));
    FW_TRY_VOID(write_rows(c, id));
    FW_TRY_VOID(record_audit(c, actor,
                             {"import", "monitor_dataset", std::to_string(id), std::nullopt,
                              R"({"kind":")" + info.kind + R"(","rows":)" + std::to_string(info.row_count) + "}"}));
    return ImportResult{id, info.row_count};
  });
}

Result<std::vector<DatasetInfo>> list_datasets(store::Connection& c) {
  auto rows = FW_TRY(c.query(
      "SELECT id, kind, name, source, file_name, parameters, token, imported_by_label, row_count, imported_at, "
      "synthetic FROM monitor_datasets ORDER BY id"));
  std::vector<DatasetInfo> out;
  for (const auto& r : rows.rows) {
    out.push_back({r.int_at(0), r.text_at(1), r.text_at(2), r.text_at(3), r.text_at(4), r.text_at(5), r.text_at(6),
                   r.text_at(7), r.int_at(8), r.int_at(9), r.int_at(10) != 0});
  }
  return out;
}

Result<boost::json::array> datasets_report(store::Database& db, const Actor& actor) {
  const auto all = FW_TRY(store::with_connection(db, [](store::Connection& c) { return list_datasets(c); }));
  boost::json::array out;
  for (const auto& d : all) {
    boost::json::object o{{"id", d.id},
                          {"kind", d.kind},
                          {"name", d.name},
                          {"source", d.source},
                          {"file_name", d.file_name},
                          {"rows", d.row_count},
                          {"synthetic", d.synthetic},
                          {"imported_at", clock::iso8601(d.imported_at)}};
    if (actor.admin()) o["imported_by"] = d.imported_by;
    out.push_back(std::move(o));
  }
  return out;
}

}  // namespace fw::service::monitor_data
