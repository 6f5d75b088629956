// CSV as German spreadsheets expect it: `;` separator, double quotes, CRLF, optional UTF-8
// BOM (so that Excel detects the encoding). The reader reports errors with the line number.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace fw::csv {

// Appends one record to out, quoting fields that need it, ending with CRLF.
void write_row(std::string& out, const std::vector<std::string>& fields, char sep = ';');
inline constexpr std::string_view kBom = "\xEF\xBB\xBF";

struct Record {
  std::size_t line = 0;  // 1-based line where the record starts
  std::vector<std::string> fields;
};

// Parses the whole text (a leading BOM is skipped). Invalid UTF-8 or an unterminated quote
// → invalid_argument "csv.malformed" with field "<name>:<line>". Blank lines are skipped.
Result<std::vector<Record>> parse(std::string_view text, std::string_view name, char sep = ';');

}  // namespace fw::csv
