// Internal state of one couple search (couple.cpp: entry point and results; couple_pairs.cpp:
// the best pairs; couple_count.cpp: pair counts, strict-feasibility checks, per-pair homes).
#pragma once

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

#include "engine/match/matcher.hpp"
#include "engine/match/search_common.hpp"
#include "engine/match/sites.hpp"
#include "engine/match/topk.hpp"

namespace fw::match::detail {

using PairTop = TopK<std::pair<std::int64_t, std::int64_t>, PairHash>;

struct CoupleSearch {
  CoupleSearch(const Matcher& matcher, const CoupleQuery& query, const PreparedPerson& a, const PreparedPerson& b)
      : m(matcher), q(query), pa(a), pb(b) {}

  const Matcher& m;
  const CoupleQuery& q;
  const PreparedPerson& pa;
  const PreparedPerson& pb;
  const CommuteModel& commute = m.commute();
  const VacancyIndex& index = m.index();
  const PlaceTable& places = index.places();
  double tol = q.options.tolerance_minutes;
  std::vector<std::uint8_t> in_region;    // per place; empty = every place is a home
  std::vector<std::uint32_t> home_order;  // homes by population, largest first
  Grid::Span region_box{0, Grid::kRows - 1, 0, Grid::kCols - 1};
  Reach sa, sb, ra, rb;  // strict and relaxed reach of a and b
  double k_strict = 0, k_relaxed = 0;
  SiteTable ta{index, pa, m.fit_config(), m.score_config(), 2};
  SiteTable tb{index, pb, m.fit_config(), m.score_config(), 2};
  std::unordered_map<std::pair<std::int64_t, std::int64_t>, bool, PairHash> strict_cache;

  bool is_home(std::uint32_t place) const { return in_region.empty() || in_region[place]; }
  Home home_of(std::uint32_t place) const;
  template <class F>
  void near_homes(double lat, double lon, double radius_km, F&& f) const {
    for_cells(Grid::span(lat, lon, radius_km), [&](std::uint32_t cell) {
      for (auto i : places.in_cell(cell))
        if (is_home(i)) f(i);
    });
  }

  // The k best pairs under the strict limits, or under the limits raised by the tolerance
  // (couple_pairs.cpp: best first over pairs of sites).
  std::vector<std::pair<std::pair<std::int64_t, std::int64_t>, double>> top_pairs(std::size_t k, bool relaxed);
  // Lower bound of a's plus b's minutes from any home to two sites `d` km apart, and the
  // largest d whose bound is within `minutes` (-1: none).
  double pair_lb(double d, bool relaxed) const;
  double pair_radius(double minutes, bool relaxed) const;
  // The homes with the least total minutes (within 1e-9) reaching both sites within the
  // limits: (place, (minutes a, minutes b)).
  std::vector<std::pair<std::uint32_t, std::pair<double, double>>> common_homes(const Site& a, const Site& b,
                                                                                bool relaxed) const;
  // Offers the best vacancy pairs of two sites (at most k, all scoring ≥ best's threshold).
  void evaluate(const Site& a, const Site& b, bool relaxed, std::size_t k, PairTop& best) const;
  // Whether some home is within both strict limits of the pair.
  bool strictly_feasible(std::int64_t a_id, std::int64_t b_id);
  // Feasible pairs under the strict and relaxed limits; nullopt over the count budget.
  std::optional<std::pair<std::size_t, std::size_t>> count();
  // Every feasible home of the pair, best first (score, option); `feasible` = how many.
  std::vector<std::pair<double, HomeOption>> options(const VacRec& a, const VacRec& b, bool relaxed, double ca,
                                                     double cb, std::size_t& feasible);
};

}  // namespace fw::match::detail
