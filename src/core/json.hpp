// Decoding request bodies into typed values with errors that name the field.
// Boost.JSON is the one JSON library of the API layer.
#pragma once

#include <boost/json.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace fw::json {

namespace bj = boost::json;

// Parses body as a JSON object. Malformed → bad_request "json.malformed" (detail: position);
// not an object → bad_request "json.not_object".
Result<bj::object> parse_object(std::string_view body);

// Required fields: missing → invalid_argument "json.missing"; wrong type → "json.wrong_type".
Result<std::string> get_string(const bj::object& o, std::string_view field);
Result<std::int64_t> get_int(const bj::object& o, std::string_view field);
Result<bool> get_bool(const bj::object& o, std::string_view field);
// Optional fields: absent or null → nullopt; wrong type → error.
Result<std::optional<std::string>> opt_string(const bj::object& o, std::string_view field);
Result<std::optional<std::int64_t>> opt_int(const bj::object& o, std::string_view field);
Result<std::optional<bool>> opt_bool(const bj::object& o, std::string_view field);

// Serialises a value compactly.
std::string dump(const bj::value& v);
// A JSON value for an optional string: the string or null.
bj::value nullable(const std::optional<std::string>& s);

}  // namespace fw::json
