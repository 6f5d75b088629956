// Bad input: malformed JSON, wrong types, unknown routes. Clear JSON errors, nothing written.
#include <gtest/gtest.h>

#include "api/harness.hpp"

namespace {
namespace bj = boost::json;
using fw::http::Method;
using fw::testing::Harness;

class ErrorsTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ErrorsTest, MalformedJsonWrongTypesMissingFields) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("admin@example.org", true);
  auto s = h.login("admin@example.org");
  auto users_before = h.get("/api/v1/users", {.session = s}).json().at("total").as_int64();

  auto malformed = h.call(Method::post, "/api/v1/users", R"({"email": "a@b.de",)", {.session = s});
  EXPECT_EQ(malformed.status, 400);
  EXPECT_EQ(malformed.error_code(), "bad_request");
  EXPECT_TRUE(malformed.json().at("error").at("field").is_null());

  auto wrong_type = h.call(Method::post, "/api/v1/users", R"({"email": 42, "display_name": "x", "password": "y"})",
                           {.session = s});
  EXPECT_EQ(wrong_type.status, 422);
  EXPECT_EQ(wrong_type.error_field(), "email");
  EXPECT_EQ(wrong_type.error_message(), "Das Feld „email“ hat den falschen Typ (erwartet: string).");

  auto missing = h.call(Method::post, "/api/v1/users", R"({"email": "c@example.org"})", {.session = s});
  EXPECT_EQ(missing.status, 422);
  EXPECT_EQ(missing.error_field(), "display_name");

  auto not_object = h.call(Method::post, "/api/v1/users", "[1,2]", {.session = s});
  EXPECT_EQ(not_object.status, 400);

  auto bad_email = h.call(Method::post, "/api/v1/users",
                          R"({"email":"kein-at-zeichen","display_name":"X","password":"Lang-genug-123"})", {.session = s});
  EXPECT_EQ(bad_email.status, 422);
  EXPECT_EQ(bad_email.error_field(), "email");

  auto weak = h.call(Method::post, "/api/v1/users", R"({"email":"d@example.org","display_name":"X","password":"kurz"})",
                     {.session = s, .accept_language = "en"});
  EXPECT_EQ(weak.status, 422);
  EXPECT_EQ(weak.error_message(), "The password must be at least 10 characters long.");

  auto users_after = h.get("/api/v1/users", {.session = s}).json().at("total").as_int64();
  EXPECT_EQ(users_before, users_after) << "rejected requests must write nothing";
  EXPECT_EQ(h.audit_count("create", "user"), 1) << "only the fixture's own account was created";
}

TEST_P(ErrorsTest, DuplicateEmailIsConflictAndLeavesNoTrace) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("admin@example.org", true);
  auto s = h.login("admin@example.org");
  const std::string body = R"({"email":"Dup@example.org","display_name":"X","password":"Lang-genug-123"})";
  EXPECT_EQ(h.call(Method::post, "/api/v1/users", body, {.session = s}).status, 201);
  auto dup = h.call(Method::post, "/api/v1/users", body, {.session = s});
  EXPECT_EQ(dup.status, 409);
  EXPECT_EQ(dup.error_message(), "Diese E-Mail-Adresse ist bereits registriert.");
  EXPECT_EQ(h.audit_count("create", "user"), 2);
}

TEST_P(ErrorsTest, UnknownRoutesAndMethods) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  auto nf = h.get("/api/v1/gibt-es-nicht");
  EXPECT_EQ(nf.status, 404);
  EXPECT_EQ(nf.error_code(), "not_found");
  auto mna = h.call(Method::put, "/api/v1/users", "{}");
  EXPECT_EQ(mna.status, 405);
  EXPECT_FALSE(mna.header("allow").empty());
  auto bad_id = h.get("/api/v1/users/abc");
  EXPECT_EQ(bad_id.status, 404) << "an id that cannot exist is simply not found";
}

TEST_P(ErrorsTest, BadQueryParameters) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("admin@example.org", true);
  auto s = h.login("admin@example.org");
  auto r = h.get("/api/v1/audit?page=zwei", {.session = s});
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(r.error_field(), "page");
  EXPECT_EQ(h.get("/api/v1/audit?size=100000", {.session = s}).status, 422);
}

INSTANTIATE_TEST_SUITE_P(Backends, ErrorsTest, ::testing::ValuesIn(fw::testing::test_backends()),
                         fw::testing::BackendName{});

}  // namespace
