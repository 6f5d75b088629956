// The bottleneck score (BA method, 2019/2020 onwards) for any region: each indicator scored
// 0–3 by a threshold table, the mean over the assessed ones (if at least a minimum number were
// assessed) classified as Engpassberuf / unter Beobachtung / kein Engpass, otherwise
// "nicht bewertbar" with a reason. The risk score is a separate mean over the risk indicators.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "engine/monitor/base_data.hpp"
#include "engine/monitor/indicators.hpp"
#include "engine/monitor/reference.hpp"
#include "engine/monitor/thresholds.hpp"

namespace fw::monitor {

enum class EngpassClass : std::uint8_t { engpass, beobachtung, kein_engpass, nicht_bewertbar };
std::string_view class_name(EngpassClass c);     // "engpass", "beobachtung", "kein_engpass", "nicht_bewertbar"
std::string_view class_text_de(EngpassClass c);  // "Engpassberuf", "unter Beobachtung", ...

struct ScoringOptions {
  std::optional<int> min_indicators;       // overrides the table's min_indikatoren
  std::optional<int> min_risk_indicators;  // overrides the table's min_risikoindikatoren
  bool rate_helfer = false;                // BA practice: level 1 is not rated
  int change_years = 1;                    // comparison span for the change indicators
  double wage_sigma = 0.40;                // log dispersion of wages within a cell (median approx.)
  double vacancy_sigma = 0.90;             // log dispersion of completed vacancy durations
  // Regional medians: cases in cells whose median is withheld ("*") are assumed to look like the
  // published ones while they are at most this share; above it the median becomes an interval.
  double max_withheld_share = 0.2;
  // Sums with suppressed cells: hard bounds (+1..+2 each) instead of the plausible 3-sd range.
  bool strict_suppressed = false;
};

struct IndicatorScore {
  IndicatorValue raw;  // the indicator as computed (absolute units)
  Interval scored;     // the value the table was applied to (raw, or raw / all-occupation value)
  int points = -1;     // 0..3, -1 = not assessed (reason says why)
  Reason reason = Reason::not_in_table;
};

struct UnitScore {
  std::string occupation;  // the KldB code assessed (any length up to the data's)
  int level = 0;           // 1..4
  std::array<IndicatorScore, kIndicatorCount> indicators;
  std::optional<double> score;  // mean points; empty = nicht bewertbar
  int assessed = 0;
  EngpassClass cls = EngpassClass::nicht_bewertbar;
  Reason reason = Reason::none;  // why nicht bewertbar
  std::optional<double> risk_score;
  int risk_assessed = 0;
  Reason risk_reason = Reason::none;
  std::uint8_t notes = kNoteNone;  // union of the notes of every value used
};

// The same, compact (32 bytes instead of ~600), for maps over all Kreise; NaN = not assessed.
struct CompactScore {
  float score = 0;
  float risk_score = 0;
  EngpassClass cls = EngpassClass::nicht_bewertbar;
  Reason reason = Reason::none;
  std::array<std::int8_t, kIndicatorCount> points{};  // -1 = not assessed
  std::array<Reason, kIndicatorCount> reasons{};
};
CompactScore compact(const UnitScore& u);

// Holds references: dataset and table must outlive the scorer. The dataset's Kreise must be in
// the order of the Reference the Regions were resolved against (the generator and the importers
// build them so). All methods are const and safe to call concurrently.
class EngpassScorer {
 public:
  EngpassScorer(const BaseDataset& data, const ThresholdTable& table, ScoringOptions options = {});

  // One occupation (KldB code with 1..n digits, n = the data's) at one level in a region.
  // Errors: not_found "monitor.no_period" (year absent), not_found "monitor.unknown_region" (a
  // Kreis the data does not have), the errors of occupations_under(), invalid_argument
  // "monitor.bad_level", invalid_argument "monitor.bad_options" (field "options.<name>") for
  // out-of-range options.
  Result<UnitScore> score(const Region& region, int year, std::string_view occupation, int level) const;

  // Every occupation of the data × levels 1..4 in a region (occupation-major, then level).
  Result<std::vector<UnitScore>> score_all(const Region& region, int year) const;

  // Every Kreis on its own × every occupation × level; out[(k * occupations + o) * 4 + level - 1].
  Result<std::vector<CompactScore>> score_each_kreis(int year) const;

 private:
  struct Context;
  Result<Context> context(std::span<const int> kreise, bool national, int year) const;
  UnitScore score_unit(const Context& ctx, std::string occupation, std::span<const std::size_t> occs,
                       std::span<const std::size_t> alq_occs, int level) const;

  const BaseDataset& data_;
  const ThresholdTable& table_;
  ScoringOptions options_;
};

}  // namespace fw::monitor
