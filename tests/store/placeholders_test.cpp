// rewrite_placeholders(): a table of cases (PostgreSQL placeholder syntax).
#include "store/placeholders.hpp"

#include <gtest/gtest.h>

namespace fw::store {
namespace {

TEST(StorePlaceholders, RewritesOnlyRealPlaceholders) {
  struct Case {
    std::string_view in;
    std::string_view out;
    int count;
  };
  const Case cases[] = {
      {"SELECT 1", "SELECT 1", 0},
      {"SELECT ?, ?", "SELECT $1, $2", 2},
      {"WHERE a = ? AND b = 'x?y' AND c = ?", "WHERE a = $1 AND b = 'x?y' AND c = $2", 2},
      {"SELECT 'it''s ?', ?", "SELECT 'it''s ?', $1", 1},
      {"SELECT E'a\\'?', ?", "SELECT E'a\\'?', $1", 1},
      {"SELECT \"we?ird\" FROM t WHERE x = ?", "SELECT \"we?ird\" FROM t WHERE x = $1", 1},
      {"SELECT ? -- what?\n, ?", "SELECT $1 -- what?\n, $2", 2},
      {"SELECT /* ? /* ? */ ? */ ?", "SELECT /* ? /* ? */ ? */ $1", 1},
      {"SELECT $$ ? $$, $tag$ ? $$ ? $tag$, ?", "SELECT $$ ? $$, $tag$ ? $$ ? $tag$, $1", 1},
      {"SELECT 'unterminated ?", "SELECT 'unterminated ?", 0},
      {"SELECT ?::text", "SELECT $1::text", 1},
      {"VALUES (?,?,?,?,?,?,?,?,?,?,?)", "VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)", 11},
      {"SELECT 'Grüße?' || ?", "SELECT 'Grüße?' || $1", 1},
  };
  for (const Case& c : cases) {
    const RewrittenSql r = rewrite_placeholders(c.in);
    EXPECT_EQ(r.sql, c.out) << c.in;
    EXPECT_EQ(r.count, c.count) << c.in;
  }
}

}  // namespace
}  // namespace fw::store
