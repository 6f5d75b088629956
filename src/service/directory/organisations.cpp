#include "service/directory/organisations.hpp"

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

Result<void> check_unique(store::Connection& c, const OrganisationInput& in, std::int64_t self) {
  auto rows = FW_TRY(c.query("SELECT 1 FROM organisations WHERE name = ? AND postcode = ? AND id <> ?",
                             {in.name, in.postcode, self}));
  if (!rows.empty()) return fail(ErrorCode::conflict, "directory.name_taken", "name");
  if (in.external_id) {
    rows = FW_TRY(c.query("SELECT 1 FROM organisations WHERE external_id = ? AND id <> ?", {*in.external_id, self}));
    if (!rows.empty()) return fail(ErrorCode::conflict, "directory.name_taken", "external_id");
  }
  return {};
}

Result<void> validate(store::Connection& c, OrganisationInput& in) {
  if (in.name.find_first_not_of(' ') == std::string::npos || in.name.size() > 300) {
    return fail(ErrorCode::invalid_argument, "directory.name_missing", "name");
  }
  FW_TRY_VOID(check_code(in.type, organisation_types(), "type"));
  if (in.size_class) FW_TRY_VOID(check_code(*in.size_class, size_classes(), "size_class"));
  if (in.kreis_ags) FW_TRY_VOID(check_kreis(c, *in.kreis_ags, "kreis_ags"));
  for (std::size_t i = 0; i < in.contacts.size(); ++i) {
    const auto& ct = in.contacts[i];
    const std::string at = "contacts[" + std::to_string(i) + "].";
    if (!ct.name || ct.name->empty()) return fail(ErrorCode::invalid_argument, "directory.name_missing", at + "name");
    FW_TRY_VOID(check_code(ct.name_visibility, contact_visibilities(), at + "name_visibility"));
    FW_TRY_VOID(check_code(ct.email_visibility, contact_visibilities(), at + "email_visibility"));
    FW_TRY_VOID(check_code(ct.phone_visibility, contact_visibilities(), at + "phone_visibility"));
  }
  return {};
}

// Fills Kreis and coordinates from the place. A given Kreis wins over the place's.
Result<std::pair<std::optional<double>, std::optional<double>>> locate(store::Connection& c, OrganisationInput& in) {
  if (!in.place_id) return std::pair<std::optional<double>, std::optional<double>>{};
  auto rows = FW_TRY(c.query("SELECT lat, lon, kreis_ags FROM places WHERE id = ?", {*in.place_id}));
  if (rows.empty()) return fail(ErrorCode::invalid_argument, "directory.value_invalid", "place_id", std::to_string(*in.place_id));
  // Reference data may lack a Kreis for a place: then the organisation has none either.
  if (!in.kreis_ags && !rows[0].text_at(2).empty()) in.kreis_ags = rows[0].text_at(2);
  return std::pair<std::optional<double>, std::optional<double>>{rows[0].real_at(0), rows[0].real_at(1)};
}

std::string terms_of(const OrganisationInput& in) {
  return search::index_terms(in.name + " " + in.city + " " + in.street);
}

Result<void> write_contacts(store::Connection& c, std::int64_t org, const std::vector<Contact>& contacts) {
  FW_TRY(c.exec("DELETE FROM contacts WHERE organisation_id = ?", {org}));
  for (const auto& ct : contacts) {
    FW_TRY(c.exec("INSERT INTO contacts (organisation_id, name, function_title, email, phone, name_visibility,"
                  " email_visibility, phone_visibility) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                  {org, ct.name.value_or(""), ct.function_title.value_or(""), ct.email.value_or(""),
                   ct.phone.value_or(""), ct.name_visibility, ct.email_visibility, ct.phone_visibility}));
  }
  return {};
}

// What the reader may see of contacts: "public" always; "network" to members of a network in
// which the organisation is active; "coordinators" to that network's coordinators; everything
// to admins and the organisation's own editors.
Result<int> reader_level(store::Connection& c, const Actor& actor, std::int64_t org) {
  if (actor.admin() || actor.is_organisation_editor(org)) return 3;
  int level = 1;
  auto rows = FW_TRY(c.query("SELECT network_id FROM memberships WHERE organisation_id = ? AND status = 'active'", {org}));
  for (const auto& r : rows.rows) {
    if (actor.has_network_role(r.int_at(0), "coordinator")) return 3;
    if (actor.has_network_role(r.int_at(0), "member")) level = 2;
  }
  return level;
}

int required_level(const std::string& visibility) {
  return visibility == "public" ? 1 : visibility == "network" ? 2 : 3;
}

Result<Organisation> load(store::Connection& c, const Actor& actor, std::int64_t id, bool* revealed_private) {
  auto rows = FW_TRY(c.query(
      "SELECT name, type, street, postcode, city, place_id, kreis_ags, lat, lon, size_class, website, email,"
      " external_id, is_demo, created_at, updated_at FROM organisations WHERE id = ?",
      {id}));
  if (rows.empty()) return fail(ErrorCode::not_found, "directory.org_not_found");
  const auto& r = rows[0];
  Organisation o;
  o.id = id;
  o.data = {r.text_at(0), r.text_at(1), r.text_at(2), r.text_at(3), r.text_at(4), r.text_at(10), r.text_at(11),
            r.opt_int(5), r.opt_text(6), r.opt_text(9), r.opt_text(12), {}, r.int_at(13) != 0};
  if (!r.is_null(7)) o.lat = r.real_at(7);
  if (!r.is_null(8)) o.lon = r.real_at(8);
  o.created_at = r.int_at(14);
  o.updated_at = r.int_at(15);
  const int level = FW_TRY(reader_level(c, actor, id));
  auto contacts = FW_TRY(c.query(
      "SELECT id, name, function_title, email, phone, name_visibility, email_visibility, phone_visibility"
      " FROM contacts WHERE organisation_id = ? ORDER BY id",
      {id}));
  for (const auto& cr : contacts.rows) {
    Contact ct;
    ct.id = cr.int_at(0);
    ct.name_visibility = cr.text_at(5);
    ct.email_visibility = cr.text_at(6);
    ct.phone_visibility = cr.text_at(7);
    auto reveal = [&](std::optional<std::string>& out, std::size_t col, const std::string& vis) {
      if (level < required_level(vis)) return;
      out = cr.text_at(col);
      if (vis != "public" && revealed_private) *revealed_private = true;
    };
    reveal(ct.name, 1, ct.name_visibility);
    reveal(ct.function_title, 2, ct.name_visibility);
    reveal(ct.email, 3, ct.email_visibility);
    reveal(ct.phone, 4, ct.phone_visibility);
    o.data.contacts.push_back(std::move(ct));
  }
  auto nets = FW_TRY(c.query(
      "SELECT n.id, n.name FROM memberships m JOIN networks n ON n.id = m.network_id"
      " WHERE m.organisation_id = ? AND m.status = 'active' ORDER BY n.name",
      {id}));
  for (const auto& nr : nets.rows) o.networks.emplace_back(nr.int_at(0), nr.text_at(1));
  return o;
}

}  // namespace

bj::object organisation_json(const Organisation& o) {
  bj::array contacts;
  for (const auto& ct : o.data.contacts) {
    contacts.push_back(bj::object{{"id", ct.id},
                                  {"name", json::nullable(ct.name)},
                                  {"function_title", json::nullable(ct.function_title)},
                                  {"email", json::nullable(ct.email)},
                                  {"phone", json::nullable(ct.phone)},
                                  {"name_visibility", ct.name_visibility},
                                  {"email_visibility", ct.email_visibility},
                                  {"phone_visibility", ct.phone_visibility}});
  }
  bj::array networks;
  for (const auto& [id, name] : o.networks) networks.push_back(bj::object{{"id", id}, {"name", name}});
  bj::object out{{"id", o.id},           {"name", o.data.name},         {"type", o.data.type},
                 {"street", o.data.street}, {"postcode", o.data.postcode}, {"city", o.data.city},
                 {"website", o.data.website}, {"email", o.data.email},   {"is_demo", o.data.is_demo},
                 {"contacts", std::move(contacts)}, {"networks", std::move(networks)},
                 {"created_at", clock::iso8601(o.created_at)}, {"updated_at", clock::iso8601(o.updated_at)}};
  out["place_id"] = o.data.place_id ? bj::value(*o.data.place_id) : bj::value(nullptr);
  out["kreis_ags"] = json::nullable(o.data.kreis_ags);
  out["size_class"] = json::nullable(o.data.size_class);
  out["external_id"] = json::nullable(o.data.external_id);
  out["lat"] = o.lat ? bj::value(*o.lat) : bj::value(nullptr);
  out["lon"] = o.lon ? bj::value(*o.lon) : bj::value(nullptr);
  return out;
}

Result<bool> may_edit_organisation(store::Connection& c, const Actor& actor, std::int64_t id) {
  if (actor.admin() || actor.is_organisation_editor(id)) return true;
  auto rows = FW_TRY(c.query("SELECT network_id FROM memberships WHERE organisation_id = ? AND status = 'active'", {id}));
  for (const auto& r : rows.rows) {
    if (actor.has_network_role(r.int_at(0), "editor")) return true;
  }
  return false;
}

Result<Organisation> load_organisation(store::Connection& c, std::int64_t id) {
  return load(c, Actor::system(), id, nullptr);
}

Result<Organisation> create_organisation_in(store::Connection& c, const Actor& actor, OrganisationInput in) {
  FW_TRY_VOID(validate(c, in));
  FW_TRY_VOID(check_unique(c, in, 0));
  auto [lat, lon] = FW_TRY(locate(c, in));
  const auto now = clock::now_ms();
  auto rows = FW_TRY(c.query(
      "INSERT INTO organisations (name, type, street, postcode, city, place_id, kreis_ags, lat, lon, size_class,"
      " website, email, external_id, search_terms, is_demo, created_at, updated_at)"
      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {in.name, in.type, in.street, in.postcode, in.city,
       in.place_id ? store::Value(*in.place_id) : store::null(), store::opt(in.kreis_ags),
       lat ? store::Value(*lat) : store::null(), lon ? store::Value(*lon) : store::null(), store::opt(in.size_class),
       in.website, in.email, store::opt(in.external_id), terms_of(in), std::int64_t{in.is_demo}, now, now}));
  const auto id = rows[0].int_at(0);
  FW_TRY_VOID(write_contacts(c, id, in.contacts));
  auto created = FW_TRY(load(c, actor, id, nullptr));
  FW_TRY_VOID(record_audit(c, actor, {"create", "organisation", std::to_string(id), std::nullopt,
                                      json::dump(organisation_json(created))}));
  return created;
}

Result<Organisation> create_organisation(store::Database& db, const Actor& actor, const OrganisationInput& input) {
  FW_TRY_VOID(require_login(actor));
  bool allowed = actor.admin();
  for (const auto& r : actor.roles) allowed = allowed || (r.scope == "network" && network_role_rank(r.role) >= 2);
  if (!allowed) return fail(ErrorCode::permission_denied, "auth.forbidden");
  return store::transact(db, [&](store::Connection& c) { return create_organisation_in(c, actor, input); });
}

Result<Organisation> update_organisation_in(store::Connection& c, const Actor& actor, std::int64_t id,
                                            OrganisationInput in, bool replace_contacts) {
  auto before = FW_TRY(load(c, Actor::system(), id, nullptr));
  if (!FW_TRY(may_edit_organisation(c, actor, id))) return fail(ErrorCode::permission_denied, "auth.forbidden");
  FW_TRY_VOID(validate(c, in));
  FW_TRY_VOID(check_unique(c, in, id));
  auto [lat, lon] = FW_TRY(locate(c, in));
  FW_TRY(c.exec(
      "UPDATE organisations SET name = ?, type = ?, street = ?, postcode = ?, city = ?, place_id = ?, kreis_ags = ?,"
      " lat = ?, lon = ?, size_class = ?, website = ?, email = ?, external_id = ?, search_terms = ?, updated_at = ?"
      " WHERE id = ?",
      {in.name, in.type, in.street, in.postcode, in.city, in.place_id ? store::Value(*in.place_id) : store::null(),
       store::opt(in.kreis_ags), lat ? store::Value(*lat) : store::null(), lon ? store::Value(*lon) : store::null(),
       store::opt(in.size_class), in.website, in.email, store::opt(in.external_id), terms_of(in), clock::now_ms(), id}));
  if (replace_contacts) FW_TRY_VOID(write_contacts(c, id, in.contacts));
  auto after = FW_TRY(load(c, Actor::system(), id, nullptr));
  FW_TRY_VOID(record_audit(c, actor, {"update", "organisation", std::to_string(id),
                                      json::dump(organisation_json(before)), json::dump(organisation_json(after))}));
  return after;
}

Result<Organisation> update_organisation(store::Database& db, const Actor& actor, std::int64_t id,
                                         const OrganisationInput& input, bool replace_contacts) {
  FW_TRY_VOID(require_login(actor));
  return store::transact(db, [&](store::Connection& c) {
    return update_organisation_in(c, actor, id, input, replace_contacts);
  });
}

Result<Organisation> get_organisation(store::Database& db, const Actor& actor, std::int64_t id) {
  bool revealed = false;
  auto o = FW_TRY(store::with_connection(db, [&](store::Connection& c) { return load(c, actor, id, &revealed); }));
  // Only a reader who was shown non-public contact data leaves a trace; public reads stay reads.
  if (revealed) {
    FW_TRY_VOID(store::transact(db, [&](store::Connection& c) {
      return record_audit(c, actor, {"view", "organisation_contacts", std::to_string(id), std::nullopt, std::nullopt});
    }));
  }
  return o;
}

Result<void> delete_organisation(store::Database& db, const Actor& actor, std::int64_t id) {
  FW_TRY_VOID(require_admin(actor));
  return store::transact(db, [&](store::Connection& c) -> Result<void> {
    auto before = FW_TRY(load(c, Actor::system(), id, nullptr));
    FW_TRY(c.exec("DELETE FROM organisations WHERE id = ?", {id}));
    return record_audit(c, actor, {"delete", "organisation", std::to_string(id), json::dump(organisation_json(before)),
                                   std::nullopt});
  });
}

}  // namespace fw::service
