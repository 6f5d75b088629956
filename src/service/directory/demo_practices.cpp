#include "service/directory/demo_practices.hpp"

#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "service/actor.hpp"
#include "service/directory/practices.hpp"

namespace fw::service {
namespace {

struct RealPractice {
  const char* network;  // name of the demo network it belongs to
  const char* title;
  const char* teaser;
  std::vector<std::string> kreise, handlungsfelder, zielgruppen;
  const char* ausgangslage;
  const char* massnahmen;
  const char* ergebnisse;
  const char* period_from;  // "" if no release names it
  const char* contact;      // a coordinator named in the release, "" if none
  std::vector<PracticeAward> awards;
};

// Only what the releases say (2012–2020); fields they say nothing about stay empty.
const std::vector<RealPractice>& real_practices() {
  static const std::vector<RealPractice> v{
      {"Fachkräfteallianz Ostwürttemberg", "Job für Zwei",
       "Unternehmen der Region helfen den Partnerinnen und Partnern neuer Fachkräfte bei der Jobsuche.",
       {"08136", "08135"}, {"dual_career", "gewinnung_bindung", "regionalmarketing"}, {"unternehmen", "facharbeiter"},
       "Bewerberinnen und Bewerber entscheiden sich leichter für die Region, wenn auch ihre Partnerin oder ihr Partner "
       "hier Arbeit findet.",
       "Über 40 Unternehmen, Verbände, kommunale Arbeitgeber und Multiplikatoren unterstützen Bewerberinnen und Bewerber "
       "bei der Jobsuche für deren Partnerin oder Partner. Die IHK Ostwürttemberg ist Ansprechpartner für interessierte "
       "Firmen und organisiert Netzwerktreffen.",
       "Möglichst dauerhafte Vermittlung an Arbeitgeber in der Region; mehr Attraktivität der Region und der beteiligten "
       "Unternehmen, eine gestärkte Willkommenskultur Ostwürttembergs.",
       "", "Katrin Mager (IHK Ostwürttemberg), Nadine Kaiser (WiRO)", {{2020, "Innovatives Netzwerk"}}},
      {"Netzwerk Großbeerenstraße", "P3 – Potentiale, Planspiele, Praxis",
       "Projekt des Berliner Netzwerks von Schulen und Unternehmen.", {"11000"}, {"berufsorientierung", "ausbildung"},
       {"schueler", "unternehmen"}, "", "", "", "", "", {{2020, "Innovatives Netzwerk"}}},
      {"Perspektiva Fulda", "Perspektiva: Jugendliche direkt im Betrieb fördern",
       "Ein Unternehmernetzwerk begleitet benachteiligte Jugendliche in nachhaltige Beschäftigung.", {"06631"},
       {"ausbildung", "inklusion"}, {"benachteiligte_jugendliche", "unternehmen"},
       "Jugendliche, deren Fähigkeiten über die Arbeit in einer Werkstatt hinausgehen, die für den allgemeinen "
       "Arbeitsmarkt aber noch nicht ganz ausreichen.",
       "Junge Menschen werden direkt im Betrieb und mit dem Betrieb gefördert und mit der individuell nötigen "
       "Unterstützung begleitet. Seit 20 Jahren setzen sich Unternehmer persönlich dafür ein.",
       "", "", "Jan Martin Schwarz (Perspektiva gGmbH)", {{2020, "Innovatives Netzwerk"}}},
      {"Fachkräftebündnis JadeBay", "Land(Er)Leben", "Projekt des regionalen Fachkräftebündnisses JadeBay.",
       {"03405", "03455", "03461", "03462"}, {"regionalmarketing", "gewinnung_bindung"}, {"facharbeiter"}, "", "", "", "",
       "", {{2020, "Innovatives Netzwerk"}}},
      {"zoneEINZ", "Löwenpitch", "Talent-Recruiting-Event in Westmecklenburg.", {"13074", "13076", "13004"},
       {"gewinnung_bindung"}, {"studierende", "facharbeiter"}, "", "", "", "", "", {{2020, "Innovatives Netzwerk"}}},
      {"SWITCH Aachen", "SWITCH – verkürzte Berufsausbildung für Studienabbrecher/innen",
       "Studienabbrecherinnen und Studienabbrecher verkürzen ihre Berufsausbildung.", {"05334"}, {"ausbildung"},
       {"studienabbrecher"}, "", "", "", "", "", {{2014, "Innovatives Netzwerk"}}},
      {"Cleveres Köpfchen – Główka pracuje", "Cleveres Köpfchen – Główka pracuje",
       "Deutsch-polnisches Netzwerk im östlichen Mecklenburg und Vorpommern.", {"13075", "13073"},
       {"berufsorientierung", "zuwanderung"}, {"schueler", "auszubildende"}, "", "", "", "", "",
       {{2014, "Innovatives Netzwerk"}}},
      {"Strategische Partnerschaft Sensorik e. V.", "Strategische Partnerschaft Sensorik",
       "Netzwerk zur Fachkräftesicherung in der Region Regensburg.", {"09362", "09375"}, {"ausbildung", "gewinnung_bindung"},
       {"unternehmen", "studierende"}, "", "", "", "", "", {{2014, "Innovatives Netzwerk"}}},
      {"Wirtschaftsinitiative Lausitz e. V.", "Wirtschaftsinitiative Lausitz",
       "Netzwerk zur Fachkräftesicherung in der Region Lausitz.", {"12066", "12071", "12052"},
       {"regionalmarketing", "gewinnung_bindung"}, {"unternehmen", "facharbeiter"}, "", "", "", "", "",
       {{2014, "Innovatives Netzwerk"}}},
      {"Bündnis für Fachkräfte Bonn/Rhein-Sieg", "Bündnis für Fachkräfte Bonn/Rhein-Sieg",
       "Netzwerk zur Fachkräftesicherung in der Region Rhein-Sieg.", {"05314", "05382"}, {"gewinnung_bindung"},
       {"unternehmen"}, "", "", "", "", "", {{2014, "Innovatives Netzwerk"}}},
      {"Fachkräftebündnis Heilbronn-Franken", "Kooperationsvereinbarung mit der Allianz für Fachkräfte Baden-Württemberg",
       "Die erste regionale Fachkräfteallianz in Baden-Württemberg mit einer Kooperationsvereinbarung mit der "
       "Landesallianz.",
       {"08121", "08125", "08126", "08127", "08128"}, {"ausbildung", "zuwanderung", "gewinnung_bindung"},
       {"unternehmen"},
       "Die Fachkräftebasis in Baden-Württemberg und Heilbronn-Franken langfristig sichern, von A wie Ausbildung bis Z "
       "wie Zuwanderung.",
       "Ein jährliches Spitzengespräch zum Abgleich der Ziele, Maßnahmen und Ergebnisse; ein ständiger Vertreter des "
       "Ministeriums nimmt an den Fachkräftekonferenzen teil; Analyse mit dem Arbeitsmarktmonitor der Bundesagentur für "
       "Arbeit und dem IHK-Fachkräftemonitor.",
       "", "2012-09-24", "", {}},
  };
  return v;
}

struct Theme {
  const char* title;
  const char* teaser;
  const char* handlungsfeld;
  const char* zielgruppe;
};
const Theme kThemes[] = {
    {"Pflegekräfte gewinnen", "Kliniken und Pflegedienste werben gemeinsam um Pflegekräfte.", "gewinnung_bindung", "facharbeiter"},
    {"Ausbildungsbotschafter an Schulen", "Auszubildende berichten Schülerinnen und Schülern von ihrem Beruf.", "berufsorientierung", "schueler"},
    {"Willkommensservice für Zugewanderte", "Eine Anlaufstelle für neue Fachkräfte aus dem Ausland.", "zuwanderung", "migrationshintergrund"},
    {"Rückkehrertag", "Betriebe stellen sich Fachkräften vor, die in die Heimat zurückkehren wollen.", "regionalmarketing", "facharbeiter"},
    {"Teilzeitausbildung für Alleinerziehende", "Ausbildung in Teilzeit mit Kinderbetreuung.", "vereinbarkeit", "frauen"},
    {"Gesund arbeiten im Verbund", "Kleine Betriebe teilen sich ein betriebliches Gesundheitsmanagement.", "gesundheit", "unternehmen"},
    {"Wissenstransfer Alt und Jung", "Erfahrene Beschäftigte geben ihr Wissen an Nachwuchskräfte weiter.", "aeltere", "aeltere"},
    {"Inklusive Ausbildung", "Betriebe bilden Menschen mit Behinderung aus.", "inklusion", "behinderung"},
    {"Neustart nach dem Studium", "Studienabbrecherinnen und -abbrecher finden in die duale Ausbildung.", "ausbildung", "studienabbrecher"},
    {"Geflüchtete in Arbeit", "Sprachkurs, Praktikum und Ausbildung aus einer Hand.", "zuwanderung", "gefluechtete"},
};

}  // namespace

Result<DemoPracticesReport> load_demo_practices(store::Database& db, int per_land) {
  DemoPracticesReport report;
  const auto system = Actor::system("demo-data");
  // Created as drafts and taken through the workflow, so that each has its revisions.
  auto add = [&](PracticeInput in, const std::string& status) -> Result<void> {
    const auto p = FW_TRY(create_practice(db, system, in));
    if (status == "draft") return {};
    FW_TRY(practice_step(db, system, p.id, PracticeStep::submit, ""));
    if (status == "published") FW_TRY(practice_step(db, system, p.id, PracticeStep::publish, ""));
    return {};
  };
  auto network_where = [&](const std::string& sql, const std::string& value) -> Result<std::vector<std::int64_t>> {
    auto rows = FW_TRY(store::with_connection(db, [&](store::Connection& c) { return c.query(sql, {value}); }));
    std::vector<std::int64_t> ids;
    if (!rows.empty()) ids.push_back(rows[0].int_at(0));
    return ids;
  };
  for (const auto& rp : real_practices()) {
    PracticeInput in;
    in.title = rp.title;
    in.teaser = rp.teaser;
    in.kreise = rp.kreise;
    in.handlungsfelder = rp.handlungsfelder;
    in.zielgruppen = rp.zielgruppen;
    in.ausgangslage = rp.ausgangslage;
    in.massnahmen = rp.massnahmen;
    in.ergebnisse = rp.ergebnisse;
    if (*rp.period_from) in.period_from = rp.period_from;
    if (*rp.contact) {
      in.contact.name = rp.contact;
      in.contact.name_visibility = "public";
    }
    in.awards = rp.awards;
    in.networks = FW_TRY(network_where("SELECT id FROM networks WHERE name = ?", rp.network));
    FW_TRY_VOID(add(in, "published"));
    ++report.real;
  }

  auto kreise = FW_TRY(store::with_connection(db, [](store::Connection& c) {
    return c.query("SELECT ags, name, land_ags FROM kreise ORDER BY ags");
  }));
  std::mt19937 rng(20261126);
  int n = 0;
  const auto laender = FW_TRY(store::with_connection(db, [](store::Connection& c) {
    return c.query("SELECT ags FROM laender ORDER BY ags");
  }));
  for (const auto& land : laender.rows) {
    std::vector<const store::Row*> in_land;
    for (const auto& k : kreise.rows) {
      if (k.text_at(2) == land.text_at(0)) in_land.push_back(&k);
    }
    for (int i = 0; i < per_land; ++i, ++n) {
      const auto& k = *in_land[rng() % in_land.size()];
      const auto& theme = kThemes[rng() % std::size(kThemes)];
      const std::string kname = k.text_at(1).substr(0, k.text_at(1).find(','));
      PracticeInput in;
      in.title = std::string(theme.title) + " – " + kname + " (" + std::to_string(n + 1) + ")";
      in.teaser = theme.teaser;
      in.massnahmen = "Generierter Demo-Beitrag.";
      in.kreise = {k.text_at(0)};
      in.handlungsfelder = {theme.handlungsfeld};
      in.zielgruppen = {theme.zielgruppe};
      in.period_from = std::to_string(2014 + static_cast<int>(rng() % 10)) + "-01-01";
      in.is_demo = true;
      // Linked to a network working in the Kreis, if there is one.
      in.networks = FW_TRY(network_where(
          "SELECT network_id FROM network_kreise WHERE kreis_ags = ? ORDER BY network_id", k.text_at(0)));
      FW_TRY_VOID(add(in, n % 7 == 3 ? "draft" : n % 11 == 5 ? "submitted" : "published"));
      ++report.generated;
    }
  }
  return report;
}

}  // namespace fw::service
