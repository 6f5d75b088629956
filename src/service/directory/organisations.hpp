// Partner organisations: chambers, agencies, companies, schools … with address, Kreis and
// contacts. Contact fields carry their own visibility (public, members of a common network,
// coordinators only; hidden by default) and are filtered here for each reader.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "service/actor.hpp"
#include "store/store.hpp"

namespace fw::service {

struct Contact {
  std::int64_t id = 0;
  std::optional<std::string> name, function_title, email, phone;  // nullopt: hidden from this reader
  std::string name_visibility = "coordinators", email_visibility = "coordinators", phone_visibility = "coordinators";
};

struct OrganisationInput {
  std::string name, type, street, postcode, city, website, email;
  std::optional<std::int64_t> place_id;
  std::optional<std::string> kreis_ags, size_class, external_id;
  std::vector<Contact> contacts;  // replaces all contacts on update
  bool is_demo = false;
};

struct Organisation {
  std::int64_t id = 0;
  OrganisationInput data;
  std::optional<double> lat, lon;
  std::int64_t created_at = 0, updated_at = 0;
  std::vector<std::pair<std::int64_t, std::string>> networks;  // active memberships: id, name
};

// Admins, network coordinators and editors. Place → Kreis and coordinates when no Kreis is given.
Result<Organisation> create_organisation(store::Database& db, const Actor& actor, const OrganisationInput& in);
// Admins, the organisation's editors, and coordinators/editors of a network it is active in.
// With replace_contacts false the stored contacts stay (a form that edits only the organisation's
// own fields must not wipe contact data its user may not even see).
Result<Organisation> update_organisation(store::Database& db, const Actor& actor, std::int64_t id,
                                         const OrganisationInput& in, bool replace_contacts = true);
// Public; contact fields filtered by visibility. Revealing non-public contact data is audited.
Result<Organisation> get_organisation(store::Database& db, const Actor& actor, std::int64_t id);
Result<void> delete_organisation(store::Database& db, const Actor& actor, std::int64_t id);

// The same steps inside the caller's transaction, for writers of many rows at once (the CSV
// import). create_organisation_in does not check the right to create (the caller has);
// update_organisation_in does. With replace_contacts false the stored contacts stay as they are.
Result<Organisation> create_organisation_in(store::Connection& c, const Actor& actor, OrganisationInput in);
Result<Organisation> update_organisation_in(store::Connection& c, const Actor& actor, std::int64_t id,
                                            OrganisationInput in, bool replace_contacts = true);
// Everything stored about the organisation, contacts unfiltered (for services, never for readers).
Result<Organisation> load_organisation(store::Connection& c, std::int64_t id);

boost::json::object organisation_json(const Organisation& o);
// Helpers for other directory services.
Result<bool> may_edit_organisation(store::Connection& c, const Actor& actor, std::int64_t id);

}  // namespace fw::service
