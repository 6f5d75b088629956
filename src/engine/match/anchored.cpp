// Anchored search: entry point and result assembly (the search itself: anchored_search.cpp).
#include <algorithm>

#include "engine/match/anchored_search.hpp"

namespace fw::match {
namespace {

using detail::AnchoredSearch;

HomeOption make_option(const AnchoredSearch& s, const AnchoredSearch::Option& o) {
  const detail::Home& h = s.homes[o.home];
  HomeOption out = detail::home_option(s.index, h);
  if (!s.q.home) out.commutes.push_back({"anchor", h.anchor_minutes, s.q.anchor->max_minutes});
  out.commutes.push_back({"partner", o.partner, s.person.limit});
  out.total_minutes = o.total;
  return out;
}

Match make_match(const AnchoredSearch& s, const VacRec& v, double score) {
  const ScoreConfig& sc = s.m.score_config();
  const FitConfig& fc = s.m.fit_config();
  const auto t = detail::terms_of(s.person, fc, sc, v);
  Match match;
  const auto want = static_cast<std::size_t>(std::max(1, s.q.options.best_homes));
  const auto opts = s.options(v, s.strict, part_constant(sc, t.fit, t.start, 1), want, match.feasible_homes);
  match.vacancy_ids = {v.id};
  match.score = score;
  match.fits = {t.fit};
  for (std::size_t i = 0; i < opts.size() && i < static_cast<std::size_t>(s.q.options.best_homes); ++i)
    match.best_homes.push_back(make_option(s, opts[i]));
  const double sum_limits = s.strict.anchor + s.person.limit;
  double commute_value = 1.0;
  std::string where;
  if (!opts.empty()) {
    const HomeOption best = make_option(s, opts.front());
    if (sum_limits > 0) commute_value = 1.0 - best.total_minutes / sum_limits;
    where = best.name + ": ";
    for (std::size_t i = 0; i < best.commutes.size(); ++i) {
      const auto& c = best.commutes[i];
      where += (i ? ", " : "") + std::string(c.role == "anchor" ? "Anker " : "Partner ") +
               detail::minutes_text(c.minutes) + " (max. " + detail::minutes_text(c.limit) + ")";
    }
    where += "; " + std::to_string(match.feasible_homes) + " mögliche Wohnorte";
  }
  match.components = {{"fit", t.fit, sc.w_fit, detail::fit_text(s.person, fc, v, t.fit)},
                      {"commute", commute_value, sc.w_commute, "Bester Wohnort " + where},
                      {"start", t.start, sc.w_start, detail::start_text(s.person, v)}};
  return match;
}

}  // namespace

Result<SearchResult> Matcher::anchored(const AnchoredQuery& q) const {
  FW_TRY_VOID(check_common(q.min_fit, q.limit, q.options));
  const PreparedPerson person = FW_TRY(prepare_person(q.partner, "partner", q.min_fit, fit_));
  if (!q.anchor && !q.home) return fail(ErrorCode::invalid_argument, "match.anchor_missing", "anchor");
  if (q.anchor) {
    FW_TRY_VOID(check_point(q.anchor->lat, q.anchor->lon, "anchor"));
    FW_TRY_VOID(check_minutes(q.anchor->max_minutes, "anchor.max_minutes"));
  }
  if (q.home) FW_TRY_VOID(check_point(q.home->lat, q.home->lon, "home"));

  AnchoredSearch s(*this, q, person);
  s.init();
  s.gather();
  SearchResult out;
  out.homes_considered =
      static_cast<std::size_t>(std::count_if(s.homes.begin(), s.homes.end(), [](const auto& h) { return h.strict; }));
  out.feasible = s.strict_count;
  out.more_with_tolerance = s.relaxed_count - s.strict_count;
  for (const auto& [id, score] : s.top(false, static_cast<std::size_t>(q.limit)))
    out.matches.push_back(make_match(s, *index_.find(id), score));

  if (q.options.near_misses > 0 && out.more_with_tolerance > 0u) {
    for (const auto& [id, score] : s.top(true, static_cast<std::size_t>(q.options.near_misses))) {
      const VacRec& v = *index_.find(id);
      const auto t = detail::terms_of(person, fit_, score_, v);
      std::size_t n = 0;
      const auto opts = s.options(v, s.relaxed, part_constant(score_, t.fit, t.start, 1), 1, n);
      if (opts.empty()) continue;
      NearMiss miss;
      miss.vacancy_ids = {id};
      miss.score = score;
      miss.home = make_option(s, opts.front());
      for (const auto& c : miss.home.commutes)
        if (c.minutes > c.limit)
          miss.reasons.push_back(detail::over_text(c.role == "anchor" ? "Anker" : "Partner", c.minutes, c.limit));
      out.near_misses.push_back(std::move(miss));
    }
  }
  return out;
}

}  // namespace fw::match
