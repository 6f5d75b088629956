// The k best pairs of a couple search, best first over pairs of sites.
//
// For sites a (for person a) and b, any common home h has d(h,a) + d(h,b) ≥ d(a,b), so
//   score ≤ c(a) + c(b) − k · LB(d(a,b)),  LB(d) = 10 + 78 · (d on the faster mode, as far as its
// limit allows, the rest on the slower) / speed   (default formula; with a travel matrix the
// bound falls back to the smallest minutes the matrix knows).
// a-sites are expanded in falling c(a); each expansion queues the b-sites near enough to beat
// the current k-th best score; queued pairs are evaluated exactly (best common home) in falling
// bound, interleaved with expansions, until neither the queue nor the next a-site can win.
#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

#include "engine/match/couple_search.hpp"

namespace fw::match::detail {
long g_acells, g_pass2cells, g_asites, g_expand, g_eval, g_queued;
namespace {

struct Queued {
  double ub;
  Site a, b;
  bool operator<(const Queued& o) const { return ub < o.ub; }
};

}  // namespace

double CoupleSearch::pair_lb(double d, bool relaxed) const {
  const double la = pa.limit + (relaxed ? tol : 0), lb = pb.limit + (relaxed ? tol : 0);
  if (commute.has_matrix()) return commute.min_minutes(pa.mode) + commute.min_minutes(pb.mode);
  const bool a_fast = speed_kmh(pa.mode) >= speed_kmh(pb.mode);
  const double vf = speed_kmh(a_fast ? pa.mode : pb.mode), vs = speed_kmh(a_fast ? pb.mode : pa.mode);
  const double rf = std::max(0.0, default_radius_km(a_fast ? la : lb, a_fast ? pa.mode : pb.mode));
  const double df = std::min(d, rf);
  return 2 * kBaseMinutes + 60.0 * kDetourFactor * (df / vf + (d - df) / vs);
}

double CoupleSearch::pair_radius(double minutes, bool relaxed) const {
  const double full = relaxed ? ra.radius_km + rb.radius_km : sa.radius_km + sb.radius_km;
  if (commute.has_matrix()) return full;
  if (minutes < 2 * kBaseMinutes) return -1;
  const double la = pa.limit + (relaxed ? tol : 0), lb = pb.limit + (relaxed ? tol : 0);
  const bool a_fast = speed_kmh(pa.mode) >= speed_kmh(pb.mode);
  const double vf = speed_kmh(a_fast ? pa.mode : pb.mode), vs = speed_kmh(a_fast ? pb.mode : pa.mode);
  const double rf = std::max(0.0, default_radius_km(a_fast ? la : lb, a_fast ? pa.mode : pb.mode));
  const double x = (minutes - 2 * kBaseMinutes) / (60.0 * kDetourFactor);  // hours
  const double d = x <= rf / vf ? x * vf : rf + (x - rf / vf) * vs;
  return std::min(full, d + 0.001);
}

std::vector<std::pair<std::uint32_t, std::pair<double, double>>> CoupleSearch::common_homes(const Site& a,
                                                                                            const Site& b,
                                                                                            bool relaxed) const {
  const Reach& ra_ = relaxed ? ra : sa;
  const Reach& rb_ = relaxed ? rb : sb;
  std::vector<std::pair<std::uint32_t, std::pair<double, double>>> out;  // (place, (ma, mb))
  const bool formula = !commute.has_matrix();
  const double per_a = 60.0 * kDetourFactor / speed_kmh(pa.mode) * kEarthRadiusKm;
  const double per_b = 60.0 * kDetourFactor / speed_kmh(pb.mode) * kEarthRadiusKm;
  double best = 1e300;
  near_homes(lat_of(a.p), lon_of(a.p), ra_.radius_km, [&](std::uint32_t place) {
    const Place& h = places[place];
    const double ca = chord2(h.p, a.p), cb = chord2(h.p, b.p);
    if (formula && 2 * kBaseMinutes + per_a * std::sqrt(ca) + per_b * std::sqrt(cb) > best + 1e-9) return;
    if (!commute.within(h.gemeinde, a.gemeinde, ca, ra_) || !commute.within(h.gemeinde, b.gemeinde, cb, rb_)) return;
    const double ma = commute.minutes(h.gemeinde, a.gemeinde, ca, pa.mode),
                 mb = commute.minutes(h.gemeinde, b.gemeinde, cb, pb.mode);
    if (ma + mb > best + 1e-9) return;
    best = std::min(best, ma + mb);
    out.push_back({place, {ma, mb}});
  });
  std::erase_if(out, [&](const auto& x) { return x.second.first + x.second.second > best + 1e-9; });
  return out;
}

void CoupleSearch::evaluate(const Site& a, const Site& b, bool relaxed, std::size_t k, PairTop& best) const {
  const double slope = relaxed ? k_relaxed : k_strict;
  const auto homes = common_homes(a, b, relaxed);
  if (homes.empty()) return;
  const auto va = ta.vacs(a), vb = tb.vacs(b);
  auto score = [&](std::uint32_t i, std::uint32_t j) {
    double s = -1e300;
    for (const auto& [place, mins] : homes)
      s = std::max(s, part(va[i].c, slope, mins.first) + part(vb[j].c, slope, mins.second));
    return s;
  };
  // The best vacancy pairs of this site pair, from the two sorted lists: each (i, j) has one
  // parent, (i-1, j), or (0, j-1) in the first column.
  struct Node {
    double s;
    std::uint32_t i, j;
  };
  auto worse = [&](const Node& x, const Node& y) {
    if (x.s != y.s) return x.s < y.s;
    return std::pair{va[x.i].id, vb[x.j].id} > std::pair{va[y.i].id, vb[y.j].id};
  };
  std::priority_queue<Node, std::vector<Node>, decltype(worse)> heap(worse);
  heap.push({score(0, 0), 0, 0});
  std::size_t produced = 0;
  double last = std::numeric_limits<double>::infinity();
  while (!heap.empty()) {
    const Node n = heap.top();
    heap.pop();
    if (n.s < best.threshold() || (produced >= k && n.s < last)) break;
    if (va[n.i].id != vb[n.j].id) {
      best.offer({va[n.i].id, vb[n.j].id}, n.s);
      ++produced;
      last = n.s;
    }
    if (n.i + 1 < va.size()) heap.push({score(n.i + 1, n.j), n.i + 1, n.j});
    if (n.i == 0 && n.j + 1 < vb.size()) heap.push({score(0, n.j + 1), 0, n.j + 1});
  }
}

std::vector<std::pair<std::pair<std::int64_t, std::int64_t>, double>> CoupleSearch::top_pairs(std::size_t k,
                                                                                              bool relaxed) {
  const double slope = relaxed ? k_relaxed : k_strict;
  const Reach& reach_a = relaxed ? ra : sa;
  constexpr double kNone = -std::numeric_limits<double>::infinity();
  // Cells holding a-vacancies that homes can reach, by a bound of their best constant from the
  // index's code masks (fit only, start taken as 1), so cells can be skipped unread.
  const auto grow = [](const Grid::Span& s, double km) {
    const int dr = static_cast<int>(km / 5.5) + 1, dc = static_cast<int>(km / 4.6) + 1;  // cells ≥ 5.5 × 4.6 km
    return Grid::Span{std::max(0, s.row0 - dr), std::min(Grid::kRows - 1, s.row1 + dr), std::max(0, s.col0 - dc),
                      std::min(Grid::kCols - 1, s.col1 + dc)};
  };
  std::vector<std::pair<double, std::uint32_t>> a_cells;
  for_cells(grow(region_box, reach_a.radius_km), [&](std::uint32_t cell) {
    double fit = -1;
    for (std::size_t bp = 0; bp < pa.buckets.size(); ++bp) {
      const auto mask = index.codes(pa.buckets[bp], cell);
      if (mask[0] | mask[1]) fit = std::max(fit, pa.mask_fit(mask, bp));
    }
    if (fit >= 0) a_cells.emplace_back(part_constant(m.score_config(), fit, 1.0, 2), cell);
  });
  std::sort(a_cells.begin(), a_cells.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
  const double cb_max = tb.c_bound();
  const double lb_min = commute.has_matrix() ? pair_lb(0, relaxed) : 2 * kBaseMinutes;
  PairTop best(k);

  // Pass 1, a threshold: close pairs score high, so sites of the best cells are taken best
  // first and paired with b-sites at most 6 km away, until k pairs are known.
  constexpr double kSeedKm = 6.0;
  std::vector<Site> pool;
  for (std::size_t c = 0; c < a_cells.size() && c < 64 && pool.size() < 256; ++c)
    for (const Site& s : ta.cell(a_cells[c].second)) pool.push_back(s);
  std::sort(pool.begin(), pool.end(), [&](const Site& x, const Site& y) { return ta.vacs(x)[0].c > ta.vacs(y)[0].c; });
  {
    std::priority_queue<Queued> seeds;
    std::size_t i = 0;
    while (best.threshold() == kNone && (i < pool.size() || !seeds.empty())) {
      const double frontier = i < pool.size() ? ta.vacs(pool[i])[0].c + cb_max - slope * lb_min : -1e300;
      if (seeds.empty() || seeds.top().ub < frontier) {
        const Site& a = pool[i++];
        const double ca = ta.vacs(a)[0].c;
        for_cells(Grid::span(lat_of(a.p), lon_of(a.p), std::min(kSeedKm, pair_radius(1e300, relaxed))),
                  [&](std::uint32_t cell) {
                    for (const Site& b : tb.cell(cell))
                      seeds.push({ca + tb.vacs(b)[0].c -
                                      slope * pair_lb(kEarthRadiusKm * std::sqrt(chord2(a.p, b.p)), relaxed),
                                  a, b});
                  });
        continue;
      }
      const Queued item = seeds.top();
      seeds.pop();
      evaluate(item.a, item.b, relaxed, k, best);
    }
  }

  // Pass 2, best first: a-sites in falling constant, each queueing the b-sites whose bound can
  // still beat the threshold; queued site pairs are evaluated in falling bound in between.
  auto c_floor = [&] { return best.threshold() - cb_max + slope * lb_min - kEps; };
  std::vector<Site> a_sites;
  g_acells += a_cells.size();
  for (const auto& [bound, cell] : a_cells) {
    if (bound < c_floor()) break;
    ++g_pass2cells;
    for (const Site& s : ta.cell(cell))
      if (ta.vacs(s)[0].c >= c_floor()) a_sites.push_back(s);
  }
  std::sort(a_sites.begin(), a_sites.end(),
            [&](const Site& x, const Site& y) { return ta.vacs(x)[0].c > ta.vacs(y)[0].c; });
  g_asites += a_sites.size();
  std::priority_queue<Queued> queue;
  std::size_t next = 0;
  for (;;) {
    const double t = best.threshold();
    const double frontier = next < a_sites.size() ? ta.vacs(a_sites[next])[0].c + cb_max - slope * lb_min : -1e300;
    if (next >= a_sites.size() && queue.empty()) break;
    if (std::max(frontier, queue.empty() ? -1e300 : queue.top().ub) < t - kEps) break;
    if (queue.empty() || queue.top().ub < frontier) {
      const Site& a = a_sites[next++];
      ++g_expand;
      const double ca = ta.vacs(a)[0].c;
      const double radius = pair_radius(t == kNone ? 1e300 : (ca + cb_max - t) / slope + kEps, relaxed);
      if (radius < 0) continue;
      for_cells(Grid::span(lat_of(a.p), lon_of(a.p), radius), [&](std::uint32_t cell) {
        for (const Site& b : tb.cell(cell)) {
          const double ub =
              ca + tb.vacs(b)[0].c - slope * pair_lb(kEarthRadiusKm * std::sqrt(chord2(a.p, b.p)), relaxed);
          if (ub >= t - kEps) queue.push({ub, a, b}), ++g_queued;
        }
      });
      continue;
    }
    const Queued item = queue.top();
    queue.pop();
    ++g_eval;
    evaluate(item.a, item.b, relaxed, k, best);
  }
  return best.take();
}

}  // namespace fw::match::detail
