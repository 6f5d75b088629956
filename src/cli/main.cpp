// fachwerk: the one binary. `fachwerk --help` lists the commands.
#include <spdlog/spdlog.h>

#include <cstdlib>

#include "cli/commands.hpp"
#include "cli/env_first_config.hpp"
#include "core/crypto.hpp"

int main(int argc, char** argv) {
  CLI::App app{"Fachwerk – die offene Plattform der regionalen Fachkräftenetzwerke"};
  app.set_version_flag("--version", FACHWERK_VERSION);
  app.require_subcommand(1);
  // CLI11 2.1 ignores envname() on the config option, so FACHWERK_CONFIG becomes its default;
  // a file named there must exist.
  const char* config_env = std::getenv("FACHWERK_CONFIG");
  app.set_config("--config", config_env ? config_env : "",
                 "Konfigurationsdatei (TOML); auch über FACHWERK_CONFIG", config_env != nullptr);
  app.config_formatter(std::make_shared<fw::cli::EnvFirstConfig>());

  fw::cli::Global g;
  app.add_option("--db", g.db, "Datenbank: sqlite:PFAD oder postgresql://…")->envname("FACHWERK_DB")->capture_default_str();
  app.add_option("--password-cost", g.password_cost, "Argon2id-Aufwand: interactive, moderate, minimal (nur Tests)")
      ->envname("FACHWERK_PASSWORD_COST")
      ->check(CLI::IsMember({"interactive", "moderate", "minimal"}))
      ->capture_default_str();
  app.add_option("--log-level", g.log_level, "Protokollstufe: debug, info, warn, error")
      ->envname("FACHWERK_LOG_LEVEL")
      ->check(CLI::IsMember({"debug", "info", "warn", "error"}))
      ->capture_default_str();

  fw::cli::add_serve(app, g);
  fw::cli::add_migrate(app, g);
  fw::cli::add_demo_data(app, g);
  fw::cli::add_user(app, g);
  fw::cli::add_backup_restore(app, g);
  fw::cli::add_import_export(app, g);
  fw::cli::add_dualcareer(app, g);

  app.parse_complete_callback([&g] {
    spdlog::set_level(spdlog::level::from_str(g.log_level));
    if (auto ok = fw::crypto::init(); !ok) std::exit(fw::cli::report(ok.error()));
    if (auto ok = fw::cli::apply_password_cost(g); !ok) std::exit(fw::cli::report(ok.error()));
  });
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return 0;
}
