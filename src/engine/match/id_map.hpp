// Vacancy id → slot: open addressing with linear probing and backward-shift deletion (no
// tombstones), 12 bytes per cell at ≤ 50 % load. std::unordered_map needs about 4× the memory,
// which alone would eat a third of the 200-bytes-per-vacancy budget.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace fw::match {

class IdMap {
 public:
  std::optional<std::uint32_t> find(std::int64_t id) const {
    if (keys_.empty()) return std::nullopt;
    for (std::size_t i = home(id);; i = (i + 1) & mask_) {
      if (vals_[i] == kEmpty) return std::nullopt;
      if (keys_[i] == id) return vals_[i];
    }
  }

  // Inserts or overwrites.
  void put(std::int64_t id, std::uint32_t slot) {
    if ((size_ + 1) * 2 > keys_.size()) grow();
    for (std::size_t i = home(id);; i = (i + 1) & mask_) {
      if (vals_[i] == kEmpty) {
        keys_[i] = id, vals_[i] = slot, ++size_;
        return;
      }
      if (keys_[i] == id) {
        vals_[i] = slot;
        return;
      }
    }
  }

  bool erase(std::int64_t id) {
    if (keys_.empty()) return false;
    std::size_t i = home(id);
    for (;; i = (i + 1) & mask_) {
      if (vals_[i] == kEmpty) return false;
      if (keys_[i] == id) break;
    }
    // Backward shift: move later members of the probe run into the hole where allowed.
    for (std::size_t j = (i + 1) & mask_;; j = (j + 1) & mask_) {
      if (vals_[j] == kEmpty) break;
      const std::size_t h = home(keys_[j]);
      const bool between = i <= j ? (i < h && h <= j) : (i < h || h <= j);
      if (between) continue;
      keys_[i] = keys_[j], vals_[i] = vals_[j];
      i = j;
    }
    vals_[i] = kEmpty;
    --size_;
    return true;
  }

  std::size_t size() const { return size_; }
  std::size_t memory_bytes() const {
    return keys_.capacity() * sizeof(std::int64_t) + vals_.capacity() * sizeof(std::uint32_t);
  }
  void reserve(std::size_t n) {
    while (keys_.size() < n * 2) grow();
  }

 private:
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
  std::size_t home(std::int64_t id) const {
    auto x = static_cast<std::uint64_t>(id) * 0x9E3779B97F4A7C15ull;  // Fibonacci hashing
    return static_cast<std::size_t>(x >> 20) & mask_;
  }
  void grow() {
    std::vector<std::int64_t> keys = std::move(keys_);
    std::vector<std::uint32_t> vals = std::move(vals_);
    const std::size_t n = keys.empty() ? 64 : keys.size() * 2;
    keys_.assign(n, 0);
    vals_.assign(n, kEmpty);
    mask_ = n - 1;
    size_ = 0;
    for (std::size_t i = 0; i < keys.size(); ++i)
      if (vals[i] != kEmpty) put(keys[i], vals[i]);
  }

  std::vector<std::int64_t> keys_;
  std::vector<std::uint32_t> vals_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

}  // namespace fw::match
