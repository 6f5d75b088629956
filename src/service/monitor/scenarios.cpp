#include "service/monitor/scenarios.hpp"

#include <boost/json.hpp>
#include <cmath>

#include "core/clock.hpp"
#include "engine/monitor/demography.hpp"
#include "service/audit/audit_log.hpp"
#include "service/authz.hpp"

namespace fw::service::monitor_data {
namespace bj = boost::json;
namespace {

Result<double> number(const bj::value& v, std::string_view name) {
  const std::string field = "scenario." + std::string(name);
  if (!v.is_number()) return fail(ErrorCode::invalid_argument, "json.wrong_type", field, "Zahl");
  const double d = v.to_number<double>();
  if (!std::isfinite(d)) return fail(ErrorCode::invalid_argument, "json.wrong_type", field, "Zahl");
  return d;
}

SavedScenario from_row(const store::Row& r) {
  SavedScenario s;
  s.id = r.int_at(0);
  s.owner_id = r.int_at(1);
  s.name = r.text_at(2);
  s.created_at = r.int_at(4);
  boost::system::error_code ec;
  auto v = bj::parse(r.text_at(3), ec);
  if (!ec && v.is_object()) {
    if (auto sc = scenario_from_json(v.as_object())) s.scenario = *sc;
  }
  s.scenario.name = s.name;
  return s;
}

constexpr const char* kSelect = "SELECT id, owner_id, name, parameters, created_at FROM monitor_scenarios";

}  // namespace

Result<monitor::Scenario> scenario_from_json(const bj::object& o) {
  monitor::Scenario s;
  for (const auto& [key, v] : o) {
    if (key == "name") {
      if (!v.is_string()) return fail(ErrorCode::invalid_argument, "json.wrong_type", "scenario.name", "Text");
      s.name = std::string(v.as_string());
    } else if (key == "retirement_age_shift") {
      const double d = FW_TRY(number(v, key));
      if (d != std::floor(d)) return fail(ErrorCode::invalid_argument, "json.wrong_type", "scenario.retirement_age_shift", "ganze Zahl");
      if (std::fabs(d) > 1000) return fail(ErrorCode::invalid_argument, "monitor.scenario_out_of_range", "scenario.retirement_age_shift", "-3 .. 5");
      s.retirement_age_shift = static_cast<int>(d);
    } else if (key == "participation_women_pp") {
      s.participation_women_pp = FW_TRY(number(v, key));
    } else if (key == "participation_55plus_pp") {
      s.participation_55plus_pp = FW_TRY(number(v, key));
    } else if (key == "net_migration_pct") {
      s.net_migration_pct = FW_TRY(number(v, key));
    } else if (key == "graduates_pct") {
      s.graduates_pct = FW_TRY(number(v, key));
    } else if (key == "demand_growth_pct") {
      s.demand_growth_pct = FW_TRY(number(v, key));
    } else {
      return fail(ErrorCode::invalid_argument, "monitor.scenario_unknown_field", "scenario." + std::string(key));
    }
  }
  return s;
}

bj::object scenario_json(const monitor::Scenario& s) {
  return bj::object{{"retirement_age_shift", s.retirement_age_shift},
                    {"participation_women_pp", s.participation_women_pp},
                    {"participation_55plus_pp", s.participation_55plus_pp},
                    {"net_migration_pct", s.net_migration_pct},
                    {"graduates_pct", s.graduates_pct},
                    {"demand_growth_pct", s.demand_growth_pct}};
}

Result<void> check_scenario(const monitor::Scenario& s) {
  monitor::ProjectionInput in;
  in.base_year = 2025;
  in.growth_years = 15;
  const auto women = monitor::default_participation_women();
  const auto all = monitor::default_participation_all();
  in.participation_women.assign(women.begin(), women.end());
  in.participation_all.assign(all.begin(), all.end());
  return monitor::validate_scenario(s, in, in.base_year + 1);
}

Result<std::vector<SavedScenario>> list_scenarios(store::Database& db, const Actor& actor) {
  FW_TRY_VOID(require_login(actor));
  if (!actor.user_id) return std::vector<SavedScenario>{};  // the system actor owns none
  auto rows = FW_TRY(store::with_connection(db, [&](store::Connection& c) {
    return c.query(std::string(kSelect) + " WHERE owner_id = ? ORDER BY name", {*actor.user_id});
  }));
  std::vector<SavedScenario> out;
  for (const auto& r : rows.rows) out.push_back(from_row(r));
  return out;
}

Result<SavedScenario> create_scenario(store::Database& db, const Actor& actor, const std::string& name,
                                      const monitor::Scenario& s) {
  FW_TRY_VOID(require_login(actor));
  if (!actor.user_id) return fail(ErrorCode::permission_denied, "auth.forbidden");
  if (name.empty() || name.size() > 200) return fail(ErrorCode::invalid_argument, "directory.name_missing", "name");
  FW_TRY_VOID(check_scenario(s));
  const std::string params = bj::serialize(scenario_json(s));
  return store::transact(db, [&](store::Connection& c) -> Result<SavedScenario> {
    auto taken = FW_TRY(c.query("SELECT 1 FROM monitor_scenarios WHERE owner_id = ? AND name = ?", {*actor.user_id, name}));
    if (!taken.empty()) return fail(ErrorCode::conflict, "monitor.scenario_name_taken", "name");
    const auto now = clock::now_ms();
    auto rows = FW_TRY(c.query(
        "INSERT INTO monitor_scenarios (name, owner_id, parameters, created_at, updated_at) VALUES (?, ?, ?, ?, ?) "
        "RETURNING id",
        {name, *actor.user_id, params, now, now}));
    SavedScenario out{rows[0].int_at(0), *actor.user_id, now, name, s};
    out.scenario.name = name;
    FW_TRY_VOID(record_audit(c, actor, {"create", "monitor_scenario", std::to_string(out.id), std::nullopt, params}));
    return out;
  });
}

Result<SavedScenario> get_scenario(store::Database& db, const Actor& actor, std::int64_t id) {
  FW_TRY_VOID(require_login(actor));
  auto rows = FW_TRY(store::with_connection(db, [&](store::Connection& c) {
    return c.query(std::string(kSelect) + " WHERE id = ?", {id});
  }));
  if (rows.empty()) return fail(ErrorCode::not_found, "monitor.scenario_not_found");
  auto s = from_row(rows[0]);
  if (s.owner_id != actor.user_id && !actor.admin()) return fail(ErrorCode::not_found, "monitor.scenario_not_found");
  return s;
}

Result<void> delete_scenario(store::Database& db, const Actor& actor, std::int64_t id) {
  const auto s = FW_TRY(get_scenario(db, actor, id));
  return store::transact(db, [&](store::Connection& c) -> Result<void> {
    FW_TRY_VOID(c.exec("DELETE FROM monitor_scenarios WHERE id = ?", {id}));
    return record_audit(c, actor, {"delete", "monitor_scenario", std::to_string(id),
                                   bj::serialize(scenario_json(s.scenario)), std::nullopt});
  });
}

bj::object saved_scenario_json(const SavedScenario& s) {
  return bj::object{{"id", s.id}, {"name", s.name}, {"owner_id", s.owner_id}, {"created_at", s.created_at},
                    {"parameters", scenario_json(s.scenario)}};
}

}  // namespace fw::service::monitor_data
