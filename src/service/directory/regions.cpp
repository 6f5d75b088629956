#include "service/directory/regions.hpp"

#include "search/german.hpp"

namespace fw::service {
namespace {

bool digits(const std::string& s, std::size_t n) {
  return s.size() == n && s.find_first_not_of("0123456789") == std::string::npos;
}

// Escapes LIKE wildcards so that user input is matched literally.
std::string like_prefix(const std::string& s) {
  std::string out;
  for (char ch : s) {
    if (ch == '%' || ch == '_' || ch == '\\') out += '\\';
    out += ch;
  }
  return out + "%";
}

}  // namespace

Result<std::vector<Land>> list_laender(store::Database& db) {
  return store::with_connection(db, [](store::Connection& c) -> Result<std::vector<Land>> {
    auto rows = FW_TRY(c.query(
        "SELECT l.ags, l.name, l.area_km2, l.population, COUNT(k.ags) FROM laender l"
        " LEFT JOIN kreise k ON k.land_ags = l.ags GROUP BY l.ags, l.name, l.area_km2, l.population ORDER BY l.ags"));
    std::vector<Land> out;
    for (const auto& r : rows.rows) {
      out.push_back({r.text_at(0), r.text_at(1), r.real_at(2), r.int_at(3), static_cast<int>(r.int_at(4))});
    }
    return out;
  });
}

Result<std::vector<Kreis>> list_kreise(store::Database& db, const std::string& land) {
  if (!land.empty() && !digits(land, 2)) {
    return fail(ErrorCode::invalid_argument, "region.land_invalid", "land", land);
  }
  return store::with_connection(db, [&](store::Connection& c) -> Result<std::vector<Kreis>> {
    if (!land.empty()) {
      auto known = FW_TRY(c.query("SELECT 1 FROM laender WHERE ags = ?", {land}));
      if (known.empty()) return fail(ErrorCode::not_found, "region.land_unknown", "land", land);
    }
    const std::string sql =
        "SELECT ags, nuts3, type, name, land_ags, area_km2, population FROM kreise" +
        std::string(land.empty() ? "" : " WHERE land_ags = ?") + " ORDER BY ags";
    auto rows = FW_TRY(land.empty() ? c.query(sql) : c.query(sql, {land}));
    std::vector<Kreis> out;
    for (const auto& r : rows.rows) {
      out.push_back({r.text_at(0), r.text_at(1), r.text_at(2), r.text_at(3), r.text_at(4), r.real_at(5), r.int_at(6)});
    }
    return out;
  });
}

Result<std::vector<Place>> search_places(store::Database& db, const std::string& q, int limit) {
  std::string compact = search::fold(q);
  compact.erase(0, compact.find_first_not_of(' '));
  compact.erase(compact.find_last_not_of(' ') + 1);
  if (compact.size() < 2) return fail(ErrorCode::invalid_argument, "region.query_short", "q");
  if (limit < 1 || limit > 100) return fail(ErrorCode::invalid_argument, "query.invalid", "limit", "1..100");
  return store::with_connection(db, [&](store::Connection& c) -> Result<std::vector<Place>> {
    auto rows = FW_TRY(c.query(
        "SELECT p.id, p.name, p.lat, p.lon, p.population, p.kreis_ags, p.gemeinde_ags, COALESCE(k.name, '')"
        " FROM places p LEFT JOIN kreise k ON k.ags = p.kreis_ags"
        " WHERE p.name_folded LIKE ? ESCAPE '\\' ORDER BY p.population DESC, p.name LIMIT ?",
        {like_prefix(compact), std::int64_t{limit}}));
    std::vector<Place> out;
    for (const auto& r : rows.rows) {
      out.push_back({r.int_at(0), r.text_at(1), r.real_at(2), r.real_at(3), r.int_at(4), r.text_at(5), r.text_at(6),
                     r.text_at(7)});
    }
    return out;
  });
}

Result<void> check_kreis(store::Connection& c, const std::string& ags, const std::string& field) {
  if (!digits(ags, 5)) return fail(ErrorCode::invalid_argument, "region.kreis_invalid", field, ags);
  auto rows = FW_TRY(c.query("SELECT 1 FROM kreise WHERE ags = ?", {ags}));
  if (rows.empty()) return fail(ErrorCode::invalid_argument, "region.kreis_unknown", field, ags);
  return {};
}

}  // namespace fw::service
