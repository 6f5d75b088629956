#include "store/reference_data.hpp"

#include <charconv>

#include "core/csv.hpp"
#include "search/german.hpp"

namespace fw::store {
namespace {

// Rows per INSERT: one statement per batch keeps the load to ~120 round trips on PostgreSQL.
constexpr std::size_t kBatch = 100;

Result<std::vector<csv::Record>> records(std::string_view text, const char* name, std::size_t columns) {
  auto rows = FW_TRY(csv::parse(text, name, ','));
  if (rows.empty()) return fail(ErrorCode::internal, "csv.missing_column", std::string(name) + ":1", "header");
  for (std::size_t i = 1; i < rows.size(); ++i) {
    if (rows[i].fields.size() != columns) {
      return fail(ErrorCode::internal, "csv.field_count", std::string(name) + ":" + std::to_string(rows[i].line),
                  std::to_string(rows[i].fields.size()));
    }
  }
  rows.erase(rows.begin());  // header
  return rows;
}

Result<double> number(const std::string& s, const char* name, std::size_t line) {
  double v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc{} || p != s.data() + s.size()) {
    return fail(ErrorCode::internal, "csv.invalid_value", std::string(name) + ":" + std::to_string(line), s);
  }
  return v;
}

// Inserts rows in batches: `columns` placeholders per row.
Result<void> insert_batched(Connection& c, const std::string& head, std::size_t columns,
                            const std::vector<Params>& rows) {
  std::string tuple = "(";
  for (std::size_t i = 0; i < columns; ++i) tuple += i ? ",?" : "?";
  tuple += ")";
  for (std::size_t start = 0; start < rows.size(); start += kBatch) {
    const std::size_t end = std::min(rows.size(), start + kBatch);
    std::string sql = head + " VALUES ";
    Params params;
    for (std::size_t i = start; i < end; ++i) {
      sql += (i == start ? "" : ",") + tuple;
      params.insert(params.end(), rows[i].begin(), rows[i].end());
    }
    FW_TRY(c.exec(sql, params));
  }
  return {};
}

// GeoNames gives a few German places their English name; the product shows German names.
std::string german_name(const std::string& geonames_name) {
  static const std::pair<const char*, const char*> kRenames[] = {{"Munich", "München"}};
  for (const auto& [from, to] : kRenames) {
    if (geonames_name == from) return to;
  }
  return geonames_name;
}

}  // namespace

Result<void> load_regions(Connection& c) {
  std::vector<Params> rows;
  for (const auto& r : FW_TRY(records(embedded_laender_csv(), "laender.csv", 5))) {
    const auto& f = r.fields;
    rows.push_back({f[0], f[1], FW_TRY(number(f[3], "laender.csv", r.line)),
                    static_cast<std::int64_t>(FW_TRY(number(f[4], "laender.csv", r.line)))});
  }
  FW_TRY_VOID(insert_batched(c, "INSERT INTO laender (ags, name, area_km2, population)", 4, rows));

  rows.clear();
  for (const auto& r : FW_TRY(records(embedded_kreise_csv(), "kreise.csv", 6))) {
    const auto& f = r.fields;
    rows.push_back({f[0], f[1], f[2], f[3], search::fold(f[3]), f[0].substr(0, 2),
                    FW_TRY(number(f[4], "kreise.csv", r.line)),
                    static_cast<std::int64_t>(FW_TRY(number(f[5], "kreise.csv", r.line)))});
  }
  FW_TRY_VOID(insert_batched(
      c, "INSERT INTO kreise (ags, nuts3, type, name, name_folded, land_ags, area_km2, population)", 8, rows));

  rows.clear();
  for (const auto& r : FW_TRY(records(embedded_places_csv(), "places.csv", 8))) {
    const auto& f = r.fields;
    const std::string name = german_name(f[1]);
    rows.push_back({static_cast<std::int64_t>(FW_TRY(number(f[0], "places.csv", r.line))), name, search::fold(name),
                    FW_TRY(number(f[2], "places.csv", r.line)), FW_TRY(number(f[3], "places.csv", r.line)),
                    static_cast<std::int64_t>(FW_TRY(number(f[4], "places.csv", r.line))), f[5], f[6], f[7]});
  }
  return insert_batched(c,
                        "INSERT INTO places (id, name, name_folded, lat, lon, population, feature_code, kreis_ags, "
                        "gemeinde_ags)",
                        9, rows);
}

}  // namespace fw::store
