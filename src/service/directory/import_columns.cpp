#include "service/directory/import_columns.hpp"

#include <algorithm>
#include <utility>

#include "search/german.hpp"

namespace fw::service::import_columns {
namespace {

// Folded and without separators: "E-Mail" → "email", "Größenklasse" → "grossenklasse".
std::string key(std::string_view s) {
  std::string k = search::fold(s);
  std::erase(k, ' ');
  return k;
}

struct Aliases {
  std::string_view field, label;
  std::vector<std::string_view> names;
};

const std::vector<Aliases>& table() {
  static const std::vector<Aliases> t{
      {"name", "Name", {"name", "organisation", "organisationsname", "organization", "firma", "bezeichnung", "einrichtung"}},
      {"type", "Typ", {"typ", "art", "type", "organisationstyp", "organisationsart", "kategorie"}},
      {"street", "Straße", {"straße", "strasse", "str", "street", "adresse", "anschrift", "address", "straßeundhausnummer"}},
      {"postcode", "PLZ", {"plz", "postleitzahl", "postcode", "zip", "zipcode", "postalcode"}},
      {"city", "Ort", {"ort", "stadt", "city", "town", "gemeinde"}},
      {"kreis_ags", "Kreis (AGS)", {"kreis", "kreisags", "ags", "kreisschlüssel", "landkreis", "district", "kreisags5"}},
      {"website", "Website", {"website", "webseite", "internet", "homepage", "url", "www", "internetadresse"}},
      {"email", "E-Mail", {"email", "mail", "emailadresse", "e-mail-adresse"}},
      {"external_id", "Externe ID", {"externeid", "externalid", "extid", "kennung", "fremdschlüssel"}},
      {"size_class", "Größenklasse", {"größenklasse", "groessenklasse", "sizeclass", "size", "beschäftigte",
                                      "mitarbeitende", "unternehmensgröße"}},
  };
  return t;
}

bool same_key(std::string_view a, std::string_view b) { return key(a) == key(b); }

}  // namespace

const std::vector<std::string_view>& fields() {
  static const std::vector<std::string_view> f = [] {
    std::vector<std::string_view> v;
    for (const auto& a : table()) v.push_back(a.field);
    return v;
  }();
  return f;
}

std::string_view label(std::string_view field) {
  for (const auto& a : table()) {
    if (a.field == field) return a.label;
  }
  return field;
}

std::string field_for_header(std::string_view header) {
  const auto k = key(header);
  if (k.empty()) return "";
  for (const auto& a : table()) {
    if (key(a.field) == k) return std::string(a.field);
    for (auto n : a.names) {
      if (key(n) == k) return std::string(a.field);
    }
  }
  return "";
}

std::optional<std::string> type_code(std::string_view cell) {
  static const std::vector<std::pair<std::string_view, std::vector<std::string_view>>> labels{
      {"ihk", {"ihk", "industrie- und handelskammer"}},
      {"hwk", {"hwk", "handwerkskammer"}},
      {"agentur", {"agentur", "agentur für arbeit", "arbeitsagentur", "bundesagentur für arbeit"}},
      {"jobcenter", {"jobcenter"}},
      {"wirtschaftsfoerderung", {"wirtschaftsförderung", "wirtschaftsfoerderung"}},
      {"kommune", {"kommune", "landkreis", "kommune/landkreis", "stadt", "gemeinde"}},
      {"unternehmen", {"unternehmen", "firma", "betrieb", "company"}},
      {"arbeitgeberverband", {"arbeitgeberverband"}},
      {"gewerkschaft", {"gewerkschaft"}},
      {"hochschule", {"hochschule", "universität", "fachhochschule"}},
      {"schule", {"schule", "bildungsträger", "schule/bildungsträger"}},
      {"drv", {"drv", "drv-beratungsstelle", "deutsche rentenversicherung"}},
      {"verein", {"verein", "e.v."}},
      {"sonstige", {"sonstige", "sonstiges", "andere"}},
  };
  for (const auto& [code, names] : labels) {
    if (same_key(cell, code)) return std::string(code);
    for (auto n : names) {
      if (same_key(cell, n)) return std::string(code);
    }
  }
  return std::nullopt;
}

std::optional<std::string> size_class_code(std::string_view cell) {
  // fold() turns "10 – 49" into "10 49"; "250 und mehr" / "250+" / "ab 250" all name the top class.
  const auto k = key(cell);
  if (k == "19") return "1-9";
  if (k == "1049") return "10-49";
  if (k == "50249") return "50-249";
  if (k == "250" || k == "250undmehr" || k == "ab250" || k == "250mehr") return "250+";
  return std::nullopt;
}

std::string kreis_ags(std::string_view cell) {
  std::string s = trim(cell);
  if (s.size() == 4 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) s = "0" + s;
  return s;
}

std::string trim(std::string_view s) {
  auto blank_at_front = [&] {
    if (s.empty()) return std::size_t{0};
    if (s.front() == ' ' || s.front() == '\t') return std::size_t{1};
    return s.starts_with("\xC2\xA0") ? std::size_t{2} : std::size_t{0};
  };
  auto blank_at_back = [&] {
    if (s.empty()) return std::size_t{0};
    if (s.back() == ' ' || s.back() == '\t') return std::size_t{1};
    return s.ends_with("\xC2\xA0") ? std::size_t{2} : std::size_t{0};
  };
  for (auto n = blank_at_front(); n; n = blank_at_front()) s.remove_prefix(n);
  for (auto n = blank_at_back(); n; n = blank_at_back()) s.remove_suffix(n);
  return std::string(s);
}

}  // namespace fw::service::import_columns
