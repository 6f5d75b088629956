// Threshold tables: the shipped files, scoring at the cut-offs, validation errors.
#include "engine/monitor/thresholds.hpp"

#include <gtest/gtest.h>

#include "fixtures.hpp"

namespace fw::monitor {
namespace {

ThresholdTable shipped(const char* name) {
  auto t = ThresholdTable::load(test::data_dir() + "/monitor/" + name);
  EXPECT_TRUE(t) << (t ? "" : t.error().field + " " + t.error().detail);
  return t.value();
}

TEST(MonitorThresholds, ShippedTablesParse) {
  const ThresholdTable t2020 = shipped("engpass_thresholds_2020.csv");
  EXPECT_EQ(t2020.version(), "2020");
  EXPECT_EQ(t2020.rows().size(), 9u);  // six indicators + three risk indicators
  EXPECT_EQ(t2020.engpass_from(), 2.0);
  EXPECT_EQ(t2020.beobachtung_from(), 1.5);
  EXPECT_EQ(t2020.min_indicators(), 4);
  EXPECT_TRUE(t2020.uses_ratio_to_all());
  EXPECT_EQ(t2020.row(Indicator::alo_stellen, false), nullptr);

  const ThresholdTable old = shipped("engpass_thresholds_pre2019.csv");
  EXPECT_EQ(old.version(), "pre2019");
  EXPECT_EQ(old.min_indicators(), 3);
  EXPECT_EQ(old.engpass_from(), 3.0);
  // Vacancy duration: +40 % nationally, +30 % regionally.
  EXPECT_EQ(old.row(Indicator::vakanzzeit, true)->cuts[0], 1.4);
  EXPECT_EQ(old.row(Indicator::vakanzzeit, false)->cuts[0], 1.3);
  EXPECT_EQ(old.row(Indicator::asr, false), nullptr);
}

TEST(MonitorThresholds, ScoresAtTheCutOffs) {
  const ThresholdTable t = shipped("engpass_thresholds_2020.csv");
  const ThresholdRow& asr = *t.row(Indicator::asr, false);  // down: 400 / 300 / 200
  struct Case {
    double v;
    int points;
  };
  for (auto [v, points] :
       {Case{500, 0}, Case{400.01, 0}, Case{400, 1}, Case{301, 1}, Case{300, 2}, Case{200, 3}, Case{0, 3}}) {
    EXPECT_EQ(ThresholdTable::score(asr, v), points) << v;
  }
  const ThresholdRow& wage = *t.row(Indicator::entgelt, false);  // up: 2 / 3 / 4 %
  for (auto [v, points] : {Case{-1, 0}, Case{1.99, 0}, Case{2, 1}, Case{3, 2}, Case{3.99, 2}, Case{4, 3}, Case{9, 3}}) {
    EXPECT_EQ(ThresholdTable::score(wage, v), points) << v;
  }
  const ThresholdTable old = shipped("engpass_thresholds_pre2019.csv");
  const ThresholdRow& step = *old.row(Indicator::alo_stellen, false);  // step rule: 3 or 0
  EXPECT_EQ(ThresholdTable::score(step, 199), 3);
  EXPECT_EQ(ThresholdTable::score(step, 201), 0);
}

TEST(MonitorThresholds, RoundTripsThroughCsv) {
  const ThresholdTable t = shipped("engpass_thresholds_2020.csv");
  auto again = ThresholdTable::parse(t.to_csv(), "again.csv");
  ASSERT_TRUE(again) << again.error().detail;
  EXPECT_EQ(again->to_csv(), t.to_csv());
  EXPECT_EQ(again->row(Indicator::alq, false)->cuts[1], 4.5);
}

TEST(MonitorThresholds, ErrorsNameFileLineAndProblem) {
  const std::string head = "version;kind;name;scope;basis;direction;cut1;cut2;cut3;min_base\n";
  const std::string rules = "v;rule;engpass_ab;;;;2;;;\nv;rule;beobachtung_ab;;;;1,5;;;\n";
  struct Case {
    std::string text;
    std::string field;
    std::string detail_part;
  };
  const Case cases[] = {
      {head + "v;indicator;asr;all;absolute;down;200;300;400;0\n" + rules, "t.csv:2", "cuts"},
      {head + "v;indicator;vakanz;all;absolute;up;1;2;3;0\n" + rules, "t.csv:2", "unknown indicator"},
      {head + "v;indicator;asr;all;absolute;sideways;3;2;1;0\n" + rules, "t.csv:2", "direction"},
      {head + "v;indicator;asr;all;absolute;down;3;2;1;0\nw;indicator;alq;all;absolute;down;3;2;1;0\n" + rules,
       "t.csv:3", "version"},
      {head + "v;indicator;asr;all;absolute;down;3;zwei;1;0\n" + rules, "t.csv:2", "cut2"},
      {head + "v;risk;asr;all;absolute;down;3;2;1;0\n" + rules, "t.csv:2", "not a risk"},
      {head + "v;indicator;asr;all;absolute;down;3;2;1;0\nv;indicator;asr;all;absolute;down;3;2;1;0\n" + rules,
       "t.csv:3", "duplicate"},
      {head + "v;indicator;asr;all;absolute;down;3;2;1;0\n", "t.csv:2", "engpass_ab"},
      {"version;kind;name\n", "t.csv:1", "header"},
  };
  for (const auto& c : cases) {
    auto t = ThresholdTable::parse(c.text, "t.csv");
    ASSERT_FALSE(t) << c.text;
    EXPECT_EQ(t.error().key, "monitor.bad_thresholds");
    EXPECT_EQ(t.error().field, c.field) << c.text;
    EXPECT_NE(t.error().detail.find(c.detail_part), std::string::npos) << t.error().detail;
  }
  auto missing = ThresholdTable::load("/nonexistent/thresholds.csv");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::not_found);
}

}  // namespace
}  // namespace fw::monitor
