// Importer of the BA bottleneck result CSV (Engpassanalyse, layout of 2025): `;`-separated,
// decimal comma, columns
//   jahr; beruf_schlüssel; beruf; anforderung_id; anforderung; bundesland_id; region; wert_ges;
//   kl_vakanz; vakanz; kl_asr; asr; kl_aquote; aquote; kl_zuw; zuw; kl_aba; aba; kl_entgl; entgl;
//   kategorie
// kl_* are points 0–3 or "X" (not assessed → NULL); values are BA cells ("*", "X" → NULL, never
// 0); bundesland_id "0"/"00" is Germany. The rows are shown beside the computed scores.
// All-or-nothing; errors name file:line:column.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "service/monitor/datasets.hpp"

namespace fw::service::monitor_data {

// The six indicators in the order of the file (vakanz, asr, aquote, zuw, aba, entgl).
inline constexpr std::array<std::string_view, 6> kBaIndicators = {"vakanz", "asr", "aquote", "zuw", "aba", "entgl"};

struct BaResult {
  int jahr = 0;
  std::string beruf_schluessel, beruf;
  int anforderung_id = 0;
  std::string anforderung, bundesland_id, region;  // bundesland_id: 2 digits, "00" = Germany
  std::optional<double> wert_ges;
  std::array<std::optional<int>, 6> points;
  std::array<std::optional<double>, 6> values;
  std::string kategorie;
  std::string klasse;  // engpass | beobachtung | kein_engpass | nicht_bewertbar
};

Result<std::vector<BaResult>> parse_engpass_csv(std::string_view text, const std::string& file,
                                                const Progress& progress = {});

// Admins only; one dataset (kind "engpass") in one transaction with an audit entry.
Result<ImportResult> import_engpass_csv(store::Database& db, const Actor& actor, std::string_view text,
                                        const std::string& file, bool dry_run = false, const Progress& progress = {});

// The imported BA rows for a Land ("08") or Germany ("00") in a year.
Result<std::vector<BaResult>> ba_results(store::Connection& c, const std::string& bundesland_id, int jahr);

}  // namespace fw::service::monitor_data
