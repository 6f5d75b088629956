// The k best distinct keys by score, keeping each key's best score. Order: score desc, then
// key asc, which makes results deterministic and equal to a sorted brute-force enumeration.
#pragma once

#include <algorithm>
#include <cstdint>
#include <limits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace fw::match {

struct PairHash {
  std::size_t operator()(const std::pair<std::int64_t, std::int64_t>& p) const {
    return std::hash<std::int64_t>()(p.first * 0x9E3779B97F4A7C15ll ^ p.second);
  }
};

template <class Key, class Hash = std::hash<Key>>
class TopK {
 public:
  explicit TopK(std::size_t k) : k_(k) {}

  // A key scoring below threshold() can never be among the k best.
  double threshold() const { return threshold_; }

  void offer(const Key& key, double score) {
    if (score < threshold_) return;
    auto [it, fresh] = best_.try_emplace(key, score);
    if (!fresh) {
      it->second = std::max(it->second, score);
      return;
    }
    if (best_.size() > 2 * k_ + 16) prune();
  }

  // The k best, in order. Leaves the container empty.
  std::vector<std::pair<Key, double>> take() {
    std::vector<std::pair<Key, double>> all(best_.begin(), best_.end());
    best_.clear();
    std::sort(all.begin(), all.end(), better);
    if (all.size() > k_) all.resize(k_);
    return all;
  }

 private:
  static bool better(const std::pair<Key, double>& a, const std::pair<Key, double>& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  }
  // Drops everything below the k-th best; the k-th best score becomes the threshold.
  void prune() {
    std::vector<std::pair<Key, double>> all(best_.begin(), best_.end());
    std::nth_element(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(k_ - 1), all.end(), better);
    threshold_ = all[k_ - 1].second;
    // Everything after position k-1 is worse in the total order (ties lose on the key), so it
    // can go; should such a key come back with the same score it is simply offered again.
    for (std::size_t i = k_; i < all.size(); ++i) best_.erase(all[i].first);
  }

  std::size_t k_;
  double threshold_ = -std::numeric_limits<double>::infinity();
  std::unordered_map<Key, double, Hash> best_;
};

}  // namespace fw::match
