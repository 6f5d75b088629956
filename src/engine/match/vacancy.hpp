// A vacancy as the matcher sees it: plain data the service layer fills from the store.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fw::match {

// Working-time models (bit flags, combinable). A request accepts a vacancy if the two sets
// share a flag; an empty set on either side means "any".
enum WorkingTime : std::uint8_t {
  kVollzeit = 1,
  kTeilzeit = 2,
  kSchicht = 4,     // Schicht / Nacht / Wochenende
  kHomeoffice = 8,  // a Homeoffice share is offered / wanted
  kMinijob = 16,
};
using WorkingTimeSet = std::uint8_t;
// "vollzeit" | "teilzeit" | "schicht" | "homeoffice" | "minijob" → flag; nullopt otherwise.
inline std::optional<WorkingTime> parse_working_time(std::string_view text) {
  if (text == "vollzeit") return kVollzeit;
  if (text == "teilzeit") return kTeilzeit;
  if (text == "schicht") return kSchicht;
  if (text == "homeoffice") return kHomeoffice;
  if (text == "minijob") return kMinijob;
  return std::nullopt;
}
inline bool working_time_compatible(WorkingTimeSet wanted, WorkingTimeSet offered) {
  return wanted == 0 || offered == 0 || (wanted & offered) != 0;
}

enum class VacancyStatus : std::uint8_t { open, filled, expired };

struct Location {
  double lat = 0, lon = 0;
};

struct Vacancy {
  std::int64_t id = 0;
  std::string kldb;  // 2–5 digits
  int level = 0;     // Anforderungsniveau 1–4; 0 = take it from the 5th digit of kldb
  WorkingTimeSet working_time = 0;
  std::optional<int> start_day;     // days since 1970-01-01; nullopt = "ab sofort" / not stated
  std::vector<Location> locations;  // at least one; the commute counts to the nearest
  VacancyStatus status = VacancyStatus::open;
};

}  // namespace fw::match
