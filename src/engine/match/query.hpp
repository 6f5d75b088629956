// What a search asks for. Field names follow the JSON of POST /api/v1/dualcareer/match/…,
// and validation errors name these fields ("partner.occupations[0].kldb", "anchor.lat").
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "engine/match/geo.hpp"
#include "engine/match/vacancy.hpp"

namespace fw::match {

struct Occupation {
  std::string kldb;  // 2–5 digits
  int level = 0;     // 1–4, or 0 = any level (a 5-digit code brings its own)
};

// One person looking for work: the partner of a hired applicant, or either member of a couple.
struct PartnerRequest {
  std::vector<Occupation> occupations;  // at least one; the best fit counts
  WorkingTimeSet working_time = 0;      // 0 = any
  std::optional<int> earliest_start;    // days since 1970-01-01
  double max_minutes = 45;              // 0–240
  Mode mode = Mode::car;
};

struct Point {
  double lat = 0, lon = 0;
};

// The hired applicant's workplace and how far they accept to commute.
struct Anchor {
  double lat = 0, lon = 0;
  double max_minutes = 40;
  Mode mode = Mode::car;
};

// Knobs every search shares; defaults are the documented behaviour.
struct SearchOptions {
  double tolerance_minutes = 10;  // "how many more with +10 min" and near misses
  int near_misses = 5;            // how many near misses to explain (0 = none)
  int best_homes = 3;             // homes listed per result
  // Couple searches count feasible pairs exactly (couple_count.cpp). The count gives up
  // (feasible = nullopt) beyond this many home × (cell + site) checks (or 8× as many bitset word
  // operations), which bounds its cost to about 3 ms; nationwide searches usually give up.
  std::size_t count_budget = 500'000;
};

// Anchored search: homes near the anchor (or the fixed home), vacancies for the partner.
struct AnchoredQuery {
  PartnerRequest partner;
  std::optional<Anchor> anchor;  // required unless home is given
  std::optional<Point> home;     // fixed current home; then the anchor limit is not applied
  double min_fit = 0.5;          // (0, 1]
  int limit = 20;                // 1 … 1,000,000
  SearchOptions options;
};

// Homes restricted to these Kreise (5-digit AGS); empty = anywhere.
struct Region {
  std::vector<std::string> kreise;
};

// Couple search: pairs (vacancy for a, vacancy for b) sharing at least one feasible home.
struct CoupleQuery {
  PartnerRequest a, b;
  std::optional<Region> region;
  double min_fit = 0.5;
  int limit = 20;
  SearchOptions options;
};

}  // namespace fw::match
