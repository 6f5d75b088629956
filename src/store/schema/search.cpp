// Migrations of the full-text search over the directory (4, 11, 12).
#include "store/schema/schema_parts.hpp"

namespace fw::store {
namespace {

// Full-text search over the pre-analysed search_terms columns (search/german.hpp does the
// German work, so both backends index the same terms). SQLite: an FTS5 table kept in step by
// triggers, rowid = id * 4 + kind (1 network, 2 organisation). PostgreSQL: GIN indexes on
// to_tsvector('simple', search_terms) of the tables themselves.
constexpr std::string_view kSearchSqlite = R"SQL(
CREATE VIRTUAL TABLE search_fts USING fts5(terms, tokenize = 'ascii');
INSERT INTO search_fts (rowid, terms) SELECT id * 4 + 1, search_terms FROM networks;
INSERT INTO search_fts (rowid, terms) SELECT id * 4 + 2, search_terms FROM organisations;
CREATE TRIGGER networks_fts_insert AFTER INSERT ON networks BEGIN
  INSERT INTO search_fts (rowid, terms) VALUES (new.id * 4 + 1, new.search_terms);
END;
CREATE TRIGGER networks_fts_update AFTER UPDATE OF search_terms ON networks BEGIN
  DELETE FROM search_fts WHERE rowid = old.id * 4 + 1;
  INSERT INTO search_fts (rowid, terms) VALUES (new.id * 4 + 1, new.search_terms);
END;
CREATE TRIGGER networks_fts_delete AFTER DELETE ON networks BEGIN
  DELETE FROM search_fts WHERE rowid = old.id * 4 + 1;
END;
CREATE TRIGGER organisations_fts_insert AFTER INSERT ON organisations BEGIN
  INSERT INTO search_fts (rowid, terms) VALUES (new.id * 4 + 2, new.search_terms);
END;
CREATE TRIGGER organisations_fts_update AFTER UPDATE OF search_terms ON organisations BEGIN
  DELETE FROM search_fts WHERE rowid = old.id * 4 + 2;
  INSERT INTO search_fts (rowid, terms) VALUES (new.id * 4 + 2, new.search_terms);
END;
CREATE TRIGGER organisations_fts_delete AFTER DELETE ON organisations BEGIN
  DELETE FROM search_fts WHERE rowid = old.id * 4 + 2;
END;
)SQL";

constexpr std::string_view kSearchPostgres = R"SQL(
CREATE INDEX networks_search ON networks USING GIN (to_tsvector('simple', search_terms));
CREATE INDEX organisations_search ON organisations USING GIN (to_tsvector('simple', search_terms));
)SQL";

// FTS5 answers a prefix query ("pfleg"*) from a prefix index when one exists for that length;
// without, it merges the doclists of every term with that prefix: 8 ms instead of 1 ms for a
// stem over 110,000 documents (docs/search.md). Query stems are mostly 3-12 characters. The
// triggers of migrations 4 and 5 address the table by name and keep working.
constexpr std::string_view kSearchPrefixSqlite = R"SQL(
DROP TABLE search_fts;
CREATE VIRTUAL TABLE search_fts USING fts5(terms, tokenize = 'ascii', prefix = '3 4 5 6 7 8 9 10 11 12');
INSERT INTO search_fts (rowid, terms) SELECT id * 4 + 1, search_terms FROM networks;
INSERT INTO search_fts (rowid, terms) SELECT id * 4 + 2, search_terms FROM organisations;
INSERT INTO search_fts (rowid, terms) SELECT id * 4 + 3, search_terms FROM practices;
)SQL";
// PostgreSQL's GIN index serves prefixes (:*) from its sorted entry tree already.
constexpr std::string_view kSearchPrefixPostgres = "SELECT 1;";

// PostgreSQL: the expression indexes of migrations 4 and 5 find candidates, but every match is
// then rechecked and ranked by recomputing to_tsvector over the whole text: 0.2 s for one
// common word over 110,000 documents. A stored tsvector is computed once, on write.
constexpr std::string_view kStoredTsvectorPostgres = R"SQL(
DROP INDEX networks_search;
DROP INDEX organisations_search;
DROP INDEX practices_search;
ALTER TABLE networks ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_terms)) STORED;
ALTER TABLE organisations ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_terms)) STORED;
ALTER TABLE practices ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_terms)) STORED;
CREATE INDEX networks_search ON networks USING GIN (search_tsv);
CREATE INDEX organisations_search ON organisations USING GIN (search_tsv);
CREATE INDEX practices_search ON practices USING GIN (search_tsv);
)SQL";
// SQLite searches through search_fts (migrations 4 and 11).
constexpr std::string_view kStoredTsvectorSqlite = "SELECT 1;";

}  // namespace

void add_search_migrations(std::vector<Migration>& out) {
  out.push_back({4, "full-text search over networks and organisations", kSearchSqlite, kSearchPostgres});
  out.push_back({11, "full-text search: prefix indexes for stems of 3 to 12 characters", kSearchPrefixSqlite,
                 kSearchPrefixPostgres});
  out.push_back({12, "full-text search: stored tsvector columns (PostgreSQL)", kStoredTsvectorSqlite,
                 kStoredTsvectorPostgres});
}

}  // namespace fw::store
