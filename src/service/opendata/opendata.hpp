// Public open-data export (docs/opendata.md): the published directory as JSON and CSV under
// /api/v1/opendata/{dataset}.json|.csv. A dataset is one row per entity, with the same
// columns in both formats; lists inside a cell are joined with ", " in CSV and arrays in JSON.
// No personal data: contact persons are never part of it. Demo data is left out.
//
// Datasets register themselves in datasets(); the API adds both routes for each, so a new
// one is one builder function plus its schema in the docs.
#pragma once

#include <boost/json/object.hpp>
#include <functional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "service/export/table.hpp"
#include "store/store.hpp"

namespace fw::service::opendata {

inline constexpr const char* kLicence = "Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)";
inline constexpr const char* kLicenceUrl = "https://www.govdata.de/dl-de/by-2-0";

enum class Kind { text, integer, boolean, list };

struct Field {
  std::string name;
  Kind kind = Kind::text;
};

struct Dataset {
  std::vector<Field> fields;
  std::vector<std::vector<std::string>> rows;  // list cells hold ", "-joined values
};

struct DatasetSource {
  std::string name;  // "networks" → /api/v1/opendata/networks.json
  std::function<Result<Dataset>(store::Database&)> build;
};

const std::vector<DatasetSource>& datasets();

Result<Dataset> networks_dataset(store::Database& db);
// Published, non-demo good-practice entries, without any contact field (docs/opendata.md).
Result<Dataset> practices_dataset(store::Database& db);

// {"dataset", "licence", "licence_url", "schema", "generated_at", "count", "items": [...]}
boost::json::object dataset_json(const std::string& name, const Dataset& d);
// CSV for Excel (BOM, `;`), header = field names.
std::string dataset_csv(const Dataset& d);

}  // namespace fw::service::opendata
