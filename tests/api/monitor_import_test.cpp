// The monitor importers (long-format CSV of base quantities, BA bottleneck result CSV): good
// files land with their symbols as flags; every kind of bad input names file:line:column and
// leaves the database untouched.
#include <gtest/gtest.h>

#include "api/harness.hpp"
#include "core/messages.hpp"
#include "service/monitor/engpass_import.hpp"
#include "service/monitor/long_import.hpp"
#include "service/monitor/monitor_reference.hpp"

namespace {
namespace md = fw::service::monitor_data;
using fw::testing::Harness;

class MonitorImportTest : public ::testing::TestWithParam<std::string> {};

const fw::service::Actor kSystem = fw::service::Actor::system("test");

constexpr const char* kLongHeader = "region;kldb;level;period;quantity;value;source;reference_date\n";

std::int64_t count(Harness& h, const char* table) {
  auto lease = h.td.db->acquire();
  return (*lease)->query(std::string("SELECT COUNT(*) FROM ") + table).value()[0].int_at(0);
}

TEST_P(MonitorImportTest, LongCsvStoresValuesAndSymbolsAsFlags) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  const std::string text = std::string(kLongHeader) +
                           "08136;263;2;2024;employees;1.234;BA Beschäftigungsstatistik;2024-06-30\n"
                           "08136;263;2;2024;unemployed;*;BA Arbeitslosenstatistik;2024\n"
                           "08136;263;2;2024;vacancies_stock;-;BA;2024\n"
                           "08136;263;2;2024;median_wage;3.812,5p;BA Entgeltstatistik;2023-12-31\n"
                           "08136;26312;;2024;graduates;X;BA;2024\n";
  auto r = md::import_long_csv(*h.td.db, kSystem, text, "basis.csv");
  ASSERT_TRUE(r) << r.error().key << " " << r.error().field;
  EXPECT_EQ(r->rows, 5);
  auto lease = h.td.db->acquire();
  auto rows = (*lease)->query("SELECT quantity, value, flag, level, kldb, source, reference_date FROM monitor_base_quantities "
                              "ORDER BY quantity").value();
  ASSERT_EQ(rows.size(), 5u);
  // employees, graduates, median_wage, unemployed, vacancies_stock
  EXPECT_DOUBLE_EQ(rows[0].real_at(1), 1234);
  EXPECT_TRUE(rows[0].is_null(2));
  EXPECT_EQ(rows[0].text_at(6), "2024-06-30");
  EXPECT_TRUE(rows[1].is_null(1)) << "X is not a number";
  EXPECT_EQ(rows[1].text_at(2), "X");
  EXPECT_EQ(rows[1].int_at(3), 2) << "the 5th digit is the level";
  EXPECT_DOUBLE_EQ(rows[2].real_at(1), 3812.5);
  EXPECT_EQ(rows[2].text_at(2), "p");
  EXPECT_TRUE(rows[3].is_null(1)) << "a suppressed count is never 0";
  EXPECT_EQ(rows[3].text_at(2), "*");
  EXPECT_DOUBLE_EQ(rows[4].real_at(1), 0);
  EXPECT_EQ(rows[4].text_at(2), "-");
  auto ds = md::list_datasets(**lease).value();
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].kind, "long");
  EXPECT_EQ(ds[0].row_count, 5);
  EXPECT_EQ(ds[0].file_name, "basis.csv");
  EXPECT_EQ(h.audit_count("import", "monitor_dataset"), 1);
}

TEST_P(MonitorImportTest, LongCsvBadInputNamesThePlaceAndWritesNothing) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  const std::string good = "08136;263;2;2024;employees;100;BA;2024\n";
  struct Bad {
    std::string line;
    std::string key, field;
  };
  const Bad cases[] = {
      {"99999;263;2;2024;employees;1;BA;2024", "monitor.import_unknown_region", "f.csv:3:region"},
      {"08136;999;2;2024;employees;1;BA;2024", "monitor.import_unknown_occupation", "f.csv:3:kldb"},
      {"08136;263;5;2024;employees;1;BA;2024", "monitor.import_bad_level", "f.csv:3:level"},
      {"08136;26312;3;2024;employees;1;BA;2024", "monitor.import_bad_level", "f.csv:3:level"},
      {"08136;263;2;24;employees;1;BA;2024", "monitor.import_bad_period", "f.csv:3:period"},
      {"08136;263;2;2024;mitarbeiter;1;BA;2024", "monitor.import_unknown_quantity", "f.csv:3:quantity"},
      {"08136;263;2;2024;unemployed;viele;BA;2024", "monitor.bad_value", "f.csv:3:value"},
      {"08136;263;2;2024;unemployed;;BA;2024", "monitor.bad_value", "f.csv:3:value"},
      {"08136;263;2;2024;unemployed;-5;BA;2024", "monitor.bad_value", "f.csv:3:value"},
      {"08136;263;2;2024;unemployed;5;;2024", "monitor.import_source_missing", "f.csv:3:source"},
      {"08136;263;2;2024;employees;7;BA;2024", "monitor.import_duplicate", "f.csv:3:region"},
      {"08136;263;2;2024;unemployed;5;BA", "csv.field_count", "f.csv:3"},
      {"08136;263;2;2024;unemployed;\"5;BA;2024", "csv.unterminated_quote", "f.csv:3"},
  };
  for (const auto& c : cases) {
    auto r = md::import_long_csv(*h.td.db, kSystem, std::string(kLongHeader) + good + c.line + "\n", "f.csv");
    ASSERT_FALSE(r) << c.line;
    EXPECT_EQ(r.error().key, c.key) << c.line;
    EXPECT_EQ(r.error().field, c.field) << c.line;
    EXPECT_EQ(r.error().code, fw::ErrorCode::invalid_argument) << c.line;
  }
  auto missing = md::import_long_csv(*h.td.db, kSystem, "region;kldb;level;period;quantity;source\n" + good, "f.csv");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().key, "csv.missing_column");
  EXPECT_EQ(missing.error().detail, "value");
  EXPECT_FALSE(md::import_long_csv(*h.td.db, kSystem, kLongHeader, "f.csv"));
  EXPECT_FALSE(md::import_long_csv(*h.td.db, kSystem, "", "f.csv"));

  // A bad line after many good ones: still nothing written.
  std::string big = kLongHeader;
  for (int year = 1990; year < 2090; ++year) big += "08136;263;2;" + std::to_string(year) + ";employees;100;BA;x\n";
  big += "08136;263;2;2024;employees;*x;BA;2024\n";
  auto late = md::import_long_csv(*h.td.db, kSystem, big, "gross.csv");
  ASSERT_FALSE(late);
  EXPECT_EQ(late.error().field, "gross.csv:102:value");
  EXPECT_EQ(count(h, "monitor_datasets"), 0);
  EXPECT_EQ(count(h, "monitor_base_quantities"), 0);
  EXPECT_EQ(h.audit_count("import", "monitor_dataset"), 0);

  // Dry run: checked, not written. Non-admins may not import.
  auto dry = md::import_long_csv(*h.td.db, kSystem, std::string(kLongHeader) + good, "f.csv", true);
  ASSERT_TRUE(dry);
  EXPECT_EQ(dry->rows, 1);
  EXPECT_EQ(count(h, "monitor_base_quantities"), 0);
  auto anon = md::import_long_csv(*h.td.db, fw::service::Actor::anonymous("1.2.3.4"), std::string(kLongHeader) + good, "f.csv");
  ASSERT_FALSE(anon);
  EXPECT_EQ(anon.error().code, fw::ErrorCode::unauthenticated);
}

TEST_P(MonitorImportTest, LargeLongCsvReportsProgressAndLandsInBatches) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  std::string big = kLongHeader;
  for (int i = 0; i < 100001; ++i) {
    big += "08136;263;2;2024;employees;1;BA;x\n";
  }
  std::vector<std::size_t> seen;
  auto r = md::parse_long_csv(big, "gross.csv", [&](std::size_t n) { seen.push_back(n); });
  ASSERT_FALSE(r) << "duplicates";
  EXPECT_TRUE(seen.empty()) << "the duplicate on line 3 stops before any progress";
  std::string distinct = kLongHeader;
  const auto& kreise = md::reference().kreise();
  const std::size_t n = 100050;  // 500 full batches of 200 and 50 single rows
  for (std::size_t i = 0; i < n; ++i) {
    distinct += kreise[i % kreise.size()].ags + ";" + md::reference().groups()[i / kreise.size() % 144].code + ";" +
                std::to_string(i / (kreise.size() * 144) + 1) + ";2024;employees;" + std::to_string(i) + ";BA;x\n";
  }
  seen.clear();
  auto ok = md::import_long_csv(*h.td.db, kSystem, distinct, "gross.csv", false, [&](std::size_t k) { seen.push_back(k); });
  ASSERT_TRUE(ok) << ok.error().key << " " << ok.error().field;
  EXPECT_EQ(ok->rows, static_cast<std::int64_t>(n));
  EXPECT_EQ(seen, (std::vector<std::size_t>{100000, 100000})) << "once while checking, once while writing";
  EXPECT_EQ(count(h, "monitor_base_quantities"), static_cast<std::int64_t>(n));
  auto lease = h.td.db->acquire();
  auto last = (*lease)->query("SELECT MAX(value), COUNT(DISTINCT region) FROM monitor_base_quantities").value();
  EXPECT_DOUBLE_EQ(last[0].real_at(0), static_cast<double>(n - 1));
  EXPECT_EQ(last[0].int_at(1), 401);
}

constexpr const char* kBaHeader =
    "jahr;beruf_schlüssel;beruf;anforderung_id;anforderung;bundesland_id;region;wert_ges;kl_vakanz;vakanz;kl_asr;asr;"
    "kl_aquote;aquote;kl_zuw;zuw;kl_aba;aba;kl_entgl;entgl;kategorie\n";

TEST_P(MonitorImportTest, EngpassCsvGoodAndBad) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  const std::string good =
      std::string(kBaHeader) +
      "2024;263;Elektrotechnik;2;Fachkraft;2;Hamburg;2,7;3;182,5;3;150;2;2,1;X;*;3;110,4;2;3,5;Engpassberuf\n"
      "2024;714;Büro und Sekretariat;2;Fachkraft;0;Deutschland;0,3;0;45;0;900;0;9,5;1;0,6;0;20;1;2,1;kein Engpass\n";
  auto r = md::import_engpass_csv(*h.td.db, kSystem, good, "engpass.csv");
  ASSERT_TRUE(r) << r.error().key << " " << r.error().field;
  EXPECT_EQ(r->rows, 2);
  auto lease = h.td.db->acquire();
  auto hh = md::ba_results(**lease, "02", 2024).value();
  ASSERT_EQ(hh.size(), 1u);
  EXPECT_EQ(hh[0].klasse, "engpass");
  EXPECT_DOUBLE_EQ(*hh[0].wert_ges, 2.7);
  EXPECT_DOUBLE_EQ(*hh[0].values[0], 182.5);
  EXPECT_FALSE(hh[0].points[3].has_value()) << "X is not assessed, not 0";
  EXPECT_FALSE(hh[0].values[3].has_value()) << "* is withheld, not 0";
  auto de = md::ba_results(**lease, "00", 2024).value();
  ASSERT_EQ(de.size(), 1u);
  EXPECT_EQ(de[0].klasse, "kein_engpass");

  struct Bad {
    std::string line, key, field;
  };
  const Bad cases[] = {
      {"2024;999;x;2;Fachkraft;02;Hamburg;2;3;1;3;1;2;1;1;1;3;1;2;1;Engpassberuf", "monitor.import_unknown_occupation",
       "b.csv:2:beruf_schlüssel"},
      {"2024;263;x;7;Fachkraft;02;Hamburg;2;3;1;3;1;2;1;1;1;3;1;2;1;Engpassberuf", "monitor.import_bad_level",
       "b.csv:2:anforderung_id"},
      {"2024;263;x;2;Fachkraft;17;Nirgendwo;2;3;1;3;1;2;1;1;1;3;1;2;1;Engpassberuf", "monitor.import_unknown_region",
       "b.csv:2:bundesland_id"},
      {"2024;263;x;2;Fachkraft;02;Hamburg;2;5;1;3;1;2;1;1;1;3;1;2;1;Engpassberuf", "monitor.import_bad_points",
       "b.csv:2:kl_vakanz"},
      {"2024;263;x;2;Fachkraft;02;Hamburg;2;3;1;3;1;2;1;1;1;3;1;2;viel;Engpassberuf", "monitor.bad_value", "b.csv:2:entgl"},
      {"2024;263;x;2;Fachkraft;02;Hamburg;2;3;1;3;1;2;1;1;1;3;1;2;1;Notstand", "monitor.import_bad_category",
       "b.csv:2:kategorie"},
      {"2024;263;x;2;Fachkraft;02;Hamburg;2;3;1;3;1;2;1;1;1;3;1;2;1", "csv.field_count", "b.csv:2"},
  };
  for (const auto& c : cases) {
    auto bad = md::import_engpass_csv(*h.td.db, kSystem, std::string(kBaHeader) + c.line + "\n", "b.csv");
    ASSERT_FALSE(bad) << c.line;
    EXPECT_EQ(bad.error().key, c.key) << c.line;
    EXPECT_EQ(bad.error().field, c.field) << c.line;
  }
  auto missing = md::import_engpass_csv(*h.td.db, kSystem, "jahr;beruf_schlüssel\n2024;263\n", "b.csv");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().key, "csv.missing_column");
  EXPECT_EQ(count(h, "monitor_engpass_results"), 2) << "failed imports wrote nothing";
  EXPECT_EQ(count(h, "monitor_datasets"), 1);
}

TEST(MonitorMessages, EveryImportErrorHasAText) {
  for (const char* key : {"monitor.import_empty", "monitor.import_unknown_region", "monitor.import_unknown_occupation",
                          "monitor.import_bad_level", "monitor.import_bad_period", "monitor.import_unknown_quantity",
                          "monitor.import_source_missing", "monitor.import_duplicate", "monitor.import_bad_category",
                          "monitor.import_bad_points", "monitor.import_unknown_kind", "monitor.xlsx_no_table", "monitor.thresholds_unknown",
                          "monitor.no_data", "monitor.no_projection_data", "monitor.network_empty",
                          "monitor.scenario_unknown_field", "monitor.scenario_not_found", "monitor.scenario_name_taken",
                          "csv.unterminated_quote", "csv.missing_column", "csv.field_count"}) {
    EXPECT_TRUE(fw::has_message(key)) << key;
  }
  fw::Error e{fw::ErrorCode::invalid_argument, "monitor.import_unknown_region", "daten.csv:12:region", "99999"};
  EXPECT_EQ(fw::message_text(e, "de"), "Den Kreis „99999“ gibt es nicht (daten.csv:12:region).");
}

INSTANTIATE_TEST_SUITE_P(Backends, MonitorImportTest, ::testing::ValuesIn(fw::testing::test_backends()),
                         fw::testing::BackendName{});

}  // namespace
