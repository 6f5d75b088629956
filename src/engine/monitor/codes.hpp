// Vocabulary shared by the monitor engines: requirement levels, the status symbols of BA
// tables and KldB 2010 code arithmetic. No I/O; every function is pure and thread-safe.
#pragma once

#include <cstdint>
#include <string_view>

#include "core/result.hpp"

namespace fw::monitor {

// Anforderungsniveau, the 5th digit of a KldB code: 1 Helfer, 2 Fachkraft, 3 Spezialist,
// 4 Experte. Arrays indexed by level use level - 1.
inline constexpr int kLevels = 4;

// "Helfer", "Fachkraft", "Spezialist", "Experte"; "" for anything outside 1..4.
std::string_view level_name(int level);

// What a published cell holds. Only `value` and `zero` are numbers; everything else must end
// as "nicht bewertbar" (or an interval, for `suppressed`) and never be read as 0.
enum class Status : std::uint8_t {
  missing = 0,   // nothing delivered for this cell (the default of a fresh cube)
  value,         // a number
  zero,          // BA "-": nothing there, i.e. a true zero
  suppressed,    // BA "*": a count below 3 (1 or 2) withheld for confidentiality
  not_possible,  // BA "X": a figure cannot be formed (e.g. method change)
};

// Annotations that travel with a number into every result built from it (bit flags).
enum Note : std::uint8_t {
  kNoteNone = 0,
  kNoteProvisional = 1,   // BA "p"
  kNoteRevised = 2,       // BA "r"
  kNoteSynthetic = 4,     // produced by the demo generator, not by an official source
  kNoteApproximated = 8,  // a regional median approximated from Kreis medians (see aggregate.hpp)
  kNoteBounded = 16,      // suppressed components were bounded, the result held at both ends
};

// One cell of a BA table as text: "1.234", "1.234,5", "12p", "7 r", "*", "-", "X", "x",
// "" (→ missing). Decimal comma, dot as thousands separator. On success the value (0 unless
// status is `value`), its status and notes; on failure invalid_argument "monitor.bad_value"
// with `where` (e.g. "tabelle.xlsx:Blatt1:12:D") as the field.
struct ParsedValue {
  double value = 0;
  Status status = Status::missing;
  std::uint8_t notes = kNoteNone;
};
Result<ParsedValue> parse_ba_value(std::string_view text, std::string_view where);

// KldB 2010 codes are 1 to 5 ASCII digits; the 5th digit is the requirement level (1..4,
// 9 is not used in KldB 2010 for occupations).
bool is_kldb_code(std::string_view code);

// The code one level up ("2631" → "263"), "" for a 1-digit code.
std::string_view kldb_parent(std::string_view code);

// True if `ancestor` is `code` or one of its parents (a prefix of it).
bool kldb_contains(std::string_view ancestor, std::string_view code);

}  // namespace fw::monitor
