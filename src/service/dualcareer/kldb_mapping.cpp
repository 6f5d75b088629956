#include "service/dualcareer/kldb_mapping.hpp"

#include "engine/match/kldb.hpp"
#include "search/german.hpp"

namespace fw::service {

// Common job titles of German postings and the Berufsgattung (5 digits: group + level
// 1 Helfer, 2 Fachkraft, 3 Spezialist, 4 Experte) the BA's own coding assigns them most
// often. Keys are folded (search::fold) whole-word sequences; the longest matching key wins,
// so "altenpflegehelfer" beats "altenpfleger". Extend it here; a test checks every code.
const std::vector<std::pair<std::string_view, std::string_view>>& occupation_table() {
  static const std::vector<std::pair<std::string_view, std::string_view>> table{
      {"informatiker", "43104"},
      {"softwareentwickler", "43414"},
      {"anwendungsentwickler", "43412"},
      {"fachinformatiker", "43412"},
      {"mechatroniker", "26112"},
      {"kfz mechatroniker", "25212"},
      {"elektroniker", "26212"},
      {"elektriker", "26212"},
      {"elektroingenieur", "26304"},
      {"industriemechaniker", "25102"},
      {"maschinenbauingenieur", "25104"},
      {"zerspanungsmechaniker", "24232"},
      {"schweisser", "24422"},
      {"metallbauer", "24412"},
      {"anlagenmechaniker", "34212"},
      {"tischler", "22342"},
      {"schreiner", "22342"},
      {"maurer", "32122"},
      {"bauingenieur", "31104"},
      {"maler und lackierer", "33212"},
      {"berufskraftfahrer", "52122"},
      {"lkw fahrer", "52122"},
      {"fachkraft fur lagerlogistik", "51312"},
      {"fachlagerist", "51312"},
      {"lagerist", "51312"},
      {"lagerhelfer", "51311"},
      {"kommissionierer", "51311"},
      {"buromanagement", "71402"},
      {"burokaufmann", "71402"},
      {"industriekaufmann", "71302"},
      {"bankkaufmann", "72112"},
      {"buchhalter", "72212"},
      {"steuerfachangestellter", "72302"},
      {"steuerfachangestellte", "72302"},
      {"personalsachbearbeiter", "71502"},
      {"verkaufer", "62102"},
      {"einzelhandel", "62102"},
      {"koch", "29302"},
      {"servicekraft", "63302"},
      {"kellner", "63302"},
      {"hotelfachmann", "63202"},
      {"reinigungskraft", "54101"},
      {"friseur", "82312"},
      {"erzieher", "83112"},
      {"sozialarbeiter", "83124"},
      {"sozialpadagoge", "83124"},
      {"lehrer", "84114"},
      {"pflegefachkraft", "81302"},
      {"pflegefachmann", "81302"},
      {"pflegefachfrau", "81302"},
      {"krankenpfleger", "81302"},
      {"gesundheits und krankenpfleger", "81302"},
      {"pflegehelfer", "81301"},
      {"altenpfleger", "82102"},
      {"altenpflegehelfer", "82101"},
      {"medizinische fachangestellte", "81102"},
      {"medizinischer fachangestellter", "81102"},
      {"zahnmedizinische fachangestellte", "81112"},
      {"physiotherapeut", "81712"},
      {"arzt", "81404"},
      {"arztin", "81404"},
      {"arzthelfer", "81102"},
  };
  return table;
}

std::optional<std::string> kldb_from_code_text(std::string_view text) {
  std::size_t start = text.find_first_of("0123456789");
  if (start == std::string_view::npos) return std::nullopt;
  std::size_t end = start;
  while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
  const auto digits = text.substr(start, end - start);
  if (digits.size() < 2 || digits.size() > 5) return std::nullopt;
  if (!match::parse_kldb(digits, "kldb")) return std::nullopt;
  return std::string(digits);
}

std::optional<std::string> kldb_from_occupation(std::string_view name) {
  const std::string folded = " " + search::fold(name) + " ";
  std::string_view best_key, best_code;
  for (const auto& [key, code] : occupation_table()) {
    if (key.size() <= best_key.size()) continue;
    // Whole words: the key may end a compound's head ("krankenpfleger" in "… und krankenpfleger")
    // but must start at a word boundary.
    const auto at = folded.find(key);
    if (at == std::string::npos || folded[at - 1] != ' ') continue;
    best_key = key;
    best_code = code;
  }
  if (best_code.empty()) return std::nullopt;
  return std::string(best_code);
}

}  // namespace fw::service
