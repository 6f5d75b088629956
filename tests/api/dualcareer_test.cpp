// Job für Zwei: vacancies (CRUD, visibility across networks, validation naming the field,
// nothing written on error) and the match endpoints over the live index (incremental updates
// visible in the next search).
#include <gtest/gtest.h>

#include "api/harness.hpp"
#include "engine/match/geo.hpp"
#include "service/dualcareer/travel_times.hpp"

namespace {
namespace bj = boost::json;
using fw::http::Method;
using fw::testing::Harness;
using fw::testing::Session;

class DualCareerTest : public ::testing::TestWithParam<std::string> {};

struct Fixture {
  Session admin, coordinator, hr, member, stranger;
  std::int64_t network = 0, other_network = 0, company = 0;
};

Fixture setup(Harness& h) {
  Fixture f;
  h.add_user("admin@example.org", true);
  f.admin = h.login("admin@example.org");
  auto net = h.post("/api/v1/networks", bj::object{{"name", "Fachkräfteallianz Ostwürttemberg"}, {"kreise", bj::array{"08136", "08135"}}},
                    {.session = f.admin});
  EXPECT_EQ(net.status, 201) << net.body;
  f.network = net.json().at("network").at("id").as_int64();
  auto other = h.post("/api/v1/networks", bj::object{{"name", "Fachkräftebündnis Nordhessen"}, {"kreise", bj::array{"06611"}}},
                      {.session = f.admin});
  f.other_network = other.json().at("network").at("id").as_int64();
  auto org = h.post("/api/v1/organisations", bj::object{{"name", "Maschinenbau Aalen GmbH"}, {"type", "unternehmen"}, {"place_id", 2959927}},
                    {.session = f.admin});
  EXPECT_EQ(org.status, 201) << org.body;
  f.company = org.json().at("organisation").at("id").as_int64();
  const auto members = "/api/v1/networks/" + std::to_string(f.network) + "/members/" + std::to_string(f.company);
  EXPECT_EQ(h.call(Method::put, members, R"({"step":"invite","role":"partner"})", {.session = f.admin}).status, 200);
  EXPECT_EQ(h.call(Method::put, members, R"({"step":"accept"})", {.session = f.admin}).status, 200);
  h.add_user("koord@example.org", false, {{0, "network", f.network, "coordinator"}});
  h.add_user("personal@example.org", false, {{0, "organisation", f.company, "editor"}});
  h.add_user("mitglied@example.org", false, {{0, "network", f.network, "member"}});
  h.add_user("fremd@example.org", false, {{0, "network", f.other_network, "member"}});
  f.coordinator = h.login("koord@example.org");
  f.hr = h.login("personal@example.org");
  f.member = h.login("mitglied@example.org");
  f.stranger = h.login("fremd@example.org");
  return f;
}

// Aalen (Ostalbkreis) and Heidenheim an der Brenz (Landkreis Heidenheim), 18 km apart.
constexpr double kAalenLat = 48.83777, kAalenLon = 10.09330, kHeidenheimLat = 48.67798, kHeidenheimLon = 10.15162;

bj::object vacancy(const Fixture& f, const std::string& title, const std::string& kldb, double lat, double lon,
                   const std::string& visibility = "members") {
  return bj::object{{"network_id", f.network}, {"organisation_id", f.company}, {"title", title}, {"kldb", kldb},
                    {"working_time", bj::array{"vollzeit"}}, {"start_date", "2027-02-01"}, {"visibility", visibility},
                    {"contract", "unbefristet"}, {"locations", bj::array{bj::object{{"lat", lat}, {"lon", lon}, {"label", "Werk"}}}}};
}

std::int64_t count_vacancies(Harness& h) {
  auto n = fw::store::with_connection(*h.td.db, [](fw::store::Connection& c) -> fw::Result<std::int64_t> {
    auto rows = FW_TRY(c.query("SELECT COUNT(*) FROM vacancies"));
    return rows[0].int_at(0);
  });
  return n ? *n : -1;
}

bj::object anchored_body(const std::string& kldb) {
  return bj::object{{"partner", bj::object{{"occupations", bj::array{bj::object{{"kldb", kldb}}}},
                                           {"working_time", bj::array{"vollzeit"}}, {"earliest_start", "2027-01-01"},
                                           {"max_minutes", 45}, {"mode", "car"}}},
                    {"anchor", bj::object{{"lat", 48.84}, {"lon", 10.09}, {"max_minutes", 40}, {"mode", "car"}}},
                    {"home", nullptr}, {"min_fit", 0.5}, {"limit", 20}};
}

std::vector<std::int64_t> matched_ids(const fw::testing::Reply& r) {
  std::vector<std::int64_t> ids;
  const auto v = r.json();
  for (const auto& m : v.at("matches").as_array()) {
    for (const auto& vac : m.at("vacancies").as_array()) ids.push_back(vac.at("id").as_int64());
  }
  return ids;
}

TEST_P(DualCareerTest, VacanciesResolvePlacesAndAreVisibleToTheirNetwork) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  const auto f = setup(h);

  auto created = h.post("/api/v1/vacancies", vacancy(f, "Softwareentwickler/in", "43104", kAalenLat, kAalenLon), {.session = f.hr});
  ASSERT_EQ(created.status, 201) << created.body;
  const auto v = created.json().at("vacancy");
  const auto id = v.at("id").as_int64();
  EXPECT_EQ(v.at("employer").as_string(), "Maschinenbau Aalen GmbH");
  EXPECT_EQ(v.at("level").as_int64(), 4) << "level from the 5th digit";
  EXPECT_EQ(v.at("locations").at(0).at("place_name").as_string(), "Aalen");
  EXPECT_EQ(v.at("locations").at(0).at("kreis_ags").as_string(), "08136");
  EXPECT_EQ(std::string(v.at("locations").at(0).at("gemeinde_ags").as_string()).substr(0, 5), "08136");
  EXPECT_EQ(h.audit_count("create", "vacancy"), 1);

  const auto path = "/api/v1/vacancies/" + std::to_string(id);
  EXPECT_EQ(h.get(path, {.session = f.member}).status, 200);
  EXPECT_EQ(h.get(path, {.session = f.coordinator}).status, 200);
  EXPECT_EQ(h.get(path, {.session = f.stranger}).status, 403) << "members-only vacancy, other network";
  EXPECT_EQ(h.get(path).status, 401);
  EXPECT_EQ(h.get("/api/v1/vacancies", {.session = f.stranger}).json().at("total").as_int64(), 0);
  EXPECT_EQ(h.get("/api/v1/vacancies", {.session = f.member}).json().at("total").as_int64(), 1);

  // Public: everyone sees it.
  auto pub = h.post("/api/v1/vacancies", vacancy(f, "Pflegefachkraft", "81302", kHeidenheimLat, kHeidenheimLon, "public"),
                    {.session = f.coordinator});
  ASSERT_EQ(pub.status, 201) << pub.body;
  EXPECT_EQ(pub.json().at("vacancy").at("locations").at(0).at("kreis_ags").as_string(), "08135");
  const auto pub_path = "/api/v1/vacancies/" + std::to_string(pub.json().at("vacancy").at("id").as_int64());
  EXPECT_EQ(h.get(pub_path).status, 200);
  EXPECT_EQ(h.get(pub_path, {.session = f.stranger}).status, 200);
  EXPECT_EQ(h.get("/api/v1/vacancies", {.session = f.stranger}).json().at("total").as_int64(), 1);
  EXPECT_EQ(h.get("/api/v1/vacancies?kldb=813", {.session = f.member}).json().at("total").as_int64(), 1);

  // Change and close.
  auto changed = vacancy(f, "Softwareentwickler/in (Java)", "43104", kAalenLat, kAalenLon);
  auto put = h.call(Method::put, path, bj::serialize(changed), {.session = f.hr});
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(put.json().at("vacancy").at("title").as_string(), "Softwareentwickler/in (Java)");
  EXPECT_EQ(h.call(Method::put, path, bj::serialize(changed), {.session = f.member}).status, 403);
  EXPECT_EQ(h.call(Method::put, path, bj::serialize(changed), {.session = f.stranger}).status, 404);
  auto closed = h.call(Method::post, path + "/close", R"({"status":"filled"})", {.session = f.hr});
  ASSERT_EQ(closed.status, 200) << closed.body;
  EXPECT_EQ(closed.json().at("vacancy").at("status").as_string(), "filled");
  EXPECT_EQ(h.audit_count("update", "vacancy"), 1);
  EXPECT_EQ(h.audit_count("close", "vacancy"), 1);
}

TEST_P(DualCareerTest, BadVacancyInputNamesTheFieldAndWritesNothing) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  const auto f = setup(h);
  struct Bad {
    const char* field;
    const char* value_json;  // replaces the field in a valid body
    const char* expect_field;
    int status;
  };
  const Bad cases[] = {
      {"kldb", R"("99104")", "kldb", 422},
      {"locations", R"([{"lat":40.1,"lon":10.0}])", "locations[0].lat", 422},
      {"locations", R"([])", "locations", 422},
      {"start_date", R"("2027-13-01")", "start_date", 422},
      {"working_time", R"(["gleitzeit"])", "working_time[0]", 422},
      {"visibility", R"("geheim")", "visibility", 422},
      {"title", R"("  ")", "title", 422},
      {"title", R"(42)", "title", 422},
  };
  for (const auto& c : cases) {
    auto body = vacancy(f, "Stelle", "43104", kAalenLat, kAalenLon);
    body[c.field] = bj::parse(c.value_json);
    auto r = h.post("/api/v1/vacancies", body, {.session = f.hr});
    EXPECT_EQ(r.status, c.status) << c.field << " " << c.value_json << " → " << r.body;
    EXPECT_EQ(r.error_field(), c.expect_field) << c.value_json;
    EXPECT_FALSE(r.error_message().empty());
  }
  auto malformed = h.call(Method::post, "/api/v1/vacancies", R"({"title": "x",)", {.session = f.hr});
  EXPECT_EQ(malformed.status, 400);
  auto english = h.post("/api/v1/vacancies", vacancy(f, "Stelle", "99104", kAalenLat, kAalenLon),
                        {.session = f.hr, .accept_language = "en"});
  EXPECT_NE(english.error_message().find("does not exist"), std::string::npos) << english.body;
  EXPECT_EQ(count_vacancies(h), 0) << "nothing written on bad input";
  EXPECT_EQ(h.audit_count("create", "vacancy"), 0);
}

TEST_P(DualCareerTest, AnchoredMatchSeesEveryChangeAtOnce) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  const auto f = setup(h);
  const std::string url = "/api/v1/dualcareer/match/anchored";

  auto empty = h.post(url, anchored_body("43104"), {.session = f.member});
  ASSERT_EQ(empty.status, 200) << empty.body;
  EXPECT_TRUE(matched_ids(empty).empty());
  EXPECT_EQ(empty.json().at("feasible").as_int64(), 0);

  auto a = h.post("/api/v1/vacancies", vacancy(f, "Softwareentwickler/in", "43104", kAalenLat, kAalenLon), {.session = f.hr});
  ASSERT_EQ(a.status, 201) << a.body;
  const auto id_a = a.json().at("vacancy").at("id").as_int64();
  auto first = h.post(url, anchored_body("43104"), {.session = f.member});
  ASSERT_EQ(first.status, 200) << first.body;
  ASSERT_EQ(matched_ids(first), std::vector<std::int64_t>{id_a}) << first.body;
  const auto m = first.json().at("matches").at(0);
  EXPECT_EQ(m.at("vacancies").at(0).at("title").as_string(), "Softwareentwickler/in");
  EXPECT_EQ(m.at("vacancies").at(0).at("employer").as_string(), "Maschinenbau Aalen GmbH");
  EXPECT_GT(m.at("score").as_double(), 0.5);
  EXPECT_LE(m.at("score").as_double(), 1.0);
  EXPECT_GE(m.at("feasible_homes").as_int64(), 1);
  EXPECT_EQ(m.at("components").as_array().size(), 3u);
  const auto home = m.at("best_homes").at(0);
  EXPECT_GT(home.at("place_id").as_int64(), 0);
  EXPECT_EQ(home.at("gemeinde_ags").as_string().size(), 8u);
  EXPECT_LE(home.at("commutes").at(0).at("minutes").as_double(), home.at("commutes").at(0).at("limit").as_double());
  EXPECT_EQ(first.json().at("feasible").as_int64(), 1);

  // A second vacancy appears, the first one's change (now 81302) and closing remove it: no rebuild.
  auto b = h.post("/api/v1/vacancies", vacancy(f, "Java-Entwickler/in", "43104", kHeidenheimLat, kHeidenheimLon), {.session = f.coordinator});
  ASSERT_EQ(b.status, 201);
  const auto id_b = b.json().at("vacancy").at("id").as_int64();
  EXPECT_EQ(matched_ids(h.post(url, anchored_body("43104"), {.session = f.member})).size(), 2u);
  auto recoded = vacancy(f, "Pflegefachkraft", "81302", kAalenLat, kAalenLon);
  ASSERT_EQ(h.call(Method::put, "/api/v1/vacancies/" + std::to_string(id_a), bj::serialize(recoded), {.session = f.hr}).status, 200);
  EXPECT_EQ(matched_ids(h.post(url, anchored_body("43104"), {.session = f.member})), std::vector<std::int64_t>{id_b});
  EXPECT_EQ(matched_ids(h.post(url, anchored_body("81302"), {.session = f.member})), std::vector<std::int64_t>{id_a});
  ASSERT_EQ(h.call(Method::post, "/api/v1/vacancies/" + std::to_string(id_b) + "/close", "", {.session = f.hr}).status, 200);
  EXPECT_TRUE(matched_ids(h.post(url, anchored_body("43104"), {.session = f.member})).empty());
  EXPECT_EQ(h.dualcareer->indexed(0), 1u) << "the admins' index was updated too";

  // Members of another network see only public vacancies.
  EXPECT_TRUE(matched_ids(h.post(url, anchored_body("81302"), {.session = f.stranger})).empty());
  auto pub = h.post("/api/v1/vacancies", vacancy(f, "Pflegefachkraft", "81302", kHeidenheimLat, kHeidenheimLon, "public"),
                    {.session = f.hr});
  const auto id_pub = pub.json().at("vacancy").at("id").as_int64();
  EXPECT_EQ(matched_ids(h.post(url, anchored_body("81302"), {.session = f.stranger})), std::vector<std::int64_t>{id_pub});
  EXPECT_EQ(h.post(url, anchored_body("81302")).status, 401);
}

TEST_P(DualCareerTest, CoupleMatchAndBadMatchInput) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  const auto f = setup(h);
  auto a = h.post("/api/v1/vacancies", vacancy(f, "Softwareentwickler/in", "43104", kAalenLat, kAalenLon), {.session = f.hr});
  auto b = h.post("/api/v1/vacancies", vacancy(f, "Pflegefachkraft", "81302", kHeidenheimLat, kHeidenheimLon), {.session = f.hr});
  ASSERT_EQ(a.status, 201);
  ASSERT_EQ(b.status, 201);
  const auto partner = [](const char* kldb, int minutes) {
    return bj::object{{"occupations", bj::array{bj::object{{"kldb", kldb}}}}, {"max_minutes", minutes}, {"mode", "car"}};
  };
  bj::object body{{"a", partner("43104", 45)}, {"b", partner("81302", 45)},
                  {"region", bj::object{{"kreise", bj::array{"08136", "08135"}}}}, {"min_fit", 0.5}, {"limit", 20}};
  auto r = h.post("/api/v1/dualcareer/match/couple", body, {.session = f.coordinator});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(matched_ids(r), (std::vector<std::int64_t>{a.json().at("vacancy").at("id").as_int64(),
                                                       b.json().at("vacancy").at("id").as_int64()}));
  const auto home = r.json().at("matches").at(0).at("best_homes").at(0);
  EXPECT_EQ(home.at("commutes").as_array().size(), 2u);
  EXPECT_EQ(r.json().at("feasible").as_int64(), 1);

  // Bad input: 422 naming the field (400 for malformed JSON).
  struct Bad {
    const char* json;
    const char* field;
    int status;
  };
  const Bad bad[] = {
      {R"({"partner":{"occupations":[{"kldb":"99104"}]},"anchor":{"lat":48.84,"lon":10.09}})", "partner.occupations[0].kldb", 422},
      {R"({"partner":{"occupations":[{"kldb":"43104"}],"max_minutes":-5},"anchor":{"lat":48.84,"lon":10.09}})", "partner.max_minutes", 422},
      {R"({"partner":{"occupations":[{"kldb":"43104"}]},"anchor":{"lat":48.84,"lon":10.09,"max_minutes":241}})", "anchor.max_minutes", 422},
      {R"({"partner":{"occupations":[{"kldb":"43104"}]},"anchor":{"lat":40.0,"lon":10.09}})", "anchor.lat", 422},
      {R"({"partner":{"occupations":[{"kldb":"43104"}],"mode":"boat"},"anchor":{"lat":48.84,"lon":10.09}})", "partner.mode", 422},
      {R"({"partner":{"occupations":[{"kldb":"43104"}]},"anchor":{"lat":"x","lon":10.09}})", "anchor.lat", 422},
      {R"({"partner":{"occupations":[{"kldb":"43104"}]}})", "anchor", 422},
      {R"({"partner":)", "", 400},
  };
  for (const auto& c : bad) {
    auto reply = h.call(Method::post, "/api/v1/dualcareer/match/anchored", c.json, {.session = f.member});
    EXPECT_EQ(reply.status, c.status) << c.json << " → " << reply.body;
    EXPECT_EQ(reply.error_field(), c.field) << c.json;
  }
  auto region = body;
  region["region"] = bj::object{{"kreise", bj::array{"08136", "99999"}}};
  auto rr = h.post("/api/v1/dualcareer/match/couple", region, {.session = f.member});
  EXPECT_EQ(rr.status, 422);
  EXPECT_EQ(rr.error_field(), "region.kreise[1]");
}

std::string gemeinde_of(double lat, double lon) {
  const auto& places = fw::service::reference_places();
  return places[places.nearest(fw::match::to_vec3(lat, lon), lat, lon)].gemeinde_ags;
}

TEST_P(DualCareerTest, StoredTravelMatrixWinsForTheCoveredPair) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  const auto f = setup(h);
  ASSERT_EQ(h.post("/api/v1/vacancies", vacancy(f, "Informatiker/in", "43104", kHeidenheimLat, kHeidenheimLon), {.session = f.hr}).status, 201);
  fw::match::AnchoredQuery q;
  q.partner.occupations = {{"43104", 0}};
  q.partner.max_minutes = 45;
  q.home = fw::match::Point{kAalenLat, kAalenLon};
  const auto system = fw::service::Actor::system("test");
  auto minutes = [&](fw::service::LiveMatcher& m) {
    auto r = m.anchored(system, std::nullopt, q);
    EXPECT_TRUE(r) << (r ? "" : r.error().key);
    return r ? r->at("matches").at(0).at("best_homes").at(0).at("commutes").at(0).at("minutes").as_double() : -1.0;
  };
  EXPECT_NEAR(minutes(*h.dualcareer), 28.76, 0.05) << "the formula: 5 + 1.3 × 18.27 km";

  const std::string header = "from_ags;to_ags;mode;minutes\n";
  auto bad = fw::service::import_travel_matrix(*h.td.db, system, header + "99999999;" + gemeinde_of(kHeidenheimLat, kHeidenheimLon) + ";car;7\n",
                                               "m.csv", false);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().key, "match.matrix_malformed");
  EXPECT_EQ(bad.error().field, "m.csv:2:from_ags");
  EXPECT_EQ(fw::service::import_travel_matrix(*h.td.db, fw::service::Actor::anonymous("1.2.3.4"), header, "m.csv", false).error().code,
            fw::ErrorCode::unauthenticated);
  auto good = fw::service::import_travel_matrix(
      *h.td.db, system, header + gemeinde_of(kAalenLat, kAalenLon) + ";" + gemeinde_of(kHeidenheimLat, kHeidenheimLon) + ";car;7,5\n",
      "m.csv", false);
  ASSERT_TRUE(good) << good.error().key << " " << good.error().field << " " << good.error().detail;
  EXPECT_EQ(*good, 1u);
  EXPECT_EQ(h.audit_count("import", "travel_matrix"), 1);
  auto restarted = fw::service::LiveMatcher::start(*h.td.db);
  ASSERT_TRUE(restarted);
  EXPECT_DOUBLE_EQ(minutes(**restarted), 7.5) << "the stored matrix wins after a restart";
}

INSTANTIATE_TEST_SUITE_P(Backends, DualCareerTest, ::testing::ValuesIn(fw::testing::test_backends()),
                         fw::testing::BackendName{});

}  // namespace
