// The public open-data export: networks and published practices with the documented fields,
// no personal data, no demo data, JSON and CSV alike.
#include <gtest/gtest.h>

#include "api/harness.hpp"
#include "service/directory/networks.hpp"

namespace {
namespace bj = boost::json;
using fw::http::Method;
using fw::testing::Harness;

class OpenDataTest : public ::testing::TestWithParam<std::string> {};

TEST_P(OpenDataTest, NetworksWithoutPersonalOrDemoData) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("admin@example.org", true);
  auto admin = h.login("admin@example.org");
  auto net = h.post("/api/v1/networks",
                    bj::object{{"name", "Fachkräfteallianz Ostwürttemberg"}, {"short_name", "FKA OW"},
                               {"kreise", bj::array{"08136", "08135"}}, {"handlungsfelder", bj::array{"dual_career"}},
                               {"founded_on", "2013-01-15"}},
                    {.session = admin});
  const auto id = net.json().at("network").at("id").as_int64();
  auto org = h.post("/api/v1/organisations",
                    bj::object{{"name", "IHK Ostwürttemberg"}, {"type", "ihk"}, {"kreis_ags", "08136"},
                               {"contacts", bj::array{bj::object{{"name", "Erika Muster"}, {"email", "erika@ihk.example"},
                                                                 {"name_visibility", "public"},
                                                                 {"email_visibility", "public"}}}}},
                    {.session = admin});
  const auto org_id = org.json().at("organisation").at("id").as_int64();
  const std::string step = "/api/v1/networks/" + std::to_string(id) + "/members/" + std::to_string(org_id);
  h.call(Method::put, step, R"({"step":"invite"})", {.session = admin});
  h.call(Method::put, step, R"({"step":"accept"})", {.session = admin});
  fw::service::NetworkInput demo;
  demo.name = "Demo-Netzwerk";
  demo.is_demo = true;
  ASSERT_TRUE(fw::service::create_network(*h.td.db, fw::service::Actor::system("test"), demo));

  auto json = h.get("/api/v1/opendata/networks.json");
  ASSERT_EQ(json.status, 200) << json.body;
  EXPECT_EQ(json.header("access-control-allow-origin"), "*");
  const auto doc = json.json();
  EXPECT_EQ(doc.at("dataset").as_string(), "networks");
  EXPECT_NE(std::string(doc.at("licence").as_string()).find("dl-de/by-2-0"), std::string::npos);
  ASSERT_EQ(doc.at("count").as_int64(), 1) << "demo data left out";
  const auto& n = doc.at("items").at(0);
  EXPECT_EQ(n.at("name").as_string(), "Fachkräfteallianz Ostwürttemberg");
  EXPECT_EQ(n.at("founded_on").as_string(), "2013-01-15");
  EXPECT_EQ(n.at("kreise").as_array().size(), 2u);
  EXPECT_EQ(n.at("laender").at(0).as_string(), "08");
  EXPECT_EQ(n.at("handlungsfelder").at(0).as_string(), "dual_career");
  EXPECT_EQ(n.at("active_partners").as_int64(), 1);
  EXPECT_EQ(n.at("regional_partners").as_int64(), 1);
  EXPECT_FALSE(n.at("meets_admission_rule").as_bool());
  EXPECT_TRUE(n.at("website").is_null());
  EXPECT_EQ(json.body.find("Erika"), std::string::npos) << "no contact persons, even public ones";
  EXPECT_EQ(json.body.find("erika@"), std::string::npos);

  auto csv = h.get("/api/v1/opendata/networks.csv");
  ASSERT_EQ(csv.status, 200);
  EXPECT_TRUE(csv.body.starts_with("\xEF\xBB\xBFid;name;short_name;founded_on;cooperation_form;status;website;"));
  EXPECT_NE(csv.body.find(";08135, 08136;dual_career;"), std::string::npos) << csv.body;
  EXPECT_EQ(csv.body.find("Demo-Netzwerk"), std::string::npos);
  EXPECT_EQ(csv.body.find("Erika"), std::string::npos);
}

TEST_P(OpenDataTest, PracticesPublishedOnlyWithoutContacts) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("admin@example.org", true);
  auto admin = h.login("admin@example.org");
  auto net = h.post("/api/v1/networks", bj::object{{"name", "Fachkräfteallianz Ostwürttemberg"}, {"kreise", bj::array{"08136"}}},
                    {.session = admin});
  const auto network = net.json().at("network").at("id").as_int64();
  auto practice = [&](const std::string& title) {
    auto r = h.post("/api/v1/practices",
                    bj::object{{"title", title},
                               {"teaser", "Arbeit für Partner"},
                               {"kreise", bj::array{"08136"}},
                               {"handlungsfelder", bj::array{"dual_career"}},
                               {"period_from", "2018-01-01"},
                               {"networks", bj::array{network}},
                               {"awards", bj::array{bj::object{{"year", 2020}, {"name", "Preis, mit Komma"}}}},
                               {"contact", bj::object{{"name", "Katrin Mager"}, {"email", "mager@ihk.example"},
                                                      {"name_visibility", "public"}, {"email_visibility", "public"}}}},
                    {.session = admin});
    EXPECT_EQ(r.status, 201) << r.body;
    return "/api/v1/practices/" + std::to_string(r.json().at("practice").at("id").as_int64());
  };
  const auto published = practice("Job für Zwei");
  practice("Entwurf bleibt intern");
  const auto submitted = practice("Eingereicht, nicht veröffentlicht");
  h.post(published + "/submit", bj::object{}, {.session = admin});
  EXPECT_EQ(h.post(published + "/publish", bj::object{}, {.session = admin}).status, 200);
  h.post(submitted + "/submit", bj::object{}, {.session = admin});

  auto json = h.get("/api/v1/opendata/practices.json");
  ASSERT_EQ(json.status, 200) << json.body;
  const auto doc = json.json();  // keep the document alive
  EXPECT_EQ(doc.at("dataset").as_string(), "practices");
  EXPECT_EQ(doc.at("count").as_int64(), 1) << "published only";
  const auto& item = doc.at("items").at(0).as_object();
  EXPECT_EQ(item.at("title").as_string(), "Job für Zwei");
  EXPECT_EQ(item.at("land").as_string(), "08");
  EXPECT_EQ(item.at("kreise").at(0).as_string(), "08136");
  EXPECT_EQ(item.at("handlungsfelder").at(0).as_string(), "dual_career");
  EXPECT_EQ(item.at("networks").at(0).as_string(), std::to_string(network));
  EXPECT_EQ(item.at("awards").as_string(), "2020: Preis, mit Komma");
  EXPECT_EQ(item.at("period_from").as_string(), "2018-01-01");
  EXPECT_TRUE(item.at("period_to").is_null());
  EXPECT_FALSE(item.at("published_at").is_null());
  EXPECT_EQ(json.body.find("Mager"), std::string::npos) << "no contact, even a public one";
  EXPECT_EQ(json.body.find("mager@"), std::string::npos);
  EXPECT_EQ(json.body.find("Entwurf"), std::string::npos);

  auto csv = h.get("/api/v1/opendata/practices.csv");
  ASSERT_EQ(csv.status, 200);
  EXPECT_TRUE(csv.body.starts_with("\xEF\xBB\xBFid;title;teaser;land;kreise;"));
  EXPECT_NE(csv.body.find("Job für Zwei"), std::string::npos);
  EXPECT_EQ(csv.body.find("Eingereicht"), std::string::npos);
  EXPECT_EQ(csv.body.find("Mager"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Backends, OpenDataTest, ::testing::ValuesIn(fw::testing::test_backends()),
                         fw::testing::BackendName{});

}  // namespace
