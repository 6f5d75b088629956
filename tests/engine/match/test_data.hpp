// Shared fixtures of the matcher tests: the reference places (data/places.csv, loaded once)
// and seeded random vacancies concentrated in a test region, so that searches find plenty.
#pragma once

#include <cstdint>
#include <vector>

#include "engine/match/generate.hpp"
#include "engine/match/places.hpp"
#include "engine/match/query.hpp"
#include "engine/match/vacancy.hpp"

namespace fw::match::test {

const PlaceTable& places();  // data/places.csv via FACHWERK_SOURCE_DIR

// Codes the generated vacancies and requests draw from: a few groups with several 4- and
// 5-digit codes each, so that every fit level (1.0, 0.8, 0.6, 0.3, 0) occurs.
const std::vector<const char*>& test_codes();

// `n` open vacancies at places inside the box (lat0..lat1, lon0..lon1), jittered up to ~3 km,
// ids first_id…; 5 % with two locations, 10 % at a site shared with the previous vacancy.
std::vector<Vacancy> region_vacancies(std::size_t n, std::uint64_t seed, std::int64_t first_id = 1, double lat0 = 48.4,
                                      double lat1 = 49.3, double lon0 = 9.4, double lon1 = 10.6);

// A random request from test_codes() with the given limit and mode.
PartnerRequest random_request(Rng& rng, double max_minutes, Mode mode);

}  // namespace fw::match::test
