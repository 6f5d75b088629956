#include "engine/monitor/aggregate.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace fw::monitor {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Calls f(cell) for every cell of the selection.
template <class F>
void for_each_cell(const BaseCube& cube, const Selection& sel, F&& f) {
  const int first = sel.level == 0 ? 1 : sel.level;
  const int last = sel.level == 0 ? kLevels : sel.level;
  for (int k : sel.kreise) {
    for (std::size_t o : sel.occupations) {
      for (int l = first; l <= last; ++l) f(cube.cell(static_cast<std::size_t>(k), o, l));
    }
  }
}

double normal_cdf(double z) {
  return 0.5 * std::erfc(-z / std::numbers::sqrt2);
}

// Solves F(y) = x for the log-scale mixture CDF F; 0 < x < 1. Newton with a bisection
// safeguard: the bracket always holds the root because F is increasing.
double solve_log_quantile(std::span<const double> mu, std::span<const double> w, double total, double sigma, double x) {
  double lo = *std::min_element(mu.begin(), mu.end()) - 12 * sigma;
  double hi = *std::max_element(mu.begin(), mu.end()) + 12 * sigma;
  double y = 0;
  for (std::size_t i = 0; i < mu.size(); ++i) y += w[i] * mu[i];
  y /= total;
  const double inv_sigma = 1.0 / sigma;
  const double pdf_norm = inv_sigma / std::sqrt(2 * std::numbers::pi) / total;
  for (int iter = 0; iter < 200; ++iter) {
    double cdf = 0;
    double pdf = 0;
    for (std::size_t i = 0; i < mu.size(); ++i) {
      const double z = (y - mu[i]) * inv_sigma;
      cdf += w[i] * normal_cdf(z);
      pdf += w[i] * std::exp(-0.5 * z * z);
    }
    const double f = cdf / total - x;
    pdf *= pdf_norm;
    if (f > 0)
      hi = y;
    else
      lo = y;
    double next = pdf > 1e-300 ? y - f / pdf : 0.5 * (lo + hi);
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    if (std::abs(next - y) < 1e-13 * (1 + std::abs(y)) || hi - lo < 1e-13) return next;
    y = next;
  }
  return y;
}

// The x-quantile of the known mixture, with edge handling (x ≤ 0 → 0, x ≥ 1 → ∞).
double known_quantile(std::span<const double> mu, std::span<const double> w, double total, double sigma, double x) {
  if (x <= 0) return 0;
  if (x >= 1) return kInf;
  const auto [mn, mx] = std::minmax_element(mu.begin(), mu.end());
  // Equal medians and the median asked: exact, no iteration (also keeps single cells exact).
  if (*mn == *mx && x == 0.5) return std::exp(*mn);
  return std::exp(solve_log_quantile(mu, w, total, sigma, x));
}

}  // namespace

Aggregate sum(const BaseCube& cube, Quantity q, const Selection& sel, bool strict) {
  Aggregate out;
  const double* values = cube.values(q);
  const std::uint8_t* flags = cube.flags(q);
  for_each_cell(cube, sel, [&](std::size_t c) {
    const auto status = static_cast<Status>(flags[c] & 0x0f);
    out.notes |= static_cast<std::uint8_t>(flags[c] >> 4);
    switch (status) {
      case Status::value:
        out.value.lo += values[c];
        out.value.hi += values[c];
        break;
      case Status::zero:
        break;
      case Status::suppressed:
        out.value.lo += kSuppressedMin;
        out.value.hi += kSuppressedMax;
        ++out.suppressed;
        break;
      case Status::missing:
        out.missing = true;
        break;
      case Status::not_possible:
        out.not_possible = true;
        break;
    }
  });
  if (out.suppressed > 0) {
    out.notes |= kNoteBounded;
    if (!strict) {
      // Each "*" is 1 or 2; taken as independent and equally likely, n of them add 1.5·n ± 0.5·√n
      // (one sd). Three sd around the midpoint, never beyond the hard bounds: for n ≤ 9 this is
      // exactly [n, 2n], for a Land with hundreds of small cells it is far narrower.
      const double n = out.suppressed;
      const double mid = 0.5 * (out.value.lo + out.value.hi);
      const double half = std::min(0.5 * n, 1.5 * std::sqrt(n));
      out.value = {mid - half, mid + half};
    }
  }
  return out;
}

Interval mixture_quantile(std::span<const double> medians, std::span<const double> weights, double unknown,
                          double sigma, double p) {
  double known = 0;
  for (double w : weights) known += w;
  if (known <= 0) return {0, kInf};
  if (unknown <= 0 && p == 0.5 &&
      std::all_of(medians.begin(), medians.end(), [&](double m) { return m == medians[0]; })) {
    return {medians[0], medians[0]};  // exact, without a round trip through log and exp
  }
  thread_local std::vector<double> mu;  // no allocation per call once warm
  mu.resize(medians.size());
  for (std::size_t i = 0; i < medians.size(); ++i) mu[i] = std::log(medians[i]);
  const double total = known + unknown;
  if (unknown <= 0) {
    const double m = known_quantile(mu, weights, known, sigma, p);
    return {m, m};
  }
  // All unknown mass below the median pushes it up to the known mixture's higher quantile, all
  // above pulls it down: these two are the exact bounds.
  return {known_quantile(mu, weights, known, sigma, (p * total - unknown) / known),
          known_quantile(mu, weights, known, sigma, p * total / known)};
}

Aggregate median(const BaseCube& cube, Quantity median_q, Quantity weight_q, const Selection& sel, double sigma,
                 double max_unknown_share) {
  Aggregate out;
  thread_local std::vector<double> medians;
  thread_local std::vector<double> weights;
  medians.clear();
  weights.clear();
  double unknown = 0;
  const double* mv = cube.values(median_q);
  const std::uint8_t* mf = cube.flags(median_q);
  const double* wv = cube.values(weight_q);
  const std::uint8_t* wf = cube.flags(weight_q);
  for_each_cell(cube, sel, [&](std::size_t c) {
    const auto ws = static_cast<Status>(wf[c] & 0x0f);
    const auto ms = static_cast<Status>(mf[c] & 0x0f);
    out.notes |= static_cast<std::uint8_t>((wf[c] | mf[c]) >> 4);
    if (ws == Status::missing) {
      out.missing = true;
      return;
    }
    if (ws == Status::not_possible || ms == Status::not_possible) {
      out.not_possible = true;
      return;
    }
    if (ws == Status::zero || (ws == Status::value && wv[c] <= 0)) return;  // no cases, no median
    double w_known = ws == Status::value ? wv[c] : kSuppressedMin;
    double w_unknown = ws == Status::value ? 0.0 : kSuppressedMax - kSuppressedMin;
    if (ws == Status::suppressed) ++out.suppressed;
    if (ms == Status::missing) {
      out.missing = true;
      return;
    }
    if (ms == Status::value && mv[c] > 0) {
      medians.push_back(mv[c]);
      weights.push_back(w_known);
    } else {
      // "*" (too few cases to publish) or an inconsistent "-": the cases exist, their location
      // is unknown.
      if (ms == Status::suppressed) ++out.suppressed;
      w_unknown += w_known;
    }
    unknown += w_unknown;
  });
  if (!out.known()) return out;
  if (medians.empty() && unknown <= 0) {
    out.empty = true;
    return out;
  }
  double known = 0;
  for (double w : weights) known += w;
  out.unknown_share = unknown / (known + unknown);
  if (medians.size() == 1 && unknown <= 0) {
    out.value = {medians[0], medians[0]};  // one cell: its own median, exactly
    return out;
  }
  if (unknown > 0 && out.unknown_share <= max_unknown_share) {
    // Few cases withheld: assume they are distributed like the published ones.
    out.value = mixture_quantile(medians, weights, 0.0, sigma, 0.5);
    out.notes |= kNoteApproximated;
    return out;
  }
  out.value = mixture_quantile(medians, weights, unknown, sigma, 0.5);
  if (unknown > 0) out.notes |= kNoteBounded;
  if (!medians.empty() &&
      *std::min_element(medians.begin(), medians.end()) != *std::max_element(medians.begin(), medians.end())) {
    out.notes |= kNoteApproximated;
  }
  return out;
}

Result<std::vector<std::size_t>> occupations_under(const BaseCube& cube, std::string_view code) {
  if (!is_kldb_code(code))
    return fail(ErrorCode::invalid_argument, "monitor.unknown_occupation", "kldb", std::string(code));
  if (code.size() > cube.occupation_digits()) {
    return fail(
        ErrorCode::invalid_argument, "monitor.occupation_too_fine", "kldb",
        std::string(code) + " has more digits than the data (" + std::to_string(cube.occupation_digits()) + ")");
  }
  std::vector<std::size_t> out;
  const auto& occ = cube.occupations();
  for (auto it = std::lower_bound(occ.begin(), occ.end(), code); it != occ.end() && kldb_contains(code, *it); ++it) {
    out.push_back(static_cast<std::size_t>(it - occ.begin()));
  }
  if (out.empty()) return fail(ErrorCode::not_found, "monitor.unknown_occupation", "kldb", std::string(code));
  return out;
}

}  // namespace fw::monitor
