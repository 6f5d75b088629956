// Vacancy imports: every BA job-search shape, JobPosting JSON-LD (object, array, HTML), CSV;
// idempotency (a second run is all "unchanged"), rejected records named by place and field,
// malformed files writing nothing, dry runs writing nothing.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "api/harness.hpp"
#include "engine/match/kldb.hpp"
#include "service/dualcareer/json_items.hpp"
#include "service/dualcareer/kldb_mapping.hpp"
#include "service/dualcareer/vacancy_import.hpp"

namespace {
using fw::testing::Harness;
namespace svc = fw::service;

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(FACHWERK_SOURCE_DIR) + "/tests/fixtures/dualcareer/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  EXPECT_FALSE(ss.str().empty()) << name;
  return ss.str();
}

fw::Result<svc::ImportReport> run(Harness& h, const std::string& file, const std::string& format, bool dry_run = false,
                                  std::optional<std::int64_t> network = std::nullopt) {
  svc::ImportOptions o;
  o.format = format;
  o.dry_run = dry_run;
  o.defaults.network_id = network;
  return svc::import_vacancies(*h.td.db, svc::Actor::system("test"), fixture(file), file, o);
}

std::int64_t count(Harness& h, const std::string& sql) {
  auto n = fw::store::with_connection(*h.td.db, [&](fw::store::Connection& c) -> fw::Result<std::int64_t> {
    auto rows = FW_TRY(c.query(sql));
    return rows[0].int_at(0);
  });
  return n ? *n : -1;
}

std::vector<std::string> fields(const svc::ImportReport& r) {
  std::vector<std::string> out;
  for (const auto& e : r.reasons) out.push_back(e.field);
  return out;
}

class VacancyImportTest : public ::testing::TestWithParam<std::string> {};

TEST_P(VacancyImportTest, BaJobsucheAllShapesAndIdempotent) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  auto v4 = run(h, "ba_v4_search.json", "ba-jobsuche");
  ASSERT_TRUE(v4) << v4.error().key << " " << v4.error().field;
  EXPECT_EQ(v4->created, 3);
  EXPECT_EQ(v4->rejected, 2);
  EXPECT_EQ(fields(*v4), (std::vector<std::string>{"ba_v4_search.json:record 4:beruf",
                                                   "ba_v4_search.json:record 5:arbeitsort.koordinaten"}));
  EXPECT_EQ(v4->reasons[0].key, "import.kldb_unmapped");
  EXPECT_EQ(v4->reasons[0].detail, "Astronaut/in");

  auto v6 = run(h, "ba_v6_search.json", "ba-jobsuche");
  ASSERT_TRUE(v6);
  EXPECT_EQ(v6->created, 2);
  auto details = run(h, "ba_details.json", "ba-jobsuche");
  ASSERT_TRUE(details);
  EXPECT_EQ(details->created, 1);
  auto legacy = run(h, "ba_legacy_details.json", "ba-jobsuche");
  ASSERT_TRUE(legacy);
  EXPECT_EQ(legacy->created, 1);
  EXPECT_EQ(count(h, "SELECT COUNT(*) FROM vacancies WHERE source = 'ba-jobsuche' AND visibility = 'public'"), 7);

  // Mapped values: occupation → KldB, places → Kreis, working time, contract, dates.
  EXPECT_EQ(count(h, "SELECT COUNT(*) FROM vacancies WHERE source_ref = '10000-1187654321-S' AND kldb = '26112'"
                     " AND start_date = '2027-01-01' AND published_on = '2026-10-02' AND employer_name = 'Maschinenfabrik Alfing Kessler GmbH'"),
            1);
  EXPECT_EQ(count(h, "SELECT COUNT(*) FROM vacancies WHERE source_ref = '10001-1002233445-S' AND kldb = '52122' AND start_date IS NULL"), 1)
      << "KEINE_ANGABE is no date";
  EXPECT_EQ(count(h, "SELECT COUNT(*) FROM vacancy_locations l JOIN vacancies v ON v.id = l.vacancy_id"
                     " WHERE v.source_ref = '12265-443677_JB4946295-S'"),
            2)
      << "v6: both stellenlokationen";
  EXPECT_EQ(count(h, "SELECT COUNT(*) FROM vacancies WHERE source_ref = '10000-1300000001-S' AND kldb = '25102'"
                     " AND working_time = 5 AND contract = 'unbefristet' AND start_date = '2027-03-01'"),
            1);
  EXPECT_EQ(count(h, "SELECT COUNT(*) FROM vacancies WHERE source_ref = '10000-1400000002-S' AND kldb = '71402'"
                     " AND working_time = 10 AND contract = 'befristet'"),
            1);
  EXPECT_EQ(count(h, "SELECT COUNT(*) FROM vacancy_locations l JOIN vacancies v ON v.id = l.vacancy_id"
                     " WHERE v.source_ref = '10000-1300000001-S' AND l.kreis_ags = '08135'"),
            1);

  // Idempotent: the same files again change nothing.
  const auto audits = h.audit_count("create", "vacancy");
  auto again = run(h, "ba_v4_search.json", "ba-jobsuche");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->created, 0);
  EXPECT_EQ(again->updated, 0);
  EXPECT_EQ(again->unchanged, 3);
  EXPECT_EQ(again->rejected, 2);
  EXPECT_EQ(run(h, "ba_v6_search.json", "ba-jobsuche")->unchanged, 2);
  EXPECT_EQ(h.audit_count("create", "vacancy"), audits);
  EXPECT_EQ(count(h, "SELECT COUNT(*) FROM vacancies"), 7);
}

TEST_P(VacancyImportTest, JobPostingObjectArrayAndHtml) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  auto one = run(h, "jobposting.json", "jobposting");
  ASSERT_TRUE(one) << one.error().key;
  EXPECT_EQ(one->created, 1);
  EXPECT_EQ(count(h, "SELECT COUNT(*) FROM vacancies WHERE source_ref = 'PT-2026-07' AND kldb = '81712'"
                     " AND working_time = 3 AND expires_on = '2026-12-31' AND employer_name = 'Praxis am Ipf'"),
            1);
  auto many = run(h, "jobposting_array.json", "jobposting");
  ASSERT_TRUE(many);
  EXPECT_EQ(many->created, 1);
  EXPECT_EQ(fields(*many), std::vector<std::string>{"jobposting_array.json:record 2:occupationalCategory"});
  EXPECT_EQ(count(h, "SELECT COUNT(*) FROM vacancies WHERE source_ref = 'KZ-17' AND kldb = '72302'"), 1);
  auto html = run(h, "jobposting.html", "jobposting");
  ASSERT_TRUE(html) << html.error().key << " " << html.error().detail;
  EXPECT_EQ(html->created, 1);
  EXPECT_EQ(count(h, "SELECT COUNT(*) FROM vacancies WHERE source_ref = 'GM-2026-11' AND kldb = '24232' AND start_date = '2027-01-15'"), 1);
  EXPECT_EQ(run(h, "jobposting.html", "jobposting")->unchanged, 1);
}

TEST_P(VacancyImportTest, CsvRejectsRecordsByLineAndField) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  auto r = run(h, "vacancies.csv", "csv");
  ASSERT_TRUE(r) << r.error().key << " " << r.error().field;
  EXPECT_EQ(r->created, 3);
  EXPECT_EQ(fields(*r), (std::vector<std::string>{"vacancies.csv:5:kldb", "vacancies.csv:6:locations[0].lon"}));
  EXPECT_EQ(r->reasons[0].key, "match.kldb_unknown");
  EXPECT_EQ(r->reasons[1].key, "match.outside_germany");
  EXPECT_EQ(count(h, "SELECT COUNT(*) FROM vacancies WHERE source_ref = 'OW-001' AND working_time = 9 AND contract = 'unbefristet'"), 1)
      << "decimal commas, two working-time flags";
  auto again = run(h, "vacancies.csv", "csv");
  EXPECT_EQ(again->unchanged, 3);
  EXPECT_EQ(again->created + again->updated, 0);
}

TEST_P(VacancyImportTest, MalformedFilesAndDryRunsWriteNothing) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  auto bad = run(h, "ba_malformed.json", "ba-jobsuche");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().key, "import.malformed");
  EXPECT_EQ(bad.error().field, "ba_malformed.json");
  auto not_csv = run(h, "ba_v4_search.json", "csv");
  ASSERT_FALSE(not_csv);
  EXPECT_EQ(not_csv.error().key, "csv.missing_column");
  auto not_ld = run(h, "vacancies.csv", "jobposting");
  ASSERT_FALSE(not_ld);
  EXPECT_EQ(not_ld.error().key, "import.malformed");
  auto unknown = run(h, "vacancies.csv", "xlsx");
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().key, "import.format_unknown");

  auto dry = run(h, "ba_v4_search.json", "ba-jobsuche", true);
  ASSERT_TRUE(dry);
  EXPECT_EQ(dry->created, 3) << "a dry run reports what it would do";
  EXPECT_EQ(count(h, "SELECT COUNT(*) FROM vacancies"), 0);
  EXPECT_EQ(count(h, "SELECT COUNT(*) FROM audit_log WHERE entity = 'vacancy'"), 0);

  auto no_network = run(h, "vacancies.csv", "csv", false, 999);
  ASSERT_TRUE(no_network);
  EXPECT_EQ(no_network->rejected, 5) << "an unknown network rejects every record";
  EXPECT_EQ(no_network->reasons[0].field, "vacancies.csv:2:network_id");
  EXPECT_EQ(count(h, "SELECT COUNT(*) FROM vacancies"), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, VacancyImportTest, ::testing::ValuesIn(fw::testing::test_backends()),
                         fw::testing::BackendName{});

TEST(JsonItems, SplitsListsAndSpotsBrokenStructure) {
  auto v4 = svc::split_json_items(R"({"maxErgebnisse": 2, "facetten": {"x": [1, "]"]},
    "stellenangebote": [{"titel": "A \"}\" B", "k": [1, {"z": "["}]}, {"refnr": "2"}], "page": 1})",
                                  {"stellenangebote", "ergebnisliste"});
  ASSERT_TRUE(v4);
  EXPECT_FALSE(v4->broken);
  ASSERT_EQ(v4->items.size(), 2u);
  EXPECT_EQ(v4->items[1], R"({"refnr": "2"})");
  auto array = svc::split_json_items("\xEF\xBB\xBF [ {\"a\":1} , {\"b\":2} ]\n", {"x"});
  ASSERT_TRUE(array);
  EXPECT_EQ(array->items.size(), 2u);
  EXPECT_FALSE(svc::split_json_items(R"({"refnr": "1", "titel": "x"})", {"stellenangebote"})) << "a single object";
  for (const char* broken : {R"({"stellenangebote": [{"a": 1} {"b": 2}]})", R"({"stellenangebote": [{"a": 1}, )",
                             R"([{"a": 1}] trailing)", R"({"stellenangebote": [{"a": [1}]})", R"({"x": 1 "stellenangebote": []})"}) {
    auto r = svc::split_json_items(broken, {"stellenangebote"});
    EXPECT_TRUE(r && r->broken) << broken;
  }
}

TEST(KldbMapping, TableCodesAreValidAndLongestKeyWins) {
  for (const auto& [key, code] : svc::occupation_table()) {
    EXPECT_TRUE(fw::match::parse_kldb(code, "kldb")) << key << " " << code;
    EXPECT_EQ(code.size(), 5u) << key;
  }
  EXPECT_EQ(svc::kldb_from_occupation("Altenpflegehelfer/in"), "82101");
  EXPECT_EQ(svc::kldb_from_occupation("Altenpfleger/in"), "82102");
  EXPECT_EQ(svc::kldb_from_occupation("Kfz-Mechatroniker/in"), "25212");
  EXPECT_EQ(svc::kldb_from_occupation("Gesundheits- und Krankenpfleger/in"), "81302");
  EXPECT_EQ(svc::kldb_from_occupation("Astronaut/in"), std::nullopt);
  EXPECT_EQ(svc::kldb_from_code_text("43104 Informatik"), "43104");
  EXPECT_EQ(svc::kldb_from_code_text("99104"), std::nullopt);
}

}  // namespace
