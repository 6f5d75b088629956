// Stochastic runs: reproducible, bands ordered, mean converging to the deterministic model.
#include "engine/monitor/stochastic.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "engine/monitor/projection.hpp"
#include "fixtures.hpp"

namespace fw::monitor {
namespace {

constexpr int kHorizon = 2040;

// Whole persons per cell (the stochastic model rounds the stock), realistic exits and flows.
ProjectionInput populous_input(double per_age) {
  ProjectionInput in = test::flat_input(2, 2, per_age);
  auto m = default_mortality();
  in.mortality.assign(m.begin(), m.end());
  for (std::size_t gl = 0; gl < 2 * kLevels; ++gl) {
    for (std::size_t a = 0; a < kAges; ++a) {
      const int age = static_cast<int>(a) + kAgeMin;
      in.retirement[gl * kAges + a] = age >= 60 ? std::min(0.9, 0.1 + 0.06 * (age - 60)) : 0.008;
    }
  }
  for (std::size_t r = 0; r < in.rows(); ++r) {
    in.entrants[r] = per_age * 1.5;
    in.net_migration[r] = r % 2 == 0 ? per_age * 0.3 : -per_age * 0.05;  // some rows lose people
  }
  return in;
}

TEST(MonitorStochastic, ReproducibleForASeedAndOrderedBands) {
  const ProjectionInput in = populous_input(40);
  auto a = project_stochastic(in, {}, {}, kHorizon, {50, 11});
  auto b = project_stochastic(in, {}, {}, kHorizon, {50, 11});
  auto c = project_stochastic(in, {}, {}, kHorizon, {50, 12});
  ASSERT_TRUE(a && b && c);
  EXPECT_EQ(a->total_supply.p50, b->total_supply.p50);
  EXPECT_NE(a->total_supply.p50, c->total_supply.p50);
  ASSERT_EQ(a->supply.size(), 2u * kLevels);
  for (const Band& band : a->supply) {
    for (std::size_t t = 0; t <= 15; ++t) {
      EXPECT_LE(band.p10[t], band.p50[t]);
      EXPECT_LE(band.p50[t], band.p90[t]);
    }
  }
  EXPECT_EQ(a->total_supply.p10[0], a->total_supply.p90[0]);  // the base year is known
  EXPECT_LT(a->total_supply.p10[15], a->total_supply.p90[15]);
  const Band gap = gap_band(a->total_supply, a->total_demand);
  EXPECT_EQ(gap.p10[15], a->total_demand[15] - a->total_supply.p90[15]);
}

TEST(MonitorStochastic, MeanConvergesToTheDeterministicModel) {
  const ProjectionInput in = populous_input(2000);
  ProjectionOutput det;
  ASSERT_TRUE(project(in, {}, {}, kHorizon, det));
  auto st = project_stochastic(in, {}, {}, kHorizon, {400, 3});
  ASSERT_TRUE(st);
  for (std::size_t gl = 0; gl < 2 * kLevels; ++gl) {
    for (std::size_t t : {1u, 5u, 15u}) {
      double expected = 0;
      for (std::size_t k = 0; k < 2; ++k) expected += det.supply[(k * 2 * kLevels + gl) * 16 + t];
      // Standard error of the mean is about 0.01 % here; 0.2 % leaves room without hiding bias.
      EXPECT_NEAR(st->supply[gl].mean[t], expected, 2e-3 * expected) << "gl " << gl << " t " << t;
    }
    EXPECT_EQ(st->demand[gl][15], det.demand[gl * 16 + 15] + det.demand[(2 * kLevels + gl) * 16 + 15]);
  }
}

TEST(MonitorStochastic, WithoutRandomEventsEveryRunIsTheDeterministicOne) {
  ProjectionInput in = test::flat_input(1, 2, 7.0);  // no exits but ageing out, no flows
  ProjectionOutput det;
  ASSERT_TRUE(project(in, {}, {}, kHorizon, det));
  auto st = project_stochastic(in, {}, {}, kHorizon, {10, 1});
  ASSERT_TRUE(st);
  for (std::size_t t = 0; t <= 15; ++t) {
    double expected = 0;
    for (std::size_t r = 0; r < in.rows(); ++r) expected += det.supply[r * 16 + t];
    EXPECT_EQ(st->total_supply.p10[t], expected);
    EXPECT_EQ(st->total_supply.p90[t], expected);
  }
}

TEST(MonitorStochastic, ScenariosAndRegionsAsInTheDeterministicModel) {
  const ProjectionInput in = populous_input(40);
  Scenario later;
  later.retirement_age_shift = 3;
  auto base = project_stochastic(in, {}, std::vector<int>{0}, kHorizon, {40, 5}).value();
  auto shifted = project_stochastic(in, later, std::vector<int>{0}, kHorizon, {40, 5}).value();
  EXPECT_GT(shifted.total_supply.mean[15], base.total_supply.mean[15]);
  EXPECT_EQ(base.kreise, std::vector<int>{0});

  Scenario absurd;
  absurd.graduates_pct = 500;
  auto bad = project_stochastic(in, absurd, {}, kHorizon, {});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().field, "scenario.graduates_pct");
  auto runs = project_stochastic(in, {}, {}, kHorizon, {1, 1});
  ASSERT_FALSE(runs);
  EXPECT_EQ(runs.error().field, "runs");
  EXPECT_FALSE(project_stochastic(in, {}, std::vector<int>{-1}, kHorizon, {}));
}

}  // namespace
}  // namespace fw::monitor
