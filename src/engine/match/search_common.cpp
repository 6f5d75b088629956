#include "engine/match/search_common.hpp"

#include <fmt/format.h>

#include <cmath>
#include <numbers>

#include "engine/match/dates.hpp"

namespace fw::match::detail {

HomeGrid::HomeGrid(const std::vector<Home>& homes) {
  items_.reserve(homes.size());
  for (std::uint32_t i = 0; i < homes.size(); ++i) items_.emplace_back(Grid::cell_of(homes[i].lat, homes[i].lon), i);
  std::sort(items_.begin(), items_.end());
}

std::vector<Home> anchor_homes(const PlaceTable& places, const CommuteModel& commute, const Anchor& a, double extra) {
  std::vector<Home> homes;
  const Vec3 pa = to_vec3(a.lat, a.lon);
  const Place& near = places[places.nearest(pa, a.lat, a.lon)];
  const Reach r = commute.reach(a.mode, a.max_minutes + extra, great_circle_km(pa, near.p));
  for_cells(Grid::span(a.lat, a.lon, r.radius_km), [&](std::uint32_t cell) {
    for (auto i : places.in_cell(cell)) {
      const Place& pl = places[i];
      const double c2 = chord2(pl.p, pa);
      if (!commute.within(pl.gemeinde, near.gemeinde, c2, r)) continue;
      const double minutes = commute.minutes(pl.gemeinde, near.gemeinde, c2, a.mode);
      homes.push_back(
          {pl.p, pl.lat, pl.lon, pl.gemeinde, static_cast<std::int32_t>(i), minutes, minutes <= a.max_minutes});
    }
  });
  return homes;
}

Home fixed_home(const PlaceTable& places, const Point& home) {
  const Vec3 p = to_vec3(home.lat, home.lon);
  const auto near = places.nearest(p, home.lat, home.lon);
  const bool is_place = places[near].lat == home.lat && places[near].lon == home.lon;
  return {p, home.lat, home.lon, places[near].gemeinde, is_place ? static_cast<std::int32_t>(near) : -1, 0, true};
}

const CellGeom& cell_geom(std::uint32_t cell) {
  static const std::vector<CellGeom> table = [] {
    std::vector<CellGeom> t(static_cast<std::size_t>(Grid::kCells));
    for (int row = 0; row < Grid::kRows; ++row) {
      const double lat0 = Grid::kLat0 + row * Grid::kDLat;
      for (int col = 0; col < Grid::kCols; ++col) {
        const double lon0 = Grid::kLon0 + col * Grid::kDLon;
        CellGeom& g = t[static_cast<std::size_t>(row * Grid::kCols + col)];
        g.row = row, g.col = col;
        g.lat = lat0 + Grid::kDLat / 2;
        g.lon = lon0 + Grid::kDLon / 2;
        g.centre = to_vec3(g.lat, g.lon);
        for (double la : {lat0, lat0 + Grid::kDLat})
          for (double lo : {lon0, lon0 + Grid::kDLon})
            g.half_diag_km = std::max(g.half_diag_km, great_circle_km(g.centre, to_vec3(la, lo)));
        g.half_diag_km = g.half_diag_km * 1.01 + 0.001;  // the corner is the farthest point up to curvature
      }
    }
    return t;
  }();
  return table[cell];
}

double lat_of(const Vec3& p) {
  return std::asin(std::clamp(p.z, -1.0, 1.0)) * 180.0 / std::numbers::pi;
}
double lon_of(const Vec3& p) {
  return std::atan2(p.y, p.x) * 180.0 / std::numbers::pi;
}

double minutes_to(const CommuteModel& commute, const VacancyIndex& index, const Home& h, const VacRec& v, Mode mode) {
  double best = 1e300;
  for (const auto& l : index.locations(v))
    best = std::min(best, commute.minutes(h.gemeinde, l.gemeinde, chord2(h.p, l.p), mode));
  return best;
}

Terms terms_of(const PreparedPerson& p, const FitConfig& fit, const ScoreConfig& score, const VacRec& v) {
  Terms t;
  t.fit = p.accept(fit, v);
  t.start = start_component(score, v.start == kNoStart ? std::nullopt : std::optional<int>(v.start), p.earliest_start);
  return t;
}

namespace {
std::string decimal(double v, int places) {
  auto s = fmt::format("{:.{}f}", v, places);
  for (auto& ch : s)
    if (ch == '.') ch = ',';
  return s;
}
}  // namespace

std::string minutes_text(double minutes) {
  // Whole minutes unless rounding would hide why a limit is (not) met.
  const double r = std::round(minutes);
  return (std::abs(r - minutes) < 0.05 ? decimal(r, 0) : decimal(minutes, 1)) + " min";
}

std::string over_text(const char* who, double m, double limit) {
  return fmt::format("Pendelzeit {} {} > {}", who, minutes_text(m), minutes_text(limit));
}

std::string fit_text(const PreparedPerson& p, const FitConfig& cfg, const VacRec& v, double value) {
  const PreparedPerson::Occ* best = &p.occupations.front();
  double best_fit = -1;
  for (const auto& o : p.occupations) {
    const double f = occupation_fit(cfg, o.code, o.level, v.code, v.level);
    if (f > best_fit) best_fit = f, best = &o;
  }
  const char* rule = "verwandter Beruf";
  if (best->code.len == 5 && v.code.len == 5 && best->code == v.code && value == cfg.same_code)
    rule = "gleiche Berufsgattung";
  else if (best->code.same_prefix(v.code, 4) && value == cfg.same_4)
    rule = "gleiche Berufsuntergruppe, Niveau passt";
  else if (best->code.same_prefix(v.code, 3) && value == cfg.same_3)
    rule = "gleiche Berufsgruppe";
  else if (best->code.same_prefix(v.code, 2) && value == cfg.same_2)
    rule = "gleiche Berufshauptgruppe";
  return fmt::format("Stelle {} (Niveau {}) – Gesuch {}: {} (Passung {})", v.code.view(), v.level, best->code.view(),
                     rule, decimal(value, 1));
}

std::string start_text(const PreparedPerson& p, const VacRec& v) {
  if (v.start == kNoStart) return "Beginn nicht angegeben";
  if (!p.earliest_start) return "Beginn " + format_date_de(v.start);
  return fmt::format("Beginn {}, frühester Start {}", format_date_de(v.start), format_date_de(*p.earliest_start));
}

HomeOption home_option(const VacancyIndex& index, const Home& h) {
  HomeOption o;
  o.lat = h.lat;
  o.lon = h.lon;
  if (h.place >= 0) {
    const Place& pl = index.places()[static_cast<std::size_t>(h.place)];
    o.place_id = pl.id;
    o.name = pl.name;
  } else {
    o.name = "Aktueller Wohnort";
  }
  o.gemeinde_ags = index.places().gemeinde_ags()[h.gemeinde];
  return o;
}

}  // namespace fw::match::detail
