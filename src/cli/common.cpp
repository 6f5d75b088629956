#include <spdlog/spdlog.h>

#include <cstdio>

#include "cli/commands.hpp"
#include "core/crypto.hpp"
#include "core/messages.hpp"
#include "store/migrations.hpp"

namespace fw::cli {

int report(const Error& err) {
  std::fprintf(stderr, "Fehler: %s\n", message_text(err, "de").c_str());
  if (!err.detail.empty() && err.key.find("{detail}") == std::string::npos) {
    spdlog::debug("detail: {}", err.detail);
  }
  return err.code == ErrorCode::invalid_argument || err.code == ErrorCode::bad_request ? 2 : 1;
}

Result<void> apply_password_cost(const Global& g) {
  if (g.password_cost == "minimal") crypto::set_password_cost(crypto::PasswordCost::minimal);
  else if (g.password_cost == "moderate") crypto::set_password_cost(crypto::PasswordCost::moderate);
  else crypto::set_password_cost(crypto::PasswordCost::interactive);
  return {};
}

Result<std::unique_ptr<store::Database>> open_database(const Global& g, bool migrate) {
  auto db = FW_TRY(store::Database::open(g.db));
  if (migrate) {
    auto report = FW_TRY(store::migrate(*db));
    if (report.applied > 0) {
      spdlog::info("Datenbank {} migriert: Version {} → {}", db->describe(), report.from_version, report.to_version);
    }
  }
  return db;
}

}  // namespace fw::cli
