// Reference data the monitor engines index by: the 401 Kreise (with Land and population) and
// the KldB 2010 hierarchy down to the 144 occupation groups, plus regions = sets of Kreise.
// Loaded once, then read-only: safe to share between threads.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/result.hpp"

namespace fw::monitor {

struct Kreis {
  std::string ags;  // 5 digits, text (leading zeros matter)
  std::string name;
  std::string type;  // "Kreisfreie Stadt", "Landkreis", "Kreis", ...
  std::int64_t population = 0;
  std::string land() const { return ags.substr(0, 2); }
};

struct Occupation {
  std::string code;  // 1, 2 or 3 digits
  std::string name_de;
};

class Reference {
 public:
  // Parses the CSV texts of data/kreise.csv and data/kldb_{berufsbereiche,berufshauptgruppen,
  // berufsgruppen}.csv (comma-separated, as shipped). Errors name file and line
  // (invalid_argument "monitor.bad_reference").
  static Result<Reference> parse(std::string_view kreise_csv, std::string_view bereiche_csv,
                                 std::string_view hauptgruppen_csv, std::string_view gruppen_csv);
  // Reads the four files from data_dir (e.g. FACHWERK_SOURCE_DIR "/data"); not_found if one
  // is missing.
  static Result<Reference> load(const std::string& data_dir);
  // A reference from plain lists, for tests and tools (groups are 3-digit codes).
  static Reference from(std::vector<Kreis> kreise, std::vector<Occupation> groups);

  const std::vector<Kreis>& kreise() const { return kreise_; }
  // Index into kreise() for a 5-digit AGS, nullopt if unknown.
  std::optional<int> kreis_index(std::string_view ags) const;
  // The 3-digit occupation groups in code order.
  const std::vector<Occupation>& groups() const { return groups_; }
  // Name of a 1-, 2- or 3-digit code; "" if unknown.
  std::string_view occupation_name(std::string_view code) const;

 private:
  std::vector<Kreis> kreise_;
  std::unordered_map<std::string, int> kreis_by_ags_;
  std::vector<Occupation> groups_;
  std::unordered_map<std::string, std::string> names_;  // all levels
};

// A region = a set of Kreise. Länder and Germany are just particular sets.
struct Region {
  std::string id;           // "08136", "land:08", "de", or a caller-given id ("network:17")
  std::vector<int> kreise;  // indices into Reference::kreise(), sorted, unique, non-empty
  bool national = false;    // all Kreise (selects national threshold rows)
};

// Resolves "08136" (one Kreis), "land:08" (a Land), "de" (Germany) or
// "kreise:08136,08135" (any set). Unknown codes → not_found "monitor.unknown_region" naming the
// code; malformed → invalid_argument "monitor.bad_region".
Result<Region> resolve_region(const Reference& ref, std::string_view spec);

// A region from an explicit list of AGS (a network's Kreise, resolved by the service layer).
Result<Region> region_of(const Reference& ref, std::string id, std::span<const std::string> ags);

}  // namespace fw::monitor
