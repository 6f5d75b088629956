// The entries of one index bucket, in row strips: per grid row one vector sorted by (column,
// position), and a small sorted table of the row's non-empty cells (offset, count, code mask).
// A search scanning a box reads each row's cells as one contiguous run, which made the
// candidate scan memory-bound no more; an update moves the entries of one row only.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "engine/match/geo.hpp"
#include "engine/match/vacancy.hpp"

namespace fw::match {

inline constexpr std::int32_t kNoStart = -2147483647 - 1;

// One location of one vacancy (48 bytes). It repeats what a search needs to accept and score
// the vacancy, because fetching the vacancy record for each of thousands of candidates costs a
// cache miss each. Within a cell, entries are sorted by position: a site's vacancies are adjacent.
struct Entry {
  Vec3 p;
  std::int64_t id = 0;         // the vacancy
  std::int32_t start = 0;      // start day or kNoStart
  std::uint32_t gemeinde = 0;  // Gemeinde of the nearest reference place (travel matrix key)
  std::uint8_t code = 0;       // local_code() of the vacancy's code and level in its bucket
  WorkingTimeSet working_time = 0;
  std::uint16_t loc : 15 = 0;   // which location of the vacancy
  std::uint16_t multi : 1 = 0;  // the vacancy has more than one location (counting must dedupe)
};

// Bit i set: local code i occurs (see kldb.hpp local_code).
using CodeMask = std::array<std::uint64_t, 2>;

class BucketGrid {
 public:
  void insert(std::uint32_t cell, const Entry& e);
  // Removes the entry of vacancy `id` in `cell`; false if there is none.
  bool erase(std::uint32_t cell, std::int64_t id);

  std::span<const Entry> cell(std::uint32_t cell) const;
  CodeMask codes(std::uint32_t cell) const;
  // Calls f(column, entries) for each non-empty cell of `row` with col0 ≤ column ≤ col1.
  template <class F>
  void for_row(int row, int col0, int col1, F&& f) const {
    if (rows_.empty()) return;
    const Row& r = rows_[static_cast<std::size_t>(row)];
    auto it =
        std::lower_bound(r.cells.begin(), r.cells.end(), col0, [](const CellInfo& c, int col) { return c.col < col; });
    for (; it != r.cells.end() && it->col <= col1; ++it)
      f(static_cast<int>(it->col), std::span<const Entry>(r.entries.data() + it->begin, it->count));
  }

  std::size_t size() const { return size_; }
  std::size_t memory_bytes() const;
  void shrink_to_fit();

 private:
  struct CellInfo {
    std::uint16_t col = 0;
    std::uint32_t begin = 0, count = 0;
    CodeMask mask{0, 0};
  };
  struct Row {
    std::vector<Entry> entries;
    std::vector<CellInfo> cells;  // sorted by col
  };
  const CellInfo* find(std::uint32_t cell) const;
  std::vector<Row> rows_;  // Grid::kRows once the first entry arrives
  std::size_t size_ = 0;
};

}  // namespace fw::match
