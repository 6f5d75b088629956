// Migrations of the directory: regions (2), organisations and networks (3), practices (5).
#include "store/schema/schema_parts.hpp"

namespace fw::store {
namespace {

// Regions: Länder, Kreise and places, loaded from data/ by load_regions(). Codes are text:
// leading zeros matter. name_folded is search::fold(name) for umlaut-insensitive prefix search.
constexpr std::string_view kRegions = R"SQL(
CREATE TABLE laender (
  ags        TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  area_km2   DOUBLE PRECISION NOT NULL,
  population BIGINT NOT NULL
);
CREATE TABLE kreise (
  ags         TEXT PRIMARY KEY,
  nuts3       TEXT NOT NULL,
  type        TEXT NOT NULL,
  name        TEXT NOT NULL,
  name_folded TEXT NOT NULL,
  land_ags    TEXT NOT NULL REFERENCES laender(ags),
  area_km2    DOUBLE PRECISION NOT NULL,
  population  BIGINT NOT NULL
);
CREATE INDEX kreise_land ON kreise(land_ags);
CREATE TABLE places (
  id           BIGINT PRIMARY KEY,
  name         TEXT NOT NULL,
  name_folded  TEXT NOT NULL,
  lat          DOUBLE PRECISION NOT NULL,
  lon          DOUBLE PRECISION NOT NULL,
  population   BIGINT NOT NULL,
  feature_code TEXT NOT NULL,
  kreis_ags    TEXT NOT NULL,
  gemeinde_ags TEXT NOT NULL
);
CREATE INDEX places_name_folded ON places(name_folded);
CREATE INDEX places_kreis ON places(kreis_ags);
)SQL";


// The directory: vocabularies, organisations with contacts, networks with their Kreise and
// memberships. Written for both dialects; only the id column differs ({ID} below).
constexpr std::string_view kDirectoryTemplate = R"SQL(
CREATE TABLE vocabulary (
  kind     TEXT NOT NULL CHECK (kind IN ('handlungsfeld','zielgruppe')),
  code     TEXT NOT NULL,
  label_de TEXT NOT NULL,
  label_en TEXT NOT NULL,
  builtin  INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (kind, code)
);
CREATE TABLE organisations (
  id          {ID},
  name        TEXT NOT NULL,
  type        TEXT NOT NULL,
  street      TEXT NOT NULL DEFAULT '',
  postcode    TEXT NOT NULL DEFAULT '',
  city        TEXT NOT NULL DEFAULT '',
  place_id    BIGINT REFERENCES places(id),
  kreis_ags   TEXT REFERENCES kreise(ags),
  lat         DOUBLE PRECISION,
  lon         DOUBLE PRECISION,
  size_class  TEXT,
  website     TEXT NOT NULL DEFAULT '',
  email       TEXT NOT NULL DEFAULT '',
  external_id TEXT,
  search_terms TEXT NOT NULL DEFAULT '',
  is_demo     INTEGER NOT NULL DEFAULT 0,
  created_at  BIGINT NOT NULL,
  updated_at  BIGINT NOT NULL,
  UNIQUE (name, postcode)
);
CREATE INDEX organisations_kreis ON organisations(kreis_ags);
CREATE INDEX organisations_type ON organisations(type);
CREATE UNIQUE INDEX organisations_external ON organisations(external_id);
CREATE TABLE contacts (
  id              {ID},
  organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  name            TEXT NOT NULL,
  function_title  TEXT NOT NULL DEFAULT '',
  email           TEXT NOT NULL DEFAULT '',
  phone           TEXT NOT NULL DEFAULT '',
  name_visibility  TEXT NOT NULL DEFAULT 'coordinators',
  email_visibility TEXT NOT NULL DEFAULT 'coordinators',
  phone_visibility TEXT NOT NULL DEFAULT 'coordinators'
);
CREATE INDEX contacts_org ON contacts(organisation_id);
CREATE TABLE networks (
  id               {ID},
  name             TEXT NOT NULL UNIQUE,
  short_name       TEXT NOT NULL DEFAULT '',
  founded_on       TEXT,
  cooperation_form TEXT NOT NULL,
  coordinator_organisation_id BIGINT REFERENCES organisations(id),
  description      TEXT NOT NULL DEFAULT '',
  data_basis       TEXT NOT NULL DEFAULT '',
  website          TEXT NOT NULL DEFAULT '',
  status           TEXT NOT NULL DEFAULT 'active',
  search_terms     TEXT NOT NULL DEFAULT '',
  is_demo          INTEGER NOT NULL DEFAULT 0,
  created_at       BIGINT NOT NULL,
  updated_at       BIGINT NOT NULL
);
CREATE TABLE network_kreise (
  network_id BIGINT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
  kreis_ags  TEXT NOT NULL REFERENCES kreise(ags),
  PRIMARY KEY (network_id, kreis_ags)
);
CREATE INDEX network_kreise_kreis ON network_kreise(kreis_ags);
CREATE TABLE network_topics (
  network_id BIGINT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
  kind       TEXT NOT NULL,
  code       TEXT NOT NULL,
  PRIMARY KEY (network_id, kind, code),
  FOREIGN KEY (kind, code) REFERENCES vocabulary(kind, code)
);
CREATE TABLE memberships (
  id              {ID},
  network_id      BIGINT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
  organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  role            TEXT NOT NULL CHECK (role IN ('lead_partner','partner','standing_guest')),
  status          TEXT NOT NULL CHECK (status IN ('requested','invited','active','left')),
  joined_on       TEXT,
  left_on         TEXT,
  reason          TEXT NOT NULL DEFAULT '',
  created_at      BIGINT NOT NULL,
  updated_at      BIGINT NOT NULL,
  UNIQUE (network_id, organisation_id)
);
CREATE INDEX memberships_org ON memberships(organisation_id);
)SQL";

const std::string& directory_sqlite() {
  static const std::string s = with_ids(kDirectoryTemplate, "INTEGER PRIMARY KEY");
  return s;
}
const std::string& directory_postgres() {
  static const std::string s = with_ids(kDirectoryTemplate, "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
  return s;
}

// The good-practice database (Praxisdatenbank): projects of the networks with an editorial
// workflow (draft → submitted → published) and a full snapshot per saved change. The contact
// person's fields carry a visibility like organisation contacts (hidden by default).
// Full text as in migration 4: SQLite rowid = id * 4 + 3 in search_fts, PostgreSQL a GIN index.
constexpr std::string_view kPracticesTemplate = R"SQL(
CREATE TABLE practices (
  id                 {ID},
  title              TEXT NOT NULL,
  teaser             TEXT NOT NULL DEFAULT '',
  land_ags           TEXT REFERENCES laender(ags),
  ausgangslage       TEXT NOT NULL DEFAULT '',   -- "Ausgangslage und Ziele"
  massnahmen         TEXT NOT NULL DEFAULT '',   -- "Maßnahmen"
  ergebnisse         TEXT NOT NULL DEFAULT '',   -- "Ergebnisse"
  period_from        TEXT,                       -- YYYY-MM-DD
  period_to          TEXT,
  funding            TEXT NOT NULL DEFAULT '',
  contact_name       TEXT NOT NULL DEFAULT '',
  contact_email      TEXT NOT NULL DEFAULT '',
  contact_phone      TEXT NOT NULL DEFAULT '',
  contact_name_visibility  TEXT NOT NULL DEFAULT 'coordinators',
  contact_email_visibility TEXT NOT NULL DEFAULT 'coordinators',
  contact_phone_visibility TEXT NOT NULL DEFAULT 'coordinators',
  status             TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','submitted','published')),
  status_reason      TEXT NOT NULL DEFAULT '',   -- why it went back to draft
  published_at       BIGINT,
  search_terms       TEXT NOT NULL DEFAULT '',
  is_demo            INTEGER NOT NULL DEFAULT 0,
  created_at         BIGINT NOT NULL,
  updated_at         BIGINT NOT NULL
);
CREATE INDEX practices_status ON practices(status);
CREATE INDEX practices_land ON practices(land_ags);
CREATE TABLE practice_kreise (
  practice_id BIGINT NOT NULL REFERENCES practices(id) ON DELETE CASCADE,
  kreis_ags   TEXT NOT NULL REFERENCES kreise(ags),
  PRIMARY KEY (practice_id, kreis_ags)
);
CREATE INDEX practice_kreise_kreis ON practice_kreise(kreis_ags);
CREATE TABLE practice_networks (
  practice_id BIGINT NOT NULL REFERENCES practices(id) ON DELETE CASCADE,
  network_id  BIGINT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
  PRIMARY KEY (practice_id, network_id)
);
CREATE INDEX practice_networks_network ON practice_networks(network_id);
CREATE TABLE practice_topics (
  practice_id BIGINT NOT NULL REFERENCES practices(id) ON DELETE CASCADE,
  kind        TEXT NOT NULL,
  code        TEXT NOT NULL,
  PRIMARY KEY (practice_id, kind, code),
  FOREIGN KEY (kind, code) REFERENCES vocabulary(kind, code)
);
CREATE TABLE practice_awards (
  id          {ID},
  practice_id BIGINT NOT NULL REFERENCES practices(id) ON DELETE CASCADE,
  year        INTEGER NOT NULL,
  name        TEXT NOT NULL,
  UNIQUE (practice_id, year, name)
);
CREATE TABLE practice_revisions (
  id             {ID},
  practice_id    BIGINT NOT NULL REFERENCES practices(id) ON DELETE CASCADE,
  action         TEXT NOT NULL,                 -- create | update | submit | publish | unpublish
  author_user_id BIGINT,                        -- no foreign key: revisions outlive accounts
  author_label   TEXT NOT NULL,
  snapshot       TEXT NOT NULL,                 -- the whole entry as JSON after the change
  created_at     BIGINT NOT NULL
);
CREATE INDEX practice_revisions_practice ON practice_revisions(practice_id);
)SQL";

constexpr std::string_view kPracticesSearchSqlite = R"SQL(
INSERT INTO search_fts (rowid, terms) SELECT id * 4 + 3, search_terms FROM practices;
CREATE TRIGGER practices_fts_insert AFTER INSERT ON practices BEGIN
  INSERT INTO search_fts (rowid, terms) VALUES (new.id * 4 + 3, new.search_terms);
END;
CREATE TRIGGER practices_fts_update AFTER UPDATE OF search_terms ON practices BEGIN
  DELETE FROM search_fts WHERE rowid = old.id * 4 + 3;
  INSERT INTO search_fts (rowid, terms) VALUES (new.id * 4 + 3, new.search_terms);
END;
CREATE TRIGGER practices_fts_delete AFTER DELETE ON practices BEGIN
  DELETE FROM search_fts WHERE rowid = old.id * 4 + 3;
END;
)SQL";

constexpr std::string_view kPracticesSearchPostgres = R"SQL(
CREATE INDEX practices_search ON practices USING GIN (to_tsvector('simple', search_terms));
)SQL";

const std::string& practices_sqlite() {
  static const std::string s = with_ids(kPracticesTemplate, "INTEGER PRIMARY KEY") + std::string(kPracticesSearchSqlite);
  return s;
}
const std::string& practices_postgres() {
  static const std::string s =
      with_ids(kPracticesTemplate, "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY") + std::string(kPracticesSearchPostgres);
  return s;
}

}  // namespace

void add_directory_migrations(std::vector<Migration>& out) {
  // The same DDL serves both dialects (SQLite accepts DOUBLE PRECISION and BIGINT).
  out.push_back({2, "regions: Länder, Kreise, places", kRegions, kRegions, load_regions});
  out.push_back({3, "directory: vocabularies, organisations, contacts, networks, memberships", directory_sqlite(),
                 directory_postgres(), load_vocabularies});
  out.push_back({5, "good-practice database: practices, their regions, networks, topics, awards, revisions",
                 practices_sqlite(), practices_postgres()});
}

}  // namespace fw::store
