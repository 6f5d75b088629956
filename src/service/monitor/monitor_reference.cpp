#include "service/monitor/monitor_reference.hpp"

#include <cstdlib>
#include <cstdio>

#include "engine/monitor/codes.hpp"
#include "store/reference_data.hpp"

namespace fw::service::monitor_data {

const monitor::Reference& reference() {
  static const monitor::Reference ref = [] {
    auto r = monitor::Reference::parse(store::embedded_kreise_csv(), embedded_kldb_bereiche_csv(),
                                       embedded_kldb_hauptgruppen_csv(), embedded_kldb_gruppen_csv());
    // The files are part of the binary and tested; a failure here is a build defect.
    if (!r) {
      std::fprintf(stderr, "monitor reference data broken: %s %s\n", r.error().field.c_str(), r.error().detail.c_str());
      std::abort();
    }
    return std::move(*r);
  }();
  return ref;
}

bool known_kldb(std::string_view code) {
  if (!monitor::is_kldb_code(code)) return false;
  const auto& ref = reference();
  if (code.size() <= 3) return !ref.occupation_name(code).empty();
  if (code.size() == 5 && (code[4] < '1' || code[4] > '4')) return false;
  return !ref.occupation_name(code.substr(0, 3)).empty();
}

Result<monitor::ThresholdTable> threshold_table(store::Connection& c, const std::string& version) {
  auto rows = FW_TRY(c.query("SELECT content FROM monitor_thresholds WHERE version = ?", {version}));
  if (!rows.empty()) return monitor::ThresholdTable::parse(rows[0].text_at(0), "monitor_thresholds:" + version);
  if (version == "2020") return monitor::ThresholdTable::parse(embedded_thresholds_2020_csv(), "engpass_thresholds_2020.csv");
  if (version == "pre2019") {
    return monitor::ThresholdTable::parse(embedded_thresholds_pre2019_csv(), "engpass_thresholds_pre2019.csv");
  }
  return fail(ErrorCode::not_found, "monitor.thresholds_unknown", "thresholds", version);
}

}  // namespace fw::service::monitor_data
