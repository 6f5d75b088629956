// An imported Gemeinde-to-Gemeinde travel-time matrix (e.g. from a routing engine). For the
// pairs it covers it wins over the default formula; all other pairs keep the formula.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/result.hpp"
#include "engine/match/geo.hpp"
#include "engine/match/places.hpp"

namespace fw::match {

class TravelMatrix {
 public:
  // Minutes from a home in Gemeinde `from` to a workplace in Gemeinde `to` (dense ids of the
  // PlaceTable), or nullopt if the pair is not covered.
  std::optional<double> minutes(std::uint32_t from, std::uint32_t to, Mode mode) const {
    const auto& m = rows_[static_cast<int>(mode)];
    if (m.empty()) return std::nullopt;
    const auto it = m.find(key(from, to));
    return it == m.end() ? std::nullopt : std::optional<double>(it->second);
  }
  bool empty() const { return size_ == 0; }
  std::size_t size() const { return size_; }
  // The smallest minutes of any row of `mode` (kBaseMinutes if none is smaller).
  double min_minutes(Mode mode) const { return min_minutes_[static_cast<int>(mode)]; }
  // A distance (km) that bounds home-to-workplace distance of every covered pair of `mode`
  // with minutes ≤ limit, where the workplace lies within `snap_km` of a place of its Gemeinde.
  // 0 if no such row.
  double reach_km(Mode mode, double limit, double snap_km) const;

  // Adds a row; returns false if the pair is already covered for that mode. Call finish()
  // after the last add (parse_travel_matrix does); until then reach_km scans linearly.
  bool add(std::uint32_t from, std::uint32_t to, Mode mode, double minutes, const PlaceTable& places);
  void finish();

 private:
  static std::uint64_t key(std::uint32_t a, std::uint32_t b) { return (std::uint64_t{a} << 32) | b; }
  std::array<std::unordered_map<std::uint64_t, double>, kModeCount> rows_;
  // Per mode (minutes, bound km) sorted by minutes, bound made a running maximum.
  std::array<std::vector<std::pair<double, double>>, kModeCount> reach_;
  std::array<bool, kModeCount> reach_sorted_{true, true, true};
  std::array<double, kModeCount> min_minutes_{kBaseMinutes, kBaseMinutes, kBaseMinutes};
  std::size_t size_ = 0;
};

// Parses `from_ags;to_ags;mode;minutes` (header required; `;` separated; mode car|pt|bike;
// minutes 0–1440, decimal point or comma). Gemeinden must exist in `places`. Errors:
// invalid_argument "match.matrix_malformed" with field "<name>:<line>:<column>" and a detail.
Result<TravelMatrix> parse_travel_matrix(std::string_view csv_text, std::string_view name, const PlaceTable& places);
Result<TravelMatrix> load_travel_matrix(const std::string& path, const PlaceTable& places);

}  // namespace fw::match
