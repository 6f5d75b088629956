#include "service/directory/demo_directory.hpp"

#include <algorithm>
#include <map>
#include <random>

#include "service/actor.hpp"
#include "service/directory/demo_practices.hpp"
#include "service/directory/networks.hpp"
#include "service/directory/organisations.hpp"

namespace fw::service {
namespace {

struct RealNetwork {
  const char* name;
  const char* short_name;
  const char* founded_on;  // "" if unknown
  const char* form;
  std::vector<std::string> kreise, handlungsfelder, zielgruppen;
  const char* description;
  std::vector<std::pair<std::string, std::string>> partners;  // name, type; first = coordinating partner
};

// Facts from ../shared/seeds (press releases 2012–2020). Founding dates only where a release names them.
const std::vector<RealNetwork>& real_networks() {
  static const std::vector<RealNetwork> v{
      {"Fachkräfteallianz Ostwürttemberg", "FKA Ostwürttemberg", "2013-01-01", "kooperationsvereinbarung",
       {"08136", "08135"}, {"dual_career", "regionalmarketing", "gewinnung_bindung"}, {"unternehmen", "facharbeiter"},
       "Koordiniert von IHK Ostwürttemberg und WiRO. Projekt „Job für Zwei“: über 40 Unternehmen, Verbände, kommunale "
       "Arbeitgeber und Multiplikatoren helfen den Partnerinnen und Partnern neuer Fachkräfte bei der Jobsuche. "
       "Innovatives Netzwerk 2020.",
       {{"IHK Ostwürttemberg", "ihk"}, {"Wirtschaftsförderungsgesellschaft Ostwürttemberg (WiRO)", "wirtschaftsfoerderung"},
        {"Agentur für Arbeit Aalen", "agentur"}, {"Handwerkskammer Ulm, Region Ostwürttemberg", "hwk"},
        {"Hochschule Aalen", "hochschule"}}},
      {"Perspektiva Fulda", "Perspektiva", "", "kooperationsvereinbarung", {"06631"},
       {"ausbildung", "berufsorientierung"}, {"benachteiligte_jugendliche", "unternehmen"},
       "Benachteiligte Jugendliche werden direkt in Unternehmen vermittelt und begleitet. Innovatives Netzwerk 2020.",
       {{"Perspektiva gGmbH", "verein"}, {"Jobcenter Landkreis Fulda", "jobcenter"}, {"IHK Fulda", "ihk"},
        {"Agentur für Arbeit Bad Hersfeld-Fulda", "agentur"}}},
      {"Netzwerk Großbeerenstraße", "Großbeerenstraße", "", "kooperationsvereinbarung", {"11000"},
       {"ausbildung", "berufsorientierung"}, {"schueler", "unternehmen"},
       "Berliner Netzwerk von Schulen und Unternehmen; Projekt „P3 – Potentiale, Planspiele, Praxis“. "
       "Innovatives Netzwerk 2020.",
       {{"Netzwerk Großbeerenstraße e. V.", "verein"}, {"IHK Berlin", "ihk"}, {"Handwerkskammer Berlin", "hwk"}}},
      {"Fachkräftebündnis JadeBay", "JadeBay", "", "kooperationsvereinbarung", {"03405", "03455", "03461", "03462"},
       {"regionalmarketing", "gewinnung_bindung"}, {"facharbeiter", "studierende"},
       "Projekt „Land(Er)Leben“ für das Leben und Arbeiten auf dem Land. Innovatives Netzwerk 2020.",
       {{"JadeBay GmbH", "wirtschaftsfoerderung"}, {"Oldenburgische IHK", "ihk"}, {"Agentur für Arbeit Oldenburg-Wilhelmshaven", "agentur"}}},
      {"zoneEINZ", "zoneEINZ", "", "kooperationsvereinbarung", {"13074", "13076", "13004"},
       {"gewinnung_bindung", "regionalmarketing"}, {"studierende", "facharbeiter"},
       "Talent-Recruiting-Veranstaltung „Löwenpitch“. Innovatives Netzwerk 2020.",
       {{"zoneEINZ – Verein für Fachkräfte in Westmecklenburg", "verein"}, {"IHK zu Schwerin", "ihk"},
        {"Handwerkskammer Schwerin", "hwk"}}},
      {"Strategische Partnerschaft Sensorik e. V.", "Sensorik", "", "verein", {"09362", "09375"},
       {"ausbildung", "gewinnung_bindung"}, {"unternehmen", "studierende"}, "Innovatives Netzwerk 2014 (Region Regensburg).",
       {{"Strategische Partnerschaft Sensorik e. V.", "verein"}, {"IHK Regensburg für Oberpfalz / Kelheim", "ihk"},
        {"OTH Regensburg", "hochschule"}}},
      {"SWITCH Aachen", "SWITCH", "", "kooperationsvereinbarung", {"05334"}, {"ausbildung"}, {"studienabbrecher"},
       "Verkürzte Berufsausbildung für Studienabbrecherinnen und Studienabbrecher. Innovatives Netzwerk 2014.",
       {{"IHK Aachen", "ihk"}, {"Handwerkskammer Aachen", "hwk"}, {"RWTH Aachen", "hochschule"},
        {"Agentur für Arbeit Aachen-Düren", "agentur"}}},
      {"Wirtschaftsinitiative Lausitz e. V.", "WiL", "", "verein", {"12066", "12071", "12052", "14625", "14626"},
       {"regionalmarketing", "gewinnung_bindung"}, {"unternehmen", "facharbeiter"}, "Innovatives Netzwerk 2014 (Region Lausitz).",
       {{"Wirtschaftsinitiative Lausitz e. V.", "verein"}, {"IHK Cottbus", "ihk"}, {"BTU Cottbus-Senftenberg", "hochschule"}}},
      {"Cleveres Köpfchen – Główka pracuje", "Cleveres Köpfchen", "", "kooperationsvereinbarung", {"13075", "13073"},
       {"berufsorientierung", "zuwanderung"}, {"schueler", "auszubildende"},
       "Deutsch-polnisches Netzwerk in Vorpommern. Innovatives Netzwerk 2014.",
       {{"IHK Neubrandenburg für das östliche Mecklenburg-Vorpommern", "ihk"}, {"Landkreis Vorpommern-Greifswald", "kommune"},
        {"Agentur für Arbeit Greifswald", "agentur"}}},
      {"Bündnis für Fachkräfte Bonn/Rhein-Sieg", "Bonn/Rhein-Sieg", "", "kooperationsvereinbarung", {"05314", "05382"},
       {"gewinnung_bindung", "vereinbarkeit"}, {"unternehmen", "frauen"}, "Innovatives Netzwerk 2014.",
       {{"IHK Bonn/Rhein-Sieg", "ihk"}, {"Agentur für Arbeit Bonn", "agentur"}, {"Rhein-Sieg-Kreis", "kommune"}}},
      {"Allianz für Fachkräfte Nordostniedersachsen", "Nordostniedersachsen", "", "kooperationsvereinbarung",
       {"03355", "03353", "03354", "03360"}, {"gewinnung_bindung"}, {"unternehmen"},
       "Gründungsmitglied der Entwicklungspartnerschaft für Fachkräftenetzwerke.",
       {{"IHK Lüneburg-Wolfsburg", "ihk"}, {"Agentur für Arbeit Lüneburg-Uelzen", "agentur"}, {"Landkreis Lüneburg", "kommune"}}},
      {"Fachkräftebündnis OWL", "OWL", "", "kooperationsvereinbarung",
       {"05711", "05754", "05758", "05766", "05770", "05774", "05762"}, {"gewinnung_bindung", "ausbildung"},
       {"unternehmen", "facharbeiter"}, "Ostwestfalen-Lippe. Gründungsmitglied der Entwicklungspartnerschaft.",
       {{"IHK Ostwestfalen zu Bielefeld", "ihk"}, {"Handwerkskammer Ostwestfalen-Lippe zu Bielefeld", "hwk"},
        {"OstWestfalenLippe GmbH", "wirtschaftsfoerderung"}}},
      {"Verbundberatung für die Duale Berufsausbildung in Berlin", "Verbundberatung Berlin", "", "kooperationsvereinbarung",
       {"11000"}, {"ausbildung"}, {"unternehmen", "auszubildende"}, "Gründungsmitglied der Entwicklungspartnerschaft.",
       {{"Verbundberatung Berlin", "sonstige"}, {"IHK Berlin", "ihk"}, {"Handwerkskammer Berlin", "hwk"}}},
      {"Wachstumsregion Ems-Achse e. V.", "Ems-Achse", "", "verein", {"03454", "03457", "03452", "03456", "03402"},
       {"gewinnung_bindung", "regionalmarketing"}, {"unternehmen", "facharbeiter"},
       "Gründungsmitglied der Entwicklungspartnerschaft.",
       {{"Wachstumsregion Ems-Achse e. V.", "verein"}, {"IHK für Ostfriesland und Papenburg", "ihk"},
        {"Landkreis Emsland", "kommune"}}},
      {"Fachkräftebündnis Heilbronn-Franken", "FKB Heilbronn-Franken", "", "kooperationsvereinbarung",
       {"08121", "08125", "08126", "08127", "08128"}, {"ausbildung", "gewinnung_bindung", "zuwanderung"},
       {"unternehmen", "studierende"},
       "Unter Federführung der IHK Heilbronn-Franken; erste regionale Fachkräfteallianz in Baden-Württemberg mit "
       "Kooperationsvereinbarung mit der Allianz für Fachkräfte Baden-Württemberg (24.09.2012). Zielkatalog mit zehn Zielen.",
       {{"IHK Heilbronn-Franken", "ihk"}, {"Handwerkskammer Heilbronn-Franken", "hwk"},
        {"Agentur für Arbeit Heilbronn", "agentur"}}},
  };
  return v;
}

const char* kSurnames[] = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
                           "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann"};
const char* kBranches[] = {"Maschinenbau", "Pflegedienst", "Elektrotechnik", "Logistik", "Bau", "Metallbau",
                           "Software", "Lebensmittel", "Kunststofftechnik", "Sanitär- und Heizungstechnik"};

}  // namespace

Result<DemoDirectoryReport> load_demo_directory(store::Database& db, int generated) {
  DemoDirectoryReport report;
  auto existing = FW_TRY(store::with_connection(db, [](store::Connection& c) { return c.query("SELECT COUNT(*) FROM networks"); }));
  if (existing[0].int_at(0) > 0) {
    report.skipped = true;
    return report;
  }
  const auto system = Actor::system("demo-data");
  auto add_org = [&](const std::string& name, const std::string& type, const std::string& kreis,
                     bool demo) -> Result<std::int64_t> {
    OrganisationInput in;
    in.name = name;
    in.type = type;
    in.kreis_ags = kreis;
    in.is_demo = demo;
    if (type == "unternehmen") in.size_class = "50-249";
    auto o = FW_TRY(create_organisation(db, system, in));
    ++report.organisations;
    return o.id;
  };
  auto join = [&](std::int64_t net, std::int64_t org, const std::string& role) -> Result<void> {
    FW_TRY(membership_step(db, system, MembershipStep::invite, net, org, role, ""));
    FW_TRY(membership_step(db, system, MembershipStep::accept, net, org, role, ""));
    ++report.memberships;
    return {};
  };
  std::map<std::string, std::int64_t> org_ids;  // real partners shared between networks (IHK Berlin)
  for (const auto& rn : real_networks()) {
    std::vector<std::int64_t> partners;
    for (const auto& [name, type] : rn.partners) {
      if (!org_ids.contains(name)) org_ids[name] = FW_TRY(add_org(name, type, rn.kreise.front(), false));
      partners.push_back(org_ids[name]);
    }
    NetworkInput in;
    in.name = rn.name;
    in.short_name = rn.short_name;
    if (*rn.founded_on) in.founded_on = rn.founded_on;
    in.cooperation_form = rn.form;
    in.kreise = rn.kreise;
    in.handlungsfelder = rn.handlungsfelder;
    in.zielgruppen = rn.zielgruppen;
    in.description = rn.description;
    in.coordinator_organisation_id = partners.front();
    auto n = FW_TRY(create_network(db, system, in));
    ++report.networks;
    for (std::size_t i = 0; i < partners.size(); ++i) FW_TRY_VOID(join(n.id, partners[i], i == 0 ? "lead_partner" : "partner"));
  }

  // Generated networks around random Kreise, each with 2–9 generated partners.
  auto kreise = FW_TRY(store::with_connection(db, [](store::Connection& c) { return c.query("SELECT ags, name FROM kreise ORDER BY ags"); }));
  std::mt19937 rng(20261125);
  const char* handlungsfelder[] = {"ausbildung", "berufsorientierung", "aeltere", "vereinbarkeit", "zuwanderung",
                                   "frauen", "gewinnung_bindung", "regionalmarketing", "gesundheit", "inklusion"};
  const char* zielgruppen[] = {"unternehmen", "facharbeiter", "schueler", "auszubildende", "frauen", "aeltere",
                               "gefluechtete", "langzeitarbeitslose", "studierende"};
  const std::pair<const char*, const char*> public_partners[] = {
      {"Agentur für Arbeit", "agentur"}, {"Jobcenter", "jobcenter"}, {"Wirtschaftsförderung", "wirtschaftsfoerderung"},
      {"Kreishandwerkerschaft", "hwk"}, {"Berufliche Schulen", "schule"}, {"Landratsamt", "kommune"}};
  for (int i = 0; i < generated; ++i) {
    const auto& k = kreise.rows[rng() % kreise.size()];
    const std::string kreis = k.text_at(0), kname = k.text_at(1).substr(0, k.text_at(1).find(','));
    NetworkInput in;
    in.name = "Fachkräftenetzwerk " + kname + " " + std::to_string(i + 1);
    in.kreise = {kreis};
    if (rng() % 3 == 0) {
      const auto& k2 = kreise.rows[rng() % kreise.size()];
      if (k2.text_at(0).substr(0, 2) == kreis.substr(0, 2) && k2.text_at(0) != kreis) in.kreise.push_back(k2.text_at(0));
    }
    in.handlungsfelder = {handlungsfelder[rng() % 10]};
    if (rng() % 2) in.handlungsfelder.push_back(handlungsfelder[rng() % 10]);
    in.zielgruppen = {zielgruppen[rng() % 9]};
    std::sort(in.handlungsfelder.begin(), in.handlungsfelder.end());
    in.handlungsfelder.erase(std::unique(in.handlungsfelder.begin(), in.handlungsfelder.end()), in.handlungsfelder.end());
    in.cooperation_form = rng() % 4 == 0 ? "verein" : "kooperationsvereinbarung";
    in.description = "Generiertes Demo-Netzwerk.";
    in.is_demo = true;
    auto n = FW_TRY(create_network(db, system, in));
    ++report.networks;
    const int partners = 2 + static_cast<int>(rng() % 8);
    for (int p = 0; p < partners; ++p) {
      std::string name, type;
      if (p < 2 || rng() % 3 == 0) {
        const auto& [label, t] = public_partners[rng() % 6];
        name = std::string(label) + " " + kname + " (Netz " + std::to_string(i + 1) + "-" + std::to_string(p) + ")";
        type = t;
      } else {
        name = std::string(kSurnames[rng() % 16]) + " " + kBranches[rng() % 10] + " GmbH (" + kname + ", " +
               std::to_string(i + 1) + "-" + std::to_string(p) + ")";
        type = "unternehmen";
      }
      const auto org = FW_TRY(add_org(name, type, kreis, true));
      FW_TRY_VOID(join(n.id, org, p == 0 ? "lead_partner" : rng() % 10 == 0 ? "standing_guest" : "partner"));
    }
  }
  const auto practices = FW_TRY(load_demo_practices(db));
  report.practices = practices.real + practices.generated;
  return report;
}

}  // namespace fw::service
