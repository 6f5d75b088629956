// Sums with suppressed cells, and the approximation of regional medians.
#include "engine/monitor/aggregate.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "fixtures.hpp"

namespace fw::monitor {
namespace {

using test::fill;

TEST(MonitorAggregate, SuppressedCellsWidenTheSumInsteadOfCountingAsZero) {
  BaseCube cube(2024, 3, {"262", "263"});
  fill(cube, 0, 0, 2, {{Quantity::unemployed, 10}});
  fill(cube, 1, 0, 2, {{Quantity::unemployed, -1}});  // "*"
  fill(cube, 2, 0, 2, {{Quantity::unemployed, 0}});   // "-"
  const int kreise[] = {0, 1, 2};
  const std::size_t occ[] = {0};
  Aggregate a = sum(cube, Quantity::unemployed, {kreise, occ, 2});
  EXPECT_TRUE(a.known());
  EXPECT_EQ(a.value.lo, 11);
  EXPECT_EQ(a.value.hi, 12);
  EXPECT_EQ(a.suppressed, 1);
  EXPECT_TRUE(a.notes & kNoteBounded);

  // Level 3 was never delivered: unknown, not zero.
  Aggregate missing = sum(cube, Quantity::unemployed, {kreise, occ, 3});
  EXPECT_TRUE(missing.missing);
  EXPECT_FALSE(missing.known());

  cube.set(Quantity::unemployed, cube.cell(0, 1, 2), 0, Status::not_possible);
  const std::size_t occ1[] = {1};
  EXPECT_TRUE(sum(cube, Quantity::unemployed, {std::span<const int>(kreise, 1), occ1, 2}).not_possible);
}

TEST(MonitorAggregate, MixtureQuantileIsExactWhereItCanBe) {
  const double one[] = {3000};
  const double w1[] = {5};
  Interval m = mixture_quantile(one, w1, 0, 0.4, 0.5);
  EXPECT_EQ(m.lo, 3000);
  EXPECT_EQ(m.hi, 3000);
  const double equal[] = {2500, 2500, 2500};
  const double w3[] = {1, 7, 100};
  EXPECT_EQ(mixture_quantile(equal, w3, 0, 0.4, 0.5).lo, 2500);
  // Two equally weighted log-normals with the same sigma: the median is the geometric mean of
  // their medians, by symmetry in log space.
  const double two[] = {2000, 4500};
  const double w2[] = {10, 10};
  EXPECT_NEAR(mixture_quantile(two, w2, 0, 0.4, 0.5).lo, std::sqrt(2000.0 * 4500.0), 1e-6);
  // More weight on the lower cell pulls the median down, but it stays between the two.
  const double w_low[] = {30, 10};
  const double low = mixture_quantile(two, w_low, 0, 0.4, 0.5).lo;
  EXPECT_GT(low, 2000);
  EXPECT_LT(low, std::sqrt(2000.0 * 4500.0));
}

TEST(MonitorAggregate, UnknownMassGivesBounds) {
  const double med[] = {2000, 4500};
  const double w[] = {10, 10};
  const double point = mixture_quantile(med, w, 0, 0.4, 0.5).lo;
  Interval b = mixture_quantile(med, w, 4, 0.4, 0.5);
  EXPECT_LT(b.lo, point);
  EXPECT_GT(b.hi, point);
  // As much unknown as known: nothing can be said.
  Interval none = mixture_quantile(med, w, 20, 0.4, 0.5);
  EXPECT_EQ(none.lo, 0);
  EXPECT_TRUE(std::isinf(none.hi));
}

TEST(MonitorAggregate, RegionalMedianWithWithheldCells) {
  BaseCube cube(2024, 3, {"262"});
  fill(cube, 0, 0, 2, {{Quantity::wage_employees, 500}, {Quantity::median_wage, 3000}});
  fill(cube, 1, 0, 2, {{Quantity::wage_employees, 480}, {Quantity::median_wage, 3400}});
  fill(cube, 2, 0, 2, {{Quantity::wage_employees, 20}, {Quantity::median_wage, -1}});  // median "*"
  const int kreise[] = {0, 1, 2};
  const std::size_t occ[] = {0};
  const Selection sel{kreise, occ, 2};
  // 2 % of the cases withheld, 20 % allowed: a point value from the published cells.
  Aggregate approx = median(cube, Quantity::median_wage, Quantity::wage_employees, sel, 0.4, 0.2);
  ASSERT_TRUE(approx.known());
  EXPECT_TRUE(approx.value.point());
  EXPECT_NEAR(approx.unknown_share, 0.02, 1e-12);
  EXPECT_TRUE(approx.notes & kNoteApproximated);
  EXPECT_GT(approx.value.lo, 3000);
  EXPECT_LT(approx.value.lo, 3400);
  // Strict: the withheld cases turn the median into an interval around that value.
  Aggregate strict = median(cube, Quantity::median_wage, Quantity::wage_employees, sel, 0.4, 0.0);
  EXPECT_LT(strict.value.lo, approx.value.lo);
  EXPECT_GT(strict.value.hi, approx.value.lo);
  EXPECT_TRUE(strict.notes & kNoteBounded);
  // A single published cell is its own median, exactly.
  Aggregate single =
      median(cube, Quantity::median_wage, Quantity::wage_employees, {std::span<const int>(kreise, 1), occ, 2}, 0.4);
  EXPECT_EQ(single.value.lo, 3000);
  EXPECT_EQ(single.value.hi, 3000);
  // No cases anywhere: "empty", never a median of 0.
  fill(cube, 0, 0, 3, {{Quantity::wage_employees, 0}, {Quantity::median_wage, 0}});
  Aggregate empty =
      median(cube, Quantity::median_wage, Quantity::wage_employees, {std::span<const int>(kreise, 1), occ, 3}, 0.4);
  EXPECT_TRUE(empty.empty);
  EXPECT_FALSE(empty.known());
}

TEST(MonitorAggregate, OccupationPrefixes) {
  BaseCube cube(2024, 1, {"2621", "2622", "2631", "8131"});
  auto under = occupations_under(cube, "262");
  ASSERT_TRUE(under);
  EXPECT_EQ(*under, (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(occupations_under(cube, "2")->size(), 3u);
  auto fine = occupations_under(cube, "26211");
  ASSERT_FALSE(fine);
  EXPECT_EQ(fine.error().key, "monitor.occupation_too_fine");
  auto none = occupations_under(cube, "99");
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().code, ErrorCode::not_found);
}

}  // namespace
}  // namespace fw::monitor
