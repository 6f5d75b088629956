// The long-lived matcher of the server: engine indexes of the open vacancies, built from the
// database at start-up and kept current on every create/change/close made through this class
// (incremental upserts, never a rebuild).
//
// Who sees what: a search runs over one *audience* — the vacancies a reader may see. Audience 0
// (admins) holds every open vacancy and is built at start; audience n (members of network n)
// holds n's vacancies plus every public one and is built from the database the first time
// someone of n searches, then kept current like the first. The engine has no visibility
// filter, and filtering results afterwards would make its counts wrong, hence one index per
// audience in use (memory: ~150 bytes per vacancy and audience; docs/dualcareer.md).
//
// Threads: searches share the lock; updates and lazy builds take it exclusively.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <shared_mutex>

#include "core/result.hpp"
#include "engine/match/commute.hpp"
#include "engine/match/travel_matrix.hpp"
#include "engine/match/index.hpp"
#include "engine/match/matcher.hpp"
#include "engine/match/query.hpp"
#include "engine/match/result.hpp"
#include "service/actor.hpp"
#include "service/dualcareer/vacancies.hpp"
#include "store/store.hpp"

namespace fw::service {

class LiveMatcher {
 public:
  // Reads the travel-time matrix and builds the admins' index from the open vacancies in the
  // database. A matrix imported later counts from the next start.
  static Result<std::unique_ptr<LiveMatcher>> start(store::Database& db);

  // The vacancy service's writes, followed by the index update.
  Result<Vacancy> create(const Actor& actor, const VacancyInput& in);
  Result<Vacancy> update(const Actor& actor, std::int64_t id, const VacancyInput& in);
  Result<Vacancy> close(const Actor& actor, std::int64_t id, const std::string& status);
  // Re-reads one vacancy from the database into every built index (after a change made elsewhere).
  Result<void> refresh(std::int64_t id);

  // Searches for an actor with a role in `network` (or the only network they have; admins
  // without a network search everything). Errors: 401/403 as usual, invalid_argument from the
  // engine with the request's field names, "vacancy.network_ambiguous" (field network_id).
  Result<boost::json::object> anchored(const Actor& actor, std::optional<std::int64_t> network,
                                       const match::AnchoredQuery& query);
  Result<boost::json::object> couple(const Actor& actor, std::optional<std::int64_t> network,
                                     const match::CoupleQuery& query);

  std::size_t indexed(std::int64_t audience = 0) const;  // open vacancies in an audience's index

 private:
  struct Audience {
    std::unique_ptr<match::VacancyIndex> index;
    std::unique_ptr<match::Matcher> matcher;
  };
  LiveMatcher(store::Database& db);
  Result<std::int64_t> audience_for(const Actor& actor, std::optional<std::int64_t> network);
  // With the exclusive lock held: builds the audience's index if missing.
  Result<void> ensure(std::int64_t audience);
  void apply_locked(const Vacancy& v);  // with the exclusive lock held
  void sync(std::int64_t id);           // refresh(), logging instead of failing a committed change
  Result<boost::json::object> render(const match::SearchResult& r);
  // Resolves the audience, builds its index if needed, runs the search under the shared lock.
  Result<boost::json::object> search(const Actor& actor, std::optional<std::int64_t> network,
                                     const std::function<Result<match::SearchResult>(const match::Matcher&)>& run);

  store::Database& db_;
  std::unique_ptr<match::TravelMatrix> matrix_;  // the stored travel-time matrix, read at start
  match::CommuteModel commute_;
  mutable std::shared_mutex mu_;
  std::map<std::int64_t, Audience> audiences_;
};

}  // namespace fw::service
