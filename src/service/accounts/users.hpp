// User accounts and their roles. Every change is audited in the same transaction.
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

struct User {
  std::int64_t id = 0;
  std::string email;
  std::string display_name;
  std::string language = "de";
  bool is_admin = false;
  bool disabled = false;
  bool is_demo = false;
  std::int64_t created_at = 0;
  std::int64_t updated_at = 0;
  std::vector<RoleAssignment> roles;
};

struct NewUser {
  std::string email;
  std::string display_name;
  std::string password;
  bool is_admin = false;
  std::string language = "de";
  bool is_demo = false;
};

struct UserPatch {
  std::optional<std::string> display_name;
  std::optional<std::string> language;
  std::optional<bool> is_admin;   // admins only
  std::optional<bool> disabled;   // admins only
};

// Validation shared with password reset. Errors name the field.
Result<std::string> normalise_email(std::string_view email);  // trimmed, lower-cased
Result<void> check_password_strength(std::string_view password);

// Admin (or system) only. Conflict "user.email_taken" for a duplicate address.
Result<User> create_user(store::Database& db, const Actor& actor, const NewUser& user);
// Admin only; audited as a view of personal data.
Result<std::vector<User>> list_users(store::Database& db, const Actor& actor);
// Admin or the user themself; an admin's view of another user is audited.
Result<User> get_user(store::Database& db, const Actor& actor, std::int64_t id);
// Admin: every field; the user themself: display_name and language only.
Result<User> update_user(store::Database& db, const Actor& actor, std::int64_t id, const UserPatch& patch);
// The user themself must give the current password; an admin need not.
Result<void> change_password(store::Database& db, const Actor& actor, std::int64_t id,
                             const std::optional<std::string>& current, std::string_view new_password);
// Admin, or a network's coordinator granting member/editor roles in their own network.
Result<RoleAssignment> assign_role(store::Database& db, const Actor& actor, std::int64_t user_id,
                                   const RoleAssignment& role);
Result<void> revoke_role(store::Database& db, const Actor& actor, std::int64_t user_id, std::int64_t role_id);

// The caller's own data as a JSON document (account, roles, sessions, audit entries).
Result<boost::json::object> export_own_data(store::Database& db, const Actor& actor);
// Deletes the caller's account after checking the password. The audit entries stay (they
// prove what happened) but lose the e-mail address, which is replaced by "gelöschtes Konto #id".
Result<void> delete_own_account(store::Database& db, const Actor& actor, std::string_view password);

// Helpers for the auth service.
Result<std::optional<User>> find_user_by_email(store::Connection& c, std::string_view email);
Result<std::optional<User>> find_user_by_id(store::Connection& c, std::int64_t id);
Result<std::vector<RoleAssignment>> load_roles(store::Connection& c, std::int64_t user_id);
Result<std::string> password_hash_of(store::Connection& c, std::int64_t user_id);
// JSON snapshot for audit before/after and exports (no password hash).
boost::json::object user_json(const User& u);

}  // namespace fw::service
