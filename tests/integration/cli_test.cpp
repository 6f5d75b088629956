// The command line: --help everywhere, configuration precedence, users, import/export,
// backup and restore round trips on both backends.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "integration/fachwerk_process.hpp"
#include "support/test_db.hpp"

namespace {
namespace fs = std::filesystem;
using fw::testing::run_fachwerk;

fs::path temp_dir() {
  auto d = fs::temp_directory_path() / ("fw-cli-" + std::to_string(::getpid()) + "-" +
                                        std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
  fs::create_directories(d);
  return d;
}

void write(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

TEST(Cli, EveryCommandHasHelp) {
  for (std::vector<std::string> cmd : std::vector<std::vector<std::string>>{
           {}, {"serve"}, {"migrate"}, {"demo-data"}, {"user"}, {"user", "add"}, {"user", "list"}, {"user", "passwd"},
           {"backup"}, {"restore"}, {"import"}, {"export"}}) {
    cmd.push_back("--help");
    auto r = run_fachwerk(cmd);
    EXPECT_EQ(r.exit_code, 0) << cmd[0];
    EXPECT_NE(r.output.find("Usage"), std::string::npos) << r.output;
  }
}

TEST(Cli, FlagBeatsEnvironmentBeatsConfigFile) {
  const auto dir = temp_dir();
  write(dir / "fachwerk.toml", "db = \"sqlite:" + (dir / "from-file.db").string() + "\"\n");
  const std::string config = "FACHWERK_CONFIG=" + (dir / "fachwerk.toml").string();
  EXPECT_EQ(run_fachwerk({"migrate"}, {config}).exit_code, 0);
  EXPECT_TRUE(fs::exists(dir / "from-file.db"));
  EXPECT_EQ(run_fachwerk({"migrate"}, {config, "FACHWERK_DB=sqlite:" + (dir / "from-env.db").string()}).exit_code, 0);
  EXPECT_TRUE(fs::exists(dir / "from-env.db"));
  EXPECT_EQ(run_fachwerk({"--db", "sqlite:" + (dir / "from-flag.db").string(), "migrate"},
                         {config, "FACHWERK_DB=sqlite:" + (dir / "from-env.db").string()}).exit_code, 0);
  EXPECT_TRUE(fs::exists(dir / "from-flag.db"));
  fs::remove_all(dir);
}

TEST(Cli, BadDatabaseUrlIsAClearError) {
  auto r = run_fachwerk({"--db", "mysql://x", "migrate"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.output.find("Fehler:"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("sqlite:PFAD"), std::string::npos) << r.output;
}

class CliBackendTest : public ::testing::TestWithParam<std::string> {};

TEST_P(CliBackendTest, UsersImportExport) {
  auto td = fw::testing::make_test_database(GetParam());
  FW_REQUIRE_BACKEND(td);
  const auto dir = temp_dir();
  const std::vector<std::string> db{"--db", td.url};
  auto add = [&](std::vector<std::string> args, std::vector<std::string> env = {}) {
    std::vector<std::string> all = db;
    all.insert(all.end(), args.begin(), args.end());
    return run_fachwerk(all, env);
  };
  EXPECT_EQ(add({"user", "add", "--email", "Admin@Example.org", "--name", "Admin", "--admin"},
                {"FACHWERK_PASSWORD=Richtig-Geheim-42"}).exit_code, 0);
  auto weak = add({"user", "add", "--email", "b@example.org", "--name", "B"}, {"FACHWERK_PASSWORD=kurz"});
  EXPECT_EQ(weak.exit_code, 2);
  EXPECT_NE(weak.output.find("mindestens 10 Zeichen"), std::string::npos) << weak.output;

  write(dir / "bad.csv", "email;display_name\r\nok@example.org;Ok\r\nkaputt;Kaputt\r\n");
  auto bad = add({"import", "users", (dir / "bad.csv").string()});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.output.find("bad.csv:3:email"), std::string::npos) << bad.output;
  write(dir / "nocol.csv", "mail;name\r\na@example.org;A\r\n");
  auto nocol = add({"import", "users", (dir / "nocol.csv").string()});
  EXPECT_NE(nocol.output.find("Spalte „email“ fehlt"), std::string::npos) << nocol.output;
  write(dir / "latin1.csv", std::string("email;display_name\r\nm@example.org;M\xfcller\r\n"));
  auto enc = add({"import", "users", (dir / "latin1.csv").string()});
  EXPECT_NE(enc.output.find("latin1.csv:2"), std::string::npos) << enc.output;

  write(dir / "good.csv", std::string("\xEF\xBB\xBF") + "email;display_name;language\r\nc@example.org;Cäcilie;de\r\nd@example.org;\"Dora; Dr.\";en\r\n");
  auto dry = add({"import", "users", (dir / "good.csv").string(), "--dry-run"});
  EXPECT_EQ(dry.exit_code, 0) << dry.output;
  EXPECT_NE(dry.output.find("2 neu"), std::string::npos) << dry.output;
  auto listed = add({"user", "list"});
  EXPECT_EQ(listed.output.find("c@example.org"), std::string::npos) << "dry run wrote nothing";
  EXPECT_EQ(add({"import", "users", (dir / "good.csv").string()}).exit_code, 0);
  auto again = add({"import", "users", (dir / "good.csv").string()});
  EXPECT_NE(again.output.find("0 neu, 2 unverändert"), std::string::npos) << again.output;

  auto exported = add({"export", "users"});
  EXPECT_EQ(exported.exit_code, 0);
  EXPECT_NE(exported.output.find("\"Dora; Dr.\""), std::string::npos) << exported.output;
  EXPECT_NE(exported.output.find("Cäcilie"), std::string::npos);
  EXPECT_EQ(exported.output.find("kaputt"), std::string::npos) << "the rejected file wrote nothing";
  EXPECT_EQ(add({"export", "nonsense"}).exit_code, 2);
  fs::remove_all(dir);
}

TEST_P(CliBackendTest, OrganisationsImportWithReportAndNetwork) {
  auto td = fw::testing::make_test_database(GetParam());
  FW_REQUIRE_BACKEND(td);
  const auto dir = temp_dir();
  auto cli = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", td.url});
    return run_fachwerk(args, {});
  };
  write(dir / "partner.csv",
        "\xEF\xBB\xBF" "Firma;Art;PLZ;Kreis;Notiz\r\nMaschinenbau Aalen;Unternehmen;73430;8136;x\r\nBank AG;Bank;73430;08136;y\r\n");
  const auto report = (dir / "fehler.csv").string();
  auto dry = cli({"import", "organisations", (dir / "partner.csv").string(), "--dry-run", "--map", "Firma=name",
                  "--report", report});
  EXPECT_EQ(dry.exit_code, 2) << dry.output;
  EXPECT_NE(dry.output.find("1 neu, 0 aktualisiert, 0 unverändert, 1 abgelehnt (Probelauf"), std::string::npos) << dry.output;
  EXPECT_NE(dry.output.find("partner.csv:3:Art"), std::string::npos) << dry.output;
  EXPECT_NE(dry.output.find("Notiz"), std::string::npos) << "unknown column reported";
  std::ifstream in(report, std::ios::binary);
  const std::string csv((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_TRUE(csv.starts_with("\xEF\xBB\xBFZeile;Spalte;Wert;Meldung\r\n3;Art;Bank;")) << csv;

  auto real = cli({"import", "organisations", (dir / "partner.csv").string(), "--map", "Firma=name"});
  EXPECT_EQ(real.exit_code, 2) << "a rejected row writes nothing";
  auto skip = cli({"import", "organisations", (dir / "partner.csv").string(), "--map", "Firma=name", "--skip-invalid"});
  EXPECT_EQ(skip.exit_code, 0) << skip.output;
  auto again = cli({"import", "organisations", (dir / "partner.csv").string(), "--map", "Firma=name", "--skip-invalid"});
  EXPECT_NE(again.output.find("0 neu, 0 aktualisiert, 1 unverändert, 1 abgelehnt"), std::string::npos) << again.output;

  write(dir / "tabs.csv", "Name\tTyp\nA\tVerein\n");
  auto tabs = cli({"import", "organisations", (dir / "tabs.csv").string()});
  EXPECT_EQ(tabs.exit_code, 2);
  EXPECT_NE(tabs.output.find("tabs.csv:1"), std::string::npos) << tabs.output;
  EXPECT_EQ(cli({"import", "organisations", (dir / "partner.csv").string(), "--map", "Firma=namen"}).exit_code, 2);
  EXPECT_EQ(cli({"import", "organisations", (dir / "partner.csv").string(), "--network", "999"}).exit_code, 1)
      << "unknown network";
  fs::remove_all(dir);
}

// import vacancies: counts, rejected records by place, idempotent, malformed files refused.
TEST_P(CliBackendTest, VacanciesImport) {
  auto td = fw::testing::make_test_database(GetParam());
  FW_REQUIRE_BACKEND(td);
  const std::string fixtures = std::string(FACHWERK_SOURCE_DIR) + "/tests/fixtures/dualcareer/";
  auto cli = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", td.url});
    return run_fachwerk(args);
  };
  auto csv = cli({"import", "vacancies", fixtures + "vacancies.csv", "--format", "csv"});
  EXPECT_EQ(csv.exit_code, 0) << csv.output;
  EXPECT_NE(csv.output.find("3 neu, 0 aktualisiert, 0 unverändert, 2 abgelehnt"), std::string::npos) << csv.output;
  EXPECT_NE(csv.output.find("vacancies.csv:5:kldb"), std::string::npos) << csv.output;
  auto again = cli({"import", "vacancies", fixtures + "vacancies.csv", "--format", "csv"});
  EXPECT_NE(again.output.find("0 neu, 0 aktualisiert, 3 unverändert"), std::string::npos) << again.output;
  auto ba = cli({"import", "vacancies", fixtures + "ba_v6_search.json", "--dry-run"});
  EXPECT_NE(ba.output.find("2 neu"), std::string::npos) << "ba-jobsuche is the default format: " << ba.output;
  auto broken = cli({"import", "vacancies", fixtures + "ba_malformed.json", "--format", "ba-jobsuche"});
  EXPECT_EQ(broken.exit_code, 2) << broken.output;
  EXPECT_NE(broken.output.find("nichts gespeichert"), std::string::npos) << broken.output;
  EXPECT_EQ(cli({"import", "vacancies", fixtures + "vacancies.csv", "--format", "xml"}).exit_code, 2);
}

TEST_P(CliBackendTest, MonitorImportsAreAllOrNothing) {
  auto td = fw::testing::make_test_database(GetParam());
  FW_REQUIRE_BACKEND(td);
  const auto dir = temp_dir();
  auto cli = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", td.url});
    return run_fachwerk(args, {});
  };
  const std::string header = "region;kldb;level;period;quantity;value;source\n";
  write(dir / "bad.csv", header + "08136;263;2;2024;employees;100;BA\n08136;263;2;2024;unemployed;viele;BA\n");
  auto bad = cli({"import", "monitor-long", (dir / "bad.csv").string()});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.output.find("bad.csv:3:value"), std::string::npos) << bad.output;
  write(dir / "good.csv", header + "08136;263;2;2024;employees;1.234;BA\n08136;263;2;2024;unemployed;*;BA\n");
  auto good = cli({"import", "monitor-long", (dir / "good.csv").string()});
  EXPECT_EQ(good.exit_code, 0) << good.output;
  EXPECT_NE(good.output.find("2 neu"), std::string::npos) << good.output;
  write(dir / "ba.csv",
        "jahr;beruf_schlüssel;beruf;anforderung_id;anforderung;bundesland_id;region;wert_ges;kl_vakanz;vakanz;kl_asr;asr;"
        "kl_aquote;aquote;kl_zuw;zuw;kl_aba;aba;kl_entgl;entgl;kategorie\n"
        "2024;263;Elektrotechnik;2;Fachkraft;08;Baden-Württemberg;2,3;3;150;2;180;2;2,5;X;*;3;110;2;3,5;Engpass?\n");
  auto ba = cli({"import", "engpass", (dir / "ba.csv").string()});
  EXPECT_EQ(ba.exit_code, 2);
  EXPECT_NE(ba.output.find("ba.csv:2:kategorie"), std::string::npos) << ba.output;
  auto audit = cli({"export", "audit"}).output;
  EXPECT_EQ(audit.find("\"engpass\""), std::string::npos) << "the rejected file wrote nothing";
  EXPECT_NE(audit.find("monitor_dataset"), std::string::npos) << audit;
  write(dir / "tabelle.xlsx", "Region;Beruf\n");
  auto xlsx = cli({"import", "monitor-xlsx", (dir / "tabelle.xlsx").string()});
  EXPECT_EQ(xlsx.exit_code, 2);
  EXPECT_NE(xlsx.output.find("tabelle.xlsx"), std::string::npos) << xlsx.output;
  auto demo = cli({"demo-data", "--networks", "0"});
  EXPECT_EQ(demo.exit_code, 0) << demo.output;
  EXPECT_NE(demo.output.find("synthetischer Datensatz"), std::string::npos) << demo.output;
  fs::remove_all(dir);
}

TEST_P(CliBackendTest, BackupRestoreRoundTripsExactly) {
  auto td = fw::testing::make_test_database(GetParam());
  FW_REQUIRE_BACKEND(td);
  const auto dir = temp_dir();
  auto cli = [&](std::vector<std::string> args, std::vector<std::string> env = {}) {
    args.insert(args.begin(), {"--db", td.url});
    return run_fachwerk(args, env);
  };
  ASSERT_EQ(cli({"demo-data", "--networks", "5"}).exit_code, 0);
  const auto users_before = cli({"export", "users"}).output;
  const auto audit_before = cli({"export", "audit"}).output;
  const auto file = (dir / "sicherung.bak").string();
  auto b = cli({"backup", file});
  ASSERT_EQ(b.exit_code, 0) << b.output;

  ASSERT_EQ(cli({"user", "add", "--email", "spaet@example.org", "--name", "Später"}, {"FACHWERK_PASSWORD=Lang-genug-123"}).exit_code, 0);
  auto refused = cli({"restore", file});
  EXPECT_EQ(refused.exit_code, 2) << "no confirmation without a terminal";
  EXPECT_NE(cli({"export", "users"}).output.find("spaet@example.org"), std::string::npos) << "refused restore changed data";

  auto r = cli({"restore", file, "--yes"});
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(cli({"export", "users"}).output, users_before);
  // The exports read the log and so add to it; compare the log as it was at the backup.
  const auto audit_after = cli({"export", "audit"}).output;
  EXPECT_NE(audit_after.find(audit_before.substr(audit_before.find("\r\n") + 2)), std::string::npos);
  fs::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(Backends, CliBackendTest, ::testing::ValuesIn(fw::testing::test_backends()),
                         fw::testing::BackendName{});

}  // namespace
