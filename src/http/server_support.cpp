#include "http/server_support.hpp"

#include <chrono>
#include <ctime>

#include <boost/json/serialize.hpp>
#include <boost/json/string_view.hpp>
#include <fmt/chrono.h>
#include <fmt/format.h>

namespace fw::http {

void add_security_headers(Response& res) {
  if (!res.header("x-content-type-options")) res.headers.emplace_back("x-content-type-options", "nosniff");
  if (!res.header("referrer-policy")) res.headers.emplace_back("referrer-policy", "same-origin");
  const auto type = res.header("content-type");
  if (type && type->starts_with("text/html") && !res.header("content-security-policy")) {
    res.headers.emplace_back("content-security-policy", std::string(kHtmlCsp));
  }
}

void split_target(Request& req) {
  std::string_view target = req.target;
  // absolute-form (RFC 9112 3.2.2): only proxies should get it, but accept it.
  if (const auto scheme = target.find("://"); scheme != std::string_view::npos && !target.starts_with("/")) {
    const auto slash = target.find('/', scheme + 3);
    target = slash == std::string_view::npos ? std::string_view("/") : target.substr(slash);
  }
  const auto q = target.find('?');
  std::string_view path = target.substr(0, q);
  if (const auto hash = path.find('#'); hash != std::string_view::npos) path = path.substr(0, hash);
  req.path = percent_decode(path);
  req.query = q == std::string_view::npos ? std::map<std::string, std::string>{} : parse_query(target.substr(q + 1));
}

std::string access_log_line(const AccessRecord& rec) {
  // Strings go through Boost.JSON for escaping; numbers through fmt, because Boost.JSON
  // writes doubles as "3.073E0", which is valid but unpleasant to read in a log.
  const auto str = [](std::string_view v) { return boost::json::serialize(boost::json::string_view(v)); };
  const auto now = std::chrono::system_clock::now();
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  // fmt 9 formats time_points in local time; the log wants UTC.
  const std::tm utc = fmt::gmtime(std::chrono::system_clock::to_time_t(now));
  return fmt::format(R"({{"ts":"{:%Y-%m-%dT%H:%M:%S}.{:03}Z","ip":{},"method":{},"path":{},"route":{},"status":{},)"
                     R"("bytes":{},"ms":{:.3f},"user":{}}})",
                     utc, ms, str(rec.ip), str(rec.method), str(rec.path), str(rec.route), rec.status, rec.bytes, rec.ms,
                     str(rec.user));
}

}  // namespace fw::http
