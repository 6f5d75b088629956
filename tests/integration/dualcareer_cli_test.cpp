// `fachwerk demo-data` brings "Job für Zwei" cases at every stage; `fachwerk dualcareer purge`
// deletes the ended ones once their retention time has passed.
#include <gtest/gtest.h>

#include "integration/fachwerk_process.hpp"
#include "support/test_db.hpp"

namespace {
using fw::testing::run_fachwerk;

class DualCareerCli : public ::testing::TestWithParam<std::string> {};

TEST_P(DualCareerCli, DemoCasesAndPurge) {
  auto td = fw::testing::make_test_database(GetParam());
  FW_REQUIRE_BACKEND(td);
  auto cli = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", td.url, "--password-cost", "minimal"});
    return run_fachwerk(args);
  };
  EXPECT_EQ(run_fachwerk({"dualcareer", "purge", "--help"}).exit_code, 0);
  auto demo = cli({"demo-data", "--networks", "0"});
  ASSERT_EQ(demo.exit_code, 0) << demo.output;
  EXPECT_NE(demo.output.find("8 Demo-Fälle"), std::string::npos) << demo.output;
  EXPECT_EQ(cli({"demo-data", "--networks", "0"}).output.find("Demo-Fälle"), std::string::npos) << "idempotent";
  auto kept = cli({"dualcareer", "purge"});
  ASSERT_EQ(kept.exit_code, 0) << kept.output;
  EXPECT_NE(kept.output.find("0 Fälle gelöscht"), std::string::npos) << kept.output;
  auto purged = cli({"dualcareer", "purge", "--retention-days", "0"});
  ASSERT_EQ(purged.exit_code, 0) << purged.output;
  EXPECT_NE(purged.output.find("2 Fälle gelöscht"), std::string::npos) << "the withdrawn and the closed demo case: " << purged.output;
  EXPECT_NE(cli({"dualcareer", "purge", "--retention-days", "-1"}).exit_code, 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, DualCareerCli, ::testing::ValuesIn(fw::testing::test_backends()),
                         fw::testing::BackendName{});

}  // namespace
