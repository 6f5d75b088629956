// Per search and person: the acceptable vacancies of a grid cell grouped into sites (same
// coordinates), each with its vacancies sorted by score constant. Built lazily, cell by cell,
// on first use, so a search pays only for the cells it looks at. One distance per site serves
// every vacancy there (employers with many openings share coordinates).
//
// Not thread-safe: one SiteTable belongs to one running search.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "engine/match/index.hpp"
#include "engine/match/person.hpp"
#include "engine/match/score.hpp"

namespace fw::match {

struct SiteVac {
  double c = 0;    // part_constant(fit, start) of this vacancy for this person
  double fit = 0;  // occupation fit
  std::int64_t id = 0;
  bool multi = false;  // the vacancy has other locations (other sites) too
};

struct Site {
  Vec3 p;
  std::uint32_t gemeinde = 0;
  std::uint32_t begin = 0, end = 0;  // SiteTable::vacs(): best (c desc, id asc) first
};

class SiteTable {
 public:
  // All referenced objects must outlive the table. persons: 1 (anchored) or 2 (couple).
  SiteTable(const VacancyIndex& index, const PreparedPerson& person, const FitConfig& fit, const ScoreConfig& score,
            int persons);

  // The sites of a grid cell. The span stays valid until the next call of cell().
  std::span<const Site> cell(std::uint32_t cell);
  std::span<const SiteVac> vacs(const Site& s) const { return {vacs_.data() + s.begin, vacs_.data() + s.end}; }
  // An upper bound of c over every vacancy this person can get.
  double c_bound() const { return c_bound_; }
  bool empty() const { return person_.buckets.empty(); }

 private:
  const VacancyIndex& index_;
  const PreparedPerson& person_;
  const FitConfig& fit_;
  const ScoreConfig& score_;
  int persons_;
  double c_bound_;
  std::vector<std::int32_t> cell_state_;  // -1 = not built, else index into ranges_
  std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges_;
  std::vector<Site> sites_;
  std::vector<SiteVac> vacs_;
  struct Tmp {
    Vec3 p;
    std::uint32_t gemeinde;
    SiteVac v;
  };
  std::vector<Tmp> tmp_;
};

}  // namespace fw::match
