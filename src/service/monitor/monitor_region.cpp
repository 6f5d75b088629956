#include "service/monitor/monitor_region.hpp"

#include <boost/json.hpp>
#include <charconv>

#include "service/monitor/monitor_reference.hpp"

namespace fw::service::monitor_data {

Result<ResolvedRegion> resolve_region(store::Database& db, const std::string& spec) {
  const auto& ref = reference();
  ResolvedRegion out;
  if (spec.starts_with("network:")) {
    const std::string id_text = spec.substr(8);
    std::int64_t id = 0;
    auto [p, ec] = std::from_chars(id_text.data(), id_text.data() + id_text.size(), id);
    if (ec != std::errc{} || p != id_text.data() + id_text.size() || id <= 0) {
      return fail(ErrorCode::invalid_argument, "monitor.bad_region", "region", spec);
    }
    auto rows = FW_TRY(store::with_connection(db, [&](store::Connection& c) -> Result<std::pair<std::string, std::vector<std::string>>> {
      auto net = FW_TRY(c.query("SELECT name FROM networks WHERE id = ?", {id}));
      if (net.empty()) return fail(ErrorCode::not_found, "directory.network_not_found", "region");
      auto kreise = FW_TRY(c.query("SELECT kreis_ags FROM network_kreise WHERE network_id = ? ORDER BY kreis_ags", {id}));
      std::vector<std::string> ags;
      for (const auto& r : kreise.rows) ags.push_back(r.text_at(0));
      return std::make_pair(net[0].text_at(0), std::move(ags));
    }));
    if (rows.second.empty()) return fail(ErrorCode::bad_request, "monitor.network_empty", "region");
    out.region = FW_TRY(monitor::region_of(ref, spec, rows.second));
    out.name = rows.first;
    return out;
  }
  auto r = monitor::resolve_region(ref, spec);
  if (!r) {
    r.error().field = "region";
    return std::unexpected(r.error());
  }
  out.region = std::move(*r);
  if (spec.starts_with("land:")) {
    out.ba_land = spec.substr(5);
    auto land = FW_TRY(store::with_connection(
        db, [&](store::Connection& c) { return c.query("SELECT name FROM laender WHERE ags = ?", {out.ba_land}); }));
    out.name = land.empty() ? "Land " + out.ba_land : land[0].text_at(0);
  } else if (spec == "de") {
    out.ba_land = "00";
    out.name = "Deutschland";
  } else if (out.region.kreise.size() == 1) {
    out.name = ref.kreise()[static_cast<std::size_t>(out.region.kreise[0])].name;
  } else {
    out.name = spec;
  }
  return out;
}

boost::json::object region_json(const ResolvedRegion& r) {
  return boost::json::object{{"id", r.region.id}, {"name", r.name}, {"kreise", static_cast<std::int64_t>(r.region.kreise.size())}};
}

}  // namespace fw::service::monitor_data
