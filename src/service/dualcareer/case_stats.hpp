// Anonymous statistics of "Job für Zwei" per network and year (docs/dualcareer-cases.md).
// Every case has one row in dc_case_stats, updated with each pipeline step and follow-up; the
// row carries no personal data and survives the retention purge, so the figures of past years
// stay the same after the cases themselves are deleted.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/result.hpp"
#include "service/actor.hpp"
#include "service/export/table.hpp"
#include "store/store.hpp"

namespace fw::service::dualcareer {

// Row maintenance, inside the caller's transaction.
Result<void> stats_on_open(store::Connection& c, std::int64_t case_id, std::int64_t network_id, std::int64_t opened_at);
Result<void> stats_on_stage(store::Connection& c, std::int64_t case_id, const std::string& stage, std::int64_t opened_at,
                            std::int64_t now);
Result<void> stats_on_followup(store::Connection& c, std::int64_t case_id, int months, bool still_employed);

struct CaseStats {
  std::int64_t network_id = 0;
  int year = 0;
  // Cases opened in the year; of those: circulated to members, answered by a member
  // (reached "contacted"), with an interview, placed.
  std::int64_t requests = 0, circulated = 0, responses = 0, interviews = 0, placements = 0;
  std::optional<double> median_days_to_placement;  // over the placed ones
  // Follow-ups recorded "still employed" (yes) out of those recorded at all.
  std::int64_t employed_6 = 0, followups_6 = 0, employed_12 = 0, followups_12 = 0;
};

// The network's coordinators and admins.
Result<CaseStats> case_stats(store::Database& db, const Actor& actor, std::int64_t network_id, int year);
exporting::Table case_stats_table(const CaseStats& s);

}  // namespace fw::service::dualcareer
