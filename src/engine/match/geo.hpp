// Geometry for the matcher: points on the sphere, the exact commute formula of issue 4, and
// a fixed grid over Germany that every spatial structure of the engine shares.
#pragma once

#include <cmath>
#include <cstdint>
#include <optional>
#include <string_view>

namespace fw::match {

inline constexpr double kEarthRadiusKm = 6371.0088;  // mean Earth radius (IUGG), as the issue fixes
inline constexpr double kBaseMinutes = 5.0;          // walking to the car / stop and parking
inline constexpr double kDetourFactor = 1.3;         // road distance ≈ 1.3 × great circle
inline constexpr double kMaxLimitMinutes = 240.0;    // largest commute limit a request may ask

enum class Mode : std::uint8_t { car, pt, bike };
inline constexpr int kModeCount = 3;

// Average speed in km/h of the default model: car 60, public transport 25, bike 15.
double speed_kmh(Mode mode);
std::string_view mode_name(Mode mode);  // "car" | "pt" | "bike"
std::optional<Mode> parse_mode(std::string_view text);

// A point as a unit vector. Distances are computed from chords of unit vectors: the haversine
// term a = sin²(Δφ/2) + cosφ₁cosφ₂sin²(Δλ/2) equals |p−q|²/4 exactly in real arithmetic, and
// the vector form is three times cheaper per pair, which matters when millions are evaluated.
struct Vec3 {
  double x = 0, y = 0, z = 0;
};
Vec3 to_vec3(double lat_deg, double lon_deg);

inline double chord2(const Vec3& a, const Vec3& b) {
  const double dx = a.x - b.x, dy = a.y - b.y, dz = a.z - b.z;
  return dx * dx + dy * dy + dz * dz;
}

// THE distance of the engine (km): haversine in chord form, d = 2R·asin(√a), a = chord²/4.
// Engine and reference enumeration both call this, so feasibility decisions agree bit for bit.
inline double km_from_chord2(double c2) {
  const double half = std::sqrt(c2) * 0.5;
  return 2.0 * kEarthRadiusKm * std::asin(half < 1.0 ? half : 1.0);
}
inline double great_circle_km(const Vec3& a, const Vec3& b) {
  return km_from_chord2(chord2(a, b));
}

// Textbook haversine on degrees; agrees with great_circle_km to about 1e-9 km. For checks and docs.
double haversine_km(double lat1, double lon1, double lat2, double lon2);

// The default model: minutes = 5 + 60 × 1.3 × d / v.
inline double default_minutes(double km, Mode mode) {
  return kBaseMinutes + 60.0 * kDetourFactor * km / speed_kmh(mode);
}
// Largest distance (km) whose default commute is within `minutes` (negative if none is).
double default_radius_km(double minutes, Mode mode);
// Squared chord of a great-circle distance; the inverse of km_from_chord2 (for prefilters).
double chord2_from_km(double km);

// Germany's bounding box (with a small margin): coordinates outside are rejected as input.
inline constexpr double kMinLat = 47.2, kMaxLat = 55.1, kMinLon = 5.8, kMaxLon = 15.1;
inline bool in_germany(double lat, double lon) {
  return lat >= kMinLat && lat <= kMaxLat && lon >= kMinLon && lon <= kMaxLon;
}

// A fixed equirectangular grid over the box: 0.05° × 0.075° cells (about 5.5 km × 5.4 km at
// 50° N), 158 × 124 cells. Cell size is a trade-off: typical radii (5–60 km) span 2–22 cells
// per axis, and few vacancies per cell keep incremental updates cheap.
class Grid {
 public:
  static constexpr double kLat0 = kMinLat, kLon0 = kMinLon, kDLat = 0.05, kDLon = 0.075;
  static constexpr int kRows = 158, kCols = 124;
  static constexpr int kCells = kRows * kCols;

  static int row_of(double lat) { return clamp(static_cast<int>(std::floor((lat - kLat0) / kDLat)), kRows); }
  static int col_of(double lon) { return clamp(static_cast<int>(std::floor((lon - kLon0) / kDLon)), kCols); }
  static std::uint32_t cell_of(double lat, double lon) {
    return static_cast<std::uint32_t>(row_of(lat) * kCols + col_of(lon));
  }

  // The rectangle of cells that contains every point within radius_km of (lat, lon).
  // Conservative: longitude degrees are measured at the latitude farthest from the equator.
  struct Span {
    int row0, row1, col0, col1;  // inclusive; empty if row0 > row1
  };
  static Span span(double lat, double lon, double radius_km);

 private:
  static int clamp(int v, int n) { return v < 0 ? 0 : v >= n ? n - 1 : v; }
};

}  // namespace fw::match
