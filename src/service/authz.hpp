// Authorisation rules, decided here in the service layer and nowhere else. Each returns
// unauthenticated ("auth.required") for nobody and permission_denied ("auth.forbidden") for
// someone without the right; platform admins and the system actor pass every check.
#pragma once

#include <cstdint>
#include <string_view>

#include "core/result.hpp"
#include "service/actor.hpp"

namespace fw::service {

Result<void> require_login(const Actor& actor);
Result<void> require_admin(const Actor& actor);
Result<void> require_admin_or_self(const Actor& actor, std::int64_t user_id);
// role: "member" | "editor" | "coordinator" (or stronger).
Result<void> require_network_role(const Actor& actor, std::int64_t network_id, std::string_view role);
Result<void> require_organisation_editor(const Actor& actor, std::int64_t organisation_id);

}  // namespace fw::service
