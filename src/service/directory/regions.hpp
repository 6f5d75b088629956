// Regions: the 16 Länder, 401 Kreise and ~11,500 places of the reference data. Public.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "store/store.hpp"

namespace fw::service {

struct Land {
  std::string ags, name;
  double area_km2 = 0;
  std::int64_t population = 0;
  int kreise = 0;
};

struct Kreis {
  std::string ags, nuts3, type, name, land_ags;
  double area_km2 = 0;
  std::int64_t population = 0;
};

struct Place {
  std::int64_t id = 0;
  std::string name;
  double lat = 0, lon = 0;
  std::int64_t population = 0;
  std::string kreis_ags, gemeinde_ags, kreis_name;
};

Result<std::vector<Land>> list_laender(store::Database& db);
// land: "" for all, else a 2-digit AGS (invalid_argument "region.land_invalid" otherwise,
// not_found "region.land_unknown" for a well-formed code that doesn't exist).
Result<std::vector<Kreis>> list_kreise(store::Database& db, const std::string& land);
// Prefix search on place names, umlaut- and case-insensitive ("aalen", "muenchen", "Mün"),
// largest places first. q needs at least 2 letters; limit 1..100.
Result<std::vector<Place>> search_places(store::Database& db, const std::string& q, int limit);

// Validation shared with the directory: a 5-digit Kreis AGS that exists.
Result<void> check_kreis(store::Connection& c, const std::string& ags, const std::string& field);

}  // namespace fw::service
