// Shared by the matcher benchmarks: the generated data set and the fixed query sets.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "engine/match/generate.hpp"
#include "engine/match/places.hpp"
#include "engine/match/query.hpp"

namespace fw::match::bench {

// data/places.csv of the source tree (FACHWERK_SOURCE_DIR), or the path given.
PlaceTable load_places_or_die(const std::string& path = {});

// Kreise whose places lie within radius_km of the place (a region "around a city").
std::vector<std::string> kreise_around(const PlaceTable& places, std::uint32_t place, double radius_km);

// The fixed query sets. Anchors and homes are drawn by population from `seed`; occupations
// from the generator's distribution, so that queries hit where the vacancies are.
std::vector<AnchoredQuery> anchored_queries(const PlaceTable& places, std::size_t n, std::uint64_t seed);
// Couples in a region: the Kreise within 60 km of one of the 40 largest places.
std::vector<CoupleQuery> couple_region_queries(const PlaceTable& places, std::size_t n, std::uint64_t seed);
// Couples with homes anywhere in Germany.
std::vector<CoupleQuery> couple_nationwide_queries(std::size_t n, std::uint64_t seed);

}  // namespace fw::match::bench
