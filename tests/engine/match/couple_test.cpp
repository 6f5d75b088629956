// Couple search: equal to the brute-force enumeration of pairs, every pair feasible.
#include <gtest/gtest.h>

#include "brute_force.hpp"
#include "engine/match/matcher.hpp"
#include "test_data.hpp"

namespace fw::match {
namespace {

struct MatchCouple : ::testing::Test {
  static void SetUpTestSuite() { data = new std::vector<Vacancy>(test::region_vacancies(1500, 815)); }
  static void TearDownTestSuite() { delete data; }
  static std::vector<Vacancy>* data;

  void SetUp() override {
    for (const auto& v : *data) ASSERT_TRUE(index.upsert(v));
  }

  CoupleQuery random_query(Rng& rng, bool region) {
    CoupleQuery q;
    q.a = test::random_request(rng, 10 + 30 * rng.uniform(), static_cast<Mode>(rng.below(3)));
    q.b = test::random_request(rng, 10 + 30 * rng.uniform(), static_cast<Mode>(rng.below(3)));
    // Ostalbkreis, Heidenheim, Schwäbisch Hall, Rems-Murr, Göppingen, Esslingen, Alb-Donau.
    static const std::vector<std::string> kreise = {"08136", "08135", "08127", "08119", "08117", "08116", "08425"};
    if (region) {
      q.region = Region{};
      for (int i = 0; i < 1 + static_cast<int>(rng.below(4)); ++i)
        q.region->kreise.push_back(kreise[rng.below(kreise.size())]);
    }
    q.min_fit = std::vector<double>{0.3, 0.5, 0.6, 0.8}[rng.below(4)];
    q.options.count_budget = 1'000'000'000;
    return q;
  }

  VacancyIndex index{test::places()};
  CommuteModel commute;
  Matcher matcher{index, commute};
};
std::vector<Vacancy>* MatchCouple::data = nullptr;

void expect_same(const SearchResult& got, const test::Brute& want, std::size_t limit) {
  ASSERT_TRUE(got.feasible.has_value());
  ASSERT_EQ(*got.feasible, want.feasible);
  ASSERT_EQ(*got.more_with_tolerance, want.relaxed - want.feasible);
  ASSERT_EQ(got.matches.size(), std::min(limit, want.results.size()));
  for (std::size_t i = 0; i < got.matches.size(); ++i) {
    ASSERT_EQ(got.matches[i].vacancy_ids, want.results[i].first) << i;
    ASSERT_EQ(got.matches[i].score, want.results[i].second) << i;
  }
}

TEST_F(MatchCouple, EqualsBruteForceWithLargeLimit) {
  Rng rng(21);
  std::size_t total = 0;
  for (int i = 0; i < 16; ++i) {
    auto q = random_query(rng, i % 4 != 3);
    q.limit = 1'000'000;
    const auto got = matcher.couple(q);
    ASSERT_TRUE(got) << got.error().key << " " << got.error().field;
    const auto want =
        test::brute_couple(*data, test::places(), commute, matcher.fit_config(), matcher.score_config(), q);
    SCOPED_TRACE(i);
    expect_same(*got, want, 1'000'000);
    total += want.feasible;
  }
  EXPECT_GT(total, 10'000u);
}

TEST_F(MatchCouple, TopTwentyIsThePrefixOfTheFullOrder) {
  Rng rng(22);
  for (int i = 0; i < 16; ++i) {
    auto q = random_query(rng, i % 2 == 0);
    q.limit = 20;
    const auto got = matcher.couple(q);
    ASSERT_TRUE(got);
    SCOPED_TRACE(i);
    expect_same(
        *got, test::brute_couple(*data, test::places(), commute, matcher.fit_config(), matcher.score_config(), q), 20);
  }
}

TEST_F(MatchCouple, EveryPairIsFeasibleAndExplained) {
  Rng rng(23);
  int near = 0;
  for (int i = 0; i < 16; ++i) {
    auto q = random_query(rng, true);
    const auto got = matcher.couple(q);
    ASSERT_TRUE(got);
    for (const auto& m : got->matches) {
      ASSERT_EQ(m.vacancy_ids.size(), 2u);
      EXPECT_NE(m.vacancy_ids[0], m.vacancy_ids[1]);
      ASSERT_FALSE(m.best_homes.empty());
      const auto& h = m.best_homes.front();
      EXPECT_NE(std::find(q.region->kreise.begin(), q.region->kreise.end(), h.gemeinde_ags.substr(0, 5)),
                q.region->kreise.end());
      const PartnerRequest* who[] = {&q.a, &q.b};
      for (int p = 0; p < 2; ++p) {
        const Vacancy& v = (*data)[static_cast<std::size_t>(m.vacancy_ids[static_cast<std::size_t>(p)] - 1)];
        double minutes = 1e300;
        for (const auto& l : v.locations)
          minutes = std::min(minutes, 5 + 78 * haversine_km(h.lat, h.lon, l.lat, l.lon) / speed_kmh(who[p]->mode));
        EXPECT_NEAR(h.commutes[static_cast<std::size_t>(p)].minutes, minutes, 1e-6);
        EXPECT_LE(minutes, who[p]->max_minutes + 1e-6);
      }
      double sum = 0;
      for (const auto& c : m.components) sum += c.weight * c.value;
      EXPECT_NEAR(sum, m.score, 1e-9);
    }
    for (const auto& n : got->near_misses) {
      ++near;
      ASSERT_FALSE(n.reasons.empty());
      EXPECT_TRUE(n.reasons[0].starts_with("Pendelzeit A ") || n.reasons[0].starts_with("Pendelzeit B "))
          << n.reasons[0];
    }
  }
  EXPECT_GT(near, 5);
}

TEST_F(MatchCouple, CountsAreSkippedOverBudget) {
  Rng rng(24);
  auto q = random_query(rng, false);
  q.a.occupations = {{"43", 0}};
  q.b.occupations = {{"81", 0}};
  q.min_fit = 0.3;
  q.options.count_budget = 100;
  const auto got = matcher.couple(q);
  ASSERT_TRUE(got);
  EXPECT_FALSE(got->feasible.has_value());
  EXPECT_FALSE(got->more_with_tolerance.has_value());
  EXPECT_EQ(got->matches.size(), 20u);
}

}  // namespace
}  // namespace fw::match
