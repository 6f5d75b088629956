// KldB parsing, the occupation-fit table of issue 4, and the small input parsers.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "engine/match/dates.hpp"
#include "engine/match/geo.hpp"
#include "engine/match/kldb.hpp"
#include "engine/match/vacancy.hpp"

namespace fw::match {
namespace {

KldbCode code(const char* s) {
  return *parse_kldb(s, "kldb");
}

struct FitCase {
  const char* wanted;
  int wanted_level;
  const char* offered;
  int offered_level;
  double fit;
};

TEST(MatchFit, TableOfIssue4) {
  const FitConfig cfg;
  const FitCase cases[] = {
      {"43104", 0, "43104", 0, 1.0},  // same 5-digit code
      {"43104", 0, "43103", 0, 0.8},  // same 4-digit group, level 4 vs 3
      {"43103", 0, "43104", 0, 0.8},  // symmetric
      {"43104", 0, "43102", 0, 0.6},  // same 4-digit, levels 2 apart → only the 3-digit rule
      {"43104", 0, "43112", 0, 0.6},  // same 3-digit group
      {"43104", 0, "43412", 0, 0.3},  // same 2-digit main group
      {"43104", 0, "81302", 0, 0.0},  // unrelated
      {"4310", 3, "43104", 0, 0.8},   // 4-digit request with level 3
      {"4310", 0, "43101", 0, 0.8},   // request without level: any level counts as close
      {"4310", 1, "43104", 0, 0.6},   // 4-digit request, levels 1 vs 4
      {"431", 0, "43104", 0, 0.6},    // only the group requested
      {"43", 0, "43104", 0, 0.3},     // only the main group requested
      {"43104", 0, "4310", 4, 0.8},   // vacancy known to 4 digits, level 4
      {"43104", 0, "431", 2, 0.6},    // vacancy known to 3 digits
      {"43104", 0, "43", 2, 0.3},     // vacancy known to 2 digits
      {"01", 0, "011", 1, 0.3},       // military, leading zero kept
  };
  for (const auto& c : cases)
    EXPECT_DOUBLE_EQ(occupation_fit(cfg, code(c.wanted), c.wanted_level, code(c.offered), c.offered_level), c.fit)
        << c.wanted << " ~ " << c.offered;
}

TEST(MatchFit, RelatedOccupationsAndConfig) {
  FitConfig cfg;
  cfg.related.push_back({code("8130"), code("8210"), 0.7});  // nursing ↔ elderly care
  EXPECT_DOUBLE_EQ(occupation_fit(cfg, code("81302"), 0, code("82102"), 0), 0.7);
  EXPECT_DOUBLE_EQ(occupation_fit(cfg, code("82102"), 0, code("81303"), 0), 0.7);  // both directions
  EXPECT_DOUBLE_EQ(occupation_fit(cfg, code("81312"), 0, code("82102"), 0), 0.0);  // 8131 is not 8130
  EXPECT_DOUBLE_EQ(occupation_fit(cfg, code("81302"), 0, code("81302"), 0), 1.0);  // hierarchy still wins
  EXPECT_GE(bucket_fit_bound(cfg, code("81302"), bucket_of(code("821"))), 0.7);
  cfg.same_3 = 0.5;
  cfg.level_tolerance = 2;
  EXPECT_DOUBLE_EQ(occupation_fit(cfg, code("43104"), 0, code("43102"), 0), 0.8);
  EXPECT_DOUBLE_EQ(occupation_fit(cfg, code("43104"), 0, code("43112"), 0), 0.5);
}

TEST(MatchFit, BucketsAndBounds) {
  const FitConfig cfg;
  EXPECT_EQ(bucket_prefix(bucket_of(code("43104"))), "431");
  EXPECT_EQ(bucket_prefix(bucket_of(code("43"))), "43");
  EXPECT_NE(bucket_of(code("431")), bucket_of(code("43")));
  for (int b = 0; b < kBucketCount; ++b) {
    const double bound = bucket_fit_bound(cfg, code("43104"), b);
    const auto prefix = bucket_prefix(b);
    if (prefix == "431")
      EXPECT_DOUBLE_EQ(bound, 1.0);
    else if (prefix.starts_with("43"))
      EXPECT_DOUBLE_EQ(bound, 0.3);
    else
      EXPECT_DOUBLE_EQ(bound, 0.0) << prefix;
  }
}

TEST(MatchFit, ParseRejectsBadCodes) {
  EXPECT_TRUE(parse_kldb("01", "f"));
  EXPECT_TRUE(parse_kldb("94714", "f"));
  for (const char* bad : {"", "4", "431045", "43a04", " 4310", "43105", "43100"}) {
    const auto r = parse_kldb(bad, "f");
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().key, "match.kldb_invalid") << bad;
    EXPECT_EQ(r.error().field, "f");
  }
  for (const char* unknown : {"99", "02", "019", "43504", "100"}) {
    const auto r = parse_kldb(unknown, "f");
    ASSERT_FALSE(r) << unknown;
    EXPECT_EQ(r.error().key, "match.kldb_unknown") << unknown;
  }
}

// The compiled-in group lists must stay equal to the shipped reference data.
TEST(MatchFit, GroupListsEqualData) {
  auto read_codes = [](const char* file) {
    std::ifstream in(std::string(FACHWERK_SOURCE_DIR "/data/") + file);
    std::vector<std::string> codes;
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line))
      if (!line.empty()) codes.push_back(line.substr(0, line.find(',')));
    return codes;
  };
  const auto main = read_codes("kldb_berufshauptgruppen.csv");
  const auto groups = read_codes("kldb_berufsgruppen.csv");
  ASSERT_EQ(main.size(), 37u);
  ASSERT_EQ(groups.size(), 144u);
  EXPECT_EQ(std::vector<std::string>(kldb_main_groups().begin(), kldb_main_groups().end()), main);
  EXPECT_EQ(std::vector<std::string>(kldb_groups().begin(), kldb_groups().end()), groups);
}

}  // namespace
}  // namespace fw::match

namespace fw::match {
namespace {

TEST(MatchInput, DatesAndWorkingTime) {
  EXPECT_EQ(parse_iso_date("1970-01-01"), 0);
  EXPECT_EQ(parse_iso_date("2027-01-01"), 20819);
  EXPECT_EQ(parse_iso_date("2028-02-29"), 21243);
  EXPECT_FALSE(parse_iso_date("2027-02-29"));
  EXPECT_FALSE(parse_iso_date("2027-1-01"));
  EXPECT_FALSE(parse_iso_date("01.01.2027"));
  EXPECT_EQ(format_date_de(20819), "01.01.2027");
  EXPECT_EQ(parse_working_time("vollzeit"), kVollzeit);
  EXPECT_EQ(parse_working_time("homeoffice"), kHomeoffice);
  EXPECT_FALSE(parse_working_time("Vollzeit"));
  EXPECT_TRUE(working_time_compatible(kVollzeit, kVollzeit | kTeilzeit));
  EXPECT_FALSE(working_time_compatible(kVollzeit, kTeilzeit));
  EXPECT_TRUE(working_time_compatible(0, kTeilzeit));
  EXPECT_EQ(parse_mode("pt"), Mode::pt);
  EXPECT_FALSE(parse_mode("train"));
}

}  // namespace
}  // namespace fw::match
