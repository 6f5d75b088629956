#include "service/export/lists.hpp"

#include "core/clock.hpp"
#include "service/accounts/users.hpp"
#include "service/directory/networks.hpp"
#include "service/directory/organisations.hpp"

namespace fw::service::exporting {
namespace {

std::string yes_no(bool b) { return b ? "ja" : "nein"; }

// Pages through a list service until all rows (at most kMaxExportRows) are in the table.
template <class Query, class List, class Row>
Result<void> collect(Table& t, Query q, List list, Row row) {
  q.size = kMaxListPageSize;
  for (q.page = 1; static_cast<int>(t.rows.size()) < kMaxExportRows; ++q.page) {
    auto page = FW_TRY(list(q));
    for (const auto& item : page.items) t.rows.push_back(row(item));
    if (page.items.empty() || static_cast<std::int64_t>(q.page) * q.size >= page.total) break;
  }
  return {};
}

}  // namespace

Result<Table> networks_list(store::Database& db, NetworkListQuery query) {
  Table t{"Netzwerke",
          {{"ID", true}, {"Name"}, {"Kurzname"}, {"Status"}, {"Form der Zusammenarbeit"}, {"Gegründet"},
           {"Kreise", true}, {"regionale Partner", true}, {"Aufnahmekriterium erfüllt"}, {"Website"}, {"Demodaten"}},
          {}};
  FW_TRY_VOID(collect(t, query, [&](const NetworkListQuery& q) { return list_networks(db, q); },
                      [](const NetworkSummary& n) -> std::vector<std::string> {
                        return {std::to_string(n.id), n.name, n.short_name, n.status, n.cooperation_form,
                                n.founded_on.value_or(""), std::to_string(n.kreise), std::to_string(n.regional_partners),
                                yes_no(n.meets_admission_rule), n.website, yes_no(n.is_demo)};
                      }));
  return t;
}

Result<Table> organisations_list(store::Database& db, OrganisationListQuery query) {
  Table t{"Organisationen",
          {{"ID", true}, {"Name"}, {"Typ"}, {"Straße"}, {"PLZ"}, {"Ort"}, {"Kreis (AGS)"}, {"Größe"}, {"Website"},
           {"Demodaten"}},
          {}};
  FW_TRY_VOID(collect(t, query, [&](const OrganisationListQuery& q) { return list_organisations(db, q); },
                      [](const OrganisationSummary& o) -> std::vector<std::string> {
                        return {std::to_string(o.id), o.name, o.type, o.street, o.postcode, o.city,
                                o.kreis_ags.value_or(""), o.size_class.value_or(""), o.website, yes_no(o.is_demo)};
                      }));
  return t;
}

Result<Table> search_list(store::Database& db, const SearchQuery& query) {
  Table t{"Suchergebnisse", {{"Art"}, {"ID", true}, {"Name"}, {"Kreis (AGS)"}, {"Demodaten"}}, {}};
  SearchQuery q = query;
  q.size = 100;
  for (q.page = 1; static_cast<int>(t.rows.size()) < kMaxExportRows; ++q.page) {
    auto r = FW_TRY(search_directory(db, q));
    for (const auto& h : r.items) {
      const char* kind = h.type == "network" ? "Netzwerk" : h.type == "practice" ? "Praxisbeitrag" : "Organisation";
      t.rows.push_back({kind, std::to_string(h.id), h.title, h.kreis_ags,
                        yes_no(h.is_demo)});
    }
    if (r.items.empty() || static_cast<std::int64_t>(q.page) * q.size >= r.total) break;
  }
  return t;
}

Result<Table> network_members_list(store::Database& db, const Actor& actor, std::int64_t network_id) {
  auto n = FW_TRY(get_network(db, actor, network_id));
  Table t{"Mitglieder " + (n.data.short_name.empty() ? n.data.name : n.data.short_name),
          {{"Organisation"}, {"Typ"}, {"Rolle"}, {"Status"}, {"Kreis (AGS)"}, {"in der Region"}, {"Beitritt"},
           {"Austritt"}, {"Ansprechperson"}, {"E-Mail"}, {"Telefon"}},
          {}};
  for (const auto& m : n.members) {
    // get_organisation filters contact fields by the reader's level and audits a reveal.
    auto o = FW_TRY(get_organisation(db, actor, m.organisation_id));
    Contact ct;
    if (!o.data.contacts.empty()) ct = o.data.contacts.front();
    t.rows.push_back({m.organisation_name, m.organisation_type, m.role, m.status, m.kreis_ags.value_or(""),
                      yes_no(m.regional), m.joined_on.value_or(""), m.left_on.value_or(""), ct.name.value_or(""),
                      ct.email.value_or(""), ct.phone.value_or("")});
  }
  return t;
}

Result<Table> users_list(store::Database& db, const Actor& actor) {
  auto users = FW_TRY(list_users(db, actor));
  Table t{"Benutzer",
          {{"id", true}, {"email"}, {"display_name"}, {"language"}, {"is_admin"}, {"disabled"}, {"created_at"}},
          {}};
  for (const auto& u : users) {
    t.rows.push_back({std::to_string(u.id), u.email, u.display_name, u.language, u.is_admin ? "1" : "0",
                      u.disabled ? "1" : "0", clock::iso8601(u.created_at)});
  }
  return t;
}

Result<Table> audit_list(store::Database& db, const Actor& actor, AuditFilter f) {
  Table t{"Protokoll",
          {{"id", true}, {"at"}, {"actor_user_id", true}, {"actor_label"}, {"ip"}, {"action"}, {"entity"}, {"entity_id"},
           {"before"}, {"after"}},
          {}};
  f.size = 500;
  // Each page read is itself audited; the bound keeps those new entries from shifting the
  // pages. It includes the current millisecond: entries written just before must not be lost.
  if (!f.to_ms) f.to_ms = clock::now_ms() + 1;
  for (f.page = 1; static_cast<int>(t.rows.size()) < kMaxExportRows * 20; ++f.page) {
    auto page = FW_TRY(list_audit(db, actor, f));
    for (const auto& e : page.items) {
      t.rows.push_back({std::to_string(e.id), clock::iso8601(e.at),
                        e.actor_user_id ? std::to_string(*e.actor_user_id) : "", e.actor_label, e.ip, e.action,
                        e.entity, e.entity_id, e.before.value_or(""), e.after.value_or("")});
    }
    if (page.items.empty() || static_cast<std::int64_t>(f.page) * f.size >= page.total) break;
  }
  return t;
}

}  // namespace fw::service::exporting
