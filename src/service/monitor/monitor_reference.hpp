// Reference data of the labour-market monitor, embedded into the binary at build time (like
// the regions, so that a server never depends on its working directory): the 401 Kreise, the
// KldB 2010 hierarchy and the two shipped threshold tables. Admin-edited tables live in
// monitor_thresholds and win over the shipped ones of the same version.
#pragma once

#include <string>
#include <string_view>

#include "core/result.hpp"
#include "engine/monitor/reference.hpp"
#include "engine/monitor/thresholds.hpp"
#include "store/store.hpp"

namespace fw::service::monitor_data {

std::string_view embedded_kldb_bereiche_csv();
std::string_view embedded_kldb_hauptgruppen_csv();
std::string_view embedded_kldb_gruppen_csv();
std::string_view embedded_thresholds_2020_csv();
std::string_view embedded_thresholds_pre2019_csv();

// Parsed once on first use; read-only afterwards, so safe to share between threads.
const monitor::Reference& reference();

// Whether `code` (1–5 digits) is a KldB 2010 code we know: 1–3 digits by name, 4 digits by
// their 3-digit group, 5 digits by their group and a level digit 1–4.
bool known_kldb(std::string_view code);

inline constexpr std::string_view kDefaultThresholds = "2020";

// The table of `version` ("2020", "pre2019", or any admin-saved one): the admin's copy in the
// database if there is one, else the shipped default; not_found "monitor.thresholds_unknown".
Result<monitor::ThresholdTable> threshold_table(store::Connection& c, const std::string& version);

}  // namespace fw::service::monitor_data
