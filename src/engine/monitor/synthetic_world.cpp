// The latent structure of the synthetic labour market: which occupations are where, how tight
// they are, how old their workforce is. Numbers are chosen to give German orders of magnitude
// (labour force ≈ 52 % of the population, unemployment 2–15 % by level, a few known shortage
// groups), not to reproduce any real figure.
#include <algorithm>
#include <cmath>
#include <string_view>

#include "engine/monitor/synthetic_detail.hpp"

namespace fw::monitor {

using namespace synth;

namespace {

// Occupation groups with well-known shortages (nursing, elderly care, energy and building
// technology, drivers, childcare, ...) and well-known slack (office, warehousing, sales).
double tightness_boost(std::string_view code) {
  for (std::string_view c :
       {"813", "821", "262", "263", "342", "521", "831", "252", "321", "322", "434", "817", "825"}) {
    if (code == c) return 1.6;
  }
  for (std::string_view c : {"714", "513", "622", "732", "721", "111"}) {
    if (code == c) return 0.7;
  }
  return 1.0;
}

}  // namespace

SyntheticWorld make_world(const Reference& ref, const SyntheticOptions& options) {
  SyntheticWorld w;
  w.options = options;
  const std::uint64_t s = options.seed;
  for (const auto& k : ref.kreise()) {
    w.kreise.push_back(k.ags);
    w.labour_force.push_back(0.52 * static_cast<double>(k.population));
    w.city.push_back(k.type == "Kreisfreie Stadt" || k.type == "Stadtkreis" ? 1 : 0);
    const std::string land = k.land();
    w.east.push_back(land >= "12" && land <= "16" ? 1 : 0);
  }
  for (const auto& g : ref.groups()) w.groups.push_back(g.code);
  const std::size_t K = w.kreise.size(), G = w.groups.size();

  for (std::size_t k = 0; k < K; ++k) {
    const double base = w.city[k] ? 0.004 : w.east[k] ? -0.003 : 0.0015;
    w.migration_rate.push_back(base + 0.002 * normal(key(s, {kMigration, k})));
  }
  std::vector<double> weight(G), affinity(G);
  for (std::size_t g = 0; g < G; ++g) {
    const std::string_view code = w.groups[g];
    weight[g] = std::exp(0.9 * normal(key(s, {kGroupWeight, g}))) * (code.starts_with("01") ? 0.05 : 1.0);
    affinity[g] = 0.6 * (unit(key(s, {kCityAffinity, g})) - 0.5) + (code.starts_with("43") ? 0.5 : 0.0) -
                  (code.starts_with("11") ? 0.8 : 0.0);
  }
  w.group_share.resize(K * G);
  for (std::size_t k = 0; k < K; ++k) {
    double total = 0;
    for (std::size_t g = 0; g < G; ++g) {
      const double v = weight[g] * std::exp(w.city[k] ? affinity[g] : -0.3 * affinity[g]) *
                       std::exp(0.25 * normal(key(s, {kKreisGroup, k, g})));
      w.group_share[k * G + g] = v;
      total += v;
    }
    for (std::size_t g = 0; g < G; ++g) w.group_share[k * G + g] /= total;
  }
  constexpr double kLevelBase[kLevels] = {0.17, 0.55, 0.14, 0.14};
  constexpr double kLevelTight[kLevels] = {0.6, 1.1, 1.15, 1.0};
  constexpr double kLevelWage[kLevels] = {2400, 3200, 4200, 5400};
  w.level_share.resize(G * kLevels);
  w.tightness.resize(G * kLevels);
  w.wage.resize(G * kLevels);
  for (std::size_t g = 0; g < G; ++g) {
    const std::string_view code = w.groups[g];
    double total = 0;
    for (std::size_t l = 0; l < kLevels; ++l) {
      double v = kLevelBase[l] * std::exp(0.4 * normal(key(s, {kLevelShare, g, l})));
      if (code.starts_with("43") && l == 3) v *= 2.5;  // IT: many experts
      w.level_share[g * kLevels + l] = v;
      total += v;
      w.tightness[g * kLevels + l] =
          kLevelTight[l] * tightness_boost(code) * std::exp(0.3 * normal(key(s, {kTightness, g, l})));
      w.wage[g * kLevels + l] = kLevelWage[l] * std::exp(0.12 * normal(key(s, {kWage, g, l})));
    }
    for (std::size_t l = 0; l < kLevels; ++l) w.level_share[g * kLevels + l] /= total;
    double growth = 0.004 + 0.008 * normal(key(s, {kGrowth, g}));
    if (code.starts_with("43")) growth += 0.015;
    if (code == "813" || code == "821" || code == "831") growth += 0.012;
    w.growth.push_back(std::clamp(growth, -0.025, 0.035));
    double female = 0.1 + 0.8 * unit(key(s, {kFemale, g}));
    if (code == "813" || code == "821" || code == "831" || code == "811") female = 0.82;
    if (code.starts_with("32") || code.starts_with("34") || code.starts_with("52")) female = 0.05;
    w.female.push_back(female);
    double foreign = 0.04 + 0.15 * unit(key(s, {kForeign, g}));
    if (code.starts_with("32") || code.starts_with("29") || code.starts_with("54")) foreign += 0.1;
    w.foreign.push_back(foreign);
    w.age_shift.push_back(std::clamp(3 * normal(key(s, {kAgeShift, g})), -5.0, 5.0));
  }
  return w;
}

double synthetic_labour_force(const SyntheticWorld& w, std::size_t k, std::size_t g, int level, int year) {
  const std::size_t G = w.groups.size();
  const auto l = static_cast<std::size_t>(level - 1);
  const double trend = std::pow(1 + w.growth[g], year - w.options.last_year);
  const double noise =
      1 + 0.015 * synth::normal(synth::key(w.options.seed, {kLabourNoise, k, g, l, static_cast<std::uint64_t>(year)}));
  return w.labour_force[k] * w.group_share[k * G + g] * w.level_share[g * kLevels + l] * trend * noise;
}

AgeCurve synthetic_age_profile(const SyntheticWorld& w, std::size_t g, int level, bool east) {
  constexpr double kLevelOffset[kLevels] = {-2, 0, 1.5, 2.5};
  const double shift = w.age_shift[g] + kLevelOffset[level - 1] + (east ? 2 : 0);
  AgeCurve out{};
  double total = 0;
  for (int a = kAgeMin; a <= kAgeMax; ++a) {
    const double z1 = (a - 49 - shift) / 9.0, z2 = (a - 33 - shift) / 8.0;
    double v = 0.55 * std::exp(-0.5 * z1 * z1) + 0.45 * std::exp(-0.5 * z2 * z2);
    v *= std::min(1.0, (a - kAgeMin + 1) / 8.0);  // few very young workers
    v /= 1 + std::exp((a - 63.5) / 1.3);          // retirement
    out[static_cast<std::size_t>(a - kAgeMin)] = v;
    total += v;
  }
  for (double& v : out) v /= total;
  return out;
}

AgeCurve synthetic_exit_rates(const SyntheticWorld& w, std::size_t g, int level) {
  const AgeCurve mortality = default_mortality();
  const double retire_at = 63.3 + 0.5 * (level - 2) + 0.2 * w.age_shift[g];
  AgeCurve q{};
  for (int a = kAgeMin; a <= kAgeMax; ++a) {
    const std::size_t i = static_cast<std::size_t>(a - kAgeMin);
    const double leave = 0.004 + 0.015 * std::exp(-(a - kAgeMin) / 15.0);  // young people switch occupation
    const double retire = 0.55 / (1 + std::exp(-(a - retire_at) / 1.1));
    q[i] = std::min(0.95, mortality[i] + leave + retire);
  }
  q[kAges - 1] = 1.0;
  return q;
}

namespace synth {

double share_60plus(const AgeCurve& profile) {
  double s = 0;
  for (int a = 60; a <= kAgeMax; ++a) s += profile[static_cast<std::size_t>(a - kAgeMin)];
  return s;
}

double exit_fraction(const SyntheticWorld& w, std::size_t g, int level) {
  const AgeCurve p = synthetic_age_profile(w, g, level, false);
  const AgeCurve q = synthetic_exit_rates(w, g, level);
  double f = 0;
  for (std::size_t a = 0; a < kAges; ++a) f += p[a] * q[a];
  return f;
}

}  // namespace synth

}  // namespace fw::monitor
