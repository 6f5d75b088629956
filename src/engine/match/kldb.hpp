// KldB 2010 occupation codes and the occupation fit of issue 4.
//
// A code has 2 to 5 digits: 2 = Berufshauptgruppe, 3 = Berufsgruppe, 4 = Berufsuntergruppe,
// 5 = Berufsgattung (4-digit group + Anforderungsniveau 1 Helfer … 4 Experte). Codes are text:
// leading zeros matter ("01" is the military).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.hpp"

namespace fw::match {

struct KldbCode {
  std::array<char, 5> digits{};  // unused positions are '\0'
  std::uint8_t len = 0;          // 2..5

  std::string_view view() const { return {digits.data(), len}; }
  // True if both codes have at least n digits and agree on the first n.
  bool same_prefix(const KldbCode& other, int n) const;
  friend bool operator==(const KldbCode&, const KldbCode&) = default;
};

// Parses and validates a code: 2–5 digits, the 2-digit main group and (with 3+ digits) the
// 3-digit group must exist in KldB 2010 (the 37 and 144 groups shipped in data/kldb_*.csv are
// compiled in), a 5th digit must be a level 1–4. Errors: invalid_argument "match.kldb_invalid"
// (not 2–5 digits, or bad level digit) or "match.kldb_unknown" (no such group), field = `field`.
Result<KldbCode> parse_kldb(std::string_view text, std::string_view field);

// The compiled-in group lists (sorted), exposed so a test can compare them with data/.
const std::vector<std::string_view>& kldb_main_groups();  // 37 two-digit codes
const std::vector<std::string_view>& kldb_groups();       // 144 three-digit codes

// Index buckets: one per 3-digit group (0..143) and one per main group for codes with only
// 2 digits (144..180). Every valid code falls in exactly one bucket.
inline constexpr int kBucketCount = 144 + 37;
int bucket_of(const KldbCode& code);
// The digits a bucket stands for ("431" or "43"); the second form only holds 2-digit codes.
std::string_view bucket_prefix(int bucket);

// Inside a bucket a code and level are one of 88 local codes (2 digits × level: 0–3,
// 3 digits × level: 4–7, 4 digits: 8–47, 5 digits: 48–87), small enough to store with every
// index entry and to look fits up in a per-search table instead of comparing digits.
inline constexpr int kLocalCodes = 88;
std::uint8_t local_code(const KldbCode& code, int level);
// The inverse: code and level of local code `local` in `bucket` (level 0 if the code says it).
std::pair<KldbCode, int> code_of(int bucket, int local);

// The level (Anforderungsniveau) of a code with 5 digits, else 0 (unknown).
int level_of(const KldbCode& code);

// An extra pair of related occupations, e.g. {"81302", "81312", 0.7}: a request whose code
// starts with `a` fits a vacancy whose code starts with `b` (and vice versa) with `fit`.
struct RelatedOccupation {
  KldbCode a, b;
  double fit = 0;
};

// The fit table. Defaults are issue 4's; a deployment may change them (docs/engine-match.md).
struct FitConfig {
  double same_code = 1.0;  // same 5-digit code
  double same_4 = 0.8;     // same 4-digit group and levels at most `level_tolerance` apart
  double same_3 = 0.6;     // same 3-digit group
  double same_2 = 0.3;     // same 2-digit main group
  int level_tolerance = 1;
  std::vector<RelatedOccupation> related;
};

// Fit in [0,1] of a requested occupation (code + level, 0 = any level) with a vacancy's code
// and level (1–4). The best rule wins: the hierarchy above or a related pair.
double occupation_fit(const FitConfig& config, const KldbCode& wanted, int wanted_level, const KldbCode& offered,
                      int offered_level);

// An upper bound of occupation_fit over every code that falls in `bucket` (any level).
// Used to pick the buckets a request must look at for a given min_fit.
double bucket_fit_bound(const FitConfig& config, const KldbCode& wanted, int bucket);

}  // namespace fw::match
