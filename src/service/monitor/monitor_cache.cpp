#include "service/monitor/monitor_cache.hpp"

#include <boost/json.hpp>
#include <map>
#include <mutex>
#include <set>
#include <tuple>

#include "engine/monitor/codes.hpp"
#include "service/monitor/monitor_reference.hpp"

namespace fw::service::monitor_data {
namespace bj = boost::json;
namespace {

bool base_kind(const std::string& kind) { return kind == "long" || kind == "xlsx"; }

monitor::ParsedValue parsed(const store::Row& r, std::size_t value_col, std::size_t flag_col) {
  monitor::ParsedValue v;
  const auto flag = r.text_at(flag_col);
  if (flag == "*") {
    v.status = monitor::Status::suppressed;
  } else if (flag == "-") {
    v.status = monitor::Status::zero;
  } else if (flag == "X") {
    v.status = monitor::Status::not_possible;
  } else if (!r.is_null(value_col)) {
    v.status = monitor::Status::value;
    v.value = r.real_at(value_col);
    if (flag == "p") v.notes = monitor::kNoteProvisional;
    if (flag == "r") v.notes = monitor::kNoteRevised;
  }
  return v;
}

// All imported base quantities with a level, at the most common KldB code length (the engine
// needs one length; coarser rows would double count, finer ones are summed by prefix later).
Result<std::shared_ptr<const monitor::BaseDataset>> load_imported(store::Connection& c) {
  auto rows = FW_TRY(c.query(
      "SELECT region, kldb, level, period, quantity, value, flag, source, reference_date, retrieval_date, synthetic "
      "FROM monitor_base_quantities WHERE level IS NOT NULL ORDER BY dataset_id"));
  if (rows.empty()) return std::shared_ptr<const monitor::BaseDataset>{};
  std::map<std::size_t, std::size_t> by_length;
  for (const auto& r : rows.rows) ++by_length[r.text_at(1).size()];
  std::size_t length = 0, most = 0;
  for (const auto& [len, n] : by_length) {
    if (n > most) std::tie(length, most) = std::tie(len, n);
  }
  std::set<std::string> codes;
  for (const auto& r : rows.rows) {
    if (r.text_at(1).size() == length) codes.insert(r.text_at(1));
  }
  std::vector<std::string> kreise;
  for (const auto& k : reference().kreise()) kreise.push_back(k.ags);
  auto data = std::make_shared<monitor::BaseDataset>(std::move(kreise), std::vector<std::string>(codes.begin(), codes.end()));
  std::map<std::tuple<std::string, std::string, std::string, bool>, std::uint16_t> sources;
  for (const auto& r : rows.rows) {
    if (r.text_at(1).size() != length) continue;
    const auto key = std::make_tuple(r.text_at(7), r.text_at(8), r.text_at(9), r.int_at(10) != 0);
    auto it = sources.find(key);
    if (it == sources.end()) {
      it = sources.emplace(key, data->add_source({std::get<0>(key), std::get<1>(key), std::get<2>(key), std::get<3>(key)})).first;
    }
    monitor::Observation obs;
    obs.region = r.text_at(0);
    obs.kldb = r.text_at(1);
    obs.level = static_cast<int>(r.int_at(2));
    obs.period = static_cast<int>(r.int_at(3));
    obs.quantity = *monitor::quantity_from_name(r.text_at(4));  // checked on import
    obs.value = parsed(r, 5, 6);
    obs.source = it->second;
    FW_TRY_VOID(data->add(obs));
  }
  return std::shared_ptr<const monitor::BaseDataset>(std::move(data));
}

// Generated figures depend only on the options, so they are shared across databases.
struct SyntheticCache {
  std::mutex mu;
  std::uint64_t seed = 0;
  int last_year = 0;
  std::shared_ptr<const monitor::SyntheticWorld> world;
  std::shared_ptr<const monitor::BaseDataset> base;
  std::shared_ptr<const monitor::ProjectionInput> projection;
};
SyntheticCache& synthetic_cache() {
  static SyntheticCache c;
  return c;
}

// Base data of the last two years (the bottleneck score compares with the year before).
std::shared_ptr<const monitor::BaseDataset> synthetic_base(const monitor::SyntheticOptions& o) {
  auto& c = synthetic_cache();
  std::lock_guard lock(c.mu);
  if (!c.world || c.seed != o.seed || c.last_year != o.last_year) {
    c.world = std::make_shared<monitor::SyntheticWorld>(monitor::make_world(reference(), o));
    c.seed = o.seed;
    c.last_year = o.last_year;
    c.base.reset();
    c.projection.reset();
  }
  if (!c.base) c.base = std::make_shared<monitor::BaseDataset>(monitor::synthetic_base(*c.world, o.last_year - 1, o.last_year));
  return c.base;
}

struct StateCache {
  std::mutex mu;
  std::string fingerprint;
  std::shared_ptr<const MonitorState> state;
};
StateCache& state_cache() {
  static StateCache c;
  return c;
}

}  // namespace

std::string synthetic_parameters(const monitor::SyntheticOptions& o) {
  return bj::serialize(bj::object{{"seed", o.seed}, {"first_year", o.first_year}, {"last_year", o.last_year},
                                  {"horizon", o.horizon}});
}

Result<monitor::SyntheticOptions> parse_synthetic_parameters(const std::string& json) {
  boost::system::error_code ec;
  auto v = bj::parse(json, ec);
  monitor::SyntheticOptions o;
  if (ec || !v.is_object()) return fail(ErrorCode::internal, "monitor.bad_file", "monitor_datasets.parameters", json);
  const auto& obj = v.as_object();
  try {
    if (auto* s = obj.if_contains("seed")) o.seed = s->to_number<std::uint64_t>();
    if (auto* s = obj.if_contains("first_year")) o.first_year = s->to_number<int>();
    if (auto* s = obj.if_contains("last_year")) o.last_year = s->to_number<int>();
    if (auto* s = obj.if_contains("horizon")) o.horizon = s->to_number<int>();
  } catch (const std::exception& e) {
    return fail(ErrorCode::internal, "monitor.bad_file", "monitor_datasets.parameters", e.what());
  }
  return o;
}

Result<std::shared_ptr<const MonitorState>> monitor_state(store::Database& db) {
  auto datasets = FW_TRY(store::with_connection(db, [](store::Connection& c) { return list_datasets(c); }));
  std::string fingerprint;
  for (const auto& d : datasets) fingerprint += d.token + ",";
  auto& cache = state_cache();
  std::lock_guard lock(cache.mu);
  if (cache.state && cache.fingerprint == fingerprint) return cache.state;

  auto state = std::make_shared<MonitorState>();
  state->datasets = datasets;
  bool imported = false;
  const DatasetInfo* synthetic = nullptr;
  for (const auto& d : datasets) {
    if (base_kind(d.kind)) imported = true;
    if (d.kind == "synthetic") synthetic = &d;
  }
  if (imported) {
    state->base = FW_TRY(store::with_connection(db, [](store::Connection& c) { return load_imported(c); }));
  }
  if (!state->base && synthetic) {
    const auto options = FW_TRY(parse_synthetic_parameters(synthetic->parameters));
    state->base = synthetic_base(options);
    state->synthetic = true;
    state->synthetic_options = options;
  }
  cache.fingerprint = std::move(fingerprint);
  cache.state = state;
  return cache.state;
}

Result<std::shared_ptr<const monitor::ProjectionInput>> projection_input(const MonitorState& state) {
  if (!state.synthetic || !state.synthetic_options) {
    return fail(ErrorCode::bad_request, "monitor.no_projection_data", "region");
  }
  (void)synthetic_base(*state.synthetic_options);  // makes sure the world matches the options
  auto& c = synthetic_cache();
  std::lock_guard lock(c.mu);
  if (!c.projection) {
    auto in = FW_TRY(monitor::synthetic_projection(*c.world));
    c.projection = std::make_shared<const monitor::ProjectionInput>(std::move(in));
  }
  return c.projection;
}

void warm_up(store::Database& db) {
  auto state = monitor_state(db);
  if (state && (*state)->synthetic) (void)projection_input(**state);
}

}  // namespace fw::service::monitor_data
