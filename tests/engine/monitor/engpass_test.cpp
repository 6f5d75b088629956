// The bottleneck score: points, classes, "nicht bewertbar" and aggregation over Kreise.
#include "engine/monitor/engpass.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "fixtures.hpp"

namespace fw::monitor {
namespace {

using test::fill;
using test::table_from;

// Every cell of every Kreis and occupation holds the hand-computed example.
BaseDataset example_data(std::vector<std::string> ags, std::vector<std::string> occs) {
  BaseDataset d(std::move(ags), std::move(occs));
  BaseCube& now = d.period(2024);
  BaseCube& prev = d.period(2023);
  for (std::size_t k = 0; k < now.kreise(); ++k) {
    for (std::size_t o = 0; o < now.occupations().size(); ++o) {
      for (int l = 1; l <= kLevels; ++l) {
        test::fill_example_now(now, k, o, l);
        test::fill_example_prev(prev, k, o, l);
      }
    }
  }
  return d;
}

class MonitorEngpass : public ::testing::Test {
 protected:
  MonitorEngpass()
      : ref(test::tiny_reference({"08101", "08102"}, {"262", "263"})),
        data(example_data({"08101", "08102"}, {"262", "263"})),
        kreis(resolve_region(ref, "08101").value()) {}
  UnitScore score(const ThresholdTable& t, int level = 2, ScoringOptions o = {}) {
    return EngpassScorer(data, t, o).score(kreis, 2024, "262", level).value();
  }
  Reference ref;
  BaseDataset data;
  Region kreis;
};

// In the example asr = 150 and alq = 2.913 %; the tables below place them on chosen points.
TEST_F(MonitorEngpass, ClassesFromTheMeanOfPoints) {
  struct Case {
    const char* asr_cuts;
    const char* alq_cuts;
    double mean;
    EngpassClass cls;
  };
  const Case cases[] = {
      {"400;300;200", "6;4,5;3", 3.0, EngpassClass::engpass},
      {"400;300;200", "6;2;1", 2.0, EngpassClass::engpass},  // 2.0 is a bottleneck (inclusive)
      {"400;300;100", "6;2;1", 1.5, EngpassClass::beobachtung},
      {"400;100;50", "6;2;1", 1.0, EngpassClass::kein_engpass},
      {"100;50;10", "2;1;0,5", 0.0, EngpassClass::kein_engpass},
  };
  for (const auto& c : cases) {
    const ThresholdTable t = table_from(std::string("t;indicator;asr;all;absolute;down;") + c.asr_cuts + ";0\n" +
                                        "t;indicator;alq;all;absolute;down;" + c.alq_cuts + ";0\n");
    const UnitScore u = score(t);
    ASSERT_TRUE(u.score) << c.asr_cuts;
    EXPECT_EQ(*u.score, c.mean);
    EXPECT_EQ(u.cls, c.cls) << c.asr_cuts << " " << c.alq_cuts;
    EXPECT_EQ(u.assessed, 2);
    EXPECT_EQ(u.indicators[static_cast<std::size_t>(Indicator::vakanzzeit)].reason, Reason::not_in_table);
  }
}

TEST_F(MonitorEngpass, TooFewIndicatorsIsNichtBewertbar) {
  auto t = ThresholdTable::load(test::data_dir() + "/monitor/engpass_thresholds_2020.csv").value();
  EngpassScorer with_prev(data, t);
  UnitScore full = with_prev.score(kreis, 2024, "262", 2).value();
  EXPECT_EQ(full.assessed, 6);
  ASSERT_TRUE(full.score);
  // Without the comparison year three change indicators drop out; require five.
  ScoringOptions strict;
  strict.change_years = 5;
  strict.min_indicators = 5;
  UnitScore u = EngpassScorer(data, t, strict).score(kreis, 2024, "262", 2).value();
  EXPECT_EQ(u.assessed, 4);
  EXPECT_FALSE(u.score);
  EXPECT_EQ(u.cls, EngpassClass::nicht_bewertbar);
  EXPECT_EQ(u.reason, Reason::too_few_indicators);
  EXPECT_EQ(u.indicators[static_cast<std::size_t>(Indicator::entgelt)].reason, Reason::no_previous_year);
  EXPECT_EQ(u.indicators[static_cast<std::size_t>(Indicator::entgelt)].points, -1);
}

TEST_F(MonitorEngpass, HelferAreNotRatedUnlessAsked) {
  const ThresholdTable t = table_from("t;indicator;asr;all;absolute;down;400;300;200;0\n", 1);
  UnitScore helfer = score(t, 1);
  EXPECT_EQ(helfer.cls, EngpassClass::nicht_bewertbar);
  EXPECT_EQ(helfer.reason, Reason::level_not_rated);
  EXPECT_EQ(helfer.indicators[static_cast<std::size_t>(Indicator::asr)].points, 3);  // still shown
  ScoringOptions o;
  o.rate_helfer = true;
  EXPECT_EQ(score(t, 1, o).cls, EngpassClass::engpass);
}

TEST_F(MonitorEngpass, TooFewCasesAndSuppressedValues) {
  // 40 vacancies are below a minimum of 50.
  UnitScore few = score(table_from("t;indicator;asr;all;absolute;down;400;300;200;50\n", 1));
  EXPECT_EQ(few.indicators[static_cast<std::size_t>(Indicator::asr)].reason, Reason::too_few_cases);
  EXPECT_EQ(few.reason, Reason::too_few_indicators);

  // Vacancies "*": asr lies in [3000, 6000] – 0 points either way, so it is assessed.
  const std::size_t c = data.period(2024).cell(0, 0, 2);
  data.period(2024).set(Quantity::vacancies_stock, c, 0, Status::suppressed);
  const ThresholdTable t = table_from("t;indicator;asr;all;absolute;down;400;300;200;0\n", 1);
  UnitScore bounded = score(t);
  EXPECT_EQ(bounded.indicators[static_cast<std::size_t>(Indicator::asr)].points, 0);
  EXPECT_TRUE(bounded.notes & kNoteBounded);
  // With 5 job seekers asr lies in [250, 500]: 2 points or 0 – not assessable.
  data.period(2024).set(Quantity::job_seekers, c, 5);
  UnitScore ambiguous = score(t);
  EXPECT_EQ(ambiguous.indicators[static_cast<std::size_t>(Indicator::asr)].reason, Reason::suppressed_ambiguous);
  EXPECT_EQ(ambiguous.cls, EngpassClass::nicht_bewertbar);
}

TEST_F(MonitorEngpass, RegionResultEqualsResultFromSummedQuantities) {
  // Two Kreise with different counts (and the same medians) ...
  BaseCube& now = data.period(2024);
  fill(now, 1, 0, 2,
       {{Quantity::employees, 3000},
        {Quantity::unemployed, 250},
        {Quantity::job_seekers, 400},
        {Quantity::vacancies_stock, 15},
        {Quantity::exits_unemployment, 100},
        {Quantity::employees_foreign, 150}});
  // ... against one Kreis holding their sums.
  BaseDataset summed = example_data({"08103"}, {"262", "263"});
  fill(summed.period(2024), 0, 0, 2,
       {{Quantity::employees, 4000},
        {Quantity::unemployed, 280},
        {Quantity::job_seekers, 460},
        {Quantity::vacancies_stock, 55},
        {Quantity::exits_unemployment, 136},
        {Quantity::employees_foreign, 270},
        {Quantity::employees_60plus, 400},
        {Quantity::employees_female, 600},
        {Quantity::vacancies_completed, 200},
        {Quantity::wage_employees, 1400},
        {Quantity::apprenticeships_reported, 100},
        {Quantity::apprenticeships_unfilled, 20},
        {Quantity::graduates, 50},
        {Quantity::vacancies_inflow, 220},
        {Quantity::vacancies_stock_temp, 10}});
  fill(summed.period(2023), 0, 0, 2,
       {{Quantity::employees, 1900},
        {Quantity::employees_foreign, 200},
        {Quantity::employees_60plus, 360},
        {Quantity::vacancies_completed, 200},
        {Quantity::wage_employees, 1400}});
  const Reference ref1 = test::tiny_reference({"08103"}, {"262", "263"});
  const Region both = resolve_region(ref, "kreise:08101,08102").value();
  const Region one = resolve_region(ref1, "08103").value();
  // Vacancy duration is not relative here: the all-occupation reference differs by design.
  const ThresholdTable t = table_from(
      "t;indicator;vakanzzeit;all;absolute;up;60;90;120;0\nt;indicator;asr;all;absolute;down;400;300;200;0\n"
      "t;indicator;alq;all;absolute;down;6;4,5;3;0\nt;indicator;auslaender;all;absolute;up;0,5;1;1,5;0\n"
      "t;indicator;abgangsrate;all;absolute;up;60;80;100;0\nt;indicator;entgelt;all;absolute;up;2;3;4;0\n");
  const UnitScore a = EngpassScorer(data, t).score(both, 2024, "262", 2).value();
  const UnitScore b = EngpassScorer(summed, t).score(one, 2024, "262", 2).value();
  for (std::size_t i = 0; i < kIndicatorCount; ++i) {
    EXPECT_EQ(a.indicators[i].reason, b.indicators[i].reason) << indicator_name(static_cast<Indicator>(i));
    if (!a.indicators[i].raw.ok()) continue;
    EXPECT_NEAR(a.indicators[i].raw.value.lo, b.indicators[i].raw.value.lo,
                1e-9 * std::abs(b.indicators[i].raw.value.lo))
        << indicator_name(static_cast<Indicator>(i));
    EXPECT_EQ(a.indicators[i].points, b.indicators[i].points);
  }
  ASSERT_TRUE(a.score && b.score);
  EXPECT_EQ(*a.score, *b.score);
  EXPECT_EQ(a.cls, b.cls);
}

TEST_F(MonitorEngpass, VacancyDurationRelativeToAllOccupations) {
  // 263 has half the duration of 262 everywhere, equal weights: the all-occupation median is
  // their geometric mean, so 262 stands at √2 of it.
  for (std::size_t k = 0; k < 2; ++k) {
    for (int l = 1; l <= kLevels; ++l) fill(data.period(2024), k, 1, l, {{Quantity::vacancy_duration_median, 60}});
  }
  const ThresholdTable t = table_from("t;indicator;vakanzzeit;all;ratio_to_all;up;0,9;1,1;1,3;0\n", 1);
  const UnitScore u = score(t);
  const auto& v = u.indicators[static_cast<std::size_t>(Indicator::vakanzzeit)];
  EXPECT_EQ(v.raw.value.lo, 120);
  EXPECT_NEAR(v.scored.lo, std::sqrt(2.0), 1e-9);
  EXPECT_EQ(v.points, 3);
}

TEST_F(MonitorEngpass, FourDigitCodesTakeTheirGroupsUnemploymentRate) {
  BaseDataset fine = example_data({"08101"}, {"2621", "2622"});
  fill(fine.period(2024), 0, 1, 2, {{Quantity::unemployed, 130}});  // 2622 has many unemployed
  const Region k = resolve_region(test::tiny_reference({"08101"}, {"262"}), "08101").value();
  const ThresholdTable t = table_from("t;indicator;alq;all;absolute;down;6;4,5;3;0\n", 1);
  const UnitScore u = EngpassScorer(fine, t).score(k, 2024, "2621", 2).value();
  // (30 + 130) / (30 + 130 + 2000): the group 262, not 2621 alone.
  EXPECT_NEAR(u.indicators[static_cast<std::size_t>(Indicator::alq)].raw.value.lo, 100.0 * 160 / 2160, 1e-12);
  EXPECT_EQ(u.indicators[static_cast<std::size_t>(Indicator::asr)].reason, Reason::not_in_table);
}

TEST_F(MonitorEngpass, PreTwentyNineteenRulesNeedAllThreeCriteria) {
  for (std::size_t k = 0; k < 2; ++k) {
    for (int l = 1; l <= kLevels; ++l) fill(data.period(2024), k, 1, l, {{Quantity::vacancy_duration_median, 60}});
  }
  auto old = ThresholdTable::load(test::data_dir() + "/monitor/engpass_thresholds_pre2019.csv").value();
  // Duration √2 ≥ 1.3 × average, 75 unemployed per 100 jobs, rate 2.9 % ≤ 3 %: all three met.
  UnitScore all = score(old);
  EXPECT_EQ(all.cls, EngpassClass::engpass);
  EXPECT_EQ(*all.score, 3.0);
  fill(data.period(2024), 0, 0, 2, {{Quantity::unemployed, 35}});  // rate 3.4 %: two of three
  UnitScore two = score(old);
  EXPECT_EQ(*two.score, 2.0);
  EXPECT_EQ(two.cls, EngpassClass::beobachtung);
}

TEST_F(MonitorEngpass, ErrorsAndBatch) {
  const ThresholdTable t = table_from("t;indicator;asr;all;absolute;down;400;300;200;0\n", 1);
  EngpassScorer s(data, t);
  auto year = s.score(kreis, 2019, "262", 2);
  ASSERT_FALSE(year);
  EXPECT_EQ(year.error().key, "monitor.no_period");
  EXPECT_EQ(s.score(kreis, 2024, "262", 5).error().key, "monitor.bad_level");
  EXPECT_EQ(s.score(kreis, 2024, "2621", 2).error().key, "monitor.occupation_too_fine");
  const Region elsewhere{"x", {5}, false};  // resolved against another reference
  EXPECT_EQ(s.score(elsewhere, 2024, "262", 2).error().key, "monitor.unknown_region");
  ScoringOptions odd;
  odd.change_years = 0;
  EXPECT_EQ(EngpassScorer(data, t, odd).score(kreis, 2024, "262", 2).error().field, "options.change_years");
  // A 2-digit code sums its groups.
  auto coarse = s.score(kreis, 2024, "26", 2);
  ASSERT_TRUE(coarse);
  EXPECT_DOUBLE_EQ(coarse->indicators[static_cast<std::size_t>(Indicator::asr)].raw.value.lo, 150);

  auto all = s.score_all(kreis, 2024).value();
  ASSERT_EQ(all.size(), 8u);
  EXPECT_EQ(all[1].occupation, "262");
  EXPECT_EQ(all[1].level, 2);
  auto each = s.score_each_kreis(2024).value();
  ASSERT_EQ(each.size(), 16u);
  EXPECT_EQ(each[1].cls, all[1].cls);
  EXPECT_EQ(each[1].score, static_cast<float>(*all[1].score));
  EXPECT_TRUE(std::isnan(each[0].score));  // Helfer: not rated, NaN rather than 0
  EXPECT_EQ(each[0].reason, Reason::level_not_rated);
}

}  // namespace
}  // namespace fw::monitor
