// Indicator formulas on a hand-computed example (one Kreis, occupation 262, Fachkraft).
#include "engine/monitor/indicators.hpp"

#include <gtest/gtest.h>

#include "fixtures.hpp"

namespace fw::monitor {
namespace {

class MonitorIndicators : public ::testing::Test {
 protected:
  MonitorIndicators() : now(2024, 1, {"262"}), prev(2023, 1, {"262"}) {
    test::fill_example_now(now, 0, 0, 2);
    test::fill_example_prev(prev, 0, 0, 2);
  }
  IndicatorSet compute(const BaseCube* previous) { return compute_indicators({&now, previous, kreise, occ, occ, 2}); }
  static double value(const IndicatorSet& s, Indicator i) { return s[static_cast<std::size_t>(i)].value.lo; }
  static Reason reason(const IndicatorSet& s, Indicator i) { return s[static_cast<std::size_t>(i)].reason; }

  BaseCube now, prev;
  const int kreise[1] = {0};
  const std::size_t occ[1] = {0};
};

TEST_F(MonitorIndicators, FormulasOnHandComputedValues) {
  const IndicatorSet s = compute(&prev);
  for (const auto& v : s) {
    ASSERT_TRUE(v.ok()) << reason_name(v.reason);
    EXPECT_TRUE(v.value.point());
  }
  EXPECT_DOUBLE_EQ(value(s, Indicator::vakanzzeit), 120);                        // one cell: its median
  EXPECT_DOUBLE_EQ(value(s, Indicator::asr), 150);                               // 60 / 40 · 100
  EXPECT_DOUBLE_EQ(value(s, Indicator::alq), 100.0 * 30 / 1030);                 // 2.913 %
  EXPECT_DOUBLE_EQ(value(s, Indicator::auslaender), 12.0 - 100.0 * 100 / 950);   // +1.474 pp
  EXPECT_DOUBLE_EQ(value(s, Indicator::abgangsrate), 120);                       // 36 / 30 · 100
  EXPECT_DOUBLE_EQ(value(s, Indicator::entgelt), 100 * (3600.0 / 3500 - 1));     // +2.857 %
  EXPECT_DOUBLE_EQ(value(s, Indicator::alo_stellen), 75);                        // 30 / 40 · 100
  EXPECT_DOUBLE_EQ(value(s, Indicator::risk_60plus), 20.0 - 100.0 * 180 / 950);  // +1.053 pp
  EXPECT_DOUBLE_EQ(value(s, Indicator::risk_ausbildung), 20);                    // 10 / 50 · 100
  EXPECT_DOUBLE_EQ(value(s, Indicator::risk_absolventen), 2.5);                  // 25 / 1000 · 100
  // Case counts behind each value, for the tables' minimums.
  EXPECT_EQ(s[static_cast<std::size_t>(Indicator::vakanzzeit)].base, 100);
  EXPECT_EQ(s[static_cast<std::size_t>(Indicator::asr)].base, 40);
  EXPECT_EQ(s[static_cast<std::size_t>(Indicator::alq)].base, 1030);
}

TEST_F(MonitorIndicators, ChangesNeedTheComparisonYear) {
  const IndicatorSet s = compute(nullptr);
  EXPECT_EQ(reason(s, Indicator::auslaender), Reason::no_previous_year);
  EXPECT_EQ(reason(s, Indicator::entgelt), Reason::no_previous_year);
  EXPECT_EQ(reason(s, Indicator::risk_60plus), Reason::no_previous_year);
  EXPECT_EQ(reason(s, Indicator::asr), Reason::none);
}

TEST_F(MonitorIndicators, NeverASilentZero) {
  test::fill(now, 0, 0, 2, {{Quantity::vacancies_stock, 0}});  // "-": no vacancies
  now.set(Quantity::exits_unemployment, now.cell(0, 0, 2), 0, Status::missing);
  now.set(Quantity::apprenticeships_unfilled, now.cell(0, 0, 2), 0, Status::not_possible);
  const IndicatorSet s = compute(&prev);
  EXPECT_EQ(reason(s, Indicator::asr), Reason::zero_base);
  EXPECT_EQ(reason(s, Indicator::alo_stellen), Reason::zero_base);
  EXPECT_EQ(reason(s, Indicator::abgangsrate), Reason::no_data);
  EXPECT_EQ(reason(s, Indicator::risk_ausbildung), Reason::not_possible);
  EXPECT_EQ(reason(s, Indicator::alq), Reason::none);
}

TEST_F(MonitorIndicators, SuppressedCountsGiveIntervals) {
  test::fill(now, 0, 0, 2, {{Quantity::vacancies_stock, -1}});  // "*": 1 or 2 vacancies
  const IndicatorSet s = compute(&prev);
  const auto& asr = s[static_cast<std::size_t>(Indicator::asr)];
  ASSERT_TRUE(asr.ok());
  EXPECT_DOUBLE_EQ(asr.value.lo, 3000);  // 60 / 2 · 100
  EXPECT_DOUBLE_EQ(asr.value.hi, 6000);  // 60 / 1 · 100
  EXPECT_TRUE(asr.notes & kNoteBounded);
}

TEST_F(MonitorIndicators, NotesTravelIntoTheResult) {
  now.set(Quantity::unemployed, now.cell(0, 0, 2), 30, Status::value, kNoteProvisional);
  const IndicatorSet s = compute(&prev);
  EXPECT_TRUE(s[static_cast<std::size_t>(Indicator::alq)].notes & kNoteProvisional);
  EXPECT_FALSE(s[static_cast<std::size_t>(Indicator::asr)].notes & kNoteProvisional);
}

}  // namespace
}  // namespace fw::monitor
