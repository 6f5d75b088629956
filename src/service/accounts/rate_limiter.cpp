#include "service/accounts/rate_limiter.hpp"

namespace fw::service {

void RateLimiter::prune(std::deque<std::int64_t>& q, std::int64_t now_ms) const {
  while (!q.empty() && q.front() <= now_ms - window_) q.pop_front();
}

std::int64_t RateLimiter::retry_after_s(const std::string& key, std::int64_t now_ms) {
  std::lock_guard lock(mu_);
  auto it = failures_.find(key);
  if (it == failures_.end()) return 0;
  prune(it->second, now_ms);
  if (it->second.empty()) {
    failures_.erase(it);
    return 0;
  }
  if (static_cast<int>(it->second.size()) < max_) return 0;
  // Blocked until the oldest failure in the window ages out.
  const std::int64_t wait_ms = it->second.front() + window_ - now_ms;
  return std::max<std::int64_t>(1, (wait_ms + 999) / 1000);
}

void RateLimiter::record_failure(const std::string& key, std::int64_t now_ms) {
  std::lock_guard lock(mu_);
  auto& q = failures_[key];
  prune(q, now_ms);
  q.push_back(now_ms);
  // Bound memory per key: more than max_ entries never change the answer.
  while (static_cast<int>(q.size()) > max_) q.pop_front();
}

void RateLimiter::reset(const std::string& key) {
  std::lock_guard lock(mu_);
  failures_.erase(key);
}

}  // namespace fw::service
