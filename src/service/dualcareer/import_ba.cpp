// The Bundesagentur für Arbeit's job-search JSON in its four shapes (docs/dualcareer.md):
//   v4 search  {stellenangebote:[{refnr, titel, beruf, arbeitgeber, arbeitsort{plz, ort, koordinaten{lat, lon}}, …}]}
//   v6 search  {ergebnisliste:[{referenznummer, stellenangebotsTitel, firma, hauptberuf,
//                               stellenlokationen[{adresse{plz, ort}, breite, laenge}], …}]}
//   details    one v6-style object with arbeitszeit* flags, vertragsdauer, …
//   legacy     one object (or list) with refnr, arbeitsorte[], arbeitszeitmodelle[], befristung
// A bare array of any of these items is accepted too.
#include <boost/json.hpp>
#include <memory>

#include "service/dualcareer/import_common.hpp"
#include "service/dualcareer/json_items.hpp"
#include "service/dualcareer/kldb_mapping.hpp"
#include "service/dualcareer/vacancy_import.hpp"

namespace fw::service {
namespace bj = boost::json;
namespace {

const bj::object* object_at(const bj::object& o, std::string_view key) {
  auto it = o.find(key);
  return it != o.end() && it->value().is_object() ? &it->value().as_object() : nullptr;
}

std::optional<std::string> text_at(const bj::object& o, std::string_view key) {
  auto it = o.find(key);
  if (it == o.end() || !it->value().is_string()) return std::nullopt;
  return clean_text(it->value().as_string());
}

bool flag_at(const bj::object& o, std::string_view key) {
  auto it = o.find(key);
  return it != o.end() && it->value().is_bool() && it->value().as_bool();
}

std::optional<double> number_at(const bj::object& o, std::string_view key) {
  auto it = o.find(key);
  if (it == o.end()) return std::nullopt;
  const auto& v = it->value();
  if (v.is_double()) return v.as_double();
  if (v.is_int64()) return static_cast<double>(v.as_int64());
  if (v.is_string()) {  // some dumps quote coordinates
    try {
      return std::stod(std::string(v.as_string()));
    } catch (const std::exception&) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

std::string place_label(const bj::object& adresse) {
  std::string label = text_at(adresse, "plz").value_or("");
  if (auto ort = text_at(adresse, "ort")) label += (label.empty() ? "" : " ") + *ort;
  return label;
}

// v4 `arbeitsort` / legacy `arbeitsorte[i]`: {plz, ort, koordinaten{lat, lon}}.
std::optional<VacancyLocationInput> location_v4(const bj::object& o) {
  const auto* k = object_at(o, "koordinaten");
  if (!k) return std::nullopt;
  auto lat = number_at(*k, "lat"), lon = number_at(*k, "lon");
  if (!lat || !lon) return std::nullopt;
  return VacancyLocationInput{*lat, *lon, place_label(o)};
}

// v6 `stellenlokationen[i]`: {adresse{plz, ort}, breite, laenge}.
std::optional<VacancyLocationInput> location_v6(const bj::object& o) {
  auto lat = number_at(o, "breite"), lon = number_at(o, "laenge");
  if (!lat || !lon) return std::nullopt;
  const auto* a = object_at(o, "adresse");
  return VacancyLocationInput{*lat, *lon, a ? place_label(*a) : std::string()};
}

void working_time_v6(const bj::object& o, VacancyInput& in) {
  if (flag_at(o, "arbeitszeitVollzeit")) in.working_time.emplace_back("vollzeit");
  if (flag_at(o, "arbeitszeitTeilzeitVormittag") || flag_at(o, "arbeitszeitTeilzeitNachmittag") ||
      flag_at(o, "arbeitszeitTeilzeitAbend") || flag_at(o, "arbeitszeitTeilzeitFlexibel")) {
    in.working_time.emplace_back("teilzeit");
  }
  if (flag_at(o, "arbeitszeitSchichtNachtWochenende")) in.working_time.emplace_back("schicht");
  if (flag_at(o, "arbeitszeitHeimarbeitTelearbeit")) in.working_time.emplace_back("homeoffice");
  if (flag_at(o, "istGeringfuegigeBeschaeftigung")) in.working_time.emplace_back("minijob");
}

void working_time_legacy(const bj::object& o, VacancyInput& in) {
  auto it = o.find("arbeitszeitmodelle");
  if (it == o.end() || !it->value().is_array()) return;
  for (const auto& m : it->value().as_array()) {
    if (!m.is_string()) continue;
    const std::string_view s = m.as_string();
    if (s == "VOLLZEIT") in.working_time.emplace_back("vollzeit");
    if (s == "TEILZEIT") in.working_time.emplace_back("teilzeit");
    if (s == "SCHICHT_NACHTARBEIT_WOCHENENDE") in.working_time.emplace_back("schicht");
    if (s == "HEIM_TELEARBEIT") in.working_time.emplace_back("homeoffice");
    if (s == "MINIJOB") in.working_time.emplace_back("minijob");
  }
}

std::optional<std::string> contract_of(std::optional<std::string> text) {
  if (!text) return std::nullopt;
  if (text->find("UNBEFRISTET") != std::string::npos || text->find("unbefristet") != std::string::npos) return "unbefristet";
  if (text->find("BEFRISTET") != std::string::npos || text->find("befristet") != std::string::npos) return "befristet";
  return std::nullopt;
}

// One item of any shape → record. `place` names it in reasons.
ImportRecord map_item(const bj::object& o, const std::string& place, const ImportDefaults& d, OccupationCache& occupations) {
  ImportRecord rec;
  rec.place = place;
  const bool v6 = o.contains("referenznummer");
  VacancyInput in = defaults_input(d, "ba-jobsuche");
  in.source_ref = text_at(o, v6 ? "referenznummer" : "refnr");
  if (!in.source_ref) return reject(std::move(rec), "import.field_missing", v6 ? "referenznummer" : "refnr");
  auto title = text_at(o, v6 ? "stellenangebotsTitel" : "titel");
  if (!title) title = text_at(o, "titel");
  if (!title) return reject(std::move(rec), "import.field_missing", v6 ? "stellenangebotsTitel" : "titel");
  in.title = strip_html(*title);
  in.employer_name = text_at(o, v6 ? "firma" : "arbeitgeber").value_or(text_at(o, "arbeitgeber").value_or(""));
  if (in.employer_name.empty()) return reject(std::move(rec), "import.field_missing", v6 ? "firma" : "arbeitgeber");

  // Occupation: a code if the record carries one, else the name through the table.
  const char* occupation_field = v6 ? "hauptberuf" : "beruf";
  auto occupation = text_at(o, occupation_field);
  if (!occupation && !v6) occupation = text_at(o, "hauptberuf");
  std::optional<std::string> code;
  if (auto k = text_at(o, "kldb")) code = kldb_from_code_text(*k);
  if (!code && occupation) code = occupations.lookup(*occupation);
  if (!code) code = occupations.lookup(in.title);  // "Mechatroniker (m/w/d)" as the title
  if (!code) return reject(std::move(rec), "import.kldb_unmapped", occupation_field, occupation.value_or(in.title));
  in.kldb = *code;

  // Locations.
  if (const auto* ort = object_at(o, "arbeitsort")) {
    auto l = location_v4(*ort);
    if (!l) return reject(std::move(rec), "import.field_missing", "arbeitsort.koordinaten");
    in.locations.push_back(*l);
  }
  for (const char* key : {"arbeitsorte", "stellenlokationen"}) {
    auto it = o.find(key);
    if (it == o.end() || !it->value().is_array()) continue;
    const auto& arr = it->value().as_array();
    for (std::size_t i = 0; i < arr.size(); ++i) {
      if (!arr[i].is_object()) continue;
      auto l = key[0] == 'a' ? location_v4(arr[i].as_object()) : location_v6(arr[i].as_object());
      if (!l) {
        return reject(std::move(rec), "import.field_missing",
                      std::string(key) + "[" + std::to_string(i) + "]" + (key[0] == 'a' ? ".koordinaten" : ".breite"));
      }
      in.locations.push_back(*l);
    }
  }
  if (in.locations.empty()) return reject(std::move(rec), "import.field_missing", v6 ? "stellenlokationen" : "arbeitsort");

  // Dates and working time.
  if (const auto* z = object_at(o, "eintrittszeitraum")) {
    if (auto von = text_at(*z, "von")) in.start_date = date_part(*von);
  }
  if (auto e = text_at(o, "eintrittsdatum")) in.start_date = date_part(*e);
  for (const char* key : {"aktuelleVeroeffentlichungsdatum", "datumErsteVeroeffentlichung", "veroeffentlichungszeitraum"}) {
    if (in.published_on) break;
    if (auto p = text_at(o, key)) in.published_on = date_part(*p);
  }
  working_time_v6(o, in);
  working_time_legacy(o, in);
  in.contract = contract_of(text_at(o, "vertragsdauer"));
  if (!in.contract) in.contract = contract_of(text_at(o, "befristung"));
  rec.input = std::move(in);
  return rec;
}

}  // namespace

Result<std::vector<ImportRecord>> read_ba_jobsuche(std::string_view text, std::string_view name, const ImportDefaults& d) {
  std::vector<ImportRecord> out;
  OccupationCache occupations;
  const std::string prefix = std::string(name) + ":record ";
  auto split = split_json_items(text, {"stellenangebote", "ergebnisliste"});
  if (!split) {  // one details object
    boost::system::error_code ec;
    const bj::value doc = bj::parse(text, ec);
    if (ec) return fail(ErrorCode::invalid_argument, "import.malformed", std::string(name), ec.message());
    if (!doc.is_object()) return fail(ErrorCode::invalid_argument, "import.malformed", std::string(name), "JSON object or array expected");
    out.push_back(map_item(doc.as_object(), prefix + "1", d, occupations));
    return out;
  }
  if (split->broken) return fail(ErrorCode::invalid_argument, "import.malformed", std::string(name), "incomplete JSON");
  // Each item is parsed on its own into the same small buffer: no DOM of the whole file.
  constexpr std::size_t kArena = 64 * 1024;
  const auto buffer = std::make_unique<unsigned char[]>(kArena);
  out.reserve(split->items.size());
  for (std::size_t i = 0; i < split->items.size(); ++i) {
    bj::monotonic_resource arena(buffer.get(), kArena);
    boost::system::error_code ec;
    const bj::value item = bj::parse(split->items[i], ec, &arena);
    if (ec) return fail(ErrorCode::invalid_argument, "import.malformed", prefix + std::to_string(i + 1), ec.message());
    if (!item.is_object()) {
      ImportRecord rec;
      rec.place = prefix + std::to_string(i + 1);
      out.push_back(reject(std::move(rec), "import.field_missing", "refnr"));
      continue;
    }
    out.push_back(map_item(item.as_object(), prefix + std::to_string(i + 1), d, occupations));
  }
  return out;
}

}  // namespace fw::service
