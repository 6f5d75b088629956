#include "brute_force.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace fw::match::test {
namespace {

std::uint32_t nearest(const PlaceTable& places, const Vec3& p) {
  std::uint32_t best = 0;
  for (std::uint32_t i = 1; i < places.size(); ++i)
    if (chord2(p, places[i].p) < chord2(p, places[best].p)) best = i;
  return best;
}

struct Loc {
  Vec3 p;
  std::uint32_t g;
};

// An acceptable vacancy for one person: id, part constant, locations.
struct Cand {
  std::int64_t id;
  double c;
  std::vector<Loc> locs;
};

std::vector<Cand> candidates(const std::vector<Vacancy>& vs, const PlaceTable& places, const FitConfig& fit,
                             const ScoreConfig& score, const PartnerRequest& r, double min_fit, int persons) {
  std::vector<Cand> out;
  for (const auto& v : vs) {
    if (v.status != VacancyStatus::open || !working_time_compatible(r.working_time, v.working_time)) continue;
    const KldbCode code = *parse_kldb(v.kldb, "");
    const int level = v.level ? v.level : level_of(code);
    double best = 0;
    for (const auto& o : r.occupations)
      best = std::max(best, occupation_fit(fit, *parse_kldb(o.kldb, ""), o.level, code, level));
    if (best < min_fit) continue;
    Cand c{v.id, part_constant(score, best, start_component(score, v.start_day, r.earliest_start), persons), {}};
    for (const auto& l : v.locations) {
      const Vec3 p = to_vec3(l.lat, l.lon);
      c.locs.push_back({p, places[nearest(places, p)].gemeinde});
    }
    out.push_back(std::move(c));
  }
  return out;
}

double minutes(const CommuteModel& commute, const Place& h, const Cand& c, Mode mode) {
  double best = 1e300;
  for (const auto& l : c.locs) {
    const double c2 = chord2(h.p, l.p);
    if (!commute.has_matrix() && c2 > 0.0025) continue;  // > 318 km: beyond any 240-minute limit
    best = std::min(best, commute.minutes(h.gemeinde, l.g, c2, mode));
  }
  return best;
}

void finish(Brute& b) {
  std::sort(b.results.begin(), b.results.end(), [](const auto& x, const auto& y) {
    return x.second != y.second ? x.second > y.second : x.first < y.first;
  });
}

}  // namespace

Brute brute_anchored(const std::vector<Vacancy>& vs, const PlaceTable& places, const CommuteModel& commute,
                     const FitConfig& fit, const ScoreConfig& score, const AnchoredQuery& q) {
  const double tol = q.options.tolerance_minutes;
  struct H {
    const Place* place;
    Place fixed;
    double ma;
    bool strict;
  };
  std::vector<H> homes;
  double la = 0;
  if (q.home) {
    Place p;
    p.p = to_vec3(q.home->lat, q.home->lon);
    p.gemeinde = places[nearest(places, p.p)].gemeinde;
    homes.push_back({nullptr, p, 0, true});
  } else {
    la = q.anchor->max_minutes;
    const Vec3 pa = to_vec3(q.anchor->lat, q.anchor->lon);
    const auto ga = places[nearest(places, pa)].gemeinde;
    for (const auto& p : places.all()) {
      const double m = commute.minutes(p.gemeinde, ga, chord2(p.p, pa), q.anchor->mode);
      if (m <= la + tol) homes.push_back({&p, {}, m, m <= la});
    }
  }
  const double k = part_slope(score, la + q.partner.max_minutes);
  const double lp = q.partner.max_minutes;
  Brute b;
  for (const auto& c : candidates(vs, places, fit, score, q.partner, q.min_fit, 1)) {
    bool strict = false, relaxed = false;
    double best = -1e300;
    for (const auto& h : homes) {
      const double mp = minutes(commute, h.place ? *h.place : h.fixed, c, q.partner.mode);
      relaxed = relaxed || mp <= lp + tol;
      if (!h.strict || mp > lp) continue;
      strict = true;
      best = std::max(best, part(c.c, k, mp) + part(0.0, k, h.ma));
    }
    b.relaxed += relaxed;
    if (strict) {
      ++b.feasible;
      b.results.push_back({{c.id}, best});
    }
  }
  finish(b);
  return b;
}

Brute brute_couple(const std::vector<Vacancy>& vs, const PlaceTable& places, const CommuteModel& commute,
                   const FitConfig& fit, const ScoreConfig& score, const CoupleQuery& q) {
  const double tol = q.options.tolerance_minutes;
  const auto ca = candidates(vs, places, fit, score, q.a, q.min_fit, 2);
  const auto cb = candidates(vs, places, fit, score, q.b, q.min_fit, 2);
  const double k = part_slope(score, q.a.max_minutes + q.b.max_minutes);
  struct PairHash {
    std::size_t operator()(const std::pair<std::int64_t, std::int64_t>& p) const {
      return std::hash<std::int64_t>()(p.first * 1000003 + p.second);
    }
  };
  std::unordered_map<std::pair<std::int64_t, std::int64_t>, double, PairHash> best;
  std::unordered_set<std::pair<std::int64_t, std::int64_t>, PairHash> relaxed;
  for (const auto& h : places.all()) {
    if (q.region && !q.region->kreise.empty() &&
        std::find(q.region->kreise.begin(), q.region->kreise.end(), h.kreis_ags) == q.region->kreise.end())
      continue;
    std::vector<std::pair<const Cand*, double>> la, lb;
    for (const auto& c : ca)
      if (const double m = minutes(commute, h, c, q.a.mode); m <= q.a.max_minutes + tol) la.emplace_back(&c, m);
    for (const auto& c : cb)
      if (const double m = minutes(commute, h, c, q.b.mode); m <= q.b.max_minutes + tol) lb.emplace_back(&c, m);
    for (const auto& [a, ma] : la)
      for (const auto& [bb, mb] : lb) {
        if (a->id == bb->id) continue;
        relaxed.insert({a->id, bb->id});
        if (ma > q.a.max_minutes || mb > q.b.max_minutes) continue;
        const double s = part(a->c, k, ma) + part(bb->c, k, mb);
        auto [it, fresh] = best.try_emplace({a->id, bb->id}, s);
        if (!fresh) it->second = std::max(it->second, s);
      }
  }
  Brute b;
  for (const auto& [ids, s] : best) b.results.push_back({{ids.first, ids.second}, s});
  b.feasible = best.size();
  b.relaxed = relaxed.size();
  finish(b);
  return b;
}

}  // namespace fw::match::test
