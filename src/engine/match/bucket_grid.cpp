#include "engine/match/bucket_grid.hpp"

#include <algorithm>
#include <tuple>

namespace fw::match {
namespace {

bool before(const Vec3& a, const Vec3& b) {
  return std::tie(a.x, a.y, a.z) < std::tie(b.x, b.y, b.z);
}
void set(CodeMask& m, std::uint8_t code) {
  m[code / 64] |= std::uint64_t{1} << (code % 64);
}

}  // namespace

const BucketGrid::CellInfo* BucketGrid::find(std::uint32_t cell) const {
  if (rows_.empty()) return nullptr;
  const Row& r = rows_[cell / Grid::kCols];
  const int col = static_cast<int>(cell % Grid::kCols);
  const auto it =
      std::lower_bound(r.cells.begin(), r.cells.end(), col, [](const CellInfo& c, int x) { return c.col < x; });
  return it != r.cells.end() && it->col == col ? &*it : nullptr;
}

std::span<const Entry> BucketGrid::cell(std::uint32_t cell) const {
  const CellInfo* c = find(cell);
  return c ? std::span<const Entry>(rows_[cell / Grid::kCols].entries.data() + c->begin, c->count)
           : std::span<const Entry>{};
}

CodeMask BucketGrid::codes(std::uint32_t cell) const {
  const CellInfo* c = find(cell);
  return c ? c->mask : CodeMask{0, 0};
}

void BucketGrid::insert(std::uint32_t cell, const Entry& e) {
  if (rows_.empty()) rows_.resize(Grid::kRows);
  Row& r = rows_[cell / Grid::kCols];
  const auto col = static_cast<std::uint16_t>(cell % Grid::kCols);
  auto it = std::lower_bound(r.cells.begin(), r.cells.end(), col,
                             [](const CellInfo& c, std::uint16_t x) { return c.col < x; });
  if (it == r.cells.end() || it->col != col) {
    const std::uint32_t at = it == r.cells.end() ? static_cast<std::uint32_t>(r.entries.size()) : it->begin;
    it = r.cells.insert(it, CellInfo{col, at, 0, {0, 0}});
  }
  const auto first = r.entries.begin() + it->begin, last = first + it->count;
  r.entries.insert(std::upper_bound(first, last, e.p, [](const Vec3& p, const Entry& x) { return before(p, x.p); }), e);
  ++it->count;
  set(it->mask, e.code);
  for (auto later = it + 1; later != r.cells.end(); ++later) ++later->begin;
  ++size_;
}

bool BucketGrid::erase(std::uint32_t cell, std::int64_t id) {
  if (rows_.empty()) return false;
  Row& r = rows_[cell / Grid::kCols];
  const auto col = static_cast<std::uint16_t>(cell % Grid::kCols);
  auto it = std::lower_bound(r.cells.begin(), r.cells.end(), col,
                             [](const CellInfo& c, std::uint16_t x) { return c.col < x; });
  if (it == r.cells.end() || it->col != col) return false;
  const auto first = r.entries.begin() + it->begin, last = first + it->count;
  const auto hit = std::find_if(first, last, [&](const Entry& e) { return e.id == id; });
  if (hit == last) return false;
  r.entries.erase(hit);
  --size_;
  for (auto later = it + 1; later != r.cells.end(); ++later) --later->begin;
  if (--it->count == 0) {
    r.cells.erase(it);
    return true;
  }
  it->mask = {0, 0};  // rebuilt: another entry may share the removed code
  for (auto e = r.entries.begin() + it->begin; e != r.entries.begin() + it->begin + it->count; ++e)
    set(it->mask, e->code);
  return true;
}

std::size_t BucketGrid::memory_bytes() const {
  std::size_t n = rows_.capacity() * sizeof(Row);
  for (const auto& r : rows_) n += r.entries.capacity() * sizeof(Entry) + r.cells.capacity() * sizeof(CellInfo);
  return n;
}

void BucketGrid::shrink_to_fit() {
  for (auto& r : rows_) r.entries.shrink_to_fit(), r.cells.shrink_to_fit();
}

}  // namespace fw::match
