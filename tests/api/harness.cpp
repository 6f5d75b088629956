#include "api/harness.hpp"

#include "core/crypto.hpp"
#include "service/accounts/users.hpp"
#include "store/migrations.hpp"

namespace fw::testing {
namespace bj = boost::json;

bj::value Reply::json() const {
  boost::system::error_code ec;
  auto v = bj::parse(body, ec);
  return ec ? bj::value(nullptr) : v;
}

std::string Reply::header(std::string_view name) const {
  for (const auto& [k, v] : headers) {
    if (k == name) return v;
  }
  return "";
}

namespace {
const bj::object* error_object(const bj::value& v) {
  if (!v.is_object()) return nullptr;
  auto it = v.as_object().find("error");
  if (it == v.as_object().end() || !it->value().is_object()) return nullptr;
  return &it->value().as_object();
}
std::string error_string(const Reply& r, const char* key) {
  auto v = r.json();
  const auto* e = error_object(v);
  if (!e || !e->contains(key) || !e->at(key).is_string()) return "";
  return std::string(e->at(key).as_string());
}
}  // namespace

std::string Reply::error_code() const { return error_string(*this, "code"); }
std::string Reply::error_message() const { return error_string(*this, "message"); }
std::string Reply::error_field() const { return error_string(*this, "field"); }

Harness::Harness(const std::string& backend) : td(make_test_database(backend)) {
  (void)crypto::init();
  crypto::set_password_cost(crypto::PasswordCost::minimal);
  if (!td.db) return;
  if (auto m = store::migrate(*td.db); !m) {
    ADD_FAILURE() << "migration failed: " << m.error().key << " " << m.error().detail;
    td.db.reset();
    return;
  }
  auth = std::make_unique<service::Auth>(*td.db, mailer, service::AuthConfig{});
  auto matcher = service::LiveMatcher::start(*td.db);
  if (!matcher) ADD_FAILURE() << "matcher: " << matcher.error().key << " " << matcher.error().detail;
  else dualcareer = std::move(*matcher);
  app = std::make_unique<api::App>(api::App{*td.db, *auth, metrics, {}, dualcareer.get()});
  api::register_routes(router, *app);
}

Reply Harness::call(http::Method method, const std::string& target, const std::string& body,
                    const RequestOptions& o) {
  http::Request req;
  req.method = method;
  req.target = target;
  const auto q = target.find('?');
  req.path = http::percent_decode(target.substr(0, q));
  if (q != std::string::npos) req.query = http::parse_query(target.substr(q + 1));
  req.body = body;
  req.remote_ip = o.ip;
  req.headers.emplace_back("host", "127.0.0.1:8080");
  if (!body.empty() && !o.content_type.empty()) req.headers.emplace_back("content-type", o.content_type);
  if (!o.accept_language.empty()) req.headers.emplace_back("accept-language", o.accept_language);
  if (o.session) {
    req.headers.emplace_back("cookie", o.session->cookie);
    if (o.send_csrf) req.headers.emplace_back("x-csrf-token", o.session->csrf);
  }
  for (const auto& h : o.extra) req.headers.push_back(h);
  http::Response res = router.dispatch(req);
  return Reply{res.status, res.body, res.headers};
}

std::int64_t Harness::add_user(const std::string& email, bool admin, std::vector<service::RoleAssignment> roles) {
  const auto system = service::Actor::system("test");
  auto u = service::create_user(*td.db, system, {email, "Test " + email, kPassword, admin, "de", false});
  if (!u) {
    ADD_FAILURE() << "add_user " << email << ": " << u.error().key << " " << u.error().detail;
    return 0;
  }
  for (auto& r : roles) {
    if (auto g = service::assign_role(*td.db, system, u->id, r); !g) ADD_FAILURE() << "role: " << g.error().key;
  }
  return u->id;
}

Session Harness::login(const std::string& email, const std::string& password) {
  Reply r = post("/api/v1/session", bj::object{{"email", email}, {"password", password}});
  if (r.status != 200) {
    ADD_FAILURE() << "login " << email << " → " << r.status << " " << r.body;
    return {};
  }
  Session s;
  const std::string set_cookie = r.header("set-cookie");
  s.cookie = set_cookie.substr(0, set_cookie.find(';'));
  auto v = r.json();
  s.csrf = std::string(v.at("csrf_token").as_string());
  s.user_id = v.at("user").at("id").as_int64();
  return s;
}

std::int64_t Harness::audit_count(const std::string& action, const std::string& entity) {
  auto n = store::with_connection(*td.db, [&](store::Connection& c) -> Result<std::int64_t> {
    auto rows = FW_TRY(c.query("SELECT COUNT(*) FROM audit_log WHERE action = ? AND entity = ?", {action, entity}));
    return rows[0].int_at(0);
  });
  return n ? *n : -1;
}

}  // namespace fw::testing
