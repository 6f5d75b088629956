#include "engine/match/index.hpp"

#include <algorithm>
#include <tuple>

namespace fw::match {
namespace {

template <class T>
std::size_t bytes(const std::vector<T>& v) {
  return v.capacity() * sizeof(T);
}

}  // namespace

Result<VacRec> validate_vacancy(const Vacancy& v) {
  VacRec r;
  r.id = v.id;
  r.code = FW_TRY(parse_kldb(v.kldb, "kldb"));
  const int digit_level = level_of(r.code);
  const int level = v.level != 0 ? v.level : digit_level;
  if (level < 1 || level > 4 || (digit_level != 0 && level != digit_level))
    return fail(ErrorCode::invalid_argument, "match.level_invalid", "level", std::to_string(v.level));
  r.level = static_cast<std::uint8_t>(level);
  r.working_time = v.working_time;
  r.start = v.start_day ? *v.start_day : kNoStart;
  if (v.locations.empty() || v.locations.size() > 32767)
    return fail(ErrorCode::invalid_argument, "match.locations_missing", "locations");
  for (std::size_t i = 0; i < v.locations.size(); ++i) {
    const auto& l = v.locations[i];
    if (!in_germany(l.lat, l.lon)) {
      const bool lat_bad = !(l.lat >= kMinLat && l.lat <= kMaxLat);
      return fail(ErrorCode::invalid_argument, "match.outside_germany",
                  "locations[" + std::to_string(i) + "]." + (lat_bad ? "lat" : "lon"));
    }
  }
  r.loc_count = static_cast<std::uint16_t>(v.locations.size());
  r.bucket = static_cast<std::uint8_t>(bucket_of(r.code));
  return r;
}

VacancyIndex::VacancyIndex(const PlaceTable& places) : places_(places) {}

void VacancyIndex::reserve(std::size_t vacancies) {
  recs_.reserve(vacancies);
  locs_.reserve(vacancies + vacancies / 16);  // a few vacancies have several locations
  ids_.reserve(vacancies);
}

Result<void> VacancyIndex::upsert(const Vacancy& v) {
  VacRec r = FW_TRY(validate_vacancy(v));
  const auto existing = ids_.find(v.id);
  if (existing) unlink(*existing);
  if (v.status != VacancyStatus::open) {
    if (existing) {
      ids_.erase(v.id);
      recs_[*existing].live = false;
      free_slots_.push_back(*existing);
    }
    return {};
  }
  std::uint32_t slot = 0;
  if (existing) {
    slot = *existing;
  } else if (!free_slots_.empty()) {
    slot = free_slots_.back();
    free_slots_.pop_back();
  } else {
    slot = static_cast<std::uint32_t>(recs_.size());
    recs_.emplace_back();
  }
  r.loc_begin = static_cast<std::uint32_t>(locs_.size());
  r.live = true;
  auto& bucket = buckets_[r.bucket];
  const std::uint8_t code = local_code(r.code, r.level);
  for (std::size_t li = 0; li < v.locations.size(); ++li) {
    const auto& l = v.locations[li];
    LocRec loc;
    loc.p = to_vec3(l.lat, l.lon);
    const auto& near = places_[places_.nearest(loc.p, l.lat, l.lon)];
    loc.gemeinde = near.gemeinde;
    loc.cell = Grid::cell_of(l.lat, l.lon);
    max_snap_km_ = std::max(max_snap_km_, great_circle_km(loc.p, near.p));
    locs_.push_back(loc);
    bucket.insert(loc.cell, Entry{loc.p, r.id, r.start, loc.gemeinde, code, r.working_time,
                                  static_cast<std::uint16_t>(li), v.locations.size() > 1});
  }
  recs_[slot] = r;
  ids_.put(v.id, slot);
  return {};
}

bool VacancyIndex::erase(std::int64_t id) {
  const auto slot = ids_.find(id);
  if (!slot) return false;
  unlink(*slot);
  ids_.erase(id);
  recs_[*slot].live = false;
  free_slots_.push_back(*slot);
  return true;
}

void VacancyIndex::unlink(std::uint32_t slot) {
  VacRec& r = recs_[slot];
  for (const auto& loc : locations(r)) buckets_[r.bucket].erase(loc.cell, r.id);
  garbage_locs_ += r.loc_count;
  r.loc_count = 0;
  if (garbage_locs_ > 4096 && garbage_locs_ * 2 > locs_.size()) compact_locations();
}

void VacancyIndex::compact_locations() {
  std::vector<LocRec> fresh;
  fresh.reserve(locs_.size() - garbage_locs_ + 1024);
  for (auto& r : recs_) {
    if (!r.live || r.loc_count == 0) continue;
    const auto begin = static_cast<std::uint32_t>(fresh.size());
    fresh.insert(fresh.end(), locs_.begin() + r.loc_begin, locs_.begin() + r.loc_begin + r.loc_count);
    r.loc_begin = begin;
  }
  locs_ = std::move(fresh);
  garbage_locs_ = 0;
}

std::size_t VacancyIndex::memory_bytes() const {
  std::size_t n = bytes(recs_) + bytes(free_slots_) + bytes(locs_) + ids_.memory_bytes();
  for (const auto& b : buckets_) n += b.memory_bytes();
  return n;
}

void VacancyIndex::shrink_to_fit() {
  for (auto& b : buckets_) b.shrink_to_fit();
  locs_.shrink_to_fit();
  recs_.shrink_to_fit();
}

}  // namespace fw::match
