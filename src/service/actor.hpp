// Who is acting: the authenticated user (or nobody) with their roles and where they come
// from. Built by the API layer from the session, or by the CLI as the system actor.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fw::service {

struct RoleAssignment {
  std::int64_t id = 0;
  std::string scope;  // "network" | "organisation"
  std::int64_t scope_id = 0;
  std::string role;   // network: "coordinator" | "editor" | "member"; organisation: "editor"
};

struct Actor {
  std::optional<std::int64_t> user_id;
  std::string label = "anonym";  // e-mail or "system"; written to the audit log
  bool is_admin = false;
  bool is_system = false;        // the CLI: trusted like an admin
  std::vector<RoleAssignment> roles;
  std::string ip;
  std::string lang = "de";

  bool authenticated() const { return user_id.has_value() || is_system; }
  bool admin() const { return is_admin || is_system; }
  // Whether the actor holds `role` (or a stronger one) in the given network.
  bool has_network_role(std::int64_t network_id, std::string_view role) const;
  bool is_organisation_editor(std::int64_t organisation_id) const;

  static Actor anonymous(std::string ip);
  static Actor system(std::string label = "system");
};

// coordinator > editor > member; 0 for unknown roles.
int network_role_rank(std::string_view role);

}  // namespace fw::service
