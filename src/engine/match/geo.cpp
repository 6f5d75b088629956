#include "engine/match/geo.hpp"

#include <algorithm>
#include <numbers>

namespace fw::match {
namespace {
constexpr double kDegToRad = std::numbers::pi / 180.0;
}  // namespace

double speed_kmh(Mode mode) {
  switch (mode) {
    case Mode::car:
      return 60.0;
    case Mode::pt:
      return 25.0;
    case Mode::bike:
      return 15.0;
  }
  return 60.0;
}

std::string_view mode_name(Mode mode) {
  switch (mode) {
    case Mode::car:
      return "car";
    case Mode::pt:
      return "pt";
    case Mode::bike:
      return "bike";
  }
  return "car";
}

std::optional<Mode> parse_mode(std::string_view text) {
  if (text == "car") return Mode::car;
  if (text == "pt") return Mode::pt;
  if (text == "bike") return Mode::bike;
  return std::nullopt;
}

Vec3 to_vec3(double lat_deg, double lon_deg) {
  const double phi = lat_deg * kDegToRad, lambda = lon_deg * kDegToRad;
  const double c = std::cos(phi);
  return {c * std::cos(lambda), c * std::sin(lambda), std::sin(phi)};
}

double haversine_km(double lat1, double lon1, double lat2, double lon2) {
  const double p1 = lat1 * kDegToRad, p2 = lat2 * kDegToRad;
  const double sdp = std::sin((p2 - p1) / 2), sdl = std::sin((lon2 - lon1) * kDegToRad / 2);
  const double a = sdp * sdp + std::cos(p1) * std::cos(p2) * sdl * sdl;
  return 2.0 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(a)));
}

double default_radius_km(double minutes, Mode mode) {
  return (minutes - kBaseMinutes) * speed_kmh(mode) / (60.0 * kDetourFactor);
}

double chord2_from_km(double km) {
  if (km <= 0) return 0;
  const double angle = std::min(km / kEarthRadiusKm, std::numbers::pi);
  const double c = 2.0 * std::sin(angle / 2.0);
  return c * c;
}

Grid::Span Grid::span(double lat, double lon, double radius_km) {
  if (radius_km < 0) return {1, 0, 1, 0};
  // Exact extent of a spherical cap: |Δφ| ≤ δ and |Δλ| ≤ asin(sin δ / cos φ); 1e-9° covers rounding.
  const double delta = radius_km / kEarthRadiusKm;
  const double dlat = delta / kDegToRad + 1e-9;
  const double s = std::sin(std::min(delta, std::numbers::pi / 2)) / std::cos(lat * kDegToRad);
  const double dlon = s >= 1.0 ? 180.0 : std::asin(s) / kDegToRad + 1e-9;
  return {row_of(lat - dlat), row_of(lat + dlat), col_of(lon - dlon), col_of(lon + dlon)};
}

}  // namespace fw::match
