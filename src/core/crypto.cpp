#include "core/crypto.hpp"

#include <sodium.h>

#include <atomic>
#include <vector>

namespace fw::crypto {
namespace {
std::atomic<PasswordCost> g_cost{PasswordCost::interactive};

void limits(PasswordCost cost, unsigned long long& ops, std::size_t& mem) {
  switch (cost) {
    case PasswordCost::interactive:
      ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
      mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
      return;
    case PasswordCost::moderate:
      ops = crypto_pwhash_OPSLIMIT_MODERATE;
      mem = crypto_pwhash_MEMLIMIT_MODERATE;
      return;
    case PasswordCost::minimal:
      ops = crypto_pwhash_OPSLIMIT_MIN;
      mem = crypto_pwhash_MEMLIMIT_MIN;
      return;
  }
}
}  // namespace

Result<void> init() {
  if (sodium_init() < 0) return fail(ErrorCode::internal, "internal", {}, "sodium_init failed");
  return {};
}

void set_password_cost(PasswordCost cost) { g_cost = cost; }
PasswordCost password_cost() { return g_cost; }

Result<std::string> hash_password(std::string_view password) {
  unsigned long long ops = 0;
  std::size_t mem = 0;
  limits(g_cost, ops, mem);
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), ops, mem, crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return fail(ErrorCode::internal, "internal", {}, "argon2id hashing ran out of memory");
  }
  return std::string(out);
}

bool verify_password(std::string_view hash, std::string_view password) {
  std::string h(hash);  // crypto_pwhash_str_verify needs a NUL-terminated string
  return crypto_pwhash_str_verify(h.c_str(), password.data(), password.size()) == 0;
}

std::string random_token(std::size_t bytes) {
  std::vector<unsigned char> buf(bytes);
  randombytes_buf(buf.data(), buf.size());
  std::string out(sodium_base64_ENCODED_LEN(bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(out.data(), out.size(), buf.data(), buf.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(out.find('\0'));
  return out;
}

std::string sha256_hex(std::string_view s) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(s.data()), s.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return std::string(hex);
}

bool equal_constant_time(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace fw::crypto
