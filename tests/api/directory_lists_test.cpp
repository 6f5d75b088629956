// GET /api/v1/networks and /api/v1/organisations: public data only, filtered, paged, and the
// same lists as CSV/XLSX downloads.
#include <gtest/gtest.h>

#include "api/harness.hpp"

namespace {
namespace bj = boost::json;
using fw::http::Method;
using fw::testing::Harness;

class DirectoryListsTest : public ::testing::TestWithParam<std::string> {};

std::vector<std::string> names(const fw::testing::Reply& r) {
  std::vector<std::string> out;
  const auto doc = r.json();  // keep the document alive while iterating over it
  for (const auto& i : doc.at("items").as_array()) out.emplace_back(i.at("name").as_string());
  return out;
}

TEST_P(DirectoryListsTest, FilteredPagedPublicAndDownloadable) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("admin@example.org", true);
  auto admin = h.login("admin@example.org");
  auto net = [&](const std::string& name, bj::array kreise, const std::string& status) {
    auto r = h.post("/api/v1/networks", bj::object{{"name", name}, {"kreise", std::move(kreise)}, {"status", status}},
                    {.session = admin});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().at("network").at("id").as_int64();
  };
  auto org = [&](const std::string& name, const std::string& type, const std::string& kreis) {
    auto r = h.post("/api/v1/organisations",
                    bj::object{{"name", name}, {"type", type}, {"kreis_ags", kreis},
                               {"contacts", bj::array{bj::object{{"name", "Geheim Person"}, {"email", "geheim@example.org"}}}}},
                    {.session = admin});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().at("organisation").at("id").as_int64();
  };
  const auto ostalb = net("Allianz Ostalb", bj::array{"08136", "08135"}, "active");
  net("Bündnis Berlin", bj::array{"11000"}, "active");
  net("Cluster Ulm (ruht)", bj::array{"08421"}, "inactive");
  const auto a = org("Alpha GmbH", "unternehmen", "08136");
  org("Beta IHK", "ihk", "08136");
  org("Gamma IHK", "ihk", "11000");
  // One regional partner in the Ostalb network: counted in the list as on the network page.
  for (auto id : {a}) {
    const auto path = "/api/v1/networks/" + std::to_string(ostalb) + "/members/" + std::to_string(id);
    h.call(Method::put, path, R"({"step":"invite"})", {.session = admin});
    h.call(Method::put, path, R"({"step":"accept"})", {.session = admin});
  }

  auto all = h.get("/api/v1/networks");
  ASSERT_EQ(all.status, 200) << all.body;
  EXPECT_EQ(names(all), (std::vector<std::string>{"Allianz Ostalb", "Bündnis Berlin", "Cluster Ulm (ruht)"}));
  EXPECT_EQ(all.json().at("total").as_int64(), 3);
  const auto first = all.json().at("items").at(0);
  EXPECT_EQ(first.at("kreise").as_int64(), 2);
  EXPECT_EQ(first.at("regional_partners").as_int64(), 1);
  EXPECT_FALSE(first.at("meets_admission_rule").as_bool());
  EXPECT_FALSE(first.as_object().contains("members")) << "a list, not the detail";

  EXPECT_EQ(names(h.get("/api/v1/networks?land=08")), (std::vector<std::string>{"Allianz Ostalb", "Cluster Ulm (ruht)"}));
  EXPECT_EQ(names(h.get("/api/v1/networks?land=08&status=active")), (std::vector<std::string>{"Allianz Ostalb"}));
  auto page2 = h.get("/api/v1/networks?size=2&page=2");
  EXPECT_EQ(names(page2), (std::vector<std::string>{"Cluster Ulm (ruht)"}));
  EXPECT_EQ(page2.json().at("total").as_int64(), 3);
  EXPECT_EQ(page2.json().at("page").as_int64(), 2);

  EXPECT_EQ(names(h.get("/api/v1/organisations?type=ihk")), (std::vector<std::string>{"Beta IHK", "Gamma IHK"}));
  EXPECT_EQ(names(h.get("/api/v1/organisations?type=ihk&kreis=08136")), (std::vector<std::string>{"Beta IHK"}));
  auto orgs = h.get("/api/v1/organisations");
  EXPECT_EQ(orgs.json().at("total").as_int64(), 3);
  EXPECT_EQ(orgs.body.find("geheim"), std::string::npos) << "no contacts in the list";
  EXPECT_EQ(orgs.body.find("Geheim"), std::string::npos);

  // Bad parameters name themselves.
  EXPECT_EQ(h.get("/api/v1/networks?land=8").error_field(), "land");
  EXPECT_EQ(h.get("/api/v1/networks?status=gone").error_field(), "status");
  EXPECT_EQ(h.get("/api/v1/networks?size=500").error_field(), "size");
  EXPECT_EQ(h.get("/api/v1/networks?page=0").error_field(), "page");
  EXPECT_EQ(h.get("/api/v1/organisations?type=pizzeria").error_field(), "type");
  EXPECT_EQ(h.get("/api/v1/organisations?kreis=08136%27%20OR%201=1").error_field(), "kreis");
  EXPECT_EQ(h.get("/api/v1/organisations?format=pdf").status, 422);

  // Downloads: every matching row (not only the page), public columns only.
  auto csv = h.get("/api/v1/organisations?type=ihk&size=1&format=csv");
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_NE(csv.header("content-type").find("text/csv"), std::string::npos);
  EXPECT_NE(csv.body.find("Beta IHK"), std::string::npos);
  EXPECT_NE(csv.body.find("Gamma IHK"), std::string::npos);
  EXPECT_EQ(csv.body.find("Alpha"), std::string::npos);
  EXPECT_EQ(csv.body.find("geheim"), std::string::npos);
  auto xlsx = h.get("/api/v1/networks?land=08&format=xlsx");
  ASSERT_EQ(xlsx.status, 200) << xlsx.body;
  EXPECT_TRUE(xlsx.body.starts_with("PK"));
}

INSTANTIATE_TEST_SUITE_P(Backends, DirectoryListsTest, ::testing::ValuesIn(fw::testing::test_backends()),
                         fw::testing::BackendName{});

}  // namespace
