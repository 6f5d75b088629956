// Passwords, tokens and hashes, all through libsodium.
#pragma once

#include <string>
#include <string_view>

#include "core/result.hpp"

namespace fw::crypto {

// Must be called once before any other function here (idempotent, thread-safe).
Result<void> init();

// Argon2id cost. `interactive` is libsodium's interactive profile (64 MiB, 2 passes), the
// default for servers; `minimal` is only for tests and benchmarks (set by configuration).
enum class PasswordCost { interactive, moderate, minimal };
void set_password_cost(PasswordCost cost);
PasswordCost password_cost();

// Argon2id hash in PHC string format ("$argon2id$v=19$m=…").
Result<std::string> hash_password(std::string_view password);
// Constant-time verification; false for a wrong password or a malformed hash.
bool verify_password(std::string_view hash, std::string_view password);

// `bytes` random bytes as unpadded base64url (URL- and cookie-safe).
std::string random_token(std::size_t bytes = 32);
// SHA-256 of s as lower-case hex. Tokens are stored only as this hash.
std::string sha256_hex(std::string_view s);
// Constant-time string comparison (for CSRF tokens).
bool equal_constant_time(std::string_view a, std::string_view b);

}  // namespace fw::crypto
