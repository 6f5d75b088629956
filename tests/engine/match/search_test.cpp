// Anchored search: equal to the brute-force enumeration, every result feasible, near misses.
#include <gtest/gtest.h>

#include "brute_force.hpp"
#include "engine/match/matcher.hpp"
#include "engine/match/search_common.hpp"
#include "test_data.hpp"

namespace fw::match {
namespace {

struct MatchAnchored : ::testing::Test {
  static void SetUpTestSuite() { data = new std::vector<Vacancy>(test::region_vacancies(2500, 4711)); }
  static void TearDownTestSuite() { delete data; }
  static std::vector<Vacancy>* data;

  void SetUp() override {
    for (const auto& v : *data) ASSERT_TRUE(index.upsert(v));
  }

  AnchoredQuery random_query(Rng& rng) {
    const auto& places = test::places();
    AnchoredQuery q;
    q.partner = test::random_request(rng, 10 + 50 * rng.uniform(), static_cast<Mode>(rng.below(3)));
    const Place* p = nullptr;
    do p = &places[rng.below(places.size())];
    while (!(p->lat > 48.5 && p->lat < 49.2 && p->lon > 9.5 && p->lon < 10.5));
    if (rng.uniform() < 0.2)
      q.home = Point{p->lat + 0.01, p->lon};
    else
      q.anchor = Anchor{p->lat, p->lon, 10 + 50 * rng.uniform(), static_cast<Mode>(rng.below(3))};
    q.min_fit = std::vector<double>{0.3, 0.5, 0.5, 0.7}[rng.below(4)];
    return q;
  }

  VacancyIndex index{test::places()};
  CommuteModel commute;
  Matcher matcher{index, commute};
};
std::vector<Vacancy>* MatchAnchored::data = nullptr;

void expect_same(const SearchResult& got, const test::Brute& want, std::size_t limit) {
  ASSERT_EQ(got.feasible, want.feasible);
  ASSERT_EQ(got.more_with_tolerance, want.relaxed - want.feasible);
  ASSERT_EQ(got.matches.size(), std::min(limit, want.results.size()));
  for (std::size_t i = 0; i < got.matches.size(); ++i) {
    EXPECT_EQ(got.matches[i].vacancy_ids, want.results[i].first) << i;
    EXPECT_EQ(got.matches[i].score, want.results[i].second) << i;
  }
}

TEST_F(MatchAnchored, EqualsBruteForceWithLargeLimit) {
  Rng rng(1);
  std::size_t total = 0;
  for (int i = 0; i < 40; ++i) {
    auto q = random_query(rng);
    q.limit = 1'000'000;
    const auto got = matcher.anchored(q);
    ASSERT_TRUE(got) << got.error().key << " " << got.error().field;
    const auto want =
        test::brute_anchored(*data, test::places(), commute, matcher.fit_config(), matcher.score_config(), q);
    SCOPED_TRACE(i);
    expect_same(*got, want, 1'000'000);
    total += want.feasible;
  }
  EXPECT_GT(total, 1000u);  // the queries are not trivially empty
}

TEST_F(MatchAnchored, TopTwentyIsThePrefixOfTheFullOrder) {
  Rng rng(2);
  for (int i = 0; i < 40; ++i) {
    auto q = random_query(rng);
    q.limit = 20;
    const auto got = matcher.anchored(q);
    ASSERT_TRUE(got);
    SCOPED_TRACE(i);
    expect_same(*got,
                test::brute_anchored(*data, test::places(), commute, matcher.fit_config(), matcher.score_config(), q),
                20);
  }
}

// Independent of the engine's arithmetic: textbook haversine, limits, the score formula.
TEST_F(MatchAnchored, EveryResultIsFeasibleAndExplained) {
  Rng rng(3);
  const auto& s = matcher.score_config();
  for (int i = 0; i < 30; ++i) {
    auto q = random_query(rng);
    const auto got = matcher.anchored(q);
    ASSERT_TRUE(got);
    for (const auto& m : got->matches) {
      ASSERT_GE(m.feasible_homes, 1u);
      ASSERT_FALSE(m.best_homes.empty());
      EXPECT_GE(m.score, 0.0);
      EXPECT_LE(m.score, 1.0);
      const auto& home = m.best_homes.front();
      for (const auto& c : home.commutes) EXPECT_LE(c.minutes, c.limit + 1e-9) << c.role;
      const Vacancy& v = (*data)[static_cast<std::size_t>(m.vacancy_ids[0] - 1)];
      double partner = 1e300;
      for (const auto& l : v.locations)
        partner = std::min(partner,
                           5 + 1.3 * 60 * haversine_km(home.lat, home.lon, l.lat, l.lon) / speed_kmh(q.partner.mode));
      EXPECT_NEAR(home.commutes.back().minutes, partner, 1e-6);
      EXPECT_LE(partner, q.partner.max_minutes + 1e-6);
      double sum = 0;
      for (const auto& c : m.components) sum += c.weight * c.value;
      EXPECT_NEAR(sum, m.score, 1e-9);
      EXPECT_EQ(m.components.size(), 3u);
      for (std::size_t h = 1; h < m.best_homes.size(); ++h)
        EXPECT_GE(m.best_homes[h].total_minutes, m.best_homes[h - 1].total_minutes - 1e-9);
    }
    (void)s;
  }
}

TEST_F(MatchAnchored, NearMissesNeedTheTolerance) {
  Rng rng(4);
  int seen = 0;
  for (int i = 0; i < 30; ++i) {
    auto q = random_query(rng);
    const auto got = matcher.anchored(q);
    ASSERT_TRUE(got);
    EXPECT_LE(got->near_misses.size(), std::min<std::size_t>(5, *got->more_with_tolerance));
    for (const auto& n : got->near_misses) {
      ++seen;
      ASSERT_FALSE(n.reasons.empty());
      EXPECT_TRUE(n.reasons[0].starts_with("Pendelzeit ")) << n.reasons[0];
      bool over = false;
      for (const auto& c : n.home.commutes) {
        EXPECT_LE(c.minutes, c.limit + q.options.tolerance_minutes + 1e-9);
        over = over || c.minutes > c.limit;
      }
      EXPECT_TRUE(over);
      for (const auto& m : got->matches) EXPECT_NE(m.vacancy_ids, n.vacancy_ids);
    }
  }
  EXPECT_GT(seen, 10);
}

TEST(MatchExplain, Texts) {
  EXPECT_EQ(detail::over_text("Partner", 52, 45), "Pendelzeit Partner 52 min > 45 min");
  EXPECT_EQ(detail::over_text("Anker", 45.4, 45), "Pendelzeit Anker 45,4 min > 45 min");
  EXPECT_EQ(detail::minutes_text(28.757), "28,8 min");
}

TEST_F(MatchAnchored, MatrixRowsWinAndStayExact) {
  // Fast public transport between a few pairs of Gemeinden of the region, and one slow pair.
  const auto& places = test::places();
  TravelMatrix matrix;
  Rng rng(5);
  std::vector<std::uint32_t> region;
  for (std::uint32_t i = 0; i < places.size(); ++i)
    if (places[i].lat > 48.5 && places[i].lat < 49.2 && places[i].lon > 9.5 && places[i].lon < 10.5)
      region.push_back(i);
  for (int i = 0; i < 3000; ++i) {
    const Place& a = places[region[rng.below(region.size())]];
    const Place& b = places[region[rng.below(region.size())]];
    matrix.add(a.gemeinde, b.gemeinde, Mode::pt, 5 + 40 * rng.uniform(), places);
  }
  matrix.finish();
  const CommuteModel with_matrix(&matrix);
  const Matcher m2(index, with_matrix);
  for (int i = 0; i < 15; ++i) {
    auto q = random_query(rng);
    q.partner.mode = Mode::pt;
    q.limit = 1'000'000;
    const auto got = m2.anchored(q);
    ASSERT_TRUE(got);
    SCOPED_TRACE(i);
    expect_same(*got, test::brute_anchored(*data, places, with_matrix, m2.fit_config(), m2.score_config(), q),
                1'000'000);
  }
}

}  // namespace
}  // namespace fw::match
