#include "test_data.hpp"

#include <gtest/gtest.h>

namespace fw::match::test {

const PlaceTable& places() {
  static const PlaceTable table = [] {
    auto t = load_places(FACHWERK_SOURCE_DIR "/data/places.csv");
    if (!t) throw std::runtime_error("cannot load data/places.csv: " + t.error().key + " " + t.error().field);
    return std::move(*t);
  }();
  return table;
}

const std::vector<const char*>& test_codes() {
  static const std::vector<const char*> codes = {"43104", "43103", "43102", "43112", "43113", "4310",  "431",
                                                 "43412", "81302", "81303", "81312", "8130",  "81313", "82102",
                                                 "82101", "71402", "71403", "25102", "26122", "26112"};
  return codes;
}

std::vector<Vacancy> region_vacancies(std::size_t n, std::uint64_t seed, std::int64_t first_id, double lat0,
                                      double lat1, double lon0, double lon1) {
  const PlaceTable& all = places();
  std::vector<std::uint32_t> in_box;
  for (std::uint32_t i = 0; i < all.size(); ++i)
    if (all[i].lat >= lat0 && all[i].lat <= lat1 && all[i].lon >= lon0 && all[i].lon <= lon1) in_box.push_back(i);
  Rng rng(seed);
  auto location = [&] {
    const Place& p = all[in_box[rng.below(in_box.size())]];
    return Location{p.lat + (rng.uniform() - 0.5) * 0.05, p.lon + (rng.uniform() - 0.5) * 0.07};
  };
  std::vector<Vacancy> out;
  for (std::size_t i = 0; i < n; ++i) {
    Vacancy v;
    v.id = first_id + static_cast<std::int64_t>(i);
    v.kldb = test_codes()[rng.below(test_codes().size())];
    v.level = v.kldb.size() == 5 ? 0 : 1 + static_cast<int>(rng.below(4));
    v.working_time = rng.uniform() < 0.8 ? kVollzeit : kTeilzeit;
    if (rng.uniform() < 0.85) v.start_day = 20'454 + static_cast<int>(rng.below(400));
    if (!out.empty() && rng.uniform() < 0.10) {
      v.locations = {out.back().locations.front()};
    } else {
      v.locations = {location()};
      if (rng.uniform() < 0.05) v.locations.push_back(location());
    }
    out.push_back(std::move(v));
  }
  return out;
}

PartnerRequest random_request(Rng& rng, double max_minutes, Mode mode) {
  PartnerRequest r;
  r.occupations.push_back({test_codes()[rng.below(test_codes().size())], 0});
  if (r.occupations[0].kldb.size() < 5) r.occupations[0].level = 2;
  if (rng.uniform() < 0.3) r.occupations.push_back({test_codes()[rng.below(test_codes().size())], 0});
  if (r.occupations.back().kldb.size() < 5) r.occupations.back().level = 2;
  r.working_time = rng.uniform() < 0.7 ? kVollzeit : 0;
  r.earliest_start = 20'454 + static_cast<int>(rng.below(300));
  r.max_minutes = max_minutes;
  r.mode = mode;
  return r;
}

}  // namespace fw::match::test
