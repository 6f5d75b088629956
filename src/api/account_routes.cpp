// Sessions, the caller's own account, password reset, and user administration.
#include <boost/json.hpp>

#include "api/call.hpp"
#include "api/download.hpp"
#include "api/routes.hpp"
#include "core/json.hpp"
#include "service/accounts/users.hpp"
#include "service/export/lists.hpp"

namespace fw::api {
namespace bj = boost::json;
using http::Method;
using http::Response;

namespace {

bj::object session_body(const service::User& user, const std::string& csrf) {
  return bj::object{{"user", service::user_json(user)}, {"csrf_token", csrf}};
}

Result<service::UserPatch> decode_patch(const bj::object& o) {
  service::UserPatch p;
  p.display_name = FW_TRY(json::opt_string(o, "display_name"));
  p.language = FW_TRY(json::opt_string(o, "language"));
  p.is_admin = FW_TRY(json::opt_bool(o, "is_admin"));
  p.disabled = FW_TRY(json::opt_bool(o, "disabled"));
  return p;
}

Result<Response> login(Call& c) {
  auto body = FW_TRY(json_body(c.req));
  auto email = FW_TRY(json::get_string(body, "email"));
  auto password = FW_TRY(json::get_string(body, "password"));
  auto ua = std::string(c.req.header("user-agent").value_or(""));
  auto result = FW_TRY(c.app.auth.login(email, password, c.req.remote_ip, ua));
  Response r = json_response(200, session_body(result.user, result.csrf));
  r.set_header("Set-Cookie", session_cookie(c.app, c.req, result.token, c.app.auth.config().absolute_timeout_ms / 1000));
  c.actor.user_id = result.user.id;  // for the access log
  return r;
}

Result<Response> logout(Call& c) {
  if (c.session_token) FW_TRY_VOID(c.app.auth.logout(*c.session_token, c.actor));
  Response r = Response::no_content();
  r.set_header("Set-Cookie", clear_session_cookie(c.app, c.req));
  return r;
}

Result<Response> me(Call& c) {
  // The session lookup already read the account; no second query.
  if (!c.user) return fail(ErrorCode::unauthenticated, "auth.required");
  return json_response(200, session_body(*c.user, c.csrf));
}

Result<Response> patch_me(Call& c) {
  auto body = FW_TRY(json_body(c.req));
  auto patch = FW_TRY(decode_patch(body));
  auto user = FW_TRY(service::update_user(c.app.db, c.actor, c.actor.user_id.value_or(0), patch));
  return json_response(200, bj::object{{"user", service::user_json(user)}});
}

Result<Response> change_my_password(Call& c) {
  auto body = FW_TRY(json_body(c.req));
  auto current = FW_TRY(json::get_string(body, "current_password"));
  auto next = FW_TRY(json::get_string(body, "new_password"));
  FW_TRY_VOID(service::change_password(c.app.db, c.actor, c.actor.user_id.value_or(0), current, next));
  return Response::no_content();
}

Result<Response> export_me(Call& c) {
  auto doc = FW_TRY(service::export_own_data(c.app.db, c.actor));
  Response r = json_response(200, doc);
  r.set_header("Content-Disposition", "attachment; filename=\"fachwerk-meine-daten.json\"");
  return r;
}

Result<Response> delete_me(Call& c) {
  auto body = FW_TRY(json_body(c.req));
  auto password = FW_TRY(json::get_string(body, "password"));
  FW_TRY_VOID(service::delete_own_account(c.app.db, c.actor, password));
  Response r = Response::no_content();
  r.set_header("Set-Cookie", clear_session_cookie(c.app, c.req));
  return r;
}

Result<Response> reset_request(Call& c) {
  auto body = FW_TRY(json_body(c.req));
  auto email = FW_TRY(json::get_string(body, "email"));
  FW_TRY_VOID(c.app.auth.request_password_reset(email, c.req.remote_ip));
  return json_response(202, bj::object{{"status", "accepted"}});
}

Result<Response> reset_confirm(Call& c) {
  auto body = FW_TRY(json_body(c.req));
  auto token = FW_TRY(json::get_string(body, "token"));
  auto password = FW_TRY(json::get_string(body, "password"));
  FW_TRY_VOID(c.app.auth.confirm_password_reset(token, password, c.req.remote_ip));
  return Response::no_content();
}

Result<Response> list_users(Call& c) {
  if (auto format = FW_TRY(download_format(c.req))) {
    return download(FW_TRY(service::exporting::users_list(c.app.db, c.actor)), *format);
  }
  auto users = FW_TRY(service::list_users(c.app.db, c.actor));
  bj::array items;
  for (const auto& u : users) items.push_back(service::user_json(u));
  return json_response(200, bj::object{{"items", std::move(items)}, {"total", users.size()}});
}

Result<Response> create_user(Call& c) {
  auto body = FW_TRY(json_body(c.req));
  service::NewUser nu;
  nu.email = FW_TRY(json::get_string(body, "email"));
  nu.display_name = FW_TRY(json::get_string(body, "display_name"));
  nu.password = FW_TRY(json::get_string(body, "password"));
  nu.is_admin = FW_TRY(json::opt_bool(body, "is_admin")).value_or(false);
  nu.language = FW_TRY(json::opt_string(body, "language")).value_or("de");
  auto user = FW_TRY(service::create_user(c.app.db, c.actor, nu));
  return json_response(201, bj::object{{"user", service::user_json(user)}});
}

Result<Response> get_user(Call& c) {
  auto id = FW_TRY(id_param(c.req, "id"));
  auto user = FW_TRY(service::get_user(c.app.db, c.actor, id));
  return json_response(200, bj::object{{"user", service::user_json(user)}});
}

Result<Response> patch_user(Call& c) {
  auto id = FW_TRY(id_param(c.req, "id"));
  auto body = FW_TRY(json_body(c.req));
  auto patch = FW_TRY(decode_patch(body));
  auto user = FW_TRY(service::update_user(c.app.db, c.actor, id, patch));
  return json_response(200, bj::object{{"user", service::user_json(user)}});
}

Result<Response> grant_role(Call& c) {
  auto id = FW_TRY(id_param(c.req, "id"));
  auto body = FW_TRY(json_body(c.req));
  service::RoleAssignment role;
  role.scope = FW_TRY(json::get_string(body, "scope"));
  role.scope_id = FW_TRY(json::get_int(body, "scope_id"));
  role.role = FW_TRY(json::get_string(body, "role"));
  auto granted = FW_TRY(service::assign_role(c.app.db, c.actor, id, role));
  return json_response(201, bj::object{{"role", bj::object{{"id", granted.id},
                                                           {"scope", granted.scope},
                                                           {"scope_id", granted.scope_id},
                                                           {"role", granted.role}}}});
}

Result<Response> revoke_role(Call& c) {
  auto id = FW_TRY(id_param(c.req, "id"));
  auto role_id = FW_TRY(id_param(c.req, "role_id"));
  FW_TRY_VOID(service::revoke_role(c.app.db, c.actor, id, role_id));
  return Response::no_content();
}

}  // namespace

void register_account_routes(http::Router& r, App& app) {
  r.add(Method::post, "/api/v1/session", wrap(app, login));
  r.add(Method::del, "/api/v1/session", wrap(app, logout));
  r.add(Method::get, "/api/v1/me", wrap(app, me));
  r.add(Method::patch, "/api/v1/me", wrap(app, patch_me));
  r.add(Method::del, "/api/v1/me", wrap(app, delete_me));
  r.add(Method::put, "/api/v1/me/password", wrap(app, change_my_password));
  r.add(Method::get, "/api/v1/me/export", wrap(app, export_me));
  r.add(Method::post, "/api/v1/password-reset", wrap(app, reset_request));
  r.add(Method::post, "/api/v1/password-reset/confirm", wrap(app, reset_confirm));
  r.add(Method::get, "/api/v1/users", wrap(app, list_users));
  r.add(Method::post, "/api/v1/users", wrap(app, create_user));
  r.add(Method::get, "/api/v1/users/{id}", wrap(app, get_user));
  r.add(Method::patch, "/api/v1/users/{id}", wrap(app, patch_user));
  r.add(Method::post, "/api/v1/users/{id}/roles", wrap(app, grant_role));
  r.add(Method::del, "/api/v1/users/{id}/roles/{role_id}", wrap(app, revoke_role));
}

}  // namespace fw::api
