// An unreachable or lost database gives ErrorCode::unavailable and never crashes.
#include <gtest/gtest.h>

#include <fstream>

#include "store/postgres/pg_url.hpp"
#include "store/store.hpp"
#include "support/test_db.hpp"

namespace fw::store {
namespace {

class StoreDown : public ::testing::TestWithParam<std::string> {
 protected:
  bool postgres() const { return GetParam() == "postgresql"; }
};

TEST_P(StoreDown, OpeningAnUnreachableDatabaseIsUnavailable) {
  std::string url;
  std::filesystem::path dir;
  if (postgres()) {
    url = "postgresql://fw:geheim@127.0.0.1:1/x";  // nothing listens on port 1
  } else {
    std::string tmpl = (std::filesystem::temp_directory_path() / "fwdown-XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir = tmpl;
    std::ofstream(dir / "file") << "x";
    url = "sqlite:" + (dir / "file" / "sub" / "db.sqlite").string();  // parent is a plain file
  }
  auto db = Database::open(url);
  ASSERT_FALSE(db);
  EXPECT_EQ(db.error().code, ErrorCode::unavailable);
  EXPECT_EQ(db.error().key, "db.unavailable");
  const std::string& detail = db.error().detail;
  if (postgres()) {
    EXPECT_NE(detail.find("postgresql://fw:***@127.0.0.1:1/x"), std::string::npos) << detail;
    EXPECT_NE(detail.find("onnection refused"), std::string::npos) << detail;
    EXPECT_EQ(detail.find("geheim"), std::string::npos) << detail;
    EXPECT_EQ(detail.find('\n'), std::string::npos) << detail;
  } else {
    EXPECT_NE(detail.find(url), std::string::npos) << detail;
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
}

TEST_P(StoreDown, MissingDatabaseIsUnavailable) {
  std::string url;
  OpenOptions options;
  if (postgres()) {
    auto td = fw::testing::make_test_database("postgresql");  // proves the server is up
    FW_REQUIRE_BACKEND(td);
    url = td.url + "_gibt_es_nicht";
  } else {
    options.create_if_missing = false;
    url = "sqlite:" + (std::filesystem::temp_directory_path() / "fw-gibt-es-nicht" / "x.db").string();
  }
  auto db = Database::open(url, options);
  ASSERT_FALSE(db);
  EXPECT_EQ(db.error().code, ErrorCode::unavailable);
  EXPECT_FALSE(db.error().detail.empty());
}

TEST_P(StoreDown, LostConnectionIsReportedAndReplaced) {
  if (!postgres()) GTEST_SKIP() << "SQLite has no server connection to lose";
  auto td = fw::testing::make_test_database(GetParam());
  FW_REQUIRE_BACKEND(td);
  {
    auto lease = td.db->acquire();
    ASSERT_TRUE(lease);
    auto pid = (*lease)->query("SELECT pg_backend_pid()");
    ASSERT_TRUE(pid) << pid.error().detail;
    const std::string err = fw::testing::pg_admin_exec("SELECT pg_terminate_backend(" +
                                                       std::to_string((*pid)[0].int_at(0)) + ")");
    ASSERT_EQ(err, "");
    auto lost = (*lease)->query("SELECT 1");
    ASSERT_FALSE(lost);
    EXPECT_EQ(lost.error().code, ErrorCode::unavailable);
    EXPECT_EQ(lost.error().key, "db.unavailable");
  }  // the broken connection is dropped on return instead of pooled
  EXPECT_EQ(td.db->pool_stats().size, 0u);
  auto again = with_connection(*td.db, [](Connection& c) { return c.query("SELECT 1"); });
  ASSERT_TRUE(again) << again.error().detail;
  EXPECT_EQ((*again)[0].int_at(0), 1);
}

TEST_P(StoreDown, DescribeNeverShowsThePassword) {
  EXPECT_EQ(redact_url("postgresql://fw:geheim@db.example:5432/fachwerk?sslmode=require"),
            "postgresql://fw:***@db.example:5432/fachwerk?sslmode=require");
  EXPECT_EQ(redact_url("postgres://db/x?user=fw&password=geheim&sslmode=require"),
            "postgres://db/x?user=fw&password=***&sslmode=require");
  EXPECT_EQ(redact_url("postgresql://fw@db/x"), "postgresql://fw@db/x");
  auto td = fw::testing::make_test_database(GetParam());
  FW_REQUIRE_BACKEND(td);
  EXPECT_EQ(td.db->describe(), redact_url(td.url));
  EXPECT_EQ(td.db->describe().rfind(GetParam() == "sqlite" ? "sqlite:" : "postgres", 0), 0u);
}

TEST_P(StoreDown, UnknownSchemeIsInvalidWithoutPassword) {
  auto db = Database::open("mysql://fw:geheim@db/x");
  ASSERT_FALSE(db);
  EXPECT_EQ(db.error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(db.error().key, "db.url_invalid");
  EXPECT_EQ(db.error().detail, "mysql://fw:***@db/x");
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreDown, ::testing::ValuesIn(fw::testing::test_backends()),
                         fw::testing::BackendName{});

}  // namespace
}  // namespace fw::store
