// What the monitor importers share: header lookup by column name, the place of an error
// ("file:line:column"), and the checks every row gets (Kreis known, KldB code known, level,
// year). Errors are invalid_argument with the place as the field.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "service/monitor/datasets.hpp"

namespace fw::service::monitor_data {

// Column positions by name (case-insensitive, spaces and a BOM ignored; "ü" also as "ue").
class Columns {
 public:
  // Fails with csv.missing_column naming "<file>:<line>" and the first required column absent.
  static Result<Columns> find(const std::vector<std::string>& header, const std::vector<std::string_view>& required,
                              const std::vector<std::string_view>& optional, const std::string& file, std::size_t line);
  // Index of a column, or -1 when an optional one is absent.
  int at(std::string_view name) const;

 private:
  std::vector<std::pair<std::string, int>> index_;
};

std::string place(const std::string& file, std::size_t line, std::string_view column);

Result<void> check_kreis(std::string_view ags, const std::string& where);
Result<void> check_kldb(std::string_view code, const std::string& where);
// 1..4; empty → nullopt (allowed where `optional`).
Result<std::optional<int>> parse_level(std::string_view text, bool optional, const std::string& where);
// Stores a BA cell into a base row (value + flag): numbers, "-" (0), "*", "X", "p"/"r" notes.
// Empty, negative or malformed → invalid_argument "monitor.bad_value" at `where`.
Result<void> set_value(BaseRow& row, std::string_view raw, const std::string& where);

// Base64 (standard alphabet, as browsers' FileReader/btoa give it) of an uploaded binary file;
// invalid_argument "monitor.bad_file" at `field` if it does not decode.
Result<std::string> decode_base64(std::string_view text, const std::string& field);

// A year 1950..2100.
Result<int> parse_year(std::string_view text, const std::string& where);

}  // namespace fw::service::monitor_data
