// migrate()/current_version() on every backend.
#include "store/migrations.hpp"

#include <gtest/gtest.h>

#include "support/test_db.hpp"

namespace fw::store {
namespace {

using fw::testing::make_test_database;

// The same DDL happens to be valid on both backends here; real migrations differ.
const std::vector<Migration> kThree = {
    {1, "regions", "CREATE TABLE regions (id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
     "CREATE TABLE regions (id BIGINT PRIMARY KEY, name TEXT NOT NULL)"},
    {2, "members",
     "CREATE TABLE members (id INTEGER PRIMARY KEY, region_id INTEGER NOT NULL REFERENCES regions (id));"
     "CREATE INDEX members_region ON members (region_id);",
     "CREATE TABLE members (id BIGINT PRIMARY KEY, region_id BIGINT NOT NULL REFERENCES regions (id));"
     "CREATE INDEX members_region ON members (region_id);"},
    {3, "seed", "INSERT INTO regions (id, name) VALUES (1, 'Kreis Kleve')",
     "INSERT INTO regions (id, name) VALUES (1, 'Kreis Kleve')"},
};

class StoreMigrations : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    td_ = make_test_database(GetParam());
    FW_REQUIRE_BACKEND(td_);
  }
  Database& db() { return *td_.db; }
  bool table_exists(const std::string& name) {
    auto r = with_connection(db(), [&](Connection& c) { return c.query("SELECT count(*) FROM " + name); });
    return r.has_value();
  }
  fw::testing::TestDatabase td_;
};

TEST_P(StoreMigrations, FreshDatabaseIsVersionZero) {
  auto v = current_version(db());
  ASSERT_TRUE(v) << v.error().detail;
  EXPECT_EQ(*v, 0);
  EXPECT_FALSE(table_exists("schema_migrations"));  // asking does not create anything
}

TEST_P(StoreMigrations, AppliesInOrderAndRecordsEach) {
  auto report = migrate(db(), kThree);
  ASSERT_TRUE(report) << report.error().field << ": " << report.error().detail;
  EXPECT_EQ(report->from_version, 0);
  EXPECT_EQ(report->to_version, 3);
  EXPECT_EQ(report->applied, 3);
  EXPECT_EQ(current_version(db()).value_or(-1), 3);
  auto rows = with_connection(db(), [](Connection& c) {
    return c.query("SELECT version, name, applied_at FROM schema_migrations ORDER BY version");
  });
  ASSERT_TRUE(rows);
  ASSERT_EQ(rows->size(), 3u);
  EXPECT_EQ((*rows)[0].int_at(0), 1);
  EXPECT_EQ((*rows)[1].text_at(1), "members");
  EXPECT_EQ((*rows)[2].text_at(2).size(), 20u);  // 2025-01-01T00:00:00Z
  auto seeded = with_connection(db(), [](Connection& c) { return c.query("SELECT name FROM regions"); });
  ASSERT_TRUE(seeded);
  EXPECT_EQ((*seeded)[0].text_at(0), "Kreis Kleve");
}

TEST_P(StoreMigrations, SecondRunAppliesNothing) {
  ASSERT_TRUE(migrate(db(), kThree));
  auto again = migrate(db(), kThree);
  ASSERT_TRUE(again) << again.error().detail;
  EXPECT_EQ(again->from_version, 3);
  EXPECT_EQ(again->to_version, 3);
  EXPECT_EQ(again->applied, 0);
}

TEST_P(StoreMigrations, AppliesOnlyTheMissingOnes) {
  ASSERT_TRUE(migrate(db(), {kThree[0]}));
  auto rest = migrate(db(), kThree);
  ASSERT_TRUE(rest) << rest.error().detail;
  EXPECT_EQ(rest->from_version, 1);
  EXPECT_EQ(rest->applied, 2);
}

TEST_P(StoreMigrations, FailingMigrationRollsBackAndKeepsVersion) {
  std::vector<Migration> broken = {
      kThree[0],
      {2, "half", "CREATE TABLE half (x INTEGER); INSERT INTO nowhere VALUES (1);",
       "CREATE TABLE half (x INTEGER); INSERT INTO nowhere VALUES (1);"},
      kThree[2]};
  auto report = migrate(db(), broken);
  ASSERT_FALSE(report);
  EXPECT_EQ(report.error().code, ErrorCode::internal);
  EXPECT_EQ(report.error().field, "migration 2 half");
  EXPECT_EQ(current_version(db()).value_or(-1), 1);  // the first one stays applied
  EXPECT_FALSE(table_exists("half"));                // DDL is transactional on both backends
  // Fixed migrations continue from where it stopped.
  auto fixed = migrate(db(), kThree);
  ASSERT_TRUE(fixed) << fixed.error().detail;
  EXPECT_EQ(fixed->from_version, 1);
  EXPECT_EQ(fixed->to_version, 3);
}

TEST_P(StoreMigrations, NewerDatabaseIsRefused) {
  ASSERT_TRUE(migrate(db(), kThree));
  auto older_binary = migrate(db(), {kThree[0], kThree[1]});
  ASSERT_FALSE(older_binary);
  EXPECT_EQ(older_binary.error().code, ErrorCode::conflict);
  EXPECT_EQ(older_binary.error().key, "db.schema_too_new");
  EXPECT_EQ(current_version(db()).value_or(-1), 3);
}

TEST_P(StoreMigrations, UnorderedListIsRejected) {
  auto report = migrate(db(), {kThree[1], kThree[0]});
  ASSERT_FALSE(report);
  EXPECT_EQ(report.error().code, ErrorCode::internal);
  EXPECT_EQ(current_version(db()).value_or(-1), 0);
}

TEST_P(StoreMigrations, ProductMigrationsApply) {
  auto report = migrate(db());
  ASSERT_TRUE(report) << report.error().field << ": " << report.error().detail;
  const auto& all = all_migrations();
  EXPECT_EQ(report->to_version, all.empty() ? 0 : all.back().version);
  auto again = migrate(db());
  ASSERT_TRUE(again);
  EXPECT_EQ(again->applied, 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreMigrations, ::testing::ValuesIn(fw::testing::test_backends()),
                         fw::testing::BackendName{});

}  // namespace
}  // namespace fw::store
