// The base quantities the monitor computes everything from: one dense cube per period,
// cells = Kreis × occupation × requirement level, one value + status byte per quantity.
// Länder, Germany and network regions are never stored: they are sums over Kreise
// (aggregate.hpp). Not thread-safe for writing; concurrent reads of a finished dataset are fine.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "engine/monitor/codes.hpp"

namespace fw::monitor {

// Every quantity refers to a Kreis × occupation × level × period cell. Stocks are annual
// averages unless noted; "ohne Zeitarbeit" = without vacancies of temporary-work agencies
// (WZ 78.2/78.3), as the BA bottleneck analysis counts them.
enum class Quantity : std::uint8_t {
  employees,                 // SV-Beschäftigte am 30.6. (employees subject to social insurance)
  employees_foreign,         // of which foreign nationals
  employees_60plus,          // of which aged 60 and over
  employees_female,          // of which women
  unemployed,                // Arbeitslose (annual average)
  job_seekers,               // Arbeitsuchende (annual average, includes the unemployed)
  vacancies_stock,           // gemeldete Arbeitsstellen ohne Zeitarbeit (annual average)
  vacancies_stock_temp,      // gemeldete Arbeitsstellen der Zeitarbeit (flagged, not used in scores)
  vacancies_inflow,          // Zugang gemeldeter Arbeitsstellen ohne Zeitarbeit (year sum)
  vacancies_completed,       // abgeschlossene Vakanzen ohne Zeitarbeit (year sum; weights the median)
  vacancy_duration_median,   // Median der abgeschlossenen Vakanzzeit in Tagen (not additive)
  exits_unemployment,        // Abgänge aus Arbeitslosigkeit in Beschäftigung (year sum)
  wage_employees,            // Vollzeitbeschäftigte mit Entgeltangabe (weights the median)
  median_wage,               // Median Bruttomonatsentgelt Vollzeit, EUR (not additive)
  apprenticeships_reported,  // gemeldete Berufsausbildungsstellen (year)
  apprenticeships_unfilled,  // of which unbesetzt at 30.9.
  graduates,                 // Absolventen (Ausbildung + Hochschule) entering this occupation (year)
};
inline constexpr std::size_t kQuantityCount = 17;

// Stable machine name ("employees", "median_wage", ...), used by the long-format CSV.
std::string_view quantity_name(Quantity q);
std::optional<Quantity> quantity_from_name(std::string_view name);
// True for medians (aggregated by approximation, aggregate.hpp), false for counts (summed).
bool quantity_is_median(Quantity q);

// Where numbers come from; one per (period, quantity) in a cube.
struct Source {
  std::string name;            // e.g. "Statistik der BA, Beschäftigungsstatistik"
  std::string reference_date;  // Stichtag / period, e.g. "2024-06-30"
  std::string retrieval_date;  // when it was fetched, e.g. "2025-01-15"
  bool synthetic = false;      // demo data: must be labelled as such everywhere
};

// One period. Occupation codes all have the same number of digits (usually 3); coarser
// selections sum over prefixes, finer ones are refused (see aggregate.hpp).
class BaseCube {
 public:
  // All cells start `missing`. Occupations are sorted by code.
  BaseCube(int period, std::size_t kreise, std::vector<std::string> occupations);

  int period() const { return period_; }
  std::size_t kreise() const { return kreise_; }
  const std::vector<std::string>& occupations() const { return occupations_; }
  std::size_t occupation_digits() const { return occupations_.empty() ? 0 : occupations_[0].size(); }
  std::size_t cells() const { return kreise_ * occupations_.size() * kLevels; }
  // Cell index for kreis k, occupation index o and level 1..4 (level is innermost, then
  // occupation, then Kreis, so one Kreis's cells are contiguous).
  std::size_t cell(std::size_t k, std::size_t o, int level) const {
    return (k * occupations_.size() + o) * kLevels + static_cast<std::size_t>(level - 1);
  }
  std::optional<std::size_t> occupation_index(std::string_view code) const;

  // Stores one cell; notes keep only the four cube bits (provisional, revised, synthetic,
  // approximated).
  void set(Quantity q, std::size_t cell, double value, Status status = Status::value, std::uint8_t notes = kNoteNone);
  double value(Quantity q, std::size_t cell) const { return values_[idx(q)][cell]; }
  Status status(Quantity q, std::size_t cell) const { return static_cast<Status>(flags_[idx(q)][cell] & 0x0f); }
  std::uint8_t notes(Quantity q, std::size_t cell) const {
    return static_cast<std::uint8_t>(flags_[idx(q)][cell] >> 4);
  }
  // Raw columns for fast loops (values are 0 where status is not `value`).
  const double* values(Quantity q) const { return values_[idx(q)].data(); }
  const std::uint8_t* flags(Quantity q) const { return flags_[idx(q)].data(); }

  std::uint16_t source_of(Quantity q) const { return source_[idx(q)]; }
  void set_source(Quantity q, std::uint16_t source) { source_[idx(q)] = source; }

 private:
  static std::size_t idx(Quantity q) { return static_cast<std::size_t>(q); }
  int period_;
  std::size_t kreise_;
  std::vector<std::string> occupations_;
  std::array<std::vector<double>, kQuantityCount> values_;
  // status in the low nibble, notes (4 bits: provisional, revised, synthetic, approximated)
  // in the high nibble.
  std::array<std::vector<std::uint8_t>, kQuantityCount> flags_;
  std::array<std::uint16_t, kQuantityCount> source_{};
};

// One line of the long format `region;kldb;level;period;quantity;value;source`.
struct Observation {
  std::string region;  // 5-digit Kreis AGS
  std::string kldb;    // must be one of the dataset's occupation codes
  int level = 0;       // 1..4
  int period = 0;      // year
  Quantity quantity = Quantity::employees;
  ParsedValue value;
  std::uint16_t source = 0;  // index into BaseDataset::sources()
};

// All periods for one set of Kreise (by AGS, in Reference order) and occupation codes.
class BaseDataset {
 public:
  BaseDataset(std::vector<std::string> kreis_ags, std::vector<std::string> occupations);

  const std::vector<std::string>& kreis_ags() const { return kreis_ags_; }
  const std::vector<std::string>& occupations() const { return occupations_; }
  std::uint16_t add_source(Source s);
  const std::vector<Source>& sources() const { return sources_; }

  // The cube for a period, created empty (all missing) on first use.
  BaseCube& period(int year);
  const BaseCube* find(int year) const;
  std::vector<int> periods() const;

  // Stores one observation. Errors (invalid_argument, field names the part): unknown Kreis
  // "monitor.unknown_region", unknown occupation "monitor.unknown_occupation", level outside
  // 1..4 "monitor.bad_level", a negative count "monitor.bad_value".
  Result<void> add(const Observation& obs);

 private:
  std::vector<std::string> kreis_ags_;
  std::map<std::string, std::size_t, std::less<>> kreis_index_;
  std::vector<std::string> occupations_;
  std::vector<Source> sources_;
  std::map<int, BaseCube> cubes_;
};

}  // namespace fw::monitor
