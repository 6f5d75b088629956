#include "service/dualcareer/consent.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include "core/clock.hpp"
#include "core/crypto.hpp"
#include "core/json.hpp"
#include "service/audit/audit_log.hpp"
#include "service/authz.hpp"

namespace fw::service::dualcareer {
namespace bj = boost::json;
namespace {

struct Link {
  std::int64_t id = 0, case_id = 0;
};

Actor link_actor(const std::string& ip) {
  auto a = Actor::anonymous(ip);
  a.label = "einwilligungslink";
  return a;
}

struct ActiveConsent {
  std::int64_t id = 0;
  int text_version = 0;
  std::string scope, purpose;
  std::vector<std::string> data_items;
  std::vector<std::int64_t> organisations;
  std::int64_t granted_at = 0;
};

Result<std::optional<ActiveConsent>> active_consent(store::Connection& c, std::int64_t case_id) {
  auto rows = FW_TRY(c.query("SELECT id, text_version, scope, purpose, data_items, granted_at FROM dc_consents"
                             " WHERE case_id = ? AND revoked_at IS NULL ORDER BY id DESC",
                             {case_id}));
  if (rows.empty()) return std::nullopt;
  ActiveConsent a{rows[0].int_at(0), static_cast<int>(rows[0].int_at(1)), rows[0].text_at(2), rows[0].text_at(3), {}, {},
                  rows[0].int_at(5)};
  boost::system::error_code ec;
  auto items = bj::parse(rows[0].text_at(4), ec);
  if (!ec && items.is_array()) {
    for (const auto& v : items.as_array()) {
      if (v.is_string()) a.data_items.emplace_back(v.as_string());
    }
  }
  for (const auto& r : FW_TRY(c.query("SELECT organisation_id FROM dc_consent_recipients WHERE consent_id = ?"
                                      " ORDER BY organisation_id",
                                      {a.id}))
                           .rows) {
    a.organisations.push_back(r.int_at(0));
  }
  return a;
}

Result<int> current_text_version(store::Connection& c) {
  auto rows = FW_TRY(c.query("SELECT MAX(version) FROM dc_consent_texts"));
  return static_cast<int>(rows[0].int_at(0));
}

// The link of `token` if it is usable; errors say why not (all invalid_argument on "token").
Result<Link> resolve(store::Connection& c, const std::string& token) {
  auto rows = FW_TRY(c.query("SELECT id, case_id, expires_at, revoked_at FROM dc_consent_links WHERE token_hash = ?",
                             {crypto::sha256_hex(token)}));
  if (rows.empty()) return fail(ErrorCode::not_found, "dualcareer.consent_link_invalid", "token");
  if (!rows[0].is_null(3)) return fail(ErrorCode::invalid_argument, "dualcareer.consent_link_revoked", "token");
  if (rows[0].int_at(2) <= clock::now_ms()) return fail(ErrorCode::invalid_argument, "dualcareer.consent_link_expired", "token");
  return Link{rows[0].int_at(0), rows[0].int_at(1)};
}

// Runs `fn(connection, link)` for a usable link in one transaction; a refused link is audited
// in a transaction of its own (the first one changed nothing and was rolled back).
template <class F>
Result<bj::object> with_link(store::Database& db, const std::string& token, const std::string& ip, const char* action,
                             F&& fn) {
  auto r = store::transact(db, [&](store::Connection& c) -> Result<bj::object> {
    auto link = FW_TRY(resolve(c, token));
    return fn(c, link);
  });
  if (!r && r.error().key.starts_with("dualcareer.consent_link_")) {
    (void)store::transact(db, [&](store::Connection& c) -> Result<void> {
      auto rows = FW_TRY(c.query("SELECT case_id FROM dc_consent_links WHERE token_hash = ?", {crypto::sha256_hex(token)}));
      return record_audit(c, link_actor(ip),
                          {"consent_link_refused", "dc_case", rows.empty() ? "" : rows[0].text_at(0), std::nullopt,
                           json::dump(bj::object{{"action", action}, {"reason", r.error().key}})});
    });
  }
  return r;
}

bj::array id_array(const std::vector<std::int64_t>& ids) {
  bj::array a;
  for (auto id : ids) a.push_back(id);
  return a;
}

bj::value consent_json(const std::optional<ActiveConsent>& a) {
  if (!a) return nullptr;
  bj::array items;
  for (const auto& i : a->data_items) items.push_back(bj::string(i));
  return bj::object{{"text_version", a->text_version}, {"scope", a->scope},
                    {"organisations", id_array(a->organisations)}, {"data_items", std::move(items)},
                    {"purpose", a->purpose}, {"granted_at", clock::iso8601(a->granted_at)}};
}

Result<bj::array> reveals_json(store::Connection& c, std::int64_t case_id) {
  bj::array out;
  for (const auto& r : FW_TRY(c.query("SELECT r.id, r.organisation_id, o.name, r.status, r.requested_at FROM dc_reveal_requests r"
                                      " JOIN organisations o ON o.id = r.organisation_id WHERE r.case_id = ? ORDER BY r.id",
                                      {case_id}))
                           .rows) {
    out.push_back(bj::object{{"id", r.int_at(0)}, {"organisation_id", r.int_at(1)}, {"organisation_name", r.text_at(2)},
                             {"status", r.text_at(3)}, {"requested_at", clock::iso8601(r.int_at(4))}});
  }
  return out;
}

// Who viewed the profile: the organisation when the viewer acted for one, else "a member of
// the network" — the partner learns which company looked, not which employee.
Result<bj::array> views_json(store::Connection& c, std::int64_t case_id) {
  bj::array out;
  for (const auto& r : FW_TRY(c.query("SELECT v.viewed_at, v.organisation_id, o.name FROM dc_profile_views v"
                                      " LEFT JOIN organisations o ON o.id = v.organisation_id WHERE v.case_id = ?"
                                      " ORDER BY v.id",
                                      {case_id}))
                           .rows) {
    bj::object v{{"viewed_at", clock::iso8601(r.int_at(0))}};
    v["organisation_id"] = r.is_null(1) ? bj::value(nullptr) : bj::value(r.int_at(1));
    v["organisation_name"] = r.is_null(2) ? bj::value("Mitglied des Netzwerks") : bj::value(r.text_at(2));
    out.push_back(std::move(v));
  }
  return out;
}

Result<void> validate(store::Connection& c, const CaseRow& row, const ConsentInput& in) {
  if (in.text_version != FW_TRY(current_text_version(c))) {
    return fail(ErrorCode::conflict, "dualcareer.consent_text_outdated", "text_version");
  }
  if (in.scope != "network" && in.scope != "organisations") {
    return fail(ErrorCode::invalid_argument, "directory.value_invalid", "scope", in.scope);
  }
  if (in.scope == "organisations" && in.organisations.empty()) {
    return fail(ErrorCode::invalid_argument, "dualcareer.recipients_missing", "organisations");
  }
  for (std::size_t i = 0; i < in.organisations.size(); ++i) {
    auto m = FW_TRY(c.query("SELECT 1 FROM memberships WHERE network_id = ? AND organisation_id = ? AND status = 'active'",
                            {row.network_id, in.organisations[i]}));
    if (m.empty()) {
      return fail(ErrorCode::invalid_argument, "dualcareer.recipient_not_member", "organisations[" + std::to_string(i) + "]");
    }
  }
  if (in.data_items.empty()) return fail(ErrorCode::invalid_argument, "dualcareer.data_items_missing", "data_items");
  const auto& known = consent_data_items();
  for (std::size_t i = 0; i < in.data_items.size(); ++i) {
    if (std::find(known.begin(), known.end(), in.data_items[i]) == known.end()) {
      return fail(ErrorCode::invalid_argument, "directory.value_invalid", "data_items[" + std::to_string(i) + "]",
                  in.data_items[i]);
    }
  }
  if (in.purpose.find_first_not_of(' ') == std::string::npos || in.purpose.size() > 2000) {
    return fail(ErrorCode::invalid_argument, "dualcareer.purpose_missing", "purpose");
  }
  return {};
}

Result<bj::object> page(store::Connection& c, const Link& link) {
  auto row = FW_TRY(load_case(c, link.case_id));
  auto text = FW_TRY(c.query("SELECT version, text_de FROM dc_consent_texts ORDER BY version DESC"));
  auto network = FW_TRY(c.query("SELECT name FROM networks WHERE id = ?", {row.network_id}));
  bj::array members;
  for (const auto& m : FW_TRY(c.query("SELECT o.id, o.name FROM memberships m JOIN organisations o ON o.id = m.organisation_id"
                                      " WHERE m.network_id = ? AND m.status = 'active' ORDER BY o.name",
                                      {row.network_id}))
                           .rows) {
    members.push_back(bj::object{{"id", m.int_at(0)}, {"name", m.text_at(1)}});
  }
  bj::array items;
  for (auto i : consent_data_items()) items.push_back(bj::string(i));
  auto expires = FW_TRY(c.query("SELECT expires_at FROM dc_consent_links WHERE id = ?", {link.id}));
  return bj::object{{"network", bj::object{{"id", row.network_id}, {"name", network.empty() ? "" : network[0].text_at(0)}}},
                    {"text", bj::object{{"version", text[0].int_at(0)}, {"text", text[0].text_at(1)}}},
                    {"data_items", std::move(items)},
                    {"profile", FW_TRY(anonymised_profile(c, row, std::nullopt))},
                    {"consent", consent_json(FW_TRY(active_consent(c, link.case_id)))},
                    {"members", std::move(members)},
                    {"reveal_requests", FW_TRY(reveals_json(c, link.case_id))},
                    {"views", FW_TRY(views_json(c, link.case_id))},
                    {"link_expires_at", clock::iso8601(expires[0].int_at(0))}};
}

}  // namespace

const std::vector<std::string_view>& consent_data_items() {
  static const std::vector<std::string_view> items{"occupations", "qualifications", "languages",
                                                   "working_time", "earliest_start", "region"};
  return items;
}

Result<std::vector<std::int64_t>> member_organisations(store::Connection& c, const Actor& actor, std::int64_t network_id) {
  std::vector<std::int64_t> out;
  for (const auto& r : actor.roles) {
    if (r.scope != "organisation" || r.role != "editor") continue;
    auto m = FW_TRY(c.query("SELECT 1 FROM memberships WHERE network_id = ? AND organisation_id = ? AND status = 'active'",
                            {network_id, r.scope_id}));
    if (!m.empty()) out.push_back(r.scope_id);
  }
  std::sort(out.begin(), out.end());
  return out;
}

Result<Viewer> viewer_of(store::Connection& c, const Actor& actor, const CaseRow& row) {
  Viewer v;
  auto consent = FW_TRY(active_consent(c, row.id));
  if (!consent) return v;
  const auto orgs = FW_TRY(member_organisations(c, actor, row.network_id));
  if (consent->scope == "network") {
    v.covered = actor.has_network_role(row.network_id, "member") || !orgs.empty();
    if (!orgs.empty()) v.organisation_id = orgs.front();
  } else {
    for (auto o : orgs) {
      if (std::find(consent->organisations.begin(), consent->organisations.end(), o) != consent->organisations.end()) {
        v.covered = true;
        v.organisation_id = o;
        break;
      }
    }
  }
  if (v.covered) v.data_items = consent->data_items;
  return v;
}

Result<bool> consent_covers_organisation(store::Connection& c, const CaseRow& row, std::int64_t organisation_id) {
  auto consent = FW_TRY(active_consent(c, row.id));
  if (!consent) return false;
  auto m = FW_TRY(c.query("SELECT 1 FROM memberships WHERE network_id = ? AND organisation_id = ? AND status = 'active'",
                          {row.network_id, organisation_id}));
  if (m.empty()) return false;
  return consent->scope == "network" || std::find(consent->organisations.begin(), consent->organisations.end(),
                                                  organisation_id) != consent->organisations.end();
}

Result<bj::object> privacy_json(store::Connection& c, std::int64_t case_id) {
  auto links = FW_TRY(c.query("SELECT MAX(expires_at) FROM dc_consent_links WHERE case_id = ? AND revoked_at IS NULL",
                              {case_id}));
  bj::object o{{"consent", consent_json(FW_TRY(active_consent(c, case_id)))},
               {"reveal_requests", FW_TRY(reveals_json(c, case_id))},
               {"views", FW_TRY(views_json(c, case_id))}};
  o["link_expires_at"] = links[0].is_null(0) ? bj::value(nullptr) : bj::value(clock::iso8601(links[0].int_at(0)));
  return o;
}

Result<ConsentLink> create_consent_link(store::Database& db, const Actor& actor, std::int64_t case_id, std::int64_t ttl_ms) {
  FW_TRY_VOID(require_login(actor));
  return audit_denied(db, actor, case_id, store::transact(db, [&](store::Connection& c) -> Result<ConsentLink> {
    auto row = FW_TRY(load_case(c, case_id));
    if (!actor.admin() && !actor.has_network_role(row.network_id, "coordinator")) {
      const bool knows = (row.organisation_id && actor.is_organisation_editor(*row.organisation_id)) ||
                         FW_TRY(viewer_of(c, actor, row)).covered;
      if (knows) return fail(ErrorCode::permission_denied, "auth.forbidden");
      return fail(ErrorCode::not_found, "dualcareer.case_not_found");
    }
    const auto now = clock::now_ms();
    ConsentLink link{crypto::random_token(), "", now + ttl_ms};
    link.path = "/einwilligung/" + link.token;
    FW_TRY(c.exec("UPDATE dc_consent_links SET revoked_at = ? WHERE case_id = ? AND revoked_at IS NULL", {now, case_id}));
    FW_TRY(c.exec("INSERT INTO dc_consent_links (case_id, token_hash, created_at, expires_at, created_by_user_id)"
                  " VALUES (?, ?, ?, ?, ?)",
                  {case_id, crypto::sha256_hex(link.token), now, link.expires_at,
                   actor.user_id ? store::Value(*actor.user_id) : store::null()}));
    FW_TRY_VOID(add_event(c, actor, case_id, "consent_link", "Einwilligungslink erstellt"));
    FW_TRY_VOID(record_audit(c, actor, {"consent_link", "dc_case", std::to_string(case_id), std::nullopt,
                                        json::dump(bj::object{{"expires_at", clock::iso8601(link.expires_at)}})}));
    return link;
  }));
}

Result<bj::object> consent_page(store::Database& db, const std::string& token, const std::string& ip) {
  return with_link(db, token, ip, "view", [&](store::Connection& c, const Link& link) { return page(c, link); });
}

Result<bj::object> grant_consent(store::Database& db, const std::string& token, const std::string& ip,
                                 const ConsentInput& in) {
  return with_link(db, token, ip, "grant", [&](store::Connection& c, const Link& link) -> Result<bj::object> {
    auto row = FW_TRY(load_case(c, link.case_id));
    FW_TRY_VOID(validate(c, row, in));
    const auto now = clock::now_ms();
    auto before = consent_json(FW_TRY(active_consent(c, link.case_id)));
    // A new consent replaces the old one: at most one is active.
    FW_TRY(c.exec("UPDATE dc_consents SET revoked_at = ?, revoked_ip = ? WHERE case_id = ? AND revoked_at IS NULL",
                  {now, ip, link.case_id}));
    bj::array items;
    for (const auto& i : in.data_items) items.push_back(bj::string(i));
    auto rows = FW_TRY(c.query("INSERT INTO dc_consents (case_id, link_id, text_version, scope, data_items, purpose, granted_at,"
                               " granted_ip) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                               {link.case_id, link.id, std::int64_t{in.text_version}, in.scope, json::dump(items), in.purpose,
                                now, ip}));
    if (in.scope == "organisations") {
      for (auto org : in.organisations) {
        FW_TRY(c.exec("INSERT INTO dc_consent_recipients (consent_id, organisation_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                      {rows[0].int_at(0), org}));
      }
    }
    const auto actor = link_actor(ip);
    FW_TRY_VOID(add_event(c, actor, link.case_id, "consent", "Einwilligung erteilt"));
    auto after = consent_json(FW_TRY(active_consent(c, link.case_id)));
    FW_TRY_VOID(record_audit(c, actor, {"consent_grant", "dc_case", std::to_string(link.case_id),
                                        before.is_null() ? std::nullopt : std::optional<std::string>(json::dump(before)),
                                        json::dump(after)}));
    return page(c, link);
  });
}

Result<bj::object> revoke_consent(store::Database& db, const std::string& token, const std::string& ip) {
  return with_link(db, token, ip, "revoke", [&](store::Connection& c, const Link& link) -> Result<bj::object> {
    auto before = consent_json(FW_TRY(active_consent(c, link.case_id)));
    if (before.is_null()) return fail(ErrorCode::conflict, "dualcareer.consent_none");
    const auto now = clock::now_ms();
    FW_TRY(c.exec("UPDATE dc_consents SET revoked_at = ?, revoked_ip = ? WHERE case_id = ? AND revoked_at IS NULL",
                  {now, ip, link.case_id}));
    // Revealed contacts were given under the consent: they end with it.
    FW_TRY(c.exec("UPDATE dc_reveal_requests SET status = 'declined', decided_at = ?, decided_ip = ?"
                  " WHERE case_id = ? AND status <> 'declined'",
                  {now, ip, link.case_id}));
    const auto actor = link_actor(ip);
    FW_TRY_VOID(add_event(c, actor, link.case_id, "consent_revoked", "Einwilligung widerrufen"));
    FW_TRY_VOID(record_audit(c, actor, {"consent_revoke", "dc_case", std::to_string(link.case_id), json::dump(before),
                                        std::nullopt}));
    return page(c, link);
  });
}

Result<bj::object> decide_reveal(store::Database& db, const std::string& token, const std::string& ip,
                                 std::int64_t reveal_id, bool grant) {
  return with_link(db, token, ip, "reveal", [&](store::Connection& c, const Link& link) -> Result<bj::object> {
    auto r = FW_TRY(c.query("SELECT organisation_id FROM dc_reveal_requests WHERE id = ? AND case_id = ?",
                            {reveal_id, link.case_id}));
    if (r.empty()) return fail(ErrorCode::not_found, "dualcareer.reveal_not_found");
    if (grant && !FW_TRY(consent_covers_organisation(c, FW_TRY(load_case(c, link.case_id)), r[0].int_at(0)))) {
      return fail(ErrorCode::conflict, "dualcareer.consent_missing", "organisation_id");
    }
    const std::string status = grant ? "granted" : "declined";
    FW_TRY(c.exec("UPDATE dc_reveal_requests SET status = ?, decided_at = ?, decided_ip = ? WHERE id = ?",
                  {status, clock::now_ms(), ip, reveal_id}));
    const auto actor = link_actor(ip);
    FW_TRY_VOID(add_event(c, actor, link.case_id, "reveal_" + status, "Organisation " + std::to_string(r[0].int_at(0))));
    FW_TRY_VOID(record_audit(c, actor, {"reveal_" + status, "dc_case", std::to_string(link.case_id), std::nullopt,
                                        json::dump(bj::object{{"organisation_id", r[0].int_at(0)}})}));
    return page(c, link);
  });
}

}  // namespace fw::service::dualcareer
