// A short-lived in-memory cache of resolved sessions, so that an authenticated read costs no
// database round trip for the session itself.
//
// Correctness rests on the accounts epoch: every change that can alter what a session
// resolves to (logout, role change, disabling, deletion, password reset) bumps it, and an
// entry from an older epoch is never used. Within one server process the cache is therefore
// never stale; with several processes on one PostgreSQL an entry may outlive a change made
// elsewhere by at most kTtlMs.
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "service/accounts/users.hpp"
#include "service/actor.hpp"

namespace fw::service {

// Bumped by every change to accounts, roles or sessions.
std::uint64_t accounts_epoch();
void bump_accounts_epoch();

struct CachedSession {
  std::int64_t session_id = 0;
  std::string csrf;
  User user;
  std::int64_t expires_at = 0;    // absolute end of the session
  std::int64_t last_seen_at = 0;  // as stored in the database
  std::int64_t cached_at = 0;
  std::uint64_t epoch = 0;
};

class SessionCache {
 public:
  static constexpr std::int64_t kTtlMs = 5000;
  static constexpr std::size_t kMaxEntries = 100'000;

  // The entry for token_hash if it is from the current epoch and younger than kTtlMs.
  std::optional<CachedSession> get(const std::string& token_hash, std::int64_t now_ms);
  void put(const std::string& token_hash, CachedSession session);
  void erase(const std::string& token_hash);

 private:
  std::mutex mu_;
  std::unordered_map<std::string, CachedSession> entries_;
};

}  // namespace fw::service
