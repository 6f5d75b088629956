// The caller's own account: profile, password, export and deletion; roles.
#include <gtest/gtest.h>

#include "api/harness.hpp"

namespace {
namespace bj = boost::json;
using fw::http::Method;
using fw::testing::Harness;

class AccountsTest : public ::testing::TestWithParam<std::string> {};

TEST_P(AccountsTest, ExportContainsOwnDataOnly) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("anna@example.org");
  h.add_user("bert@example.org");
  auto s = h.login("anna@example.org");
  auto r = h.get("/api/v1/me/export", {.session = s});
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.header("content-disposition").find("attachment"), std::string::npos);
  auto doc = r.json();
  EXPECT_EQ(doc.at("account").at("email").as_string(), "anna@example.org");
  EXPECT_EQ(doc.at("sessions").as_array().size(), 1u);
  EXPECT_EQ(r.body.find("bert@example.org"), std::string::npos);
  EXPECT_GE(doc.at("audit_log").as_array().size(), 2u) << "creation and login";
}

TEST_P(AccountsTest, DeleteOwnAccountNeedsPasswordAndPseudonymisesTheLog) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("admin@example.org", true);
  h.add_user("anna@example.org");
  h.post("/api/v1/session", bj::object{{"email", "anna@example.org"}, {"password", "vertippt-vertippt"}});
  auto s = h.login("anna@example.org");
  auto wrong = h.call(Method::del, "/api/v1/me", R"({"password":"falsch-falsch"})", {.session = s});
  EXPECT_EQ(wrong.status, 422);
  EXPECT_EQ(wrong.error_field(), "password");
  auto ok = h.call(Method::del, "/api/v1/me", R"({"password":"Richtig-Geheim-42"})", {.session = s});
  EXPECT_EQ(ok.status, 204) << ok.body;
  auto a = h.login("admin@example.org");
  auto log = h.get("/api/v1/audit?size=500", {.session = a});
  EXPECT_EQ(log.body.find("anna@example.org"), std::string::npos) << "the address is gone from the log";
  EXPECT_NE(log.body.find("gelöschtes Konto"), std::string::npos);
  EXPECT_EQ(h.post("/api/v1/session", bj::object{{"email", "anna@example.org"}, {"password", Harness::kPassword}}).status, 401);
  EXPECT_EQ(h.audit_count("delete", "user"), 1);
}

TEST_P(AccountsTest, LastAdminCannotDeleteThemself) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("admin@example.org", true);
  auto s = h.login("admin@example.org");
  auto r = h.call(Method::del, "/api/v1/me", R"({"password":"Richtig-Geheim-42"})", {.session = s});
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(h.get("/api/v1/me", {.session = s}).status, 200);
}

TEST_P(AccountsTest, ChangePasswordChecksTheCurrentOne) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("anna@example.org");
  auto s = h.login("anna@example.org");
  auto wrong = h.call(Method::put, "/api/v1/me/password",
                      R"({"current_password":"falsch-falsch","new_password":"Ganz-neu-und-lang"})", {.session = s});
  EXPECT_EQ(wrong.status, 422);
  auto ok = h.call(Method::put, "/api/v1/me/password",
                   R"({"current_password":"Richtig-Geheim-42","new_password":"Ganz-neu-und-lang"})", {.session = s});
  EXPECT_EQ(ok.status, 204);
  EXPECT_EQ(h.post("/api/v1/session", bj::object{{"email", "anna@example.org"}, {"password", "Ganz-neu-und-lang"}}).status, 200);
}

TEST_P(AccountsTest, CoordinatorGrantsOnlyInOwnNetworkAndNotCoordinator) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("admin@example.org", true);
  auto admin = h.login("admin@example.org");
  auto network = [&](const std::string& name) {
    auto r = h.post("/api/v1/networks", bj::object{{"name", name}}, {.session = admin});
    EXPECT_EQ(r.status, 201) << r.body;
    return std::to_string(r.json().at("network").at("id").as_int64());
  };
  const auto own = network("Eigenes Netzwerk"), other = network("Anderes Netzwerk");
  h.add_user("koord@example.org", false, {{0, "network", std::stoll(own), "coordinator"}});
  const auto anna = h.add_user("anna@example.org");
  auto s = h.login("koord@example.org");
  auto a = h.login("anna@example.org");
  EXPECT_EQ(h.get("/api/v1/me", {.session = a}).json().at("user").at("roles").as_array().size(), 0u);
  const std::string path = "/api/v1/users/" + std::to_string(anna) + "/roles";
  auto grant = [&](const std::string& net, const std::string& role) {
    return h.call(Method::post, path, R"({"scope":"network","scope_id":)" + net + R"(,"role":")" + role + R"("})",
                  {.session = s});
  };
  EXPECT_EQ(grant(own, "editor").status, 201);
  EXPECT_EQ(grant(other, "member").status, 403);
  EXPECT_EQ(grant(own, "coordinator").status, 403);
  EXPECT_EQ(grant(own, "king").status, 422);
  EXPECT_EQ(grant(own, "editor").status, 409);
  // The new role takes effect at the user's next request, although the session was cached.
  auto me = h.get("/api/v1/me", {.session = a});
  ASSERT_EQ(me.json().at("user").at("roles").as_array().size(), 1u);
  EXPECT_EQ(me.json().at("user").at("roles").at(0).at("role").as_string(), "editor");
}

TEST_P(AccountsTest, RoleGrantsNeedAnExistingScope) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("admin@example.org", true);
  auto admin = h.login("admin@example.org");
  const auto anna = h.add_user("anna@example.org");
  const std::string path = "/api/v1/users/" + std::to_string(anna) + "/roles";
  const auto audits = h.audit_count("role_grant", "user");
  auto missing_net = h.call(Method::post, path, R"({"scope":"network","scope_id":424242,"role":"member"})", {.session = admin});
  EXPECT_EQ(missing_net.status, 404);
  EXPECT_EQ(missing_net.error_field(), "scope_id");
  EXPECT_NE(missing_net.body.find("424242"), std::string::npos) << "the message names the number";
  auto missing_org = h.call(Method::post, path, R"({"scope":"organisation","scope_id":424242,"role":"editor"})",
                            {.session = admin});
  EXPECT_EQ(missing_org.status, 404);
  EXPECT_EQ(missing_org.error_field(), "scope_id");
  EXPECT_NE(missing_org.body.find("Organisation"), std::string::npos);
  EXPECT_EQ(h.audit_count("role_grant", "user"), audits) << "nothing written";
  EXPECT_EQ(h.get("/api/v1/users/" + std::to_string(anna), {.session = admin}).json().at("user").at("roles").as_array().size(),
            0u);
  // With the network in place the same grant succeeds.
  auto net = h.post("/api/v1/networks", bj::object{{"name", "Perspektiva Fulda"}}, {.session = admin});
  const auto id = std::to_string(net.json().at("network").at("id").as_int64());
  EXPECT_EQ(h.call(Method::post, path, R"({"scope":"network","scope_id":)" + id + R"(,"role":"member"})", {.session = admin}).status,
            201);
}

TEST_P(AccountsTest, DisabledAccountLosesSessionsAndCannotSignIn) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("admin@example.org", true);
  const auto anna = h.add_user("anna@example.org");
  auto a = h.login("anna@example.org");
  EXPECT_EQ(h.get("/api/v1/me", {.session = a}).status, 200) << "now the session is cached";
  auto s = h.login("admin@example.org");
  EXPECT_EQ(h.call(Method::patch, "/api/v1/users/" + std::to_string(anna), R"({"disabled":true})", {.session = s}).status, 200);
  EXPECT_EQ(h.get("/api/v1/me", {.session = a}).status, 401);
  EXPECT_EQ(h.post("/api/v1/session", bj::object{{"email", "anna@example.org"}, {"password", Harness::kPassword}}).status, 401);
}

INSTANTIATE_TEST_SUITE_P(Backends, AccountsTest, ::testing::ValuesIn(fw::testing::test_backends()),
                         fw::testing::BackendName{});

}  // namespace
