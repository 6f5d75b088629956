// Lists as CSV and XLSX downloads: the table writer, and the routes with the reader's rights
// and visibility (both backends). XLSX files are opened with libzip and their sheet XML read.
#include <gtest/gtest.h>
#include <zip.h>

#include "api/harness.hpp"
#include "service/export/table_writer.hpp"

namespace {
namespace bj = boost::json;
namespace ex = fw::service::exporting;
using fw::http::Method;
using fw::testing::Harness;

// The named member of a zip archive held in memory, or "<missing>".
std::string unzip(const std::string& bytes, const char* member) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!src) return "<no source>";
  zip_t* archive = zip_open_from_source(src, ZIP_RDONLY, &error);
  if (!archive) {
    zip_source_free(src);
    return "<not a zip>";
  }
  std::string out = "<missing>";
  zip_stat_t st;
  if (zip_stat(archive, member, 0, &st) == 0) {
    if (zip_file_t* f = zip_fopen(archive, member, 0)) {
      out.assign(static_cast<std::size_t>(st.size), '\0');
      zip_fread(f, out.data(), st.size);
      zip_fclose(f);
    }
  }
  zip_close(archive);
  return out;
}

TEST(TableWriter, CsvForExcelAndXlsxWithValues) {
  ex::Table t{"Mitglieder Straße", {{"Name"}, {"Anzahl", true}}, {{"Müller; Söhne", "12"}, {"=HYPERLINK(\"x\")", "x"}}};
  const auto csv = ex::to_csv(t);
  EXPECT_EQ(csv, "\xEF\xBB\xBFName;Anzahl\r\n\"Müller; Söhne\";12\r\n\"'=HYPERLINK(\"\"x\"\")\";x\r\n");
  auto xlsx = ex::to_xlsx(t);
  ASSERT_TRUE(xlsx);
  ASSERT_TRUE(xlsx->starts_with("PK"));
  const auto sheet = unzip(*xlsx, "xl/worksheets/sheet1.xml");
  EXPECT_NE(sheet.find("Müller; Söhne"), std::string::npos) << sheet;
  EXPECT_NE(sheet.find("<v>12</v>"), std::string::npos) << "numeric column as a number";
  EXPECT_EQ(sheet.find("<f>"), std::string::npos) << "no formula cells";
  EXPECT_NE(unzip(*xlsx, "xl/workbook.xml").find("Mitglieder Straße"), std::string::npos) << "sheet name";
  EXPECT_EQ(ex::content_disposition("Mitglieder Straße", ex::Format::xlsx, "2026-11-25"),
            "attachment; filename=\"mitglieder-strasse-2026-11-25.xlsx\"; "
            "filename*=UTF-8''Mitglieder%20Stra%C3%9Fe-2026-11-25.xlsx");
  EXPECT_FALSE(ex::parse_format("pdf"));
}

class ExportTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ExportTest, SearchResultsAsCsvAndXlsx) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("admin@example.org", true);
  auto admin = h.login("admin@example.org");
  for (const char* name : {"Pflegeschule Aalen", "Pflegedienst Ellwangen", "Bäckerei Heidenheim"}) {
    h.post("/api/v1/organisations", bj::object{{"name", name}, {"type", "unternehmen"}, {"kreis_ags", "08136"}},
           {.session = admin});
  }
  auto csv = h.get("/api/v1/search?q=pflege&format=csv&size=1");
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_EQ(csv.header("content-type"), "text/csv; charset=utf-8");
  EXPECT_NE(csv.header("content-disposition").find("filename=\"suchergebnisse-"), std::string::npos);
  EXPECT_TRUE(csv.body.starts_with("\xEF\xBB\xBF" "Art;ID;Name;Kreis (AGS);Demodaten\r\n"));
  EXPECT_NE(csv.body.find("Pflegeschule Aalen"), std::string::npos);
  EXPECT_NE(csv.body.find("Pflegedienst Ellwangen"), std::string::npos) << "all hits, not one page";
  EXPECT_EQ(csv.body.find("Bäckerei"), std::string::npos);
  auto xlsx = h.get("/api/v1/search?q=pflege&format=xlsx");
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.header("content-type"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_NE(unzip(xlsx.body, "xl/worksheets/sheet1.xml").find("Pflegeschule Aalen"), std::string::npos);
  EXPECT_EQ(h.get("/api/v1/search?q=pflege&format=pdf").status, 422);
}

TEST_P(ExportTest, MemberListHidesContactsByVisibility) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("admin@example.org", true);
  auto admin = h.login("admin@example.org");
  auto net = h.post("/api/v1/networks", bj::object{{"name", "Allianz"}, {"kreise", bj::array{"08136"}}}, {.session = admin});
  const auto id = net.json().at("network").at("id").as_int64();
  auto org = h.post("/api/v1/organisations",
                    bj::object{{"name", "IHK Ostwürttemberg"}, {"type", "ihk"}, {"kreis_ags", "08136"},
                               {"contacts", bj::array{bj::object{{"name", "Erika Muster"}, {"email", "erika@ihk.example"},
                                                                 {"phone", "07361 5690"}, {"name_visibility", "public"},
                                                                 {"email_visibility", "network"}}}}},
                    {.session = admin});
  const auto org_id = org.json().at("organisation").at("id").as_int64();
  const std::string members = "/api/v1/networks/" + std::to_string(id) + "/members";
  h.call(Method::put, members + "/" + std::to_string(org_id), R"({"step":"invite"})", {.session = admin});
  h.call(Method::put, members + "/" + std::to_string(org_id), R"({"step":"accept"})", {.session = admin});

  auto pub = h.get(members + "?format=csv");
  ASSERT_EQ(pub.status, 200) << pub.body;
  EXPECT_NE(pub.body.find("IHK Ostwürttemberg;ihk;partner;active;08136;ja;"), std::string::npos) << pub.body;
  EXPECT_NE(pub.body.find("Erika Muster"), std::string::npos) << "public name";
  EXPECT_EQ(pub.body.find("erika@ihk.example"), std::string::npos) << "network-only e-mail hidden";
  EXPECT_EQ(pub.body.find("07361"), std::string::npos) << "phone defaults to coordinators only";

  h.add_user("mitglied@example.org", false, {{0, "network", id, "member"}});
  auto member = h.get(members + "?format=xlsx", {.session = h.login("mitglied@example.org")});
  const auto sheet = unzip(member.body, "xl/worksheets/sheet1.xml");
  EXPECT_NE(sheet.find("erika@ihk.example"), std::string::npos) << "members see the network e-mail";
  EXPECT_EQ(sheet.find("07361"), std::string::npos);
  auto as_admin = h.get(members + "?format=csv", {.session = admin});
  EXPECT_NE(as_admin.body.find("07361 5690"), std::string::npos);
  auto json = h.get(members);
  EXPECT_EQ(json.json().at("rows").at(0).at(0).as_string(), "IHK Ostwürttemberg");
}

TEST_P(ExportTest, UsersAndAuditForAdminsOnly) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("admin@example.org", true);
  h.add_user("erika@example.org");
  auto admin = h.login("admin@example.org");
  auto users = h.get("/api/v1/users?format=csv", {.session = admin});
  ASSERT_EQ(users.status, 200);
  EXPECT_TRUE(users.body.starts_with("\xEF\xBB\xBFid;email;display_name;language;is_admin;disabled;created_at\r\n"));
  EXPECT_NE(users.body.find("erika@example.org"), std::string::npos);
  EXPECT_NE(users.header("content-disposition").find("benutzer-"), std::string::npos);
  EXPECT_EQ(h.get("/api/v1/users?format=csv", {.session = h.login("erika@example.org")}).status, 403);
  auto audit = h.get("/api/v1/audit?format=xlsx", {.session = admin});
  ASSERT_EQ(audit.status, 200);
  const auto audit_sheet = unzip(audit.body, "xl/worksheets/sheet1.xml");
  EXPECT_NE(audit_sheet.find("login"), std::string::npos) << "entries of this very millisecond included";
  EXPECT_EQ(h.get("/api/v1/audit?format=csv").status, 401);
}

INSTANTIATE_TEST_SUITE_P(Backends, ExportTest, ::testing::ValuesIn(fw::testing::test_backends()),
                         fw::testing::BackendName{});

}  // namespace
