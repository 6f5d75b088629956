#include "service/monitor/engpass_view.hpp"

#include <boost/json.hpp>
#include <cmath>
#include <map>

#include "engine/monitor/codes.hpp"
#include "service/monitor/engpass_import.hpp"
#include "service/monitor/monitor_reference.hpp"
#include "service/monitor/monitor_region.hpp"

namespace fw::service::monitor_data {
namespace bj = boost::json;
namespace {

// The BA's indicator columns in the order of monitor::Indicator's first six.
constexpr monitor::Indicator kBaOrder[6] = {monitor::Indicator::vakanzzeit, monitor::Indicator::asr,
                                            monitor::Indicator::alq, monitor::Indicator::auslaender,
                                            monitor::Indicator::abgangsrate, monitor::Indicator::entgelt};

bj::object indicator_json(monitor::Indicator ind, const monitor::IndicatorScore& s) {
  bj::object o{{"name", monitor::indicator_name(ind)}};
  if (s.raw.ok()) {
    o["value"] = number_or_null(0.5 * (s.raw.value.lo + s.raw.value.hi));
    o["low"] = number_or_null(s.raw.value.lo);
    o["high"] = number_or_null(s.raw.value.hi);
    o["scored_low"] = number_or_null(s.scored.lo);
    o["scored_high"] = number_or_null(s.scored.hi);
  } else {
    o["value"] = nullptr;
  }
  o["base"] = number_or_null(s.raw.base);
  o["points"] = s.points >= 0 ? bj::value(s.points) : bj::value(nullptr);
  if (s.points < 0) {
    o["reason"] = monitor::reason_name(s.reason);
    o["reason_text"] = monitor::reason_text_de(s.reason);
  }
  o["notes"] = notes_json(s.raw.notes);
  return o;
}

bj::object ba_json(const BaResult& b, monitor::EngpassClass computed) {
  bj::object o{{"year", b.jahr},          {"occupation", b.beruf_schluessel}, {"name", b.beruf},
               {"region", b.region},      {"score", b.wert_ges ? bj::value(*b.wert_ges) : bj::value(nullptr)},
               {"category", b.kategorie}, {"class", b.klasse},
               {"agrees", b.klasse == monitor::class_name(computed)},
               {"source", "Statistik der Bundesagentur für Arbeit, Engpassanalyse (importiert)"}};
  bj::object points;
  for (std::size_t k = 0; k < 6; ++k) {
    points[monitor::indicator_name(kBaOrder[k])] = bj::object{
        {"points", b.points[k] ? bj::value(*b.points[k]) : bj::value(nullptr)},
        {"value", b.values[k] ? bj::value(*b.values[k]) : bj::value(nullptr)}};
  }
  o["indicators"] = std::move(points);
  return o;
}

}  // namespace

bj::value number_or_null(double v) { return std::isfinite(v) ? bj::value(v) : bj::value(nullptr); }

bj::array notes_json(std::uint8_t notes) {
  bj::array out;
  const std::pair<std::uint8_t, const char*> names[] = {
      {monitor::kNoteProvisional, "provisional"}, {monitor::kNoteRevised, "revised"},
      {monitor::kNoteSynthetic, "synthetic"},     {monitor::kNoteApproximated, "approximated"},
      {monitor::kNoteBounded, "bounded"}};
  for (const auto& [bit, name] : names) {
    if (notes & bit) out.emplace_back(name);
  }
  return out;
}

bj::array sources_json(const MonitorState& state) {
  bj::array out;
  if (!state.base) return out;
  for (const auto& s : state.base->sources()) {
    out.push_back(bj::object{{"name", s.name}, {"reference_date", s.reference_date},
                             {"retrieval_date", s.retrieval_date}, {"synthetic", s.synthetic}});
  }
  return out;
}

Result<bj::object> engpass_report(store::Database& db, const Actor& /*public*/, const EngpassQuery& q) {
  const auto state = FW_TRY(monitor_state(db));
  if (!state->base) return fail(ErrorCode::bad_request, "monitor.no_data", "region");
  if (q.level && (*q.level < 1 || *q.level > 4)) {
    return fail(ErrorCode::invalid_argument, "monitor.bad_level", "level", std::to_string(*q.level));
  }
  const auto region = FW_TRY(resolve_region(db, q.region));
  const auto periods = state->periods();
  if (periods.empty()) return fail(ErrorCode::bad_request, "monitor.no_data", "region");
  const int year = q.year.value_or(periods.back());
  const auto table = FW_TRY(store::with_connection(db, [&](store::Connection& c) { return threshold_table(c, q.thresholds); }));
  monitor::EngpassScorer scorer(*state->base, table);
  auto units = scorer.score_all(region.region, year);
  if (!units) {
    units.error().field = units.error().key == "monitor.no_period" ? "year" : units.error().field;
    return std::unexpected(units.error());
  }
  std::map<std::pair<std::string, int>, BaResult> ba;
  if (!region.ba_land.empty()) {
    auto rows = FW_TRY(store::with_connection(db, [&](store::Connection& c) { return ba_results(c, region.ba_land, year); }));
    for (auto& b : rows) ba[{b.beruf_schluessel, b.anforderung_id}] = std::move(b);
  }
  const auto& ref = reference();
  bj::array items;
  for (const auto& u : *units) {
    if (q.level && u.level != *q.level) continue;
    bj::array indicators, risks;
    for (std::size_t i = 0; i < monitor::kIndicatorCount; ++i) {
      const auto ind = static_cast<monitor::Indicator>(i);
      const auto* row = table.row(ind, region.region.national);
      if (!row) continue;
      (row->risk ? risks : indicators).push_back(indicator_json(ind, u.indicators[i]));
    }
    bj::object item{{"occupation", u.occupation},
                    {"name", ref.occupation_name(u.occupation)},
                    {"level", u.level},
                    {"level_name", monitor::level_name(u.level)},
                    {"indicators", std::move(indicators)},
                    {"score", u.score ? bj::value(*u.score) : bj::value(nullptr)},
                    {"assessed", u.assessed},
                    {"class", monitor::class_name(u.cls)},
                    {"class_text", monitor::class_text_de(u.cls)},
                    {"risk", bj::object{{"score", u.risk_score ? bj::value(*u.risk_score) : bj::value(nullptr)},
                                        {"assessed", u.risk_assessed},
                                        {"indicators", std::move(risks)}}},
                    {"notes", notes_json(u.notes)},
                    {"synthetic", state->synthetic}};
    if (u.cls == monitor::EngpassClass::nicht_bewertbar) {
      item["reason"] = monitor::reason_name(u.reason);
      item["reason_text"] = monitor::reason_text_de(u.reason);
    }
    auto it = ba.find({u.occupation, u.level});
    item["ba"] = it == ba.end() ? bj::value(nullptr) : bj::value(ba_json(it->second, u.cls));
    items.push_back(std::move(item));
  }
  return bj::object{{"region", region_json(region)},
                    {"year", year},
                    {"thresholds", table.version()},
                    {"synthetic", state->synthetic},
                    {"sources", sources_json(*state)},
                    {"items", std::move(items)}};
}

}  // namespace fw::service::monitor_data
