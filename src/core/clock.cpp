#include "core/clock.hpp"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>

namespace fw::clock {
namespace {
std::atomic<std::int64_t> g_offset{0};
}

std::int64_t now_ms() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count() + g_offset.load();
}

void advance_for_tests(std::int64_t delta_ms) { g_offset += delta_ms; }

std::string iso8601(std::int64_t unix_ms) {
  const std::time_t secs = static_cast<std::time_t>(unix_ms / 1000);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                tm.tm_hour, tm.tm_min, tm.tm_sec);
  return buf;
}

}  // namespace fw::clock
