// Renders an fw::Error as the API's JSON error body, in the language the client prefers:
//   {"error":{"code":"not_found","message":"…","field":null}}
// The message text comes from the catalogue in core/messages.hpp; `detail` is never sent
// (it may hold SQL or paths) — it belongs in the log.
#pragma once

#include <string_view>

#include "core/result.hpp"
#include "http/message.hpp"

namespace fw::http {

// "en" when the first tag of Accept-Language starts with "en", else "de" (fw::pick_language).
std::string_view preferred_language(const Request& req);

// Status http_status(err.code), Content-Type application/json, body as above. "field" is
// null when err.field is empty. Never throws except std::bad_alloc.
Response error_response(const Error& err, const Request& req);
// Same for a fixed language ("de" or "en"), for places without a parsed Request.
Response error_response(const Error& err, std::string_view lang);

}  // namespace fw::http
