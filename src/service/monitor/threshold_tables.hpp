// Threshold tables as admins see and edit them: the shipped defaults (2020, pre2019) or an
// admin's edited copy of a version (monitor_thresholds), validated by the engine's parser.
#pragma once

#include <string>

#include "core/result.hpp"
#include "service/actor.hpp"
#include "store/store.hpp"

namespace fw::service::monitor_data {

struct ThresholdText {
  std::string version, content;
  bool edited = false;  // an admin's copy, not the shipped file
};

// Public. not_found "monitor.thresholds_unknown".
Result<ThresholdText> get_thresholds(store::Database& db, const std::string& version);
// Admins. The content must parse (monitor.bad_thresholds naming line) and carry `version`;
// replaces any earlier copy, with an audit entry. An empty content restores the shipped table.
Result<ThresholdText> put_thresholds(store::Database& db, const Actor& actor, const std::string& version,
                                     const std::string& content);

}  // namespace fw::service::monitor_data
