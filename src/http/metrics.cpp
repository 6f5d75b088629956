#include "http/metrics.hpp"

#include <cmath>
#include <exception>
#include <iterator>

#include <fmt/format.h>

namespace fw::http {

namespace {

constexpr std::size_t kBucketCount = std::size(Metrics::kBuckets);

// Label values: backslash, double quote and newline are escaped (exposition format 0.0.4).
std::string escape_label(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (const char c : s) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      case '\n': out += "\\n"; break;
      default: out += c;
    }
  }
  return out;
}

// HELP text: only backslash and newline are escaped.
std::string escape_help(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (const char c : s) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out;
}

std::string number(double v) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "+Inf" : "-Inf";
  return fmt::format("{}", v);
}

void header(std::string& out, std::string_view name, std::string_view type, std::string_view help) {
  fmt::format_to(std::back_inserter(out), "# HELP {} {}\n# TYPE {} {}\n", name, escape_help(help), name, type);
}

}  // namespace

void Metrics::observe(const std::string& method, const std::string& route, int status, double seconds) {
  std::lock_guard lock(mu_);
  ++requests_[{method, route, status}];
  Histogram& h = latency_[route];
  if (h.buckets.empty()) h.buckets.assign(kBucketCount, 0);
  for (std::size_t i = 0; i < kBucketCount; ++i) {
    if (seconds <= kBuckets[i]) {
      ++h.buckets[i];
      break;
    }
  }
  h.sum += seconds;
  ++h.count;
}

void Metrics::add_gauge(std::string name, std::string help, std::function<double()> read) {
  std::lock_guard lock(mu_);
  gauges_.emplace_back(std::move(name), std::move(help), std::move(read));
}

void Metrics::connection_opened() {
  std::lock_guard lock(mu_);
  ++open_connections_;
}

void Metrics::connection_closed() {
  std::lock_guard lock(mu_);
  --open_connections_;
}

void Metrics::connection_rejected() {
  std::lock_guard lock(mu_);
  ++rejected_connections_;
}

std::string Metrics::render() const {
  std::string out;
  std::vector<std::tuple<std::string, std::string, std::function<double()>>> gauges;
  {
    std::lock_guard lock(mu_);
    header(out, "fachwerk_http_requests_total", "counter", "HTTP requests by method, route pattern and status.");
    for (const auto& [key, count] : requests_) {
      const auto& [method, route, status] = key;
      fmt::format_to(std::back_inserter(out), "fachwerk_http_requests_total{{method=\"{}\",route=\"{}\",status=\"{}\"}} {}\n",
                     escape_label(method), escape_label(route), status, count);
    }

    header(out, "fachwerk_http_request_duration_seconds", "histogram",
           "Time from a complete request to the response written, by route pattern.");
    for (const auto& [route, h] : latency_) {
      const std::string label = escape_label(route);
      std::uint64_t cumulative = 0;
      for (std::size_t i = 0; i < kBucketCount; ++i) {
        cumulative += h.buckets[i];
        fmt::format_to(std::back_inserter(out), "fachwerk_http_request_duration_seconds_bucket{{route=\"{}\",le=\"{}\"}} {}\n",
                       label, number(kBuckets[i]), cumulative);
      }
      fmt::format_to(std::back_inserter(out),
                     "fachwerk_http_request_duration_seconds_bucket{{route=\"{}\",le=\"+Inf\"}} {}\n"
                     "fachwerk_http_request_duration_seconds_sum{{route=\"{}\"}} {}\n"
                     "fachwerk_http_request_duration_seconds_count{{route=\"{}\"}} {}\n",
                     label, h.count, label, number(h.sum), label, h.count);
    }

    header(out, "fachwerk_http_connections_open", "gauge", "Open HTTP connections.");
    fmt::format_to(std::back_inserter(out), "fachwerk_http_connections_open {}\n", open_connections_);
    header(out, "fachwerk_http_connections_rejected_total", "counter",
               "Connections closed at once because max_connections was reached.");
    fmt::format_to(std::back_inserter(out), "fachwerk_http_connections_rejected_total {}\n", rejected_connections_);
    gauges = gauges_;
  }
  // Gauge callbacks may take other locks (the DB pool): never call them under ours.
  for (const auto& [name, help, read] : gauges) {
    double value = std::nan("");
    try {
      value = read();
    } catch (const std::exception&) {
      // Rendered as NaN: a broken gauge must not break the whole scrape.
    }
    header(out, name, "gauge", help);
    fmt::format_to(std::back_inserter(out), "{} {}\n", name, number(value));
  }
  return out;
}

}  // namespace fw::http
