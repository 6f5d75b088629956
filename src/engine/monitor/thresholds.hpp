// Versioned threshold tables that turn indicator values into 0–3 points, plus the class rules.
// The BA publishes its cut-offs only in a PDF method report, so Fachwerk ships documented
// defaults as data files (data/monitor/engpass_thresholds_*.csv) that admins may edit.
//
// File format (`;`-separated, UTF-8, lines starting with '#' are comments, numbers with a
// decimal comma or point, no thousands separators):
//   version;kind;name;scope;basis;direction;cut1;cut2;cut3;min_base
//   2020;indicator;asr;all;absolute;down;400;300;200;10
//   2020;rule;engpass_ab;;;;2,0;;;
// kind:      indicator (bottleneck score), risk (risk score), rule (class cut-offs and minimums)
// scope:     all | national | regional  (a national row wins for Germany as a whole)
// basis:     absolute | ratio_to_all  (value divided by the same indicator over all
//            occupations and levels of the same region and year)
// direction: up (higher = shortage) | down (lower = shortage)
// cuts:      points 1, 2, 3 from cut1, cut2, cut3 on (inclusive); equal cuts make a step rule
// min_base:  fewest cases behind the value for it to be assessed (e.g. completed vacancies)
// rules:     engpass_ab, beobachtung_ab (score cut-offs), min_indikatoren, min_risikoindikatoren
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "engine/monitor/indicators.hpp"

namespace fw::monitor {

enum class Basis : std::uint8_t { absolute, ratio_to_all };
enum class Direction : std::uint8_t { up, down };
enum class Scope : std::uint8_t { all, national, regional };

struct ThresholdRow {
  Indicator indicator = Indicator::vakanzzeit;
  bool risk = false;
  Scope scope = Scope::all;
  Basis basis = Basis::absolute;
  Direction direction = Direction::up;
  std::array<double, 3> cuts{};
  double min_base = 0;
};

class ThresholdTable {
 public:
  // Parses and validates a table. Errors are invalid_argument "monitor.bad_thresholds" with field
  // "<name>:<line>" and a detail saying what is wrong (unknown name, cuts not monotone in the
  // row's direction, mixed versions, duplicate row, missing rule).
  static Result<ThresholdTable> parse(std::string_view text, std::string_view name);
  // Reads and parses a file; not_found "monitor.file_missing" if it cannot be read.
  static Result<ThresholdTable> load(const std::string& path);

  const std::string& version() const { return version_; }
  // The row for an indicator in a national or regional assessment; nullptr if unused.
  const ThresholdRow* row(Indicator i, bool national) const;
  const std::vector<ThresholdRow>& rows() const { return rows_; }
  bool uses_ratio_to_all() const;

  double engpass_from() const { return engpass_from_; }
  double beobachtung_from() const { return beobachtung_from_; }
  int min_indicators() const { return min_indicators_; }
  int min_risk_indicators() const { return min_risk_indicators_; }

  // The file text again (decimal comma), e.g. to show an admin the table in force.
  std::string to_csv() const;

  // Points 0..3 for a value under a row.
  static int score(const ThresholdRow& row, double value);

 private:
  std::string version_;
  std::vector<ThresholdRow> rows_;
  double engpass_from_ = 2.0;
  double beobachtung_from_ = 1.5;
  int min_indicators_ = 4;
  int min_risk_indicators_ = 2;
};

}  // namespace fw::monitor
