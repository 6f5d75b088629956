// The vacancy index: open vacancies bucketed by KldB 3-digit group (or 2-digit main group for
// codes that have only two digits), and inside each bucket by grid cell (BucketGrid: row
// strips). Updates are incremental: upsert/erase touch only the grid rows of the vacancy's
// locations, nothing is rebuilt.
//
// Threads: const member functions may run concurrently; upsert/erase need exclusive access
// (the service holds a std::shared_mutex: shared for searches, unique for updates).
#pragma once

#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <vector>

#include "core/result.hpp"
#include "engine/match/bucket_grid.hpp"
#include "engine/match/id_map.hpp"
#include "engine/match/kldb.hpp"
#include "engine/match/places.hpp"
#include "engine/match/vacancy.hpp"

namespace fw::match {

// A vacancy in compact form (32 bytes).
struct VacRec {
  std::int64_t id = 0;
  KldbCode code;
  std::uint8_t level = 0;  // 1–4
  WorkingTimeSet working_time = 0;
  std::int32_t start = kNoStart;
  std::uint32_t loc_begin = 0;
  std::uint16_t loc_count = 0;
  std::uint8_t bucket = 0;
  bool live = false;
};

// One location of a vacancy as the record keeps it (for details and for removal).
struct LocRec {
  Vec3 p;
  std::uint32_t gemeinde = 0;
  std::uint32_t cell = 0;
};

class VacancyIndex {
 public:
  // `places` must outlive the index.
  explicit VacancyIndex(const PlaceTable& places);

  // Adds or replaces the vacancy with v.id. A vacancy that is not open is removed (closing a
  // vacancy is an upsert with status filled/expired). Errors (nothing changed):
  // invalid_argument from validate_vacancy, e.g. field "locations[0].lat".
  Result<void> upsert(const Vacancy& v);
  // Removes the vacancy; false if it was not indexed.
  bool erase(std::int64_t id);
  // Preallocates for a bulk load of this many vacancies.
  void reserve(std::size_t vacancies);

  std::size_t size() const { return ids_.size(); }  // open vacancies indexed
  // The record of an indexed vacancy, nullptr if unknown or not open. Valid until the next update.
  const VacRec* find(std::int64_t id) const {
    const auto s = ids_.find(id);
    return s ? &recs_[*s] : nullptr;
  }
  // The locations of an indexed vacancy (in the order given). Valid until the next update.
  std::span<const LocRec> locations(const VacRec& r) const { return {locs_.data() + r.loc_begin, r.loc_count}; }

  std::size_t bucket_size(int bucket) const { return buckets_[static_cast<std::size_t>(bucket)].size(); }
  const BucketGrid& bucket(int b) const { return buckets_[static_cast<std::size_t>(b)]; }
  // Which local codes occur in a bucket cell: lets a search bound the fit of a whole cell
  // without reading its entries. Empty cell: both words 0.
  CodeMask codes(int bucket, std::uint32_t cell) const {
    return buckets_[static_cast<std::size_t>(bucket)].codes(cell);
  }
  std::span<const Entry> entries(int bucket, std::uint32_t cell) const {
    return buckets_[static_cast<std::size_t>(bucket)].cell(cell);
  }

  // Farthest any indexed location has been from its nearest reference place (km); only grows.
  double max_snap_km() const { return max_snap_km_; }
  const PlaceTable& places() const { return places_; }
  // Heap bytes held by the index (capacities, not sizes).
  std::size_t memory_bytes() const;
  // Returns spare capacity to the allocator (worth it after a bulk load).
  void shrink_to_fit();

 private:
  void unlink(std::uint32_t slot);  // removes the entries of a live record, frees its locations
  void compact_locations();

  const PlaceTable& places_;
  std::vector<VacRec> recs_;
  std::vector<std::uint32_t> free_slots_;
  std::vector<LocRec> locs_;
  std::size_t garbage_locs_ = 0;
  IdMap ids_;
  std::array<BucketGrid, kBucketCount> buckets_;
  double max_snap_km_ = 0;
};

// Checks a vacancy (code, level 1–4 matching a 5th digit, 1–32767 locations inside Germany)
// and returns its compact record with loc_count set. Errors: invalid_argument, keys
// "match.kldb_invalid", "match.kldb_unknown", "match.level_invalid", "match.outside_germany",
// "match.locations_missing"; field names as in Vacancy ("kldb", "locations[2].lon").
Result<VacRec> validate_vacancy(const Vacancy& v);

}  // namespace fw::match
