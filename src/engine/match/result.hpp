// What a search returns. All numbers are in the units of the model (minutes, km, [0,1]).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fw::match {

// One person's commute from a home: role "anchor" | "partner" (anchored) or "a" | "b" (couple).
struct Commute {
  std::string role;
  double minutes = 0;
  double limit = 0;
};

struct HomeOption {
  std::int64_t place_id = 0;  // GeoNames id; 0 for a fixed home that is not a reference place
  std::string name;
  std::string gemeinde_ags;
  double lat = 0, lon = 0;
  std::vector<Commute> commutes;
  double total_minutes = 0;
};

// One term of the score: value in [0,1], its weight, and a German sentence for the UI.
struct Component {
  std::string name;  // "fit" | "commute" | "start"
  double value = 0;
  double weight = 0;
  std::string text;
};

struct Match {
  std::vector<std::int64_t> vacancy_ids;  // one (anchored) or two: a's, then b's
  double score = 0;                       // in [0,1]
  std::vector<double> fits;               // per vacancy
  std::vector<HomeOption> best_homes;     // lowest total minutes first
  std::size_t feasible_homes = 0;
  std::vector<Component> components;
};

// A result that misses the limits by at most the tolerance, with the reasons in German,
// e.g. "Pendelzeit Partner 52 min > 45 min".
struct NearMiss {
  std::vector<std::int64_t> vacancy_ids;
  double score = 0;  // as if the limits were raised by the tolerance
  HomeOption home;   // the best home under the raised limits
  std::vector<std::string> reasons;
};

struct SearchResult {
  std::vector<Match> matches;  // best first: score desc, then vacancy ids asc
  // All feasible results (vacancies or pairs) and how many more +tolerance minutes would give.
  // nullopt when a couple search skipped counting (see SearchOptions::count_budget).
  std::optional<std::size_t> feasible;
  std::optional<std::size_t> more_with_tolerance;
  std::vector<NearMiss> near_misses;
  std::size_t homes_considered = 0;  // homes satisfying the anchor/region part
};

}  // namespace fw::match
