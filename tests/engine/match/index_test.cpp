// Incremental updates: an index after adds, changes, closings and removals answers exactly
// like an index built fresh from the final state.
#include <gtest/gtest.h>

#include <map>

#include "engine/match/matcher.hpp"
#include "test_data.hpp"

namespace fw::match {
namespace {

void expect_equal_results(const SearchResult& x, const SearchResult& y) {
  ASSERT_EQ(x.feasible, y.feasible);
  ASSERT_EQ(x.more_with_tolerance, y.more_with_tolerance);
  ASSERT_EQ(x.matches.size(), y.matches.size());
  for (std::size_t i = 0; i < x.matches.size(); ++i) {
    EXPECT_EQ(x.matches[i].vacancy_ids, y.matches[i].vacancy_ids);
    EXPECT_EQ(x.matches[i].score, y.matches[i].score);
    EXPECT_EQ(x.matches[i].feasible_homes, y.matches[i].feasible_homes);
  }
  ASSERT_EQ(x.near_misses.size(), y.near_misses.size());
  for (std::size_t i = 0; i < x.near_misses.size(); ++i)
    EXPECT_EQ(x.near_misses[i].vacancy_ids, y.near_misses[i].vacancy_ids);
}

TEST(MatchIndex, IncrementalEqualsFreshBuild) {
  const auto& places = test::places();
  VacancyIndex live(places);
  std::map<std::int64_t, Vacancy> state;
  for (auto& v : test::region_vacancies(3000, 99)) {
    ASSERT_TRUE(live.upsert(v));
    state[v.id] = v;
  }
  // 6000 random updates: move, recode, reschedule, close, reopen, delete, add new ones.
  Rng rng(100);
  auto fresh = test::region_vacancies(2000, 101, 10'000);
  std::size_t next_new = 0;
  for (int i = 0; i < 6000; ++i) {
    const double u = rng.uniform();
    if (u < 0.15 && next_new < fresh.size()) {
      const Vacancy& v = fresh[next_new++];
      ASSERT_TRUE(live.upsert(v));
      state[v.id] = v;
      continue;
    }
    auto it = state.begin();
    std::advance(it, static_cast<long>(rng.below(state.size())));
    Vacancy v = it->second;
    if (u < 0.25) {
      ASSERT_EQ(live.erase(v.id), v.status == VacancyStatus::open);
      state.erase(it);
      continue;
    }
    if (u < 0.45)
      v.locations = test::region_vacancies(1, rng.next())[0].locations;
    else if (u < 0.6)
      v.kldb = test::test_codes()[rng.below(test::test_codes().size())], v.level = v.kldb.size() == 5 ? 0 : 2;
    else if (u < 0.7)
      v.start_day = 20'454 + static_cast<int>(rng.below(400));
    else if (u < 0.85)
      v.status = v.status == VacancyStatus::open ? VacancyStatus::filled : VacancyStatus::open;
    else
      v.working_time = v.working_time == kVollzeit ? kTeilzeit : kVollzeit;
    ASSERT_TRUE(live.upsert(v));
    it->second = v;
  }
  VacancyIndex rebuilt(places);
  std::size_t open = 0;
  for (const auto& [id, v] : state) {
    ASSERT_TRUE(rebuilt.upsert(v));
    open += v.status == VacancyStatus::open;
  }
  ASSERT_EQ(live.size(), open);
  ASSERT_EQ(rebuilt.size(), open);
  for (const auto& [id, v] : state) ASSERT_EQ(live.find(id) != nullptr, v.status == VacancyStatus::open);

  const CommuteModel commute;
  const Matcher a(live, commute), b(rebuilt, commute);
  for (int i = 0; i < 25; ++i) {
    AnchoredQuery aq;
    aq.partner = test::random_request(rng, 20 + 40 * rng.uniform(), Mode::car);
    aq.anchor = Anchor{48.6 + 0.5 * rng.uniform(), 9.6 + 0.8 * rng.uniform(), 30, Mode::car};
    aq.limit = 50;
    const auto x = a.anchored(aq), y = b.anchored(aq);
    ASSERT_TRUE(x && y);
    expect_equal_results(*x, *y);
    CoupleQuery cq;
    cq.a = test::random_request(rng, 25, Mode::car);
    cq.b = test::random_request(rng, 25, Mode::pt);
    cq.region = Region{{"08136", "08135"}};
    cq.limit = 50;
    const auto p = a.couple(cq), r = b.couple(cq);
    ASSERT_TRUE(p && r);
    expect_equal_results(*p, *r);
  }
}

TEST(MatchIndex, CloseAndEraseLeaveNoTrace) {
  VacancyIndex index(test::places());
  Vacancy v{7, "43104", 0, 0, std::nullopt, {{48.84, 10.09}, {48.68, 10.15}}, VacancyStatus::open};
  ASSERT_TRUE(index.upsert(v));
  EXPECT_EQ(index.size(), 1u);
  const int bucket = bucket_of(*parse_kldb("431", ""));
  EXPECT_EQ(index.bucket_size(bucket), 2u);
  v.status = VacancyStatus::expired;
  ASSERT_TRUE(index.upsert(v));
  EXPECT_EQ(index.size(), 0u);
  EXPECT_EQ(index.bucket_size(bucket), 0u);
  EXPECT_FALSE(index.erase(7));
  v.status = VacancyStatus::open;
  v.kldb = "81302";
  ASSERT_TRUE(index.upsert(v));
  EXPECT_EQ(index.bucket_size(bucket), 0u);
  EXPECT_EQ(index.bucket_size(bucket_of(*parse_kldb("813", ""))), 2u);
  EXPECT_TRUE(index.erase(7));
  EXPECT_EQ(index.size(), 0u);
  EXPECT_GT(index.memory_bytes(), 0u);
}

TEST(MatchIndex, GeneratorIsDeterministicAndValid) {
  GenerateOptions o;
  o.vacancies = 5000;
  const auto a = generate_vacancies(test::places(), o), b = generate_vacancies(test::places(), o);
  ASSERT_EQ(a.size(), 5000u);
  VacancyIndex index(test::places());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].kldb, b[i].kldb);
    EXPECT_EQ(a[i].locations.front().lat, b[i].locations.front().lat);
    ASSERT_TRUE(index.upsert(a[i])) << a[i].kldb;
  }
  EXPECT_EQ(index.size(), 5000u);
  EXPECT_LT(index.max_snap_km(), 25.0);
}

}  // namespace
}  // namespace fw::match
