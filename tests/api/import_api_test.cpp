// POST /api/v1/import/organisations and the problem report download.
#include <gtest/gtest.h>

#include "api/harness.hpp"

namespace {
namespace bj = boost::json;
using fw::http::Method;
using fw::testing::Harness;

class ImportApiTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ImportApiTest, DryRunThenImportWithDownloadableReport) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("admin@example.org", true);
  auto admin = h.login("admin@example.org");
  const std::string csv = "Name;Typ;PLZ\nFirma Eins;Unternehmen;73430\nFirma Zwei;Bank;73430\n";
  auto dry = h.call(Method::post, "/api/v1/import/organisations?dry_run=1&file=partner.csv", csv,
                    {.session = admin, .content_type = "text/csv"});
  ASSERT_EQ(dry.status, 200) << dry.body;
  const auto report = dry.json();
  EXPECT_EQ(report.at("counts").at("created").as_int64(), 1);
  EXPECT_EQ(report.at("counts").at("rejected").as_int64(), 1);
  EXPECT_FALSE(report.at("written").as_bool());
  EXPECT_EQ(report.at("problems").at(0).at("column").as_string(), "Typ");
  EXPECT_EQ(report.at("problems").at(0).at("line").as_int64(), 3);

  auto download = h.get("/api/v1/import/organisations/reports/" + std::string(report.at("report_id").as_string()),
                        {.session = admin});
  ASSERT_EQ(download.status, 200);
  EXPECT_EQ(download.header("content-type"), "text/csv; charset=utf-8");
  EXPECT_NE(download.header("content-disposition").find("Importfehler.csv"), std::string::npos);
  EXPECT_NE(download.body.find("3;Typ;Bank;"), std::string::npos) << download.body;
  h.add_user("other@example.org", true);
  h.add_user("plain@example.org");
  EXPECT_EQ(h.get("/api/v1/import/organisations/reports/" + std::string(report.at("report_id").as_string()),
                  {.session = h.login("plain@example.org")})
                .status,
            404)
      << "someone else's report";

  auto real = h.call(Method::post, "/api/v1/import/organisations", csv, {.session = admin, .content_type = "text/csv"});
  EXPECT_EQ(real.status, 422) << real.body;
  EXPECT_EQ(real.json().at("error").at("code").as_string(), "invalid_argument");
  EXPECT_EQ(real.json().at("report").at("counts").at("rejected").as_int64(), 1);
  EXPECT_EQ(h.get("/api/v1/search?q=firma&type=organisation").json().at("total").as_int64(), 0) << "nothing written";

  auto skip = h.call(Method::post, "/api/v1/import/organisations?skip_invalid=1", csv,
                     {.session = admin, .content_type = "text/csv"});
  EXPECT_EQ(skip.status, 200) << skip.body;
  EXPECT_TRUE(skip.json().at("written").as_bool());
  EXPECT_EQ(h.get("/api/v1/search?q=firma&type=organisation").json().at("total").as_int64(), 1);
  EXPECT_EQ(h.audit_count("import", "organisation"), 1);

  auto json = h.call(Method::post, "/api/v1/import/organisations", R"({"a":1})", {.session = admin});
  EXPECT_EQ(json.status, 400);
  auto latin1 = h.call(Method::post, "/api/v1/import/organisations?file=alt.csv", "Name;Typ\nM\xFCller;Verein\n",
                       {.session = admin, .content_type = "text/csv"});
  EXPECT_EQ(latin1.status, 422);
  EXPECT_EQ(latin1.error_field(), "alt.csv:2");
}

TEST_P(ImportApiTest, CoordinatorsImportIntoTheirOwnNetwork) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("admin@example.org", true);
  auto admin = h.login("admin@example.org");
  auto net = h.post("/api/v1/networks", bj::object{{"name", "Netz"}, {"kreise", bj::array{"08136"}}}, {.session = admin});
  const auto id = net.json().at("network").at("id").as_int64();
  h.add_user("koord@example.org", false, {{0, "network", id, "coordinator"}});
  auto coordinator = h.login("koord@example.org");
  const std::string csv = "Organisation,Art\nVerein Aalen,Verein\n";
  EXPECT_EQ(h.call(Method::post, "/api/v1/import/organisations", csv, {.session = coordinator, .content_type = "text/csv"})
                .status,
            403)
      << "no network named";
  auto ok = h.call(Method::post, "/api/v1/import/organisations?network=" + std::to_string(id), csv,
                   {.session = coordinator, .content_type = "text/csv"});
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.json().at("rows").at(0).at("membership").as_string(), "invited");
  auto members = h.get("/api/v1/networks/" + std::to_string(id), {.session = coordinator});
  EXPECT_EQ(members.json().at("network").at("members").at(0).at("status").as_string(), "invited");
}

INSTANTIATE_TEST_SUITE_P(Backends, ImportApiTest, ::testing::ValuesIn(fw::testing::test_backends()),
                         fw::testing::BackendName{});

}  // namespace
