// The score of a result, in [0,1]:
//
//   score = w_fit · fit + w_commute · commute + w_start · start          (0.5, 0.35, 0.15)
//
//   fit     = occupation fit (couple: mean of both)
//   commute = 1 − (sum of the minutes of everyone commuting from the best home)
//                 / (sum of their limits)
//   start   = start-date component (couple: mean of both), see start_component()
//
// The score separates into one part per person and home, which the search relies on:
//   part(person, vacancy, home) = c(vacancy) − k · minutes(home → vacancy)
//   c = (w_fit · fit + w_start · start + w_commute) / n,   k = w_commute / (sum of limits)
// with n = number of persons looking for work (anchored 1, couple 2); the anchored applicant
// contributes −k · minutes(home → anchor). score = sum of the parts at the best home, and the
// best home (lowest total minutes) is the one that maximises it.
#pragma once

#include <algorithm>
#include <optional>

namespace fw::match {

struct ScoreConfig {
  double w_fit = 0.5, w_commute = 0.35, w_start = 0.15;
  // Start date: the employer wants someone `early` days before the partner can start →
  // 1 − early / early_decay_days; the job starts `late` days after → 1 within late_grace_days,
  // then falling linearly to 0 over late_decay_days. No date on either side → 1.
  double early_decay_days = 120;
  double late_grace_days = 60;
  double late_decay_days = 305;
};

inline double start_component(const ScoreConfig& c, std::optional<int> vacancy_start,
                              std::optional<int> earliest_start) {
  if (!vacancy_start || !earliest_start) return 1.0;
  const double gap = *vacancy_start - *earliest_start;
  if (gap < 0) return std::max(0.0, 1.0 + gap / c.early_decay_days);
  if (gap <= c.late_grace_days) return 1.0;
  return std::max(0.0, 1.0 - (gap - c.late_grace_days) / c.late_decay_days);
}

// The per-vacancy constant c and the per-minute slope k of the formula above.
inline double part_constant(const ScoreConfig& s, double fit, double start, int persons) {
  return (s.w_fit * fit + s.w_start * start + s.w_commute) / persons;
}
inline double part_slope(const ScoreConfig& s, double limits_sum) {
  return s.w_commute / (limits_sum > 0 ? limits_sum : 1.0);
}
// THE part of one person at one home. Engine and reference enumeration both call this.
inline double part(double constant, double slope, double minutes) {
  return constant - slope * minutes;
}

}  // namespace fw::match
