#include "core/json.hpp"

#include <fmt/format.h>

namespace fw::json {

Result<bj::object> parse_object(std::string_view body) {
  boost::system::error_code ec;
  bj::parse_options opts;
  opts.max_depth = 64;  // deep nesting is never legitimate here and costs stack
  bj::value v = bj::parse(body, ec, {}, opts);
  if (ec) return fail(ErrorCode::bad_request, "json.malformed", {}, ec.message());
  if (!v.is_object()) return fail(ErrorCode::bad_request, "json.not_object");
  return std::move(v.as_object());
}

namespace {
const bj::value* find(const bj::object& o, std::string_view field) {
  auto it = o.find(field);
  if (it == o.end() || it->value().is_null()) return nullptr;
  return &it->value();
}
std::unexpected<Error> wrong_type(std::string_view field, const char* expected) {
  return fail(ErrorCode::invalid_argument, "json.wrong_type", std::string(field), expected);
}
std::unexpected<Error> missing(std::string_view field) {
  return fail(ErrorCode::invalid_argument, "json.missing", std::string(field));
}
}  // namespace

Result<std::optional<std::string>> opt_string(const bj::object& o, std::string_view field) {
  const bj::value* v = find(o, field);
  if (!v) return std::optional<std::string>{};
  if (!v->is_string()) return wrong_type(field, "string");
  return std::optional<std::string>(std::string(v->as_string()));
}

Result<std::optional<std::int64_t>> opt_int(const bj::object& o, std::string_view field) {
  const bj::value* v = find(o, field);
  if (!v) return std::optional<std::int64_t>{};
  if (v->is_int64()) return std::optional<std::int64_t>(v->as_int64());
  if (v->is_uint64() && v->as_uint64() <= static_cast<std::uint64_t>(INT64_MAX)) {
    return std::optional<std::int64_t>(static_cast<std::int64_t>(v->as_uint64()));
  }
  return wrong_type(field, "integer");
}

Result<std::optional<bool>> opt_bool(const bj::object& o, std::string_view field) {
  const bj::value* v = find(o, field);
  if (!v) return std::optional<bool>{};
  if (!v->is_bool()) return wrong_type(field, "boolean");
  return std::optional<bool>(v->as_bool());
}

Result<std::string> get_string(const bj::object& o, std::string_view field) {
  auto v = FW_TRY(opt_string(o, field));
  if (!v) return missing(field);
  return std::move(*v);
}

Result<std::int64_t> get_int(const bj::object& o, std::string_view field) {
  auto v = FW_TRY(opt_int(o, field));
  if (!v) return missing(field);
  return *v;
}

Result<bool> get_bool(const bj::object& o, std::string_view field) {
  auto v = FW_TRY(opt_bool(o, field));
  if (!v) return missing(field);
  return *v;
}

std::string dump(const bj::value& v) { return bj::serialize(v); }

bj::value nullable(const std::optional<std::string>& s) {
  if (!s) return nullptr;
  return bj::string(*s);
}

}  // namespace fw::json
