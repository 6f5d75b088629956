#include "service/authz.hpp"

namespace fw::service {
namespace {
std::unexpected<Error> forbidden() { return fail(ErrorCode::permission_denied, "auth.forbidden"); }
}  // namespace

Result<void> require_login(const Actor& actor) {
  if (!actor.authenticated()) return fail(ErrorCode::unauthenticated, "auth.required");
  return {};
}

Result<void> require_admin(const Actor& actor) {
  FW_TRY_VOID(require_login(actor));
  if (!actor.admin()) return forbidden();
  return {};
}

Result<void> require_admin_or_self(const Actor& actor, std::int64_t user_id) {
  FW_TRY_VOID(require_login(actor));
  if (actor.admin() || actor.user_id == user_id) return {};
  return forbidden();
}

Result<void> require_network_role(const Actor& actor, std::int64_t network_id, std::string_view role) {
  FW_TRY_VOID(require_login(actor));
  if (actor.admin() || actor.has_network_role(network_id, role)) return {};
  return forbidden();
}

Result<void> require_organisation_editor(const Actor& actor, std::int64_t organisation_id) {
  FW_TRY_VOID(require_login(actor));
  if (actor.admin() || actor.is_organisation_editor(organisation_id)) return {};
  return forbidden();
}

}  // namespace fw::service
