#include "service/dualcareer/case_stats.hpp"

#include <algorithm>
#include <chrono>
#include <fmt/format.h>
#include <vector>

#include "service/authz.hpp"

namespace fw::service::dualcareer {
namespace {

int year_of(std::int64_t ms) {
  using namespace std::chrono;
  const year_month_day d{floor<days>(sys_time<milliseconds>(milliseconds(ms)))};
  return static_cast<int>(d.year());
}

int rank(const std::string& stage) {
  if (stage == "circulated") return 1;
  if (stage == "contacted") return 2;
  if (stage == "interview") return 3;
  if (stage == "placed") return 4;
  return 0;
}

}  // namespace

Result<void> stats_on_open(store::Connection& c, std::int64_t case_id, std::int64_t network_id, std::int64_t opened_at) {
  FW_TRY(c.exec("INSERT INTO dc_case_stats (case_id, network_id, year) VALUES (?, ?, ?)",
                {case_id, network_id, std::int64_t{year_of(opened_at)}}));
  return {};
}

Result<void> stats_on_stage(store::Connection& c, std::int64_t case_id, const std::string& stage, std::int64_t opened_at,
                            std::int64_t now) {
  // Flags only go up: a case that goes back from interview to circulated still had an interview.
  const int r = rank(stage);
  if (r == 0) return {};
  const std::int64_t days = (now - opened_at) / (24LL * 3600 * 1000);
  FW_TRY(c.exec("UPDATE dc_case_stats SET circulated = CASE WHEN ? >= 1 THEN 1 ELSE circulated END,"
                " responded = CASE WHEN ? >= 2 THEN 1 ELSE responded END,"
                " interviewed = CASE WHEN ? >= 3 THEN 1 ELSE interviewed END,"
                " placed = CASE WHEN ? >= 4 THEN 1 ELSE placed END,"
                " days_to_placement = CASE WHEN ? >= 4 THEN ? ELSE days_to_placement END WHERE case_id = ?",
                {std::int64_t{r}, std::int64_t{r}, std::int64_t{r}, std::int64_t{r}, std::int64_t{r}, days, case_id}));
  return {};
}

Result<void> stats_on_followup(store::Connection& c, std::int64_t case_id, int months, bool still_employed) {
  FW_TRY(c.exec(months == 6 ? "UPDATE dc_case_stats SET employed_6 = ? WHERE case_id = ?"
                            : "UPDATE dc_case_stats SET employed_12 = ? WHERE case_id = ?",
                {std::int64_t{still_employed}, case_id}));
  return {};
}

Result<CaseStats> case_stats(store::Database& db, const Actor& actor, std::int64_t network_id, int year) {
  FW_TRY_VOID(require_network_role(actor, network_id, "coordinator"));
  return store::with_connection(db, [&](store::Connection& c) -> Result<CaseStats> {
    auto net = FW_TRY(c.query("SELECT 1 FROM networks WHERE id = ?", {network_id}));
    if (net.empty()) return fail(ErrorCode::not_found, "directory.network_not_found");
    CaseStats s;
    s.network_id = network_id;
    s.year = year;
    auto rows = FW_TRY(c.query(
        "SELECT COUNT(*), COALESCE(SUM(circulated), 0), COALESCE(SUM(responded), 0), COALESCE(SUM(interviewed), 0),"
        " COALESCE(SUM(placed), 0), COALESCE(SUM(CASE WHEN employed_6 = 1 THEN 1 ELSE 0 END), 0),"
        " COUNT(employed_6), COALESCE(SUM(CASE WHEN employed_12 = 1 THEN 1 ELSE 0 END), 0), COUNT(employed_12)"
        " FROM dc_case_stats WHERE network_id = ? AND year = ?",
        {network_id, std::int64_t{year}}));
    const auto& r = rows[0];
    s.requests = r.int_at(0);
    s.circulated = r.int_at(1);
    s.responses = r.int_at(2);
    s.interviews = r.int_at(3);
    s.placements = r.int_at(4);
    s.employed_6 = r.int_at(5);
    s.followups_6 = r.int_at(6);
    s.employed_12 = r.int_at(7);
    s.followups_12 = r.int_at(8);
    std::vector<std::int64_t> days;
    for (const auto& d : FW_TRY(c.query("SELECT days_to_placement FROM dc_case_stats WHERE network_id = ? AND year = ?"
                                        " AND placed = 1 AND days_to_placement IS NOT NULL",
                                        {network_id, std::int64_t{year}}))
                             .rows) {
      days.push_back(d.int_at(0));
    }
    if (!days.empty()) {
      std::sort(days.begin(), days.end());
      const auto n = days.size();
      s.median_days_to_placement = n % 2 ? static_cast<double>(days[n / 2])
                                          : static_cast<double>(days[n / 2 - 1] + days[n / 2]) / 2.0;
    }
    return s;
  });
}

exporting::Table case_stats_table(const CaseStats& s) {
  exporting::Table t;
  t.title = fmt::format("Job für Zwei Statistik {}", s.year);
  t.columns = {{"Kennzahl", false}, {"Wert", true}};
  auto add = [&](const char* name, std::int64_t v) { t.rows.push_back({name, std::to_string(v)}); };
  add("Jobgesuche", s.requests);
  add("Weitergeleitet", s.circulated);
  add("Rückmeldungen", s.responses);
  add("Vorstellungsgespräche", s.interviews);
  add("Vermittlungen", s.placements);
  t.rows.push_back({"Median Tage bis Vermittlung",
                    s.median_days_to_placement ? fmt::format("{:g}", *s.median_days_to_placement) : ""});
  add("Nach 6 Monaten beschäftigt", s.employed_6);
  add("Nachfragen nach 6 Monaten", s.followups_6);
  add("Nach 12 Monaten beschäftigt", s.employed_12);
  add("Nachfragen nach 12 Monaten", s.followups_12);
  return t;
}

}  // namespace fw::service::dualcareer
