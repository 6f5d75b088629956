#include "engine/match/places.hpp"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <limits>
#include <sstream>
#include <unordered_set>

#include "core/csv.hpp"

namespace fw::match {
namespace {

bool all_digits(std::string_view s, std::size_t n) {
  return s.size() == n && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

template <class T>
bool parse_number(std::string_view s, T& out) {
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

}  // namespace

Result<std::string> read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(ErrorCode::not_found, "match.file_unreadable", path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Result<PlaceTable> PlaceTable::build(std::vector<Place> places) {
  PlaceTable t;
  std::unordered_set<std::int64_t> ids;
  for (std::size_t i = 0; i < places.size(); ++i) {
    auto& p = places[i];
    const std::string at = "places[" + std::to_string(i) + "].";
    if (!in_germany(p.lat, p.lon)) return fail(ErrorCode::invalid_argument, "match.place_invalid", at + "lat");
    if (!all_digits(p.kreis_ags, 5)) return fail(ErrorCode::invalid_argument, "match.place_invalid", at + "kreis_ags");
    if (!all_digits(p.gemeinde_ags, 8) || !p.gemeinde_ags.starts_with(p.kreis_ags))
      return fail(ErrorCode::invalid_argument, "match.place_invalid", at + "gemeinde_ags");
    if (!ids.insert(p.id).second) return fail(ErrorCode::invalid_argument, "match.place_invalid", at + "id");
    p.p = to_vec3(p.lat, p.lon);
    auto [g, g_new] = t.gemeinde_id_.try_emplace(p.gemeinde_ags, static_cast<std::uint32_t>(t.gemeinde_ags_.size()));
    if (g_new) t.gemeinde_ags_.push_back(p.gemeinde_ags);
    auto [k, k_new] = t.kreis_id_.try_emplace(p.kreis_ags, static_cast<std::uint32_t>(t.kreis_ags_.size()));
    if (k_new) t.kreis_ags_.push_back(p.kreis_ags);
    p.gemeinde = g->second;
    p.kreis = k->second;
  }
  t.places_ = std::move(places);
  const auto n = static_cast<std::uint32_t>(t.places_.size());

  // Grid as compressed rows: cell_start_[c] .. cell_start_[c+1] index cell_items_.
  t.cell_start_.assign(Grid::kCells + 1, 0);
  for (const auto& p : t.places_) ++t.cell_start_[Grid::cell_of(p.lat, p.lon) + 1];
  for (int c = 0; c < Grid::kCells; ++c) t.cell_start_[c + 1] += t.cell_start_[c];
  t.cell_items_.resize(n);
  auto fill = t.cell_start_;
  for (std::uint32_t i = 0; i < n; ++i) t.cell_items_[fill[Grid::cell_of(t.places_[i].lat, t.places_[i].lon)]++] = i;

  t.by_population_.resize(n);
  for (std::uint32_t i = 0; i < n; ++i) t.by_population_[i] = i;
  std::stable_sort(t.by_population_.begin(), t.by_population_.end(),
                   [&](auto a, auto b) { return t.places_[a].population > t.places_[b].population; });

  // Gemeinde circles: normalised mean of the unit vectors, radius = farthest place + 1 m.
  const std::size_t ng = t.gemeinde_ags_.size();
  t.gemeinde_centre_.assign(ng, Vec3{});
  t.gemeinde_radius_.assign(ng, 0.0);
  for (const auto& p : t.places_) {
    auto& c = t.gemeinde_centre_[p.gemeinde];
    c.x += p.p.x, c.y += p.p.y, c.z += p.p.z;
  }
  for (auto& c : t.gemeinde_centre_) {
    const double len = std::sqrt(c.x * c.x + c.y * c.y + c.z * c.z);
    c = {c.x / len, c.y / len, c.z / len};
  }
  for (const auto& p : t.places_)
    t.gemeinde_radius_[p.gemeinde] =
        std::max(t.gemeinde_radius_[p.gemeinde], great_circle_km(p.p, t.gemeinde_centre_[p.gemeinde]) + 0.001);
  return t;
}

std::uint32_t PlaceTable::nearest(const Vec3& p, double lat, double lon) const {
  // Grow the search square until it holds a place, then once more by the distance found,
  // because a place in a neighbouring ring can be nearer than one in the first hit ring.
  double best = std::numeric_limits<double>::infinity();
  std::uint32_t best_i = 0;
  auto scan = [&](double radius_km) {
    const auto s = Grid::span(lat, lon, radius_km);
    for (int r = s.row0; r <= s.row1; ++r)
      for (int c = s.col0; c <= s.col1; ++c)
        for (auto i : in_cell(static_cast<std::uint32_t>(r * Grid::kCols + c))) {
          const double d = chord2(p, places_[i].p);
          if (d < best || (d == best && i < best_i)) best = d, best_i = i;
        }
  };
  for (double r = 6.0; r < 2000.0 && best == std::numeric_limits<double>::infinity(); r *= 2) scan(r);
  if (best != std::numeric_limits<double>::infinity()) scan(km_from_chord2(best) + 0.001);
  return best_i;
}

int PlaceTable::find_gemeinde(std::string_view ags) const {
  const auto it = gemeinde_id_.find(std::string(ags));
  return it == gemeinde_id_.end() ? -1 : static_cast<int>(it->second);
}

int PlaceTable::find_kreis(std::string_view ags) const {
  const auto it = kreis_id_.find(std::string(ags));
  return it == kreis_id_.end() ? -1 : static_cast<int>(it->second);
}

Result<PlaceTable> parse_places(std::string_view csv_text, std::string_view name) {
  auto rows = FW_TRY(csv::parse(csv_text, name, ','));
  const std::string file(name);
  if (rows.empty()) return fail(ErrorCode::invalid_argument, "match.places_malformed", file + ":1", "empty file");
  const auto& header = rows[0].fields;
  auto column = [&](std::string_view col) -> int {
    const auto it = std::find(header.begin(), header.end(), col);
    return it == header.end() ? -1 : static_cast<int>(it - header.begin());
  };
  const int c_id = column("geonames_id"), c_name = column("name"), c_lat = column("lat"), c_lon = column("lon"),
            c_kreis = column("kreis_ags"), c_gem = column("gemeinde_ags"), c_pop = column("population");
  for (auto [c, col] : {std::pair{c_id, "geonames_id"},
                        {c_name, "name"},
                        {c_lat, "lat"},
                        {c_lon, "lon"},
                        {c_kreis, "kreis_ags"},
                        {c_gem, "gemeinde_ags"}})
    if (c < 0) return fail(ErrorCode::invalid_argument, "match.places_malformed", file + ":1:" + col, "missing column");
  std::vector<Place> places;
  places.reserve(rows.size() - 1);
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto& f = rows[r].fields;
    const std::string at = file + ":" + std::to_string(rows[r].line) + ":";
    if (f.size() != header.size())
      return fail(ErrorCode::invalid_argument, "match.places_malformed", at + std::to_string(f.size()), "field count");
    auto col = [&](int c) -> const std::string& { return f[static_cast<std::size_t>(c)]; };
    // A place without AGS cannot be a home (results name the Gemeinde); the reference data
    // has one such row (Vegesack, a district of Bremen whose centre is a place of its own).
    if (col(c_kreis).empty() && col(c_gem).empty()) continue;
    Place p;
    p.name = col(c_name);
    p.kreis_ags = col(c_kreis);
    p.gemeinde_ags = col(c_gem);
    if (!parse_number(col(c_id), p.id))
      return fail(ErrorCode::invalid_argument, "match.places_malformed", at + "geonames_id");
    if (!parse_number(col(c_lat), p.lat) || !parse_number(col(c_lon), p.lon) || !in_germany(p.lat, p.lon))
      return fail(ErrorCode::invalid_argument, "match.places_malformed",
                  at + (parse_number(col(c_lat), p.lat) ? "lon" : "lat"));
    if (c_pop >= 0 && !col(c_pop).empty() && !parse_number(col(c_pop), p.population))
      return fail(ErrorCode::invalid_argument, "match.places_malformed", at + "population");
    if (!all_digits(p.kreis_ags, 5))
      return fail(ErrorCode::invalid_argument, "match.places_malformed", at + "kreis_ags");
    if (!all_digits(p.gemeinde_ags, 8) || !p.gemeinde_ags.starts_with(p.kreis_ags))
      return fail(ErrorCode::invalid_argument, "match.places_malformed", at + "gemeinde_ags");
    places.push_back(std::move(p));
  }
  auto built = PlaceTable::build(std::move(places));
  if (!built && built.error().key == "match.place_invalid")
    built.error().key = "match.places_malformed";  // duplicate id
  return built;
}

Result<PlaceTable> load_places(const std::string& path) {
  const auto text = FW_TRY(read_text_file(path));
  const auto slash = path.find_last_of('/');
  return parse_places(text, slash == std::string::npos ? path : path.substr(slash + 1));
}

}  // namespace fw::match
