// The reference enumeration the engine must equal: every home × every vacancy (× every
// vacancy), no index, no grid, no pruning; only the model functions (commute minutes, fit,
// score parts) are shared with the engine, because they *are* the specification.
#pragma once

#include <cstdint>
#include <vector>

#include "engine/match/commute.hpp"
#include "engine/match/kldb.hpp"
#include "engine/match/places.hpp"
#include "engine/match/query.hpp"
#include "engine/match/score.hpp"
#include "engine/match/vacancy.hpp"

namespace fw::match::test {

struct Brute {
  std::vector<std::pair<std::vector<std::int64_t>, double>> results;  // score desc, ids asc
  std::size_t feasible = 0;
  std::size_t relaxed = 0;  // feasible with limits + tolerance
};

Brute brute_anchored(const std::vector<Vacancy>& vacancies, const PlaceTable& places, const CommuteModel& commute,
                     const FitConfig& fit, const ScoreConfig& score, const AnchoredQuery& q);
Brute brute_couple(const std::vector<Vacancy>& vacancies, const PlaceTable& places, const CommuteModel& commute,
                   const FitConfig& fit, const ScoreConfig& score, const CoupleQuery& q);

}  // namespace fw::match::test
