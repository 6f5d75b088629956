// Networks (Fachkräftenetzwerke, -allianzen, -bündnisse): region as a set of Kreise, topics
// from the vocabularies, and memberships of organisations with their own small workflow:
//   organisation requests → coordinator approves;  coordinator invites → organisation accepts;
//   either side ends an active membership (status "left", with date and reason).
// The admission rule of the national directory — at least 3 regional partners — is computed
// and shown; a network below it is marked, never hidden.
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

struct NetworkInput {
  std::string name, short_name, cooperation_form = "kooperationsvereinbarung", description, data_basis, website;
  std::string status = "active";  // active | inactive
  std::optional<std::string> founded_on;  // YYYY-MM-DD
  std::optional<std::int64_t> coordinator_organisation_id;
  std::vector<std::string> kreise, handlungsfelder, zielgruppen;
  bool is_demo = false;
};

struct Membership {
  std::int64_t id = 0, network_id = 0, organisation_id = 0;
  std::string organisation_name, organisation_type, role, status, reason;
  std::optional<std::string> kreis_ags, joined_on, left_on;
  bool regional = false;  // the organisation lies in the network's region
};

struct Network {
  std::int64_t id = 0;
  NetworkInput data;
  std::int64_t created_at = 0, updated_at = 0;
  std::vector<Membership> members;  // active for everyone; all states for coordinators and admins
  int regional_partners = 0;        // active lead partners and partners located in the region
  bool meets_admission_rule = false;
};

inline constexpr int kMinRegionalPartners = 3;

Result<Network> create_network(store::Database& db, const Actor& actor, const NetworkInput& in);  // admins
Result<Network> update_network(store::Database& db, const Actor& actor, std::int64_t id, const NetworkInput& in);
Result<Network> get_network(store::Database& db, const Actor& actor, std::int64_t id);
Result<void> delete_network(store::Database& db, const Actor& actor, std::int64_t id);  // admins

enum class MembershipStep { request, invite, approve, accept, reject, leave };
// request: an editor of the organisation (or admin); invite: the network's coordinator.
// approve/reject a request: coordinator; accept/reject an invitation: organisation editor;
// leave: either. Steps that do not fit the current status → conflict "directory.membership_state".
// `left_on` (leave only, YYYY-MM-DD) records when the membership ended, today when not given;
// it may not lie before the joining date.
Result<Membership> membership_step(store::Database& db, const Actor& actor, MembershipStep step,
                                   std::int64_t network_id, std::int64_t organisation_id, const std::string& role,
                                   const std::string& reason, const std::optional<std::string>& left_on = std::nullopt);

// The same inside the caller's transaction (the CSV import adds memberships of many rows at once).
Result<Membership> membership_step_in(store::Connection& c, const Actor& actor, MembershipStep step,
                                      std::int64_t network_id, std::int64_t organisation_id, const std::string& role,
                                      const std::string& reason,
                                      const std::optional<std::string>& left_on = std::nullopt);
// The current status of the organisation in the network ("" when it never was a member).
Result<std::string> membership_status(store::Connection& c, std::int64_t network_id, std::int64_t organisation_id);

boost::json::object network_json(const Network& n);
boost::json::object membership_json(const Membership& m);

}  // namespace fw::service
