// Age axis and default demographic curves of the projection. The defaults are smooth
// approximations of published German figures (sources in docs/engine-monitor.md); real
// deployments may replace every curve through ProjectionInput.
#pragma once

#include <array>

namespace fw::monitor {

inline constexpr int kAgeMin = 15;
inline constexpr int kAgeMax = 74;
inline constexpr int kAges = kAgeMax - kAgeMin + 1;  // 60 single ages; index = age - 15
using AgeCurve = std::array<double, kAges>;

// Annual probability of death by age, both sexes: a Gompertz curve q(a) = 2.3e-5 · e^(0.0947 a)
// through the Destatis life table 2017/19 (about 0.001 at 40, 0.008 at 60, 0.025 at 74).
AgeCurve default_mortality();

// Labour-force participation rates (0..1) by age, Mikrozensus 2019 orders of magnitude,
// piecewise linear: women, and everybody. Only used to turn "+n points" into a supply factor.
AgeCurve default_participation_women();
AgeCurve default_participation_all();

// Age distribution (sums to 1) of entrants from vocational training and higher education per
// requirement level 1..4: a normal bump cut at ±3 standard deviations (Helfer 19 ± 4,
// Fachkraft 20 ± 2.5, Spezialist 25 ± 3.5, Experte 26 ± 3 years).
AgeCurve entry_profile(int level);

// Age distribution (sums to 1) of net migration: a bump at 28 ± 7 years, cut at ±3 sd.
AgeCurve migration_profile();

}  // namespace fw::monitor
