#include "service/directory/map.hpp"

#include "service/directory/vocab.hpp"

namespace fw::service {

Result<std::map<std::string, std::int64_t>> kreis_values(store::Database& db, const std::string& metric) {
  FW_TRY_VOID(check_code(metric, {"networks", "organisations", "practices"}, "metric"));
  const char* sql = metric == "networks"
                        ? "SELECT k.ags, COUNT(nk.network_id) FROM kreise k LEFT JOIN network_kreise nk"
                          " ON nk.kreis_ags = k.ags GROUP BY k.ags"
                    : metric == "organisations"
                        ? "SELECT k.ags, COUNT(o.id) FROM kreise k LEFT JOIN organisations o ON o.kreis_ags = k.ags"
                          " GROUP BY k.ags"
                        // The map is public: published practices only.
                        : "SELECT k.ags, COUNT(p.id) FROM kreise k LEFT JOIN practice_kreise pk ON pk.kreis_ags = k.ags"
                          " LEFT JOIN practices p ON p.id = pk.practice_id AND p.status = 'published' GROUP BY k.ags";
  return store::with_connection(db, [&](store::Connection& c) -> Result<std::map<std::string, std::int64_t>> {
    std::map<std::string, std::int64_t> out;
    for (const auto& r : FW_TRY(c.query(sql)).rows) out[r.text_at(0)] = r.int_at(1);
    return out;
  });
}

}  // namespace fw::service
