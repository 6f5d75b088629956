// Couple search: entry point and result assembly. The best pairs: couple_pairs.cpp; counts,
// feasibility checks and per-pair homes: couple_count.cpp.
#include <algorithm>
#include <limits>
#include <queue>

#include "engine/match/couple_search.hpp"

namespace fw::match {
namespace detail {

Home CoupleSearch::home_of(std::uint32_t place) const {
  const Place& p = places[place];
  return {p.p, p.lat, p.lon, p.gemeinde, static_cast<std::int32_t>(place), 0, true};
}

}  // namespace detail

namespace {

Match make_match(const detail::CoupleSearch& s, const VacRec& a, const VacRec& b, double score,
                 std::vector<std::pair<double, HomeOption>> opts, std::size_t feasible) {
  const ScoreConfig& sc = s.m.score_config();
  const FitConfig& fc = s.m.fit_config();
  const auto ta = detail::terms_of(s.pa, fc, sc, a), tb = detail::terms_of(s.pb, fc, sc, b);
  Match match;
  match.vacancy_ids = {a.id, b.id};
  match.score = score;
  match.fits = {ta.fit, tb.fit};
  match.feasible_homes = feasible;
  const double sum_limits = s.pa.limit + s.pb.limit;
  const double commute_value =
      opts.empty() || sum_limits <= 0 ? 1.0 : 1.0 - opts.front().second.total_minutes / sum_limits;
  std::string where;
  if (!opts.empty()) {
    const auto& o = opts.front().second;
    where = o.name + ": A " + detail::minutes_text(o.commutes[0].minutes) + " (max. " +
            detail::minutes_text(s.pa.limit) + "), B " + detail::minutes_text(o.commutes[1].minutes) + " (max. " +
            detail::minutes_text(s.pb.limit) + ")";
  }
  match.components = {{"fit", (ta.fit + tb.fit) / 2, sc.w_fit,
                       "A: " + detail::fit_text(s.pa, fc, a, ta.fit) + "; B: " + detail::fit_text(s.pb, fc, b, tb.fit)},
                      {"commute", commute_value, sc.w_commute,
                       "Bester gemeinsamer Wohnort " + where + "; " + std::to_string(feasible) + " mögliche Wohnorte"},
                      {"start", (ta.start + tb.start) / 2, sc.w_start,
                       "A: " + detail::start_text(s.pa, a) + "; B: " + detail::start_text(s.pb, b)}};
  for (std::size_t i = 0; i < opts.size() && i < static_cast<std::size_t>(s.q.options.best_homes); ++i)
    match.best_homes.push_back(std::move(opts[i].second));
  return match;
}

}  // namespace

Result<SearchResult> Matcher::couple(const CoupleQuery& q) const {
  FW_TRY_VOID(check_common(q.min_fit, q.limit, q.options));
  const PreparedPerson pa = FW_TRY(prepare_person(q.a, "a", q.min_fit, fit_));
  const PreparedPerson pb = FW_TRY(prepare_person(q.b, "b", q.min_fit, fit_));
  detail::CoupleSearch s(*this, q, pa, pb);
  const PlaceTable& places = index_.places();
  if (q.region && !q.region->kreise.empty()) {
    std::vector<std::uint8_t> kreis_in(places.kreis_ags().size(), 0);
    for (std::size_t i = 0; i < q.region->kreise.size(); ++i) {
      const int k = places.find_kreis(q.region->kreise[i]);
      if (k < 0)
        return fail(ErrorCode::invalid_argument, "match.kreis_unknown", "region.kreise[" + std::to_string(i) + "]",
                    q.region->kreise[i]);
      kreis_in[static_cast<std::size_t>(k)] = 1;
    }
    s.in_region.assign(places.size(), 0);
    s.region_box = {Grid::kRows, -1, Grid::kCols, -1};
    for (std::uint32_t i = 0; i < places.size(); ++i) {
      if (!kreis_in[places[i].kreis]) continue;
      s.in_region[i] = 1;
      const int r = Grid::row_of(places[i].lat), c = Grid::col_of(places[i].lon);
      s.region_box = {std::min(s.region_box.row0, r), std::max(s.region_box.row1, r), std::min(s.region_box.col0, c),
                      std::max(s.region_box.col1, c)};
    }
  }
  for (auto i : places.by_population())
    if (s.is_home(i)) s.home_order.push_back(i);
  const double snap = index_.max_snap_km();
  s.sa = commute_.reach(pa.mode, pa.limit, snap);
  s.sb = commute_.reach(pb.mode, pb.limit, snap);
  s.ra = commute_.reach(pa.mode, pa.limit + s.tol, snap);
  s.rb = commute_.reach(pb.mode, pb.limit + s.tol, snap);
  s.k_strict = part_slope(score_, pa.limit + pb.limit);
  s.k_relaxed = part_slope(score_, pa.limit + pb.limit + 2 * s.tol);

  SearchResult out;
  out.homes_considered = s.home_order.size();
  if (s.ta.empty() || s.tb.empty()) {
    out.feasible = 0;
    out.more_with_tolerance = 0;
    return out;
  }
  if (const auto counts = s.count()) {
    out.feasible = counts->first;
    out.more_with_tolerance = counts->second - counts->first;
  }
  for (const auto& [ids, score] : s.top_pairs(static_cast<std::size_t>(q.limit), false)) {
    const VacRec& a = *index_.find(ids.first);
    const VacRec& b = *index_.find(ids.second);
    const auto ta = detail::terms_of(pa, fit_, score_, a), tb = detail::terms_of(pb, fit_, score_, b);
    std::size_t feasible = 0;
    auto opts = s.options(a, b, false, part_constant(score_, ta.fit, ta.start, 2),
                          part_constant(score_, tb.fit, tb.start, 2), feasible);
    out.matches.push_back(make_match(s, a, b, score, std::move(opts), feasible));
  }
  // Near misses: the pairs that would enter the list if both limits were raised by the
  // tolerance (the best limit + near_misses pairs under raised limits that are not feasible).
  // Without counts (over the count budget) there are plenty of results; near misses are skipped.
  if (q.options.near_misses > 0 && out.more_with_tolerance.value_or(0) > 0) {
    const auto wider = s.top_pairs(static_cast<std::size_t>(q.limit + q.options.near_misses), true);
    for (const auto& [ids, score] : wider) {
      if (out.near_misses.size() >= static_cast<std::size_t>(q.options.near_misses)) break;
      const VacRec& a = *index_.find(ids.first);
      const VacRec& b = *index_.find(ids.second);
      if (s.strictly_feasible(a.id, b.id)) continue;
      const auto ta = detail::terms_of(pa, fit_, score_, a), tb = detail::terms_of(pb, fit_, score_, b);
      std::size_t n = 0;
      auto opts = s.options(a, b, true, part_constant(score_, ta.fit, ta.start, 2),
                            part_constant(score_, tb.fit, tb.start, 2), n);
      if (opts.empty()) continue;
      NearMiss miss;
      miss.vacancy_ids = {a.id, b.id};
      miss.score = score;
      miss.home = std::move(opts.front().second);
      for (const auto& c : miss.home.commutes)
        if (c.minutes > c.limit)
          miss.reasons.push_back(detail::over_text(c.role == "a" ? "A" : "B", c.minutes, c.limit));
      out.near_misses.push_back(std::move(miss));
    }
  }
  return out;
}

}  // namespace fw::match
