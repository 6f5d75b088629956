#include "service/dualcareer/travel_times.hpp"

#include <fmt/format.h>

#include "core/csv.hpp"
#include "core/json.hpp"
#include "service/audit/audit_log.hpp"
#include "service/authz.hpp"
#include "service/dualcareer/vacancies.hpp"

namespace fw::service {

Result<std::size_t> import_travel_matrix(store::Database& db, const Actor& actor, std::string_view csv_text,
                                         std::string_view name, bool dry_run) {
  FW_TRY_VOID(require_admin(actor));
  // The engine's parser is the validation; the rows are then stored as the file gives them.
  const auto matrix = FW_TRY(match::parse_travel_matrix(csv_text, name, reference_places()));
  const auto rows = FW_TRY(csv::parse(csv_text, name));
  if (dry_run) return matrix.size();
  FW_TRY_VOID(store::transact(db, [&](store::Connection& c) -> Result<void> {
    FW_TRY(c.exec("DELETE FROM travel_times"));
    for (std::size_t i = 1; i < rows.size(); ++i) {
      const auto& f = rows[i].fields;
      std::string minutes = f.at(3);
      for (auto& ch : minutes) {
        if (ch == ',') ch = '.';
      }
      FW_TRY(c.exec("INSERT INTO travel_times (from_ags, to_ags, mode, minutes) VALUES (?, ?, ?, ?)",
                    {f.at(0), f.at(1), f.at(2), std::stod(minutes)}));
    }
    return record_audit(c, actor, {"import", "travel_matrix", "", std::nullopt,
                                   json::dump(boost::json::object{{"rows", matrix.size()}, {"file", std::string(name)}})});
  }));
  return matrix.size();
}

Result<std::unique_ptr<match::TravelMatrix>> load_stored_travel_matrix(store::Connection& c) {
  auto rows = FW_TRY(c.query("SELECT from_ags, to_ags, mode, minutes FROM travel_times ORDER BY from_ags, to_ags, mode"));
  if (rows.empty()) return std::make_unique<match::TravelMatrix>();
  std::string text = "from_ags;to_ags;mode;minutes\n";
  for (const auto& r : rows.rows) {
    text += fmt::format("{};{};{};{}\n", r.text_at(0), r.text_at(1), r.text_at(2), r.real_at(3));
  }
  auto matrix = FW_TRY(match::parse_travel_matrix(text, "travel_times", reference_places()));
  return std::make_unique<match::TravelMatrix>(std::move(matrix));
}

}  // namespace fw::service
