// Saved scenarios: named projection parameter sets owned by a user (login required; owners
// and admins delete). Parameters are validated against the engine's ranges on save and again
// on use. JSON form: {"retirement_age_shift": 2, "participation_women_pp": 5, ...}.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "engine/monitor/scenario.hpp"
#include "service/actor.hpp"
#include "store/store.hpp"

namespace fw::service::monitor_data {

// Decodes the parameter object; unknown fields and non-numbers are invalid_argument naming
// "scenario.<field>". Ranges are checked by check_scenario().
Result<monitor::Scenario> scenario_from_json(const boost::json::object& o);
boost::json::object scenario_json(const monitor::Scenario& s);
// The engine's range checks (monitor.scenario_out_of_range) without projection data, against
// the default participation curves.
Result<void> check_scenario(const monitor::Scenario& s);

struct SavedScenario {
  std::int64_t id = 0, owner_id = 0, created_at = 0;
  std::string name;
  monitor::Scenario scenario;
};

Result<std::vector<SavedScenario>> list_scenarios(store::Database& db, const Actor& actor);  // own
Result<SavedScenario> create_scenario(store::Database& db, const Actor& actor, const std::string& name,
                                      const monitor::Scenario& s);
Result<SavedScenario> get_scenario(store::Database& db, const Actor& actor, std::int64_t id);  // owner or admin
Result<void> delete_scenario(store::Database& db, const Actor& actor, std::int64_t id);         // owner or admin
boost::json::object saved_scenario_json(const SavedScenario& s);

}  // namespace fw::service::monitor_data
