// The audit log: who, when, from where, what, before and after, in the same transaction.
#include <gtest/gtest.h>

#include "api/harness.hpp"
#include "service/accounts/users.hpp"
#include "service/audit/audit_log.hpp"

namespace {
namespace bj = boost::json;
using fw::http::Method;
using fw::testing::Harness;

class AuditTest : public ::testing::TestWithParam<std::string> {};

TEST_P(AuditTest, ChangesRecordWhoWhereBeforeAndAfter) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("admin@example.org", true);
  const auto anna = h.add_user("anna@example.org");
  auto s = h.login("admin@example.org");
  auto patch = h.call(Method::patch, "/api/v1/users/" + std::to_string(anna), R"({"display_name":"Anna Neu"})",
                      {.session = s, .ip = "198.51.100.7"});
  ASSERT_EQ(patch.status, 200) << patch.body;

  auto log = h.get("/api/v1/audit?entity=user&action=update&entity_id=" + std::to_string(anna), {.session = s});
  ASSERT_EQ(log.status, 200) << log.body;
  auto items = log.json().at("items").as_array();
  ASSERT_EQ(items.size(), 1u);
  const auto& e = items[0].as_object();
  EXPECT_EQ(e.at("actor_label").as_string(), "admin@example.org");
  EXPECT_EQ(e.at("actor_user_id").as_int64(), s.user_id);
  EXPECT_EQ(e.at("ip").as_string(), "198.51.100.7");
  EXPECT_EQ(e.at("before").at("display_name").as_string(), "Test anna@example.org");
  EXPECT_EQ(e.at("after").at("display_name").as_string(), "Anna Neu");
  EXPECT_FALSE(e.at("at").as_string().empty());
}

TEST_P(AuditTest, ViewsOfPersonalDataAreLogged) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("admin@example.org", true);
  const auto anna = h.add_user("anna@example.org");
  auto s = h.login("admin@example.org");
  EXPECT_EQ(h.audit_count("view", "user"), 0);
  h.get("/api/v1/users", {.session = s});
  h.get("/api/v1/users/" + std::to_string(anna), {.session = s});
  EXPECT_EQ(h.audit_count("view", "user"), 2);
  h.get("/api/v1/audit", {.session = s});
  EXPECT_EQ(h.audit_count("view", "audit_log"), 1) << "reading the log is itself logged";
  // Reading one's own account is not a view of someone else's data.
  auto a = h.login("anna@example.org");
  h.get("/api/v1/users/" + std::to_string(anna), {.session = a});
  EXPECT_EQ(h.audit_count("view", "user"), 2);
}

TEST_P(AuditTest, AuditEntryAndChangeLandTogetherOrNotAtAll) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  const auto admin = h.add_user("admin@example.org", true);
  auto s = h.login("admin@example.org");
  // Taking away the only admin's rights fails inside the transaction (after the UPDATE ran):
  // neither the change nor its audit entry may remain.
  auto r = h.call(Method::patch, "/api/v1/users/" + std::to_string(admin), R"({"is_admin":false})", {.session = s});
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_EQ(h.audit_count("update", "user"), 0);
  auto me = h.get("/api/v1/me", {.session = s});
  EXPECT_TRUE(me.json().at("user").at("is_admin").as_bool());
}

TEST_P(AuditTest, FilterByActorAndTimeAndPaging) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("admin@example.org", true);
  auto s = h.login("admin@example.org");
  for (int i = 0; i < 5; ++i) {
    h.post("/api/v1/users", bj::object{{"email", "u" + std::to_string(i) + "@example.org"}, {"display_name", "U"},
                                       {"password", "Lang-genug-123"}}, {.session = s});
  }
  auto page = h.get("/api/v1/audit?actor=" + std::to_string(s.user_id) + "&action=create&size=2&page=2", {.session = s});
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(page.json().at("total").as_int64(), 5);
  EXPECT_EQ(page.json().at("items").as_array().size(), 2u);
  auto none = h.get("/api/v1/audit?from=1&to=2", {.session = s});
  EXPECT_EQ(none.json().at("total").as_int64(), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, AuditTest, ::testing::ValuesIn(fw::testing::test_backends()),
                         fw::testing::BackendName{});

}  // namespace
