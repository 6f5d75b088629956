// Reverse matching: a new or changed vacancy finds the open cases it fits.
#include "engine/match/reverse.hpp"

#include <gtest/gtest.h>

#include "test_data.hpp"

namespace fw::match {
namespace {

TEST(MatchReverse, FindsFittingCases) {
  VacancyIndex index(test::places());
  const CommuteModel commute;
  const Matcher matcher(index, commute);
  CaseBook book(matcher);

  AnchoredQuery aalen;  // partner of someone hired in Aalen: IT, 30 min by car
  aalen.partner.occupations = {{"43104", 0}};
  aalen.partner.max_minutes = 30;
  aalen.anchor = Anchor{48.83777, 10.09330, 20, Mode::car};
  ASSERT_TRUE(book.upsert(1, aalen));
  AnchoredQuery berlin = aalen;  // the same request in Berlin
  berlin.anchor = Anchor{52.52437, 13.41053, 20, Mode::car};
  ASSERT_TRUE(book.upsert(2, berlin));
  CoupleQuery couple;  // IT and nursing, homes in the Ostalbkreis
  couple.a.occupations = {{"4310", 3}};
  couple.b.occupations = {{"81302", 0}};
  couple.a.max_minutes = couple.b.max_minutes = 30;
  couple.region = Region{{"08136"}};
  ASSERT_TRUE(book.upsert(3, couple));
  EXPECT_EQ(book.size(), 3u);

  Vacancy it{100, "43104", 0, kVollzeit, std::nullopt, {{48.80, 10.05}}, VacancyStatus::open};  // near Aalen
  auto hits = book.cases_for(it);
  ASSERT_TRUE(hits);
  ASSERT_EQ(hits->size(), 1u);  // the couple case still lacks a nursing vacancy
  EXPECT_EQ((*hits)[0].case_id, 1);
  EXPECT_EQ((*hits)[0].role, "partner");
  EXPECT_DOUBLE_EQ((*hits)[0].fit, 1.0);

  ASSERT_TRUE(index.upsert({200, "81302", 0, kVollzeit, std::nullopt, {{48.84, 10.10}}, VacancyStatus::open}));
  hits = book.cases_for(it);
  ASSERT_TRUE(hits);
  ASSERT_EQ(hits->size(), 2u);
  EXPECT_EQ((*hits)[1].case_id, 3);
  EXPECT_EQ((*hits)[1].role, "a");
  EXPECT_DOUBLE_EQ((*hits)[1].fit, 0.8);

  // The nursing vacancy itself fits the couple as b, because the IT vacancy is now indexed.
  ASSERT_TRUE(index.upsert(it));
  hits = book.cases_for({200, "81302", 0, kVollzeit, std::nullopt, {{48.84, 10.10}}, VacancyStatus::open});
  ASSERT_TRUE(hits);
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].role, "b");

  Vacancy far = it;
  far.locations = {{50.0, 8.0}};
  EXPECT_TRUE(book.cases_for(far)->empty());
  Vacancy other = it;
  other.kldb = "25102";
  EXPECT_TRUE(book.cases_for(other)->empty());
  EXPECT_TRUE(book.erase(1));
  EXPECT_EQ(book.cases_for(it)->size(), 1u);  // only the couple case is left
  Vacancy bad = it;
  bad.locations = {{60.0, 10.0}};
  EXPECT_FALSE(book.cases_for(bad));
}

}  // namespace
}  // namespace fw::match
