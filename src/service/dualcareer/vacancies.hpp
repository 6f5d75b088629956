// Job für Zwei: vacancies of member organisations (issue 4). Who may do what:
//   - create/change/close: admins, coordinators and editors of the vacancy's network, and the
//     editors ("HR users") of the employer organisation while it is an active member of that
//     network;
//   - read: everyone for public vacancies; members-only vacancies to anyone with a role in the
//     network or editing an organisation active in it (members of other networks see only
//     public ones).
// Every location is resolved to its nearest reference place, which names Gemeinde and Kreis.
// Every change writes its audit entry in the same transaction.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "engine/match/places.hpp"
#include "engine/match/vacancy.hpp"
#include "service/actor.hpp"
#include "store/store.hpp"

namespace fw::service {

struct VacancyLocationInput {
  double lat = 0, lon = 0;
  std::string label;  // "73430 Aalen" or a street address, as given
};

struct VacancyInput {
  std::optional<std::int64_t> network_id;       // required unless visibility is public
  std::optional<std::int64_t> organisation_id;  // the employer, if a directory organisation
  std::string employer_name;                    // free text when not linked (or the display name)
  std::string title, kldb;                      // KldB 2010, 2–5 digits
  int level = 0;                                // 1–4; 0 = from the 5th digit of kldb
  std::vector<std::string> working_time;        // vollzeit | teilzeit | schicht | homeoffice | minijob
  std::optional<int> homeoffice_share;          // percent 0–100
  std::optional<std::string> contract;          // befristet | unbefristet
  std::optional<std::string> start_date, published_on, expires_on;  // YYYY-MM-DD
  std::string status = "open";                  // open | filled | expired
  std::string visibility = "members";           // members | public
  std::vector<VacancyLocationInput> locations;  // at least one
  std::string source = "manual";                // manual | ba-jobsuche | jobposting | csv | demo
  std::optional<std::string> source_ref;        // unique per source (idempotent imports)
  bool is_demo = false;
};

struct VacancyLocation {
  double lat = 0, lon = 0;
  std::string label;
  std::int64_t place_id = 0;
  std::string place_name, gemeinde_ags, kreis_ags;
};

struct Vacancy {
  std::int64_t id = 0;
  VacancyInput data;
  std::vector<VacancyLocation> locations;
  std::string employer;  // the organisation's name if linked, else employer_name
  std::int64_t created_at = 0, updated_at = 0;
};

struct VacancyFilter {
  std::optional<std::int64_t> network_id, organisation_id;
  std::optional<std::string> status;  // default: all
  std::string kldb_prefix;            // digits
  int page = 1, size = 50;            // size 1..200
};

struct VacancyPage {
  std::vector<Vacancy> items;
  std::int64_t total = 0;
};

// The reference places (data/places.csv, embedded), built once per process.
const match::PlaceTable& reference_places();

Result<Vacancy> create_vacancy(store::Database& db, const Actor& actor, const VacancyInput& in);
Result<Vacancy> update_vacancy(store::Database& db, const Actor& actor, std::int64_t id, const VacancyInput& in);
// status: filled | expired.
Result<Vacancy> close_vacancy(store::Database& db, const Actor& actor, std::int64_t id, const std::string& status);
Result<Vacancy> get_vacancy(store::Database& db, const Actor& actor, std::int64_t id);
Result<VacancyPage> list_vacancies(store::Database& db, const Actor& actor, const VacancyFilter& filter);

// Building blocks for importers and the live matcher (same connection/transaction).
// Validates, resolves places and checks the rights; does not write.
Result<std::vector<VacancyLocation>> prepare_vacancy(store::Connection& c, const Actor& actor, VacancyInput& in);
// What the import compares to tell "unchanged" from "updated": a canonical JSON of the input.
std::string vacancy_content_hash(const VacancyInput& in);
enum class UpsertOutcome { created, updated, unchanged };
// Insert or update by (source, source_ref), auditing changes; in.source_ref must be set.
Result<std::pair<UpsertOutcome, std::int64_t>> upsert_vacancy(store::Connection& c, const Actor& actor, VacancyInput in);
Result<Vacancy> load_vacancy(store::Connection& c, std::int64_t id);
// Open vacancies for the matcher; network_only: members-only vacancies of that network plus
// every public one; nullopt: all.
Result<std::vector<Vacancy>> open_vacancies(store::Connection& c, std::optional<std::int64_t> audience_network);

// The engine's view of a vacancy (status, code, level, working time, start, locations).
match::Vacancy to_match_vacancy(const Vacancy& v);
// May the actor read this vacancy (public, or a role in its network / an active member org)?
Result<bool> may_see_vacancy(store::Connection& c, const Actor& actor, const Vacancy& v);
// Networks in which the actor has a role or edits an active member organisation.
Result<std::vector<std::int64_t>> networks_of(store::Connection& c, const Actor& actor);

boost::json::object vacancy_json(const Vacancy& v);

}  // namespace fw::service
