// "Job für Zwei" cases: a household's request handled by a network (issue 4, docs/dualcareer-cases.md).
//
// Who sees what, decided here:
//   owners — the network's coordinators, editors of the member company that opened the case,
//            platform admins — see and change everything;
//   members of the same network — only the anonymised profile, and only while the partner's
//            consent covers them (every such view is logged in dc_profile_views);
//   anyone else — 404 for everything of the case, and the attempt is audited.
// Pipeline: open → circulated → contacted → interview → placed / withdrawn / closed; each step
// goes to the activity log (dc_case_events) and the anonymous statistics row.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>

#include "core/result.hpp"
#include "service/actor.hpp"
#include "service/dualcareer/cases_input.hpp"
#include "store/store.hpp"

namespace fw::service::dualcareer {

struct CaseRow {
  std::int64_t id = 0, network_id = 0;
  std::optional<std::int64_t> organisation_id;
  std::string kind, stage, contact_name, contact_email, contact_phone;
  std::optional<std::string> applicant_json, request_json, request_b_json, home_kreis_ags;
  std::int64_t created_at = 0, updated_at = 0;
  std::optional<std::int64_t> placed_at, ended_at;
};

// Whether `from` → `to` is a step of the pipeline.
bool stage_step_allowed(std::string_view from, std::string_view to);

// Opens a case: the network's coordinator, or an editor of a member company of the network
// (organisation_id, which must be an active member). Audited; returns the full case.
Result<boost::json::object> create_case(store::Database& db, const Actor& actor, CaseInput in);
// The full case for owners; the anonymised profile (logged as a view) for covered members.
Result<boost::json::object> get_case(store::Database& db, const Actor& actor, std::int64_t id);
// The network's cases: owners get summaries of theirs, covered members profile teasers
// (occupations and Kreis only; opening one is a logged view). 403 without a role in the network.
Result<boost::json::array> list_cases(store::Database& db, const Actor& actor, std::int64_t network_id);
// A pipeline step with an optional note (owners). conflict "dualcareer.stage_not_allowed" otherwise.
Result<boost::json::object> change_stage(store::Database& db, const Actor& actor, std::int64_t id, const std::string& to,
                                         const std::string& note);
// "Still employed?" at 6 or 12 months after placement, recorded by the coordinator.
Result<boost::json::object> record_followup(store::Database& db, const Actor& actor, std::int64_t id, int months,
                                            bool still_employed);
// A member company covered by the consent asks to see the contact; the partner decides
// through the consent link.
Result<boost::json::object> request_reveal(store::Database& db, const Actor& actor, std::int64_t id,
                                           std::int64_t organisation_id);

// Shared with consent.cpp.
Result<CaseRow> load_case(store::Connection& c, std::int64_t id);
Result<void> add_event(store::Connection& c, const Actor& actor, std::int64_t case_id, const std::string& action,
                       const std::string& note, std::optional<std::string> from = {}, std::optional<std::string> to = {});
// The profile members see: no name, no contact, home as Kreis, only the consented data items
// (all of them when `items` is nullopt — the partner's own preview).
Result<boost::json::object> anonymised_profile(store::Connection& c, const CaseRow& row,
                                               const std::optional<std::vector<std::string>>& items);
// Runs after a failed case lookup: writes the "access_denied" audit entry in its own
// transaction (the failed one was rolled back) and passes the error on.
template <class T>
Result<T> audit_denied(store::Database& db, const Actor& actor, std::int64_t id, Result<T> r);
Result<void> record_denied(store::Database& db, const Actor& actor, std::int64_t id);

template <class T>
Result<T> audit_denied(store::Database& db, const Actor& actor, std::int64_t id, Result<T> r) {
  if (!r && r.error().key == "dualcareer.case_not_found") (void)record_denied(db, actor, id);
  return r;
}

}  // namespace fw::service::dualcareer
