// The partner's consent link for "Job für Zwei": grant, revoke, expiry and replaced links
// (nothing changed, attempt audited), the anonymised profile members see, the view log the
// partner can read, and contact reveals the partner grants per company.
#include <gtest/gtest.h>

#include "api/cases_fixture.hpp"
#include "core/clock.hpp"

namespace {
namespace bj = boost::json;
using fw::testing::CasesFixture;
using fw::testing::Harness;

class ConsentTest : public ::testing::TestWithParam<std::string> {};

bj::object consent(std::int64_t org, bj::array items) {
  return bj::object{{"text_version", 1},
                    {"scope", "organisations"},
                    {"organisations", bj::array{org}},
                    {"data_items", std::move(items)},
                    {"purpose", "Stellenangebote von Klinikum Ostalb"}};
}

TEST_P(ConsentTest, GrantRevokeReplaceAndExpire) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  CasesFixture f(h);
  const auto id = f.open_case();
  const auto url = "/api/v1/dualcareer/cases/" + std::to_string(id);
  EXPECT_EQ(h.get(url, {.session = f.company_b}).status, 404) << "no consent yet";

  const auto token = f.consent_link(id);
  const auto link = "/api/v1/consent/" + token;
  EXPECT_EQ(f.count("SELECT COUNT(*) FROM dc_consent_links WHERE token_hash = ?", {token}), 0) << "only the hash is stored";
  auto page = h.get(link);
  ASSERT_EQ(page.status, 200) << page.body;
  auto p = page.json();
  EXPECT_EQ(p.at("text").at("version").as_int64(), 1);
  EXPECT_NE(std::string(p.at("text").at("text").as_string()).find("widerrufen"), std::string::npos);
  EXPECT_TRUE(p.at("consent").is_null());
  EXPECT_EQ(p.at("members").as_array().size(), 2u) << "A and B, not the other network's company";

  const fw::testing::RequestOptions from_home{.ip = "203.0.113.7"};
  auto bad = consent(f.outsider_org, bj::array{"occupations"});
  EXPECT_EQ(h.post(link, bad, from_home).error_field(), "organisations[0]");
  bad = consent(f.org_b, bj::array{"occupations", "shoe_size"});
  EXPECT_EQ(h.post(link, bad, from_home).error_field(), "data_items[1]");
  bad = consent(f.org_b, bj::array{});
  EXPECT_EQ(h.post(link, bad, from_home).error_field(), "data_items");
  bad = consent(f.org_b, bj::array{"occupations"});
  bad["text_version"] = 0;
  EXPECT_EQ(h.post(link, bad, from_home).status, 409) << "consent to a text the partner was not shown";
  EXPECT_EQ(f.count("SELECT COUNT(*) FROM dc_consents"), 0);

  auto granted = h.post(link, consent(f.org_b, bj::array{"occupations", "region"}), from_home);
  ASSERT_EQ(granted.status, 200) << granted.body;
  EXPECT_EQ(granted.json().at("consent").at("scope").as_string(), "organisations");
  EXPECT_EQ(f.count("SELECT COUNT(*) FROM dc_consents WHERE granted_ip = '203.0.113.7' AND text_version = 1"), 1);
  EXPECT_EQ(h.audit_count("consent_grant", "dc_case"), 1);

  auto seen = h.get(url, {.session = f.company_b});
  ASSERT_EQ(seen.status, 200) << seen.body;
  auto profile = seen.json().at("case");
  EXPECT_TRUE(profile.at("requests").at(0).as_object().contains("occupations"));
  EXPECT_FALSE(profile.at("requests").at(0).as_object().contains("languages")) << "not consented";
  EXPECT_EQ(profile.at("home_kreis").as_string(), "Ostalbkreis");
  EXPECT_EQ(h.get(url, {.session = f.member}).status, 404) << "consent names company B only";

  // Revocation takes effect at once.
  auto revoked = h.call(fw::http::Method::del, link, "", from_home);
  ASSERT_EQ(revoked.status, 200) << revoked.body;
  EXPECT_TRUE(revoked.json().at("consent").is_null());
  EXPECT_EQ(h.get(url, {.session = f.company_b}).status, 404);
  EXPECT_EQ(h.call(fw::http::Method::del, link, "", from_home).status, 409);
  EXPECT_EQ(f.count("SELECT COUNT(*) FROM dc_consents WHERE revoked_ip = '203.0.113.7'"), 1);

  // A newer link replaces the old one; unknown and replaced links change nothing, audited.
  const auto refused_before = h.audit_count("consent_link_refused", "dc_case");
  const auto fresh = f.consent_link(id);
  auto old = h.post(link, consent(f.org_b, bj::array{"occupations"}));
  EXPECT_EQ(old.status, 422);
  EXPECT_EQ(old.error_code(), "invalid_argument");
  EXPECT_NE(old.error_message().find("ersetzt"), std::string::npos) << old.body;
  EXPECT_EQ(h.get("/api/v1/consent/gibt-es-nicht").status, 404);
  EXPECT_EQ(h.audit_count("consent_link_refused", "dc_case"), refused_before + 2);
  EXPECT_EQ(f.count("SELECT COUNT(*) FROM dc_consents WHERE revoked_at IS NULL"), 0);

  // Expiry: after 30 days the link refuses everything.
  EXPECT_EQ(h.get("/api/v1/consent/" + fresh).status, 200);
  fw::clock::advance_for_tests(31LL * 24 * 3600 * 1000);
  auto expired = h.get("/api/v1/consent/" + fresh);
  EXPECT_EQ(expired.status, 422);
  EXPECT_NE(expired.error_message().find("abgelaufen"), std::string::npos) << expired.body;
  EXPECT_EQ(h.post("/api/v1/consent/" + fresh, consent(f.org_b, bj::array{"occupations"})).status, 422);
  EXPECT_EQ(f.count("SELECT COUNT(*) FROM dc_consents WHERE revoked_at IS NULL"), 0) << "nothing changed";
  EXPECT_EQ(h.audit_count("consent_link_refused", "dc_case"), refused_before + 4);
}

TEST_P(ConsentTest, AnonymisedProfileViewLogAndReveal) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  CasesFixture f(h);
  const auto id = f.open_case();
  const auto url = "/api/v1/dualcareer/cases/" + std::to_string(id);
  const auto link = "/api/v1/consent/" + f.consent_network(id);

  auto seen = h.get(url, {.session = f.company_b});
  ASSERT_EQ(seen.status, 200) << seen.body;
  for (const char* secret : {"Maria", "maria@", "555123", "2959927", "home_place_id", "applicant", "contact", "Entwicklungsleiter"}) {
    EXPECT_EQ(seen.body.find(secret), std::string::npos) << secret << " leaks: " << seen.body;
  }
  auto profile = seen.json().at("case");
  EXPECT_EQ(profile.at("home_kreis").as_string(), "Ostalbkreis");
  EXPECT_EQ(profile.at("requests").at(0).at("languages").at(1).as_string(), "Englisch");
  EXPECT_EQ(profile.at("requests").at(0).at("earliest_start").as_string(), "2027-02-01");
  ASSERT_EQ(h.get(url, {.session = f.member}).status, 200);
  auto list = h.get("/api/v1/dualcareer/cases?network=" + std::to_string(f.network), {.session = f.company_b});
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(list.body.find("Maria"), std::string::npos);
  EXPECT_EQ(list.json().at("items").at(0).at("access").as_string(), "profile");
  // Owners' reads are not profile views.
  ASSERT_EQ(h.get(url, {.session = f.company_a}).status, 200);
  ASSERT_EQ(h.get(url, {.session = f.coordinator}).status, 200);
  EXPECT_EQ(f.count("SELECT COUNT(*) FROM dc_profile_views WHERE case_id = ?", {id}), 2);
  EXPECT_EQ(h.audit_count("view", "dc_case"), 4) << "owners' reads are audited too";

  // The partner sees who looked: the company, or "a member of the network".
  auto views = h.get(link).json().at("views").as_array();
  ASSERT_EQ(views.size(), 2u);
  EXPECT_EQ(views[0].at("organisation_name").as_string(), "Klinikum Ostalb");
  EXPECT_EQ(views[1].at("organisation_name").as_string(), "Mitglied des Netzwerks");

  // Contact only after the partner agrees, and only for that company.
  EXPECT_EQ(h.post(url + "/reveal-requests", bj::object{{"organisation_id", f.org_a}}, {.session = f.company_b}).status, 403);
  auto asked = h.post(url + "/reveal-requests", bj::object{{"organisation_id", f.org_b}}, {.session = f.company_b});
  ASSERT_EQ(asked.status, 201) << asked.body;
  EXPECT_EQ(asked.json().at("reveal_request").at("status").as_string(), "pending");
  EXPECT_FALSE(h.get(url, {.session = f.company_b}).json().at("case").as_object().contains("contact"));
  const auto reveal = asked.json().at("reveal_request").at("id").as_int64();
  auto decided = h.post(link + "/reveals/" + std::to_string(reveal), bj::object{{"grant", true}});
  ASSERT_EQ(decided.status, 200) << decided.body;
  EXPECT_EQ(decided.json().at("reveal_requests").at(0).at("status").as_string(), "granted");
  auto revealed = h.get(url, {.session = f.company_b}).json();
  EXPECT_EQ(revealed.at("case").at("contact").at("name").as_string(), "Maria Beispiel");
  EXPECT_FALSE(h.get(url, {.session = f.member}).json().at("case").as_object().contains("contact"));
  EXPECT_EQ(h.post(link + "/reveals/999999", bj::object{{"grant", true}}).status, 404);

  // Revocation ends the profile and the reveal at once.
  ASSERT_EQ(h.call(fw::http::Method::del, link).status, 200);
  EXPECT_EQ(h.get(url, {.session = f.company_b}).status, 404);
  EXPECT_EQ(f.count("SELECT COUNT(*) FROM dc_reveal_requests WHERE status = 'granted'"), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, ConsentTest, ::testing::ValuesIn(fw::testing::test_backends()),
                         fw::testing::BackendName{});

}  // namespace
