// Lists as downloads: `?format=csv|xlsx` on a list route turns its answer into a file
// (service/export) with a German file name and the date.
#pragma once

#include <optional>

#include "core/result.hpp"
#include "http/message.hpp"
#include "service/export/table.hpp"
#include "service/export/table_writer.hpp"

namespace fw::api {

// The requested format, nullopt for JSON (no or empty `format`, or "json").
Result<std::optional<service::exporting::Format>> download_format(const http::Request& req);
Result<http::Response> download(const service::exporting::Table& table, service::exporting::Format format);

}  // namespace fw::api
