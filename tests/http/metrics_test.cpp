#include "http/metrics.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace fw::http {
namespace {

bool contains(const std::string& text, const std::string& line) { return text.find(line) != std::string::npos; }

TEST(HttpMetrics, CountsRequestsByMethodRouteStatus) {
  Metrics m;
  m.observe("GET", "/api/v1/users/{id}", 200, 0.002);
  m.observe("GET", "/api/v1/users/{id}", 200, 0.004);
  m.observe("GET", "/api/v1/users/{id}", 404, 0.001);
  m.observe("POST", "unmatched", 405, 0.0001);
  const std::string out = m.render();
  EXPECT_TRUE(contains(out, "# TYPE fachwerk_http_requests_total counter\n"));
  EXPECT_TRUE(contains(out, "fachwerk_http_requests_total{method=\"GET\",route=\"/api/v1/users/{id}\",status=\"200\"} 2\n"));
  EXPECT_TRUE(contains(out, "fachwerk_http_requests_total{method=\"GET\",route=\"/api/v1/users/{id}\",status=\"404\"} 1\n"));
  EXPECT_TRUE(contains(out, "fachwerk_http_requests_total{method=\"POST\",route=\"unmatched\",status=\"405\"} 1\n"));
}

TEST(HttpMetrics, HistogramIsCumulative) {
  Metrics m;
  // Powers of two, so that the sum is exact.
  m.observe("GET", "/r", 200, 0.00048828125);  // first bucket
  m.observe("GET", "/r", 200, 0.00390625);     // le 0.005
  m.observe("GET", "/r", 200, 16.0);           // only +Inf
  const std::string out = m.render();
  EXPECT_TRUE(contains(out, "# TYPE fachwerk_http_request_duration_seconds histogram\n"));
  EXPECT_TRUE(contains(out, "fachwerk_http_request_duration_seconds_bucket{route=\"/r\",le=\"0.0005\"} 1\n"));
  EXPECT_TRUE(contains(out, "fachwerk_http_request_duration_seconds_bucket{route=\"/r\",le=\"0.0025\"} 1\n"));
  EXPECT_TRUE(contains(out, "fachwerk_http_request_duration_seconds_bucket{route=\"/r\",le=\"0.005\"} 2\n"));
  EXPECT_TRUE(contains(out, "fachwerk_http_request_duration_seconds_bucket{route=\"/r\",le=\"10\"} 2\n"));
  EXPECT_TRUE(contains(out, "fachwerk_http_request_duration_seconds_bucket{route=\"/r\",le=\"+Inf\"} 3\n"));
  EXPECT_TRUE(contains(out, "fachwerk_http_request_duration_seconds_count{route=\"/r\"} 3\n"));
  EXPECT_TRUE(contains(out, "fachwerk_http_request_duration_seconds_sum{route=\"/r\"} 16.00439453125\n"));
}

TEST(HttpMetrics, ConnectionsAndGauges) {
  Metrics m;
  m.connection_opened();
  m.connection_opened();
  m.connection_closed();
  m.connection_rejected();
  m.add_gauge("fachwerk_db_pool_in_use", "Connections in use.\nSecond line \\ backslash", [] { return 3.0; });
  m.add_gauge("fachwerk_broken", "Throws.", []() -> double { throw std::runtime_error("x"); });
  const std::string out = m.render();
  EXPECT_TRUE(contains(out, "# TYPE fachwerk_http_connections_open gauge\nfachwerk_http_connections_open 1\n"));
  EXPECT_TRUE(contains(out, "# TYPE fachwerk_http_connections_rejected_total counter\nfachwerk_http_connections_rejected_total 1\n"));
  EXPECT_TRUE(contains(out, "# HELP fachwerk_db_pool_in_use Connections in use.\\nSecond line \\\\ backslash\n"));
  EXPECT_TRUE(contains(out, "# TYPE fachwerk_db_pool_in_use gauge\nfachwerk_db_pool_in_use 3\n"));
  EXPECT_TRUE(contains(out, "fachwerk_broken NaN\n"));
}

TEST(HttpMetrics, LabelValuesAreEscaped) {
  Metrics m;
  m.observe("GET", "/a\"b\\c\nd", 200, 0.1);
  const std::string out = m.render();
  EXPECT_TRUE(contains(out, "route=\"/a\\\"b\\\\c\\nd\""));
  // Every line is a comment, empty, or "name{labels} value" — no raw newline inside labels.
  std::size_t start = 0;
  while (start < out.size()) {
    const auto end = out.find('\n', start);
    ASSERT_NE(end, std::string::npos) << "output must end with a newline";
    const std::string line = out.substr(start, end - start);
    if (!line.empty() && line[0] != '#') {
      EXPECT_EQ(line.rfind("fachwerk_", 0), 0u) << line;
      EXPECT_NE(line.rfind(' '), std::string::npos) << line;
    }
    start = end + 1;
  }
}

}  // namespace
}  // namespace fw::http
