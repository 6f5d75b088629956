#include "service/directory/practices.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <tuple>

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

// What one actor may do with one entry; decided by the networks it is linked to.
struct Rights {
  bool read = false, edit = false, publish = false;
  int contact_level = 1;  // 1 public, 2 network, 3 coordinators (see required_level)
};

Rights rights_of(const Actor& actor, const std::vector<std::int64_t>& networks, bool published) {
  if (actor.admin()) return {true, true, true, 3};
  Rights r;
  for (const auto n : networks) {
    if (actor.has_network_role(n, "member")) {
      r.read = true;
      r.contact_level = std::max(r.contact_level, 2);
    }
    if (actor.has_network_role(n, "editor")) {
      r.edit = true;
      r.contact_level = 3;  // editors write the contact, so they see it
    }
    if (actor.has_network_role(n, "coordinator")) r.publish = true;
  }
  r.read = r.read || published;
  return r;
}

int required_level(const std::string& visibility) {
  return visibility == "public" ? 1 : visibility == "network" ? 2 : 3;
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

std::unexpected<Error> forbidden() { return fail(ErrorCode::permission_denied, "auth.forbidden"); }

Result<void> validate(store::Connection& c, const PracticeInput& in) {
  if (blank(in.title) || in.title.size() > 300) return fail(ErrorCode::invalid_argument, "practice.title_missing", "title");
  // Kreise first: a Land taken from a bad Kreis is reported at the Kreis.
  for (std::size_t i = 0; i < in.kreise.size(); ++i) {
    FW_TRY_VOID(check_kreis(c, in.kreise[i], "kreise[" + std::to_string(i) + "]"));
  }
  if (in.land_ags) {
    const auto& l = *in.land_ags;
    if (l.size() != 2 || l.find_first_not_of("0123456789") != std::string::npos) {
      return fail(ErrorCode::invalid_argument, "region.land_invalid", "land_ags", l);
    }
    auto rows = FW_TRY(c.query("SELECT 1 FROM laender WHERE ags = ?", {l}));
    if (rows.empty()) return fail(ErrorCode::invalid_argument, "region.land_unknown", "land_ags", l);
    for (std::size_t i = 0; i < in.kreise.size(); ++i) {
      if (in.kreise[i].substr(0, 2) != l) {
        return fail(ErrorCode::invalid_argument, "practice.kreis_outside_land", "kreise[" + std::to_string(i) + "]",
                    in.kreise[i]);
      }
    }
  }
  FW_TRY_VOID(check_vocabulary(c, "handlungsfeld", in.handlungsfelder, "handlungsfelder"));
  FW_TRY_VOID(check_vocabulary(c, "zielgruppe", in.zielgruppen, "zielgruppen"));
  if (in.period_from && !valid_iso_date(*in.period_from)) {
    return fail(ErrorCode::invalid_argument, "directory.date_invalid", "period_from");
  }
  if (in.period_to && !valid_iso_date(*in.period_to)) {
    return fail(ErrorCode::invalid_argument, "directory.date_invalid", "period_to");
  }
  // ISO dates compare as text.
  if (in.period_from && in.period_to && *in.period_to < *in.period_from) {
    return fail(ErrorCode::invalid_argument, "practice.period_order", "period_to");
  }
  FW_TRY_VOID(check_code(in.contact.name_visibility, contact_visibilities(), "contact.name_visibility"));
  FW_TRY_VOID(check_code(in.contact.email_visibility, contact_visibilities(), "contact.email_visibility"));
  FW_TRY_VOID(check_code(in.contact.phone_visibility, contact_visibilities(), "contact.phone_visibility"));
  for (std::size_t i = 0; i < in.networks.size(); ++i) {
    auto rows = FW_TRY(c.query("SELECT 1 FROM networks WHERE id = ?", {in.networks[i]}));
    if (rows.empty()) {
      return fail(ErrorCode::invalid_argument, "directory.network_not_found", "networks[" + std::to_string(i) + "]");
    }
  }
  for (std::size_t i = 0; i < in.awards.size(); ++i) {
    const auto& a = in.awards[i];
    if (a.year < 1990 || a.year > 2100) {
      return fail(ErrorCode::invalid_argument, "practice.award_invalid", "awards[" + std::to_string(i) + "].year");
    }
    if (blank(a.name)) return fail(ErrorCode::invalid_argument, "practice.award_invalid", "awards[" + std::to_string(i) + "].name");
  }
  return {};
}

// Who may link which networks and record awards. `before` is the entry's state before an
// update (nullptr on create): networks it was linked to already stay allowed.
Result<void> check_links(const Actor& actor, const PracticeInput& in, const Practice* before) {
  if (actor.admin()) return {};
  if (in.networks.empty()) return fail(ErrorCode::invalid_argument, "practice.network_required", "networks");
  for (std::size_t i = 0; i < in.networks.size(); ++i) {
    const auto n = in.networks[i];
    const bool kept = before && std::find(before->data.networks.begin(), before->data.networks.end(), n) !=
                                    before->data.networks.end();
    if (!kept && !actor.has_network_role(n, "editor")) {
      return fail(ErrorCode::permission_denied, "practice.network_forbidden", "networks[" + std::to_string(i) + "]",
                  std::to_string(n));
    }
  }
  // The same awards in another order are no change.
  auto sorted = [](std::vector<PracticeAward> v) {
    std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return std::tie(a.year, a.name) < std::tie(b.year, b.name); });
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
  };
  if (sorted(in.awards) != sorted(before ? before->data.awards : std::vector<PracticeAward>{})) {
    return fail(ErrorCode::permission_denied, "practice.awards_admin_only", "awards");
  }
  return {};
}

std::string terms_of(const PracticeInput& in) {
  return search::index_terms(in.title + " " + in.teaser + " " + in.ausgangslage + " " + in.massnahmen + " " +
                             in.ergebnisse);
}

// The entry as stored, with the Land taken from the first Kreis when none is given.
PracticeInput normalised(const PracticeInput& input) {
  PracticeInput in = input;
  if (!in.land_ags && !in.kreise.empty()) in.land_ags = in.kreise.front().substr(0, 2);
  std::sort(in.networks.begin(), in.networks.end());
  in.networks.erase(std::unique(in.networks.begin(), in.networks.end()), in.networks.end());
  return in;
}

store::Params row_values(const PracticeInput& in) {
  return {in.title, in.teaser, store::opt(in.land_ags), in.ausgangslage, in.massnahmen, in.ergebnisse,
          store::opt(in.period_from), store::opt(in.period_to), in.funding, in.contact.name.value_or(""),
          in.contact.email.value_or(""), in.contact.phone.value_or(""), in.contact.name_visibility,
          in.contact.email_visibility, in.contact.phone_visibility, terms_of(in)};
}

Result<void> write_parts(store::Connection& c, std::int64_t id, const PracticeInput& in) {
  for (const char* table : {"practice_kreise", "practice_topics", "practice_networks", "practice_awards"}) {
    FW_TRY(c.exec(std::string("DELETE FROM ") + table + " WHERE practice_id = ?", {id}));
  }
  for (const auto& k : in.kreise) {
    FW_TRY(c.exec("INSERT INTO practice_kreise (practice_id, kreis_ags) VALUES (?, ?) ON CONFLICT DO NOTHING", {id, k}));
  }
  for (const auto& [kind, codes] : {std::pair{"handlungsfeld", &in.handlungsfelder}, std::pair{"zielgruppe", &in.zielgruppen}}) {
    for (const auto& code : *codes) {
      FW_TRY(c.exec("INSERT INTO practice_topics (practice_id, kind, code) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    {id, std::string(kind), code}));
    }
  }
  for (const auto n : in.networks) {
    FW_TRY(c.exec("INSERT INTO practice_networks (practice_id, network_id) VALUES (?, ?) ON CONFLICT DO NOTHING", {id, n}));
  }
  for (const auto& a : in.awards) {
    FW_TRY(c.exec("INSERT INTO practice_awards (practice_id, year, name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                  {id, std::int64_t{a.year}, a.name}));
  }
  return {};
}

// Loads the entry with contact fields filtered for `actor`; the caller checks `rights.read`.
Result<Practice> load(store::Connection& c, const Actor& actor, std::int64_t id, Rights* rights_out = nullptr,
                      bool* revealed_private = nullptr) {
  auto rows = FW_TRY(c.query(
      "SELECT title, teaser, land_ags, ausgangslage, massnahmen, ergebnisse, period_from, period_to, funding,"
      " contact_name, contact_email, contact_phone, contact_name_visibility, contact_email_visibility,"
      " contact_phone_visibility, status, status_reason, published_at, is_demo, created_at, updated_at"
      " FROM practices WHERE id = ?",
      {id}));
  if (rows.empty()) return fail(ErrorCode::not_found, "practice.not_found");
  const auto& r = rows[0];
  Practice p;
  p.id = id;
  auto& d = p.data;
  d.title = r.text_at(0);
  d.teaser = r.text_at(1);
  d.land_ags = r.opt_text(2);
  d.ausgangslage = r.text_at(3);
  d.massnahmen = r.text_at(4);
  d.ergebnisse = r.text_at(5);
  d.period_from = r.opt_text(6);
  d.period_to = r.opt_text(7);
  d.funding = r.text_at(8);
  d.contact.name_visibility = r.text_at(12);
  d.contact.email_visibility = r.text_at(13);
  d.contact.phone_visibility = r.text_at(14);
  p.status = r.text_at(15);
  p.status_reason = r.text_at(16);
  p.published_at = r.opt_int(17);
  d.is_demo = r.int_at(18) != 0;
  p.created_at = r.int_at(19);
  p.updated_at = r.int_at(20);
  for (const auto& k : FW_TRY(c.query("SELECT kreis_ags FROM practice_kreise WHERE practice_id = ? ORDER BY kreis_ags", {id})).rows) {
    d.kreise.push_back(k.text_at(0));
  }
  for (const auto& t : FW_TRY(c.query("SELECT kind, code FROM practice_topics WHERE practice_id = ? ORDER BY kind, code", {id})).rows) {
    (t.text_at(0) == "handlungsfeld" ? d.handlungsfelder : d.zielgruppen).push_back(t.text_at(1));
  }
  for (const auto& n : FW_TRY(c.query("SELECT n.id, n.name FROM practice_networks x JOIN networks n ON n.id = x.network_id"
                                      " WHERE x.practice_id = ? ORDER BY n.id",
                                      {id})).rows) {
    d.networks.push_back(n.int_at(0));
    p.network_names.emplace_back(n.int_at(0), n.text_at(1));
  }
  for (const auto& a : FW_TRY(c.query("SELECT year, name FROM practice_awards WHERE practice_id = ? ORDER BY year DESC, name", {id})).rows) {
    d.awards.push_back({static_cast<int>(a.int_at(0)), a.text_at(1)});
  }
  const auto rights = rights_of(actor, d.networks, p.status == "published");
  auto reveal = [&](std::optional<std::string>& out, std::size_t col, const std::string& visibility) {
    if (rights.contact_level < required_level(visibility) || r.text_at(col).empty()) return;
    out = r.text_at(col);
    if (visibility != "public" && revealed_private) *revealed_private = true;
  };
  reveal(d.contact.name, 9, d.contact.name_visibility);
  reveal(d.contact.email, 10, d.contact.email_visibility);
  reveal(d.contact.phone, 11, d.contact.phone_visibility);
  p.may_edit = rights.edit;
  p.may_publish = rights.publish;
  if (rights_out) *rights_out = rights;
  return p;
}

// Loads for a change: forbidden without `need`. A signed-in actor learns that an unpublished id
// exists (as for networks, the right is checked before the entry); never what is in it.
Result<Practice> load_for_change(store::Connection& c, const Actor& actor, std::int64_t id, bool Rights::*need) {
  Rights rights;
  auto p = FW_TRY(load(c, actor, id, &rights));
  if (!(rights.*need)) return forbidden();
  return p;
}

// The revision and the audit entry of one change, on the change's connection.
Result<Practice> record_change(store::Connection& c, const Actor& actor, std::int64_t id, const std::string& action,
                               std::optional<std::string> before) {
  // The entry itself, without what one reader may do with it.
  auto state = practice_json(FW_TRY(load(c, Actor::system(), id)));
  state.erase("may_edit");
  state.erase("may_publish");
  const auto snapshot = json::dump(state);
  FW_TRY(c.exec("INSERT INTO practice_revisions (practice_id, action, author_user_id, author_label, snapshot, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                {id, action, actor.user_id ? store::Value(*actor.user_id) : store::null(), actor.label, snapshot,
                 clock::now_ms()}));
  FW_TRY_VOID(record_audit(c, actor, {action, "practice", std::to_string(id), std::move(before), snapshot}));
  return load(c, actor, id);
}

}  // namespace

bj::object practice_json(const Practice& p) {
  auto strings = [](const std::vector<std::string>& v) {
    bj::array a;
    for (const auto& s : v) a.push_back(bj::string(s));
    return a;
  };
  const auto& d = p.data;
  bj::array networks, awards;
  for (const auto& [id, name] : p.network_names) networks.push_back(bj::object{{"id", id}, {"name", name}});
  for (const auto& a : d.awards) awards.push_back(bj::object{{"year", a.year}, {"name", a.name}});
  bj::object contact{{"name", json::nullable(d.contact.name)},
                     {"email", json::nullable(d.contact.email)},
                     {"phone", json::nullable(d.contact.phone)},
                     {"name_visibility", d.contact.name_visibility},
                     {"email_visibility", d.contact.email_visibility},
                     {"phone_visibility", d.contact.phone_visibility}};
  bj::object o{{"id", p.id},
               {"title", d.title},
               {"teaser", d.teaser},
               {"ausgangslage", d.ausgangslage},
               {"massnahmen", d.massnahmen},
               {"ergebnisse", d.ergebnisse},
               {"funding", d.funding},
               {"kreise", strings(d.kreise)},
               {"handlungsfelder", strings(d.handlungsfelder)},
               {"zielgruppen", strings(d.zielgruppen)},
               {"networks", std::move(networks)},
               {"awards", std::move(awards)},
               {"contact", std::move(contact)},
               {"status", p.status},
               {"status_reason", p.status_reason},
               {"is_demo", d.is_demo},
               {"may_edit", p.may_edit},
               {"may_publish", p.may_publish},
               {"created_at", clock::iso8601(p.created_at)},
               {"updated_at", clock::iso8601(p.updated_at)}};
  o["land_ags"] = json::nullable(d.land_ags);
  o["period_from"] = json::nullable(d.period_from);
  o["period_to"] = json::nullable(d.period_to);
  o["published_at"] = p.published_at ? bj::value(clock::iso8601(*p.published_at)) : bj::value(nullptr);
  return o;
}

bj::object practice_revision_json(const PracticeRevision& r) {
  bj::object o{{"id", r.id},
               {"action", r.action},
               {"author", r.author_label},
               {"created_at", clock::iso8601(r.created_at)},
               {"snapshot", bj::parse(r.snapshot)}};
  o["author_user_id"] = r.author_user_id ? bj::value(*r.author_user_id) : bj::value(nullptr);
  return o;
}

Result<Practice> create_practice(store::Database& db, const Actor& actor, const PracticeInput& input) {
  FW_TRY_VOID(require_login(actor));
  const auto in = normalised(input);
  FW_TRY_VOID(check_links(actor, in, nullptr));
  return store::transact(db, [&](store::Connection& c) -> Result<Practice> {
    FW_TRY_VOID(validate(c, in));
    const auto now = clock::now_ms();
    auto params = row_values(in);
    for (store::Value v : {store::Value(std::int64_t{in.is_demo}), store::Value(now), store::Value(now)}) params.push_back(v);
    auto rows = FW_TRY(c.query(
        "INSERT INTO practices (title, teaser, land_ags, ausgangslage, massnahmen, ergebnisse, period_from, period_to,"
        " funding, contact_name, contact_email, contact_phone, contact_name_visibility, contact_email_visibility,"
        " contact_phone_visibility, search_terms, is_demo, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        params));
    const auto id = rows[0].int_at(0);
    FW_TRY_VOID(write_parts(c, id, in));
    return record_change(c, actor, id, "create", std::nullopt);
  });
}

Result<Practice> update_practice(store::Database& db, const Actor& actor, std::int64_t id, const PracticeInput& input) {
  FW_TRY_VOID(require_login(actor));
  const auto in = normalised(input);
  return store::transact(db, [&](store::Connection& c) -> Result<Practice> {
    const auto before = FW_TRY(load_for_change(c, actor, id, &Rights::edit));
    FW_TRY_VOID(check_links(actor, in, &before));
    FW_TRY_VOID(validate(c, in));
    auto params = row_values(in);
    params.emplace_back(clock::now_ms());
    params.emplace_back(id);
    FW_TRY(c.exec(
        "UPDATE practices SET title = ?, teaser = ?, land_ags = ?, ausgangslage = ?, massnahmen = ?, ergebnisse = ?,"
        " period_from = ?, period_to = ?, funding = ?, contact_name = ?, contact_email = ?, contact_phone = ?,"
        " contact_name_visibility = ?, contact_email_visibility = ?, contact_phone_visibility = ?, search_terms = ?,"
        " updated_at = ? WHERE id = ?",
        params));
    FW_TRY_VOID(write_parts(c, id, in));
    return record_change(c, actor, id, "update", json::dump(practice_json(before)));
  });
}

Result<Practice> get_practice(store::Database& db, const Actor& actor, std::int64_t id) {
  bool revealed = false;
  auto p = FW_TRY(store::with_connection(db, [&](store::Connection& c) -> Result<Practice> {
    Rights rights;
    auto loaded = FW_TRY(load(c, actor, id, &rights, &revealed));
    if (!rights.read) return fail(ErrorCode::not_found, "practice.not_found");
    return loaded;
  }));
  // As for organisations: only a reader shown non-public contact data leaves a trace.
  if (revealed) {
    FW_TRY_VOID(store::transact(db, [&](store::Connection& c) {
      return record_audit(c, actor, {"view", "practice_contacts", std::to_string(id), std::nullopt, std::nullopt});
    }));
  }
  return p;
}

Result<Practice> practice_step(store::Database& db, const Actor& actor, std::int64_t id, PracticeStep step,
                               const std::string& reason) {
  FW_TRY_VOID(require_login(actor));
  return store::transact(db, [&](store::Connection& c) -> Result<Practice> {
    const auto need = step == PracticeStep::submit ? &Rights::edit : &Rights::publish;
    const auto before = FW_TRY(load_for_change(c, actor, id, need));
    const auto now = clock::now_ms();
    auto state_error = [&] { return fail(ErrorCode::conflict, "practice.state", "status", before.status); };
    std::string action;
    switch (step) {
      case PracticeStep::submit:
        if (before.status != "draft") return state_error();
        action = "submit";
        FW_TRY(c.exec("UPDATE practices SET status = 'submitted', status_reason = '', updated_at = ? WHERE id = ?", {now, id}));
        break;
      case PracticeStep::publish:
        if (before.status != "submitted") return state_error();
        action = "publish";
        FW_TRY(c.exec("UPDATE practices SET status = 'published', status_reason = '', published_at = ?, updated_at = ?"
                      " WHERE id = ?",
                      {now, now, id}));
        break;
      case PracticeStep::unpublish:
        if (before.status == "draft") return state_error();
        if (blank(reason)) return fail(ErrorCode::invalid_argument, "practice.reason_missing", "reason");
        action = "unpublish";
        FW_TRY(c.exec("UPDATE practices SET status = 'draft', status_reason = ?, published_at = NULL, updated_at = ?"
                      " WHERE id = ?",
                      {reason, now, id}));
        break;
    }
    return record_change(c, actor, id, action, json::dump(bj::object{{"status", before.status}}));
  });
}

Result<PracticePage> list_practices(store::Database& db, const Actor& actor, const PracticeListQuery& q) {
  if (!q.status.empty()) FW_TRY_VOID(check_code(q.status, {"draft", "submitted", "published"}, "status"));
  if (q.page < 1 || q.page > 10000) return fail(ErrorCode::invalid_argument, "query.invalid", "page", "1..10000");
  if (q.size < 1 || q.size > 100) return fail(ErrorCode::invalid_argument, "query.invalid", "size", "1..100");
  // Fixed fragments only; every value is bound.
  std::string where = " WHERE 1=1";
  store::Params params;
  if (!actor.admin()) {
    std::string in_list;
    for (const auto& r : actor.roles) {
      if (r.scope != "network" || network_role_rank(r.role) < 1) continue;
      in_list += in_list.empty() ? "?" : ", ?";
      params.emplace_back(r.scope_id);
    }
    where += in_list.empty() ? " AND p.status = 'published'"
                             : " AND (p.status = 'published' OR EXISTS (SELECT 1 FROM practice_networks v"
                               " WHERE v.practice_id = p.id AND v.network_id IN (" + in_list + ")))";
  }
  if (!q.status.empty()) {
    where += " AND p.status = ?";
    params.emplace_back(q.status);
  }
  if (q.network) {
    where += " AND EXISTS (SELECT 1 FROM practice_networks x WHERE x.practice_id = p.id AND x.network_id = ?)";
    params.emplace_back(*q.network);
  }
  return store::with_connection(db, [&](store::Connection& c) -> Result<PracticePage> {
    PracticePage page;
    page.total = FW_TRY(c.query("SELECT COUNT(*) FROM practices p" + where, params))[0].int_at(0);
    auto p = params;
    p.emplace_back(std::int64_t{q.size});
    p.emplace_back(std::int64_t{q.page - 1} * q.size);
    auto ids = FW_TRY(c.query("SELECT p.id FROM practices p" + where + " ORDER BY p.updated_at DESC, p.id DESC LIMIT ? OFFSET ?", p));
    for (const auto& r : ids.rows) {
      auto item = FW_TRY(load(c, actor, r.int_at(0)));
      // Lists show public contact data only: reading more is what the entry's own page is for
      // (and what it audits).
      auto& ct = item.data.contact;
      if (ct.name_visibility != "public") ct.name.reset();
      if (ct.email_visibility != "public") ct.email.reset();
      if (ct.phone_visibility != "public") ct.phone.reset();
      page.items.push_back(std::move(item));
    }
    return page;
  });
}

Result<std::vector<PracticeRevision>> practice_revisions(store::Database& db, const Actor& actor, std::int64_t id) {
  FW_TRY_VOID(require_login(actor));
  return store::with_connection(db, [&](store::Connection& c) -> Result<std::vector<PracticeRevision>> {
    FW_TRY(load_for_change(c, actor, id, &Rights::edit));
    std::vector<PracticeRevision> out;
    auto rows = FW_TRY(c.query("SELECT id, action, author_user_id, author_label, snapshot, created_at"
                               " FROM practice_revisions WHERE practice_id = ? ORDER BY id DESC",
                               {id}));
    for (const auto& r : rows.rows) {
      out.push_back({r.int_at(0), r.text_at(1), r.text_at(3), r.text_at(4), r.opt_int(2), r.int_at(5)});
    }
    return out;
  });
}

}  // namespace fw::service
