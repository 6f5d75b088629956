#include "service/dualcareer/demo_vacancies.hpp"

#include <cstdio>
#include <map>

#include "engine/match/dates.hpp"
#include "engine/match/generate.hpp"
#include "service/dualcareer/vacancies.hpp"

namespace fw::service {
namespace {

// Titles as postings write them, with the Berufsgattung the BA codes them with.
struct DemoOccupation {
  const char* title;
  const char* kldb;
};
constexpr DemoOccupation kOccupations[] = {
    {"Mechatroniker/in", "26112"},          {"Elektroniker/in für Betriebstechnik", "26212"},
    {"Industriemechaniker/in", "25102"},    {"Zerspanungsmechaniker/in", "24232"},
    {"Kfz-Mechatroniker/in", "25212"},      {"Anlagenmechaniker/in SHK", "34212"},
    {"Softwareentwickler/in", "43414"},     {"Fachinformatiker/in Anwendungsentwicklung", "43412"},
    {"Informatiker/in", "43104"},           {"Maschinenbauingenieur/in", "25104"},
    {"Elektroingenieur/in", "26304"},       {"Bauingenieur/in", "31104"},
    {"Berufskraftfahrer/in", "52122"},      {"Fachkraft für Lagerlogistik", "51312"},
    {"Lagerhelfer/in", "51311"},            {"Kaufmann/-frau für Büromanagement", "71402"},
    {"Industriekaufmann/-frau", "71302"},   {"Buchhalter/in", "72212"},
    {"Steuerfachangestellte/r", "72302"},   {"Personalsachbearbeiter/in", "71502"},
    {"Verkäufer/in", "62102"},              {"Koch/Köchin", "29302"},
    {"Pflegefachkraft", "81302"},           {"Pflegehelfer/in", "81301"},
    {"Altenpfleger/in", "82102"},           {"Medizinische/r Fachangestellte/r", "81102"},
    {"Physiotherapeut/in", "81712"},        {"Erzieher/in", "83112"},
    {"Sozialpädagoge/-pädagogin", "83124"}, {"Tischler/in", "22342"},
};
constexpr const char* kWorkingTimes[][2] = {{"vollzeit", nullptr}, {"vollzeit", "homeoffice"}, {"teilzeit", nullptr},
                                            {"vollzeit", "schicht"}, {"teilzeit", "homeoffice"}};

// days since 1970-01-01 → "YYYY-MM-DD" (Howard Hinnant's civil_from_days).
std::string iso_date(int days) {
  const int z = days + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int d = doy - (153 * mp + 2) / 5 + 1;
  const int m = mp < 10 ? mp + 3 : mp - 9;
  const int y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

}  // namespace

Result<DemoVacancyReport> load_demo_vacancies(store::Database& db, int per_company) {
  DemoVacancyReport report;
  const auto& places = reference_places();
  std::map<std::string, std::vector<std::uint32_t>> by_kreis;  // place indices, 3 entries per 10,000 inhabitants
  for (std::uint32_t i = 0; i < places.size(); ++i) {
    const auto weight = 1 + places[i].population / 30'000;
    for (std::uint32_t w = 0; w < weight; ++w) by_kreis[places[i].kreis_ags].push_back(i);
  }
  const auto system = Actor::system("demo-data");
  FW_TRY_VOID(store::transact(db, [&](store::Connection& c) -> Result<void> {
    auto members = FW_TRY(c.query(
        "SELECT m.network_id, m.organisation_id, o.name, o.type, COALESCE(o.kreis_ags, '') FROM memberships m"
        " JOIN organisations o ON o.id = m.organisation_id WHERE m.status = 'active' ORDER BY m.network_id, m.organisation_id"));
    match::Rng rng(20261125);
    const int today = *match::parse_iso_date("2026-11-25");
    for (const auto& m : members.rows) {
      const auto network = m.int_at(0), org = m.int_at(1);
      const auto& spots = by_kreis[m.text_at(4)];
      if (spots.empty()) continue;
      const int n = network == 1 ? 40 : m.text_at(3) == "unternehmen" ? per_company : std::max(1, per_company / 3);
      // One site per organisation (its works), sometimes a second in another town of the Kreis.
      const auto& home = places[spots[rng.below(spots.size())]];
      for (int k = 0; k < n; ++k) {
        const auto& site = k % 4 == 3 ? places[spots[rng.below(spots.size())]] : home;
        const auto& occ = kOccupations[rng.below(std::size(kOccupations))];
        VacancyInput in;
        in.network_id = network;
        in.organisation_id = org;
        in.title = occ.title;
        in.kldb = occ.kldb;
        const auto* wt = kWorkingTimes[rng.below(std::size(kWorkingTimes))];
        in.working_time.emplace_back(wt[0]);
        if (wt[1]) in.working_time.emplace_back(wt[1]);
        in.contract = rng.below(5) == 0 ? "befristet" : "unbefristet";
        in.start_date = iso_date(today + 14 + static_cast<int>(rng.below(200)));
        in.published_on = iso_date(today - static_cast<int>(rng.below(60)));
        in.visibility = rng.below(3) == 0 ? "public" : "members";
        // Within about 1.5 km of the place: an industrial estate, not the town hall.
        const double dlat = (rng.uniform() - 0.5) * 0.03, dlon = (rng.uniform() - 0.5) * 0.04;
        in.locations.push_back({site.lat + dlat, site.lon + dlon, site.name});
        in.source = "demo";
        in.source_ref = "demo-" + std::to_string(network) + "-" + std::to_string(org) + "-" + std::to_string(k);
        in.is_demo = true;
        auto up = FW_TRY(upsert_vacancy(c, system, std::move(in)));
        (up.first == UpsertOutcome::created ? report.created : report.unchanged) += 1;
      }
    }
    return {};
  }));
  return report;
}

}  // namespace fw::service
