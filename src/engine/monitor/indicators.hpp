// The indicators of the BA bottleneck analysis, computed from base quantities for any
// selection of Kreise, so that a network region is assessed exactly like a Land.
//
// How each one aggregates (details and sources in docs/engine-monitor.md):
//   vakanzzeit        median completed vacancy duration (days)      median, approximated
//   asr               job seekers per 100 reported vacancies         ratio of sums
//   alq               unemployed / (unemployed + employees) in %     ratio of sums, 3-digit × level
//   auslaender        change of the foreign share of employees, pp   shares of sums, difference
//   abgangsrate       exits from unemployment / unemployed, %        ratio of sums
//   entgelt           change of the median wage, %                   median, approximated
//   alo_stellen       unemployed per 100 vacancies (pre-2019 rule)   ratio of sums
//   risk_60plus       change of the share of employees aged 60+, pp  shares of sums, difference
//   risk_ausbildung   unfilled apprenticeship places, % of reported  ratio of sums
//   risk_absolventen  graduates per 100 employees                    ratio of sums
// Suppressed cells yield intervals; missing data, "X" and empty denominators yield a Reason,
// never a number.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

#include "engine/monitor/aggregate.hpp"

namespace fw::monitor {

enum class Indicator : std::uint8_t {
  vakanzzeit,
  asr,
  alq,
  auslaender,
  abgangsrate,
  entgelt,
  alo_stellen,
  risk_60plus,
  risk_ausbildung,
  risk_absolventen,
};
inline constexpr std::size_t kIndicatorCount = 10;
std::string_view indicator_name(Indicator i);  // "vakanzzeit", ... (stable, used in threshold files)
bool indicator_from_name(std::string_view name, Indicator& out);

// Why something was not assessed. Stable machine names via reason_name(); German text for the UI
// via reason_text_de().
enum class Reason : std::uint8_t {
  none = 0,
  no_data,               // a needed cell was not delivered
  not_possible,          // a needed cell was "X"
  no_previous_year,      // a change needs the comparison year, which is absent
  zero_base,             // denominator 0 (no vacancies, no employees, ...)
  too_few_cases,         // denominator below the table's minimum
  suppressed_ambiguous,  // suppressed cells leave the value on both sides of a cut-off
  not_in_table,          // the threshold table does not use this indicator
  level_not_rated,       // Helfer are not rated (BA practice), unless enabled
  too_few_indicators,    // fewer assessed indicators than the minimum
};
std::string_view reason_name(Reason r);
std::string_view reason_text_de(Reason r);

struct IndicatorValue {
  Interval value;   // meaningful only if reason == Reason::none
  double base = 0;  // case count behind the value (lower bound), for min_base
  Reason reason = Reason::no_data;
  std::uint8_t notes = kNoteNone;
  bool ok() const { return reason == Reason::none; }
};
using IndicatorSet = std::array<IndicatorValue, kIndicatorCount>;

struct IndicatorInputs {
  const BaseCube* now = nullptr;
  const BaseCube* previous = nullptr;  // the comparison year for changes; nullptr if absent
  std::span<const int> kreise;
  std::span<const std::size_t> occupations;      // the occupation being assessed
  std::span<const std::size_t> alq_occupations;  // its 3-digit parent (the BA rate exists there only)
  int level = 0;                                 // 1..4, 0 = all levels
  double wage_sigma = 0.40;                      // log dispersion for the median approximation
  double vacancy_sigma = 0.90;
  double max_unknown_share = 0.0;  // see median() in aggregate.hpp
  bool strict_suppressed = false;  // see sum() in aggregate.hpp
};

// All ten indicators for one selection. Pure; safe to call concurrently.
IndicatorSet compute_indicators(const IndicatorInputs& in);

}  // namespace fw::monitor
