#include "http/json_error.hpp"

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include "core/messages.hpp"

namespace fw::http {

std::string_view preferred_language(const Request& req) {
  return pick_language(req.header("accept-language").value_or(""));
}

Response error_response(const Error& err, std::string_view lang) {
  boost::json::object inner;
  inner["code"] = code_name(err.code);
  inner["message"] = message_text(err, lang);
  if (err.field.empty()) {
    inner["field"] = nullptr;
  } else {
    inner["field"] = err.field;
  }
  boost::json::object outer;
  outer["error"] = std::move(inner);
  return Response::json(http_status(err.code), boost::json::serialize(outer));
}

Response error_response(const Error& err, const Request& req) {
  return error_response(err, preferred_language(req));
}

}  // namespace fw::http
