// Values per Kreis for the choropleth map of the directory.
#pragma once

#include <map>
#include <string>

#include "core/result.hpp"
#include "store/store.hpp"

namespace fw::service {

// metric: "networks" (networks whose region includes the Kreis) or "organisations" (located
// in the Kreis) or "practices" (published practices whose region includes the Kreis). Every
// one of the 401 Kreise is present, with 0 where nothing is.
// invalid_argument "directory.value_invalid" (field "metric") otherwise.
Result<std::map<std::string, std::int64_t>> kreis_values(store::Database& db, const std::string& metric);

}  // namespace fw::service
