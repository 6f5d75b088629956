// Aggregating base quantities over a selection of Kreise × occupations × levels.
//
// Counts are summed. A suppressed cell ("*", a count of 1 or 2) is not guessed: it widens the
// sum to an interval, so later steps can check whether the answer depends on it. A missing or
// "X" cell makes the whole aggregate unknown.
//
// Medians cannot be summed. A region's median is approximated by treating each Kreis × occupation
// × level cell as a log-normal distribution with the published median and a common dispersion
// sigma (in log units), weighted by its case count, and solving for the median of that mixture.
// With one component, or equal medians, this is exact. Cells whose median or weight is suppressed
// become "mass of unknown location" and turn the median into an interval (the mixture quantiles
// that this mass could shift it to).
#pragma once

#include <cstdint>
#include <limits>
#include <span>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "engine/monitor/base_data.hpp"

namespace fw::monitor {

// Bounds of a suppressed count, from the BA definition of "*" (a value below 3; 0 would be "-").
inline constexpr double kSuppressedMin = 1.0;
inline constexpr double kSuppressedMax = 2.0;

struct Interval {
  double lo = 0;
  double hi = 0;
  bool point() const { return lo == hi; }
};

struct Aggregate {
  Interval value;             // sum (counts) or the regional median (medians)
  int suppressed = 0;         // cells that were "*"
  bool missing = false;       // some cell had no data → value meaningless
  bool not_possible = false;  // some cell was "X" → value meaningless
  bool empty = false;         // medians only: no cases at all (total weight 0)
  double unknown_share = 0;   // medians only: share of the cases whose location was withheld
  std::uint8_t notes = kNoteNone;
  bool known() const { return !missing && !not_possible && !empty; }
};

// What to aggregate: indices into the cube's Kreise and occupations, and a level (1..4) or 0 for
// all four levels.
struct Selection {
  std::span<const int> kreise;
  std::span<const std::size_t> occupations;
  int level = 0;
};

// Sum of a count quantity over the selection. Suppressed cells make it an interval
// (kNoteBounded): with strict, the hard bounds [+1, +2] per cell; otherwise the plausible range
// 1.5·n ± 3·0.5·√n for n suppressed cells (independent, 1 or 2 equally likely), which equals the
// hard bounds up to n = 9 and is much narrower for large regions.
Aggregate sum(const BaseCube& cube, Quantity q, const Selection& sel, bool strict = false);

// Approximate median of `median_q` over the selection, weighting cells by `weight_q`, with
// log-normal dispersion sigma > 0. Cases in cells with a suppressed median or weight are
// "unknown": if they are at most max_unknown_share of all cases they are assumed to be
// distributed like the published ones (a point value, kNoteApproximated); otherwise the result
// is the interval they allow (kNoteBounded). Notes also gain kNoteApproximated when cells with
// different medians were mixed. One cell and nothing unknown: its median, exactly.
Aggregate median(const BaseCube& cube, Quantity median_q, Quantity weight_q, const Selection& sel, double sigma,
                 double max_unknown_share = 0.0);

// The p-quantile (0 < p < 1) of a mixture of log-normals with medians m[i] > 0, weights w[i] > 0
// and common sigma; with extra mass `unknown` of unknown location, returns the interval of
// quantiles the unknown mass allows (lo may be 0, hi may be +infinity). Exposed for tests.
Interval mixture_quantile(std::span<const double> medians, std::span<const double> weights, double unknown,
                          double sigma, double p);

// Indices of the cube's occupations under `code` (a prefix with at most as many digits as the
// cube's codes). invalid_argument "monitor.occupation_too_fine" if code has more digits than the
// data, not_found "monitor.unknown_occupation" if nothing matches.
Result<std::vector<std::size_t>> occupations_under(const BaseCube& cube, std::string_view code);

}  // namespace fw::monitor
