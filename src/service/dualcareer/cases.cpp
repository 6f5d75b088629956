#include "service/dualcareer/cases.hpp"

#include <boost/json.hpp>
#include <chrono>

#include "core/clock.hpp"
#include "core/json.hpp"
#include "service/audit/audit_log.hpp"
#include "service/authz.hpp"
#include "service/dualcareer/case_stats.hpp"
#include "service/dualcareer/consent.hpp"

namespace fw::service::dualcareer {
namespace bj = boost::json;
namespace {

constexpr std::string_view kCaseColumns =
    "SELECT id, network_id, organisation_id, kind, stage, contact_name, contact_email, contact_phone, applicant_json,"
    " request_json, request_b_json, home_kreis_ags, created_at, updated_at, placed_at, ended_at FROM dc_cases";

CaseRow row_of(const store::Row& r) {
  return CaseRow{r.int_at(0),   r.int_at(1),   r.opt_int(2),  r.text_at(3),  r.text_at(4),   r.text_at(5),
                 r.text_at(6),  r.text_at(7),  r.opt_text(8), r.opt_text(9), r.opt_text(10), r.opt_text(11),
                 r.int_at(12),  r.int_at(13),  r.opt_int(14), r.opt_int(15)};
}

std::unexpected<Error> not_found() { return fail(ErrorCode::not_found, "dualcareer.case_not_found"); }

bool is_owner(const Actor& actor, const CaseRow& row) {
  return actor.admin() || actor.has_network_role(row.network_id, "coordinator") ||
         (row.organisation_id && actor.is_organisation_editor(*row.organisation_id));
}

bj::value parsed(const std::optional<std::string>& text) {
  if (!text) return nullptr;
  boost::system::error_code ec;
  auto v = bj::parse(*text, ec);
  return ec ? bj::value(nullptr) : v;
}

// "YYYY-MM-DD" of `ms` plus `months` (the last day of the month when the day does not exist).
std::string date_plus_months(std::int64_t ms, int months) {
  using namespace std::chrono;
  const year_month_day d{floor<days>(sys_time<milliseconds>(milliseconds(ms)))};
  year_month_day due = d + std::chrono::months(months);
  if (!due.ok()) due = year_month_day_last(due.year(), month_day_last(due.month()));
  return clock::iso8601(duration_cast<milliseconds>(sys_days(due).time_since_epoch()).count()).substr(0, 10);
}

Result<bj::object> owner_json(store::Connection& c, const CaseRow& row) {
  bj::object o{{"id", row.id},
               {"network_id", row.network_id},
               {"kind", row.kind},
               {"stage", row.stage},
               {"contact", bj::object{{"name", row.contact_name}, {"email", row.contact_email}, {"phone", row.contact_phone}}},
               {"applicant", parsed(row.applicant_json)},
               {"request", parsed(row.request_json)},
               {"request_b", parsed(row.request_b_json)},
               {"created_at", clock::iso8601(row.created_at)},
               {"updated_at", clock::iso8601(row.updated_at)}};
  o["organisation_id"] = row.organisation_id ? bj::value(*row.organisation_id) : bj::value(nullptr);
  o["placed_at"] = row.placed_at ? bj::value(clock::iso8601(*row.placed_at)) : bj::value(nullptr);
  o["ended_at"] = row.ended_at ? bj::value(clock::iso8601(*row.ended_at)) : bj::value(nullptr);
  bj::array events;
  for (const auto& e : FW_TRY(c.query("SELECT at, actor_label, action, from_stage, to_stage, note FROM dc_case_events"
                                      " WHERE case_id = ? ORDER BY id",
                                      {row.id}))
                           .rows) {
    bj::object ev{{"at", clock::iso8601(e.int_at(0))}, {"by", e.text_at(1)}, {"action", e.text_at(2)}, {"note", e.text_at(5)}};
    ev["from"] = json::nullable(e.opt_text(3));
    ev["to"] = json::nullable(e.opt_text(4));
    events.push_back(std::move(ev));
  }
  o["events"] = std::move(events);
  bj::array followups;
  for (const auto& f : FW_TRY(c.query("SELECT months, due_on, still_employed, recorded_by FROM dc_followups"
                                      " WHERE case_id = ? ORDER BY months",
                                      {row.id}))
                           .rows) {
    bj::object fo{{"months", f.int_at(0)}, {"due_on", f.text_at(1)}};
    fo["still_employed"] = f.is_null(2) ? bj::value(nullptr) : bj::value(f.int_at(2) != 0);
    fo["recorded_by"] = json::nullable(f.opt_text(3));
    followups.push_back(std::move(fo));
  }
  o["followups"] = std::move(followups);
  o["privacy"] = FW_TRY(privacy_json(c, row.id));
  return o;
}

Result<void> require_open_rights(store::Connection& c, const Actor& actor, const CaseInput& in) {
  if (actor.admin() || actor.has_network_role(in.network_id, "coordinator")) return {};
  if (!in.organisation_id || !actor.is_organisation_editor(*in.organisation_id)) {
    return fail(ErrorCode::permission_denied, "auth.forbidden");
  }
  auto m = FW_TRY(c.query("SELECT 1 FROM memberships WHERE network_id = ? AND organisation_id = ? AND status = 'active'",
                          {in.network_id, *in.organisation_id}));
  if (m.empty()) return fail(ErrorCode::permission_denied, "auth.forbidden");
  return {};
}

std::string audit_json(const CaseRow& row) {
  return json::dump(bj::object{{"network_id", row.network_id}, {"kind", row.kind}, {"stage", row.stage}});
}

}  // namespace

bool stage_step_allowed(std::string_view from, std::string_view to) {
  static const std::vector<std::pair<std::string_view, std::vector<std::string_view>>> steps{
      {"open", {"circulated", "withdrawn", "closed"}},
      {"circulated", {"contacted", "withdrawn", "closed"}},
      {"contacted", {"interview", "circulated", "withdrawn", "closed"}},
      {"interview", {"placed", "circulated", "withdrawn", "closed"}},
      {"placed", {"closed"}},
  };
  for (const auto& [f, tos] : steps) {
    if (f == from) return std::find(tos.begin(), tos.end(), to) != tos.end();
  }
  return false;  // withdrawn and closed are final
}

Result<CaseRow> load_case(store::Connection& c, std::int64_t id) {
  auto rows = FW_TRY(c.query(std::string(kCaseColumns) + " WHERE id = ?", {id}));
  if (rows.empty()) return not_found();
  return row_of(rows[0]);
}

Result<void> add_event(store::Connection& c, const Actor& actor, std::int64_t case_id, const std::string& action,
                       const std::string& note, std::optional<std::string> from, std::optional<std::string> to) {
  FW_TRY(c.exec("INSERT INTO dc_case_events (case_id, at, actor_user_id, actor_label, action, from_stage, to_stage, note)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                {case_id, clock::now_ms(), actor.user_id ? store::Value(*actor.user_id) : store::null(), actor.label, action,
                 store::opt(from), store::opt(to), note}));
  return {};
}

Result<void> record_denied(store::Database& db, const Actor& actor, std::int64_t id) {
  return store::transact(db, [&](store::Connection& c) {
    return record_audit(c, actor, {"access_denied", "dc_case", std::to_string(id), std::nullopt, std::nullopt});
  });
}

Result<bj::object> anonymised_profile(store::Connection& c, const CaseRow& row,
                                      const std::optional<std::vector<std::string>>& items) {
  auto has = [&](std::string_view item) {
    return !items || std::find(items->begin(), items->end(), item) != items->end();
  };
  bj::array requests;
  for (const auto* text : {&row.request_json, &row.request_b_json}) {
    auto v = parsed(*text);
    if (!v.is_object()) continue;
    const auto& full = v.as_object();
    bj::object r;
    for (const char* item : {"occupations", "qualifications", "languages", "working_time", "earliest_start"}) {
      if (has(item) && full.contains(item)) r[item] = full.at(item);
    }
    if (has("region")) {
      r["home_flexible"] = full.contains("home_flexible") ? full.at("home_flexible") : bj::value(true);
      r["max_minutes"] = full.contains("max_minutes") ? full.at("max_minutes") : bj::value(nullptr);
      r["mode"] = full.contains("mode") ? full.at("mode") : bj::value(nullptr);
    }
    requests.push_back(std::move(r));
  }
  bj::object o{{"id", row.id}, {"network_id", row.network_id}, {"kind", row.kind}, {"stage", row.stage},
               {"requests", std::move(requests)}};
  if (has("region")) {
    o["home_kreis_ags"] = json::nullable(row.home_kreis_ags);
    std::optional<std::string> name;
    if (row.home_kreis_ags) {
      auto k = FW_TRY(c.query("SELECT name FROM kreise WHERE ags = ?", {*row.home_kreis_ags}));
      if (!k.empty()) name = k[0].text_at(0);
    }
    o["home_kreis"] = json::nullable(name);
  }
  return o;
}

Result<bj::object> create_case(store::Database& db, const Actor& actor, CaseInput in) {
  FW_TRY_VOID(require_login(actor));
  return store::transact(db, [&](store::Connection& c) -> Result<bj::object> {
    auto net = FW_TRY(c.query("SELECT 1 FROM networks WHERE id = ?", {in.network_id}));
    if (net.empty()) return fail(ErrorCode::invalid_argument, "directory.network_not_found", "network_id");
    FW_TRY_VOID(require_open_rights(c, actor, in));
    FW_TRY_VOID(validate_case_input(c, in));
    const auto now = clock::now_ms();
    auto home = in.request.home_kreis_ags;
    auto rows = FW_TRY(c.query(
        "INSERT INTO dc_cases (network_id, organisation_id, kind, stage, contact_name, contact_email, contact_phone,"
        " applicant_json, request_json, request_b_json, home_kreis_ags, opened_by_user_id, created_at, updated_at)"
        " VALUES (?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {in.network_id, in.organisation_id ? store::Value(*in.organisation_id) : store::null(), in.kind, in.contact_name,
         in.contact_email, in.contact_phone,
         in.applicant ? store::Value(json::dump(applicant_json(*in.applicant))) : store::null(),
         json::dump(job_request_json(in.request)),
         in.request_b ? store::Value(json::dump(job_request_json(*in.request_b))) : store::null(), store::opt(home),
         actor.user_id ? store::Value(*actor.user_id) : store::null(), now, now}));
    const auto id = rows[0].int_at(0);
    FW_TRY_VOID(add_event(c, actor, id, "opened", in.note, std::nullopt, std::string("open")));
    FW_TRY_VOID(stats_on_open(c, id, in.network_id, now));
    auto row = FW_TRY(load_case(c, id));
    FW_TRY_VOID(record_audit(c, actor, {"create", "dc_case", std::to_string(id), std::nullopt, audit_json(row)}));
    return owner_json(c, row);
  });
}

Result<bj::object> get_case(store::Database& db, const Actor& actor, std::int64_t id) {
  FW_TRY_VOID(require_login(actor));
  return audit_denied(db, actor, id, store::transact(db, [&](store::Connection& c) -> Result<bj::object> {
    auto row = FW_TRY(load_case(c, id));
    if (is_owner(actor, row)) {
      // Owners read the household's personal data: audited, but not a profile view the
      // partner is shown (those are the network members' reads).
      FW_TRY_VOID(record_audit(c, actor, {"view", "dc_case", std::to_string(id), std::nullopt,
                                          json::dump(bj::object{{"full", true}})}));
      return owner_json(c, row);
    }
    auto viewer = FW_TRY(viewer_of(c, actor, row));
    if (!viewer.covered) return not_found();
    auto profile = FW_TRY(anonymised_profile(c, row, viewer.data_items));
    if (viewer.organisation_id) {
      auto revealed = FW_TRY(c.query("SELECT 1 FROM dc_reveal_requests WHERE case_id = ? AND organisation_id = ?"
                                     " AND status = 'granted'",
                                     {id, *viewer.organisation_id}));
      if (!revealed.empty()) {
        profile["contact"] =
            bj::object{{"name", row.contact_name}, {"email", row.contact_email}, {"phone", row.contact_phone}};
      }
    }
    FW_TRY(c.exec("INSERT INTO dc_profile_views (case_id, user_id, organisation_id, viewed_at) VALUES (?, ?, ?, ?)",
                  {id, actor.user_id ? store::Value(*actor.user_id) : store::null(),
                   viewer.organisation_id ? store::Value(*viewer.organisation_id) : store::null(), clock::now_ms()}));
    FW_TRY_VOID(record_audit(c, actor, {"view", "dc_case", std::to_string(id), std::nullopt,
                                        json::dump(bj::object{{"contact", profile.contains("contact")}})}));
    return profile;
  }));
}

Result<bj::array> list_cases(store::Database& db, const Actor& actor, std::int64_t network_id) {
  FW_TRY_VOID(require_login(actor));
  return store::with_connection(db, [&](store::Connection& c) -> Result<bj::array> {
    const bool related = actor.admin() || actor.has_network_role(network_id, "member") ||
                         !FW_TRY(member_organisations(c, actor, network_id)).empty();
    if (!related) return fail(ErrorCode::permission_denied, "auth.forbidden");
    bj::array items;
    auto rows = FW_TRY(c.query(std::string(kCaseColumns) + " WHERE network_id = ? ORDER BY id", {network_id}));
    for (const auto& r : rows.rows) {
      auto row = row_of(r);
      if (is_owner(actor, row)) {
        auto request = parsed(row.request_json);
        items.push_back(bj::object{{"id", row.id}, {"kind", row.kind}, {"stage", row.stage},
                                   {"contact_name", row.contact_name}, {"request", request},
                                   {"created_at", clock::iso8601(row.created_at)}, {"access", "owner"}});
        continue;
      }
      auto viewer = FW_TRY(viewer_of(c, actor, row));
      if (!viewer.covered) continue;
      // A teaser only: opening the profile is the view that is logged.
      bj::object teaser{{"id", row.id}, {"kind", row.kind}, {"stage", row.stage}, {"access", "profile"}};
      const std::vector<std::string> few{"occupations", "region"};
      std::vector<std::string> shown;
      for (const auto& item : few) {
        if (std::find(viewer.data_items.begin(), viewer.data_items.end(), item) != viewer.data_items.end()) shown.push_back(item);
      }
      auto p = FW_TRY(anonymised_profile(c, row, shown));
      teaser["requests"] = p["requests"];
      if (p.contains("home_kreis")) teaser["home_kreis"] = p["home_kreis"];
      items.push_back(std::move(teaser));
    }
    return items;
  });
}

Result<bj::object> change_stage(store::Database& db, const Actor& actor, std::int64_t id, const std::string& to,
                                const std::string& note) {
  FW_TRY_VOID(require_login(actor));
  return audit_denied(db, actor, id, store::transact(db, [&](store::Connection& c) -> Result<bj::object> {
    auto row = FW_TRY(load_case(c, id));
    if (!is_owner(actor, row)) {
      if (FW_TRY(viewer_of(c, actor, row)).covered) return fail(ErrorCode::permission_denied, "auth.forbidden");
      return not_found();
    }
    if (!stage_step_allowed(row.stage, to)) {
      return fail(ErrorCode::conflict, "dualcareer.stage_not_allowed", "stage", row.stage + " → " + to);
    }
    const auto now = clock::now_ms();
    const bool ends = to == "withdrawn" || to == "closed";
    FW_TRY(c.exec("UPDATE dc_cases SET stage = ?, updated_at = ?, placed_at = CASE WHEN ? = 'placed' THEN ? ELSE placed_at END,"
                  " ended_at = CASE WHEN ? = 1 THEN ? ELSE ended_at END WHERE id = ?",
                  {to, now, to, now, std::int64_t{ends}, now, id}));
    if (to == "placed") {
      for (int months : {6, 12}) {
        FW_TRY(c.exec("INSERT INTO dc_followups (case_id, months, due_on) VALUES (?, ?, ?)",
                      {id, std::int64_t{months}, date_plus_months(now, months)}));
      }
    }
    FW_TRY_VOID(add_event(c, actor, id, "stage", note, row.stage, to));
    FW_TRY_VOID(stats_on_stage(c, id, to, row.created_at, now));
    auto after = FW_TRY(load_case(c, id));
    FW_TRY_VOID(record_audit(c, actor, {"stage", "dc_case", std::to_string(id), audit_json(row), audit_json(after)}));
    return owner_json(c, after);
  }));
}

Result<bj::object> record_followup(store::Database& db, const Actor& actor, std::int64_t id, int months,
                                   bool still_employed) {
  FW_TRY_VOID(require_login(actor));
  return audit_denied(db, actor, id, store::transact(db, [&](store::Connection& c) -> Result<bj::object> {
    auto row = FW_TRY(load_case(c, id));
    if (!actor.admin() && !actor.has_network_role(row.network_id, "coordinator")) {
      if (is_owner(actor, row) || FW_TRY(viewer_of(c, actor, row)).covered) {
        return fail(ErrorCode::permission_denied, "auth.forbidden");
      }
      return not_found();
    }
    if (months != 6 && months != 12) return fail(ErrorCode::not_found, "dualcareer.followup_not_found", "months");
    const auto changed = FW_TRY(c.exec("UPDATE dc_followups SET still_employed = ?, recorded_at = ?, recorded_by = ?"
                                       " WHERE case_id = ? AND months = ?",
                                       {std::int64_t{still_employed}, clock::now_ms(), actor.label, id, std::int64_t{months}}));
    if (changed == 0) return fail(ErrorCode::conflict, "dualcareer.followup_not_placed", "months");
    FW_TRY_VOID(add_event(c, actor, id, "followup",
                          std::to_string(months) + (still_employed ? " Monate: weiter beschäftigt" : " Monate: nicht mehr beschäftigt")));
    FW_TRY_VOID(stats_on_followup(c, id, months, still_employed));
    FW_TRY_VOID(record_audit(c, actor, {"followup", "dc_case", std::to_string(id), std::nullopt,
                                        json::dump(bj::object{{"months", months}, {"still_employed", still_employed}})}));
    return owner_json(c, row);
  }));
}

Result<bj::object> request_reveal(store::Database& db, const Actor& actor, std::int64_t id, std::int64_t organisation_id) {
  FW_TRY_VOID(require_login(actor));
  return audit_denied(db, actor, id, store::transact(db, [&](store::Connection& c) -> Result<bj::object> {
    auto row = FW_TRY(load_case(c, id));
    auto viewer = FW_TRY(viewer_of(c, actor, row));
    if (!viewer.covered && !is_owner(actor, row)) return not_found();
    if (!actor.admin() && !actor.is_organisation_editor(organisation_id)) return fail(ErrorCode::permission_denied, "auth.forbidden");
    if (!FW_TRY(consent_covers_organisation(c, row, organisation_id))) {
      return fail(ErrorCode::conflict, "dualcareer.consent_missing", "organisation_id");
    }
    FW_TRY(c.exec("INSERT INTO dc_reveal_requests (case_id, organisation_id, requested_by_user_id, requested_at, status)"
                  " VALUES (?, ?, ?, ?, 'pending') ON CONFLICT (case_id, organisation_id) DO NOTHING",
                  {id, organisation_id, actor.user_id ? store::Value(*actor.user_id) : store::null(), clock::now_ms()}));
    auto r = FW_TRY(c.query("SELECT id, status FROM dc_reveal_requests WHERE case_id = ? AND organisation_id = ?",
                            {id, organisation_id}));
    FW_TRY_VOID(add_event(c, actor, id, "reveal_request", "Organisation " + std::to_string(organisation_id)));
    FW_TRY_VOID(record_audit(c, actor, {"reveal_request", "dc_case", std::to_string(id), std::nullopt,
                                        json::dump(bj::object{{"organisation_id", organisation_id}})}));
    return bj::object{{"id", r[0].int_at(0)}, {"organisation_id", organisation_id}, {"status", r[0].text_at(1)}};
  }));
}

}  // namespace fw::service::dualcareer
