#include "http/worker_pool.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <future>
#include <mutex>
#include <set>
#include <thread>

namespace fw::http {
namespace {

using namespace std::chrono_literals;

class WorkerPoolTest : public ::testing::TestWithParam<int> {};  // spin in microseconds

TEST_P(WorkerPoolTest, RunsEveryTaskOnAPoolThread) {
  std::atomic<int> done{0};
  std::mutex mu;
  std::set<std::thread::id> threads;
  {
    WorkerPool pool(3, std::chrono::microseconds(GetParam()));
    for (int i = 0; i < 10000; ++i) {
      pool.submit([&] {
        {
          std::lock_guard lock(mu);
          threads.insert(std::this_thread::get_id());
        }
        done.fetch_add(1);
      });
    }
  }  // the destructor drains the queue
  EXPECT_EQ(done.load(), 10000);
  EXPECT_FALSE(threads.contains(std::this_thread::get_id()));
  EXPECT_LE(threads.size(), 3U);
}

TEST_P(WorkerPoolTest, TasksSubmittedByTasksStillRunBeforeJoinReturns) {
  std::atomic<int> done{0};
  WorkerPool pool(1, std::chrono::microseconds(GetParam()));
  pool.submit([&] {
    pool.submit([&] { done.fetch_add(1); });
    done.fetch_add(1);
  });
  pool.join();
  EXPECT_EQ(done.load(), 2);
}

TEST_P(WorkerPoolTest, SleepingWorkersWakeForLateWork) {
  WorkerPool pool(2, std::chrono::microseconds(GetParam()));
  std::this_thread::sleep_for(20ms);  // long past any spin: both workers sleep
  std::promise<std::thread::id> ran;
  auto result = ran.get_future();
  pool.submit([&] { ran.set_value(std::this_thread::get_id()); });
  ASSERT_EQ(result.wait_for(10s), std::future_status::ready);
  EXPECT_NE(result.get(), std::this_thread::get_id());
}

INSTANTIATE_TEST_SUITE_P(Spin, WorkerPoolTest, ::testing::Values(0, 50, 5000));

}  // namespace
}  // namespace fw::http
