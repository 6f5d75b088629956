#include "engine/match/generate.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>

#include "engine/match/kldb.hpp"

namespace fw::match {
namespace {

std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
  return Rng(a * 0x100000001B3ull ^ b).next();
}

// Groups without the military (0xx), weight 1 / (rank + 5) in a fixed shuffled order.
const std::vector<std::pair<std::string_view, double>>& group_weights() {
  static const auto table = [] {
    std::vector<std::string_view> groups;
    for (auto g : kldb_groups())
      if (g[0] != '0') groups.push_back(g);
    Rng rng(2010);
    for (std::size_t i = groups.size(); i > 1; --i) std::swap(groups[i - 1], groups[rng.below(i)]);
    std::vector<std::pair<std::string_view, double>> out;
    double sum = 0;
    for (std::size_t i = 0; i < groups.size(); ++i)
      out.emplace_back(groups[i], sum += 1.0 / (static_cast<double>(i) + 5));
    return out;
  }();
  return table;
}

int random_level(Rng& rng) {
  const double u = rng.uniform();
  return u < 0.20 ? 1 : u < 0.75 ? 2 : u < 0.90 ? 3 : 4;
}

std::string random_group_code(Rng& rng) {
  const auto& g = group_weights();
  const double u = rng.uniform() * g.back().second;
  const auto it = std::upper_bound(g.begin(), g.end(), u, [](double x, const auto& e) { return x < e.second; });
  static constexpr char kFourth[] = {'0', '1', '2', '3', '4', '8', '9'};
  return std::string(it == g.end() ? g.back().first : it->first) + kFourth[rng.below(7)];
}

Location site_location(const PlaceTable& places, std::uint32_t place, std::uint64_t site) {
  const Place& p = places[place];
  Rng r(mix(static_cast<std::uint64_t>(p.id), site));
  const double radius_km = site == 0 ? 0.0 : 0.3 + std::min(6.0, std::sqrt(static_cast<double>(p.population)) / 400.0);
  const double dist = radius_km * std::sqrt(r.uniform()), angle = 2 * std::numbers::pi * r.uniform();
  const double lat = p.lat + dist * std::cos(angle) / 111.195;
  const double lon = p.lon + dist * std::sin(angle) / (111.195 * std::cos(p.lat * std::numbers::pi / 180));
  return {std::clamp(lat, kMinLat, kMaxLat), std::clamp(lon, kMinLon, kMaxLon)};
}

}  // namespace

PlacePicker::PlacePicker(const PlaceTable& places) : cumulative_(places.size()) {
  double sum = 0;
  for (std::size_t i = 0; i < places.size(); ++i) cumulative_[i] = sum += std::max<double>(places[i].population, 200);
}

std::uint32_t PlacePicker::operator()(Rng& rng) const {
  const auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), rng.uniform() * cumulative_.back());
  return static_cast<std::uint32_t>(
      std::min<std::size_t>(static_cast<std::size_t>(it - cumulative_.begin()), cumulative_.size() - 1));
}

std::string random_kldb(Rng& rng) {
  return random_group_code(rng) + static_cast<char>('0' + random_level(rng));
}

std::vector<Vacancy> generate_vacancies(const PlaceTable& places, const GenerateOptions& o) {
  Rng rng(o.seed);
  const PlacePicker pick(places);
  std::vector<Vacancy> out(o.vacancies);
  for (std::size_t i = 0; i < o.vacancies; ++i) {
    Vacancy& v = out[i];
    v.id = o.first_id + static_cast<std::int64_t>(i);
    std::string code = random_group_code(rng);
    const int level = random_level(rng);
    const double shape = rng.uniform();
    if (shape < 0.90)
      code += static_cast<char>('0' + level);
    else if (shape > 0.97)
      code.pop_back();  // only the 3-digit group is known
    v.kldb = code;
    v.level = level;
    const double wt = rng.uniform();
    v.working_time = wt < 0.70 ? kVollzeit : wt < 0.90 ? kTeilzeit : (kVollzeit | kTeilzeit);
    if (rng.uniform() < 0.10) v.working_time |= kSchicht;
    if (rng.uniform() < 0.15) v.working_time |= kHomeoffice;
    if (rng.uniform() < 0.9)
      v.start_day = o.first_start_day + static_cast<int>(rng.below(static_cast<std::uint64_t>(o.start_span_days)));
    const int n_loc = rng.uniform() < o.multi_location_share ? 2 + static_cast<int>(rng.below(2)) : 1;
    for (int l = 0; l < n_loc; ++l) {
      const std::uint32_t place = pick(rng);
      const std::uint64_t sites = 1 + std::min<std::uint64_t>(199, places[place].population / 5000);
      v.locations.push_back(site_location(places, place, rng.below(sites)));
    }
  }
  return out;
}

}  // namespace fw::match
