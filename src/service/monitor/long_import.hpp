// Importer of the documented long-format CSV of base quantities (docs/monitor-data.md):
//   region;kldb;level;period;quantity;value;source[;reference_date][;retrieval_date]
// One row per Kreis × KldB code × level × year × quantity. Values are BA cells: "1.234",
// "12,5", "7p", "*", "-", "X"; the symbols become flags, never a silent 0. All-or-nothing:
// the first bad line aborts and nothing is written; the error names file:line:column.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "service/monitor/datasets.hpp"

namespace fw::service::monitor_data {

// Parses and checks the whole file (no database access).
Result<std::vector<BaseRow>> parse_long_csv(std::string_view text, const std::string& file, const Progress& progress = {});

// Admins only. Parses, then (unless dry_run) writes one dataset and its rows in one
// transaction with an audit entry.
Result<ImportResult> import_long_csv(store::Database& db, const Actor& actor, std::string_view text,
                                     const std::string& file, bool dry_run = false, const Progress& progress = {});

}  // namespace fw::service::monitor_data
