#include "engine/monitor/demography.hpp"

#include <cmath>
#include <initializer_list>
#include <utility>

namespace fw::monitor {

namespace {

AgeCurve piecewise(std::initializer_list<std::pair<int, double>> points) {
  // Linear between the given ages, flat outside them; points must be sorted by age.
  AgeCurve out{};
  const auto* p = points.begin();
  const auto* last = points.end() - 1;
  for (int a = kAgeMin; a <= kAgeMax; ++a) {
    while (p != last && (p + 1)->first <= a) ++p;
    double v = p->second;
    if (p != last && a > p->first) {
      const auto* q = p + 1;
      v = p->second + (q->second - p->second) * (a - p->first) / (q->first - p->first);
    }
    out[static_cast<std::size_t>(a - kAgeMin)] = v;
  }
  return out;
}

AgeCurve bump(double mean, double sd) {
  AgeCurve out{};
  double total = 0;
  for (int a = kAgeMin; a <= kAgeMax; ++a) {
    const double z = (a - mean) / sd;
    // Cut at 3 sd: exact zeros let the stochastic runs skip ages without entrants.
    const double v = std::abs(z) <= 3 ? std::exp(-0.5 * z * z) : 0.0;
    out[static_cast<std::size_t>(a - kAgeMin)] = v;
    total += v;
  }
  for (double& v : out) v /= total;
  return out;
}

}  // namespace

AgeCurve default_mortality() {
  AgeCurve out{};
  for (int a = kAgeMin; a <= kAgeMax; ++a) out[static_cast<std::size_t>(a - kAgeMin)] = 2.3e-5 * std::exp(0.0947 * a);
  return out;
}

AgeCurve default_participation_women() {
  return piecewise({{15, 0.25},
                    {20, 0.65},
                    {25, 0.78},
                    {35, 0.80},
                    {45, 0.85},
                    {55, 0.80},
                    {60, 0.68},
                    {63, 0.45},
                    {65, 0.15},
                    {70, 0.06},
                    {74, 0.03}});
}

AgeCurve default_participation_all() {
  return piecewise({{15, 0.28},
                    {20, 0.70},
                    {25, 0.83},
                    {30, 0.87},
                    {45, 0.89},
                    {55, 0.84},
                    {60, 0.72},
                    {63, 0.50},
                    {65, 0.18},
                    {70, 0.08},
                    {74, 0.04}});
}

AgeCurve entry_profile(int level) {
  switch (level) {
    case 1:
      return bump(19, 4);
    case 2:
      return bump(20, 2.5);
    case 3:
      return bump(25, 3.5);
    default:
      return bump(26, 3);
  }
}

AgeCurve migration_profile() {
  return bump(28, 7);
}

}  // namespace fw::monitor
