#include "service/monitor/projection_view.hpp"

#include <boost/json.hpp>
#include <map>

#include "engine/monitor/engpass.hpp"
#include "engine/monitor/projection.hpp"
#include "engine/monitor/stochastic.hpp"
#include "engine/monitor/summary.hpp"
#include "service/monitor/engpass_view.hpp"
#include "service/monitor/monitor_cache.hpp"
#include "service/monitor/monitor_reference.hpp"
#include "service/monitor/monitor_region.hpp"
#include "service/monitor/scenarios.hpp"

namespace fw::service::monitor_data {
namespace bj = boost::json;
namespace {

bj::array numbers(const std::vector<double>& v) {
  bj::array a;
  a.reserve(v.size());
  for (double x : v) a.push_back(number_or_null(x));
  return a;
}

bj::object band_json(const monitor::Band& b) {
  return bj::object{{"p10", numbers(b.p10)}, {"p50", numbers(b.p50)}, {"p90", numbers(b.p90)}};
}

bj::object series_json(const monitor::Series& s, int base_year) {
  bj::array years, gap, gap_pct, expansion, replacement;
  for (std::size_t t = 0; t < s.supply.size(); ++t) {
    years.push_back(base_year + static_cast<int>(t));
    gap.push_back(number_or_null(s.gap(t)));
    const auto pct = s.gap_pct(t);
    gap_pct.push_back(pct ? bj::value(*pct) : bj::value(nullptr));
    expansion.push_back(number_or_null(s.expansion(t)));
    replacement.push_back(number_or_null(s.replacement(t)));
  }
  return bj::object{{"occupation", s.occupation},
                    {"name", reference().occupation_name(s.occupation)},
                    {"level", s.level},
                    {"level_name", s.level ? monitor::level_name(s.level) : std::string_view("alle")},
                    {"years", std::move(years)},
                    {"supply", numbers(s.supply)},
                    {"demand", numbers(s.demand)},
                    {"gap", std::move(gap)},
                    {"gap_pct", std::move(gap_pct)},
                    {"expansion", std::move(expansion)},
                    {"replacement", std::move(replacement)}};
}

bj::object source_json(const monitor::ProjectionInput& in) {
  return bj::object{{"name", in.source}, {"base_year", in.base_year}, {"synthetic", in.synthetic}};
}

}  // namespace

Result<bj::object> projection_report(store::Database& db, const Actor& /*public*/, const ProjectionQuery& q) {
  const auto state = FW_TRY(monitor_state(db));
  const auto region = FW_TRY(resolve_region(db, q.region));
  const auto in = FW_TRY(projection_input(*state));
  const auto& kreise = region.region.kreise;
  if (q.runs != 0 && (q.runs < 2 || q.runs > 10000)) {
    return fail(ErrorCode::invalid_argument, "monitor.bad_runs", "runs", "0 oder 2 bis 10.000");
  }
  if (static_cast<long>(q.runs) * static_cast<long>(kreise.size()) > kRunBudget) {
    return fail(ErrorCode::invalid_argument, "monitor.bad_runs", "runs",
                "für " + std::to_string(kreise.size()) + " Kreise höchstens " +
                    std::to_string(kRunBudget / static_cast<long>(kreise.size())) + " Läufe");
  }
  monitor::ProjectionOutput out;
  FW_TRY_VOID(monitor::project(*in, q.scenario, kreise, q.horizon, out));
  std::optional<monitor::StochasticOutput> bands;
  if (q.runs > 0) {
    bands = FW_TRY(monitor::project_stochastic(*in, q.scenario, kreise, q.horizon, {q.runs, 20240601}));
  }
  std::map<std::string, std::size_t> group_index;
  for (std::size_t g = 0; g < in->groups.size(); ++g) group_index[in->groups[g]] = g;

  bj::array series;
  for (const auto& s : monitor::summarize(*in, out, 3, true)) {
    if (!q.occupation.empty() && !s.occupation.starts_with(q.occupation)) continue;
    auto o = series_json(s, out.base_year);
    if (bands) {
      const auto gl = group_index.at(s.occupation) * monitor::kLevels + static_cast<std::size_t>(s.level - 1);
      o["bands"] = bj::object{{"supply", band_json(bands->supply[gl])},
                              {"gap", band_json(monitor::gap_band(bands->supply[gl], bands->demand[gl]))}};
    }
    series.push_back(std::move(o));
  }
  auto totals = monitor::summarize(*in, out, 0, false);
  auto total = series_json(totals.at(0), out.base_year);
  if (bands) {
    total["bands"] = bj::object{{"supply", band_json(bands->total_supply)},
                                {"gap", band_json(monitor::gap_band(bands->total_supply, bands->total_demand))}};
  }
  return bj::object{{"region", region_json(region)},
                    {"base_year", out.base_year},
                    {"horizon", q.horizon},
                    {"runs", q.runs},
                    {"scenario", scenario_json(q.scenario)},
                    {"synthetic", in->synthetic},
                    {"source", source_json(*in)},
                    {"total", std::move(total)},
                    {"series", std::move(series)}};
}

Result<bj::object> today_tomorrow_report(store::Database& db, const Actor& actor, const std::string& spec) {
  const auto state = FW_TRY(monitor_state(db));
  if (!state->base) return fail(ErrorCode::bad_request, "monitor.no_data", "region");
  const auto region = FW_TRY(resolve_region(db, spec));
  const int year = state->periods().back();
  const auto table = FW_TRY(store::with_connection(db, [](store::Connection& c) {
    return threshold_table(c, std::string(kDefaultThresholds));
  }));
  monitor::EngpassScorer scorer(*state->base, table);
  const auto units = FW_TRY(scorer.score_all(region.region, year));

  // The projection where inputs exist; otherwise every future figure is "nicht bewertbar".
  std::map<std::pair<std::string, int>, monitor::Series> future;
  int base_year = 0;
  auto in = projection_input(*state);
  if (in) {
    monitor::ProjectionOutput out;
    const int horizon = std::min((*in)->base_year + (*in)->growth_years, kTomorrowYears[2]);
    FW_TRY_VOID(monitor::project(**in, monitor::Scenario{}, region.region.kreise, horizon, out));
    base_year = out.base_year;
    for (auto& s : monitor::summarize(**in, out, 3, true)) future.emplace(std::make_pair(s.occupation, s.level), std::move(s));
  }
  (void)actor;
  bj::array items;
  for (const auto& u : units) {
    bj::object tomorrow;
    auto it = future.find({u.occupation.substr(0, 3), u.level});
    for (int y : kTomorrowYears) {
      const auto t = static_cast<std::size_t>(y - base_year);
      if (it == future.end() || y < base_year || t >= it->second.supply.size()) {
        tomorrow[std::to_string(y)] = bj::object{{"gap", nullptr}, {"gap_pct", nullptr}, {"reason", "no_projection_data"}};
        continue;
      }
      const auto pct = it->second.gap_pct(t);
      tomorrow[std::to_string(y)] = bj::object{{"gap", number_or_null(it->second.gap(t))},
                                               {"gap_pct", pct ? bj::value(*pct) : bj::value(nullptr)},
                                               {"demand", number_or_null(it->second.demand[t])},
                                               {"supply", number_or_null(it->second.supply[t])}};
    }
    items.push_back(bj::object{{"occupation", u.occupation},
                               {"name", reference().occupation_name(u.occupation)},
                               {"level", u.level},
                               {"level_name", monitor::level_name(u.level)},
                               {"score", u.score ? bj::value(*u.score) : bj::value(nullptr)},
                               {"class", monitor::class_name(u.cls)},
                               {"class_text", monitor::class_text_de(u.cls)},
                               {"tomorrow", std::move(tomorrow)}});
  }
  bj::object result{{"region", region_json(region)},
                    {"year", year},
                    {"thresholds", table.version()},
                    {"synthetic", state->synthetic},
                    {"sources", sources_json(*state)},
                    {"items", std::move(items)}};
  if (in) result["projection_source"] = source_json(**in);
  return result;
}

}  // namespace fw::service::monitor_data
