// Counting feasible pairs of a couple search. A pair (a, b) is feasible if some home reaches
// a within a's limit and b within b's. Per home we list the a- and b-sites it reaches; then
// row(site) = OR over the site's homes of bitset(b-vacancies of that home), and the count is
// the sum of popcounts weighted by the site's vacancies (minus a vacancy paired with itself).
// Work ≈ homes × sites in reach + Σ_homes |A-sites(h)| × |B| / 64: fine for a region, too much
// nationwide, hence SearchOptions::count_budget (the count gives up, the search goes on).
#include <algorithm>
#include <bit>
#include <unordered_map>

#include "engine/match/couple_search.hpp"

namespace fw::match::detail {
namespace {

// Per home: (site index, strict?) of each site reached within the relaxed limit.
struct Reached {
  std::vector<std::uint32_t> start{0};
  std::vector<std::pair<std::uint32_t, bool>> items;
};

// The sites one person reaches, numbered densely (key: the site's first vacancy index, unique
// within a SiteTable), with their vacancies.
struct SiteNumbering {
  std::unordered_map<std::uint32_t, std::uint32_t> of;
  std::vector<Site> sites;
  std::uint32_t operator()(const Site& s) {
    const auto [it, fresh] = of.try_emplace(s.begin, static_cast<std::uint32_t>(sites.size()));
    if (fresh) sites.push_back(s);
    return it->second;
  }
};

void set_bit(std::vector<std::uint64_t>& bits, std::uint32_t i) {
  bits[i / 64] |= std::uint64_t{1} << (i % 64);
}
bool bit(const std::uint64_t* row, std::uint32_t i) {
  return (row[i / 64] >> (i % 64)) & 1;
}

}  // namespace

std::optional<std::pair<std::size_t, std::size_t>> CoupleSearch::count() {
  // A cheap upper estimate first: index entries in the cells homes can reach (no entry read).
  auto estimate = [&](const PreparedPerson& p, const Reach& r) {
    const int dr = static_cast<int>(r.radius_km / 5.5) + 1, dc = static_cast<int>(r.radius_km / 4.6) + 1;
    const Grid::Span box{std::max(0, region_box.row0 - dr), std::min(Grid::kRows - 1, region_box.row1 + dr),
                         std::max(0, region_box.col0 - dc), std::min(Grid::kCols - 1, region_box.col1 + dc)};
    std::size_t n = 0;
    for_cells(box, [&](std::uint32_t cell) {
      for (int b : p.buckets) n += index.entries(b, cell).size();
    });
    return n;
  };
  const std::size_t budget = q.options.count_budget;
  const std::size_t est_a = estimate(pa, ra), est_b = estimate(pb, rb);
  if (est_a * est_b > 8 * budget) return std::nullopt;
  std::size_t work = 0;       // cells and sites checked in pass 1; the count gives up beyond the budget
  if (!home_order.empty()) {  // the cells alone would exceed it: give up before starting
    const auto& h = places[home_order.front()];
    const auto cells = [](const Grid::Span& sp) {
      return static_cast<std::size_t>((sp.row1 - sp.row0 + 1) * (sp.col1 - sp.col0 + 1));
    };
    if (home_order.size() *
            (cells(Grid::span(h.lat, h.lon, ra.radius_km)) + cells(Grid::span(h.lat, h.lon, rb.radius_km))) >
        budget)
      return std::nullopt;
  }

  // Pass 1: which sites each home reaches.
  SiteNumbering sa_num, sb_num;
  Reached ha, hb;
  auto reach = [&](SiteTable& t, const Home& h, const Reach& strict, const Reach& relaxed, SiteNumbering& num,
                   Reached& out) {
    for_cells(Grid::span(h.lat, h.lon, relaxed.radius_km), [&](std::uint32_t cell) {
      const auto sites = t.cell(cell);
      work += 1 + sites.size();
      for (const Site& site : sites) {
        const double c2 = chord2(h.p, site.p);
        if (!commute.within(h.gemeinde, site.gemeinde, c2, relaxed)) continue;
        out.items.emplace_back(num(site), commute.within(h.gemeinde, site.gemeinde, c2, strict));
      }
    });
    out.start.push_back(static_cast<std::uint32_t>(out.items.size()));
  };
  for (const auto place : home_order) {
    const Home h = home_of(place);
    reach(ta, h, sa, ra, sa_num, ha);
    reach(tb, h, sb, rb, sb_num, hb);
    if (work > budget) return std::nullopt;
  }

  // Rows (a side): one per site for its single-location vacancies, weighted by their number,
  // and one per multi-location vacancy, which several sites share. Bits (b side): one per vacancy.
  std::vector<std::uint32_t> weight;
  std::vector<std::vector<std::uint32_t>> site_rows(sa_num.sites.size());
  std::unordered_map<std::int64_t, std::uint32_t> multi_row, b_bit;
  std::vector<std::pair<std::int64_t, std::uint32_t>> a_vacancies;  // (id, row)
  for (std::size_t i = 0; i < sa_num.sites.size(); ++i) {
    int single = -1;
    for (const auto& v : ta.vacs(sa_num.sites[i])) {
      std::uint32_t row = 0;
      if (v.multi) {
        const auto [it, fresh] = multi_row.try_emplace(v.id, static_cast<std::uint32_t>(weight.size()));
        if (fresh) weight.push_back(1), a_vacancies.emplace_back(v.id, it->second);
        row = it->second;
      } else {
        if (single < 0) single = static_cast<int>(weight.size()), weight.push_back(0);
        row = static_cast<std::uint32_t>(single);
        ++weight[row];
        a_vacancies.emplace_back(v.id, row);
      }
      if (site_rows[i].empty() || site_rows[i].back() != row) site_rows[i].push_back(row);
    }
  }
  std::vector<std::vector<std::uint32_t>> site_bits(sb_num.sites.size());
  for (std::size_t i = 0; i < sb_num.sites.size(); ++i)
    for (const auto& v : tb.vacs(sb_num.sites[i]))
      site_bits[i].push_back(b_bit.try_emplace(v.id, static_cast<std::uint32_t>(b_bit.size())).first->second);

  // Pass 2: per home, the bitset of b-vacancies it reaches, OR-ed into the rows it reaches.
  const std::size_t words = (b_bit.size() + 63) / 64;
  std::size_t or_work = 0;
  for (std::size_t h = 0; h + 1 < ha.start.size(); ++h)
    for (auto i = ha.start[h]; i < ha.start[h + 1]; ++i) or_work += site_rows[ha.items[i].first].size() * words;
  if (or_work > 8 * budget) return std::nullopt;  // word operations are cheaper than site checks
  std::vector<std::uint64_t> rows_s(weight.size() * words, 0), rows_r(weight.size() * words, 0), bs(words), br(words);
  for (std::size_t h = 0; h + 1 < ha.start.size(); ++h) {
    if (ha.start[h] == ha.start[h + 1] || hb.start[h] == hb.start[h + 1]) continue;
    std::fill(bs.begin(), bs.end(), 0);
    std::fill(br.begin(), br.end(), 0);
    for (auto i = hb.start[h]; i < hb.start[h + 1]; ++i) {
      const auto [site, s_ok] = hb.items[i];
      for (auto b : site_bits[site]) {
        set_bit(br, b);
        if (s_ok) set_bit(bs, b);
      }
    }
    for (auto i = ha.start[h]; i < ha.start[h + 1]; ++i) {
      const auto [site, s_ok] = ha.items[i];
      for (auto row : site_rows[site]) {
        std::uint64_t* rr = &rows_r[row * words];
        for (std::size_t w = 0; w < words; ++w) rr[w] |= br[w];
        if (!s_ok) continue;
        std::uint64_t* rs = &rows_s[row * words];
        for (std::size_t w = 0; w < words; ++w) rs[w] |= bs[w];
      }
    }
  }
  std::size_t strict = 0, relaxed = 0;
  for (std::size_t row = 0; row < weight.size(); ++row) {
    std::size_t ns = 0, nr = 0;
    for (std::size_t w = 0; w < words; ++w) {
      ns += static_cast<std::size_t>(std::popcount(rows_s[row * words + w]));
      nr += static_cast<std::size_t>(std::popcount(rows_r[row * words + w]));
    }
    strict += weight[row] * ns;
    relaxed += weight[row] * nr;
  }
  // A vacancy acceptable to both is no pair with itself.
  for (const auto& [id, row] : a_vacancies) {
    const auto it = b_bit.find(id);
    if (it == b_bit.end()) continue;
    strict -= bit(&rows_s[row * words], it->second);
    relaxed -= bit(&rows_r[row * words], it->second);
  }
  return std::pair{strict, relaxed};
}

bool CoupleSearch::strictly_feasible(std::int64_t a_id, std::int64_t b_id) {
  const auto [it, fresh] = strict_cache.try_emplace({a_id, b_id}, false);
  if (!fresh) return it->second;
  const VacRec& a = *index.find(a_id);
  const VacRec& b = *index.find(b_id);
  bool ok = false;
  for (const auto& l : index.locations(a)) {
    near_homes(lat_of(l.p), lon_of(l.p), sa.radius_km, [&](std::uint32_t place) {
      if (ok) return;
      const Home h = home_of(place);
      ok = minutes_to(commute, index, h, a, pa.mode) <= pa.limit &&
           minutes_to(commute, index, h, b, pb.mode) <= pb.limit;
    });
  }
  return it->second = ok;
}

std::vector<std::pair<double, HomeOption>> CoupleSearch::options(const VacRec& a, const VacRec& b, bool relaxed,
                                                                 double ca, double cb, std::size_t& feasible) {
  const double la = pa.limit + (relaxed ? tol : 0), lb = pb.limit + (relaxed ? tol : 0);
  const double slope = relaxed ? k_relaxed : k_strict;
  std::vector<std::uint32_t> cand;
  for (const auto& l : index.locations(a))
    near_homes(lat_of(l.p), lon_of(l.p), (relaxed ? ra : sa).radius_km, [&](std::uint32_t p) { cand.push_back(p); });
  std::sort(cand.begin(), cand.end());
  cand.erase(std::unique(cand.begin(), cand.end()), cand.end());
  std::vector<std::pair<double, HomeOption>> out;
  feasible = 0;
  for (auto place : cand) {
    const Home h = home_of(place);
    const double ma = minutes_to(commute, index, h, a, pa.mode);
    if (ma > la) continue;
    const double mb = minutes_to(commute, index, h, b, pb.mode);
    if (mb > lb) continue;
    ++feasible;
    HomeOption o = home_option(index, h);
    o.commutes = {{"a", ma, pa.limit}, {"b", mb, pb.limit}};
    o.total_minutes = ma + mb;
    out.emplace_back(part(ca, slope, ma) + part(cb, slope, mb), std::move(o));
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first > y.first : x.second.total_minutes < y.second.total_minutes;
  });
  return out;
}

}  // namespace fw::match::detail
