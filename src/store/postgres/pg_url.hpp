// Helpers for libpq connection URLs: redaction for logs and password-free conninfo strings
// for child processes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace fw::store {

// The URL with the password (user:PASSWORD@… and ?password=… / &password=…) replaced by "***".
std::string redact_url(std::string_view url);

struct ChildConninfo {
  std::string conninfo;                 // keyword='value' … without the password
  std::optional<std::string> password;  // to be passed as PGPASSWORD in the child's environment
};
// Parses `url` with libpq so that pg_dump/pg_restore can be started with a conninfo argument
// that does not show the password in the process list. Bad URL: internal "db.error".
Result<ChildConninfo> child_conninfo(const std::string& url);

}  // namespace fw::store
