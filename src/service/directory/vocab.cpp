#include "service/directory/vocab.hpp"

#include <algorithm>

namespace fw::service {

const std::vector<std::string_view>& organisation_types() {
  static const std::vector<std::string_view> v{"ihk",     "hwk",          "agentur",          "jobcenter",
                                               "wirtschaftsfoerderung",  "kommune",          "unternehmen",
                                               "arbeitgeberverband",     "gewerkschaft",     "hochschule",
                                               "schule",  "drv",          "verein",           "sonstige"};
  return v;
}
const std::vector<std::string_view>& size_classes() {
  static const std::vector<std::string_view> v{"1-9", "10-49", "50-249", "250+"};
  return v;
}
const std::vector<std::string_view>& cooperation_forms() {
  static const std::vector<std::string_view> v{"kooperationsvereinbarung", "absichtserklaerung", "verein", "gmbh",
                                               "sonstige"};
  return v;
}
const std::vector<std::string_view>& membership_roles() {
  static const std::vector<std::string_view> v{"lead_partner", "partner", "standing_guest"};
  return v;
}
const std::vector<std::string_view>& contact_visibilities() {
  static const std::vector<std::string_view> v{"public", "network", "coordinators"};
  return v;
}

Result<void> check_code(std::string_view value, const std::vector<std::string_view>& list, const std::string& field) {
  if (std::find(list.begin(), list.end(), value) == list.end()) {
    return fail(ErrorCode::invalid_argument, "directory.value_invalid", field, std::string(value));
  }
  return {};
}

bool valid_iso_date(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  const int month = std::stoi(d.substr(5, 2)), day = std::stoi(d.substr(8, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

Result<void> check_vocabulary(store::Connection& c, std::string_view kind, const std::vector<std::string>& codes,
                              const std::string& field) {
  for (const auto& code : codes) {
    auto rows = FW_TRY(c.query("SELECT 1 FROM vocabulary WHERE kind = ? AND code = ?", {std::string(kind), code}));
    if (rows.empty()) return fail(ErrorCode::invalid_argument, "directory.value_invalid", field, code);
  }
  return {};
}

}  // namespace fw::service
