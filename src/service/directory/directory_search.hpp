// GET /api/v1/search: networks, organisations and published practices by German full text, filtered by region,
// topic and partner type, with facet counts for every filter. Public: only directory data
// that is public anyway is searched (names, descriptions, places; never contacts).
#pragma once

#include <boost/json/object.hpp>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "store/store.hpp"

namespace fw::service {

struct SearchQuery {
  std::string q;
  std::string type;  // "" (all), "network", "organisation", "practice"
  std::string land, kreis, handlungsfeld, zielgruppe, partner_type;
  std::optional<double> near_lat, near_lon, radius_km;  // organisations within radius
  int page = 1, size = 20;
};

struct SearchHit {
  std::string type;
  std::int64_t id = 0;
  std::string title, snippet, kreis_ags;
  double score = 0;  // higher is better
  bool is_demo = false;
};

struct SearchResult {
  std::vector<SearchHit> items;
  std::int64_t total = 0;
  // facet → value → count, over the whole result (not just the page)
  std::map<std::string, std::map<std::string, std::int64_t>> facets;
};

// Errors name the parameter: invalid type, AGS, vocabulary codes, page/size, near/radius.
Result<SearchResult> search_directory(store::Database& db, const SearchQuery& query);
boost::json::object search_result_json(const SearchResult& r, const SearchQuery& q);

}  // namespace fw::service
