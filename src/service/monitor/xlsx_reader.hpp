// A minimal XLSX reader (libzip + expat) for statistics tables: every sheet as a grid of cell
// texts, with merged ranges filled from their top-left cell (BA tables merge region cells over
// the rows below). Cells are text: shared strings resolved, numbers written
// with a decimal comma ("1234,5") as in a German table, so one parser reads both. Malformed archives or XML give invalid_argument
// "monitor.bad_file" naming the file and part; entries are size-capped so a zip bomb cannot
// exhaust memory.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace fw::service::monitor_data {

struct XlsxSheet {
  std::string name;
  // rows[r][c] (0-based); ragged: a row is as long as its last non-empty cell.
  std::vector<std::vector<std::string>> rows;
  const std::string& cell(std::size_t r, std::size_t c) const;
};

// Column letters for a 0-based index: 0 → "A", 27 → "AB".
std::string column_letter(std::size_t c);

Result<std::vector<XlsxSheet>> read_xlsx(std::string_view bytes, const std::string& file);

}  // namespace fw::service::monitor_data
