// The XLSX importer of BA statistics tables: title rows, merged region cells, symbols, totals
// and footers; broken archives and bad cells name file:sheet:row:column and write nothing.
#include <gtest/gtest.h>
#include <sodium.h>
#include <zip.h>

#include "api/harness.hpp"
#include "service/monitor/xlsx_import.hpp"
#include "service/monitor/xlsx_reader.hpp"

namespace {
namespace bj = boost::json;
namespace md = fw::service::monitor_data;
using fw::testing::Harness;

// A minimal workbook: one sheet "Kreise" with the given sheetData and mergeCells XML.
std::string make_xlsx(const std::string& sheet_data, const std::string& merges = "", const std::string& shared = "") {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &err);
  zip_source_keep(buffer);
  zip_t* z = zip_open_from_source(buffer, ZIP_TRUNCATE, &err);
  std::vector<std::string> keep;  // buffers must live until zip_close
  auto add = [&](const char* name, std::string text) {
    keep.push_back(std::move(text));
    zip_source_t* s = zip_source_buffer(z, keep.back().data(), keep.back().size(), 0);
    zip_file_add(z, name, s, ZIP_FL_OVERWRITE);
  };
  add("xl/workbook.xml",
      R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
      R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>)"
      R"(<sheet name="Kreise" sheetId="1" r:id="rId1"/></sheets></workbook>)");
  add("xl/_rels/workbook.xml.rels",
      R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>)");
  if (!shared.empty()) add("xl/sharedStrings.xml", R"(<?xml version="1.0"?><sst>)" + shared + "</sst>");
  add("xl/worksheets/sheet1.xml", R"(<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData>)" + sheet_data +
                                      "</sheetData>" + (merges.empty() ? "" : "<mergeCells>" + merges + "</mergeCells>") +
                                      "</worksheet>");
  zip_close(z);
  zip_source_open(buffer);
  zip_source_seek(buffer, 0, SEEK_END);
  const auto size = zip_source_tell(buffer);
  zip_source_seek(buffer, 0, SEEK_SET);
  std::string out(static_cast<std::size_t>(size), '\0');
  zip_source_read(buffer, out.data(), static_cast<zip_uint64_t>(size));
  zip_source_close(buffer);
  zip_source_free(buffer);
  return out;
}

std::string s(const char* ref, const std::string& text) {
  return std::string(R"(<c r=")") + ref + R"(" t="inlineStr"><is><t>)" + text + "</t></is></c>";
}
std::string n(const char* ref, const char* value) { return std::string(R"(<c r=")") + ref + R"("><v>)" + value + "</v></c>"; }

// Title rows, a header in row 4, Ostalbkreis merged over rows 5–7, a total and a footer.
std::string table(const std::string& region5 = "08136 Ostalbkreis", const std::string& e6 = "-") {
  return R"(<row r="1">)" + s("A1", "Beschäftigte und Arbeitslose nach Kreisen und Berufen") + "</row>" +
         R"(<row r="2">)" + s("A2", "Berichtsjahr 2024") + "</row>" +
         R"(<row r="4">)" + s("A4", "Region") + s("B4", "Beruf (KldB 2010)") + s("C4", "Anforderungsniveau") +
         s("D4", "SV-Beschäftigte") + s("E4", "Arbeitslose") + s("F4", "Hinweis") + "</row>" +
         R"(<row r="5">)" + s("A5", region5) + s("B5", "263 Elektrotechnik") + s("C5", "Fachkraft") + n("D5", "1234") +
         R"(<c r="E5" t="s"><v>0</v></c>)" + "</row>" +
         R"(<row r="6">)" + s("B6", "263 Elektrotechnik") + s("C6", "Spezialist") + n("D6", "456.5") + s("E6", e6) + "</row>" +
         R"(<row r="7">)" + s("B7", "714 Büro und Sekretariat") + n("C7", "2") + s("D7", "12p") + n("E7", "30") + "</row>" +
         R"(<row r="8">)" + s("A8", "Insgesamt") + n("D8", "9999") + "</row>" +
         R"(<row r="10">)" + s("A10", "© Statistik der Bundesagentur für Arbeit") + "</row>";
}
// 1000 rows with one cell each in column ZZZ: 18 million grid cells from a few kB.
std::string far_cells() {
  std::string out;
  for (int r = 1; r <= 1000; ++r) {
    out += R"(<row r=")" + std::to_string(r) + R"("><c r="ZZZ)" + std::to_string(r) + R"("><v>1</v></c></row>)";
  }
  return out;
}

const std::string kMerge = R"(<mergeCell ref="A5:A7"/>)";
const std::string kShared = "<si><t>*</t></si>";

class MonitorXlsxTest : public ::testing::TestWithParam<std::string> {};
const fw::service::Actor kSystem = fw::service::Actor::system("test");

TEST(MonitorXlsx, ReadsTitleRowsMergedRegionsAndSymbols) {
  auto rows = md::parse_xlsx_table(make_xlsx(table(), kMerge, kShared), "t.xlsx");
  ASSERT_TRUE(rows) << rows.error().key << " " << rows.error().field << " " << rows.error().detail;
  ASSERT_EQ(rows->size(), 6u);
  const auto& r = *rows;
  EXPECT_EQ(r[0].region, "08136");
  EXPECT_EQ(r[0].kldb, "263");
  EXPECT_EQ(r[0].level, 2);
  EXPECT_EQ(r[0].period, 2024) << "from the title rows";
  EXPECT_EQ(r[0].quantity, "employees");
  EXPECT_DOUBLE_EQ(*r[0].value, 1234);
  EXPECT_EQ(r[0].source, "Statistik der Bundesagentur für Arbeit");
  EXPECT_EQ(r[1].quantity, "unemployed");
  EXPECT_FALSE(r[1].value.has_value()) << "a suppressed cell is never 0";
  EXPECT_EQ(r[1].flag, "*");
  EXPECT_EQ(r[2].region, "08136") << "the merged region cell fills the rows below";
  EXPECT_DOUBLE_EQ(*r[2].value, 456.5) << "a typed number with a decimal point";
  EXPECT_EQ(r[3].flag, "-");
  EXPECT_DOUBLE_EQ(*r[3].value, 0);
  EXPECT_EQ(r[4].kldb, "714");
  EXPECT_EQ(r[4].level, 2);
  EXPECT_EQ(r[4].flag, "p");
  EXPECT_DOUBLE_EQ(*r[4].value, 12);
  EXPECT_EQ(md::column_letter(0), "A");
  EXPECT_EQ(md::column_letter(27), "AB");
}

TEST(MonitorXlsx, BadInputNamesSheetRowAndColumn) {
  struct Bad {
    std::string bytes, key, field;
  };
  const Bad cases[] = {
      {make_xlsx(table("99999 Nirgendwo"), kMerge, kShared), "monitor.import_unknown_region", "t.xlsx:Kreise:5:A"},
      {make_xlsx(table("08136 Ostalbkreis", "viele"), kMerge, kShared), "monitor.bad_value", "t.xlsx:Kreise:6:E"},
      {make_xlsx(table(), kMerge, ""), "monitor.bad_file", "t.xlsx:Kreise"},  // shared string 0 missing
      {"PK\x03\x04 kaputt", "monitor.bad_file", "t.xlsx"},
      {"Region;Beruf\n", "monitor.bad_file", "t.xlsx"},
      {make_xlsx("<row><c><v>1</v></row>"), "monitor.bad_file", "t.xlsx:Kreise"},
      {make_xlsx(R"(<row r="1">)" + s("A1", "Nur ein Titel") + "</row>"), "monitor.xlsx_no_table", "t.xlsx"},
      // Small files that would allocate gigabytes: far-apart cells, a huge merged range.
      {make_xlsx(far_cells()), "monitor.bad_file", "t.xlsx:Kreise"},
      {make_xlsx(R"(<row r="0"><c r="A0"><v>1</v></c></row>)"), "monitor.bad_file", "t.xlsx:Kreise"},
      {make_xlsx(table(), R"(<mergeCell ref="A1:ZZZ1048576"/>)", kShared), "monitor.bad_file", "t.xlsx:Kreise"},
  };
  for (const auto& c : cases) {
    auto r = md::parse_xlsx_table(c.bytes, "t.xlsx");
    ASSERT_FALSE(r) << c.field;
    EXPECT_EQ(r.error().key, c.key) << c.field << " " << r.error().detail;
    EXPECT_EQ(r.error().field, c.field) << c.key << " " << r.error().detail;
  }
  // No year anywhere: refused, not guessed.
  std::string no_year = table();
  no_year.replace(no_year.find("Berichtsjahr 2024"), 17, "Berichtsjahr");
  auto ny = md::parse_xlsx_table(make_xlsx(no_year, kMerge, kShared), "t.xlsx");
  ASSERT_FALSE(ny);
  EXPECT_EQ(ny.error().key, "monitor.import_bad_period");
}

TEST_P(MonitorXlsxTest, ImportThroughTheApiIsAllOrNothing) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("admin@example.org", true);
  const auto admin = h.login("admin@example.org");
  auto b64 = [](const std::string& bytes) {
    std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                      sodium_base64_VARIANT_ORIGINAL);
    out.resize(out.size() - 1);
    return out;
  };
  auto bad = h.post("/api/v1/monitor/imports",
                    bj::object{{"kind", "monitor-xlsx"}, {"file_name", "t.xlsx"},
                               {"content", b64(make_xlsx(table("08136 Ostalbkreis", "viele"), kMerge, kShared))}},
                    {.session = admin});
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(bad.error_field(), "t.xlsx:Kreise:6:E");
  EXPECT_EQ(h.post("/api/v1/monitor/imports", bj::object{{"kind", "monitor-xlsx"}, {"content", "%%%"}}, {.session = admin})
                .error_field(),
            "content");
  {
    auto lease = h.td.db->acquire();
    EXPECT_EQ((*lease)->query("SELECT COUNT(*) FROM monitor_base_quantities").value()[0].int_at(0), 0);
  }
  auto ok = h.post("/api/v1/monitor/imports",
                   bj::object{{"kind", "monitor-xlsx"}, {"file_name", "t.xlsx"},
                              {"content", b64(make_xlsx(table(), kMerge, kShared))}},
                   {.session = admin});
  ASSERT_EQ(ok.status, 201) << ok.body;
  EXPECT_EQ(ok.json().at("rows").as_int64(), 6);
  auto lease = h.td.db->acquire();
  auto kinds = (*lease)->query("SELECT kind, row_count FROM monitor_datasets").value();
  ASSERT_EQ(kinds.size(), 1u);
  EXPECT_EQ(kinds[0].text_at(0), "xlsx");
  EXPECT_EQ((*lease)->query("SELECT COUNT(*) FROM monitor_base_quantities WHERE flag = '*' AND value IS NULL").value()[0].int_at(0), 1);
  auto r = md::import_xlsx_table(*h.td.db, fw::service::Actor::anonymous("1.2.3.4"), make_xlsx(table(), kMerge, kShared), "t.xlsx");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, fw::ErrorCode::unauthenticated);
}

INSTANTIATE_TEST_SUITE_P(Backends, MonitorXlsxTest, ::testing::ValuesIn(fw::testing::test_backends()),
                         fw::testing::BackendName{});

}  // namespace
