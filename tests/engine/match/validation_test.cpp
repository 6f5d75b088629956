// Bad input: every rejection is invalid_argument and names the offending field.
#include <gtest/gtest.h>

#include <functional>

#include "engine/match/matcher.hpp"
#include "test_data.hpp"

namespace fw::match {
namespace {

AnchoredQuery good_anchored() {
  AnchoredQuery q;
  q.partner.occupations = {{"43104", 0}};
  q.partner.max_minutes = 45;
  q.anchor = Anchor{48.84, 10.09, 40, Mode::car};
  return q;
}

CoupleQuery good_couple() {
  CoupleQuery q;
  q.a.occupations = {{"43104", 0}};
  q.b.occupations = {{"81302", 0}};
  q.region = Region{{"08136", "08135"}};
  return q;
}

struct Fixture : ::testing::Test {
  VacancyIndex index{test::places()};
  CommuteModel commute;
  Matcher matcher{index, commute};
};

using MatchValidation = Fixture;

void expect_error(const Result<SearchResult>& r, const char* key, const char* field) {
  ASSERT_FALSE(r) << field;
  EXPECT_EQ(r.error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(r.error().key, key);
  EXPECT_EQ(r.error().field, field);
}

TEST_F(MatchValidation, AnchoredQueries) {
  ASSERT_TRUE(matcher.anchored(good_anchored()));
  const std::vector<std::tuple<std::function<void(AnchoredQuery&)>, const char*, const char*>> cases = {
      {[](auto& q) { q.partner.occupations[0].kldb = "99104"; }, "match.kldb_unknown", "partner.occupations[0].kldb"},
      {[](auto& q) {
         q.partner.occupations.push_back({"4310x", 0});
       },
       "match.kldb_invalid", "partner.occupations[1].kldb"},
      {[](auto& q) { q.partner.occupations[0].level = 2; }, "match.level_invalid", "partner.occupations[0].level"},
      {[](auto& q) {
         q.partner.occupations = {{"4310", 5}};
       },
       "match.level_invalid", "partner.occupations[0].level"},
      {[](auto& q) { q.partner.occupations.clear(); }, "match.occupations_missing", "partner.occupations"},
      {[](auto& q) { q.partner.max_minutes = -1; }, "match.minutes_invalid", "partner.max_minutes"},
      {[](auto& q) { q.partner.max_minutes = 241; }, "match.minutes_invalid", "partner.max_minutes"},
      {[](auto& q) { q.anchor->max_minutes = 300; }, "match.minutes_invalid", "anchor.max_minutes"},
      {[](auto& q) {
         q.anchor->lat = 52.5;
         q.anchor->lon = 21.0;
       },
       "match.outside_germany", "anchor.lon"},
      {[](auto& q) { q.anchor->lat = 40.0; }, "match.outside_germany", "anchor.lat"},
      {[](auto& q) { q.anchor.reset(); }, "match.anchor_missing", "anchor"},
      {[](auto& q) {
         q.home = Point{48.0, 4.0};
       },
       "match.outside_germany", "home.lon"},
      {[](auto& q) { q.min_fit = 0; }, "match.min_fit_invalid", "min_fit"},
      {[](auto& q) { q.min_fit = 1.5; }, "match.min_fit_invalid", "min_fit"},
      {[](auto& q) { q.limit = 0; }, "match.limit_invalid", "limit"},
      {[](auto& q) { q.options.tolerance_minutes = -10; }, "match.option_invalid", "options.tolerance_minutes"},
  };
  for (const auto& [change, key, field] : cases) {
    auto q = good_anchored();
    change(q);
    expect_error(matcher.anchored(q), key, field);
  }
}

TEST_F(MatchValidation, CoupleQueries) {
  ASSERT_TRUE(matcher.couple(good_couple()));
  auto q = good_couple();
  q.region->kreise.push_back("99999");
  expect_error(matcher.couple(q), "match.kreis_unknown", "region.kreise[2]");
  q = good_couple();
  q.b.occupations[0].kldb = "019";
  expect_error(matcher.couple(q), "match.kldb_unknown", "b.occupations[0].kldb");
  q = good_couple();
  q.a.max_minutes = std::nan("");
  expect_error(matcher.couple(q), "match.minutes_invalid", "a.max_minutes");
}

TEST_F(MatchValidation, VacanciesAndNothingChanges) {
  Vacancy v{1, "43104", 0, kVollzeit, std::nullopt, {{48.84, 10.09}}, VacancyStatus::open};
  ASSERT_TRUE(index.upsert(v));
  const std::vector<std::tuple<std::function<void(Vacancy&)>, const char*, const char*>> cases = {
      {[](auto& x) { x.kldb = "4310"; }, "match.level_invalid", "level"},
      {[](auto& x) { x.level = 3; }, "match.level_invalid", "level"},
      {[](auto& x) { x.kldb = "12344"; }, "match.kldb_unknown", "kldb"},
      {[](auto& x) { x.locations.clear(); }, "match.locations_missing", "locations"},
      {[](auto& x) {
         x.locations.push_back({48.0, 16.0});
       },
       "match.outside_germany", "locations[1].lon"},
  };
  for (const auto& [change, key, field] : cases) {
    Vacancy bad = v;
    bad.kldb = "81302";  // an error must not move the vacancy to another bucket either
    change(bad);
    const auto r = index.upsert(bad);
    ASSERT_FALSE(r) << field;
    EXPECT_EQ(r.error().key, key);
    EXPECT_EQ(r.error().field, field);
    ASSERT_NE(index.find(1), nullptr);
    EXPECT_EQ(index.find(1)->code.view(), "43104");
  }
  EXPECT_EQ(index.size(), 1u);
}

}  // namespace
}  // namespace fw::match
