// Demo data of Job für Zwei: vacancies at the demo networks' member organisations, with real
// occupations (KldB codes and the titles postings use) at real places of each organisation's
// Kreis, flagged is_demo. Idempotent: upserted by (source "demo", reference), so a second run
// changes nothing.
#pragma once

#include "core/result.hpp"
#include "store/store.hpp"

namespace fw::service {

struct DemoVacancyReport {
  int created = 0, unchanged = 0;
};

// `per_company` vacancies per member company (organisation type "unternehmen"), a third of that
// per other member (chambers, schools, municipalities), and 40 per partner of network 1
// (the Fachkräfteallianz Ostwürttemberg, whose "Job für Zwei" the demo shows).
Result<DemoVacancyReport> load_demo_vacancies(store::Database& db, int per_company = 5);

}  // namespace fw::service
