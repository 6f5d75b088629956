#include "service/actor.hpp"

namespace fw::service {

int network_role_rank(std::string_view role) {
  if (role == "coordinator") return 3;
  if (role == "editor") return 2;
  if (role == "member") return 1;
  return 0;
}

bool Actor::has_network_role(std::int64_t network_id, std::string_view role) const {
  const int needed = network_role_rank(role);
  for (const auto& r : roles) {
    if (r.scope == "network" && r.scope_id == network_id && network_role_rank(r.role) >= needed) return true;
  }
  return false;
}

bool Actor::is_organisation_editor(std::int64_t organisation_id) const {
  for (const auto& r : roles) {
    if (r.scope == "organisation" && r.scope_id == organisation_id && r.role == "editor") return true;
  }
  return false;
}

Actor Actor::anonymous(std::string ip) {
  Actor a;
  a.ip = std::move(ip);
  return a;
}

Actor Actor::system(std::string label) {
  Actor a;
  a.label = std::move(label);
  a.is_system = true;
  a.ip = "local";
  return a;
}

}  // namespace fw::service
