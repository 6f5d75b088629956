// Test databases for store and API tests, one per test, on every backend.
//
//   class MyTest : public ::testing::TestWithParam<std::string> {};
//   TEST_P(MyTest, Works) {
//     auto td = fw::testing::make_test_database(GetParam());
//     FW_REQUIRE_BACKEND(td);
//     ... td.db->acquire() ...
//   }
//   INSTANTIATE_TEST_SUITE_P(Backends, MyTest, ::testing::ValuesIn(fw::testing::test_backends()),
//                            fw::testing::BackendName{});
//
// PostgreSQL needs FACHWERK_TEST_PG, a libpq URL of a maintenance database on a server where
// the user may CREATE DATABASE (scripts/with-postgres.sh provides one). Without it the test
// fails, unless FACHWERK_TEST_ALLOW_NO_PG=1, which skips it (quick local runs only).
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "store/store.hpp"

namespace fw::testing {

// {"sqlite", "postgresql"}.
std::vector<std::string> test_backends();

// Parameter name printer for INSTANTIATE_TEST_SUITE_P: the backend name itself.
struct BackendName {
  std::string operator()(const ::testing::TestParamInfo<std::string>& info) const { return info.param; }
};

// A fresh, empty database. Destroying it closes `db` and deletes the database (temp dir for
// SQLite, DROP DATABASE … WITH (FORCE) for PostgreSQL). Move-only.
struct TestDatabase {
  std::string backend;
  std::string url;  // what was passed to Database::open
  std::unique_ptr<fw::store::Database> db;
  bool skipped = false;  // no PostgreSQL and FACHWERK_TEST_ALLOW_NO_PG=1
  std::string problem;   // why db is null (skip reason or failure)

  TestDatabase() = default;
  TestDatabase(TestDatabase&& other) noexcept;
  TestDatabase& operator=(TestDatabase&& other) noexcept;
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;
  ~TestDatabase();

  // Cleanup state.
  std::filesystem::path temp_dir;  // SQLite
  std::string admin_url;           // PostgreSQL maintenance database
  std::string pg_name;             // PostgreSQL database to drop
 private:
  void cleanup();
};

// Creates the database. On failure records a gtest failure (ADD_FAILURE) and returns an
// object with db == nullptr; use FW_REQUIRE_BACKEND right after.
TestDatabase make_test_database(std::string_view backend, const fw::store::OpenOptions& options = {});

// A second handle on the same database (e.g. to test what a restarted server sees).
std::unique_ptr<fw::store::Database> reopen(const TestDatabase& td,
                                            const fw::store::OpenOptions& options = {});

// Runs `sql` on the PostgreSQL maintenance database of FACHWERK_TEST_PG (e.g. to terminate
// backends). Returns "" on success, else the error message.
std::string pg_admin_exec(const std::string& sql);

}  // namespace fw::testing

// Skips the test when the backend is unavailable by choice, fails it when it is missing.
// Only usable in functions returning void (TEST bodies, SetUp).
#define FW_REQUIRE_BACKEND(td)                                    \
  do {                                                            \
    if ((td).skipped) GTEST_SKIP() << (td).problem;               \
    if (!(td).db) FAIL() << "no test database: " << (td).problem; \
  } while (0)
