// Synthetic vacancies for tests, benchmarks and demo data: open vacancies at real places,
// weighted by population, with occupations spread over the KldB groups. Deterministic: the
// same places and options give the same vacancies on every machine (own RNG, no std::
// distributions, whose results differ between standard libraries).
#pragma once

#include <cstdint>
#include <vector>

#include "engine/match/places.hpp"
#include "engine/match/vacancy.hpp"

namespace fw::match {

// SplitMix64: small, fast, and good enough for test data.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : s_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (s_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)
  std::uint64_t below(std::uint64_t n) { return n ? next() % n : 0; }

 private:
  std::uint64_t s_;
};

struct GenerateOptions {
  std::size_t vacancies = 1000;
  std::uint64_t seed = 42;
  std::int64_t first_id = 1;           // ids first_id, first_id + 1, …
  int first_start_day = 20'454;        // 2026-01-01
  int start_span_days = 540;           // start dates spread over this many days
  double multi_location_share = 0.02;  // vacancies offered at 2–3 sites
};

// Places with more inhabitants get more employer sites (1 + population / 5000, at most 200),
// each a fixed point within a few km of the place, so that vacancies cluster at employers as
// real postings do. Occupations: 3-digit groups with uneven weights (1 / (rank + 5)), 90 % with
// 5 digits, levels 1–4 at 20/55/15/10 %.
std::vector<Vacancy> generate_vacancies(const PlaceTable& places, const GenerateOptions& options);

// Random place indices weighted by population (the weighting the generator uses; places
// below 200 inhabitants count as 200).
class PlacePicker {
 public:
  explicit PlacePicker(const PlaceTable& places);
  std::uint32_t operator()(Rng& rng) const;

 private:
  std::vector<double> cumulative_;
};
// A random valid 5-digit KldB code from the generator's occupation distribution.
std::string random_kldb(Rng& rng);

}  // namespace fw::match
