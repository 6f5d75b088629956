#include "service/accounts/users.hpp"

#include <boost/json.hpp>

#include "core/clock.hpp"
#include "core/crypto.hpp"
#include "core/json.hpp"
#include "service/audit/audit_log.hpp"
#include "service/accounts/session_cache.hpp"
#include "service/authz.hpp"

namespace fw::service {
namespace bj = boost::json;
namespace {

constexpr std::string_view kUserColumns =
    "id, email, display_name, language, is_admin, disabled, is_demo, created_at, updated_at";

User to_user(const store::Row& r) {
  User u;
  u.id = r.int_at(0);
  u.email = r.text_at(1);
  u.display_name = r.text_at(2);
  u.language = r.text_at(3);
  u.is_admin = r.int_at(4) != 0;
  u.disabled = r.int_at(5) != 0;
  u.is_demo = r.int_at(6) != 0;
  u.created_at = r.int_at(7);
  u.updated_at = r.int_at(8);
  return u;
}

std::size_t utf8_length(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char ch : s) n += (ch & 0xC0) != 0x80;
  return n;
}

Result<void> check_display_name(std::string_view name) {
  if (name.find_first_not_of(" \t") == std::string_view::npos || name.size() > 200) {
    return fail(ErrorCode::invalid_argument, "user.name_missing", "display_name");
  }
  return {};
}

Result<void> check_language(std::string_view lang) {
  if (lang != "de" && lang != "en") return fail(ErrorCode::invalid_argument, "user.language_invalid", "language");
  return {};
}

Result<std::int64_t> count_admins(store::Connection& c) {
  auto rows = FW_TRY(c.query("SELECT COUNT(*) FROM users WHERE is_admin = 1 AND disabled = 0"));
  return rows[0].int_at(0);
}

Result<User> load_user(store::Connection& c, std::int64_t id) {
  auto u = FW_TRY(find_user_by_id(c, id));
  if (!u) return fail(ErrorCode::not_found, "user.not_found");
  return std::move(*u);
}

// Runs a transaction that changes what sessions resolve to, then invalidates cached sessions.
template <class F>
auto transact_accounts(store::Database& db, F&& fn) -> decltype(fn(std::declval<store::Connection&>())) {
  auto result = store::transact(db, std::forward<F>(fn));
  if (result) bump_accounts_epoch();
  return result;
}

}  // namespace

bj::object user_json(const User& u) {
  bj::array roles;
  for (const auto& r : u.roles) {
    roles.push_back(bj::object{{"id", r.id}, {"scope", r.scope}, {"scope_id", r.scope_id}, {"role", r.role}});
  }
  return bj::object{{"id", u.id},
                    {"email", u.email},
                    {"display_name", u.display_name},
                    {"language", u.language},
                    {"is_admin", u.is_admin},
                    {"disabled", u.disabled},
                    {"is_demo", u.is_demo},
                    {"created_at", clock::iso8601(u.created_at)},
                    {"updated_at", clock::iso8601(u.updated_at)},
                    {"roles", std::move(roles)}};
}

Result<std::string> normalise_email(std::string_view email) {
  while (!email.empty() && (email.front() == ' ' || email.front() == '\t')) email.remove_prefix(1);
  while (!email.empty() && (email.back() == ' ' || email.back() == '\t')) email.remove_suffix(1);
  std::string out;
  for (char ch : email) out += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
  const auto at = out.find('@');
  const bool ok = out.size() <= 254 && at != std::string::npos && at > 0 && at == out.rfind('@') &&
                  out.find('.', at) != std::string::npos && out.back() != '.' &&
                  out.find_first_of(" \t\r\n<>,;\"") == std::string::npos;
  if (!ok) return fail(ErrorCode::invalid_argument, "user.email_invalid", "email");
  return out;
}

Result<void> check_password_strength(std::string_view password) {
  if (utf8_length(password) < 10 || password.size() > 1024) {
    return fail(ErrorCode::invalid_argument, "user.password_weak", "password");
  }
  return {};
}

Result<std::optional<User>> find_user_by_email(store::Connection& c, std::string_view email) {
  auto rows = FW_TRY(c.query("SELECT " + std::string(kUserColumns) + " FROM users WHERE email = ?", {std::string(email)}));
  if (rows.empty()) return std::optional<User>{};
  User u = to_user(rows[0]);
  u.roles = FW_TRY(load_roles(c, u.id));
  return std::optional<User>(std::move(u));
}

Result<std::optional<User>> find_user_by_id(store::Connection& c, std::int64_t id) {
  auto rows = FW_TRY(c.query("SELECT " + std::string(kUserColumns) + " FROM users WHERE id = ?", {id}));
  if (rows.empty()) return std::optional<User>{};
  User u = to_user(rows[0]);
  u.roles = FW_TRY(load_roles(c, u.id));
  return std::optional<User>(std::move(u));
}

Result<std::vector<RoleAssignment>> load_roles(store::Connection& c, std::int64_t user_id) {
  auto rows = FW_TRY(c.query(
      "SELECT id, scope, scope_id, role FROM role_assignments WHERE user_id = ? ORDER BY scope, scope_id, role",
      {user_id}));
  std::vector<RoleAssignment> out;
  for (const auto& r : rows.rows) out.push_back({r.int_at(0), r.text_at(1), r.int_at(2), r.text_at(3)});
  return out;
}

Result<std::string> password_hash_of(store::Connection& c, std::int64_t user_id) {
  auto rows = FW_TRY(c.query("SELECT password_hash FROM users WHERE id = ?", {user_id}));
  if (rows.empty()) return fail(ErrorCode::not_found, "user.not_found");
  return rows[0].text_at(0);
}

Result<User> create_user(store::Database& db, const Actor& actor, const NewUser& nu) {
  FW_TRY_VOID(require_admin(actor));
  auto email = FW_TRY(normalise_email(nu.email));
  FW_TRY_VOID(check_display_name(nu.display_name));
  FW_TRY_VOID(check_language(nu.language));
  FW_TRY_VOID(check_password_strength(nu.password));
  // Hash before taking the write lock: Argon2id is deliberately slow.
  auto hash = FW_TRY(crypto::hash_password(nu.password));
  return store::transact(db, [&](store::Connection& c) -> Result<User> {
    if (FW_TRY(find_user_by_email(c, email))) return fail(ErrorCode::conflict, "user.email_taken", "email");
    const auto now = clock::now_ms();
    auto rows = FW_TRY(c.query(
        "INSERT INTO users (email, display_name, password_hash, is_admin, language, is_demo, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {email, nu.display_name, hash, std::int64_t{nu.is_admin}, nu.language, std::int64_t{nu.is_demo}, now, now}));
    User u = FW_TRY(load_user(c, rows[0].int_at(0)));
    FW_TRY_VOID(record_audit(c, actor, {"create", "user", std::to_string(u.id), std::nullopt, json::dump(user_json(u))}));
    return u;
  });
}

Result<std::vector<User>> list_users(store::Database& db, const Actor& actor) {
  FW_TRY_VOID(require_admin(actor));
  return store::transact(db, [&](store::Connection& c) -> Result<std::vector<User>> {
    auto rows = FW_TRY(c.query("SELECT " + std::string(kUserColumns) + " FROM users ORDER BY id"));
    std::vector<User> out;
    for (const auto& r : rows.rows) {
      User u = to_user(r);
      u.roles = FW_TRY(load_roles(c, u.id));
      out.push_back(std::move(u));
    }
    FW_TRY_VOID(record_audit(c, actor, {"view", "user", "", std::nullopt, std::nullopt}));
    return out;
  });
}

Result<User> get_user(store::Database& db, const Actor& actor, std::int64_t id) {
  FW_TRY_VOID(require_admin_or_self(actor, id));
  // Reading one's own account is a plain read: no audit entry, so no write transaction.
  if (actor.user_id == id) {
    return store::with_connection(db, [&](store::Connection& c) { return load_user(c, id); });
  }
  return store::transact(db, [&](store::Connection& c) -> Result<User> {
    User u = FW_TRY(load_user(c, id));
    if (actor.user_id != id) {
      FW_TRY_VOID(record_audit(c, actor, {"view", "user", std::to_string(id), std::nullopt, std::nullopt}));
    }
    return u;
  });
}

Result<User> update_user(store::Database& db, const Actor& actor, std::int64_t id, const UserPatch& patch) {
  FW_TRY_VOID(require_admin_or_self(actor, id));
  if ((patch.is_admin || patch.disabled) && !actor.admin()) return fail(ErrorCode::permission_denied, "auth.forbidden");
  if (patch.display_name) FW_TRY_VOID(check_display_name(*patch.display_name));
  if (patch.language) FW_TRY_VOID(check_language(*patch.language));
  return transact_accounts(db, [&](store::Connection& c) -> Result<User> {
    User before = FW_TRY(load_user(c, id));
    User after = before;
    if (patch.display_name) after.display_name = *patch.display_name;
    if (patch.language) after.language = *patch.language;
    if (patch.is_admin) after.is_admin = *patch.is_admin;
    if (patch.disabled) after.disabled = *patch.disabled;
    after.updated_at = clock::now_ms();
    FW_TRY(c.exec("UPDATE users SET display_name = ?, language = ?, is_admin = ?, disabled = ?, updated_at = ? WHERE id = ?",
                  {after.display_name, after.language, std::int64_t{after.is_admin}, std::int64_t{after.disabled},
                   after.updated_at, id}));
    if (before.is_admin && (!after.is_admin || after.disabled) && FW_TRY(count_admins(c)) == 0) {
      return fail(ErrorCode::conflict, "user.last_admin_change", patch.disabled ? "disabled" : "is_admin");
    }
    if (after.disabled) FW_TRY(c.exec("DELETE FROM sessions WHERE user_id = ?", {id}));
    FW_TRY_VOID(record_audit(c, actor, {"update", "user", std::to_string(id), json::dump(user_json(before)),
                                        json::dump(user_json(after))}));
    return after;
  });
}

Result<void> change_password(store::Database& db, const Actor& actor, std::int64_t id,
                             const std::optional<std::string>& current, std::string_view new_password) {
  FW_TRY_VOID(require_admin_or_self(actor, id));
  if (auto strong = check_password_strength(new_password); !strong) {
    return fail(ErrorCode::invalid_argument, strong.error().key, "new_password");
  }
  if (!actor.admin() || actor.user_id == id) {
    if (!current) return fail(ErrorCode::invalid_argument, "json.missing", "current_password");
    auto stored = FW_TRY(store::with_connection(db, [&](store::Connection& c) { return password_hash_of(c, id); }));
    if (!crypto::verify_password(stored, *current)) {
      return fail(ErrorCode::invalid_argument, "auth.password_wrong", "current_password");
    }
  }
  auto hash = FW_TRY(crypto::hash_password(new_password));
  return store::transact(db, [&](store::Connection& c) -> Result<void> {
    FW_TRY(load_user(c, id));
    FW_TRY(c.exec("UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?", {hash, clock::now_ms(), id}));
    FW_TRY_VOID(record_audit(c, actor, {"password_change", "user", std::to_string(id), std::nullopt, std::nullopt}));
    return {};
  });
}

Result<RoleAssignment> assign_role(store::Database& db, const Actor& actor, std::int64_t user_id,
                                   const RoleAssignment& role) {
  FW_TRY_VOID(require_login(actor));
  const bool network_role = role.scope == "network" && network_role_rank(role.role) > 0;
  const bool org_role = role.scope == "organisation" && role.role == "editor";
  if (!network_role && !org_role) {
    return fail(ErrorCode::invalid_argument, "user.role_invalid", "role", role.scope + "/" + role.role);
  }
  // A coordinator may add members and editors to their own network; anything else needs an admin.
  const bool coordinator_may = network_role && role.role != "coordinator" &&
                               actor.has_network_role(role.scope_id, "coordinator");
  if (!actor.admin() && !coordinator_may) FW_TRY_VOID(require_admin(actor));
  return transact_accounts(db, [&](store::Connection& c) -> Result<RoleAssignment> {
    FW_TRY(load_user(c, user_id));
    // role_assignments.scope_id has no foreign key (it points at either table), so the scope's
    // existence is checked here: a role in a network that does not exist would grant nothing.
    const bool network = role.scope == "network";
    auto scope = FW_TRY(c.query(network ? "SELECT 1 FROM networks WHERE id = ?" : "SELECT 1 FROM organisations WHERE id = ?",
                                {role.scope_id}));
    if (scope.empty()) {
      return fail(ErrorCode::not_found, network ? "user.role_network_missing" : "user.role_organisation_missing",
                  "scope_id", std::to_string(role.scope_id));
    }
    auto held = FW_TRY(c.query("SELECT 1 FROM role_assignments WHERE user_id = ? AND scope = ? AND scope_id = ? AND role = ?",
                               {user_id, role.scope, role.scope_id, role.role}));
    if (!held.empty()) return fail(ErrorCode::conflict, "user.role_exists", "role");
    auto rows = FW_TRY(c.query(
        "INSERT INTO role_assignments (user_id, scope, scope_id, role, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id",
        {user_id, role.scope, role.scope_id, role.role, clock::now_ms()}));
    RoleAssignment out = role;
    out.id = rows[0].int_at(0);
    bj::object after{{"id", out.id}, {"scope", out.scope}, {"scope_id", out.scope_id}, {"role", out.role}};
    FW_TRY_VOID(record_audit(c, actor, {"role_grant", "user", std::to_string(user_id), std::nullopt, json::dump(after)}));
    return out;
  });
}

Result<void> revoke_role(store::Database& db, const Actor& actor, std::int64_t user_id, std::int64_t role_id) {
  FW_TRY_VOID(require_login(actor));
  return transact_accounts(db, [&](store::Connection& c) -> Result<void> {
    auto rows = FW_TRY(c.query("SELECT scope, scope_id, role FROM role_assignments WHERE id = ? AND user_id = ?",
                               {role_id, user_id}));
    if (rows.empty()) return fail(ErrorCode::not_found, "not_found");
    const std::string scope = rows[0].text_at(0), role = rows[0].text_at(2);
    const auto scope_id = rows[0].int_at(1);
    const bool coordinator_may =
        scope == "network" && role != "coordinator" && actor.has_network_role(scope_id, "coordinator");
    if (!actor.admin() && !coordinator_may) FW_TRY_VOID(require_admin(actor));
    FW_TRY(c.exec("DELETE FROM role_assignments WHERE id = ?", {role_id}));
    bj::object before{{"id", role_id}, {"scope", scope}, {"scope_id", scope_id}, {"role", role}};
    FW_TRY_VOID(record_audit(c, actor, {"role_revoke", "user", std::to_string(user_id), json::dump(before), std::nullopt}));
    return {};
  });
}

Result<bj::object> export_own_data(store::Database& db, const Actor& actor) {
  FW_TRY_VOID(require_login(actor));
  if (!actor.user_id) return fail(ErrorCode::invalid_argument, "auth.required");
  const std::int64_t id = *actor.user_id;
  return store::transact(db, [&](store::Connection& c) -> Result<bj::object> {
    User u = FW_TRY(load_user(c, id));
    bj::array sessions;
    auto srows = FW_TRY(c.query(
        "SELECT created_at, last_seen_at, expires_at, ip, user_agent FROM sessions WHERE user_id = ? ORDER BY id", {id}));
    for (const auto& r : srows.rows) {
      sessions.push_back(bj::object{{"created_at", clock::iso8601(r.int_at(0))},
                                    {"last_seen_at", clock::iso8601(r.int_at(1))},
                                    {"expires_at", clock::iso8601(r.int_at(2))},
                                    {"ip", r.text_at(3)},
                                    {"user_agent", r.text_at(4)}});
    }
    bj::array audit;
    for (const auto& e : FW_TRY(audit_about_user(c, id))) {
      audit.push_back(bj::object{{"at", clock::iso8601(e.at)}, {"actor", e.actor_label}, {"ip", e.ip},
                                 {"action", e.action}, {"entity", e.entity}, {"entity_id", e.entity_id}});
    }
    FW_TRY_VOID(record_audit(c, actor, {"export", "user", std::to_string(id), std::nullopt, std::nullopt}));
    return bj::object{{"format", "fachwerk-personal-data-export/1"},
                      {"exported_at", clock::iso8601(clock::now_ms())},
                      {"account", user_json(u)},
                      {"sessions", std::move(sessions)},
                      {"audit_log", std::move(audit)}};
  });
}

Result<void> delete_own_account(store::Database& db, const Actor& actor, std::string_view password) {
  FW_TRY_VOID(require_login(actor));
  if (!actor.user_id) return fail(ErrorCode::invalid_argument, "auth.required");
  const std::int64_t id = *actor.user_id;
  auto stored = FW_TRY(store::with_connection(db, [&](store::Connection& c) { return password_hash_of(c, id); }));
  if (!crypto::verify_password(stored, password)) {
    return fail(ErrorCode::invalid_argument, "auth.password_wrong", "password");
  }
  return transact_accounts(db, [&](store::Connection& c) -> Result<void> {
    User u = FW_TRY(load_user(c, id));
    if (u.is_admin && FW_TRY(count_admins(c)) <= 1) return fail(ErrorCode::conflict, "user.last_admin");
    FW_TRY(c.exec("DELETE FROM users WHERE id = ?", {id}));
    const std::string pseudonym = "gelöschtes Konto #" + std::to_string(id);
    FW_TRY(c.exec("UPDATE audit_log SET actor_label = ? WHERE actor_user_id = ?", {pseudonym, id}));
    // The entries about the account stay, its recorded states (name, e-mail) do not.
    FW_TRY(c.exec("UPDATE audit_log SET before_json = NULL, after_json = NULL WHERE entity = 'user' AND entity_id = ?",
                  {std::to_string(id)}));
    FW_TRY(c.exec("UPDATE audit_log SET after_json = NULL WHERE action = 'login_failed' AND after_json = ?",
                  {json::dump(bj::object{{"email", u.email}})}));
    Actor pseudonymous = actor;
    pseudonymous.label = pseudonym;
    FW_TRY_VOID(record_audit(c, pseudonymous, {"delete", "user", std::to_string(id), std::nullopt, std::nullopt}));
    return {};
  });
}

}  // namespace fw::service
