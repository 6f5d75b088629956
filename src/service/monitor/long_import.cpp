#include "service/monitor/long_import.hpp"

#include <unordered_map>

#include "core/csv.hpp"
#include "engine/monitor/base_data.hpp"
#include "engine/monitor/codes.hpp"
#include "service/authz.hpp"
#include "service/monitor/import_common.hpp"

namespace fw::service::monitor_data {
Result<std::vector<BaseRow>> parse_long_csv(std::string_view text, const std::string& file, const Progress& progress) {
  auto records = FW_TRY(csv::parse(text, file));
  if (records.empty()) return fail(ErrorCode::invalid_argument, "monitor.import_empty", file);
  const auto& header = records[0].fields;
  const auto cols = FW_TRY(Columns::find(header, {"region", "kldb", "level", "period", "quantity", "value", "source"},
                                         {"reference_date", "retrieval_date"}, file, records[0].line));
  auto field = [&](const csv::Record& r, std::string_view name) -> std::string {
    const int i = cols.at(name);
    return i < 0 ? std::string() : r.fields[static_cast<std::size_t>(i)];
  };
  std::vector<BaseRow> out;
  out.reserve(records.size() - 1);
  // Cell key → line, to name both lines of a duplicate.
  std::unordered_map<std::string, std::size_t> seen;
  for (std::size_t i = 1; i < records.size(); ++i) {
    const auto& r = records[i];
    if (progress && i % kProgressEvery == 0) progress(i);
    if (r.fields.size() != header.size()) {
      return fail(ErrorCode::invalid_argument, "csv.field_count", file + ":" + std::to_string(r.line),
                  std::to_string(r.fields.size()));
    }
    BaseRow row;
    row.region = field(r, "region");
    FW_TRY_VOID(check_kreis(row.region, place(file, r.line, "region")));
    row.kldb = field(r, "kldb");
    FW_TRY_VOID(check_kldb(row.kldb, place(file, r.line, "kldb")));
    row.level = FW_TRY(parse_level(field(r, "level"), true, place(file, r.line, "level")));
    if (row.kldb.size() == 5) {
      // The 5th digit is the level: a given level must agree with it.
      const int digit = row.kldb[4] - '0';
      if (row.level && *row.level != digit) {
        return fail(ErrorCode::invalid_argument, "monitor.import_bad_level", place(file, r.line, "level"), field(r, "level"));
      }
      row.level = digit;
    }
    row.period = FW_TRY(parse_year(field(r, "period"), place(file, r.line, "period")));
    row.quantity = field(r, "quantity");
    if (!monitor::quantity_from_name(row.quantity)) {
      return fail(ErrorCode::invalid_argument, "monitor.import_unknown_quantity", place(file, r.line, "quantity"), row.quantity);
    }
    FW_TRY_VOID(set_value(row, field(r, "value"), place(file, r.line, "value")));
    row.source = field(r, "source");
    if (row.source.empty()) return fail(ErrorCode::invalid_argument, "monitor.import_source_missing", place(file, r.line, "source"));
    row.reference_date = field(r, "reference_date");
    row.retrieval_date = field(r, "retrieval_date");
    std::string key = row.region + "|" + row.kldb + "|" + std::to_string(row.level.value_or(0)) + "|" +
                      std::to_string(row.period) + "|" + row.quantity;
    auto [it, fresh] = seen.emplace(std::move(key), r.line);
    if (!fresh) {
      return fail(ErrorCode::invalid_argument, "monitor.import_duplicate", place(file, r.line, "region"),
                  std::to_string(it->second));
    }
    out.push_back(std::move(row));
  }
  if (out.empty()) return fail(ErrorCode::invalid_argument, "monitor.import_empty", file);
  return out;
}

Result<ImportResult> import_long_csv(store::Database& db, const Actor& actor, std::string_view text,
                                     const std::string& file, bool dry_run, const Progress& progress) {
  FW_TRY_VOID(require_admin(actor));
  auto rows = FW_TRY(parse_long_csv(text, file, progress));
  const auto info = file_dataset("long", file, rows.front().source, static_cast<std::int64_t>(rows.size()));
  if (dry_run) return ImportResult{0, info.row_count};
  return write_dataset(db, actor, info,
                       [&](store::Connection& c, std::int64_t id) { return insert_base_rows(c, id, rows, progress); });
}

}  // namespace fw::service::monitor_data
