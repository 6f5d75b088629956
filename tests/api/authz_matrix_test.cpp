// Every route × every role: allowed or denied, as the table says. The table is written out
// by hand (not derived from the code) and must cover every route on the router.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <map>
#include <set>

#include "api/harness.hpp"
#include "service/directory/networks.hpp"
#include "service/directory/organisations.hpp"
#include "service/directory/practices.hpp"
#include "service/dualcareer/vacancies.hpp"
#include "service/monitor/scenarios.hpp"
#include "service/dualcareer/cases.hpp"
#include "service/dualcareer/consent.hpp"

namespace {
namespace bj = boost::json;
using fw::http::Method;
using fw::testing::Harness;
using fw::testing::RequestOptions;
using fw::testing::Session;

enum Role { kAnonymous, kMember, kEditor, kCoordinator, kOrgEditor, kAdmin, kRoleCount };
const char* kRoleNames[] = {"anonymous", "member", "editor", "coordinator", "org_editor", "admin"};
constexpr char A = 'A';  // allowed: neither 401 nor 403
constexpr char D = 'D';  // denied: 401 (anonymous) or 403

struct Case {
  Method method;
  const char* pattern;
  const char* target;  // with parameters filled in ({subject} = the subject user's id)
  const char* body;    // JSON or ""
  char expect[kRoleCount + 1];  // one letter per Role, in enum order
};

// {net} is the network of the member/editor/coordinator roles and {org} the organisation of the
// org_editor role, an active member of {net}; {org2} is an organisation outside it. The subject
// user is someone else whose roles are changed.
const Case kCases[] = {
    {Method::get, "/healthz", "/healthz", "", "AAAAAA"},
    {Method::get, "/metrics", "/metrics", "", "AAAAAA"},
    {Method::get, "/api/openapi.json", "/api/openapi.json", "", "AAAAAA"},
    {Method::post, "/api/v1/session", "/api/v1/session", R"({"email":"{email}","password":"Richtig-Geheim-42"})", "AAAAAA"},
    {Method::del, "/api/v1/session", "/api/v1/session", "", "AAAAAA"},
    {Method::get, "/api/v1/me", "/api/v1/me", "", "DAAAAA"},
    {Method::patch, "/api/v1/me", "/api/v1/me", R"({"language":"en"})", "DAAAAA"},
    {Method::del, "/api/v1/me", "/api/v1/me", R"({"password":"falsch-falsch"})", "DAAAAA"},
    {Method::put, "/api/v1/me/password", "/api/v1/me/password",
     R"({"current_password":"falsch-falsch","new_password":"Neu-und-lang-genug"})", "DAAAAA"},
    {Method::get, "/api/v1/me/export", "/api/v1/me/export", "", "DAAAAA"},
    {Method::post, "/api/v1/password-reset", "/api/v1/password-reset", R"({"email":"someone@example.org"})", "AAAAAA"},
    {Method::post, "/api/v1/password-reset/confirm", "/api/v1/password-reset/confirm",
     R"({"token":"invalid","password":"Neu-und-lang-genug"})", "AAAAAA"},
    {Method::get, "/api/v1/users", "/api/v1/users", "", "DDDDDA"},
    {Method::post, "/api/v1/users", "/api/v1/users",
     R"({"email":"new@example.org","display_name":"Neu","password":"Lang-genug-123"})", "DDDDDA"},
    {Method::get, "/api/v1/users/{id}", "/api/v1/users/{subject}", "", "DDDDDA"},
    {Method::patch, "/api/v1/users/{id}", "/api/v1/users/{subject}", R"({"display_name":"Umbenannt"})", "DDDDDA"},
    // Coordinators may add members to their own network; nobody else but admins.
    {Method::post, "/api/v1/users/{id}/roles", "/api/v1/users/{subject}/roles",
     R"({"scope":"network","scope_id":{net},"role":"member"})", "DDDADA"},
    {Method::del, "/api/v1/users/{id}/roles/{role_id}", "/api/v1/users/{subject}/roles/{subject_role}", "", "DDDADA"},
    {Method::get, "/api/v1/audit", "/api/v1/audit", "", "DDDDDA"},
    {Method::get, "/api/v1/regions/laender", "/api/v1/regions/laender", "", "AAAAAA"},
    {Method::get, "/api/v1/regions/kreise", "/api/v1/regions/kreise?land=08", "", "AAAAAA"},
    {Method::get, "/api/v1/regions/places", "/api/v1/regions/places?q=aalen", "", "AAAAAA"},
    {Method::get, "/api/v1/organisations", "/api/v1/organisations?type=ihk&format=csv", "", "AAAAAA"},
    {Method::post, "/api/v1/organisations", "/api/v1/organisations", R"({"name":"Neu {tag}","type":"unternehmen"})",
     "DDAADA"},
    {Method::get, "/api/v1/organisations/{id}", "/api/v1/organisations/{org}", "", "AAAAAA"},
    {Method::put, "/api/v1/organisations/{id}", "/api/v1/organisations/{org}", R"({"name":"Umbenannt {tag}","type":"ihk"})",
     "DDAAAA"},
    {Method::del, "/api/v1/organisations/{id}", "/api/v1/organisations/{org2}", "", "DDDDDA"},
    {Method::get, "/api/v1/networks", "/api/v1/networks?land=08&status=active", "", "AAAAAA"},
    {Method::post, "/api/v1/networks", "/api/v1/networks", R"({"name":"Netz {tag}","kreise":["08136"]})", "DDDDDA"},
    {Method::get, "/api/v1/networks/{id}", "/api/v1/networks/{net}", "", "AAAAAA"},
    {Method::put, "/api/v1/networks/{id}", "/api/v1/networks/{net}", R"({"name":"Netzwerk {tag} neu"})", "DDDADA"},
    {Method::del, "/api/v1/networks/{id}", "/api/v1/networks/{net}", "", "DDDDDA"},
    {Method::get, "/api/v1/networks/{id}/members", "/api/v1/networks/{net}/members?format=csv", "", "AAAAAA"},
    {Method::put, "/api/v1/networks/{id}/members/{organisation_id}", "/api/v1/networks/{net}/members/{org2}",
     R"({"step":"invite","role":"partner"})", "DDDADA"},
    {Method::get, "/api/v1/map/kreise", "/api/v1/map/kreise?metric=organisations", "", "AAAAAA"},
    {Method::get, "/api/v1/search", "/api/v1/search?q=netzwerk", "", "AAAAAA"},
    {Method::get, "/api/v1/vocabularies", "/api/v1/vocabularies", "", "AAAAAA"},
    {Method::post, "/api/v1/vocabularies/{kind}", "/api/v1/vocabularies/handlungsfelder",
     R"({"code":"neu_{tag}","label_de":"Neu {tag}","label_en":"New {tag}"})", "DDDDDA"},
    // Practices of {net}: {practice} a draft, {submitted}, {published}.
    {Method::get, "/api/v1/practices", "/api/v1/practices", "", "AAAAAA"},
    {Method::post, "/api/v1/practices", "/api/v1/practices", R"({"title":"Praxis {tag}","networks":[{net}]})", "DDAADA"},
    {Method::get, "/api/v1/practices/{id}", "/api/v1/practices/{published}", "", "AAAAAA"},
    {Method::put, "/api/v1/practices/{id}", "/api/v1/practices/{practice}", R"({"title":"Neu {tag}","networks":[{net}]})",
     "DDAADA"},
    {Method::post, "/api/v1/practices/{id}/submit", "/api/v1/practices/{practice}/submit", "{}", "DDAADA"},
    {Method::post, "/api/v1/practices/{id}/publish", "/api/v1/practices/{submitted}/publish", "{}", "DDDADA"},
    {Method::post, "/api/v1/practices/{id}/unpublish", "/api/v1/practices/{published}/unpublish", R"({"reason":"Prüfen"})",
     "DDDADA"},
    {Method::get, "/api/v1/practices/{id}/revisions", "/api/v1/practices/{practice}/revisions", "", "DDAADA"},
    {Method::get, "/api/v1/opendata/networks.json", "/api/v1/opendata/networks.json", "", "AAAAAA"},
    {Method::get, "/api/v1/opendata/networks.csv", "/api/v1/opendata/networks.csv", "", "AAAAAA"},
    {Method::get, "/api/v1/opendata/practices.json", "/api/v1/opendata/practices.json", "", "AAAAAA"},
    {Method::get, "/api/v1/opendata/practices.csv", "/api/v1/opendata/practices.csv", "", "AAAAAA"},
    // Bodies not starting with { are sent as text/csv (with a session).
    {Method::post, "/api/v1/import/organisations", "/api/v1/import/organisations?dry_run=1&network={net}",
     "Name;Typ\nImport {tag};Verein\n", "DDDADA"},
    {Method::get, "/api/v1/import/organisations/reports/{report_id}", "/api/v1/import/organisations/reports/unbekannt", "",
     "DAAAAA"},
    // Job für Zwei: {vac} is a members-only vacancy of {org} in {net}. HR users (organisation
    // editors) and the network's editors/coordinators manage vacancies; every member may match.
    {Method::get, "/api/v1/vacancies", "/api/v1/vacancies", "", "AAAAAA"},
    {Method::post, "/api/v1/vacancies", "/api/v1/vacancies",
     R"({"network_id":{net},"organisation_id":{org},"title":"Stelle {tag}","kldb":"43104","locations":[{"lat":48.84,"lon":10.09}]})",
     "DDAAAA"},
    {Method::get, "/api/v1/vacancies/{id}", "/api/v1/vacancies/{vac}", "", "DAAAAA"},
    {Method::put, "/api/v1/vacancies/{id}", "/api/v1/vacancies/{vac}",
     R"({"network_id":{net},"organisation_id":{org},"title":"Neu {tag}","kldb":"43104","locations":[{"lat":48.84,"lon":10.09}]})",
     "DDAAAA"},
    {Method::post, "/api/v1/vacancies/{id}/close", "/api/v1/vacancies/{vac}/close", R"({"status":"filled"})", "DDAAAA"},
    {Method::post, "/api/v1/dualcareer/match/anchored", "/api/v1/dualcareer/match/anchored",
     R"({"partner":{"occupations":[{"kldb":"43104"}],"working_time":["vollzeit"],"earliest_start":"2027-01-01","max_minutes":45,"mode":"car"},"anchor":{"lat":48.84,"lon":10.09,"max_minutes":40,"mode":"car"},"home":null,"min_fit":0.5,"limit":20})",
     "DAAAAA"},
    {Method::post, "/api/v1/dualcareer/match/couple", "/api/v1/dualcareer/match/couple",
     R"({"a":{"occupations":[{"kldb":"43104"}],"max_minutes":45,"mode":"car"},"b":{"occupations":[{"kldb":"81302"}],"max_minutes":45,"mode":"car"},"region":{"kreise":["08136","08135"]},"min_fit":0.5,"limit":20})",
     "DAAAAA"},
    // The monitor: public reads (without data they answer 400 "monitor.no_data", not 401/403).
    {Method::get, "/api/v1/monitor/engpass", "/api/v1/monitor/engpass?region=08136", "", "AAAAAA"},
    {Method::post, "/api/v1/monitor/projection", "/api/v1/monitor/projection", R"({"region":"08136","runs":0})", "AAAAAA"},
    {Method::get, "/api/v1/monitor/today-tomorrow", "/api/v1/monitor/today-tomorrow?region=network:{net}", "", "AAAAAA"},
    {Method::get, "/api/v1/monitor/scenarios", "/api/v1/monitor/scenarios", "", "DAAAAA"},
    {Method::post, "/api/v1/monitor/scenarios", "/api/v1/monitor/scenarios",
     R"({"name":"Szenario {tag}","parameters":{"retirement_age_shift":2}})", "DAAAAA"},
    // The subject's scenario: others get 404 (it is not theirs to see), admins delete it.
    {Method::del, "/api/v1/monitor/scenarios/{id}", "/api/v1/monitor/scenarios/{scenario}", "", "DAAAAA"},
    {Method::post, "/api/v1/monitor/imports", "/api/v1/monitor/imports",
     R"({"kind":"monitor-long","file_name":"t.csv","content":"region;kldb;level;period;quantity;value;source\n08136;263;2;2024;employees;5;BA\n","dry_run":true})",
     "DDDDDA"},
    {Method::get, "/api/v1/monitor/datasets", "/api/v1/monitor/datasets", "", "AAAAAA"},
    {Method::get, "/api/v1/monitor/thresholds/{version}", "/api/v1/monitor/thresholds/2020", "", "AAAAAA"},
    {Method::put, "/api/v1/monitor/thresholds/{version}", "/api/v1/monitor/thresholds/2020", R"({"content":""})", "DDDDDA"},
    // Job für Zwei: {case} of {net}, opened by {org}; the partner consented for the whole
    // network through {token}, so members see the profile but may not change the case.
    {Method::post, "/api/v1/dualcareer/cases", "/api/v1/dualcareer/cases",
     R"({"network_id":{net},"organisation_id":{org},"contact":{"name":"Test"},"applicant":{"place_id":2959927,"start_date":"2027-01-01"},"request":{"occupations":[{"kldb":"43104"}]}})",
     "DDDAAA"},
    {Method::get, "/api/v1/dualcareer/cases", "/api/v1/dualcareer/cases?network={net}", "", "DAAAAA"},
    {Method::get, "/api/v1/dualcareer/cases/{id}", "/api/v1/dualcareer/cases/{case}", "", "DAAAAA"},
    {Method::post, "/api/v1/dualcareer/cases/{id}/stage", "/api/v1/dualcareer/cases/{case}/stage", R"({"stage":"circulated"})",
     "DDDAAA"},
    {Method::put, "/api/v1/dualcareer/cases/{id}/followups/{months}", "/api/v1/dualcareer/cases/{case}/followups/6",
     R"({"still_employed":true})", "DDDADA"},
    {Method::post, "/api/v1/dualcareer/cases/{id}/consent-link", "/api/v1/dualcareer/cases/{case}/consent-link", "{}",
     "DDDADA"},
    {Method::post, "/api/v1/dualcareer/cases/{id}/reveal-requests", "/api/v1/dualcareer/cases/{case}/reveal-requests",
     R"({"organisation_id":{org}})", "DDDDAA"},
    {Method::get, "/api/v1/dualcareer/stats", "/api/v1/dualcareer/stats?network={net}&year=2026", "", "DDDADA"},
    {Method::get, "/api/v1/consent/{token}", "/api/v1/consent/{token}", "", "AAAAAA"},
    {Method::post, "/api/v1/consent/{token}", "/api/v1/consent/{token}",
     R"({"text_version":1,"scope":"network","data_items":["occupations"],"purpose":"Stellensuche"})", "AAAAAA"},
    {Method::del, "/api/v1/consent/{token}", "/api/v1/consent/{token}", "", "AAAAAA"},
    {Method::post, "/api/v1/consent/{token}/reveals/{id}", "/api/v1/consent/{token}/reveals/999999", R"({"grant":true})",
     "AAAAAA"},
};

class AuthzMatrix : public ::testing::TestWithParam<std::string> {};

std::string fill(std::string s, const std::map<std::string, std::string>& vars) {
  for (const auto& [k, v] : vars) {
    for (auto p = s.find(k); p != std::string::npos; p = s.find(k)) s.replace(p, k.size(), v);
  }
  return s;
}

TEST_P(AuthzMatrix, EveryRouteEveryRole) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);

  // The table covers the router exactly.
  std::set<std::string> routed, tabled;
  for (const auto& r : h.router.routes()) routed.insert(std::string(fw::http::method_name(r.method)) + " " + r.pattern);
  for (const auto& c : kCases) tabled.insert(std::string(fw::http::method_name(c.method)) + " " + c.pattern);
  EXPECT_EQ(routed, tabled) << "the authorisation table must list every route exactly once";

  for (const auto& c : kCases) {
    for (int role = 0; role < kRoleCount; ++role) {
      // Fresh accounts per cell, so that no call (deleting oneself, a rate limit) affects another.
      static int n = 0;
      const std::string tag = std::to_string(++n);
      std::optional<Session> session;
      const std::string email = std::string(kRoleNames[role]) + tag + "@example.org";
      const auto system = fw::service::Actor::system("test");
      fw::service::NetworkInput net_in;
      net_in.name = "Netzwerk " + tag;
      net_in.kreise = {"08136"};
      const auto net = fw::service::create_network(*h.td.db, system, net_in).value().id;
      fw::service::OrganisationInput org_in;
      org_in.name = "Organisation " + tag;
      org_in.type = "ihk";
      org_in.kreis_ags = "08136";
      const auto org = fw::service::create_organisation(*h.td.db, system, org_in).value().id;
      org_in.name = "Andere " + tag;
      const auto org2 = fw::service::create_organisation(*h.td.db, system, org_in).value().id;
      ASSERT_TRUE(fw::service::membership_step(*h.td.db, system, fw::service::MembershipStep::invite, net, org, "partner", ""));
      ASSERT_TRUE(fw::service::membership_step(*h.td.db, system, fw::service::MembershipStep::accept, net, org, "partner", ""));
      // Practices in each state, only where a route needs them (they cost a few transactions).
      std::map<std::string, std::string> practices;
      if (std::string_view(c.pattern).starts_with("/api/v1/practices")) {
        fw::service::PracticeInput p_in;
        p_in.networks = {net};
        const fw::service::PracticeStep steps[] = {fw::service::PracticeStep::submit, fw::service::PracticeStep::publish};
        for (int state = 0; state < 3; ++state) {
          p_in.title = "Praxis " + tag + "-" + std::to_string(state);
          const auto id = fw::service::create_practice(*h.td.db, system, p_in).value().id;
          for (int s = 0; s < state; ++s) ASSERT_TRUE(fw::service::practice_step(*h.td.db, system, id, steps[s], ""));
          practices[state == 0 ? "{practice}" : state == 1 ? "{submitted}" : "{published}"] = std::to_string(id);
        }
      }
      fw::service::VacancyInput vac_in;
      vac_in.network_id = net;
      vac_in.organisation_id = org;
      vac_in.title = "Softwareentwicklung " + tag;
      vac_in.kldb = "43104";
      vac_in.locations = {{48.84, 10.09, "Aalen"}};
      const auto vac = fw::service::create_vacancy(*h.td.db, system, vac_in).value().id;
      // A case with the partner's consent for the whole network, only where a route needs it.
      if (std::string_view(c.pattern).starts_with("/api/v1/dualcareer/cases/") ||
          std::string_view(c.pattern).starts_with("/api/v1/consent/")) {
        namespace dc = fw::service::dualcareer;
        dc::CaseInput in;
        in.network_id = net;
        in.organisation_id = org;
        in.contact_name = "Partnerin " + tag;
        in.applicant = dc::Applicant{2959927, std::nullopt, std::nullopt, "2027-01-01", 45, "car"};
        in.request.occupations = {{"43104", 0}};
        const auto id = dc::create_case(*h.td.db, system, in).value().at("id").as_int64();
        const auto link = dc::create_consent_link(*h.td.db, system, id).value();
        ASSERT_TRUE(dc::grant_consent(*h.td.db, link.token, "127.0.0.1", {1, "network", {}, {"occupations"}, "Stellensuche"}));
        practices["{case}"] = std::to_string(id);
        practices["{token}"] = link.token;
      }
      switch (role) {
        case kAnonymous: break;
        case kMember: h.add_user(email, false, {{0, "network", net, "member"}}); break;
        case kEditor: h.add_user(email, false, {{0, "network", net, "editor"}}); break;
        case kCoordinator: h.add_user(email, false, {{0, "network", net, "coordinator"}}); break;
        case kOrgEditor: h.add_user(email, false, {{0, "organisation", org, "editor"}}); break;
        case kAdmin: h.add_user(email, true); break;
      }
      if (role != kAnonymous) session = h.login(email);
      const auto subject = h.add_user("subject" + tag + "@example.org", false, {{0, "network", net, "member"}});
      auto roles = h.get("/api/v1/users/" + std::to_string(subject), {.session = h.login("subject" + tag + "@example.org")});
      const auto role_id = roles.json().at("user").at("roles").at(0).at("id").as_int64();
      fw::service::Actor subject_actor;
      subject_actor.user_id = subject;
      const auto scenario = fw::service::monitor_data::create_scenario(*h.td.db, subject_actor, "Eigenes", {}).value().id;
      std::map<std::string, std::string> vars{
          {"{subject}", std::to_string(subject)},
          {"{subject_role}", std::to_string(role_id)},
          {"{scenario}", std::to_string(scenario)},
          {"{email}", role == kAnonymous ? "subject" + tag + "@example.org" : email},
          {"{net}", std::to_string(net)},
          {"{org2}", std::to_string(org2)},
          {"{org}", std::to_string(org)},
          {"{vac}", std::to_string(vac)},
          {"{tag}", tag}};
      vars.insert(practices.begin(), practices.end());
      RequestOptions o;
      o.session = session;
      // Without a session a non-JSON body is refused by the CSRF rule (403) before any
      // authorisation; sent as JSON it reaches the service, which must answer 401.
      if (session && c.body[0] != '\0' && c.body[0] != '{') o.content_type = "text/csv";
      auto reply = h.call(c.method, fill(c.target, vars), fill(c.body, vars), o);
      const bool denied = reply.status == 401 || reply.status == 403;
      const bool expect_denied = c.expect[role] == D;
      EXPECT_EQ(denied, expect_denied) << fw::http::method_name(c.method) << " " << c.pattern << " as "
                                       << kRoleNames[role] << " → " << reply.status << " " << reply.body;
      if (expect_denied) {
        EXPECT_EQ(reply.status, role == kAnonymous ? 401 : 403) << c.pattern << " as " << kRoleNames[role];
      }
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, AuthzMatrix, ::testing::ValuesIn(fw::testing::test_backends()),
                         fw::testing::BackendName{});

}  // namespace
