// Counts failures per key (an account, an IP) in a sliding window and says when a key is
// blocked. In memory: limits hold per server process, which is how Fachwerk is deployed
// (one process per installation); a restart forgets them, which only eases the limit.
#pragma once

#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

namespace fw::service {

class RateLimiter {
 public:
  RateLimiter(int max_failures, std::int64_t window_ms) : max_(max_failures), window_(window_ms) {}

  // 0 if the key may try now, else the seconds until it may (at least 1).
  std::int64_t retry_after_s(const std::string& key, std::int64_t now_ms);
  void record_failure(const std::string& key, std::int64_t now_ms);
  void reset(const std::string& key);

 private:
  void prune(std::deque<std::int64_t>& q, std::int64_t now_ms) const;

  int max_;
  std::int64_t window_;
  std::mutex mu_;
  std::unordered_map<std::string, std::deque<std::int64_t>> failures_;
};

}  // namespace fw::service
