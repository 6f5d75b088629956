// The analyser and a real SQLite FTS5 table together: documents are stored as index_terms(),
// queries run as fts5_match(), exactly as the SQLite store is meant to use them.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <set>
#include <string>

#include "search/german.hpp"

namespace {

using fw::search::fts5_match;
using fw::search::index_terms;

class Fts5 : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(sqlite3_open(":memory:", &db_), SQLITE_OK);
    // The recommended table: one pre-analysed column, ASCII tokenizer (terms are [a-z0-9]),
    // prefix indexes for the short prefixes queries use most.
    exec("CREATE VIRTUAL TABLE docs USING fts5(terms, tokenize = 'ascii', prefix = '3 4 5')");
    const char* titles[] = {
        "Pflegekräfte für die Region",                    // 1
        "Netzwerk Großbeerenstraße",                      // 2
        "Beratung bei Müller & Söhne",                    // 3
        "Fachkräftesicherung im Handwerk",                // 4
        "Wirtschaftsförderung und Arbeitsmarkt",          // 5
        "Job für Zwei: Dual Career im Ostalbkreis",       // 6
        "IT-Fachkräfte aus Italien",                      // 7
        "Sag \"NEAR(x y)\" OR 'quote' -- * ^ title:foo",  // 8
    };
    sqlite3_stmt* insert = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db_, "INSERT INTO docs(rowid, terms) VALUES (?, ?)", -1, &insert, nullptr), SQLITE_OK);
    for (int i = 0; i < 8; ++i) {
      const std::string terms = index_terms(titles[i]);
      sqlite3_bind_int(insert, 1, i + 1);
      sqlite3_bind_text(insert, 2, terms.c_str(), static_cast<int>(terms.size()), SQLITE_TRANSIENT);
      ASSERT_EQ(sqlite3_step(insert), SQLITE_DONE);
      sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
  }
  void TearDown() override { sqlite3_close(db_); }

  void exec(const char* sql) {
    char* err = nullptr;
    ASSERT_EQ(sqlite3_exec(db_, sql, nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
  }

  // Row ids matching `query`, best first; "error" entries if SQLite rejects the expression.
  std::set<int> search(const std::string& query, bool analysed = true) {
    const std::string match = analysed ? fts5_match(query) : query;
    std::set<int> rows;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, "SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY rank", -1, &stmt, nullptr) !=
        SQLITE_OK) {
      ADD_FAILURE() << sqlite3_errmsg(db_);
      return rows;
    }
    sqlite3_bind_text(stmt, 1, match.c_str(), static_cast<int>(match.size()), SQLITE_TRANSIENT);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) rows.insert(sqlite3_column_int(stmt, 0));
    if (rc != SQLITE_DONE) rows.insert(-1);  // an FTS5 syntax error
    sqlite3_finalize(stmt);
    return rows;
  }

  sqlite3* db_ = nullptr;
};

TEST_F(Fts5, FindsTheIssueExamples) {
  EXPECT_EQ(search("pflegekraft"), (std::set<int>{1}));
  EXPECT_EQ(search("strasse"), (std::set<int>{2}));
  EXPECT_EQ(search("mueller"), (std::set<int>{3}));
  EXPECT_EQ(search("fachkräfte"), (std::set<int>{4, 7}));
  EXPECT_EQ(search("sicherung"), (std::set<int>{4}));
}

TEST_F(Fts5, EveryWordMustMatch) {
  EXPECT_EQ(search("Fachkräfte Handwerk"), (std::set<int>{4}));
  EXPECT_EQ(search("Förderung Arbeitsmärkte"), (std::set<int>{5}));
  EXPECT_EQ(search("Job für Zwei"), (std::set<int>{6}));
  EXPECT_EQ(search("IT"), (std::set<int>{7}));
  EXPECT_EQ(search("Fachkräfte Berlin"), (std::set<int>{}));
}

TEST_F(Fts5, SyntaxCharactersAreText) {
  // Unanalysed, these inputs are FTS5 syntax errors (or worse, operators)…
  EXPECT_EQ(search("Müller\" OR", false), (std::set<int>{-1}));
  EXPECT_EQ(search("NEAR(", false), (std::set<int>{-1}));
  // … analysed they are words, and only document 8 contains them.
  EXPECT_EQ(search("Müller\" OR"), (std::set<int>{}));
  EXPECT_EQ(search("\"NEAR(x y)\""), (std::set<int>{8}));
  EXPECT_EQ(search("OR 'quote'"), (std::set<int>{8}));
  EXPECT_EQ(search("title:foo"), (std::set<int>{8}));
  EXPECT_EQ(search("-- * ^ 'quote"), (std::set<int>{8}));
  EXPECT_EQ(search("x' OR '1'='1"), (std::set<int>{}));
  EXPECT_EQ(fts5_match("\"*-:()^"), "");  // no words: the caller adds no MATCH at all
}

}  // namespace
