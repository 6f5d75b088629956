#include "service/directory/networks.hpp"

#include <boost/json.hpp>

#include "core/clock.hpp"
#include "core/json.hpp"
#include "search/german.hpp"
#include "service/audit/audit_log.hpp"
#include "service/authz.hpp"
#include "service/directory/regions.hpp"
#include "service/directory/vocab.hpp"

namespace fw::service {
namespace bj = boost::json;
namespace {

std::string today() { return clock::iso8601(clock::now_ms()).substr(0, 10); }

Result<void> validate(store::Connection& c, const NetworkInput& in) {
  if (in.name.find_first_not_of(' ') == std::string::npos || in.name.size() > 300) {
    return fail(ErrorCode::invalid_argument, "directory.name_missing", "name");
  }
  FW_TRY_VOID(check_code(in.cooperation_form, cooperation_forms(), "cooperation_form"));
  FW_TRY_VOID(check_code(in.status, {"active", "inactive"}, "status"));
  if (in.founded_on && !valid_iso_date(*in.founded_on)) {
    return fail(ErrorCode::invalid_argument, "directory.date_invalid", "founded_on");
  }
  for (std::size_t i = 0; i < in.kreise.size(); ++i) {
    FW_TRY_VOID(check_kreis(c, in.kreise[i], "kreise[" + std::to_string(i) + "]"));
  }
  FW_TRY_VOID(check_vocabulary(c, "handlungsfeld", in.handlungsfelder, "handlungsfelder"));
  FW_TRY_VOID(check_vocabulary(c, "zielgruppe", in.zielgruppen, "zielgruppen"));
  if (in.coordinator_organisation_id) {
    auto rows = FW_TRY(c.query("SELECT 1 FROM organisations WHERE id = ?", {*in.coordinator_organisation_id}));
    if (rows.empty()) return fail(ErrorCode::invalid_argument, "directory.org_not_found", "coordinator_organisation_id");
  }
  return {};
}

Result<void> write_parts(store::Connection& c, std::int64_t id, const NetworkInput& in) {
  FW_TRY(c.exec("DELETE FROM network_kreise WHERE network_id = ?", {id}));
  FW_TRY(c.exec("DELETE FROM network_topics WHERE network_id = ?", {id}));
  for (const auto& k : in.kreise) {
    FW_TRY(c.exec("INSERT INTO network_kreise (network_id, kreis_ags) VALUES (?, ?) ON CONFLICT DO NOTHING", {id, k}));
  }
  for (const auto& [kind, codes] : {std::pair{"handlungsfeld", &in.handlungsfelder}, std::pair{"zielgruppe", &in.zielgruppen}}) {
    for (const auto& code : *codes) {
      FW_TRY(c.exec("INSERT INTO network_topics (network_id, kind, code) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    {id, std::string(kind), code}));
    }
  }
  return {};
}

std::string terms_of(const NetworkInput& in) {
  return search::index_terms(in.name + " " + in.short_name + " " + in.description);
}

bool sees_all_members(const Actor& actor, std::int64_t network_id) {
  return actor.admin() || actor.has_network_role(network_id, "coordinator");
}

Result<Network> load(store::Connection& c, const Actor& actor, std::int64_t id) {
  auto rows = FW_TRY(c.query(
      "SELECT name, short_name, cooperation_form, description, data_basis, website, status, founded_on,"
      " coordinator_organisation_id, is_demo, created_at, updated_at FROM networks WHERE id = ?",
      {id}));
  if (rows.empty()) return fail(ErrorCode::not_found, "directory.network_not_found");
  const auto& r = rows[0];
  Network n;
  n.id = id;
  n.data.name = r.text_at(0);
  n.data.short_name = r.text_at(1);
  n.data.cooperation_form = r.text_at(2);
  n.data.description = r.text_at(3);
  n.data.data_basis = r.text_at(4);
  n.data.website = r.text_at(5);
  n.data.status = r.text_at(6);
  n.data.founded_on = r.opt_text(7);
  n.data.coordinator_organisation_id = r.opt_int(8);
  n.data.is_demo = r.int_at(9) != 0;
  n.created_at = r.int_at(10);
  n.updated_at = r.int_at(11);
  for (const auto& k : FW_TRY(c.query("SELECT kreis_ags FROM network_kreise WHERE network_id = ? ORDER BY kreis_ags", {id})).rows) {
    n.data.kreise.push_back(k.text_at(0));
  }
  for (const auto& t : FW_TRY(c.query("SELECT kind, code FROM network_topics WHERE network_id = ? ORDER BY kind, code", {id})).rows) {
    (t.text_at(0) == "handlungsfeld" ? n.data.handlungsfelder : n.data.zielgruppen).push_back(t.text_at(1));
  }
  auto members = FW_TRY(c.query(
      "SELECT m.id, m.organisation_id, o.name, o.type, o.kreis_ags, m.role, m.status, m.joined_on, m.left_on, m.reason,"
      " CASE WHEN EXISTS (SELECT 1 FROM network_kreise nk WHERE nk.network_id = m.network_id AND nk.kreis_ags = o.kreis_ags)"
      " THEN 1 ELSE 0 END"
      " FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.network_id = ? ORDER BY o.name",
      {id}));
  const bool all = sees_all_members(actor, id);
  for (const auto& m : members.rows) {
    Membership ms{m.int_at(0), id, m.int_at(1), m.text_at(2), m.text_at(3), m.text_at(5), m.text_at(6), m.text_at(9),
                  m.opt_text(4), m.opt_text(7), m.opt_text(8), m.int_at(10) != 0};
    if (ms.status == "active" && ms.regional && ms.role != "standing_guest") ++n.regional_partners;
    if (all || ms.status == "active" || actor.is_organisation_editor(ms.organisation_id)) n.members.push_back(std::move(ms));
  }
  n.meets_admission_rule = n.regional_partners >= kMinRegionalPartners;
  return n;
}

}  // namespace

bj::object membership_json(const Membership& m) {
  bj::object o{{"id", m.id},         {"network_id", m.network_id}, {"organisation_id", m.organisation_id},
               {"organisation_name", m.organisation_name}, {"organisation_type", m.organisation_type},
               {"role", m.role},     {"status", m.status},         {"reason", m.reason}, {"regional", m.regional}};
  o["kreis_ags"] = json::nullable(m.kreis_ags);
  o["joined_on"] = json::nullable(m.joined_on);
  o["left_on"] = json::nullable(m.left_on);
  return o;
}

bj::object network_json(const Network& n) {
  auto strings = [](const std::vector<std::string>& v) {
    bj::array a;
    for (const auto& s : v) a.push_back(bj::string(s));
    return a;
  };
  bj::array members;
  for (const auto& m : n.members) members.push_back(membership_json(m));
  bj::object o{{"id", n.id},
               {"name", n.data.name},
               {"short_name", n.data.short_name},
               {"cooperation_form", n.data.cooperation_form},
               {"description", n.data.description},
               {"data_basis", n.data.data_basis},
               {"website", n.data.website},
               {"status", n.data.status},
               {"is_demo", n.data.is_demo},
               {"kreise", strings(n.data.kreise)},
               {"handlungsfelder", strings(n.data.handlungsfelder)},
               {"zielgruppen", strings(n.data.zielgruppen)},
               {"members", std::move(members)},
               {"regional_partners", n.regional_partners},
               {"meets_admission_rule", n.meets_admission_rule},
               {"created_at", clock::iso8601(n.created_at)},
               {"updated_at", clock::iso8601(n.updated_at)}};
  o["founded_on"] = json::nullable(n.data.founded_on);
  o["coordinator_organisation_id"] =
      n.data.coordinator_organisation_id ? bj::value(*n.data.coordinator_organisation_id) : bj::value(nullptr);
  return o;
}

Result<Network> create_network(store::Database& db, const Actor& actor, const NetworkInput& in) {
  FW_TRY_VOID(require_admin(actor));
  return store::transact(db, [&](store::Connection& c) -> Result<Network> {
    FW_TRY_VOID(validate(c, in));
    auto dup = FW_TRY(c.query("SELECT 1 FROM networks WHERE name = ?", {in.name}));
    if (!dup.empty()) return fail(ErrorCode::conflict, "directory.name_taken", "name");
    const auto now = clock::now_ms();
    auto rows = FW_TRY(c.query(
        "INSERT INTO networks (name, short_name, founded_on, cooperation_form, coordinator_organisation_id, description,"
        " data_basis, website, status, search_terms, is_demo, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {in.name, in.short_name, store::opt(in.founded_on), in.cooperation_form,
         in.coordinator_organisation_id ? store::Value(*in.coordinator_organisation_id) : store::null(), in.description,
         in.data_basis, in.website, in.status, terms_of(in), std::int64_t{in.is_demo}, now, now}));
    const auto id = rows[0].int_at(0);
    FW_TRY_VOID(write_parts(c, id, in));
    auto n = FW_TRY(load(c, actor, id));
    FW_TRY_VOID(record_audit(c, actor, {"create", "network", std::to_string(id), std::nullopt, json::dump(network_json(n))}));
    return n;
  });
}

Result<Network> update_network(store::Database& db, const Actor& actor, std::int64_t id, const NetworkInput& in) {
  FW_TRY_VOID(require_network_role(actor, id, "coordinator"));
  return store::transact(db, [&](store::Connection& c) -> Result<Network> {
    auto before = FW_TRY(load(c, actor, id));
    FW_TRY_VOID(validate(c, in));
    auto dup = FW_TRY(c.query("SELECT 1 FROM networks WHERE name = ? AND id <> ?", {in.name, id}));
    if (!dup.empty()) return fail(ErrorCode::conflict, "directory.name_taken", "name");
    FW_TRY(c.exec(
        "UPDATE networks SET name = ?, short_name = ?, founded_on = ?, cooperation_form = ?,"
        " coordinator_organisation_id = ?, description = ?, data_basis = ?, website = ?, status = ?, search_terms = ?,"
        " updated_at = ? WHERE id = ?",
        {in.name, in.short_name, store::opt(in.founded_on), in.cooperation_form,
         in.coordinator_organisation_id ? store::Value(*in.coordinator_organisation_id) : store::null(), in.description,
         in.data_basis, in.website, in.status, terms_of(in), clock::now_ms(), id}));
    FW_TRY_VOID(write_parts(c, id, in));
    auto after = FW_TRY(load(c, actor, id));
    FW_TRY_VOID(record_audit(c, actor, {"update", "network", std::to_string(id), json::dump(network_json(before)),
                                        json::dump(network_json(after))}));
    return after;
  });
}

Result<Network> get_network(store::Database& db, const Actor& actor, std::int64_t id) {
  return store::with_connection(db, [&](store::Connection& c) { return load(c, actor, id); });
}

Result<void> delete_network(store::Database& db, const Actor& actor, std::int64_t id) {
  FW_TRY_VOID(require_admin(actor));
  return store::transact(db, [&](store::Connection& c) -> Result<void> {
    auto before = FW_TRY(load(c, actor, id));
    FW_TRY(c.exec("DELETE FROM networks WHERE id = ?", {id}));
    return record_audit(c, actor, {"delete", "network", std::to_string(id), json::dump(network_json(before)), std::nullopt});
  });
}

Result<std::string> membership_status(store::Connection& c, std::int64_t network_id, std::int64_t organisation_id) {
  auto rows = FW_TRY(c.query("SELECT status FROM memberships WHERE network_id = ? AND organisation_id = ?",
                             {network_id, organisation_id}));
  return rows.empty() ? std::string() : rows[0].text_at(0);
}

Result<Membership> membership_step(store::Database& db, const Actor& actor, MembershipStep step,
                                   std::int64_t network_id, std::int64_t org_id, const std::string& role,
                                   const std::string& reason, const std::optional<std::string>& left_on) {
  FW_TRY_VOID(require_login(actor));
  return store::transact(db, [&](store::Connection& c) {
    return membership_step_in(c, actor, step, network_id, org_id, role, reason, left_on);
  });
}

Result<Membership> membership_step_in(store::Connection& c, const Actor& actor, MembershipStep step,
                                      std::int64_t network_id, std::int64_t org_id, const std::string& role,
                                      const std::string& reason, const std::optional<std::string>& left_on) {
  FW_TRY_VOID(require_login(actor));
  const bool coordinator = actor.admin() || actor.has_network_role(network_id, "coordinator");
  const bool org_editor = actor.admin() || actor.is_organisation_editor(org_id);
  FW_TRY(load(c, actor, network_id));
  auto org = FW_TRY(c.query("SELECT 1 FROM organisations WHERE id = ?", {org_id}));
  if (org.empty()) return fail(ErrorCode::not_found, "directory.org_not_found");
  auto current = FW_TRY(c.query("SELECT id, status, role, joined_on FROM memberships WHERE network_id = ? AND organisation_id = ?",
                                {network_id, org_id}));
  const std::string status = current.empty() ? "" : current[0].text_at(1);
  const auto now = clock::now_ms();
  auto state_error = [&] { return fail(ErrorCode::conflict, "directory.membership_state", "status", status.empty() ? "–" : status); };
  std::string next;
  switch (step) {
    case MembershipStep::request:
    case MembershipStep::invite: {
      if (step == MembershipStep::request ? !org_editor : !coordinator) return fail(ErrorCode::permission_denied, "auth.forbidden");
      FW_TRY_VOID(check_code(role, membership_roles(), "role"));
      if (!status.empty() && status != "left") return fail(ErrorCode::conflict, "directory.membership_exists");
      next = step == MembershipStep::request ? "requested" : "invited";
      FW_TRY(c.exec("DELETE FROM memberships WHERE network_id = ? AND organisation_id = ?", {network_id, org_id}));
      FW_TRY(c.exec("INSERT INTO memberships (network_id, organisation_id, role, status, reason, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    {network_id, org_id, role, next, reason, now, now}));
      break;
    }
    case MembershipStep::approve:
    case MembershipStep::accept: {
      const bool approve = step == MembershipStep::approve;
      if (approve ? !coordinator : !org_editor) return fail(ErrorCode::permission_denied, "auth.forbidden");
      if (status != (approve ? "requested" : "invited")) return state_error();
      next = "active";
      FW_TRY(c.exec("UPDATE memberships SET status = 'active', joined_on = ?, updated_at = ? WHERE id = ?",
                    {today(), now, current[0].int_at(0)}));
      break;
    }
    case MembershipStep::reject:
    case MembershipStep::leave: {
      if (!coordinator && !org_editor) return fail(ErrorCode::permission_denied, "auth.forbidden");
      const bool pending = status == "requested" || status == "invited";
      if (step == MembershipStep::reject ? !pending : status != "active") return state_error();
      const std::string ended = left_on.value_or(today());
      if (!valid_iso_date(ended)) return fail(ErrorCode::invalid_argument, "directory.date_invalid", "left_on");
      // ISO dates compare as text; a pending request never had a joining date.
      if (const auto joined = current[0].opt_text(3); joined && ended < *joined) {
        return fail(ErrorCode::invalid_argument, "directory.left_before_joined", "left_on", *joined);
      }
      next = "left";
      FW_TRY(c.exec("UPDATE memberships SET status = 'left', left_on = ?, reason = ?, updated_at = ? WHERE id = ?",
                    {ended, reason, now, current[0].int_at(0)}));
      break;
    }
  }
  auto n = FW_TRY(load(c, Actor::system(), network_id));
  for (const auto& m : n.members) {
    if (m.organisation_id != org_id) continue;
    FW_TRY_VOID(record_audit(c, actor, {"membership_" + next, "network", std::to_string(network_id),
                                        status.empty() ? std::nullopt
                                                       : std::optional<std::string>(json::dump(bj::object{{"status", status}})),
                                        json::dump(membership_json(m))}));
    return m;
  }
  return fail(ErrorCode::internal, "internal", {}, "membership vanished");
}

}  // namespace fw::service
