// demo-data: the demo accounts (and, as capabilities arrive, their demo data). Idempotent:
// what exists already is left alone. Every account made here is flagged is_demo.
#include <cstdio>

#include "cli/commands.hpp"
#include "service/accounts/users.hpp"
#include "service/directory/demo_directory.hpp"
#include "service/dualcareer/demo_vacancies.hpp"
#include "service/monitor/demo_monitor.hpp"
#include "service/dualcareer/cases_demo.hpp"

namespace fw::cli {
namespace {

struct DemoAccount {
  const char* email;
  const char* name;
  bool admin;
  const char* scope;  // "" for none
  std::int64_t scope_id;
  const char* role;
};

// Network 1 will be the Fachkräfteallianz Ostwürttemberg and organisation 1 the IHK
// Ostwürttemberg once the directory's demo data exist.
constexpr DemoAccount kAccounts[] = {
    {"admin@fachwerk.test", "Plattform-Administration", true, "", 0, ""},
    {"koordination@fachwerk.test", "Koordination Fachkräfteallianz Ostwürttemberg", false, "network", 1, "coordinator"},
    {"redaktion@fachwerk.test", "Redaktion Fachkräfteallianz Ostwürttemberg", false, "network", 1, "editor"},
    {"mitglied@fachwerk.test", "Mitglied Fachkräfteallianz Ostwürttemberg", false, "network", 1, "member"},
    {"personal@fachwerk.test", "Redaktion IHK Ostwürttemberg", false, "organisation", 1, "editor"},
};

}  // namespace

constexpr const char* kDemoPassword = "Fachwerk-Demo-2026";

void add_demo_data(CLI::App& app, Global& g) {
  static int networks = 300;
  auto* cmd = app.add_subcommand("demo-data", "Demodaten laden (Netzwerke, Organisationen, Demo-Konten, synthetische Monitordaten)");
  cmd->add_option("--networks", networks, "Zahl der generierten Netzwerke zusätzlich zu den echten")
      ->check(CLI::Range(0, 100000))->capture_default_str();
  cmd->callback([&g] {
    auto db = open_database(g);
    if (!db) std::exit(report(db.error()));
    const auto system = service::Actor::system("demo-data");
    // The directory first: the demo accounts' roles point at network 1 and organisation 1.
    auto dir = service::load_demo_directory(**db, networks);
    if (!dir) std::exit(report(dir.error()));
    if (!dir->skipped) {
      std::printf("Verzeichnis: %d Netzwerke, %d Organisationen, %d Mitgliedschaften, %d Praxisbeiträge angelegt.\n",
                  dir->networks, dir->organisations, dir->memberships, dir->practices);
    }
    // Job für Zwei: vacancies at the member organisations (idempotent by reference).
    auto vacancies = service::load_demo_vacancies(**db);
    if (!vacancies) std::exit(report(vacancies.error()));
    if (vacancies->created > 0) std::printf("Job für Zwei: %d Demo-Stellen angelegt.\n", vacancies->created);
    // The monitor's synthetic national dataset: only its parameters are stored (demo_monitor.hpp).
    auto monitor = service::monitor_data::load_demo_monitor(**db);
    if (!monitor) std::exit(report(monitor.error()));
    if (*monitor) std::printf("Arbeitsmarktmonitor: synthetischer Datensatz (401 Kreise, keine amtlichen Zahlen) angelegt.\n");
    int created = 0;
    for (const auto& a : kAccounts) {
      auto exists = store::with_connection(**db, [&](store::Connection& c) { return service::find_user_by_email(c, a.email); });
      if (!exists) std::exit(report(exists.error()));
      if (*exists) continue;
      auto u = service::create_user(**db, system, {a.email, a.name, kDemoPassword, a.admin, "de", true});
      if (!u) std::exit(report(u.error()));
      if (*a.scope) {
        auto r = service::assign_role(**db, system, u->id, {0, a.scope, a.scope_id, a.role});
        if (!r) std::exit(report(r.error()));
      }
      ++created;
    }
    auto cases = service::dualcareer::load_demo_cases(**db);
    if (!cases) std::exit(report(cases.error()));
    if (*cases > 0) std::printf("Job für Zwei: %d Demo-Fälle angelegt.\n", *cases);
    std::printf("Demodaten: %d Konto/Konten angelegt.\nDemo-Anmeldungen (Passwort %s):\n", created, kDemoPassword);
    for (const auto& a : kAccounts) std::printf("  %-28s %s\n", a.email, a.name);
  });
}

}  // namespace fw::cli
