#pragma once
// The pool that runs database handlers off the I/O threads.
//
// Why not asio::thread_pool: on a small machine most of the cost of a short handler is the
// futex wake-up of a sleeping worker, twice per request (I/O thread → worker → I/O thread).
// Under load the next request usually arrives within microseconds, so a worker that found
// the queue empty first spins for `spin` before it sleeps, and submit() signals only when
// a worker actually sleeps. With spin = 0 it behaves like a plain condition-variable pool.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace fw::http {

class WorkerPool {
 public:
  using Task = std::move_only_function<void()>;

  WorkerPool(int threads, std::chrono::microseconds spin);
  // Runs what is queued, then joins.
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  void submit(Task task);
  // Lets the queued tasks finish (tasks they submit still run), then joins the threads.
  void join();

  std::size_t size() const { return threads_.size(); }

 private:
  void run();
  bool wait_for_work(std::unique_lock<std::mutex>& lock);

  const std::chrono::microseconds spin_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Task> queue_;         // guarded by mu_
  int sleepers_ = 0;               // guarded by mu_
  bool stopping_ = false;          // guarded by mu_
  std::atomic<std::size_t> queued_{0};  // mirrors queue_.size() for the lock-free spin
  std::vector<std::thread> threads_;
};

}  // namespace fw::http
