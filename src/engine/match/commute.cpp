#include "engine/match/commute.hpp"

#include <algorithm>

namespace fw::match {

double CommuteModel::radius_km(Mode mode, double minutes, double snap_km) const {
  double r = default_radius_km(minutes, mode);
  if (matrix_) r = std::max(r, matrix_->reach_km(mode, minutes, snap_km));
  // 1 m more than needed: the grid span must never miss a pair that is exactly at the border.
  return r < 0 ? -1.0 : r + 0.001;
}

Reach CommuteModel::reach(Mode mode, double limit, double snap_km) const {
  Reach r;
  r.mode = mode;
  r.limit = limit;
  r.radius_km = radius_km(mode, limit, snap_km);
  const double d = default_radius_km(limit, mode);
  if (d >= 0) {
    const double c2 = chord2_from_km(d);
    r.c2_sure = c2 * (1 - 1e-9) - 1e-300;  // strictly below the border, also when d == 0
    r.c2_max = c2 * (1 + 1e-9) + 1e-18;
  }
  return r;
}

}  // namespace fw::match
