// A bounded pool of connections shared by both backends. The backend supplies a factory
// (opens a new connection) and a reuse check (decides whether a returned connection may be
// handed out again, e.g. it is still connected and not inside a transaction).
//
// Thread-safe: acquire/release/stats may be called from any thread.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "core/result.hpp"
#include "store/store.hpp"

namespace fw::store {

class ConnectionPool {
 public:
  using Factory = std::function<Result<std::unique_ptr<Connection>>()>;
  // Called (without the pool lock) on every returned or reused connection; false drops it.
  using ReuseCheck = std::function<bool(Connection&)>;

  ConnectionPool(std::size_t capacity, std::chrono::milliseconds acquire_timeout, Factory factory,
                 ReuseCheck reusable);
  ConnectionPool(const ConnectionPool&) = delete;
  ConnectionPool& operator=(const ConnectionPool&) = delete;

  // Hands out an idle connection, opens a new one while below capacity, or waits up to
  // acquire_timeout for one to come back (then ErrorCode::unavailable "db.unavailable").
  // A failing factory's error is returned as is.
  Result<std::unique_ptr<Connection>> acquire();
  // Takes a connection back; broken (or not reusable) ones are closed and free their slot.
  void release(std::unique_ptr<Connection> conn, bool broken);
  // Closes all idle connections (the next acquire opens fresh ones). Used by restore.
  void drain_idle();
  // Adds an already opened connection as idle (used to keep the connection that open()
  // made to check the database is reachable). Ignored when the pool is full.
  void adopt(std::unique_ptr<Connection> conn);

  PoolStats stats() const;

 private:
  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<Connection>> idle_;
  std::size_t open_ = 0;  // idle + in use (+ being opened)
  std::size_t in_use_ = 0;
  std::uint64_t waits_ = 0;
  std::uint64_t timeouts_ = 0;
  const std::size_t capacity_;
  const std::chrono::milliseconds acquire_timeout_;
  Factory factory_;
  ReuseCheck reusable_;
};

}  // namespace fw::store
