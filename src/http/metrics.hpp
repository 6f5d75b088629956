// Prometheus metrics: requests by route and status, a latency histogram, and gauges
// supplied by callbacks (the DB pool). Thread-safe.
#pragma once

#include <functional>
#include <mutex>
#include <string>
#include <vector>
#include <map>
#include <utility>
#include <cstdint>
#include <tuple>

namespace fw::http {

// All members may be called from any thread. Label values are escaped at render time, so
// any string is safe; keep `route` a pattern (not a raw path) to bound the cardinality.
class Metrics {
 public:
  // Buckets (seconds) of fachwerk_http_request_duration_seconds, without +Inf.
  static constexpr double kBuckets[] = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                        0.1,    0.25,  0.5,    1.0,   2.5,  5.0,  10.0};

  void observe(const std::string& method, const std::string& route, int status, double seconds);
  // A gauge read at render time, e.g. {"fachwerk_db_pool_in_use", "…help…", fn}.
  // `read` is called at render time without the lock held; it may throw (rendered as NaN).
  void add_gauge(std::string name, std::string help, std::function<double()> read);
  void connection_opened();
  void connection_closed();
  void connection_rejected();
  std::string render() const;  // Prometheus text exposition format 0.0.4

 private:
  struct Series {
    std::uint64_t count = 0;
  };
  struct Histogram {
    std::vector<std::uint64_t> buckets;  // per bucket of kBuckets (+Inf is count); cumulative at render
    double sum = 0;
    std::uint64_t count = 0;
  };
  mutable std::mutex mu_;
  std::map<std::tuple<std::string, std::string, int>, std::uint64_t> requests_;
  std::map<std::string, Histogram> latency_;  // by route
  std::vector<std::tuple<std::string, std::string, std::function<double()>>> gauges_;
  std::int64_t open_connections_ = 0;
  std::uint64_t rejected_connections_ = 0;
};

}  // namespace fw::http
