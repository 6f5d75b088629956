// The commute model: the travel matrix where it covers a pair, else the default formula.
#pragma once

#include <cstdint>

#include "engine/match/geo.hpp"
#include "engine/match/travel_matrix.hpp"

namespace fw::match {

// A limit prepared for fast tests: chord² thresholds for the default formula, so that most
// pairs are decided without asin; only pairs within 1e-9 of the border take the exact path.
struct Reach {
  Mode mode = Mode::car;
  double limit = 0;      // minutes
  double radius_km = 0;  // every pair within the limit is at most this far apart (incl. matrix)
  double c2_sure = -1;   // chord² ≤ this: default minutes surely ≤ limit
  double c2_max = -1;    // chord² > this: default minutes surely > limit
};

class CommuteModel {
 public:
  // `matrix` may be null; both must outlive the model.
  explicit CommuteModel(const TravelMatrix* matrix = nullptr)
      : matrix_(matrix && !matrix->empty() ? matrix : nullptr) {}

  bool has_matrix() const { return matrix_ != nullptr; }

  // THE commute time (minutes) from a home in Gemeinde `home_g` to a workplace in Gemeinde
  // `work_g` whose squared chord distance is c2. Engine and reference enumeration use only this.
  double minutes(std::uint32_t home_g, std::uint32_t work_g, double c2, Mode mode) const {
    if (matrix_) {
      if (const auto m = matrix_->minutes(home_g, work_g, mode)) return *m;
    }
    return default_minutes(km_from_chord2(c2), mode);
  }

  // Whether minutes(home_g, work_g, c2, r.mode) ≤ r.limit, mostly without asin.
  bool within(std::uint32_t home_g, std::uint32_t work_g, double c2, const Reach& r) const {
    if (!matrix_) {
      if (c2 <= r.c2_sure) return true;
      if (c2 > r.c2_max) return false;
    }
    return minutes(home_g, work_g, c2, r.mode) <= r.limit;
  }

  // Prepares `limit` for `mode`; snap_km bounds how far a workplace lies from the nearest
  // reference place (VacancyIndex::max_snap_km), which the matrix bound needs.
  Reach reach(Mode mode, double limit, double snap_km) const;

  // A lower bound of any commute of `mode` (5 minutes unless the matrix has faster rows).
  double min_minutes(Mode mode) const {
    return matrix_ ? std::min(kBaseMinutes, matrix_->min_minutes(mode)) : kBaseMinutes;
  }

  // Radius (km) that contains every workplace reachable within `minutes` (for pruning).
  double radius_km(Mode mode, double minutes, double snap_km) const;

 private:
  const TravelMatrix* matrix_;
};

}  // namespace fw::match
