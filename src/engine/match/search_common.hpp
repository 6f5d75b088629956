// Internal helpers shared by the anchored and couple searches (not part of the public API).
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/match/commute.hpp"
#include "engine/match/index.hpp"
#include "engine/match/person.hpp"
#include "engine/match/query.hpp"
#include "engine/match/result.hpp"
#include "engine/match/score.hpp"

namespace fw::match::detail {

// Slack for pruning bounds: bounds are computed along other float paths than the scores.
inline constexpr double kEps = 1e-9;

// A candidate home of one search.
struct Home {
  Vec3 p;
  double lat = 0, lon = 0;
  std::uint32_t gemeinde = 0;
  std::int32_t place = -1;    // index in the PlaceTable, -1 for a fixed home off the table
  double anchor_minutes = 0;  // 0 without an anchor
  bool strict = true;         // within the anchor limit (not only within the tolerance)
};

// Calls f(cell) for every cell of the span.
template <class F>
void for_cells(const Grid::Span& s, F&& f) {
  for (int r = s.row0; r <= s.row1; ++r)
    for (int c = s.col0; c <= s.col1; ++c) f(static_cast<std::uint32_t>(r * Grid::kCols + c));
}

// Homes of a search bucketed by cell: sorted (cell, home index) pairs, one range per row.
class HomeGrid {
 public:
  explicit HomeGrid(const std::vector<Home>& homes);
  // Calls f(home index) for each home in a cell within radius_km of (lat, lon).
  template <class F>
  void near(double lat, double lon, double radius_km, F&& f) const {
    const auto s = Grid::span(lat, lon, radius_km);
    for (int r = s.row0; r <= s.row1; ++r) {
      const auto lo = static_cast<std::uint32_t>(r * Grid::kCols + s.col0),
                 hi = static_cast<std::uint32_t>(r * Grid::kCols + s.col1);
      auto it = std::lower_bound(items_.begin(), items_.end(), std::pair<std::uint32_t, std::uint32_t>{lo, 0});
      for (; it != items_.end() && it->first <= hi; ++it) f(it->second);
    }
  }
  // Like near(), but stops as soon as f returns true; returns whether it did. Visits rows and
  // columns from the centre cell (row r0, column c0) outwards, so that a nearby home (the usual
  // answer) comes first. The span is passed in: callers reuse one span for many points.
  template <class F>
  bool any_in(const Grid::Span& s, int r0, int c0, F&& f) const {
    const int rows = std::max(r0 - s.row0, s.row1 - r0);
    for (int dr = 0; dr <= rows; ++dr) {
      for (int r : {r0 - dr, r0 + dr}) {
        if (r < s.row0 || r > s.row1 || (dr == 0 && r != r0)) continue;
        const auto base = static_cast<std::uint32_t>(r * Grid::kCols);
        const auto lo =
            std::lower_bound(items_.begin(), items_.end(),
                             std::pair<std::uint32_t, std::uint32_t>{base + static_cast<std::uint32_t>(s.col0), 0});
        const auto hi =
            std::lower_bound(lo, items_.end(),
                             std::pair<std::uint32_t, std::uint32_t>{base + static_cast<std::uint32_t>(s.col1) + 1, 0});
        if (lo == hi) continue;
        const auto mid =
            std::lower_bound(lo, hi, std::pair<std::uint32_t, std::uint32_t>{base + static_cast<std::uint32_t>(c0), 0});
        auto left = mid, right = mid;
        while (left != lo || right != hi) {  // alternate outwards from the centre column
          if (right != hi && f((right++)->second)) return true;
          if (left != lo && f((--left)->second)) return true;
        }
      }
    }
    return false;
  }
  bool empty() const { return items_.empty(); }

 private:
  std::vector<std::pair<std::uint32_t, std::uint32_t>> items_;
};

// The homes of an anchor: reference places whose commute to the anchor is within
// anchor.max_minutes + extra (strict = within max_minutes). And a fixed home as a Home.
std::vector<Home> anchor_homes(const PlaceTable& places, const CommuteModel& commute, const Anchor& anchor,
                               double extra);
Home fixed_home(const PlaceTable& places, const Point& home);

// A grid cell's centre and the farthest any point of the cell is from it (km, rounded up).
struct CellGeom {
  double lat = 0, lon = 0;
  Vec3 centre;
  double half_diag_km = 0;
  int row = 0, col = 0;
};
// From a table computed once (the trigonometry per call was a tenth of a search).
const CellGeom& cell_geom(std::uint32_t cell);

// How the homes of a search cover a cell for one limit under the default formula: every
// point of the cell is within the limit of some home (full), none is (empty), or it depends.
enum class Cover : std::uint8_t { full, partial, empty };
// `eligible(i)` says whether home i counts (e.g. only homes within the strict anchor limit).
// `probes` are homes worth trying first (e.g. the outermost homes in eight directions): one of
// them usually proves a cell full at once, before the grid is searched.
template <class Eligible>
Cover cover(const CellGeom& g, const HomeGrid& grid, const std::vector<Home>& homes,
            const std::vector<std::uint32_t>& probes, double radius_km, Eligible&& eligible) {
  if (radius_km < 0) return Cover::empty;
  const bool can_be_full = radius_km - g.half_diag_km - 0.001 >= 0;
  const double full2 = chord2_from_km(radius_km - g.half_diag_km - 0.001);
  if (can_be_full)
    for (auto i : probes)
      if (eligible(i) && chord2(homes[i].p, g.centre) <= full2) return Cover::full;
  const double near_km = radius_km + g.half_diag_km + 0.001, near2 = chord2_from_km(near_km);
  bool any = false;
  const bool full = grid.any_in(Grid::span(g.lat, g.lon, near_km), g.row, g.col, [&](std::uint32_t i) {
    if (!eligible(i)) return false;
    const double c2 = chord2(homes[i].p, g.centre);
    any = any || c2 <= near2;
    return can_be_full && c2 <= full2;
  });
  return full ? Cover::full : any ? Cover::partial : Cover::empty;
}

// Degrees of a unit vector (for grid spans around sites and locations).
double lat_of(const Vec3& p);
double lon_of(const Vec3& p);

// Minutes from a home to the nearest location of a vacancy.
double minutes_to(const CommuteModel& commute, const VacancyIndex& index, const Home& h, const VacRec& v, Mode mode);

// The person's fit and start component for a vacancy (fit -1 if not acceptable).
struct Terms {
  double fit = -1, start = 1;
};
Terms terms_of(const PreparedPerson& p, const FitConfig& fit, const ScoreConfig& score, const VacRec& v);

// German texts for explanations.
std::string minutes_text(double minutes);                        // "23 min", "45,4 min"
std::string over_text(const char* who, double m, double limit);  // "Pendelzeit Partner 52 min > 45 min"
std::string fit_text(const PreparedPerson& p, const FitConfig& fit, const VacRec& v, double value);
std::string start_text(const PreparedPerson& p, const VacRec& v);
HomeOption home_option(const VacancyIndex& index, const Home& h);

}  // namespace fw::match::detail
