// BA symbols, KldB codes, reference data and regions.
#include "engine/monitor/codes.hpp"

#include <gtest/gtest.h>

#include "engine/monitor/reference.hpp"
#include "fixtures.hpp"

namespace fw::monitor {
namespace {

TEST(MonitorCodes, ParsesGermanNumbersAndBaSymbols) {
  struct Case {
    const char* text;
    double value;
    Status status;
    std::uint8_t notes;
  };
  const Case cases[] = {
      {"1.234", 1234, Status::value, kNoteNone}, {"1.234,5", 1234.5, Status::value, kNoteNone},
      {" 17 ", 17, Status::value, kNoteNone},    {"12p", 12, Status::value, kNoteProvisional},
      {"7 r", 7, Status::value, kNoteRevised},   {"3,5 p", 3.5, Status::value, kNoteProvisional},
      {"*", 0, Status::suppressed, kNoteNone},   {"-", 0, Status::zero, kNoteNone},
      {"X", 0, Status::not_possible, kNoteNone}, {"x", 0, Status::not_possible, kNoteNone},
      {"", 0, Status::missing, kNoteNone},
  };
  for (const auto& c : cases) {
    auto v = parse_ba_value(c.text, "t.xlsx:1:A");
    ASSERT_TRUE(v) << c.text;
    EXPECT_EQ(v->value, c.value) << c.text;
    EXPECT_EQ(v->status, c.status) << c.text;
    EXPECT_EQ(v->notes, c.notes) << c.text;
  }
  for (const char* bad : {"abc", "1,2,3", "12q", "--"}) {
    auto v = parse_ba_value(bad, "t.xlsx:4:C");
    ASSERT_FALSE(v) << bad;
    EXPECT_EQ(v.error().key, "monitor.bad_value");
    EXPECT_EQ(v.error().field, "t.xlsx:4:C");
  }
}

TEST(MonitorCodes, KldbHierarchyArithmetic) {
  EXPECT_TRUE(is_kldb_code("26212"));
  EXPECT_FALSE(is_kldb_code("262123"));
  EXPECT_FALSE(is_kldb_code("26a"));
  EXPECT_EQ(kldb_parent("2621"), "262");
  EXPECT_EQ(kldb_parent("2"), "");
  EXPECT_TRUE(kldb_contains("26", "2621"));
  EXPECT_TRUE(kldb_contains("262", "262"));
  EXPECT_FALSE(kldb_contains("263", "2621"));
  EXPECT_EQ(level_name(2), "Fachkraft");
  EXPECT_EQ(level_name(5), "");
}

TEST(MonitorCodes, LoadsShippedReferenceData) {
  auto ref = Reference::load(test::data_dir());
  ASSERT_TRUE(ref) << ref.error().key << " " << ref.error().field;
  EXPECT_EQ(ref->kreise().size(), 401u);
  EXPECT_EQ(ref->groups().size(), 144u);
  std::int64_t people = 0;
  for (const auto& k : ref->kreise()) people += k.population;
  EXPECT_EQ(people, 83019213);
  EXPECT_EQ(ref->occupation_name("813"), "Krankenpflege, Rettungsdienst und Geburtshilfe");
  EXPECT_FALSE(ref->occupation_name("81").empty());
  EXPECT_FALSE(ref->occupation_name("8").empty());
  EXPECT_EQ(ref->kreise()[*ref->kreis_index("08136")].name, "Ostalbkreis");
}

TEST(MonitorCodes, ResolvesRegions) {
  auto ref = Reference::load(test::data_dir()).value();
  auto kreis = resolve_region(ref, "08136");
  ASSERT_TRUE(kreis);
  EXPECT_EQ(kreis->kreise.size(), 1u);
  EXPECT_FALSE(kreis->national);
  auto land = resolve_region(ref, "land:08");
  ASSERT_TRUE(land);
  EXPECT_EQ(land->kreise.size(), 44u);  // Baden-Württemberg
  auto de = resolve_region(ref, "de");
  ASSERT_TRUE(de);
  EXPECT_TRUE(de->national);
  EXPECT_EQ(de->kreise.size(), 401u);
  auto set = resolve_region(ref, "kreise:08136,08135,08136");
  ASSERT_TRUE(set);
  EXPECT_EQ(set->kreise.size(), 2u);  // duplicates removed

  auto unknown = resolve_region(ref, "kreise:08136,99999");
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code, ErrorCode::not_found);
  EXPECT_EQ(unknown.error().key, "monitor.unknown_region");
  EXPECT_EQ(unknown.error().detail, "99999");
  for (const char* bad : {"land:8", "bayern", "0813", "kreise:"}) {
    auto r = resolve_region(ref, bad);
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().field, "region") << bad;
  }
  EXPECT_FALSE(resolve_region(ref, "land:99"));
}

TEST(MonitorCodes, ReferenceErrorsNameFileAndLine) {
  auto r = Reference::parse("ags,nuts3,type,name,area_km2,population\n01001,DEF01,Kreisfreie Stadt,Flensburg,56,abc\n",
                            "code,name_de,name_en\n", "code,name_de,name_en\n", "code,name_de,name_en\n");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().key, "monitor.bad_reference");
  EXPECT_EQ(r.error().field, "kreise.csv:2");
}

}  // namespace
}  // namespace fw::monitor
