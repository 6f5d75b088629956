#include "bench_setup.hpp"

#include <cstdio>
#include <cstdlib>
#include <set>

namespace fw::match::bench {

PlaceTable load_places_or_die(const std::string& path) {
  auto t = load_places(path.empty() ? std::string(FACHWERK_SOURCE_DIR "/data/places.csv") : path);
  if (!t) {
    std::fprintf(stderr, "cannot load places: %s %s\n", t.error().key.c_str(), t.error().field.c_str());
    std::exit(1);
  }
  return std::move(*t);
}

std::vector<std::string> kreise_around(const PlaceTable& places, std::uint32_t place, double radius_km) {
  std::set<std::string> out;
  for (const auto& p : places.all())
    if (great_circle_km(p.p, places[place].p) <= radius_km) out.insert(p.kreis_ags);
  return {out.begin(), out.end()};
}

namespace {

PartnerRequest request(Rng& rng, double minutes, Mode mode) {
  PartnerRequest r;
  r.occupations = {{random_kldb(rng), 0}};
  r.working_time = rng.uniform() < 0.5 ? kVollzeit : 0;
  r.earliest_start = 20'454 + static_cast<int>(rng.below(365));
  r.max_minutes = minutes;
  r.mode = mode;
  return r;
}

Mode some_mode(Rng& rng) {
  const double u = rng.uniform();
  return u < 0.7 ? Mode::car : u < 0.9 ? Mode::pt : Mode::bike;
}

}  // namespace

std::vector<AnchoredQuery> anchored_queries(const PlaceTable& places, std::size_t n, std::uint64_t seed) {
  Rng rng(seed);
  const PlacePicker pick(places);
  std::vector<AnchoredQuery> out;
  for (std::size_t i = 0; i < n; ++i) {
    const Place& p = places[pick(rng)];
    AnchoredQuery q;
    const Mode mode = some_mode(rng);
    q.partner = request(rng, mode == Mode::car ? 45 : mode == Mode::pt ? 60 : 30, mode);
    q.anchor = Anchor{p.lat, p.lon, 40, Mode::car};
    out.push_back(std::move(q));
  }
  return out;
}

std::vector<CoupleQuery> couple_region_queries(const PlaceTable& places, std::size_t n, std::uint64_t seed) {
  Rng rng(seed);
  const auto& big = places.by_population();
  std::vector<CoupleQuery> out;
  for (std::size_t i = 0; i < n; ++i) {
    CoupleQuery q;
    q.a = request(rng, 45, Mode::car);
    q.b = request(rng, rng.uniform() < 0.7 ? 45 : 60, rng.uniform() < 0.7 ? Mode::car : Mode::pt);
    q.region = Region{kreise_around(places, big[rng.below(40)], 60)};
    out.push_back(std::move(q));
  }
  return out;
}

std::vector<CoupleQuery> couple_nationwide_queries(std::size_t n, std::uint64_t seed) {
  Rng rng(seed);
  std::vector<CoupleQuery> out;
  for (std::size_t i = 0; i < n; ++i) {
    CoupleQuery q;
    q.a = request(rng, 45, Mode::car);
    q.b = request(rng, 45, some_mode(rng));
    out.push_back(std::move(q));
  }
  return out;
}

}  // namespace fw::match::bench
