#include "http/worker_pool.hpp"

#include <utility>

namespace fw::http {

WorkerPool::WorkerPool(int threads, std::chrono::microseconds spin) : spin_(spin) {
  threads_.reserve(static_cast<std::size_t>(threads > 0 ? threads : 1));
  for (int i = 0; i < (threads > 0 ? threads : 1); ++i) threads_.emplace_back([this] { run(); });
}

WorkerPool::~WorkerPool() { join(); }

void WorkerPool::submit(Task task) {
  bool wake = false;
  {
    std::lock_guard lock(mu_);
    queue_.push_back(std::move(task));
    queued_.fetch_add(1, std::memory_order_release);
    wake = sleepers_ > 0;
  }
  if (wake) cv_.notify_one();
}

void WorkerPool::join() {
  {
    std::lock_guard lock(mu_);
    if (stopping_ && threads_.empty()) return;
    stopping_ = true;
  }
  cv_.notify_all();
  for (auto& t : threads_) {
    if (t.joinable()) t.join();
  }
  threads_.clear();
}

// Returns with the lock held and the queue non-empty, or false when stopping and drained.
bool WorkerPool::wait_for_work(std::unique_lock<std::mutex>& lock) {
  if (!queue_.empty()) return true;
  if (spin_.count() > 0 && !stopping_) {
    lock.unlock();
    const auto until = std::chrono::steady_clock::now() + spin_;
    while (queued_.load(std::memory_order_acquire) == 0 && std::chrono::steady_clock::now() < until) {
      std::this_thread::yield();  // gives the core to the I/O thread when both share one
    }
    lock.lock();
  }
  while (queue_.empty() && !stopping_) {
    ++sleepers_;
    cv_.wait(lock);
    --sleepers_;
  }
  return !queue_.empty();
}

void WorkerPool::run() {
  for (;;) {
    Task task;
    {
      std::unique_lock lock(mu_);
      if (!wait_for_work(lock)) return;
      task = std::move(queue_.front());
      queue_.pop_front();
      queued_.fetch_sub(1, std::memory_order_relaxed);
    }
    task();
  }
}

}  // namespace fw::http
