// SQLite specifics: pragmas, crash safety of WAL, the shared in-memory database.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>

#include "store/store.hpp"
#include "support/test_db.hpp"

namespace fw::store {
namespace {

using fw::testing::make_test_database;

TEST(StoreSqlite, FileDatabaseUsesWalAndForeignKeys) {
  auto td = make_test_database("sqlite");
  FW_REQUIRE_BACKEND(td);
  auto rows = with_connection(*td.db, [](Connection& c) {
    return c.query("SELECT * FROM pragma_journal_mode, pragma_foreign_keys, pragma_synchronous");
  });
  ASSERT_TRUE(rows) << rows.error().detail;
  EXPECT_EQ((*rows)[0].text_at(0), "wal");
  EXPECT_EQ((*rows)[0].int_at(1), 1);
  EXPECT_EQ((*rows)[0].int_at(2), 1);  // NORMAL
}

// WAL + synchronous=NORMAL: every transaction acknowledged before kill -9 is still there.
TEST(StoreSqlite, KillNineLosesNoCommittedTransaction) {
  auto td = make_test_database("sqlite");
  FW_REQUIRE_BACKEND(td);
  ASSERT_TRUE(
      with_connection(*td.db, [](Connection& c) { return c.exec_script("CREATE TABLE t (x INTEGER)"); }));
  int acks[2];
  ASSERT_EQ(pipe(acks), 0);
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    // The child writes through its own handle and reports each commit, until killed.
    close(acks[0]);
    auto db = Database::open(td.url);
    if (!db) _exit(1);
    for (std::int64_t i = 0;; ++i) {
      auto r = transact(**db, [&](Connection& c) { return c.exec("INSERT INTO t VALUES (?)", {i}); });
      if (!r || write(acks[1], "+", 1) != 1) _exit(1);
    }
  }
  close(acks[1]);
  int acknowledged = 0;
  char buf[64];
  while (acknowledged < 300) {
    const ssize_t n = read(acks[0], buf, sizeof buf);
    if (n <= 0) break;
    acknowledged += static_cast<int>(n);
  }
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  // Acks written after our last read may be lost with the pipe; commits never are.
  while (read(acks[0], buf, sizeof buf) > 0) {
  }
  close(acks[0]);
  ASSERT_GE(acknowledged, 300);
  auto db = fw::testing::reopen(td);
  ASSERT_TRUE(db);
  auto rows = with_connection(*db, [](Connection& c) { return c.query("SELECT count(*) FROM t"); });
  ASSERT_TRUE(rows) << rows.error().detail;
  EXPECT_GE((*rows)[0].int_at(0), acknowledged);
}

TEST(StoreSqlite, MemoryDatabaseIsSharedAndSurvivesDiscard) {
  auto db = Database::open("sqlite::memory:");
  ASSERT_TRUE(db) << db.error().detail;
  EXPECT_EQ((*db)->pool_stats().capacity, 1u);
  EXPECT_EQ((*db)->describe(), "sqlite::memory:");
  {
    auto lease = (*db)->acquire();
    ASSERT_TRUE(lease);
    ASSERT_TRUE((*lease)->exec_script("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (7);"));
    lease->discard();  // the next acquire opens a new connection to the same memory database
  }
  auto rows = with_connection(**db, [](Connection& c) { return c.query("SELECT x FROM t"); });
  ASSERT_TRUE(rows) << rows.error().detail;
  EXPECT_EQ((*rows)[0].int_at(0), 7);
  // Backup and restore work through the single pooled connection.
  std::string tmpl = (std::filesystem::temp_directory_path() / "fwmem-XXXXXX").string();
  ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
  const std::filesystem::path file = std::filesystem::path(tmpl) / "mem.backup";
  ASSERT_TRUE((*db)->backup_to(file));
  ASSERT_TRUE(with_connection(**db, [](Connection& c) { return c.exec("DELETE FROM t"); }));
  auto restored = (*db)->restore_from(file);
  ASSERT_TRUE(restored) << restored.error().detail;
  rows = with_connection(**db, [](Connection& c) { return c.query("SELECT x FROM t"); });
  ASSERT_TRUE(rows) << rows.error().detail;
  ASSERT_EQ(rows->size(), 1u);
  std::filesystem::remove_all(tmpl);
  auto other = Database::open("sqlite::memory:");
  ASSERT_TRUE(other);
  EXPECT_FALSE(with_connection(**other, [](Connection& c) { return c.query("SELECT x FROM t"); }));
}

}  // namespace
}  // namespace fw::store
