#include "engine/monitor/reference.hpp"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

#include "core/csv.hpp"
#include "engine/monitor/codes.hpp"

namespace fw::monitor {

namespace {

Result<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(ErrorCode::not_found, "monitor.file_missing", path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Error bad(std::string_view file, std::size_t line, std::string detail) {
  return Error{ErrorCode::invalid_argument, "monitor.bad_reference", std::string(file) + ":" + std::to_string(line),
               std::move(detail)};
}

// Reads a code,name_de,name_en file; every code must have `digits` digits.
Result<std::vector<Occupation>> parse_kldb(std::string_view text, std::string_view file, std::size_t digits) {
  auto records = FW_TRY(csv::parse(text, file, ','));
  std::vector<Occupation> out;
  for (std::size_t i = 1; i < records.size(); ++i) {
    const auto& r = records[i];
    if (r.fields.size() < 2 || r.fields[0].size() != digits || !is_kldb_code(r.fields[0])) {
      return std::unexpected(bad(file, r.line, "expected code with " + std::to_string(digits) + " digits"));
    }
    out.push_back({r.fields[0], r.fields[1]});
  }
  return out;
}

}  // namespace

Result<Reference> Reference::parse(std::string_view kreise_csv, std::string_view bereiche_csv,
                                   std::string_view hauptgruppen_csv, std::string_view gruppen_csv) {
  auto records = FW_TRY(csv::parse(kreise_csv, "kreise.csv", ','));
  std::vector<Kreis> kreise;
  for (std::size_t i = 1; i < records.size(); ++i) {
    const auto& f = records[i].fields;
    if (f.size() < 6 || f[0].size() != 5 || !is_kldb_code(f[0])) {  // 5 digits, same test as a code
      return std::unexpected(bad("kreise.csv", records[i].line, "expected ags,nuts3,type,name,area_km2,population"));
    }
    Kreis k{f[0], f[3], f[2], 0};
    auto [p, ec] = std::from_chars(f[5].data(), f[5].data() + f[5].size(), k.population);
    if (ec != std::errc() || p != f[5].data() + f[5].size() || k.population <= 0) {
      return std::unexpected(bad("kreise.csv", records[i].line, "population"));
    }
    kreise.push_back(std::move(k));
  }
  auto groups = FW_TRY(parse_kldb(gruppen_csv, "kldb_berufsgruppen.csv", 3));
  Reference ref = from(std::move(kreise), std::move(groups));
  for (auto& o : FW_TRY(parse_kldb(bereiche_csv, "kldb_berufsbereiche.csv", 1))) ref.names_[o.code] = o.name_de;
  for (auto& o : FW_TRY(parse_kldb(hauptgruppen_csv, "kldb_berufshauptgruppen.csv", 2))) ref.names_[o.code] = o.name_de;
  return ref;
}

Result<Reference> Reference::load(const std::string& data_dir) {
  auto kreise = FW_TRY(read_file(data_dir + "/kreise.csv"));
  auto bereiche = FW_TRY(read_file(data_dir + "/kldb_berufsbereiche.csv"));
  auto haupt = FW_TRY(read_file(data_dir + "/kldb_berufshauptgruppen.csv"));
  auto gruppen = FW_TRY(read_file(data_dir + "/kldb_berufsgruppen.csv"));
  return parse(kreise, bereiche, haupt, gruppen);
}

Reference Reference::from(std::vector<Kreis> kreise, std::vector<Occupation> groups) {
  Reference ref;
  ref.kreise_ = std::move(kreise);
  for (std::size_t i = 0; i < ref.kreise_.size(); ++i) ref.kreis_by_ags_[ref.kreise_[i].ags] = static_cast<int>(i);
  std::sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) { return a.code < b.code; });
  ref.groups_ = std::move(groups);
  for (const auto& g : ref.groups_) ref.names_[g.code] = g.name_de;
  return ref;
}

std::optional<int> Reference::kreis_index(std::string_view ags) const {
  auto it = kreis_by_ags_.find(std::string(ags));
  if (it == kreis_by_ags_.end()) return std::nullopt;
  return it->second;
}

std::string_view Reference::occupation_name(std::string_view code) const {
  auto it = names_.find(std::string(code));
  return it == names_.end() ? std::string_view{} : std::string_view(it->second);
}

Result<Region> region_of(const Reference& ref, std::string id, std::span<const std::string> ags) {
  Region region{std::move(id), {}, false};
  for (const auto& code : ags) {
    auto idx = ref.kreis_index(code);
    if (!idx) return fail(ErrorCode::not_found, "monitor.unknown_region", "region", code);
    region.kreise.push_back(*idx);
  }
  std::sort(region.kreise.begin(), region.kreise.end());
  region.kreise.erase(std::unique(region.kreise.begin(), region.kreise.end()), region.kreise.end());
  if (region.kreise.empty()) return fail(ErrorCode::invalid_argument, "monitor.bad_region", "region", "no Kreise");
  region.national = region.kreise.size() == ref.kreise().size();
  return region;
}

Result<Region> resolve_region(const Reference& ref, std::string_view spec) {
  if (spec == "de") {
    Region r{"de", {}, true};
    for (std::size_t i = 0; i < ref.kreise().size(); ++i) r.kreise.push_back(static_cast<int>(i));
    if (r.kreise.empty()) return fail(ErrorCode::not_found, "monitor.unknown_region", "region", "de");
    return r;
  }
  if (spec.starts_with("land:")) {
    std::string land(spec.substr(5));
    if (land.size() != 2 || !is_kldb_code(land)) {
      return fail(ErrorCode::invalid_argument, "monitor.bad_region", "region", std::string(spec));
    }
    std::vector<std::string> ags;
    for (const auto& k : ref.kreise()) {
      if (k.land() == land) ags.push_back(k.ags);
    }
    if (ags.empty()) return fail(ErrorCode::not_found, "monitor.unknown_region", "region", std::string(spec));
    return region_of(ref, std::string(spec), ags);
  }
  if (spec.starts_with("kreise:")) {
    std::vector<std::string> ags;
    std::string_view rest = spec.substr(7);
    while (!rest.empty()) {
      auto comma = rest.find(',');
      ags.emplace_back(rest.substr(0, comma));
      rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
    }
    return region_of(ref, std::string(spec), ags);
  }
  if (spec.size() == 5 && is_kldb_code(spec)) {
    std::string one(spec);
    return region_of(ref, one, std::span<const std::string>(&one, 1));
  }
  return fail(ErrorCode::invalid_argument, "monitor.bad_region", "region", std::string(spec));
}

}  // namespace fw::monitor
