// The Gemeinde-to-Gemeinde travel-time matrix in the database (table travel_times), e.g.
// produced by a routing engine. The engine validates it (`match::parse_travel_matrix`: known
// Gemeinden, modes, 0–1440 minutes, no duplicate pairs); the live matcher loads it at start.
#pragma once

#include <memory>
#include <string_view>

#include "core/result.hpp"
#include "engine/match/travel_matrix.hpp"
#include "service/actor.hpp"
#include "store/store.hpp"

namespace fw::service {

// Replaces the whole matrix with the CSV `from_ags;to_ags;mode;minutes` (admins). All or
// nothing: the first bad row is an error naming `name:line:column`. Returns the row count.
Result<std::size_t> import_travel_matrix(store::Database& db, const Actor& actor, std::string_view csv_text,
                                         std::string_view name, bool dry_run);

// The stored matrix (empty when none was imported).
Result<std::unique_ptr<match::TravelMatrix>> load_stored_travel_matrix(store::Connection& c);

}  // namespace fw::service
