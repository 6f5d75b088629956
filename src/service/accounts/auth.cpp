#include "service/accounts/auth.hpp"

#include <spdlog/spdlog.h>

#include <fmt/format.h>

#include "core/clock.hpp"
#include "core/crypto.hpp"
#include "core/json.hpp"
#include "service/audit/audit_log.hpp"

namespace fw::service {
namespace {

Actor actor_for(const User& u, const std::string& ip) {
  Actor a;
  a.user_id = u.id;
  a.label = u.email;
  a.is_admin = u.is_admin;
  a.roles = u.roles;
  a.ip = ip;
  a.lang = u.language;
  return a;
}

Mail reset_mail(const User& u, const std::string& link) {
  if (u.language == "en") {
    return {u.email, "Fachwerk: reset your password",
            fmt::format("Hello {},\n\nsomeone (hopefully you) asked to reset the password of your Fachwerk account.\n"
                        "Open this link within one hour to choose a new password:\n\n{}\n\n"
                        "If you did not ask for this, ignore this e-mail; your password stays unchanged.\n",
                        u.display_name, link)};
  }
  return {u.email, "Fachwerk: Passwort zurücksetzen",
          fmt::format("Guten Tag {},\n\nfür Ihr Fachwerk-Konto wurde das Zurücksetzen des Passworts angefordert.\n"
                      "Bitte öffnen Sie innerhalb einer Stunde diesen Link, um ein neues Passwort zu wählen:\n\n{}\n\n"
                      "Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail; Ihr Passwort bleibt "
                      "unverändert.\n",
                      u.display_name, link)};
}

}  // namespace

Auth::Auth(store::Database& db, Mailer& mailer, AuthConfig config)
    : db_(db),
      mailer_(mailer),
      config_(std::move(config)),
      per_account_(config_.max_failures_per_account, config_.failure_window_ms),
      per_ip_(config_.max_failures_per_ip, config_.failure_window_ms),
      reset_per_ip_(10, config_.failure_window_ms) {
  dummy_hash_ = crypto::hash_password(crypto::random_token(16)).value_or("");
}

Result<void> Auth::audit_failure(const std::string& email, const std::string& ip) {
  return store::transact(db_, [&](store::Connection& c) -> Result<void> {
    Actor anon = Actor::anonymous(ip);
    return record_audit(c, anon, {"login_failed", "session", "", std::nullopt,
                                  json::dump(boost::json::object{{"email", email}})});
  });
}

Result<LoginResult> Auth::login(std::string_view email_in, std::string_view password, const std::string& ip,
                                const std::string& user_agent) {
  auto email = normalise_email(email_in);
  if (!email) return fail(ErrorCode::unauthenticated, "auth.invalid_credentials");
  const auto now = clock::now_ms();
  const std::string account_key = "acct:" + *email, ip_key = "ip:" + ip;
  if (auto wait = std::max(per_account_.retry_after_s(account_key, now), per_ip_.retry_after_s(ip_key, now)); wait > 0) {
    return fail(ErrorCode::rate_limited, "auth.rate_limited", {}, std::to_string(wait));
  }

  auto found = FW_TRY(store::with_connection(db_, [&](store::Connection& c) -> Result<std::optional<std::pair<User, std::string>>> {
    auto u = FW_TRY(find_user_by_email(c, *email));
    if (!u) return std::optional<std::pair<User, std::string>>{};
    auto hash = FW_TRY(password_hash_of(c, u->id));
    return std::optional<std::pair<User, std::string>>(std::pair{std::move(*u), std::move(hash)});
  }));
  // Verify even when the account is unknown, so the answer time does not reveal which addresses exist.
  const bool ok = crypto::verify_password(found ? found->second : dummy_hash_, password) && found && !found->first.disabled;
  if (!ok) {
    per_account_.record_failure(account_key, now);
    per_ip_.record_failure(ip_key, now);
    FW_TRY_VOID(audit_failure(*email, ip));
    return fail(ErrorCode::unauthenticated, "auth.invalid_credentials");
  }
  per_account_.reset(account_key);

  LoginResult result;
  result.user = std::move(found->first);
  result.token = crypto::random_token(32);
  result.csrf = crypto::random_token(32);
  result.expires_at = now + config_.absolute_timeout_ms;
  FW_TRY_VOID(store::transact(db_, [&](store::Connection& c) -> Result<void> {
    FW_TRY(c.exec("DELETE FROM sessions WHERE user_id = ? AND expires_at < ?", {result.user.id, now}));
    auto rows = FW_TRY(c.query(
        "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at, last_seen_at, ip, user_agent)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {crypto::sha256_hex(result.token), result.user.id, result.csrf, now, result.expires_at, now, ip,
         user_agent.substr(0, 300)}));
    return record_audit(c, actor_for(result.user, ip),
                        {"login", "session", std::to_string(rows[0].int_at(0)), std::nullopt, std::nullopt});
  }));
  return result;
}

Result<void> Auth::logout(std::string_view token, const Actor& actor) {
  auto done = store::transact(db_, [&](store::Connection& c) -> Result<void> {
    auto rows = FW_TRY(c.query("DELETE FROM sessions WHERE token_hash = ? RETURNING id", {crypto::sha256_hex(token)}));
    if (rows.empty()) return {};
    return record_audit(c, actor, {"logout", "session", std::to_string(rows[0].int_at(0)), std::nullopt, std::nullopt});
  });
  // After the commit, so that no concurrent lookup can cache the session again.
  bump_accounts_epoch();
  return done;
}

Result<std::optional<SessionView>> Auth::resolve(std::string_view token, const std::string& ip) {
  if (token.empty() || token.size() > 100) return std::optional<SessionView>{};
  const auto now = clock::now_ms();
  const std::string hash = crypto::sha256_hex(token);
  auto usable = [&](const CachedSession& s) {
    return s.expires_at > now && s.last_seen_at + config_.idle_timeout_ms > now && !s.user.disabled;
  };
  // The cache is used only while the stored last_seen_at is fresh enough not to need a touch.
  if (auto cached = cache_.get(hash, now); cached && now - cached->last_seen_at <= 60'000) {
    if (!usable(*cached)) return std::optional<SessionView>{};
    return std::optional<SessionView>(SessionView{actor_for(cached->user, ip), cached->csrf, cached->user});
  }
  const auto epoch = accounts_epoch();
  return store::with_connection(db_, [&](store::Connection& c) -> Result<std::optional<SessionView>> {
    auto rows = FW_TRY(c.query(
        "SELECT id, user_id, csrf_token, expires_at, last_seen_at FROM sessions WHERE token_hash = ?", {hash}));
    if (rows.empty()) return std::optional<SessionView>{};
    const auto& r = rows[0];
    auto user = FW_TRY(find_user_by_id(c, r.int_at(1)));
    if (!user) return std::optional<SessionView>{};
    CachedSession entry{r.int_at(0), r.text_at(2), std::move(*user), r.int_at(3), r.int_at(4), now, epoch};
    if (!usable(entry)) return std::optional<SessionView>{};
    // Touch at most once a minute: reads should not become writes on every request.
    if (now - entry.last_seen_at > 60'000) {
      FW_TRY(c.exec("UPDATE sessions SET last_seen_at = ? WHERE id = ?", {now, entry.session_id}));
      entry.last_seen_at = now;
    }
    SessionView view{actor_for(entry.user, ip), entry.csrf, entry.user};
    cache_.put(hash, std::move(entry));
    return std::optional<SessionView>(std::move(view));
  });
}

Result<void> Auth::request_password_reset(std::string_view email_in, const std::string& ip) {
  auto email = FW_TRY(normalise_email(email_in));
  const auto now = clock::now_ms();
  if (auto wait = reset_per_ip_.retry_after_s("reset:" + ip, now); wait > 0) {
    return fail(ErrorCode::rate_limited, "auth.rate_limited", {}, std::to_string(wait));
  }
  reset_per_ip_.record_failure("reset:" + ip, now);  // every request counts against the IP

  std::optional<Mail> mail;
  FW_TRY_VOID(store::transact(db_, [&](store::Connection& c) -> Result<void> {
    auto user = FW_TRY(find_user_by_email(c, email));
    if (!user || user->disabled) return {};
    const std::string token = crypto::random_token(32);
    FW_TRY(c.exec("INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                  {crypto::sha256_hex(token), user->id, now, now + config_.reset_token_ttl_ms}));
    FW_TRY_VOID(record_audit(c, Actor::anonymous(ip),
                             {"password_reset_request", "user", std::to_string(user->id), std::nullopt, std::nullopt}));
    mail = reset_mail(*user, config_.base_url + "/passwort-zuruecksetzen?token=" + token);
    return {};
  }));
  // Sent after commit: a failing mail server must not undo the request, and the caller
  // must not learn whether the address exists, so the failure is only logged.
  if (mail) {
    if (auto sent = mailer_.send(*mail); !sent) spdlog::error("password reset mail failed: {}", sent.error().detail);
  }
  return {};
}

Result<void> Auth::confirm_password_reset(std::string_view token, std::string_view new_password, const std::string& ip) {
  FW_TRY_VOID(check_password_strength(new_password));
  auto hash = FW_TRY(crypto::hash_password(new_password));
  const auto now = clock::now_ms();
  auto done = store::transact(db_, [&](store::Connection& c) -> Result<void> {
    auto rows = FW_TRY(c.query(
        "SELECT id, user_id FROM password_resets WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?",
        {crypto::sha256_hex(token), now}));
    if (rows.empty()) return fail(ErrorCode::invalid_argument, "auth.reset_token_invalid", "token");
    const auto user_id = rows[0].int_at(1);
    FW_TRY(c.exec("UPDATE password_resets SET used_at = ? WHERE id = ?", {now, rows[0].int_at(0)}));
    FW_TRY(c.exec("UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?", {hash, now, user_id}));
    FW_TRY(c.exec("DELETE FROM sessions WHERE user_id = ?", {user_id}));
    return record_audit(c, Actor::anonymous(ip),
                        {"password_reset", "user", std::to_string(user_id), std::nullopt, std::nullopt});
  });
  if (done) bump_accounts_epoch();
  return done;
}

}  // namespace fw::service
