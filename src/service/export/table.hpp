// A list as the user sees it, ready to be written as CSV or XLSX (table_writer.hpp): a title
// (sheet and file name), column headers and rows of text cells. Columns marked numeric are
// written as numbers in XLSX so that Excel can sum and sort them.
#pragma once

#include <string>
#include <vector>

namespace fw::service::exporting {

struct Column {
  std::string title;
  bool numeric = false;
};

struct Table {
  std::string title;  // "Suchergebnisse"; also the base of the download's file name
  std::vector<Column> columns;
  std::vector<std::vector<std::string>> rows;  // each as many cells as columns
};

}  // namespace fw::service::exporting
