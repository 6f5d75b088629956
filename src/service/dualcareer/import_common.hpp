// Internal to the vacancy readers (import_*.cpp): building records and rejecting them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "service/dualcareer/kldb_mapping.hpp"
#include "service/dualcareer/vacancy_import.hpp"

namespace fw::service {

// A VacancyInput with what the defaults and the source say.
inline VacancyInput defaults_input(const ImportDefaults& d, const char* source) {
  VacancyInput in;
  in.network_id = d.network_id;
  in.visibility = d.network_id ? "members" : "public";
  in.source = source;
  return in;
}

// Marks the record rejected; the field becomes "<place>:<field>".
inline ImportRecord reject(ImportRecord rec, const char* key, const std::string& field, std::string detail = {}) {
  rec.input.reset();
  rec.error = Error{ErrorCode::invalid_argument, key, field.empty() ? rec.place : rec.place + ":" + field, std::move(detail)};
  return rec;
}

// Occupation names repeat across a file (thousands of "Berufskraftfahrer/in"), so each
// distinct name is looked up once.
class OccupationCache {
 public:
  std::optional<std::string> lookup(const std::string& name) {
    auto it = cache_.find(name);
    if (it == cache_.end()) it = cache_.emplace(name, kldb_from_occupation(name)).first;
    return it->second;
  }

 private:
  std::unordered_map<std::string, std::optional<std::string>> cache_;
};

}  // namespace fw::service
