// The subcommands of the `fachwerk` binary. Each add_* function registers one command (with
// its options and --help) on the CLI11 app; the command runs when parsing selected it.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <optional>
#include <string>
#include <thread>

#include "core/result.hpp"
#include "store/store.hpp"

namespace fw::cli {

// Options shared by every command. Precedence: flag > environment > config file > default.
struct Global {
  std::string db = "sqlite:var/fachwerk.db";
  std::string password_cost = "interactive";
  std::string log_level = "info";
};

void add_serve(CLI::App& app, Global& g);
void add_migrate(CLI::App& app, Global& g);
void add_backup_restore(CLI::App& app, Global& g);
void add_user(CLI::App& app, Global& g);
void add_demo_data(CLI::App& app, Global& g);
void add_import_export(CLI::App& app, Global& g);
void add_dualcareer(CLI::App& app, Global& g);

// Purges expired "Job für Zwei" cases now and every 24 hours until the thread is stopped.
std::jthread start_case_retention(store::Database& db, int retention_days);

// import vacancies (cli/vacancy_import_command.cpp); returns the exit code.
int import_vacancies_file(const Global& g, const std::string& text, const std::string& file, const std::string& format,
                          std::optional<std::int64_t> network, bool dry_run);
// import travel-matrix (the same file): CSV from_ags;to_ags;mode;minutes.
int import_travel_matrix_file(const Global& g, const std::string& text, const std::string& file, bool dry_run);

// Opens the database, applies pending migrations and reports what happened on stderr.
Result<std::unique_ptr<store::Database>> open_database(const Global& g, bool migrate = true);
// Prints err in German (the CLI's language) on stderr; returns the process exit code.
int report(const Error& err);
// Applies --password-cost.
Result<void> apply_password_cost(const Global& g);

}  // namespace fw::cli
