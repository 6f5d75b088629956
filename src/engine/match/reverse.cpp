#include "engine/match/reverse.hpp"

#include <algorithm>
#include <tuple>

namespace fw::match {
namespace {

std::bitset<kBucketCount> bucket_set(const PreparedPerson& p) {
  std::bitset<kBucketCount> b;
  for (int x : p.buckets) b.set(static_cast<std::size_t>(x));
  return b;
}

// The new vacancy's locations resolved like the index does (nearest place → Gemeinde).
struct Loc {
  Vec3 p;
  double lat, lon;
  std::uint32_t gemeinde;
};

double minutes_from(const CommuteModel& commute, const detail::Home& h, const std::vector<Loc>& locs, Mode mode) {
  double best = 1e300;
  for (const auto& l : locs) best = std::min(best, commute.minutes(h.gemeinde, l.gemeinde, chord2(h.p, l.p), mode));
  return best;
}

}  // namespace

Result<void> CaseBook::upsert(std::int64_t case_id, const AnchoredQuery& q) {
  FW_TRY_VOID(check_common(q.min_fit, q.limit, q.options));
  AnchoredCase c{FW_TRY(prepare_person(q.partner, "partner", q.min_fit, m_.fit_config())), {}};
  if (!q.anchor && !q.home) return fail(ErrorCode::invalid_argument, "match.anchor_missing", "anchor");
  if (q.home) {
    FW_TRY_VOID(check_point(q.home->lat, q.home->lon, "home"));
    c.homes.push_back(detail::fixed_home(m_.index().places(), *q.home));
  } else {
    FW_TRY_VOID(check_point(q.anchor->lat, q.anchor->lon, "anchor"));
    FW_TRY_VOID(check_minutes(q.anchor->max_minutes, "anchor.max_minutes"));
    for (auto& h : detail::anchor_homes(m_.index().places(), m_.commute(), *q.anchor, 0))
      if (h.strict) c.homes.push_back(h);
  }
  const auto buckets = bucket_set(c.partner);
  cases_[case_id] = Case{std::move(c), buckets};
  return {};
}

Result<void> CaseBook::upsert(std::int64_t case_id, const CoupleQuery& q) {
  FW_TRY_VOID(check_common(q.min_fit, q.limit, q.options));
  CoupleCase c{FW_TRY(prepare_person(q.a, "a", q.min_fit, m_.fit_config())),
               FW_TRY(prepare_person(q.b, "b", q.min_fit, m_.fit_config())),
               {}};
  const PlaceTable& places = m_.index().places();
  if (q.region && !q.region->kreise.empty()) {
    c.in_region.assign(places.size(), 0);
    for (std::size_t i = 0; i < q.region->kreise.size(); ++i) {
      const int k = places.find_kreis(q.region->kreise[i]);
      if (k < 0)
        return fail(ErrorCode::invalid_argument, "match.kreis_unknown", "region.kreise[" + std::to_string(i) + "]",
                    q.region->kreise[i]);
      for (std::uint32_t p = 0; p < places.size(); ++p)
        if (places[p].kreis == static_cast<std::uint32_t>(k)) c.in_region[p] = 1;
    }
  }
  const auto buckets = bucket_set(c.a) | bucket_set(c.b);
  cases_[case_id] = Case{std::move(c), buckets};
  return {};
}

bool CaseBook::other_within(const PreparedPerson& p, const detail::Home& h, std::int64_t self) const {
  const VacancyIndex& index = m_.index();
  const CommuteModel& commute = m_.commute();
  const Reach r = commute.reach(p.mode, p.limit, index.max_snap_km());
  bool found = false;
  detail::for_cells(Grid::span(h.lat, h.lon, r.radius_km), [&](std::uint32_t cell) {
    for (std::size_t bp = 0; bp < p.buckets.size(); ++bp) {
      if (found) return;
      for (const Entry& e : index.entries(p.buckets[bp], cell)) {
        if (p.accept(e, bp) < 0 || !commute.within(h.gemeinde, e.gemeinde, chord2(h.p, e.p), r)) continue;
        if (e.id != self) {
          found = true;
          break;
        }
      }
    }
  });
  return found;
}

Result<std::vector<CaseHit>> CaseBook::cases_for(const Vacancy& v) const {
  const VacRec rec = FW_TRY(validate_vacancy(v));
  const PlaceTable& places = m_.index().places();
  const CommuteModel& commute = m_.commute();
  std::vector<Loc> locs;
  for (const auto& l : v.locations) {
    const Vec3 p = to_vec3(l.lat, l.lon);
    locs.push_back({p, l.lat, l.lon, places[places.nearest(p, l.lat, l.lon)].gemeinde});
  }
  std::vector<CaseHit> hits;
  if (v.status != VacancyStatus::open) return hits;
  for (const auto& [id, c] : cases_) {
    if (!c.buckets.test(rec.bucket)) continue;
    if (const auto* ac = std::get_if<AnchoredCase>(&c.request)) {
      const double fit = ac->partner.accept(m_.fit_config(), rec);
      if (fit < 0) continue;
      double best = 1e300;
      for (const auto& h : ac->homes) best = std::min(best, minutes_from(commute, h, locs, ac->partner.mode));
      if (best <= ac->partner.limit) hits.push_back({id, "partner", fit, best});
      continue;
    }
    const auto& cc = std::get<CoupleCase>(c.request);
    for (int role = 0; role < 2; ++role) {
      const PreparedPerson& self = role == 0 ? cc.a : cc.b;
      const PreparedPerson& other = role == 0 ? cc.b : cc.a;
      const double fit = self.accept(m_.fit_config(), rec);
      if (fit < 0) continue;
      const Reach r = commute.reach(self.mode, self.limit, m_.index().max_snap_km());
      double best = 1e300;
      for (const auto& l : locs) {
        detail::for_cells(Grid::span(l.lat, l.lon, r.radius_km), [&](std::uint32_t cell) {
          for (auto p : places.in_cell(cell)) {
            if (!cc.in_region.empty() && !cc.in_region[p]) continue;
            const Place& pl = places[p];
            const detail::Home h{pl.p, pl.lat, pl.lon, pl.gemeinde, static_cast<std::int32_t>(p), 0, true};
            const double mins = minutes_from(commute, h, locs, self.mode);
            if (mins <= self.limit && mins < best && other_within(other, h, v.id)) best = mins;
          }
        });
      }
      if (best <= self.limit) hits.push_back({id, role == 0 ? "a" : "b", fit, best});
    }
  }
  std::sort(hits.begin(), hits.end(), [](const CaseHit& x, const CaseHit& y) {
    return std::tie(x.case_id, x.role) < std::tie(y.case_id, y.role);
  });
  return hits;
}

}  // namespace fw::match
