// The deterministic cohort projection: invariants, scenarios, regions, demand.
#include "engine/monitor/projection.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

#include "engine/monitor/summary.hpp"
#include "fixtures.hpp"

namespace fw::monitor {
namespace {

constexpr int kHorizon = 2040;  // base year 2025 + 15

ProjectionOutput run(const ProjectionInput& in, const Scenario& s = {}, std::vector<int> kreise = {}) {
  ProjectionOutput out;
  auto r = project(in, s, kreise, kHorizon, out);
  EXPECT_TRUE(r) << (r ? "" : r.error().field + " " + r.error().detail);
  return out;
}

double total(const ProjectionOutput& out, const LargeVector<double>& v, std::size_t t) {
  double s = 0;
  for (std::size_t r = 0; r < v.size() / out.points(); ++r) s += v[r * out.points() + t];
  return s;
}

// Realistic rates: mortality, retirement from 60 on, entrants, positive migration.
ProjectionInput lively_input() {
  ProjectionInput in = test::flat_input(2, 3, 10.0);
  auto m = default_mortality();
  in.mortality.assign(m.begin(), m.end());
  for (std::size_t gl = 0; gl < 3 * kLevels; ++gl) {
    for (std::size_t a = 0; a < kAges; ++a) {
      const int age = static_cast<int>(a) + kAgeMin;
      in.retirement[gl * kAges + a] = age >= 60 ? 0.1 + 0.05 * (age - 60) : 0.01;
      if (in.retirement[gl * kAges + a] > 0.9) in.retirement[gl * kAges + a] = 0.9;
    }
  }
  for (std::size_t r = 0; r < in.rows(); ++r) {
    in.entrants[r] = 20.0 + static_cast<double>(r);
    in.net_migration[r] = 3.0;
    in.female_share[r] = static_cast<double>(r % 3) / 2;  // 0, 0.5, 1
    for (std::size_t a = 0; a < kAges; ++a) in.stock[r * kAges + a] = 5.0 + static_cast<double>((r * 7 + a * 3) % 11);
  }
  return in;
}

TEST(MonitorProjection, WithoutFlowsThePopulationJustAges) {
  ProjectionInput in = test::flat_input(2, 2, 0.0);
  for (std::size_t r = 0; r < in.rows(); ++r) {
    for (std::size_t a = 0; a < kAges; ++a) in.stock[r * kAges + a] = static_cast<double>(10 + a + r);
  }
  ASSERT_TRUE(in.validate());
  const ProjectionOutput out = run(in);
  ASSERT_EQ(out.years, 15);
  for (std::size_t r = 0; r < in.rows(); ++r) {
    const double* p0 = &in.stock[r * kAges];
    for (std::size_t t = 0; t <= 15; ++t) {
      // Everybody has aged t years; those older than 74 have left.
      const double expected = std::accumulate(p0, p0 + kAges - t, 0.0);
      EXPECT_DOUBLE_EQ(out.supply[r * 16 + t], expected) << "row " << r << " t " << t;
      EXPECT_DOUBLE_EQ(out.exits[r * 16 + t], t == 0 ? 0.0 : p0[kAges - t]);
    }
  }
}

TEST(MonitorProjection, SupplyIsConserved) {
  const ProjectionInput in = lively_input();
  ASSERT_TRUE(in.validate());
  const ProjectionOutput out = run(in);
  for (std::size_t r = 0; r < in.rows(); ++r) {
    const double inflow = in.entrants[r] + in.net_migration[r];  // both profiles sum to 1
    for (std::size_t t = 1; t <= 15; ++t) {
      const double expected = out.supply[r * 16 + t - 1] - out.exits[r * 16 + t] + inflow;
      EXPECT_NEAR(out.supply[r * 16 + t], expected, 1e-12 * expected) << r << " " << t;
    }
  }
}

TEST(MonitorProjection, DemandFollowsTheGrowthPathAndTheScenario) {
  ProjectionInput in = lively_input();
  for (std::size_t g = 0; g < 3; ++g) {
    for (int h = 0; h <= in.growth_years; ++h) in.growth[g * 16 + static_cast<std::size_t>(h)] = std::pow(1.02, h);
  }
  Scenario s;
  s.demand_growth_pct = 1;
  const ProjectionOutput out = run(in, s);
  for (std::size_t t = 0; t <= 15; ++t) {
    EXPECT_NEAR(out.demand[5 * 16 + t], in.demand0[5] * std::pow(1.02 * 1.01, static_cast<double>(t)), 1e-9);
  }
  const auto series = summarize(in, out, 2, false);  // all groups start with "26"
  ASSERT_EQ(series.size(), 1u);
  const Series& all = series[0];
  EXPECT_EQ(all.occupation, "26");
  EXPECT_NEAR(all.supply[15], total(out, out.supply, 15), 1e-9);
  EXPECT_NEAR(all.expansion(15), all.demand[15] - all.demand[14], 1e-9);
  EXPECT_EQ(all.replacement(15), all.exits[15]);
  EXPECT_NEAR(*all.gap_pct(15), 100 * (all.demand[15] - all.supply[15]) / all.demand[15], 1e-12);
  EXPECT_EQ(summarize(in, out, 3, true).size(), 3u * kLevels);
  Series empty{"x", 0, {0}, {0}, {0}};
  EXPECT_FALSE(empty.gap_pct(0));  // no demand: no percentage, not 0 %
}

TEST(MonitorProjection, AnyRegionIsItsKreisesRows) {
  const ProjectionInput in = lively_input();
  const ProjectionOutput full = run(in);
  const ProjectionOutput second = run(in, {}, {1});
  const std::size_t per_kreis = in.rows_per_kreis() * 16;
  ASSERT_EQ(second.supply.size(), per_kreis);
  for (std::size_t i = 0; i < per_kreis; ++i) {
    EXPECT_EQ(second.supply[i], full.supply[per_kreis + i]);
    EXPECT_EQ(second.demand[i], full.demand[per_kreis + i]);
  }
  auto map = gap_pct_by_kreis(in, full, "261", 0, 15);
  ASSERT_EQ(map.size(), 2u);
  EXPECT_TRUE(map[0].has_value());
  ProjectionOutput bad;
  auto r = project(in, {}, std::vector<int>{7}, kHorizon, bad);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().key, "monitor.unknown_region");
}

TEST(MonitorProjection, ScenariosMoveSupplyTheRightWay) {
  const ProjectionInput in = lively_input();
  auto supply_2040 = [&](const Scenario& s) {
    const ProjectionOutput out = run(in, s);
    return total(out, out.supply, 15);
  };
  const double base = supply_2040({});
  Scenario later;
  later.retirement_age_shift = 2;
  EXPECT_GT(supply_2040(later), base);
  Scenario earlier;
  earlier.retirement_age_shift = -2;
  EXPECT_LT(supply_2040(earlier), base);
  Scenario fewer;
  fewer.graduates_pct = -50;
  EXPECT_LT(supply_2040(fewer), base);
  Scenario more;
  more.net_migration_pct = 100;
  EXPECT_GT(supply_2040(more), base);

  // Women's participation: nothing at the base year, full effect at the horizon, and only in
  // rows that have women.
  Scenario women;
  women.participation_women_pp = 5;
  const ProjectionOutput w = run(in, women), b = run(in);
  EXPECT_EQ(w.supply[0], b.supply[0]);  // row 0: female share 0
  EXPECT_EQ(w.supply[0 * 16 + 15], b.supply[0 * 16 + 15]);
  EXPECT_EQ(w.supply[2 * 16 + 0], b.supply[2 * 16 + 0]);    // row 2: all women, base year
  EXPECT_GT(w.supply[2 * 16 + 15], b.supply[2 * 16 + 15]);  // ... higher at the horizon
  EXPECT_GT(w.supply[2 * 16 + 15] - b.supply[2 * 16 + 15], w.supply[1 * 16 + 15] - b.supply[1 * 16 + 15]);
  Scenario older;
  older.participation_55plus_pp = 5;
  EXPECT_GT(run(in, older).supply[0 * 16 + 15], b.supply[0 * 16 + 15]);
}

TEST(MonitorProjection, AbsurdScenariosAreRefusedNamingTheField) {
  const ProjectionInput in = lively_input();
  struct Case {
    Scenario s;
    const char* field;
  };
  auto with = [](auto set) {
    Scenario s;
    set(s);
    return s;
  };
  const Case cases[] = {
      {with([](Scenario& s) { s.retirement_age_shift = 10; }), "scenario.retirement_age_shift"},
      {with([](Scenario& s) { s.participation_women_pp = 60; }), "scenario.participation_women_pp"},
      {with([](Scenario& s) { s.participation_55plus_pp = -25; }), "scenario.participation_55plus_pp"},
      {with([](Scenario& s) { s.net_migration_pct = NAN; }), "scenario.net_migration_pct"},
      {with([](Scenario& s) { s.graduates_pct = -150; }), "scenario.graduates_pct"},
      {with([](Scenario& s) { s.demand_growth_pct = 30; }), "scenario.demand_growth_pct"},
      // Within range, but women aged 45 would participate at 105 %.
      {with([](Scenario& s) { s.participation_women_pp = 20; }), "scenario.participation_women_pp"},
  };
  for (const auto& c : cases) {
    ProjectionOutput out;
    auto r = project(in, c.s, {}, kHorizon, out);
    ASSERT_FALSE(r) << c.field;
    EXPECT_EQ(r.error().key, "monitor.scenario_out_of_range");
    EXPECT_EQ(r.error().field, c.field);
    EXPECT_EQ(r.error().code, ErrorCode::invalid_argument);
  }
  ProjectionOutput out;
  auto far = project(in, {}, {}, 2050, out);
  ASSERT_FALSE(far);
  EXPECT_EQ(far.error().field, "horizon");
  EXPECT_FALSE(project(in, {}, {}, 2025, out));
}

TEST(MonitorProjection, BrokenInputsAreRefusedNamingTheField) {
  ProjectionInput in = lively_input();
  in.stock[3] = -1;
  EXPECT_EQ(in.validate().error().field, "stock[3]");
  in = lively_input();
  in.stock.pop_back();
  EXPECT_EQ(in.validate().error().field, "stock");
  in = lively_input();
  in.retirement[5] = NAN;
  EXPECT_EQ(in.validate().error().field, "retirement[5]");
  in = lively_input();
  in.entry_profile[3] += 0.1;
  EXPECT_EQ(in.validate().error().field, "entry_profile[0]");
  EXPECT_EQ(in.validate().error().key, "monitor.bad_projection_input");
}

TEST(MonitorProjection, RepeatedRunsReuseTheOutputBuffers) {
  const ProjectionInput in = lively_input();
  ProjectionOutput out;
  ASSERT_TRUE(project(in, {}, {}, kHorizon, out));
  const double* before = out.supply.data();
  const double first = out.supply[17];
  ASSERT_TRUE(project(in, {}, {}, kHorizon, out));
  EXPECT_EQ(out.supply.data(), before);
  EXPECT_EQ(out.supply[17], first);  // deterministic
}

}  // namespace
}  // namespace fw::monitor
