// Monitor datasets: one row per imported file (or per synthetic demo dataset) in
// monitor_datasets, and the writers the importers share. Every dataset gets a random token;
// the in-memory cache (monitor_cache.hpp) knows the data changed when the tokens change.
#pragma once

#include <boost/json/array.hpp>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "service/actor.hpp"
#include "store/store.hpp"

namespace fw::service::monitor_data {

// One base quantity as stored (long format). flag: "*", "-", "X", "p", "r" or "".
struct BaseRow {
  std::string region, kldb;
  std::optional<int> level;
  int period = 0;
  std::string quantity;
  std::optional<double> value;
  std::string flag;
  std::string source, reference_date, retrieval_date;
  bool synthetic = false;
};

struct DatasetInfo {
  std::int64_t id = 0;
  std::string kind, name, source, file_name, parameters, token, imported_by;
  std::int64_t row_count = 0, imported_at = 0;
  bool synthetic = false;
};

struct ImportResult {
  std::int64_t dataset_id = 0;  // 0 on a dry run
  std::int64_t rows = 0;
};

// Called every `kProgressEvery` data lines with the number read so far (CLI: stderr).
using Progress = std::function<void(std::size_t lines)>;
inline constexpr std::size_t kProgressEvery = 100000;

// Inserts the dataset row (imported_by from the actor) and returns its id.
Result<std::int64_t> insert_dataset(store::Connection& c, const Actor& actor, const DatasetInfo& info);
// Inserts in batches; `progress` (optional) hears every kProgressEvery rows written.
Result<void> insert_base_rows(store::Connection& c, std::int64_t dataset_id, const std::vector<BaseRow>& rows,
                              const Progress& progress = {});

// The dataset row of an imported file.
DatasetInfo file_dataset(std::string kind, const std::string& file, std::string source, std::int64_t rows);

// One import in one transaction: the dataset row, its rows (write_rows gets the new id) and
// the audit entry; all or nothing. info.row_count is reported back as ImportResult::rows.
Result<ImportResult> write_dataset(store::Database& db, const Actor& actor, const DatasetInfo& info,
                                   const std::function<Result<void>(store::Connection&, std::int64_t)>& write_rows);

Result<std::vector<DatasetInfo>> list_datasets(store::Connection& c);

// Public list of the datasets (kind, name, source, file, rows, synthetic, imported_at); who
// imported them (an address) only for admins.
Result<boost::json::array> datasets_report(store::Database& db, const Actor& actor);

}  // namespace fw::service::monitor_data
