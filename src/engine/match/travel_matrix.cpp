#include "engine/match/travel_matrix.hpp"

#include <algorithm>
#include <charconv>

#include "core/csv.hpp"

namespace fw::match {

bool TravelMatrix::add(std::uint32_t from, std::uint32_t to, Mode mode, double minutes, const PlaceTable& places) {
  const int m = static_cast<int>(mode);
  if (!rows_[m].emplace(key(from, to), minutes).second) return false;
  ++size_;
  min_minutes_[m] = std::min(min_minutes_[m], minutes);
  // Every home of `from` lies in its circle, every workplace within snap of a place of `to`.
  const double bound = great_circle_km(places.gemeinde_centre(from), places.gemeinde_centre(to)) +
                       places.gemeinde_radius_km(from) + places.gemeinde_radius_km(to);
  reach_[m].emplace_back(minutes, bound);
  reach_sorted_[m] = false;
  return true;
}

void TravelMatrix::finish() {
  for (int m = 0; m < kModeCount; ++m) {
    auto& r = reach_[m];
    std::sort(r.begin(), r.end());
    for (std::size_t i = 1; i < r.size(); ++i) r[i].second = std::max(r[i].second, r[i - 1].second);
    reach_sorted_[m] = true;
  }
}

double TravelMatrix::reach_km(Mode mode, double limit, double snap_km) const {
  const int m = static_cast<int>(mode);
  const auto& r = reach_[m];
  double bound = -1;
  if (reach_sorted_[m]) {
    const auto it = std::upper_bound(r.begin(), r.end(), std::pair{limit, 1e300});
    if (it != r.begin()) bound = std::prev(it)->second;
  } else {
    for (const auto& [minutes, km] : r)
      if (minutes <= limit) bound = std::max(bound, km);
  }
  return bound < 0 ? 0.0 : bound + snap_km;
}

Result<TravelMatrix> parse_travel_matrix(std::string_view csv_text, std::string_view name, const PlaceTable& places) {
  const std::string file(name);
  auto rows = FW_TRY(csv::parse(csv_text, name, ';'));
  auto bad = [&](std::size_t line, std::string_view column, std::string detail) {
    return fail(ErrorCode::invalid_argument, "match.matrix_malformed",
                file + ":" + std::to_string(line) + ":" + std::string(column), std::move(detail));
  };
  static const std::vector<std::string> kHeader = {"from_ags", "to_ags", "mode", "minutes"};
  if (rows.empty() || rows[0].fields != kHeader) return bad(1, "header", "expected from_ags;to_ags;mode;minutes");
  TravelMatrix matrix;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto& f = rows[r].fields;
    const std::size_t line = rows[r].line;
    if (f.size() != 4) return bad(line, "line", std::to_string(f.size()) + " fields, expected 4");
    const int from = places.find_gemeinde(f[0]);
    if (from < 0) return bad(line, "from_ags", "unknown Gemeinde " + f[0]);
    const int to = places.find_gemeinde(f[1]);
    if (to < 0) return bad(line, "to_ags", "unknown Gemeinde " + f[1]);
    const auto mode = parse_mode(f[2]);
    if (!mode) return bad(line, "mode", "expected car, pt or bike, got " + f[2]);
    std::string number = f[3];
    std::replace(number.begin(), number.end(), ',', '.');
    double minutes = -1;
    const auto [p, ec] = std::from_chars(number.data(), number.data() + number.size(), minutes);
    if (ec != std::errc() || p != number.data() + number.size() || !(minutes >= 0 && minutes <= 1440))
      return bad(line, "minutes", "expected a number from 0 to 1440, got " + f[3]);
    if (!matrix.add(static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(to), *mode, minutes, places))
      return bad(line, "from_ags", "duplicate pair " + f[0] + " → " + f[1] + " (" + f[2] + ")");
  }
  matrix.finish();
  return matrix;
}

Result<TravelMatrix> load_travel_matrix(const std::string& path, const PlaceTable& places) {
  const auto text = FW_TRY(read_text_file(path));
  const auto slash = path.find_last_of('/');
  return parse_travel_matrix(text, slash == std::string::npos ? path : path.substr(slash + 1), places);
}

}  // namespace fw::match
