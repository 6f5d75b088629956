#include "engine/monitor/base_data.hpp"

#include <algorithm>
#include <cmath>

namespace fw::monitor {

namespace {

constexpr std::array<std::string_view, kQuantityCount> kNames = {
    "employees",        "employees_foreign",   "employees_60plus",         "employees_female",
    "unemployed",       "job_seekers",         "vacancies_stock",          "vacancies_stock_temp",
    "vacancies_inflow", "vacancies_completed", "vacancy_duration_median",  "exits_unemployment",
    "wage_employees",   "median_wage",         "apprenticeships_reported", "apprenticeships_unfilled",
    "graduates",
};

}  // namespace

std::string_view quantity_name(Quantity q) {
  return kNames[static_cast<std::size_t>(q)];
}

std::optional<Quantity> quantity_from_name(std::string_view name) {
  for (std::size_t i = 0; i < kNames.size(); ++i) {
    if (kNames[i] == name) return static_cast<Quantity>(i);
  }
  return std::nullopt;
}

bool quantity_is_median(Quantity q) {
  return q == Quantity::median_wage || q == Quantity::vacancy_duration_median;
}

BaseCube::BaseCube(int period, std::size_t kreise, std::vector<std::string> occupations)
    : period_(period), kreise_(kreise), occupations_(std::move(occupations)) {
  std::sort(occupations_.begin(), occupations_.end());  // occupation_index() bisects
  for (auto& v : values_) v.assign(cells(), 0.0);
  for (auto& f : flags_) f.assign(cells(), static_cast<std::uint8_t>(Status::missing));
}

std::optional<std::size_t> BaseCube::occupation_index(std::string_view code) const {
  auto it = std::lower_bound(occupations_.begin(), occupations_.end(), code);
  if (it == occupations_.end() || *it != code) return std::nullopt;
  return static_cast<std::size_t>(it - occupations_.begin());
}

void BaseCube::set(Quantity q, std::size_t cell, double value, Status status, std::uint8_t notes) {
  // Only numbers are kept as numbers: a suppressed or missing cell stores 0 so that a careless
  // reader that ignores the status at least cannot pick up a stale value.
  values_[idx(q)][cell] = status == Status::value ? value : 0.0;
  flags_[idx(q)][cell] = static_cast<std::uint8_t>(static_cast<unsigned>(status) | ((notes & 0x0fu) << 4));
}

BaseDataset::BaseDataset(std::vector<std::string> kreis_ags, std::vector<std::string> occupations)
    : kreis_ags_(std::move(kreis_ags)), occupations_(std::move(occupations)) {
  std::sort(occupations_.begin(), occupations_.end());
  for (std::size_t i = 0; i < kreis_ags_.size(); ++i) kreis_index_[kreis_ags_[i]] = i;
}

std::uint16_t BaseDataset::add_source(Source s) {
  sources_.push_back(std::move(s));
  return static_cast<std::uint16_t>(sources_.size() - 1);
}

BaseCube& BaseDataset::period(int year) {
  auto it = cubes_.find(year);
  if (it == cubes_.end()) it = cubes_.emplace(year, BaseCube(year, kreis_ags_.size(), occupations_)).first;
  return it->second;
}

const BaseCube* BaseDataset::find(int year) const {
  auto it = cubes_.find(year);
  return it == cubes_.end() ? nullptr : &it->second;
}

std::vector<int> BaseDataset::periods() const {
  std::vector<int> out;
  for (const auto& [year, cube] : cubes_) out.push_back(year);
  return out;
}

Result<void> BaseDataset::add(const Observation& obs) {
  auto k = kreis_index_.find(obs.region);
  if (k == kreis_index_.end()) return fail(ErrorCode::invalid_argument, "monitor.unknown_region", "region", obs.region);
  auto o = std::lower_bound(occupations_.begin(), occupations_.end(), obs.kldb);
  if (o == occupations_.end() || *o != obs.kldb) {
    return fail(ErrorCode::invalid_argument, "monitor.unknown_occupation", "kldb", obs.kldb);
  }
  if (obs.level < 1 || obs.level > kLevels) {
    return fail(ErrorCode::invalid_argument, "monitor.bad_level", "level", std::to_string(obs.level));
  }
  if (obs.value.status == Status::value && (!std::isfinite(obs.value.value) || obs.value.value < 0)) {
    return fail(ErrorCode::invalid_argument, "monitor.bad_value", "value", std::to_string(obs.value.value));
  }
  if (obs.source >= sources_.size()) {
    return fail(ErrorCode::invalid_argument, "monitor.unknown_source", "source", std::to_string(obs.source));
  }
  BaseCube& cube = period(obs.period);
  auto cell = cube.cell(k->second, static_cast<std::size_t>(o - occupations_.begin()), obs.level);
  std::uint8_t notes = obs.value.notes;
  if (sources_[obs.source].synthetic) notes |= kNoteSynthetic;
  cube.set(obs.quantity, cell, obs.value.value, obs.value.status, notes);
  cube.set_source(obs.quantity, obs.source);
  return {};
}

}  // namespace fw::monitor
