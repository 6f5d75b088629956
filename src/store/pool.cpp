#include "store/pool.hpp"

#include <string>
#include <utility>

namespace fw::store {

ConnectionPool::ConnectionPool(std::size_t capacity, std::chrono::milliseconds acquire_timeout,
                               Factory factory, ReuseCheck reusable)
    : capacity_(capacity == 0 ? 1 : capacity),
      acquire_timeout_(acquire_timeout),
      factory_(std::move(factory)),
      reusable_(std::move(reusable)) {}

Result<std::unique_ptr<Connection>> ConnectionPool::acquire() {
  const auto deadline = std::chrono::steady_clock::now() + acquire_timeout_;
  bool counted_wait = false;
  std::unique_lock lock(mu_);
  for (;;) {
    while (!idle_.empty()) {
      std::unique_ptr<Connection> conn = std::move(idle_.back());
      idle_.pop_back();
      ++in_use_;
      // The check may talk to the server (PQstatus is local, but keep it outside the lock).
      lock.unlock();
      const bool ok = reusable_(*conn);
      lock.lock();
      if (ok) return conn;
      --in_use_;
      --open_;
      lock.unlock();
      conn.reset();  // close outside the lock
      lock.lock();
    }
    if (open_ < capacity_) {
      ++open_;
      ++in_use_;
      lock.unlock();
      auto conn = factory_();
      lock.lock();
      if (!conn) {
        --open_;
        --in_use_;
        cv_.notify_one();
        return std::unexpected(conn.error());
      }
      return std::move(*conn);
    }
    if (!counted_wait) {
      ++waits_;
      counted_wait = true;
    }
    if (cv_.wait_until(lock, deadline) == std::cv_status::timeout && idle_.empty() && open_ >= capacity_) {
      ++timeouts_;
      return fail(ErrorCode::unavailable, "db.unavailable", {},
                  "connection pool exhausted: " + std::to_string(in_use_) + " of " +
                      std::to_string(capacity_) + " in use after waiting " +
                      std::to_string(acquire_timeout_.count()) + " ms");
    }
  }
}

void ConnectionPool::release(std::unique_ptr<Connection> conn, bool broken) {
  if (!conn) return;
  const bool keep = !broken && reusable_(*conn);
  if (!keep) conn.reset();  // close outside the lock
  std::lock_guard lock(mu_);
  --in_use_;
  if (keep) {
    idle_.push_back(std::move(conn));
  } else {
    --open_;
  }
  cv_.notify_one();
}

void ConnectionPool::drain_idle() {
  std::vector<std::unique_ptr<Connection>> closing;
  {
    std::lock_guard lock(mu_);
    closing.swap(idle_);
    open_ -= closing.size();
  }
  closing.clear();
  cv_.notify_all();
}

void ConnectionPool::adopt(std::unique_ptr<Connection> conn) {
  std::lock_guard lock(mu_);
  if (!conn || open_ >= capacity_) return;
  ++open_;
  idle_.push_back(std::move(conn));
  cv_.notify_one();
}

PoolStats ConnectionPool::stats() const {
  std::lock_guard lock(mu_);
  return PoolStats{open_, in_use_, capacity_, waits_, timeouts_};
}

}  // namespace fw::store
