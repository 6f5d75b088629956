#include "api/cases_fixture.hpp"

#include <gtest/gtest.h>

#include "service/directory/networks.hpp"
#include "service/directory/organisations.hpp"

namespace fw::testing {
namespace bj = boost::json;
namespace {
RequestOptions as(const Session& s) {
  RequestOptions o;
  o.session = s;
  return o;
}
}  // namespace

CasesFixture::CasesFixture(Harness& harness) : h(harness) {
  const auto system = service::Actor::system("test");
  auto make_network = [&](const std::string& name, const std::string& kreis) {
    service::NetworkInput in;
    in.name = name;
    in.kreise = {kreis};
    return service::create_network(*h.td.db, system, in).value().id;
  };
  auto make_member = [&](const std::string& name, std::int64_t net) {
    service::OrganisationInput in;
    in.name = name;
    in.type = "unternehmen";
    in.kreis_ags = "08136";
    const auto id = service::create_organisation(*h.td.db, system, in).value().id;
    EXPECT_TRUE(service::membership_step(*h.td.db, system, service::MembershipStep::invite, net, id, "partner", ""));
    EXPECT_TRUE(service::membership_step(*h.td.db, system, service::MembershipStep::accept, net, id, "partner", ""));
    return id;
  };
  network = make_network("Fachkräfteallianz Ostwürttemberg", "08136");
  other_network = make_network("Fachkräftebündnis Anderswo", "09162");
  org_a = make_member("Maschinenbau Aalen GmbH", network);
  org_b = make_member("Klinikum Ostalb", network);
  outsider_org = make_member("Fremdfirma München AG", other_network);
  h.add_user("admin@example.org", true);
  coordinator_id = h.add_user("koord@example.org", false, {{0, "network", network, "coordinator"}});
  h.add_user("firma-a@example.org", false, {{0, "organisation", org_a, "editor"}});
  h.add_user("firma-b@example.org", false, {{0, "organisation", org_b, "editor"}});
  h.add_user("mitglied@example.org", false, {{0, "network", network, "member"}});
  h.add_user("fremd@example.org", false, {{0, "network", other_network, "coordinator"}});
  h.add_user("fremdfirma@example.org", false, {{0, "organisation", outsider_org, "editor"}});
  admin = h.login("admin@example.org");
  coordinator = h.login("koord@example.org");
  company_a = h.login("firma-a@example.org");
  company_b = h.login("firma-b@example.org");
  member = h.login("mitglied@example.org");
  stranger = h.login("fremd@example.org");
  outsider_company = h.login("fremdfirma@example.org");
}

bj::object CasesFixture::case_body() const {
  return bj::object{
      {"network_id", network},
      {"organisation_id", org_a},
      {"contact", bj::object{{"name", "Maria Beispiel"}, {"email", "maria@beispiel.example"}, {"phone", "+49 7361 555123"}}},
      {"applicant", bj::object{{"place_id", 2959927}, {"start_date", "2027-01-01"}, {"max_minutes", 40}, {"mode", "car"}}},
      {"request", bj::object{{"occupations", bj::array{bj::object{{"kldb", "43104"}}, bj::object{{"kldb", "813"}, {"level", 2}}}},
                             {"qualifications", bj::array{"Bachelor Informatik"}},
                             {"languages", bj::array{"Deutsch", "Englisch"}},
                             {"working_time", bj::array{"vollzeit", "teilzeit"}},
                             {"earliest_start", "2027-02-01"},
                             {"home_place_id", 2959927},
                             {"max_minutes", 45},
                             {"mode", "pt"}}},
      {"note", "Partnerin des neuen Entwicklungsleiters"}};
}

std::int64_t CasesFixture::open_case() {
  auto r = h.post("/api/v1/dualcareer/cases", case_body(), as(company_a));
  EXPECT_EQ(r.status, 201) << r.body;
  return r.json().at("case").at("id").as_int64();
}

std::string CasesFixture::consent_link(std::int64_t case_id) {
  auto r = h.post("/api/v1/dualcareer/cases/" + std::to_string(case_id) + "/consent-link", bj::object{},
                  as(coordinator));
  EXPECT_EQ(r.status, 201) << r.body;
  return std::string(r.json().at("token").as_string());
}

std::string CasesFixture::consent_network(std::int64_t case_id) {
  const auto token = consent_link(case_id);
  auto r = h.post("/api/v1/consent/" + token,
                  bj::object{{"text_version", 1},
                             {"scope", "network"},
                             {"data_items", bj::array{"occupations", "qualifications", "languages", "working_time",
                                                      "earliest_start", "region"}},
                             {"purpose", "Vermittlung einer Stelle in der Region"}});
  EXPECT_EQ(r.status, 200) << r.body;
  return token;
}

Reply CasesFixture::put(const std::string& target, const bj::value& body, const Session& s) {
  return h.call(http::Method::put, target, bj::serialize(body), as(s));
}

std::int64_t CasesFixture::count(const std::string& sql, const store::Params& params) {
  auto n = store::with_connection(*h.td.db, [&](store::Connection& c) -> Result<std::int64_t> {
    auto rows = FW_TRY(c.query(sql, params));
    return rows[0].int_at(0);
  });
  return n ? *n : -1;
}

service::Actor CasesFixture::coordinator_actor() const {
  service::Actor a;
  a.user_id = coordinator_id;
  a.label = "koord@example.org";
  a.roles = {{0, "network", network, "coordinator"}};
  return a;
}

}  // namespace fw::testing
