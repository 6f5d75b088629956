// The candidate homes: reference places (data/places.csv, about 11,500 with 500+ inhabitants)
// with a grid for radius queries and dense ids for Gemeinden and Kreise.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/result.hpp"
#include "engine/match/geo.hpp"

namespace fw::match {

struct Place {
  std::int64_t id = 0;  // GeoNames id
  std::string name;
  double lat = 0, lon = 0;
  std::string kreis_ags;     // 5 digits
  std::string gemeinde_ags;  // 8 digits
  std::uint32_t population = 0;
  // Filled by PlaceTable::build:
  Vec3 p;
  std::uint32_t gemeinde = 0;  // dense id, see PlaceTable::gemeinde_ags()
  std::uint32_t kreis = 0;     // dense id, see PlaceTable::kreis_ags()
};

// Immutable after build; safe to share between threads.
class PlaceTable {
 public:
  // Takes the places, checks them (coordinates in Germany, 5/8-digit AGS, Kreis = first 5 digits
  // of the Gemeinde, unique ids) and builds the grid. Errors: invalid_argument
  // "match.place_invalid" with field "places[i].<column>".
  static Result<PlaceTable> build(std::vector<Place> places);

  std::size_t size() const { return places_.size(); }
  const Place& operator[](std::size_t i) const { return places_[i]; }
  const std::vector<Place>& all() const { return places_; }

  // Indices of the places in grid cell `cell` (see Grid).
  std::span<const std::uint32_t> in_cell(std::uint32_t cell) const {
    return {cell_items_.data() + cell_start_[cell], cell_items_.data() + cell_start_[cell + 1]};
  }
  // Place indices by population, largest first (a good order to visit homes in).
  const std::vector<std::uint32_t>& by_population() const { return by_population_; }

  // The place nearest to a point (by great-circle distance; ties → lower index).
  std::uint32_t nearest(const Vec3& p, double lat, double lon) const;

  // Dense ids ↔ AGS. find_* return -1 for an unknown code.
  const std::vector<std::string>& gemeinde_ags() const { return gemeinde_ags_; }
  const std::vector<std::string>& kreis_ags() const { return kreis_ags_; }
  int find_gemeinde(std::string_view ags) const;
  int find_kreis(std::string_view ags) const;
  // A circle holding every place of a Gemeinde: centre and radius (km). For travel-matrix bounds.
  const Vec3& gemeinde_centre(std::uint32_t g) const { return gemeinde_centre_[g]; }
  double gemeinde_radius_km(std::uint32_t g) const { return gemeinde_radius_[g]; }

 private:
  std::vector<Place> places_;
  std::vector<std::uint32_t> cell_start_, cell_items_, by_population_;
  std::vector<std::string> gemeinde_ags_, kreis_ags_;
  std::unordered_map<std::string, std::uint32_t> gemeinde_id_, kreis_id_;
  std::vector<Vec3> gemeinde_centre_;
  std::vector<double> gemeinde_radius_;
};

// Reads places CSV text (`,`-separated, header with at least geonames_id, name, lat, lon,
// kreis_ags, gemeinde_ags; population optional). Rows without any AGS are skipped. Errors: invalid_argument
// "match.places_malformed" with field "<name>:<line>:<column>", or PlaceTable::build's.
Result<PlaceTable> parse_places(std::string_view csv_text, std::string_view name);
// Reads the file at `path` (e.g. data/places.csv). Error: not_found "match.file_unreadable".
Result<PlaceTable> load_places(const std::string& path);

// Whole file into a string (shared by the CSV loaders). Error: not_found "match.file_unreadable".
Result<std::string> read_text_file(const std::string& path);

}  // namespace fw::match
