// Runs an external program (pg_dump, pg_restore) without a shell: arguments are passed as
// argv elements, so no value is ever interpreted by /bin/sh.
#pragma once

#include <string>
#include <vector>

#include "core/result.hpp"

namespace fw::store {

struct ProcessOutcome {
  int exit_code = -1;  // 128+N when killed by signal N
  std::string output;  // stdout and stderr interleaved, the last 8 KiB
};

// Starts argv[0] (looked up in PATH when it has no '/') with the current environment plus
// `extra_env` entries "NAME=value" (overriding same-named variables), stdin from /dev/null,
// and waits for it. Only failing to start is an error (internal, key `error_key`); a non-zero
// exit is reported in the outcome. Thread-safe (posix_spawn, close-on-exec pipe).
Result<ProcessOutcome> run_process(const std::vector<std::string>& argv,
                                   const std::vector<std::string>& extra_env, const std::string& error_key);

}  // namespace fw::store
