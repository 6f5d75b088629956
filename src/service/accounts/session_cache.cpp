#include "service/accounts/session_cache.hpp"

namespace fw::service {
namespace {
std::atomic<std::uint64_t> g_epoch{1};
}

std::uint64_t accounts_epoch() { return g_epoch.load(std::memory_order_acquire); }
void bump_accounts_epoch() { g_epoch.fetch_add(1, std::memory_order_acq_rel); }

std::optional<CachedSession> SessionCache::get(const std::string& token_hash, std::int64_t now_ms) {
  std::lock_guard lock(mu_);
  auto it = entries_.find(token_hash);
  if (it == entries_.end()) return std::nullopt;
  const auto& e = it->second;
  if (e.epoch != accounts_epoch() || now_ms - e.cached_at >= kTtlMs || now_ms < e.cached_at) {
    entries_.erase(it);
    return std::nullopt;
  }
  return e;
}

void SessionCache::put(const std::string& token_hash, CachedSession session) {
  std::lock_guard lock(mu_);
  // Crude bound: a full cache starts over. Only reached with more live sessions than entries.
  if (entries_.size() >= kMaxEntries) entries_.clear();
  entries_[token_hash] = std::move(session);
}

void SessionCache::erase(const std::string& token_hash) {
  std::lock_guard lock(mu_);
  entries_.erase(token_hash);
}

}  // namespace fw::service
