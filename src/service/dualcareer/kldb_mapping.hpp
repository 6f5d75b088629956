// Occupation names → KldB 2010 codes, for imports whose records name the occupation instead
// of coding it (the Bundesagentur's job search gives `beruf`/`hauptberuf` as text, JobPosting
// a free `occupationalCategory`). docs/dualcareer.md describes the rules.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace fw::service {

// A code given as text: "43104", "43104 Informatik" or "KldB 43104" → "43104" if its leading
// digits (2–5) form a syntactically valid KldB code with a known group; else nullopt.
std::optional<std::string> kldb_from_code_text(std::string_view text);

// An occupation name ("Mechatroniker/in", "Gesundheits- und Krankenpfleger/in (m/w/d)") →
// 5-digit code, by the curated table of common titles (folded, whole words, longest key
// wins); nullopt if no entry fits. Deterministic; no guessing beyond the table.
std::optional<std::string> kldb_from_occupation(std::string_view name);

// The table (folded key, code), for tests and docs.
const std::vector<std::pair<std::string_view, std::string_view>>& occupation_table();

}  // namespace fw::service
