// Errors as values. Every fallible function in core code returns Result<T>;
// exceptions thrown by libraries are caught at the boundary and turned into Error.
#pragma once

#include <expected>
#include <string>
#include <utility>

namespace fw {

// The kind of failure. Each maps to exactly one HTTP status (see http_status()).
enum class ErrorCode {
  bad_request,         // 400: malformed syntax (JSON that does not parse, bad query string)
  unauthenticated,     // 401: no or expired session, wrong credentials
  permission_denied,   // 403: authenticated but not allowed
  not_found,           // 404
  method_not_allowed,  // 405
  conflict,            // 409: unique constraint, stale state
  payload_too_large,   // 413
  invalid_argument,    // 422: well-formed but invalid values
  rate_limited,        // 429
  internal,            // 500
  unavailable,         // 503: database down, shutting down
};

int http_status(ErrorCode code);
const char* code_name(ErrorCode code);  // stable machine name, e.g. "invalid_argument"

struct Error {
  ErrorCode code = ErrorCode::internal;
  std::string key;     // message catalogue key (core/messages.hpp), e.g. "auth.invalid_credentials"
  std::string field;   // the offending field or place ("" if none), e.g. "email" or "file.csv:12:name"
  std::string detail;  // technical detail for logs and for {detail} in messages; may be ""
};

template <class T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorCode code, std::string key, std::string field = {},
                                   std::string detail = {}) {
  return std::unexpected(Error{code, std::move(key), std::move(field), std::move(detail)});
}

}  // namespace fw

// FW_TRY(expr): evaluates expr (a Result); on error returns the error from the enclosing
// function, otherwise yields the value. Uses a GNU statement expression (g++ and clang);
// __extension__ keeps -Wpedantic quiet about it. __COUNTER__ gives nested uses distinct names.
#define FW_CONCAT_(a, b) a##b
#define FW_CONCAT(a, b) FW_CONCAT_(a, b)
#define FW_TRY(...) FW_TRY_IMPL(FW_CONCAT(fw_try_result_, __COUNTER__), __VA_ARGS__)
#define FW_TRY_IMPL(var, ...)                                         \
  __extension__({                                                     \
    auto var = (__VA_ARGS__);                                         \
    if (!var) return std::unexpected(std::move(var.error()));         \
    std::move(*var);                                                  \
  })

// FW_TRY_VOID(expr): for Result<void>.
#define FW_TRY_VOID(...) FW_TRY_VOID_IMPL(FW_CONCAT(fw_try_void_, __COUNTER__), __VA_ARGS__)
#define FW_TRY_VOID_IMPL(var, ...)                                    \
  do {                                                                \
    auto var = (__VA_ARGS__);                                         \
    if (!var) return std::unexpected(std::move(var.error()));         \
  } while (0)
