#include "engine/match/sites.hpp"

#include <algorithm>
#include <tuple>

namespace fw::match {

SiteTable::SiteTable(const VacancyIndex& index, const PreparedPerson& person, const FitConfig& fit,
                     const ScoreConfig& score, int persons)
    : index_(index),
      person_(person),
      fit_(fit),
      score_(score),
      persons_(persons),
      c_bound_(part_constant(score, person.fit_bound, 1.0, persons)),
      cell_state_(static_cast<std::size_t>(Grid::kCells), -1) {}

std::span<const Site> SiteTable::cell(std::uint32_t cell) {
  auto& state = cell_state_[cell];
  if (state < 0) {
    tmp_.clear();
    int contributing = 0;
    for (std::size_t bp = 0; bp < person_.buckets.size(); ++bp) {
      const auto entries = index_.entries(person_.buckets[bp], cell);
      contributing += !entries.empty();
      for (const Entry& e : entries) {
        const double fit = person_.accept(e, bp);
        if (fit < 0) continue;
        const double start = start_component(score_, e.start == kNoStart ? std::nullopt : std::optional<int>(e.start),
                                             person_.earliest_start);
        tmp_.push_back({e.p, e.gemeinde, {part_constant(score_, fit, start, persons_), fit, e.id, e.multi != 0}});
      }
    }
    auto same_p = [](const Tmp& a, const Tmp& b) { return a.p.x == b.p.x && a.p.y == b.p.y && a.p.z == b.p.z; };
    auto by_c = [](const Tmp& a, const Tmp& b) { return a.v.c != b.v.c ? a.v.c > b.v.c : a.v.id < b.v.id; };
    if (contributing > 1) {
      std::sort(tmp_.begin(), tmp_.end(), [&](const Tmp& a, const Tmp& b) {
        return std::tie(a.p.x, a.p.y, a.p.z) != std::tie(b.p.x, b.p.y, b.p.z)
                   ? std::tie(a.p.x, a.p.y, a.p.z) < std::tie(b.p.x, b.p.y, b.p.z)
                   : by_c(a, b);
      });
    } else {  // an index cell list is sorted by position already: order each site's run only
      for (std::size_t i = 0, j = 0; i < tmp_.size(); i = j) {
        for (j = i + 1; j < tmp_.size() && same_p(tmp_[i], tmp_[j]);) ++j;
        if (j - i > 1)
          std::sort(tmp_.begin() + static_cast<std::ptrdiff_t>(i), tmp_.begin() + static_cast<std::ptrdiff_t>(j), by_c);
      }
    }
    const auto first = static_cast<std::uint32_t>(sites_.size());
    for (std::size_t i = 0; i < tmp_.size(); ++i) {
      const bool new_site = i == 0 || !same_p(tmp_[i], tmp_[i - 1]);
      if (new_site) {
        const auto at = static_cast<std::uint32_t>(vacs_.size());
        sites_.push_back({tmp_[i].p, tmp_[i].gemeinde, at, at});
      } else if (tmp_[i].v.id == tmp_[i - 1].v.id) {
        continue;  // a vacancy listing the same coordinates twice
      }
      vacs_.push_back(tmp_[i].v);
      sites_.back().end = static_cast<std::uint32_t>(vacs_.size());
    }
    state = static_cast<std::int32_t>(ranges_.size());
    ranges_.emplace_back(first, static_cast<std::uint32_t>(sites_.size()));
  }
  const auto [b, e] = ranges_[static_cast<std::size_t>(state)];
  return {sites_.data() + b, sites_.data() + e};
}

}  // namespace fw::match
