// The CSV import of organisations (service level, both backends): matching rules, dry run,
// all-or-nothing, bad files named precisely, membership side effect, the audit entry.
#include <gtest/gtest.h>

#include <random>

#include "api/harness.hpp"
#include "core/messages.hpp"
#include "service/directory/networks.hpp"
#include "service/directory/organisation_import.hpp"
#include "service/directory/organisations.hpp"

namespace {
using fw::service::Actor;
using fw::service::OrganisationImportOptions;
using fw::testing::Harness;

class OrganisationImportTest : public ::testing::TestWithParam<std::string> {};

std::int64_t count(Harness& h, const std::string& sql) {
  return fw::store::with_connection(*h.td.db, [&](fw::store::Connection& c) -> fw::Result<std::int64_t> {
           auto rows = FW_TRY(c.query(sql));
           return rows[0].int_at(0);
         })
      .value();
}
std::string text(Harness& h, const std::string& sql) {
  return fw::store::with_connection(*h.td.db, [&](fw::store::Connection& c) -> fw::Result<std::string> {
           auto rows = FW_TRY(c.query(sql));
           return rows.empty() ? std::string("<none>") : rows[0].text_at(0);
         })
      .value();
}

OrganisationImportOptions opts(std::string file = "partner.csv") {
  OrganisationImportOptions o;
  o.file_name = std::move(file);
  return o;
}

auto run(Harness& h, std::string_view csv, const OrganisationImportOptions& o = opts(),
         const Actor& actor = Actor::system("test")) {
  return fw::service::import_organisations(*h.td.db, actor, csv, o);
}

const char* kFirst =
    "Name;Typ;Straße;PLZ;Ort;Kreis;E-Mail;Externe ID;Größenklasse;Bemerkung\n"
    "IHK Ostwürttemberg;IHK;Ludwig-Erhard-Str. 1;89520;Heidenheim;8135;;IHK-OW;;erste Zeile\n"
    "Maschinenbau Aalen GmbH;Unternehmen;Hauptstraße 5;73430;Aalen;08136;info@mb-aalen.example;;50 – 249;\n"
    "Bildungswerk Ost;Schule/Bildungsträger;;73430;Aalen;08136;;;;\n";

TEST_P(OrganisationImportTest, CreatesThenMatchesByEachRule) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  auto first = run(h, kFirst);
  ASSERT_TRUE(first) << fw::message_text(first.error(), "de");
  EXPECT_TRUE(first->written);
  EXPECT_EQ(first->created, 3);
  EXPECT_EQ(first->unknown_columns, std::vector<std::string>{"Bemerkung"});
  EXPECT_EQ(text(h, "SELECT kreis_ags FROM organisations WHERE external_id = 'IHK-OW'"), "08135") << "leading zero restored";
  EXPECT_EQ(text(h, "SELECT type FROM organisations WHERE name = 'Bildungswerk Ost'"), "schule");
  EXPECT_EQ(text(h, "SELECT size_class FROM organisations WHERE name = 'Maschinenbau Aalen GmbH'"), "50-249");
  EXPECT_EQ(h.audit_count("import", "organisation"), 1);
  EXPECT_EQ(h.audit_count("create", "organisation"), 3) << "each new organisation is audited too";

  // Comma-separated, English headers, quoted fields; each row hits one rule.
  const char* second =
      "name,type,street,postcode,city,email,external_id\n"
      "\"IHK Ostwürttemberg (neu)\",ihk,,89520,Heidenheim an der Brenz,,IHK-OW\n"
      "\"Maschinenbau Aalen, Werk 2\",unternehmen,,73431,Aalen,INFO@mb-aalen.example,\n"
      "Bildungswerk Ost,schule,,73430,Aalen,,\n";
  auto r = run(h, second, opts("second.csv"));
  ASSERT_TRUE(r) << fw::message_text(r.error(), "de");
  EXPECT_EQ(r->separator, ',');
  ASSERT_EQ(r->rows.size(), 3u);
  EXPECT_EQ(r->rows[0].matched_by, "external_id");
  EXPECT_EQ(r->rows[0].action, "updated");
  EXPECT_EQ(r->rows[1].matched_by, "email");
  EXPECT_EQ(r->rows[1].action, "updated");
  EXPECT_EQ(r->rows[2].matched_by, "name_postcode");
  EXPECT_EQ(r->rows[2].action, "unchanged");
  EXPECT_EQ(r->created, 0);
  EXPECT_EQ(count(h, "SELECT COUNT(*) FROM organisations"), 3);
  EXPECT_EQ(text(h, "SELECT city FROM organisations WHERE external_id = 'IHK-OW'"), "Heidenheim an der Brenz");
  EXPECT_EQ(text(h, "SELECT street FROM organisations WHERE external_id = 'IHK-OW'"), "Ludwig-Erhard-Str. 1")
      << "an empty cell keeps the stored value";
  EXPECT_EQ(text(h, "SELECT name FROM organisations WHERE postcode = '73431'"), "Maschinenbau Aalen, Werk 2");

  // A row whose external id differs from the one stored at its e-mail's organisation is not
  // allowed to take it over.
  auto clash = run(h, "Name;Typ;E-Mail;Externe ID\nNeu;Verein;info@mb-aalen.example;X-1\nAndere;Verein;;IHK-OW\n");
  ASSERT_TRUE(clash);
  ASSERT_EQ(clash->problems.size(), 0u) << "the stored organisation has no external id yet";
  auto clash2 = run(h, "Name;Typ;E-Mail;Externe ID\nNochmal;Verein;info@mb-aalen.example;X-2\n");
  ASSERT_TRUE(clash2);
  ASSERT_EQ(clash2->problems.size(), 1u);
  EXPECT_EQ(clash2->problems[0].error.key, "import.external_id_differs");
  EXPECT_EQ(clash2->problems[0].column, "Externe ID");
}

TEST_P(OrganisationImportTest, DryRunWritesNothing) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  auto o = opts();
  o.dry_run = true;
  auto r = run(h, kFirst, o);
  ASSERT_TRUE(r) << fw::message_text(r.error(), "de");
  EXPECT_EQ(r->created, 3);
  EXPECT_FALSE(r->written);
  EXPECT_FALSE(r->rows[0].organisation_id) << "no id for what was not stored";
  EXPECT_EQ(count(h, "SELECT COUNT(*) FROM organisations"), 0);
  EXPECT_EQ(count(h, "SELECT COUNT(*) FROM audit_log"), 0);
}

TEST_P(OrganisationImportTest, RejectedRowsNameTheirPlaceAndStopTheWrite) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  const char* csv =
      "Name;Typ;PLZ;Kreis;E-Mail\n"
      "Gute Firma;Unternehmen;73430;08136;\n"
      "Schlechte Bank;Bank;73430;08136;\n"
      "Fern;Verein;10115;99999;\n"
      "Ohne Adresse;Verein;10115;;keine-adresse\n"
      "Zu kurz;Verein\n";
  auto r = run(h, csv);
  ASSERT_TRUE(r);
  EXPECT_FALSE(r->written);
  EXPECT_EQ(r->rejected, 4);
  EXPECT_EQ(count(h, "SELECT COUNT(*) FROM organisations"), 0) << "one bad row, nothing written";
  ASSERT_EQ(r->problems.size(), 4u);
  EXPECT_EQ(r->problems[0].line, 3u);
  EXPECT_EQ(r->problems[0].column, "Typ");
  EXPECT_EQ(r->problems[0].value, "Bank");
  EXPECT_EQ(r->problems[0].error.field, "partner.csv:3:Typ");
  EXPECT_EQ(r->problems[1].column, "Kreis");
  EXPECT_EQ(r->problems[2].column, "E-Mail");
  EXPECT_EQ(r->problems[3].error.key, "csv.field_count");
  EXPECT_EQ(r->problems[3].error.field, "partner.csv:6");
  const auto report = fw::service::import_problems_csv(*r, "de");
  EXPECT_TRUE(report.starts_with("\xEF\xBB\xBFZeile;Spalte;Wert;Meldung\r\n"));
  EXPECT_NE(report.find("3;Typ;Bank;Der Wert „Bank“ ist für „partner.csv:3:Typ“ nicht zulässig."), std::string::npos)
      << report;

  auto o = opts();
  o.skip_invalid = true;
  auto skipped = run(h, csv, o);
  ASSERT_TRUE(skipped);
  EXPECT_TRUE(skipped->written);
  EXPECT_EQ(skipped->created, 1);
  EXPECT_EQ(count(h, "SELECT COUNT(*) FROM organisations"), 1) << "--skip-invalid writes the good rows";
}

TEST_P(OrganisationImportTest, BadFilesAreNamedAndWriteNothing) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  auto error_of = [&](std::string_view csv) {
    auto r = run(h, csv);
    EXPECT_FALSE(r) << "accepted: " << csv.substr(0, 60);
    return r ? fw::Error{} : r.error();
  };
  EXPECT_TRUE(run(h, std::string("\xEF\xBB\xBF") + "Name;Typ\nMit BOM;Verein\n")) << "a BOM is fine";
  auto latin1 = error_of("Name;Typ\nGute;Verein\nM\xFCller GmbH;Unternehmen\n");
  EXPECT_EQ(latin1.key, "csv.encoding");
  EXPECT_EQ(latin1.field, "partner.csv:3");
  auto utf16 = error_of(std::string("\xFF\xFEN\0a\0m\0e\0", 10));
  EXPECT_EQ(utf16.key, "import.utf16");
  auto tabs = error_of("Name\tTyp\nA\tVerein\n");
  EXPECT_EQ(tabs.key, "import.separator");
  EXPECT_EQ(tabs.field, "partner.csv:1");
  auto missing = error_of("Name;Ort\nA;Aalen\n");
  EXPECT_EQ(missing.key, "csv.missing_column");
  EXPECT_EQ(missing.detail, "Typ");
  EXPECT_EQ(error_of("Name;Typ\n").key, "import.empty");
  EXPECT_EQ(error_of("Name;Name;Typ\nA;B;Verein\n").key, "import.column_twice");
  std::string garbage(10u * 1024u * 1024u, '\0');
  std::mt19937 rng(42);
  for (auto& ch : garbage) ch = static_cast<char>(rng());
  auto binary = error_of(garbage);
  EXPECT_EQ(binary.key, "import.binary") << "random bytes are not called UTF-16";
  EXPECT_TRUE(binary.field.starts_with("partner.csv:")) << binary.field;
  EXPECT_EQ(error_of(std::string("N\0a\0m\0e\0;\0T\0y\0p\0\n\0", 18)).key, "import.utf16") << "UTF-16 without BOM";
  std::string ascii_garbage(10u * 1024u * 1024u, 'x');
  for (std::size_t i = 0; i < ascii_garbage.size(); i += 77) ascii_garbage[i] = i % 3 ? ';' : '\n';
  EXPECT_FALSE(run(h, ascii_garbage)) << "no name/type columns";
  EXPECT_EQ(error_of(std::string(fw::service::kMaxImportBytes + 1, 'a')).key, "import.too_large");
  EXPECT_EQ(count(h, "SELECT COUNT(*) FROM organisations"), 1) << "only the BOM file was written";
}

TEST_P(OrganisationImportTest, ExplicitMappingWins) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  auto o = opts();
  o.mapping = fw::service::parse_column_mapping("Firma=name, Sorte=type,Ort=-", "--map").value();
  auto r = run(h, "Firma;Sorte;Ort\nHandwerk Müller;hwk;Aalen\n", o);
  ASSERT_TRUE(r) << fw::message_text(r.error(), "de");
  EXPECT_EQ(r->created, 1);
  EXPECT_EQ(text(h, "SELECT city FROM organisations"), "") << "column mapped to nothing is ignored";
  EXPECT_FALSE(fw::service::parse_column_mapping("Firma=namen", "--map"));
  o.mapping = {{"Gibtsnicht", "name"}};
  EXPECT_EQ(run(h, "Firma;Sorte\nA;hwk\n", o).error().key, "csv.missing_column");
}

TEST_P(OrganisationImportTest, NetworkMembershipFollowsTheRules) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  const auto system = Actor::system("test");
  fw::service::NetworkInput net_in;
  net_in.name = "Fachkräfteallianz Ostwürttemberg";
  net_in.kreise = {"08136"};
  const auto net = fw::service::create_network(*h.td.db, system, net_in).value().id;
  net_in.name = "Anderes Netz";
  const auto other = fw::service::create_network(*h.td.db, system, net_in).value().id;

  auto o = opts();
  o.network_id = net;
  auto r = run(h, "Name;Typ\nErste;Verein\n", o);
  ASSERT_TRUE(r) << fw::message_text(r.error(), "de");
  EXPECT_EQ(r->rows[0].membership, "active") << "admins answer for the organisation as well";
  EXPECT_EQ(text(h, "SELECT status FROM memberships"), "active");

  Actor coordinator;
  coordinator.user_id = h.add_user("koord@example.org", false, {{0, "network", net, "coordinator"}});
  coordinator.label = "koord@example.org";
  coordinator.roles = {{0, "network", net, "coordinator"}};
  auto c = run(h, "Name;Typ\nZweite;Verein\nErste;Verein\n", o, coordinator);
  ASSERT_TRUE(c) << fw::message_text(c.error(), "de");
  EXPECT_EQ(c->rows[0].membership, "invited") << "a coordinator invites; the organisation accepts";
  EXPECT_EQ(c->rows[1].membership, "active");
  EXPECT_EQ(count(h, "SELECT COUNT(*) FROM memberships WHERE status = 'invited'"), 1);

  auto no_network = opts();
  EXPECT_EQ(run(h, "Name;Typ\nDritte;Verein\n", no_network, coordinator).error().code,
            fw::ErrorCode::permission_denied);
  auto foreign = opts();
  foreign.network_id = other;
  EXPECT_EQ(run(h, "Name;Typ\nDritte;Verein\n", foreign, coordinator).error().code, fw::ErrorCode::permission_denied);
  EXPECT_EQ(count(h, "SELECT COUNT(*) FROM organisations"), 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, OrganisationImportTest, ::testing::ValuesIn(fw::testing::test_backends()),
                         fw::testing::BackendName{});

}  // namespace
