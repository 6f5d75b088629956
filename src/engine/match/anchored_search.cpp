#include "engine/match/anchored_search.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "engine/match/topk.hpp"

namespace fw::match::detail {

void AnchoredSearch::init() {
  const PlaceTable& places = index.places();
  if (q.home) {
    homes.push_back(fixed_home(places, *q.home));
    origin_ = homes.front().p;
  } else {
    homes = anchor_homes(places, commute, *q.anchor, tol);
    origin_ = to_vec3(q.anchor->lat, q.anchor->lon);
    for (const auto& h : homes) origin_km_ = std::max(origin_km_, great_circle_km(h.p, origin_));
    strict.anchor = q.anchor->max_minutes;
    relaxed.anchor = q.anchor->max_minutes + tol;
  }
  grid = HomeGrid(homes);
  choose_probes();
  const double snap = index.max_snap_km();
  strict.partner = commute.reach(person.mode, person.limit, snap);
  relaxed.partner = commute.reach(person.mode, person.limit + tol, snap);
  strict.slope = part_slope(m.score_config(), strict.anchor + person.limit);
  relaxed.slope = part_slope(m.score_config(), relaxed.anchor + person.limit + tol);
  relaxed.strict = false;
}

void AnchoredSearch::choose_probes() {
  // The home nearest the origin and the outermost home in each of 8 directions (largest
  // projection on a unit vector in the tangent plane), among strict homes and among all.
  const double lat = lat_of(origin_) * std::numbers::pi / 180, lon = lon_of(origin_) * std::numbers::pi / 180;
  const Vec3 east{-std::sin(lon), std::cos(lon), 0};
  const Vec3 north{-std::sin(lat) * std::cos(lon), -std::sin(lat) * std::sin(lon), std::cos(lat)};
  Vec3 dirs[8];
  for (int d = 0; d < 8; ++d) {
    const double ce = std::cos(d * std::numbers::pi / 4), cn = std::sin(d * std::numbers::pi / 4);
    dirs[d] = {ce * east.x + cn * north.x, ce * east.y + cn * north.y, ce * east.z + cn * north.z};
  }
  for (int strict_only = 0; strict_only < 2; ++strict_only) {
    auto& out = strict_only ? probes_strict_ : probes_all_;
    std::vector<double> best(9, -1e300);
    std::vector<std::int64_t> pick(9, -1);
    for (std::uint32_t i = 0; i < homes.size(); ++i) {
      if (strict_only && !homes[i].strict) continue;
      const Vec3& p = homes[i].p;
      const double near = -chord2(p, origin_);
      if (near > best[8]) best[8] = near, pick[8] = i;
      for (int d = 0; d < 8; ++d) {
        const double proj = p.x * dirs[d].x + p.y * dirs[d].y + p.z * dirs[d].z;
        if (proj > best[static_cast<std::size_t>(d)])
          best[static_cast<std::size_t>(d)] = proj, pick[static_cast<std::size_t>(d)] = i;
      }
    }
    for (auto i : pick)
      if (i >= 0 && std::find(out.begin(), out.end(), static_cast<std::uint32_t>(i)) == out.end())
        out.push_back(static_cast<std::uint32_t>(i));
  }
}

double AnchoredSearch::lower_bound(const Vec3& p, const Limits&) const {
  if (commute.has_matrix())
    return (q.home ? 0.0 : commute.min_minutes(q.anchor->mode)) + commute.min_minutes(person.mode);
  const double d = kEarthRadiusKm * std::sqrt(chord2(origin_, p));  // chord ≤ arc: a lower bound
  const double vp = speed_kmh(person.mode);
  if (q.home) return kBaseMinutes + 60.0 * kDetourFactor * d / vp;
  // Home h between anchor and workplace: d(a,h) + d(h,p) ≥ d, d(a,h) ≤ origin_km_. The cheapest
  // split puts as much of d on the faster leg as allowed.
  const double va = speed_kmh(q.anchor->mode);
  const double da = va > vp ? std::min(origin_km_, d) : 0.0;
  return 2 * kBaseMinutes + 60.0 * kDetourFactor * (da / va + (d - da) / vp);
}

void AnchoredSearch::gather() {
  if (homes.empty() || person.buckets.empty()) return;
  const double radius = relaxed.partner.radius_km;
  const auto box = q.home ? Grid::span(q.home->lat, q.home->lon, radius)
                          : Grid::span(q.anchor->lat, q.anchor->lon, origin_km_ + radius);
  const bool formula = !commute.has_matrix();
  const bool want_near = q.options.near_misses > 0;
  const double rs = default_radius_km(strict.partner.limit, person.mode),
               rr = default_radius_km(relaxed.partner.limit, person.mode);
  const auto& score = m.score_config();
  std::vector<std::int64_t> relaxed_multi;
  cands.reserve(1024);
  if (want_near) near_cands.reserve(256);
  // Row by row, bucket by bucket: each row's entries are one contiguous run in the index.
  struct CellState {
    int row = -1;  // the row this state belongs to (reset lazily: rows are scanned one by one)
    bool skip = false;
    Cover cs = Cover::partial, cr = Cover::partial;
    bool have_span[2] = {false, false};
    Grid::Span spans[2];  // homes that may reach the cell: strict, relaxed (on first use)
  };
  std::vector<CellState> row_state(static_cast<std::size_t>(Grid::kCols));
  for (int row = box.row0; row <= box.row1; ++row) {
    for (std::size_t bp = 0; bp < person.buckets.size(); ++bp) {
      index.bucket(person.buckets[bp]).for_row(row, box.col0, box.col1, [&](int col, std::span<const Entry> entries) {
        const auto cell = static_cast<std::uint32_t>(row * Grid::kCols + col);
        const CellGeom& g = cell_geom(cell);
        CellState& st = row_state[static_cast<std::size_t>(col)];
        if (st.row != row) {
          st = CellState{};
          st.row = row;
          if (formula) {
            // Every home lies within origin_km_ of the origin: a cell farther out is out of reach.
            st.skip = great_circle_km(origin_, g.centre) - g.half_diag_km > origin_km_ + rr + 0.001;
            if (!st.skip) st.cr = cover(g, grid, homes, probes_all_, rr, [](std::uint32_t) { return true; });
            st.skip = st.skip || st.cr == Cover::empty;
            if (!st.skip)
              st.cs = cover(g, grid, homes, probes_strict_, rs, [&](std::uint32_t i) { return homes[i].strict; });
          }
        }
        if (st.skip) return;
        auto reaches = [&](const Entry& e, const Limits& l) {
          const int w = l.strict ? 0 : 1;
          if (!st.have_span[w])
            st.spans[w] = Grid::span(g.lat, g.lon, l.partner.radius_km + g.half_diag_km), st.have_span[w] = true;
          return grid.any_in(st.spans[w], g.row, g.col, [&](std::uint32_t i) {
            const Home& h = homes[i];
            return (!l.strict || h.strict) && commute.within(h.gemeinde, e.gemeinde, chord2(h.p, e.p), l.partner);
          });
        };
        for (const Entry& e : entries) {
          const double f = person.accept(e, bp);
          if (f < 0 || !(st.cr == Cover::full || reaches(e, relaxed))) continue;
          const bool s_ok = st.cs == Cover::full || (st.cs == Cover::partial && reaches(e, strict));
          if (e.multi)
            relaxed_multi.push_back(e.id);
          else
            ++relaxed_count;
          if (s_ok) {
            if (e.multi)
              strict_multi.push_back(e.id);
            else
              ++strict_count;
          }
          if (!s_ok && !want_near) continue;
          const double start = start_component(score, e.start == kNoStart ? std::nullopt : std::optional<int>(e.start),
                                               person.earliest_start);
          (s_ok ? cands : near_cands)
              .push_back(
                  {e.p, e.gemeinde, e.id, part_constant(score, f, start, 1), lower_bound(e.p, strict), e.multi != 0});
        }
      });
    }
  }
  for (auto* v : {&strict_multi, &relaxed_multi}) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  }
  strict_count += strict_multi.size();
  relaxed_count += relaxed_multi.size();
}

std::vector<std::pair<std::uint32_t, double>> AnchoredSearch::best_homes(const Vec3& p, std::uint32_t gemeinde,
                                                                         const Limits& l) const {
  const bool formula = !commute.has_matrix();
  const double per_km = 60.0 * kDetourFactor / speed_kmh(person.mode);
  double best = 1e300;
  std::vector<std::pair<std::uint32_t, double>> out;
  grid.near(lat_of(p), lon_of(p), l.partner.radius_km, [&](std::uint32_t i) {
    const Home& h = homes[i];
    if (l.strict && !h.strict) return;
    const double c2 = chord2(h.p, p);
    if (formula && (c2 > l.partner.c2_max ||
                    h.anchor_minutes + kBaseMinutes + per_km * kEarthRadiusKm * std::sqrt(c2) > best + 1e-9))
      return;
    const double mp = commute.minutes(h.gemeinde, gemeinde, c2, person.mode);
    if (mp > l.partner.limit || h.anchor_minutes + mp > best + 1e-9) return;
    best = std::min(best, h.anchor_minutes + mp);
    out.emplace_back(i, mp);
  });
  std::erase_if(out, [&](const auto& x) { return homes[x.first].anchor_minutes + x.second > best + 1e-9; });
  return out;
}

std::vector<std::pair<std::int64_t, double>> AnchoredSearch::top(bool near_miss, std::size_t k) {
  const Limits& l = near_miss ? relaxed : strict;
  const auto& list = near_miss ? near_cands : cands;
  std::vector<std::pair<double, std::uint32_t>> heap;  // (upper bound of the score, candidate)
  heap.reserve(list.size());
  for (std::uint32_t i = 0; i < list.size(); ++i) {
    const auto& c = list[i];
    // A near miss must not be feasible through another of its locations.
    if (near_miss && c.multi && std::binary_search(strict_multi.begin(), strict_multi.end(), c.id)) continue;
    heap.emplace_back(c.c - l.slope * c.lb, i);
  }
  std::make_heap(heap.begin(), heap.end());
  TopK<std::int64_t> best(k);
  // Vacancies at one site share their best homes; employers post many vacancies per site.
  // Few sites are evaluated (about k), so a list searched linearly is the cheapest cache.
  std::vector<std::pair<Vec3, std::vector<std::pair<std::uint32_t, double>>>> seen;
  while (!heap.empty()) {
    std::pop_heap(heap.begin(), heap.end());
    const auto [ub, i] = heap.back();
    heap.pop_back();
    if (ub < best.threshold() - kEps) break;
    const AnchoredCand& c = list[i];
    auto it = std::find_if(seen.begin(), seen.end(), [&](const auto& x) {
      return x.first.x == c.p.x && x.first.y == c.p.y && x.first.z == c.p.z;
    });
    if (it == seen.end()) it = seen.emplace(seen.end(), c.p, best_homes(c.p, c.gemeinde, l));
    if (it->second.empty()) continue;
    double score = -1e300;
    for (const auto& [h, mp] : it->second)
      score = std::max(score, part(c.c, l.slope, mp) + part(0.0, l.slope, homes[h].anchor_minutes));
    best.offer(c.id, score);
  }
  return best.take();
}

std::vector<AnchoredSearch::Option> AnchoredSearch::options(const VacRec& v, const Limits& l, double c,
                                                            std::size_t want, std::size_t& feasible) const {
  const auto locs = index.locations(v);
  std::vector<std::uint32_t> near;
  for (const auto& loc : locs)
    grid.near(lat_of(loc.p), lon_of(loc.p), l.partner.radius_km, [&](std::uint32_t i) { near.push_back(i); });
  if (locs.size() > 1) {
    std::sort(near.begin(), near.end());
    near.erase(std::unique(near.begin(), near.end()), near.end());
  }
  // Feasibility mostly without asin; exact minutes only for the homes that can be among the best.
  const bool formula = !commute.has_matrix();
  const double per_km = 60.0 * kDetourFactor / speed_kmh(person.mode) * kEarthRadiusKm;
  std::vector<std::pair<double, std::uint32_t>> cand;  // (lower bound of total minutes, home)
  for (auto i : near) {
    const Home& h = homes[i];
    if (l.strict && !h.strict) continue;
    bool ok = false;
    double lb = 1e300;
    for (const auto& loc : locs) {
      const double c2 = chord2(h.p, loc.p);
      ok = ok || commute.within(h.gemeinde, loc.gemeinde, c2, l.partner);
      lb = std::min(lb, formula ? kBaseMinutes + per_km * std::sqrt(c2)
                                : commute.minutes(h.gemeinde, loc.gemeinde, c2, person.mode));
    }
    if (ok) cand.emplace_back(h.anchor_minutes + lb, i);
  }
  feasible = cand.size();
  std::sort(cand.begin(), cand.end());
  std::vector<Option> out;
  std::vector<double> totals;  // exact totals so far, to know when the rest cannot come closer
  for (const auto& [lb, i] : cand) {
    if (out.size() >= want) {
      std::nth_element(totals.begin(), totals.begin() + static_cast<std::ptrdiff_t>(want - 1), totals.end());
      if (lb > totals[want - 1] + 1e-9) break;
    }
    const Home& h = homes[i];
    double mp = 1e300;
    for (const auto& loc : locs)
      mp = std::min(mp, commute.minutes(h.gemeinde, loc.gemeinde, chord2(h.p, loc.p), person.mode));
    out.push_back({part(c, l.slope, mp) + part(0.0, l.slope, h.anchor_minutes), h.anchor_minutes + mp, mp, i});
    totals.push_back(h.anchor_minutes + mp);
  }
  std::sort(out.begin(), out.end(), [](const Option& a, const Option& b) {
    return a.score != b.score ? a.score > b.score : a.total != b.total ? a.total < b.total : a.home < b.home;
  });
  if (out.size() > want) out.resize(want);
  return out;
}

}  // namespace fw::match::detail
