// Internal state of one anchored search (anchored_search.cpp; entry point in anchored.cpp).
//
// 1. gather: every vacancy location of the person's buckets in reach of the homes is tested
//    for feasibility under the strict limits and under limits + tolerance. Grid cells fully
//    covered by some home's reach (or by none) are decided once for all their vacancies.
// 2. top: feasible locations in order of an upper bound of their score, from the triangle
//    inequality (home between anchor and workplace); the exact best home is computed only
//    until the k-th best exact score reaches the next bound.
// 3. options: for the k results, every feasible home (count, best homes).
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "engine/match/matcher.hpp"
#include "engine/match/search_common.hpp"

namespace fw::match::detail {

// One feasible vacancy location.
struct AnchoredCand {
  Vec3 p;
  std::uint32_t gemeinde = 0;
  std::int64_t id = 0;
  double c = 0;   // part_constant of the vacancy
  double lb = 0;  // lower bound of anchor + partner minutes over all homes
  bool multi = false;
};

// The limits of one pass: strict, or raised by the tolerance.
struct Limits {
  Reach partner;
  double anchor = 0;  // anchor limit (0 with a fixed home)
  double slope = 0;   // k of the score
  bool strict = true;
};

struct AnchoredSearch {
  AnchoredSearch(const Matcher& matcher, const AnchoredQuery& query, const PreparedPerson& p)
      : m(matcher), q(query), person(p) {}

  const Matcher& m;
  const AnchoredQuery& q;
  const PreparedPerson& person;
  const CommuteModel& commute = m.commute();
  const VacancyIndex& index = m.index();
  std::vector<Home> homes;
  HomeGrid grid{homes};
  double tol = q.options.tolerance_minutes;
  Limits strict, relaxed;
  std::vector<AnchoredCand> cands;                  // strictly feasible locations
  std::vector<AnchoredCand> near_cands;             // feasible only with tolerance (kept for near misses)
  std::size_t strict_count = 0, relaxed_count = 0;  // feasible vacancies
  std::vector<std::int64_t> strict_multi;           // sorted ids of feasible multi-location vacancies

  void init();  // homes, grid, limits
  void gather();
  // The k best vacancies (id, score): strict, or feasible only with tolerance (near misses).
  std::vector<std::pair<std::int64_t, double>> top(bool near_miss, std::size_t k);
  // Homes reaching a location within the limits whose total minutes are within 1e-9 of the
  // least (usually one): (home, partner minutes).
  std::vector<std::pair<std::uint32_t, double>> best_homes(const Vec3& p, std::uint32_t gemeinde,
                                                           const Limits& l) const;
  // The `want` best feasible homes of a vacancy under the limits, best first, and how many
  // feasible homes there are in all.
  struct Option {
    double score, total, partner;
    std::uint32_t home;
  };
  std::vector<Option> options(const VacRec& v, const Limits& l, double c, std::size_t want,
                              std::size_t& feasible) const;

 private:
  double lower_bound(const Vec3& p, const Limits& l) const;
  void choose_probes();
  std::vector<std::uint32_t> probes_strict_, probes_all_;  // see cover()
  Vec3 origin_;                                            // anchor or fixed home
  double origin_km_ = 0;                                   // homes lie within this distance of the origin
};

}  // namespace fw::match::detail
