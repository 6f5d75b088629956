// "Job für Zwei" cases: opening with field-named validation, the pipeline with its activity
// log and follow-ups, who sees what (owners, covered members, strangers), and the anonymous
// statistics that survive the retention purge. Consent links are in consent_test.cpp.
#include <gtest/gtest.h>

#include "api/cases_fixture.hpp"
#include "core/clock.hpp"
#include "service/dualcareer/cases.hpp"
#include "service/dualcareer/cases_retention.hpp"

namespace {
namespace bj = boost::json;
using fw::testing::CasesFixture;
using fw::testing::Harness;

class CasesTest : public ::testing::TestWithParam<std::string> {};

TEST_P(CasesTest, OpeningValidatesEveryFieldByName) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  CasesFixture f(h);
  auto ok = h.post("/api/v1/dualcareer/cases", f.case_body(), {.session = f.company_a});
  ASSERT_EQ(ok.status, 201) << ok.body;
  auto body = ok.json();
  EXPECT_EQ(body.at("case").at("stage").as_string(), "open");
  EXPECT_EQ(body.at("case").at("contact").at("name").as_string(), "Maria Beispiel");
  EXPECT_EQ(body.at("case").at("request").at("home_kreis_ags").as_string(), "08136");
  EXPECT_EQ(h.audit_count("create", "dc_case"), 1);

  struct Bad {
    const char* path;  // where to change the body
    bj::value value;
    const char* field;
  };
  const Bad bad[] = {
      {"kldb", "99999", "request.occupations[0].kldb"},
      {"kldb", "4x1", "request.occupations[0].kldb"},
      {"max_minutes", 241, "request.max_minutes"},
      {"max_minutes", 0, "request.max_minutes"},
      {"mode", "zeppelin", "request.mode"},
      {"lat", 40.0, "applicant.lat"},
      {"start_date", "2027-13-01", "applicant.start_date"},
      {"home_place_id", 1, "request.home_place_id"},
  };
  for (const auto& b : bad) {
    auto in = f.case_body();
    auto& request = in["request"].as_object();
    if (std::string_view(b.path) == "kldb") {
      request["occupations"] = bj::array{bj::object{{"kldb", b.value}}};
    } else if (std::string_view(b.path) == "lat" || std::string_view(b.path) == "start_date") {
      auto& a = in["applicant"].as_object();
      if (std::string_view(b.path) == "lat") {
        a.erase("place_id");
        a["lat"] = b.value;
        a["lon"] = 10.0;
      } else {
        a["start_date"] = b.value;
      }
    } else {
      request[b.path] = b.value;
    }
    auto r = h.post("/api/v1/dualcareer/cases", in, {.session = f.company_a});
    EXPECT_EQ(r.status, 422) << b.field << " " << r.body;
    EXPECT_EQ(r.error_field(), b.field) << r.body;
    EXPECT_EQ(r.json().at("error").at("code").as_string(), "invalid_argument");
  }
  // A couple needs the second request; a 4-digit code must start with a known group.
  auto couple = f.case_body();
  couple["kind"] = "couple";
  couple.erase("applicant");
  EXPECT_EQ(h.post("/api/v1/dualcareer/cases", couple, {.session = f.company_a}).error_field(), "request_b");
  couple["request_b"] = bj::object{{"occupations", bj::array{bj::object{{"kldb", "2623"}}}}, {"max_minutes", 60}, {"mode", "pt"}};
  EXPECT_EQ(h.post("/api/v1/dualcareer/cases", couple, {.session = f.company_a}).status, 201);
  couple["request_b"].as_object()["occupations"] = bj::array{bj::object{{"kldb", "9991"}}};
  EXPECT_EQ(h.post("/api/v1/dualcareer/cases", couple, {.session = f.company_a}).error_field(), "request_b.occupations[0].kldb");
  // Only member companies of the network and its coordinator open cases.
  EXPECT_EQ(h.post("/api/v1/dualcareer/cases", f.case_body(), {.session = f.outsider_company}).status, 403);
  EXPECT_EQ(h.post("/api/v1/dualcareer/cases", f.case_body(), {.session = f.member}).status, 403);
  EXPECT_EQ(h.post("/api/v1/dualcareer/cases", f.case_body(), {.session = f.coordinator}).status, 201);
  EXPECT_EQ(h.audit_count("create", "dc_case"), 3) << "refused cases write nothing";
}

TEST_P(CasesTest, PipelineStepsLogAndFollowUps) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  CasesFixture f(h);
  const auto id = f.open_case();
  const auto url = "/api/v1/dualcareer/cases/" + std::to_string(id);
  auto step = [&](const char* stage, const fw::testing::Session& s) {
    return h.post(url + "/stage", bj::object{{"stage", stage}, {"note", std::string("nach ") + stage}}, {.session = s});
  };
  EXPECT_EQ(step("placed", f.coordinator).status, 409) << "open → placed skips the pipeline";
  EXPECT_EQ(step("contacted", f.coordinator).error_code(), "conflict");
  ASSERT_EQ(step("circulated", f.company_a).status, 200);
  ASSERT_EQ(step("contacted", f.coordinator).status, 200);
  ASSERT_EQ(step("interview", f.coordinator).status, 200);
  EXPECT_EQ(f.put(url + "/followups/6", bj::object{{"still_employed", true}}, f.coordinator).status, 409)
      << "no follow-up before placement";
  auto placed = step("placed", f.coordinator);
  ASSERT_EQ(placed.status, 200) << placed.body;
  auto c = placed.json().at("case");
  EXPECT_EQ(c.at("stage").as_string(), "placed");
  const auto events = c.at("events").as_array();
  ASSERT_EQ(events.size(), 5u);
  EXPECT_EQ(events[0].at("action").as_string(), "opened");
  EXPECT_EQ(events[4].at("from").as_string(), "interview");
  EXPECT_EQ(events[4].at("to").as_string(), "placed");
  EXPECT_EQ(events[4].at("note").as_string(), "nach placed");
  EXPECT_EQ(events[4].at("by").as_string(), "koord@example.org");
  const auto followups = c.at("followups").as_array();
  ASSERT_EQ(followups.size(), 2u);
  EXPECT_EQ(followups[0].at("months").as_int64(), 6);
  EXPECT_TRUE(followups[0].at("still_employed").is_null());

  EXPECT_EQ(f.put(url + "/followups/6", bj::object{{"still_employed", true}}, f.company_a).status, 403)
      << "the coordinator records follow-ups";
  EXPECT_EQ(f.put(url + "/followups/7", bj::object{{"still_employed", true}}, f.coordinator).status, 404);
  auto recorded = f.put(url + "/followups/6", bj::object{{"still_employed", true}}, f.coordinator);
  ASSERT_EQ(recorded.status, 200) << recorded.body;
  EXPECT_TRUE(recorded.json().at("case").at("followups").at(0).at("still_employed").as_bool());
  EXPECT_EQ(step("interview", f.coordinator).status, 409) << "placed only goes to closed";
  EXPECT_EQ(step("closed", f.coordinator).status, 200);
  EXPECT_EQ(step("circulated", f.coordinator).status, 409) << "closed is final";
  EXPECT_EQ(h.audit_count("stage", "dc_case"), 5);
  EXPECT_EQ(h.audit_count("followup", "dc_case"), 1);
}

TEST_P(CasesTest, StrangersGetNotFoundAndAreAudited) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  CasesFixture f(h);
  const auto id = f.open_case();
  const auto url = "/api/v1/dualcareer/cases/" + std::to_string(id);
  f.consent_network(id);
  EXPECT_EQ(h.get(url, {.session = f.member}).status, 200) << "same network, consent covers it";
  const auto before = h.audit_count("access_denied", "dc_case");
  for (const auto* s : {&f.stranger, &f.outsider_company}) {
    EXPECT_EQ(h.get(url, {.session = *s}).status, 404);
    EXPECT_EQ(h.post(url + "/stage", bj::object{{"stage", "circulated"}}, {.session = *s}).status, 404);
    EXPECT_EQ(h.post(url + "/consent-link", bj::object{}, {.session = *s}).status, 404);
    EXPECT_EQ(f.put(url + "/followups/6", bj::object{{"still_employed", true}}, *s).status, 404);
    EXPECT_EQ(h.post(url + "/reveal-requests", bj::object{{"organisation_id", f.outsider_org}}, {.session = *s}).status, 404);
  }
  EXPECT_EQ(h.audit_count("access_denied", "dc_case"), before + 10);
  EXPECT_EQ(h.get("/api/v1/dualcareer/cases?network=" + std::to_string(f.network), {.session = f.stranger}).status, 403);
  EXPECT_EQ(h.get(url).status, 401);
  // The case did not move.
  auto c = h.get(url, {.session = f.coordinator});
  EXPECT_EQ(c.json().at("case").at("stage").as_string(), "open");
}

TEST_P(CasesTest, StatisticsAndRetentionPurge) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  CasesFixture f(h);
  namespace dc = fw::service::dualcareer;
  const auto system = fw::service::Actor::system("test");
  // Four cases: one placed after 10 and one after 20 days, one withdrawn after an interview,
  // one still open.
  const auto a = f.open_case(), b = f.open_case(), w = f.open_case();
  f.open_case();
  const auto year = std::stoi(h.get("/api/v1/dualcareer/cases/" + std::to_string(a), {.session = f.coordinator})
                                  .json().at("case").at("created_at").as_string().c_str());
  for (auto id : {a, b, w}) {
    for (const char* s : {"circulated", "contacted", "interview"}) ASSERT_TRUE(dc::change_stage(*h.td.db, system, id, s, ""));
  }
  ASSERT_TRUE(dc::change_stage(*h.td.db, system, w, "withdrawn", "hat selbst etwas gefunden"));
  fw::clock::advance_for_tests(10LL * 24 * 3600 * 1000);
  ASSERT_TRUE(dc::change_stage(*h.td.db, system, a, "placed", ""));
  fw::clock::advance_for_tests(10LL * 24 * 3600 * 1000);
  ASSERT_TRUE(dc::change_stage(*h.td.db, system, b, "placed", ""));
  ASSERT_TRUE(dc::record_followup(*h.td.db, system, a, 6, true));
  ASSERT_TRUE(dc::record_followup(*h.td.db, system, b, 6, false));
  ASSERT_TRUE(dc::record_followup(*h.td.db, system, a, 12, true));

  auto coordinator = h.login("koord@example.org");  // the clock moved past the fixture's sessions
  const auto stats_url = "/api/v1/dualcareer/stats?network=" + std::to_string(f.network) + "&year=" + std::to_string(year);
  auto expect_numbers = [&](const std::string& when) {
    auto r = h.get(stats_url, {.session = coordinator});
    ASSERT_EQ(r.status, 200) << r.body;
    auto s = r.json();
    EXPECT_EQ(s.at("requests").as_int64(), 4) << when;
    EXPECT_EQ(s.at("circulated").as_int64(), 3) << when;
    EXPECT_EQ(s.at("responses").as_int64(), 3) << when;
    EXPECT_EQ(s.at("interviews").as_int64(), 3) << when;
    EXPECT_EQ(s.at("placements").as_int64(), 2) << when;
    EXPECT_DOUBLE_EQ(s.at("median_days_to_placement").as_double(), 15.0) << when;
    EXPECT_EQ(s.at("employed_6").as_int64(), 1) << when;
    EXPECT_EQ(s.at("followups_6").as_int64(), 2) << when;
    EXPECT_EQ(s.at("employed_12").as_int64(), 1) << when;
    EXPECT_EQ(s.at("followups_12").as_int64(), 1) << when;
  };
  expect_numbers("before the purge");
  auto csv = h.get(stats_url + "&format=csv", {.session = coordinator});
  ASSERT_EQ(csv.status, 200);
  EXPECT_NE(csv.body.find("Vermittlungen;2"), std::string::npos) << csv.body;
  EXPECT_EQ(h.get(stats_url + "&format=xlsx", {.session = coordinator}).status, 200);
  EXPECT_EQ(h.get(stats_url + "&year=1999", {.session = coordinator}).status, 422);

  // Retention: only cases that ended long enough ago go; the statistics stay the same.
  ASSERT_TRUE(dc::change_stage(*h.td.db, system, a, "closed", ""));
  const auto now = fw::clock::now_ms();
  EXPECT_EQ(dc::purge_cases(*h.td.db, system, 183, now).value(), 0);
  EXPECT_EQ(dc::purge_cases(*h.td.db, f.coordinator_actor(), 0, now).error().code, fw::ErrorCode::permission_denied);
  EXPECT_EQ(dc::purge_cases(*h.td.db, system, 183, now + 184LL * 24 * 3600 * 1000).value(), 2) << "a and w, not b (placed)";
  EXPECT_EQ(h.get("/api/v1/dualcareer/cases/" + std::to_string(a), {.session = coordinator}).status, 404);
  EXPECT_EQ(h.get("/api/v1/dualcareer/cases/" + std::to_string(b), {.session = coordinator}).status, 200);
  EXPECT_EQ(h.audit_count("purge", "dc_case"), 2);
  EXPECT_EQ(f.count("SELECT COUNT(*) FROM dc_case_events WHERE case_id = ?", {a}), 0);
  EXPECT_EQ(f.count("SELECT COUNT(*) FROM dc_case_stats WHERE case_id IS NULL"), 2);
  expect_numbers("after the purge");
}

INSTANTIATE_TEST_SUITE_P(Backends, CasesTest, ::testing::ValuesIn(fw::testing::test_backends()),
                         fw::testing::BackendName{});

}  // namespace
