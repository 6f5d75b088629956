#include "api/download.hpp"

#include "core/clock.hpp"

namespace fw::api {

Result<std::optional<service::exporting::Format>> download_format(const http::Request& req) {
  auto f = req.query_param("format");
  if (!f || f->empty() || *f == "json") return std::optional<service::exporting::Format>{};
  return std::optional<service::exporting::Format>(FW_TRY(service::exporting::parse_format(*f)));
}

Result<http::Response> download(const service::exporting::Table& table, service::exporting::Format format) {
  namespace ex = service::exporting;
  auto bytes = FW_TRY(ex::write_table(table, format));
  auto r = http::Response::text(200, std::move(bytes), std::string(ex::content_type(format)));
  r.set_header("Content-Disposition", ex::content_disposition(table.title, format, clock::iso8601(clock::now_ms()).substr(0, 10)));
  // Lists may hold personal data: no shared caches.
  r.set_header("Cache-Control", "private, no-store");
  return r;
}

}  // namespace fw::api
